package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// levelNamed finds the one security level of the tenant with that name.
func levelNamed(t *testing.T, ten *mockpsa.Tenant, name string) map[string]any {
	t.Helper()
	all, err := ten.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, l := range all {
		if fmt.Sprint(l["name"]) == name {
			out = append(out, l)
		}
	}
	if len(out) != 1 {
		t.Fatalf("%d security levels named %q, want 1", len(out), name)
	}
	return out[0]
}

// errorsIn lists the error diagnostics of terraform's -json output.
func errorsIn(t *testing.T, out string) []string {
	t.Helper()
	var errs []string
	for _, d := range diagnostics(t, out) {
		if d.Severity == "error" {
			errs = append(errs, d.Summary)
		}
	}
	return errs
}

// After a change in the web UI takes from the Rewst level a permission the
// integration needs, the unchanged configuration plans (exit code 2: the
// level is put back) instead of failing with AT201 on the API user: the
// rule judges the level as the plan makes it, not as the PSA holds it.
// Apply restores the permission and the next plan is empty.
func TestAccAPIUserResource_driftOfWhatIntegrationNeedsIsPlannedBack(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	tf := newRealTerraform(t, psa.env()...)
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id"))
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")

	field := wireField(t, catalog.KeyManageResources)
	id := asID(levelNamed(t, psa.Tenant, "Rewst Automation")["id"])
	if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{field: false}); err != nil {
		t.Fatal(err)
	}

	out, err := tf.Run(nil, "plan", "-input=false", "-json", "-detailed-exitcode")
	if code := exitCode(err); code != 2 {
		t.Fatalf("plan after the drift exited %d, want 2 (changes, no error); errors: %v\n%s", code, errorsIn(t, out), out)
	}
	for _, d := range diagnostics(t, out) {
		if strings.HasPrefix(d.Summary, "AT201") {
			t.Errorf("the plan that restores the level still reports %s: %s", d.Severity, d.Summary)
		}
	}
	if !strings.Contains(out, `"autotask_security_level.rewst"`) || !strings.Contains(out, `"action":"update"`) {
		t.Errorf("the plan does not update the Rewst level:\n%s", out)
	}

	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	if got := levelNamed(t, psa.Tenant, "Rewst Automation")[field]; got != true {
		t.Errorf("after apply %s = %v, want true (restored)", field, got)
	}
	if out, err := tf.Run(nil, "plan", "-input=false", "-no-color", "-detailed-exitcode"); exitCode(err) != 0 {
		t.Errorf("plan after the restoring apply is not empty:\n%s", out)
	}
}

// An API user whose level this plan creates is judged at plan against that
// level: on a Professional-license level it fails AT105 before anything is
// created. When the plan creates several levels it might refer to, the
// plan says once which rules are decided at apply.
func TestAccAPIUserResource_newLevelJudgedAtPlan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	tf := newRealTerraform(t, psa.env()...)
	sales := `
resource "autotask_security_level" "sales" {
  name      = "Field Sales"
  copy_from = "Sales"
}
`
	internal := `{ internal_name = "Sync" }`
	tf.Write(sales + apiUserOn("autotask_security_level.sales.id", internal, ""))
	out, err := tf.Run(nil, "plan", "-input=false", "-json", "-out=tfplan")
	if exitCode(err) != 1 {
		t.Fatalf("plan of an API user on a new Professional-license level did not fail:\n%s", out)
	}
	errs := errorsIn(t, out)
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "AT105") || !strings.Contains(errs[0], `"Field Sales"`) {
		t.Errorf("want exactly one AT105 error naming the new level, got %q", errs)
	}
	if levels, _ := psa.Tenant.List("SecurityLevels"); countNamed(levels, "Field Sales") != 0 {
		t.Error("the failed plan created the level")
	}

	// Two new levels, one on the API license: the user may be on either, so
	// the plan warns once that AT105 is decided at apply, and applies.
	api := `
resource "autotask_security_level" "api" {
  name      = "Sync API"
  copy_from = "API User Can't Read Costs"
}
`
	tf.Write(sales + api + apiUserOn("autotask_security_level.api.id", internal, ""))
	out = tf.Must(nil, "plan", "-input=false", "-json")
	var atApply []string
	for _, d := range diagnostics(t, out) {
		if strings.Contains(d.Summary, "decided at apply") {
			atApply = append(atApply, d.Summary)
			if d.Severity != "warning" || !strings.Contains(d.Detail, `security level "Field Sales": AT105`) {
				t.Errorf("decided-at-apply notice: %s %q\n%s", d.Severity, d.Summary, d.Detail)
			}
		}
	}
	if len(atApply) != 1 || !strings.HasPrefix(atApply[0], "AT105 can only be decided at apply") {
		t.Errorf("want one warning that AT105 is decided at apply, got %q", atApply)
	}
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	if users := apiUsersNamed(t, psa.Tenant, "u@acme.example.com"); len(users) != 1 {
		t.Errorf("%d API users after the apply, want 1", len(users))
	}
}

// countNamed counts the objects with that name.
func countNamed(objs []map[string]any, name string) int {
	n := 0
	for _, o := range objs {
		if fmt.Sprint(o["name"]) == name {
			n++
		}
	}
	return n
}

