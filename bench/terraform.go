package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// baseLevel is the system level every generated level copies.
const baseLevel = catalog.ServiceDeskUser

// levelPayload is the configured content of generated level i: its name,
// description and one value for every catalogue permission, grouped by
// module. With clean, the values are the base level's defaults with the
// permissions the evaluator has a finding about lowered to their floor, so
// the plan reports nothing; otherwise they are the base defaults, which
// give one informational finding per level (see findingsPerLevel).
func levelPayload(i int, clean bool) (name, description string, modules []modulePayload) {
	values := basePayload
	if clean {
		values = cleanPayload
	}
	for _, m := range catalog.Modules() {
		mp := modulePayload{name: string(m.Module)}
		for _, p := range catalog.PermissionsOf(m.Module) {
			v, ok := values[p.Key]
			if !ok || v == "" {
				continue
			}
			var lit string
			if p.Kind == catalog.KindBool {
				lit = fmt.Sprint(v.IsYes())
			} else {
				lit = fmt.Sprintf("%q", string(v))
			}
			mp.values = append(mp.values, [2]string{p.Name, lit})
		}
		if len(mp.values) > 0 {
			modules = append(modules, mp)
		}
	}
	return fmt.Sprintf("Bench Level %04d", i), fmt.Sprintf("Generated level %d of the benchmark", i), modules
}

var (
	basePayload  = baseDefaults()
	cleanPayload = withoutFindings(basePayload)
)

func baseDefaults() catalog.Settings {
	base, ok := catalog.SystemLevelByID(baseLevel)
	if !ok {
		panic("catalogue lacks the base level")
	}
	return base.Defaults()
}

// levelFindings runs the evaluator on one level with these overrides.
func levelFindings(overrides catalog.Settings) []evaluate.Finding {
	return evaluate.Evaluate(evaluate.Input{Levels: []evaluate.Level{{
		Address: "bench", Name: "Bench", CopyFromID: baseLevel, Overrides: overrides,
	}}}, evaluate.Options{})
}

