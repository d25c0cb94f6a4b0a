package provider

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// manyTenantsFixtures are the three tenants of examples/many-tenants/tenants.json
// as the README's demo sets them up (every database from the mock's demo
// seed) with what each entry of the file asks for.
func manyTenantsFixtures() []*exampleTenant {
	return []*exampleTenant{
		{
			name: "contoso", zone: "webservices2", seed: mockpsa.SeedDemo, prefix: "Contoso", domain: "contoso.msp.example",
			integrations:      map[string]string{"rewst": "Contoso Rewst Automation", "backup-reports": "Contoso API - Backup Reports"},
			portalLogins:      map[string]string{"summit": "george.hart@summit.example.org"},
			viewers:           []string{"jdoe", "tbecker", "akhan"},
			editors:           []string{"srossi"},
			recipients:        []string{"soc@contoso.msp.example"},
			integrationSecret: map[string]string{"rewst": "Contoso-Rewst-Secret-4417"},
			portalPassword:    map[string]string{"summit": "Summit-Contoso-Portal-8213"},
		},
		{
			name: "fabrikam", zone: "webservices17", seed: mockpsa.SeedDemo, prefix: "Fabrikam", domain: "fabrikam.msp.example",
			integrations:   map[string]string{"rewst": "Fabrikam Rewst Automation"},
			portalLogins:   map[string]string{"summit": "lucy.reid@summit.example.org"},
			viewers:        []string{"lortega"},
			editors:        []string{"eschulz", "kmensah"},
			recipients:     []string{"soc@fabrikam.msp.example", "it-security@fabrikam.msp.example"},
			allProjects:    true,
			portalPassword: map[string]string{"summit": "Summit-Fabrikam-Portal-5531"},
		},
		{
			name: "tailspin", zone: "webservices5", seed: mockpsa.SeedDemo, prefix: "Tailspin", domain: "tailspin.msp.example",
			integrations: map[string]string{"psa-sync": "Tailspin API - PSA Sync"},
			portalLogins: map[string]string{},
			viewers:      []string{"ichen"},
			recipients:   []string{"soc@tailspin.msp.example"},
			sso:          true,
		},
	}
}