// No plan-time rule runs on destroy, so none can block one. A state that
// holds what the rules would flag — Terraform's own API user, a system
// security level and a system portal level (all imported), an integration
// whose level lost what it needs in the web UI — destroys in one go: the
// permanent objects and Terraform's own user are only forgotten (with a
// warning each), everything else is deleted or deactivated.
func TestAccProvider_destroyIsNeverBlockedByARule(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	self := psa.Tenant.IdentityResourceID()
	sales, _ := catalog.SystemLevelByID(catalog.Sales)
	tf := newRealTerraform(t, psa.env()...)
	cfg := lockOutConfig{userName: "terraform@acme.example.com", level: fmt.Sprint(int(catalog.APIUser)), active: "true",
		integration: `{ internal_name = "Terraform" }`, restrictedDesc: "No security administration.", adminManagesResources: true, importID: self}
	tf.Write(cfg.String() + rewstUserConfig("autotask_security_level.rewst.id") + fmt.Sprintf(`
import {
  to = autotask_security_level.sales
  id = "%d"
}

resource "autotask_security_level" "sales" {
  name      = %q
  copy_from = "Sales"
}

import {
  to = autotask_client_portal_security_level.mgr
  id = "%d"
}

resource "autotask_client_portal_security_level" "mgr" {
  name = "Client Portal Manager"
  type = "client_portal"
}
`, int(catalog.Sales), sales.DisplayName, int(catalog.PortalManager)))
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	rewst := levelNamed(t, psa.Tenant, "Rewst Automation")
	if err := psa.Tenant.Patch("SecurityLevels", asID(rewst["id"]), map[string]any{wireField(t, catalog.KeyManageResources): false}); err != nil {
		t.Fatal(err)
	}

	out, err := tf.Run(nil, "destroy", "-input=false", "-json", "-auto-approve")
	if err != nil {
		t.Fatalf("destroy failed (%v), errors %v:\n%s", err, errorsIn(t, out), out)
	}
	var forgotten []string
	for _, d := range diagnostics(t, out) {
		if strings.HasPrefix(d.Summary, "AT") {
			t.Errorf("a rule ran on destroy: %s %q", d.Severity, d.Summary)
		}
		if strings.HasSuffix(d.Summary, "only forgets it") {
			forgotten = append(forgotten, d.Summary)
		}
	}
	if len(forgotten) != 3 {
		t.Errorf("want a warning for each of the 3 objects only forgotten, got %q", forgotten)
	}
	if u, _ := psa.Tenant.Get("ApiUsers", self); u["isActive"] != true {
		t.Errorf("Terraform's own API user was deactivated: %v", u)
	}
	if l, ok := psa.Tenant.Get("SecurityLevels", int64(catalog.Sales)); !ok || l["name"] != sales.DisplayName {
		t.Errorf("the system level is gone: %v", l)
	}
	if _, ok := psa.Tenant.Get("ClientPortalSecurityLevels", int64(catalog.PortalManager)); !ok {
		t.Error("the system portal level is gone")
	}
	for _, u := range apiUsersNamed(t, psa.Tenant, "rewst@acme.example.com") {
		if u["isActive"] != false {
			t.Errorf("the Rewst API user is still active: %v", u)
		}
	}
	levels, _ := psa.Tenant.List("SecurityLevels")
	for _, name := range []string{"Rewst Automation", "Terraform Admin", "Restricted API"} {
		if n := countNamed(levels, name); n != 0 {
			t.Errorf("%d levels named %q after destroy, want 0", n, name)
		}
	}
}

// A portal user is judged on its portal level as the plan makes it: a
// Taskfire level the plan creates fails AT125 at plan for a contact whose
// organization has no Taskfire, and a level deactivated in the web UI
// that the configuration keeps active is no AT126 for a new login.
func TestAccClientPortalUserResource_levelJudgedAsPlanned(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	irene := contactOf(t, psa, "Cole") // Harbor Veterinary: no Taskfire
	retired, err := psa.Tenant.Create("ClientPortalSecurityLevels", map[string]any{"name": "Retired Level", "type": 1, "isActive": false})
	if err != nil {
		t.Fatal(err)
	}
	user := func(level string) string {
		return portalPasswordVar + fmt.Sprintf(`
resource "autotask_client_portal_user" "u" {
  contact_id          = %d
  user_name           = "irene@harbor.example.org"
  password_wo         = var.portal_password
  password_wo_version = 1
  security_level_id   = %s
}
`, irene, level)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				ConfigVariables: portalPassword("Good-Pass1"),
				Config: user("autotask_client_portal_security_level.tf.id") + `
resource "autotask_client_portal_security_level" "tf" {
  name = "Customer IT"
  type = "taskfire"
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: ` + evaluate.RulePortalUserTaskfire + `: "Customer IT" is a Taskfire level, and\s+"Harbor Veterinary"`),
			},
			{
				ConfigVariables: portalPassword("Good-Pass1"),
				Config: user("autotask_client_portal_security_level.retired.id") + fmt.Sprintf(`
import {
  to = autotask_client_portal_security_level.retired
  id = "%d"
}

resource "autotask_client_portal_security_level" "retired" {
  name = "Retired Level"
  type = "client_portal"
}`, retired),
				Check: func(*terraform.State) error {
					if l, _ := psa.Tenant.Get("ClientPortalSecurityLevels", retired); l["isActive"] != true {
						return fmt.Errorf("the level was not reactivated: %v", l)
					}
					return nil
				},
			},
		},
	})
}