// withoutFindings lowers, one by one, the permissions the evaluator has a
// finding about to their floor until it has none.
func withoutFindings(s catalog.Settings) catalog.Settings {
	out := s.Clone()
	for range len(out) + 1 {
		fs := levelFindings(out)
		if len(fs) == 0 {
			return out
		}
		changed := false
		for _, f := range fs {
			if p, ok := catalog.PermissionByKey(f.Key); ok && out[f.Key] != p.Floor {
				out[f.Key] = p.Floor
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return out
}

// findingsPerLevel is how many findings one generated level has.
func findingsPerLevel(clean bool) int {
	if clean {
		return len(levelFindings(cleanPayload))
	}
	return len(levelFindings(basePayload))
}

type modulePayload struct {
	name   string
	values [][2]string // attribute, HCL literal
}

// payloadValues counts the configured values of one level.
func payloadValues() int {
	n := 3 // name, description, copy_from
	_, _, mods := levelPayload(0, true)
	for _, m := range mods {
		n += len(m.values)
	}
	return n
}

const providerBlock = `terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

# Credentials come from AUTOTASK_*; the budget is raised so that the
# unbatched comparison runs are not refused by the client's own accounting.
provider "autotask" {
  request_budget = 100000000
}
`

// writeLevelsConfig writes n autotask_security_level resources.
func writeLevelsConfig(dir string, n int, clean bool) error {
	var b strings.Builder
	block := providerBlock
	if !clean {
		// The finding is informational; shown as a warning it reaches the
		// plan output whatever the default severity of AT303 is.
		block = strings.Replace(block, "request_budget = 100000000", "request_budget = 100000000\n  rule_severity  = { AT303 = \"warning\" }", 1)
	}
	b.WriteString(block)
	for i := range n {
		name, desc, mods := levelPayload(i, clean)
		fmt.Fprintf(&b, "\nresource \"autotask_security_level\" \"l%04d\" {\n  name        = %q\n  description = %q\n  copy_from   = %q\n", i, name, desc, "Service Desk User")
		for _, m := range mods {
			fmt.Fprintf(&b, "\n  %s = {\n", m.name)
			for _, kv := range m.values {
				fmt.Fprintf(&b, "    %s = %s\n", kv[0], kv[1])
			}
			b.WriteString("  }\n")
		}
		b.WriteString("}\n")
	}
	return writeConfig(dir, b.String())
}

// writeDataConfig writes n terraform_data resources carrying the same
// payload as writeLevelsConfig's levels: Terraform's own floor.
func writeDataConfig(dir string, n int) error {
	var b strings.Builder
	for i := range n {
		name, desc, mods := levelPayload(i, true)
		fmt.Fprintf(&b, "resource \"terraform_data\" \"l%04d\" {\n  input = {\n    name        = %q\n    description = %q\n    copy_from   = %q\n", i, name, desc, "Service Desk User")
		for _, m := range mods {
			fmt.Fprintf(&b, "    %s = {\n", m.name)
			for _, kv := range m.values {
				fmt.Fprintf(&b, "      %s = %s\n", kv[0], kv[1])
			}
			b.WriteString("    }\n")
		}
		b.WriteString("  }\n}\n\n")
	}
	return writeConfig(dir, b.String())
}

// writeDataState writes the state `terraform apply` leaves for
// writeDataConfig's n resources, so the floor's plan needs no apply first
// (applying 1000 terraform_data resources takes minutes of terraform's own
// time). The plan that follows must find nothing to change; the harness
// checks that with -detailed-exitcode.
func writeDataState(dir string, n int) error {
	type tfValue struct {
		Value map[string]any `json:"value"`
		Type  []any          `json:"type"`
	}
	var resources []any
	for i := range n {
		name, desc, mods := levelPayload(i, true)
		value := map[string]any{"name": name, "description": desc, "copy_from": "Service Desk User"}
		types := map[string]any{"name": "string", "description": "string", "copy_from": "string"}
		for _, m := range mods {
			mv, mt := map[string]any{}, map[string]any{}
			for _, kv := range m.values {
				var v any
				if err := json.Unmarshal([]byte(kv[1]), &v); err != nil {
					return err
				}
				mv[kv[0]] = v
				if _, isBool := v.(bool); isBool {
					mt[kv[0]] = "bool"
				} else {
					mt[kv[0]] = "string"
				}
			}
			value[m.name], types[m.name] = mv, []any{"object", mt}
		}
		in := tfValue{Value: value, Type: []any{"object", types}}
		resources = append(resources, map[string]any{
			"mode": "managed", "type": "terraform_data", "name": fmt.Sprintf("l%04d", i),
			"provider": `provider["terraform.io/builtin/terraform"]`,
			"instances": []any{map[string]any{
				"schema_version": 0, "sensitive_attributes": []any{},
				"attributes": map[string]any{
					"id": fmt.Sprintf("00000000-0000-4000-8000-%012d", i), "input": in, "output": in, "triggers_replace": nil,
				},
			}},
		})
	}
	state := map[string]any{
		"version": 4, "terraform_version": "1.11.4", "serial": 1, "lineage": "00000000-0000-4000-8000-bench0000000",
		"outputs": map[string]any{}, "resources": resources, "check_results": nil,
	}
	b, err := json.MarshalIndent(state, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "terraform.tfstate"), b, 0o644)
}

func writeConfig(dir, content string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "main.tf"), []byte(content), 0o644)
}

// usage is what providerwrap records for one plugin process.
type usage struct {
	PID       int     `json:"pid"`
	MaxRSSKiB int64   `json:"max_rss_kib"`
	UserSec   float64 `json:"user_sec"`
	SysSec    float64 `json:"sys_sec"`
	WallSec   float64 `json:"wall_sec"`
	Exit      int     `json:"exit"`
	Signal    string  `json:"signal,omitempty"`
	// Resident memory over time (providerwrap's BENCH_RSS_SAMPLE_MS):
	// all of it and its file-backed part, every SampleMilli from
	// StartUnixMilli.
	StartUnixMilli int64   `json:"start_unix_ms"`
	SampleMilli    int     `json:"sample_ms,omitempty"`
	RSSKiB         []int32 `json:"rss_kib,omitempty"`
	FileKiB        []int32 `json:"file_kib,omitempty"`
}

