package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The reliability suites drive the real provider binary with the real
// terraform, as an MSP runs them: state on disk, a process that can be
// killed, plans and applies that may fail and be run again. They are
// table-driven: one reliabilityRow per resource type.

// reliabilityRow describes one resource type for the fault and kill suites.
type reliabilityRow struct {
	// resourceType is the Terraform type.
	resourceType string
	// entity lists the type's objects in the mock.
	entity string
	// keyField is the remote natural key; keyAttr holds it in state.
	keyField, keyAttr string
	// managed picks the objects of entity this type manages (not the
	// seeded system ones).
	managed func(obj map[string]any) bool
	// config is n objects of the type named with prefix; version is a
	// setting the update step changes (a description, …).
	config func(n int, prefix, version string) string
	// hasVersion reports whether a remote object carries version.
	hasVersion func(obj map[string]any, version string) bool
}

// reliabilityRows are the resource types the suites cover. Append a row for
// each new resource.
var reliabilityRows = []reliabilityRow{
	{
		resourceType: "autotask_security_level",
		entity:       "SecurityLevels",
		keyField:     "name",
		keyAttr:      "name",
		managed:      func(o map[string]any) bool { sys, _ := o["isSystem"].(bool); return !sys },
		config: func(n int, prefix, version string) string {
			return fmt.Sprintf(`
resource "autotask_security_level" "obj" {
  count       = %d
  name        = format("%s %%03d", count.index)
  description = %q
  copy_from   = "Service Desk User"
  projects = {
    project_view = "Mine"
  }
}
`, n, prefix, version)
		},
		hasVersion: func(o map[string]any, version string) bool { return o["description"] == version },
	},
}

// remoteObjects lists every object of row's type in the tenant.
func (row reliabilityRow) remoteObjects(t *testing.T, ten *mockpsa.Tenant) []map[string]any {
	t.Helper()
	all, err := ten.List(row.entity)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, o := range all {
		if row.managed(o) {
			out = append(out, o)
		}
	}
	return out
}

// duplicates counts the remote objects per natural key, from a listing of
// every object, and returns the keys held by more than one.
func (row reliabilityRow) duplicates(objs []map[string]any) []string {
	count := map[string]int{}
	for _, o := range objs {
		count[strings.ToLower(fmt.Sprint(o[row.keyField]))]++
	}
	var dup []string
	for k, n := range count {
		if n > 1 {
			dup = append(dup, fmt.Sprintf("%s ×%d", k, n))
		}
	}
	sort.Strings(dup)
	return dup
}

// buildPlugin returns the directory of the provider built as a plugin
// binary (once per test process).
func buildPlugin(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	return pluginDir(ctx, t)
}

// tfDir is a terraform working directory using the built plugin through
// dev_overrides, with credentials for one mock tenant in its environment.
type tfDir struct {
	t   *testing.T
	dir string
	env []string
}

func newTFDir(t *testing.T, bin string, creds mockpsa.Credentials) *tfDir {
	t.Helper()
	dir := t.TempDir()
	rc := filepath.Join(dir, ".terraformrc")
	writeFile(t, rc, fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/autotask-iac/autotask\" = %q\n  }\n  direct {}\n}\n", bin))
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AUTOTASK_") && !strings.HasPrefix(kv, "TF_") {
			env = append(env, kv)
		}
	}
	env = append(env, "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		EnvBaseURL+"="+creds.BaseURL, EnvUsername+"="+creds.Username, EnvSecret+"="+creds.Secret, EnvIntegrationCode+"="+creds.IntegrationCode)
	return &tfDir{t: t, dir: dir, env: env}
}

const devOverrideHeader = `terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}
`

// config writes main.tf.
func (d *tfDir) config(body string) {
	writeFile(d.t, filepath.Join(d.dir, "main.tf"), devOverrideHeader+body)
}

func (d *tfDir) command(ctx context.Context, args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + d.dir}, args...)...)
	cmd.Env = d.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd, &out
}