// TestAccExampleManyTenants runs examples/many-tenants as its README says:
// three tenants of one mock PSA, the example's tenants file pointed at them
// (a secret command per tenant asks the mock's control API for the API
// user's secret), the provider installed through dev_overrides, and
// tenants.sh with a bounded number of workers, one workspace (state) per
// tenant. It proves that a tenant that fails (a wrong secret) fails the run
// while the others are applied; that each database then holds exactly its
// own objects, each once, and each state file exactly its tenant's objects;
// that a re-plan is empty for every tenant; that no secret of any tenant is
// in a state, a plan, a log or the script's output, and no request carried
// another tenant's credentials; that a tenants file entry with unknown
// settings and a tenant planned in another's workspace are refused; and that
// destroy — each tenant prepared by
// the script's default terraform init, from a provider mirror and a lock
// file the runs only read — removes what the runs made.
func TestAccExampleManyTenants(t *testing.T) {
	t.Parallel()
	requireAcc(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	copyTreeFiles(t, "../../examples/many-tenants", filepath.Join(dir, "examples", "many-tenants"), ".tf", ".json", ".sh")
	copyTree(t, "../../examples/modules/msp-baseline", filepath.Join(dir, "examples", "modules", "msp-baseline"))
	work := filepath.Join(dir, "examples", "many-tenants")

	tenants := manyTenantsFixtures()
	mock, before := serveExampleTenants(t, tenants)
	writeMockTenantsFile(t, filepath.Join(work, "tenants.json"), tenants)

	// terraform is seen through a wrapper that records, per run, which
	// tenant it ran for, a digest of the API secret it was given and the
	// names of its environment variables.
	realTerraform, err := exec.LookPath("terraform")
	if err != nil {
		t.Fatal(err)
	}
	wrapper := filepath.Join(dir, "wrapper")
	if err := os.MkdirAll(wrapper, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(wrapper, "terraform"), fmt.Sprintf(`#!/bin/sh
{ echo "tenant=$TF_VAR_tenant"
  echo "secret=$(printf %%s "$AUTOTASK_SECRET" | sha256sum | cut -d' ' -f1)"
  env | cut -d= -f1 | sed 's/^/env=/'
} >"$RECORD_DIR/$TF_VAR_tenant.$$"
exec %q "$@"
`, realTerraform))
	if err := os.Chmod(filepath.Join(wrapper, "terraform"), 0o755); err != nil {
		t.Fatal(err)
	}
	// What the caller's environment holds for a tenant other than the one
	// a run is for must not reach that run's terraform.
	env := append(os.Environ(), "TF_CLI_CONFIG_FILE="+devOverridesConfig(ctx, t, dir), "CHECKPOINT_DISABLE=1",
		"PATH="+wrapper+string(os.PathListSeparator)+os.Getenv("PATH"),
		"AUTOTASK_SECRET=Caller-Global-Secret-7781", "AUTOTASK_USERNAME=someone@else.example.com", "TF_VAR_portal_passwords={}")
	for _, et := range tenants {
		key := strings.ToUpper(et.name)
		if len(et.integrationSecret) > 0 {
			env = append(env, "AUTOTASK_INTEGRATION_SECRETS_"+key+"="+mustJSON(t, et.integrationSecret))
		}
		if len(et.portalPassword) > 0 {
			env = append(env, "AUTOTASK_PORTAL_PASSWORDS_"+key+"="+mustJSON(t, et.portalPassword))
		}
	}
	var outputs []string
	var runs int
	script := func(extraEnv []string, args ...string) (string, int) {
		t.Helper()
		runs++
		records := filepath.Join(dir, fmt.Sprintf("records-%d", runs))
		if err := os.MkdirAll(records, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.CommandContext(ctx, filepath.Join(work, "tenants.sh"), args...)
		cmd.Dir = dir
		cmd.Env = append(append(slices.Clone(env), "RECORD_DIR="+records), extraEnv...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("tenants.sh %v: %v\n%s", args, err, out.String())
		}
		outputs = append(outputs, out.String())
		return out.String(), exitCode(err)
	}
	contoso, fabrikam, tailspin := tenants[0], tenants[1], tenants[2]

	// Tailspin's secret is wrong: the run fails, Contoso and Fabrikam are
	// applied all the same (two workers for three tenants), and nothing is
	// written to Tailspin's database.
	const wrongSecret = "Wrong-Tailspin-Secret-0042"
	out, code := script([]string{"AUTOTASK_SECRET_TAILSPIN=" + wrongSecret}, "-j", "2", "-i", "get", "apply")
	if code != 1 {
		t.Fatalf("apply with a wrong secret for tailspin: exit %d, want 1:\n%s", code, out)
	}
	checkSummary(t, work, map[string]summaryRow{
		"contoso":  {action: "apply", result: "applied", exit: "0"},
		"fabrikam": {action: "apply", result: "applied", exit: "0"},
		"tailspin": {action: "apply", result: "FAILED (apply)", exit: "1"},
	})
	if !strings.Contains(out, "1 of 3 tenant(s) failed") || !strings.Contains(out, tailspin.creds.Username) {
		t.Errorf("the run does not say that tailspin failed and why:\n%s", out)
	}
	if now := snapshot(t, tailspin.ten, multiTenantEntities); !reflect.DeepEqual(now, before[tailspin.name]) {
		t.Error("tailspin's database changed in a run whose secret it refused")
	}
	checkTerraformEnvironments(t, filepath.Join(dir, "records-1"), tenants, map[string]string{"tailspin": wrongSecret})

	// With its secret (from the environment, where the others take theirs
	// from their secret command) the re-run applies Tailspin, and Contoso and
	// Fabrikam have nothing to change.
	applied := len(mock.requests.all())
	for _, et := range tenants {
		et.ten.ResetCounters()
	}
	out, code = script([]string{"AUTOTASK_SECRET_TAILSPIN=" + tailspin.creds.Secret}, "-j", "2", "-i", "get", "apply")
	if code != 0 {
		t.Fatalf("second apply: exit %d:\n%s", code, out)
	}
	checkSummary(t, work, map[string]summaryRow{
		"contoso":  {action: "apply", result: "applied", exit: "0"},
		"fabrikam": {action: "apply", result: "applied", exit: "0"},
		"tailspin": {action: "apply", result: "applied", exit: "0"},
	})
	checkTerraformEnvironments(t, filepath.Join(dir, "records-2"), tenants, nil)
	for _, et := range []*exampleTenant{contoso, fabrikam} {
		if b, _ := os.ReadFile(filepath.Join(work, ".runs", et.name, "apply.log")); !strings.Contains(string(b), "Resources: 0 added, 0 changed, 0 destroyed.") {
			t.Errorf("%s: the second apply changed something:\n%s", et.name, b)
		}
	}
	for _, et := range tenants {
		et.checkObjects(t, before[et.name])
		et.checkStateFile(t, filepath.Join(work, "terraform.tfstate.d", et.name, "terraform.tfstate"), tenants, before[et.name])
	}

	// A re-plan of every tenant is empty.
	out, code = script(nil, "-j", "3", "-i", "get", "-d", "plan")
	if code != 0 {
		t.Fatalf("re-plan: exit %d, want 0 (no changes anywhere):\n%s", code, out)
	}
	checkSummary(t, work, map[string]summaryRow{
		"contoso":  {action: "plan", result: "no changes", exit: "0"},
		"fabrikam": {action: "plan", result: "no changes", exit: "0"},
		"tailspin": {action: "plan", result: "no changes", exit: "0"},
	})
	checkRequestIsolation(t, tenants, mock.requests.all()[applied:], mock.log.String())
	checkNoSecretsWritten(t, work, outputs, tenants, wrongSecret)

	// The configuration refuses a tenants file entry with settings it does
	// not know (a misspelt input, a secret put in the file), and a tenant
	// planned in another tenant's workspace.
	var file map[string]map[string]any
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(work, "tenants.json"))), &file); err != nil {
		t.Fatal(err)
	}
	file["tailspin"]["secret"] = "Not-Here-0001"
	file["tailspin"]["baseline"].(map[string]any)["protected_viewer"] = []string{"ichen"}
	badFile := filepath.Join(dir, "bad-tenants.json")
	writeFile(t, badFile, mustJSON(t, file))
	out, code = script(nil, "-i", "get", "-f", badFile, "-t", "tailspin", "plan")
	if code != 1 || !strings.Contains(out, "secret, baseline.protected_viewer") {
		t.Errorf("a tenants file entry with unknown settings: exit %d, want 1 naming them:\n%s", code, out)
	}
	wrongWorkspace := exec.CommandContext(ctx, realTerraform, "-chdir="+work, "plan", "-input=false", "-no-color")
	wrongWorkspace.Env = append(slices.Clone(env), "TF_DATA_DIR="+filepath.Join(work, ".runs", "contoso", ".terraform"),
		"TF_VAR_tenant=fabrikam", "AUTOTASK_SECRET="+fabrikam.creds.Secret)
	if b, err := wrongWorkspace.CombinedOutput(); err == nil || !strings.Contains(string(b), `Workspace "contoso" does not belong to tenant "fabrikam"`) {
		t.Errorf("fabrikam planned in contoso's workspace: %v\n%s", err, b)
	}

	// Destroy, this time with the script's default preparation, terraform
	// init: the provider comes from a filesystem mirror, the lock file is
	// made once (as the MSP commits it) and every tenant's init only reads it.
	mirrorRC := providerMirrorConfig(ctx, t, dir)
	lockEnv := append(slices.Clone(env), "TF_CLI_CONFIG_FILE="+mirrorRC, "TF_DATA_DIR="+filepath.Join(dir, "lock-init"))
	lockInit := exec.CommandContext(ctx, realTerraform, "-chdir="+work, "init", "-backend=false", "-input=false", "-no-color")
	lockInit.Env = lockEnv
	if b, err := lockInit.CombinedOutput(); err != nil {
		t.Fatalf("terraform init for the lock file: %v\n%s", err, b)
	}
	out, code = script([]string{"TF_CLI_CONFIG_FILE=" + mirrorRC}, "-j", "3", "destroy")
	if code != 0 {
		t.Fatalf("destroy: exit %d:\n%s", code, out)
	}
	checkSummary(t, work, map[string]summaryRow{
		"contoso":  {action: "destroy", result: "destroyed", exit: "0"},
		"fabrikam": {action: "destroy", result: "destroyed", exit: "0"},
		"tailspin": {action: "destroy", result: "destroyed", exit: "0"},
	})
	if b, _ := os.ReadFile(filepath.Join(work, ".runs", "contoso", "destroy.log")); !strings.Contains(string(b), "terraform init") {
		t.Errorf("the destroy run did not init contoso's data directory:\n%s", b)
	}
	for _, et := range tenants {
		et.checkDestroyed(t)
	}
}