// result is one measured terraform command.
type result struct {
	Label    string
	Wall     time.Duration
	Counters mockpsa.Counters // requests made during the command
	Plugins  []usage          // every provider process it started
	TFCPU    float64          // terraform's CPU seconds, plugins included
	Exit     int
	Log      string // terraform's output
}

// PeakRSSMiB is the largest peak RSS of the command's provider processes.
func (r result) PeakRSSMiB() float64 {
	var m int64
	for _, u := range r.Plugins {
		m = max(m, u.MaxRSSKiB)
	}
	return float64(m) / 1024
}

// ProviderCPU is the CPU time of every provider process of the command.
func (r result) ProviderCPU() float64 {
	s := 0.0
	for _, u := range r.Plugins {
		s += u.UserSec + u.SysSec
	}
	return s
}

// runner runs terraform with the provider installed through dev_overrides.
type runner struct {
	rc          string // CLI config file
	providerBin string // the real plugin binary providerwrap runs
	logDir      string
	seq         int
}

// run runs terraform args in dir against t (nil: no PSA), with extra
// environment, and measures it. okExits lists accepted exit codes.
func (r *runner) run(ctx context.Context, label, dir string, t *tenant, extraEnv []string, okExits []int, args ...string) (result, error) {
	r.seq++
	logPath := filepath.Join(r.logDir, fmt.Sprintf("%03d-%s.log", r.seq, sanitize(label)))
	rusagePath := filepath.Join(r.logDir, fmt.Sprintf("%03d-%s.rusage", r.seq, sanitize(label)))
	res := result{Label: label, Log: logPath}
	env := append(os.Environ(),
		"TF_CLI_CONFIG_FILE="+r.rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		"BENCH_PROVIDER_BIN="+r.providerBin, "BENCH_RUSAGE_FILE="+rusagePath)
	if t != nil {
		env = append(env, t.env()...)
		if err := t.resetCounters(); err != nil {
			return res, err
		}
	}
	env = append(env, extraEnv...)
	logf, err := os.Create(logPath)
	if err != nil {
		return res, err
	}
	defer logf.Close()
	cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + dir}, args...)...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logf, logf
	start := time.Now()
	err = cmd.Run()
	res.Wall = time.Since(start)
	if cmd.ProcessState != nil {
		res.Exit = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.TFCPU = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime)).Seconds()
		}
	}
	accepted := err == nil
	for _, c := range okExits {
		if res.Exit == c {
			accepted = true
		}
	}
	if !accepted {
		plugins, _ := readUsage(rusagePath)
		var ends []string
		for _, u := range plugins {
			ends = append(ends, fmt.Sprintf("plugin %d: exit %d %s after %.1fs", u.PID, u.Exit, u.Signal, u.WallSec))
		}
		return res, fmt.Errorf("terraform %s (%s) failed: %w (%s); see %s:\n%s", strings.Join(args, " "), label, err, strings.Join(ends, "; "), logPath, tail(logPath, 12))
	}
	if t != nil {
		if res.Counters, err = t.counters(); err != nil {
			return res, err
		}
	}
	res.Plugins, err = readUsage(rusagePath)
	return res, err
}

func readUsage(path string) ([]usage, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []usage
	sc := bufio.NewScanner(f)
	// A line carries the memory samples of its process: a minute's at 20 ms
	// is about 40 KB.
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	for sc.Scan() {
		var u usage
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, u)
	}
	return out, sc.Err()
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, s)
}

func tail(path string, lines int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	all := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(all) > lines {
		all = all[len(all)-lines:]
	}
	return strings.Join(all, "\n")
}