// run runs terraform and returns its output and exit code.
func (d *tfDir) run(args ...string) (string, int) {
	d.t.Helper()
	cmd, out := d.command(d.t.Context(), args...)
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError) //nolint:errorlint // exec returns it unwrapped
		if !ok {
			d.t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		code = ee.ExitCode()
	}
	return out.String(), code
}

// stateObject is one resource instance of `terraform show -json`.
type stateObject struct {
	Address string         `json:"address"`
	Type    string         `json:"type"`
	Values  map[string]any `json:"values"`
}

// state lists the resource instances of type typ in the state on disk.
func (d *tfDir) state(typ string) []stateObject {
	d.t.Helper()
	out, code := d.run("show", "-json", "-no-color")
	if code != 0 {
		d.t.Fatalf("terraform show: exit %d\n%s", code, out)
	}
	var doc struct {
		Values struct {
			RootModule struct {
				Resources []stateObject `json:"resources"`
			} `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		d.t.Fatalf("terraform show -json: %v\n%s", err, out)
	}
	var objs []stateObject
	for _, r := range doc.Values.RootModule.Resources {
		if r.Type == typ {
			objs = append(objs, r)
		}
	}
	return objs
}

// untilSucceeds runs a terraform command until it exits 0, at most
// attempts times, checking between runs that nothing is duplicated. It
// returns how many runs it took.
func (d *tfDir) untilSucceeds(attempts int, between func(run int), args ...string) int {
	d.t.Helper()
	for run := 1; ; run++ {
		out, code := d.run(args...)
		between(run)
		if code == 0 {
			return run
		}
		errs := parseDiagnostics(out)
		var lines []string
		for _, e := range errs {
			detail := e.detail
			if len(detail) > 300 {
				detail = detail[:300] + "…"
			}
			lines = append(lines, fmt.Sprintf("%s: %s: %s", e.address, e.summary, detail))
		}
		d.t.Logf("terraform %s, run %d: exit %d with %d errors:\n  %s", args[0], run, code, len(errs), strings.Join(lines, "\n  "))
		if run >= attempts {
			d.t.Fatalf("terraform %s did not succeed in %d runs; last output:\n%s", args[0], attempts, out)
		}
	}
}

// compareStateWithRemote checks that the state and the PSA hold the same
// objects: every remote object once (no duplicates), each in state under
// its own ID with its own key (no orphans, nothing lost).
func (row reliabilityRow) compareStateWithRemote(t *testing.T, st []stateObject, remote []map[string]any, want int) {
	t.Helper()
	if dup := row.duplicates(remote); len(dup) > 0 {
		t.Errorf("duplicates in the PSA: %v", dup)
	}
	if len(remote) != want || len(st) != want {
		t.Errorf("%d objects in the PSA and %d in state, want %d of each", len(remote), len(st), want)
	}
	byID := map[string]map[string]any{}
	for _, o := range remote {
		byID[fmt.Sprint(o["id"])] = o
	}
	seen := map[string]bool{}
	for _, s := range st {
		id := fmt.Sprint(s.Values["id"])
		o, ok := byID[id]
		switch {
		case !ok:
			t.Errorf("%s holds ID %s, which the PSA does not have", s.Address, id)
		case seen[id]:
			t.Errorf("ID %s is in state twice", id)
		case fmt.Sprint(o[row.keyField]) != fmt.Sprint(s.Values[row.keyAttr]):
			t.Errorf("%s: %s %q in state, %q in the PSA", s.Address, row.keyAttr, s.Values[row.keyAttr], o[row.keyField])
		}
		seen[id] = true
	}
	var orphans []string
	for id, o := range byID {
		if !seen[id] {
			orphans = append(orphans, fmt.Sprintf("%s (%v)", id, o[row.keyField]))
		}
	}
	slices.Sort(orphans)
	if len(orphans) > 0 {
		t.Errorf("orphans (in the PSA, not in state): %v", orphans)
	}
}
