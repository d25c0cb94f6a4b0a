package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// tf runs the real terraform against this binary as the provider plugin,
// installed through dev_overrides (no init).
type tf struct {
	work string // scratch directory
	rc   string // CLI configuration with the dev_overrides
}

// newTF links this executable into a plugin directory and writes the CLI
// configuration.
func newTF(work string) (*tf, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	plug := filepath.Join(work, "plugin")
	if err := os.MkdirAll(plug, 0o755); err != nil {
		return nil, err
	}
	if err := os.Symlink(self, filepath.Join(plug, "terraform-provider-shape")); err != nil {
		return nil, err
	}
	rc := filepath.Join(work, "terraformrc")
	cfg := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n  }\n  direct {}\n}\n", providerAddress, plug)
	if err := os.WriteFile(rc, []byte(cfg), 0o644); err != nil {
		return nil, err
	}
	return &tf{work: work, rc: rc}, nil
}

// run is one terraform command's outcome.
type run struct {
	Exit int
	Out  string // stdout and stderr, without the dev_overrides warning
	Wall time.Duration
	// CPU is the user and system time of terraform and of the plugins it
	// waited for (wait4 counts a process's reaped children): less
	// sensitive than Wall to other work on the machine.
	CPU time.Duration
}

// dir makes a fresh working directory holding main.tf.
func (t *tf) dir(name, config string) (string, error) {
	d := filepath.Join(t.work, name)
	if err := os.RemoveAll(d); err != nil {
		return "", err
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		return "", err
	}
	return d, writeConfig(d, config)
}

func writeConfig(dir, config string) error {
	return os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o644)
}

// do runs terraform args in dir with the provider in shape s. An exit code
// not in ok is an error (the experiment itself went wrong).
func (t *tf) do(ctx context.Context, dir string, s shape, ok []int, args ...string) (run, error) {
	cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + dir}, args...)...)
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+t.rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		"TF_INPUT=0", shapeEnv+"="+s.ID)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	r := run{Wall: time.Since(start), Out: clean(out.String())}
	if cmd.ProcessState == nil {
		return r, fmt.Errorf("terraform %s: %w", strings.Join(args, " "), err)
	}
	r.Exit = cmd.ProcessState.ExitCode()
	r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	for _, c := range ok {
		if r.Exit == c {
			return r, nil
		}
	}
	return r, fmt.Errorf("terraform %s in %s (shape %s) exited %d:\n%s", strings.Join(args, " "), dir, s.ID, r.Exit, r.Out)
}

// showJSON is `terraform show -json [file]`, decoded.
func (t *tf) showJSON(ctx context.Context, dir string, s shape, file ...string) (map[string]any, error) {
	r, err := t.do(ctx, dir, s, []int{0}, append([]string{"show", "-json"}, file...)...)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	// The dev_overrides warning goes to stderr before the JSON.
	js := r.Out[strings.Index(r.Out, "{"):]
	return out, json.Unmarshal([]byte(js), &out)
}

var overridesWarning = regexp.MustCompile(`(?s)(╷\n│ )?Warning: Provider development overrides are in effect.*?(releases\.\n(╵\n)?)`)

// clean drops the dev_overrides warning and surrounding blank lines.
func clean(s string) string {
	s = overridesWarning.ReplaceAllString(s, "")
	return strings.Trim(s, "\n")
}

// plannedValues returns the planned attribute values of resource addr
// from `show -json` of a plan file.
func plannedValues(plan map[string]any, addr string) map[string]any {
	pv, _ := plan["planned_values"].(map[string]any)
	return resourceValues(pv, addr)
}

// stateValues returns the attribute values of addr from `show -json` of
// the state.
func stateValues(state map[string]any, addr string) map[string]any {
	v, _ := state["values"].(map[string]any)
	return resourceValues(v, addr)
}

func resourceValues(values map[string]any, addr string) map[string]any {
	root, _ := values["root_module"].(map[string]any)
	rs, _ := root["resources"].([]any)
	for _, r := range rs {
		m, _ := r.(map[string]any)
		if m["address"] == addr {
			vals, _ := m["values"].(map[string]any)
			return vals
		}
	}
	return nil
}
