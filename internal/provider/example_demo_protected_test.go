package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// TestAccExampleDemoProtected applies the whole of examples/demo as `make
// demo` does — every .tf file — on the demo tenant, checks what its levels,
// API users and portal objects came out as, and checks protected.tf's part
// of it: protected device fields, view for the service desk, edit for two
// named engineers, a hardened login policy; then it re-plans empty and
// destroys. The demo uses for_each, which terraform-plugin-testing's state
// shim cannot read, so the provider runs as a real plugin binary through
// dev_overrides (as in TestAccExampleMultiTenant). (`make demo`'s script
// itself is TestAccExampleDemoScript.)
func TestAccExampleDemoProtected(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo) // first: the deadline below starts once the test runs
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	work := filepath.Join(dir, "demo")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../examples/demo/*.tf")
	if err != nil || len(files) < 2 {
		t.Fatalf("demo files %v: %v", files, err)
	}
	for _, f := range files {
		f = filepath.Base(f)
		raw, err := os.ReadFile(filepath.Join("../../examples/demo", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(work, f), string(raw))
	}
	tf := newTerraformCLI(ctx, t, dir, work, append(psa.env(), "TF_VAR_terraform_user="+psa.Creds.Username, "TF_VAR_portal_admin_password=Demo-Test-Pass1")...)
	terraform, mustTerraform := tf.run, tf.must

	plan := mustTerraform("plan", "-input=false", "-no-color")
	// AT307 is informational: not a plan warning unless rule_severity
	// raises it (the access report lists it).
	if strings.Contains(plan, "AT307") {
		t.Errorf("the plan shows the informational AT307:\n%s", plan)
	}
	// The access review names who gains protected data.
	for _, finding := range []string{`Warning: AT501: srossi gains Protected data: View = Yes, Protected data: Edit = Yes`,
		`Warning: AT501: jdoe gains Protected data: View = Yes`} {
		if !strings.Contains(plan, finding) {
			t.Errorf("the plan does not show %q", finding)
		}
	}
	mustTerraform("apply", "-input=false", "-no-color", "-auto-approve")
	checkDemoApplied(t, mustTerraform("show", "-json"))

	full := catalog.ProtectedAccess{ViewProtected: true, EditProtected: true, ViewUnprotected: true, EditUnprotected: true}
	view := catalog.ProtectedAccess{ViewProtected: true, ViewUnprotected: true, EditUnprotected: true}
	professional := catalog.ProtectedAccessDefault(catalog.LicenseProfessional)
	want := map[string]catalog.ProtectedAccess{"srossi": full, "tbecker": full, "jdoe": view, "ichen": view, "akhan": view, "gkim": professional}
	for user, w := range want {
		if got := protectedAccessOf(t, psa, resourceID(t, psa, user)); got != w {
			t.Errorf("%s holds %+v, want %+v", user, got, w)
		}
	}
	if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isProtected"] != true || rec["isEncrypted"] != true || rec["isActive"] != true {
		t.Errorf("password field %v", rec)
	}
	if ss := siteSettings(t, psa); ss["passwordMinimumLength"] != int64(14) || ss["lockoutReleaseMode"] != int64(2) || ss["passwordRequireSymbol"] != true {
		t.Errorf("site settings %v", ss)
	}

	// The report names every reader of protected data: the grants and the
	// defaults (administrators, API users) — not Rewst, whose integration
	// needs none and whose access the demo takes away (AT206).
	var readers map[string]string
	if err := json.Unmarshal([]byte(mustTerraform("output", "-json", "protected_data_readers")), &readers); err != nil {
		t.Fatal(err)
	}
	wantReaders := map[string]string{"srossi": "view + edit", "tbecker": "view + edit", "amorgan": "view + edit", "praman": "view + edit",
		psa.Creds.Username: "view + edit", "accounting-sync@acme.example.com": "view + edit"}
	for _, u := range []string{"jdoe", "akhan", "lortega", "eschulz", "kmensah", "ichen"} {
		wantReaders[u] = "view"
	}
	if fmt.Sprint(readers) != fmt.Sprint(wantReaders) {
		t.Errorf("protected_data_readers = %v, want %v", readers, wantReaders)
	}

	if out, err := terraform("plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		t.Errorf("re-plan not empty (%v):\n%s", err, out)
	}

	// Destroy: users back at their defaults, fields deactivated, the login
	// policy left as applied.
	mustTerraform("destroy", "-input=false", "-no-color", "-auto-approve")
	for user := range want {
		if got := protectedAccessOf(t, psa, resourceID(t, psa, user)); got != professional {
			t.Errorf("after destroy %s holds %+v", user, got)
		}
	}
	if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isActive"] != false {
		t.Errorf("after destroy the password field is %v", rec)
	}
	if ss := siteSettings(t, psa); ss["passwordMinimumLength"] != int64(14) {
		t.Errorf("destroy changed the login policy: %v", ss)
	}
}

// checkDemoApplied checks, in `terraform show -json` of the applied demo,
// what main.tf, api_users.tf and portal.tf made: the levels' licences and
// permissions, the API users' levels and integrations, the portal levels
// and the co-managed administrator.
func checkDemoApplied(t *testing.T, showJSON string) {
	t.Helper()
	var shown struct {
		Values struct {
			Outputs    map[string]struct{ Value any } `json:"outputs"`
			RootModule struct {
				Resources []struct {
					Address string         `json:"address"`
					Values  map[string]any `json:"values"`
				} `json:"resources"`
			} `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal([]byte(showJSON), &shown); err != nil {
		t.Fatalf("terraform show -json: %v", err)
	}
	resources := map[string]map[string]any{}
	for _, r := range shown.Values.RootModule.Resources {
		resources[r.Address] = r.Values
	}
	at := func(v any, path ...string) any {
		for _, k := range path {
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		}
		return v
	}
	output := func(name string, path ...string) any {
		o, ok := shown.Values.Outputs[name]
		if !ok {
			t.Errorf("no output %s", name)
			return nil
		}
		return at(o.Value, path...)
	}
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"rewst name", at(resources["autotask_security_level.rewst"], "name"), "Rewst Automation"},
		{"rewst license", at(resources["autotask_security_level.rewst"], "license_type"), "API User"},
		{"rewst internal costs", at(resources["autotask_security_level.rewst"], "effective_permissions", "other", "view_internal_costs"), false},
		{"contractor task view", at(resources["autotask_security_level.contractor"], "effective_permissions", "projects", "render_tasks_as"), "Contractor View"},
		{"service desk license", output("levels", "MSP Service Desk", "license"), "Professional"},
		{"rewst API user", fmt.Sprint(output("api_users", "rewst@acme.example.com")), fmt.Sprint(map[string]any{
			"level": "Rewst Automation", "integration": "rewst", "kind": "vendor", "active": true})},
		{"accounting sync integration", output("api_users", "accounting-sync@acme.example.com", "integration"), "Accounting Sync"},
		{"portal level projects", output("portal", "levels", "Customer Staff (no projects)", "projects"), "None"},
		{"portal level devices", output("portal", "levels", "Customer Staff (no projects)", "devices"), "View"},
		{"co-managed level type", output("portal", "levels", "Co-managed Customer Admin", "type"), "taskfire"},
		{"co-managed admin organization", output("portal", "co_managed_admin", "organization"), "Summit Accounting"},
		{"co-managed admin active", at(resources["autotask_client_portal_user.summit_it_lead"], "active"), true},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
}
