package provider

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// pluginBinary is the provider built once per test process as a real
// plugin binary, for the tests that drive the terraform CLI through
// dev_overrides.
var pluginBinary struct {
	once sync.Once
	dir  string
	err  error
	out  []byte
}

// devOverridesConfig writes into dir a CLI configuration whose
// dev_overrides install the provider built as a plugin binary (built on
// first use, shared by every test of the process); it returns that
// configuration's path (for TF_CLI_CONFIG_FILE).
func devOverridesConfig(ctx context.Context, t *testing.T, dir string) string {
	t.Helper()
	rc := filepath.Join(dir, "terraformrc")
	writeFile(t, rc, fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/autotask-iac/autotask\" = %q\n  }\n  direct {}\n}\n", pluginDir(ctx, t)))
	return rc
}

// EnvTestPlugin names a provider binary built before the tests (`make
// test` builds it once, with `make build`); without it the tests build
// their own.
const EnvTestPlugin = "AUTOTASK_TEST_PLUGIN"

// pluginDir returns the directory of the provider built as a plugin binary
// (the one EnvTestPlugin names, else built on first use and shared by every
// test of the process).
func pluginDir(ctx context.Context, t *testing.T) string {
	t.Helper()
	requireAcc(t)
	if bin := os.Getenv(EnvTestPlugin); bin != "" {
		if filepath.Base(bin) != "terraform-provider-autotask" {
			t.Fatalf("%s=%s: dev_overrides need a binary named terraform-provider-autotask", EnvTestPlugin, bin)
		}
		abs, err := filepath.Abs(bin)
		if err == nil {
			_, err = os.Stat(abs)
		}
		if err != nil {
			t.Fatalf("%s: %v", EnvTestPlugin, err)
		}
		return filepath.Dir(abs)
	}
	pluginBinary.once.Do(func() {
		pluginBinary.dir, pluginBinary.err = os.MkdirTemp("", "autotask-plugin-")
		if pluginBinary.err != nil {
			return
		}
		build := exec.CommandContext(ctx, "go", "build", "-o", filepath.Join(pluginBinary.dir, "terraform-provider-autotask"), "../..")
		pluginBinary.out, pluginBinary.err = build.CombinedOutput()
	})
	if pluginBinary.err != nil {
		t.Fatalf("build provider: %v\n%s", pluginBinary.err, pluginBinary.out)
	}
	return pluginBinary.dir
}

// TestMain removes the shared plugin binary after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if pluginBinary.dir != "" {
		_ = os.RemoveAll(pluginBinary.dir)
	}
	os.Exit(code)
}

// realTerraform drives the terraform CLI in a working directory against
// the provider built as a plugin binary, so a test sees exactly what a
// user sees: the CLI's output, JSON diagnostics, state and plan files and
// TF_LOG output. Credentials come from the AUTOTASK_* environment.
type realTerraform struct {
	t   *testing.T
	ctx context.Context
	Dir string
	env []string
}

func newRealTerraform(t *testing.T, env ...string) *realTerraform {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	dir := t.TempDir()
	rc := devOverridesConfig(ctx, t, dir)
	work := filepath.Join(dir, "work")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	base := append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
	return &realTerraform{t: t, ctx: ctx, Dir: work, env: append(base, env...)}
}

// requiredProvidersBlock names the provider's registry address, which
// dev_overrides replaces with the local build.
const requiredProvidersBlock = `terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}
`

// Write replaces main.tf.
func (r *realTerraform) Write(config string) {
	r.t.Helper()
	writeFile(r.t, filepath.Join(r.Dir, "main.tf"), requiredProvidersBlock+config)
}

// Run runs terraform with args and extra environment; it returns the
// combined output and the error.
func (r *realTerraform) Run(env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(r.ctx, "terraform", append([]string{"-chdir=" + r.Dir}, args...)...)
	cmd.Env = append(append([]string{}, r.env...), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// Must is Run that fails the test on an error.
func (r *realTerraform) Must(env []string, args ...string) string {
	r.t.Helper()
	out, err := r.Run(env, args...)
	if err != nil {
		r.t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// jsonDiagnostic is one diagnostic of terraform's machine-readable UI.
type jsonDiagnostic struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Address  string `json:"address"`
	Snippet  *struct {
		Code string `json:"code"`
	} `json:"snippet"`
}

// diagnostics parses the diagnostics out of `terraform … -json` output.
func diagnostics(t *testing.T, out string) []jsonDiagnostic {
	t.Helper()
	var ds []jsonDiagnostic
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		var line struct {
			Type       string         `json:"type"`
			Diagnostic jsonDiagnostic `json:"diagnostic"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Type == "diagnostic" {
			ds = append(ds, line.Diagnostic)
		}
	}
	return ds
}