// writeMockTenantsFile writes the example's tenants file with each tenant's
// connection to the mock and a secret command that asks the mock's control
// API for the API user's secret, as the README's jq program does.
func writeMockTenantsFile(t *testing.T, path string, tenants []*exampleTenant) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]map[string]any
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(file) != len(tenants) {
		t.Fatalf("%s lists %d tenants, the test knows %d", path, len(file), len(tenants))
	}
	for _, et := range tenants {
		entry, ok := file[et.name]
		if !ok {
			t.Fatalf("%s has no tenant %s", path, et.name)
		}
		entry["base_url"] = et.creds.BaseURL
		entry["username"] = et.creds.Username
		entry["integration_code"] = et.creds.IntegrationCode
		entry["secret_command"] = fmt.Sprintf("curl -fsS %s/_mock/tenants/%s/credentials | jq -r .secret", et.creds.BaseURL, et.name)
	}
	writeFile(t, path, mustJSON(t, file))
}

type summaryRow struct{ action, result, exit string }

// checkSummary reads .runs/summary.tsv: one row per tenant, as want says.
func checkSummary(t *testing.T, work string, want map[string]summaryRow) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(work, ".runs", "summary.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	got := map[string]summaryRow{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 6 {
			t.Fatalf("summary row %q", l)
		}
		if _, dup := got[f[0]]; dup {
			t.Errorf("tenant %s twice in the summary", f[0])
		}
		got[f[0]] = summaryRow{action: f[1], result: f[2], exit: f[3]}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("summary %v, want %v\n%s", got, want, b)
	}
}

// checkStateFile proves from a tenant's own state file that it holds
// exactly the objects the runs made in that tenant's database — every ID
// resolves there to the object its address names — and nothing that names
// another tenant.
func (et *exampleTenant) checkStateFile(t *testing.T, path string, tenants []*exampleTenant, before map[string][]map[string]any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v", et.name, err)
	}
	for _, other := range tenants {
		if other == et {
			continue
		}
		for _, id := range other.identifiersOf() {
			if bytes.Contains(raw, []byte(id)) {
				t.Errorf("%s's state holds %q of tenant %s", et.name, id, other.name)
			}
		}
	}
	var st struct {
		Resources []struct {
			Module, Mode, Type, Name string
			Instances                []struct {
				IndexKey   any            `json:"index_key"`
				Attributes map[string]any `json:"attributes"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	held := map[string][]string{}
	for _, r := range st.Resources {
		if r.Module != "module.baseline" {
			t.Errorf("%s's state holds %s.%s outside the baseline module", et.name, r.Type, r.Name)
		}
		for _, in := range r.Instances {
			addr := fmt.Sprintf("%s.%s.%s", r.Module, r.Type, r.Name)
			if in.IndexKey != nil {
				addr += fmt.Sprintf("[%q]", fmt.Sprint(in.IndexKey))
			}
			if r.Mode != "managed" {
				continue
			}
			et.checkReferences(t, stateResource{Address: addr, Mode: r.Mode, Type: r.Type, Values: in.Attributes})
			held[r.Type] = append(held[r.Type], fmt.Sprint(in.Attributes["id"]))
		}
	}
	after := snapshot(t, et.ten, multiTenantEntities)
	for typ, entity := range map[string]string{
		"autotask_security_level":               "SecurityLevels",
		"autotask_api_user":                     "ApiUsers",
		"autotask_client_portal_security_level": "ClientPortalSecurityLevels",
		"autotask_client_portal_user":           "ClientPortalUsers",
		"autotask_user_defined_field":           "UserDefinedFieldDefinitions",
	} {
		var made []string
		for _, o := range newObjects(before[entity], after[entity]) {
			made = append(made, fmt.Sprint(o["id"]))
		}
		slices.Sort(made)
		slices.Sort(held[typ])
		if !slices.Equal(held[typ], made) {
			t.Errorf("%s's state holds %s %v; the runs made %s %v", et.name, typ, held[typ], entity, made)
		}
	}
	if n := len(held["autotask_protected_data_access"]); n != len(et.viewers)+len(et.editors) {
		t.Errorf("%s's state holds %d protected-data accesses, want %d", et.name, n, len(et.viewers)+len(et.editors))
	}
	if n := len(held["autotask_security_settings"]); n != 1 {
		t.Errorf("%s's state holds %d login policies, want 1", et.name, n)
	}
}

// checkNoSecretsWritten looks for every tenant's secrets (and the wrong one
// the first run was given) in everything the runs left: states, plan files
// (inside their zip), logs, the script's output.
func checkNoSecretsWritten(t *testing.T, work string, outputs []string, tenants []*exampleTenant, extra ...string) {
	t.Helper()
	owner := map[string]string{} // secret -> whose it is
	for _, s := range extra {
		owner[s] = "the wrong secret given to a run"
	}
	for _, et := range tenants {
		for _, s := range et.secretsOf() {
			owner[s] = "a secret of " + et.name
		}
	}
	look := func(where string, b []byte) {
		for s, whose := range owner {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s is in %s", whose, where)
			}
		}
	}
	for i, out := range outputs {
		look(fmt.Sprintf("the output of script run %d", i+1), []byte(out))
	}
	var files, plans int
	for _, root := range []string{filepath.Join(work, ".runs"), filepath.Join(work, "terraform.tfstate.d")} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files++
			look(p, b)
			if filepath.Base(p) != "tfplan" {
				return nil
			}
			plans++
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					return err
				}
				content, err := io.ReadAll(rc)
				_ = rc.Close()
				if err != nil {
					return err
				}
				look(p+":"+f.Name, content)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if plans != len(tenants) || files == 0 {
		t.Errorf("looked into %d files and %d plan files; want a plan per tenant", files, plans)
	}
}

// checkTerraformEnvironments reads what the terraform wrapper recorded in
// one run of the script: every terraform it started ran for one tenant with
// that tenant's API secret (or the one in wrong) and without another
// tenant's secret variables or the caller's connection settings; a tenant's
// integration secrets and portal passwords reach it as the ephemeral
// variables only when it has some.
func checkTerraformEnvironments(t *testing.T, records string, tenants []*exampleTenant, wrong map[string]string) {
	t.Helper()
	entries, err := os.ReadDir(records)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(records, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var name, digest string
		var env []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			k, v, _ := strings.Cut(l, "=")
			switch k {
			case "tenant":
				name = v
			case "secret":
				digest = v
			case "env":
				env = append(env, v)
			}
		}
		et := tenantOf(tenants, name)
		if et == nil {
			t.Errorf("%s: terraform ran for tenant %q", e.Name(), name)
			continue
		}
		seen[name]++
		secret := et.creds.Secret
		if w, ok := wrong[name]; ok {
			secret = w
		}
		if sum := sha256.Sum256([]byte(secret)); digest != hex.EncodeToString(sum[:]) {
			t.Errorf("terraform for %s did not get its own API secret in AUTOTASK_SECRET", name)
		}
		for _, v := range env {
			if strings.HasPrefix(v, "AUTOTASK_SECRET_") || strings.HasPrefix(v, "AUTOTASK_INTEGRATION_SECRETS_") ||
				strings.HasPrefix(v, "AUTOTASK_PORTAL_PASSWORDS_") || v == "AUTOTASK_USERNAME" || v == "AUTOTASK_INTEGRATION_CODE" {
				t.Errorf("terraform for %s got %s from the caller's environment", name, v)
			}
		}
		if got := slices.Contains(env, "TF_VAR_integration_secrets"); got != (len(et.integrationSecret) > 0) {
			t.Errorf("terraform for %s: TF_VAR_integration_secrets set %t, want %t", name, got, len(et.integrationSecret) > 0)
		}
		if got := slices.Contains(env, "TF_VAR_portal_passwords"); got != (len(et.portalPassword) > 0) {
			t.Errorf("terraform for %s: TF_VAR_portal_passwords set %t, want %t", name, got, len(et.portalPassword) > 0)
		}
	}
	for _, et := range tenants {
		if seen[et.name] == 0 {
			t.Errorf("no terraform ran for %s", et.name)
		}
	}
}

// providerMirrorConfig writes into dir a CLI configuration that installs
// the provider built as a plugin binary from a filesystem mirror, as
// `terraform init` installs a released provider, and returns its path.
func providerMirrorConfig(ctx context.Context, t *testing.T, dir string) string {
	t.Helper()
	mirror := filepath.Join(dir, "mirror")
	pkg := filepath.Join(mirror, "registry.terraform.io", "autotask-iac", "autotask", "0.1.0", runtime.GOOS+"_"+runtime.GOARCH)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(pluginDir(ctx, t), "terraform-provider-autotask"), filepath.Join(pkg, "terraform-provider-autotask_v0.1.0")); err != nil {
		t.Fatal(err)
	}
	rc := filepath.Join(dir, "mirror.terraformrc")
	writeFile(t, rc, fmt.Sprintf("provider_installation {\n  filesystem_mirror {\n    path = %q\n  }\n}\n", mirror))
	return rc
}
