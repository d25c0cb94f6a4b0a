package provider

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func reviewLevelConfig(provider, companiesEdit, ticketsEdit string) string {
	return provider + fmt.Sprintf(`
resource "autotask_security_level" "desk" {
  name      = "Review Desk"
  copy_from = "Service Desk User"
  crm = {
    companies_edit = %q
  }
  service_desk = {
    tickets_edit = %q
  }
}
`, companiesEdit, ticketsEdit)
}

// A plan that changes a level says who gains and who loses which
// permission, from the users the PSA has on the level; deny_new_access
// turns a gain of a listed permission into an error, and lowering it stays
// allowed.
func TestAccAccessReview_securityLevel(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cli := psa.cli(t, reviewLevelConfig("", "None", "All"))
	out := cli.must("apply", "-no-color", "-input=false", "-auto-approve")
	if strings.Contains(out, "AT501") {
		t.Fatalf("a new level reviews no access change:\n%s", out)
	}
	var id int64
	levels, err := psa.Tenant.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range levels {
		if l["name"] == "Review Desk" {
			id = l["id"].(int64)
		}
	}
	if id == 0 {
		t.Fatal("the level was not created")
	}
	for _, u := range []struct{ first, user string }{{"Ann", "ann"}, {"Bob", "bob"}} {
		if _, err := psa.Tenant.Create("Resources", map[string]any{"firstName": u.first, "lastName": "Tech", "userName": u.user,
			"email": u.user + "@msp.example.com", "isActive": true, "userType": id}); err != nil {
			t.Fatal(err)
		}
	}

	// Organizations: Edit goes up, Tickets: Edit goes down.
	writeFile(t, cli.dir+"/main.tf", reviewLevelConfig("", "All", "Mine"))
	out = flat(cli.must("plan", "-no-color", "-input=false"))
	want := `Warning: AT501: 2 users of security level "Review Desk" gain Organizations: Edit = All; lose Tickets: Edit (All → Mine)`
	if !strings.Contains(out, want) {
		t.Fatalf("the plan does not review the change as %q:\n%s", want, out)
	}
	if !strings.Contains(out, "Affected: Ann Tech (ann), Bob Tech (bob).") {
		t.Errorf("the review does not name the users:\n%s", out)
	}

	// The guardrail: a gain of a denied permission fails the plan.
	deny := "provider \"autotask\" {\n  deny_new_access = [\"crm.companies_edit\"]\n}\n"
	writeFile(t, cli.dir+"/main.tf", reviewLevelConfig(deny, "All", "Mine"))
	out, err = cli.run("plan", "-no-color", "-input=false")
	if err == nil || !strings.Contains(flat(out), `Error: AT502: security level "Review Desk" would grant Organizations: Edit (None → All), which deny_new_access forbids.`) {
		t.Fatalf("a denied gain must fail the plan with AT502 (err %v):\n%s", err, out)
	}
	if !strings.Contains(flat(out), "The gain would reach 2 users (Ann Tech (ann), Bob Tech (bob)).") {
		t.Errorf("AT502 does not name who would gain:\n%s", out)
	}
	// Lowering a denied permission is allowed.
	writeFile(t, cli.dir+"/main.tf", reviewLevelConfig(strings.Replace(deny, "crm.companies_edit", "service_desk.tickets_edit", 1), "None", "Mine"))
	if out, err := cli.run("plan", "-no-color", "-input=false"); err != nil || strings.Contains(out, "AT502") {
		t.Fatalf("lowering a denied permission must plan (err %v):\n%s", err, out)
	}
	// rule_severity lowers the review like any rule.
	writeFile(t, cli.dir+"/main.tf", reviewLevelConfig("provider \"autotask\" {\n  rule_severity = { AT501 = \"off\" }\n}\n", "All", "Mine"))
	if out := cli.must("plan", "-no-color", "-input=false"); strings.Contains(out, "AT501") {
		t.Errorf("AT501 = off still reviews:\n%s", out)
	}
}

// deny_new_access takes permission keys only, and says which key is wrong.
func TestAccAccessReview_denyNewAccessKeys(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cli := psa.cli(t, reviewLevelConfig("provider \"autotask\" {\n  deny_new_access = [\"crm.companies_editt\"]\n}\n", "None", "All"))
	out, err := cli.run("plan", "-no-color", "-input=false")
	if err == nil || !regexp.MustCompile(`Error: Unknown permission in deny_new_access`).MatchString(out) ||
		!strings.Contains(flat(out), `"crm.companies_editt" is not a permission key. Use a key of effective_permissions written as module.name`) {
		t.Fatalf("an unknown key must fail with the provider's message (err %v):\n%s", err, out)
	}
}

// Moving an API user to another level reviews what that user gains and
// loses; informational findings stay out of the plan.
func TestAccAccessReview_apiUserMove(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(level string) string {
		return `
resource "autotask_api_user" "sync" {
  user_name         = "sync@msp.example.com"
  first_name        = "Sync"
  last_name         = "Integration"
  security_level_id = ` + level + `
  integration       = { internal_name = "Sync" }
}
`
	}
	cli := psa.cli(t, cfg(fmt.Sprint(int64(catalog.APIUserNoCosts))))
	cli.must("apply", "-no-color", "-input=false", "-auto-approve")
	writeFile(t, cli.dir+"/main.tf", cfg(fmt.Sprint(int64(catalog.APIUser))))
	out := flat(cli.must("plan", "-no-color", "-input=false"))
	if !strings.Contains(out, `Warning: AT501: sync@msp.example.com gains `) ||
		!strings.Contains(out, "Can view internal cost data = Yes") {
		t.Fatalf("moving the user to API User (system) must review its gains, internal costs among them:\n%s", out)
	}
}

// The access report keeps a JSON snapshot, compares with an earlier one and
// lists the findings of the custom levels, informational ones included.
func TestAccAccessReport_compareAndFindings(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	// A level configured by hand: the report reads it, nothing manages it.
	id, err := psa.Tenant.Create("SecurityLevels", map[string]any{"name": "Report Desk", "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser)})
	if err != nil {
		t.Fatal(err)
	}
	report := func(compare string) string {
		return `
data "autotask_access_report" "r" {
  include_custom = true
  objects        = ["organization"]
  compare_to     = ` + compare + `
}
output "json" {
  value = data.autotask_access_report.r.json
}
output "differences" {
  value = data.autotask_access_report.r.differences
}
output "findings" {
  value = [for f in data.autotask_access_report.r.findings : "${f.rule_id} ${f.severity} ${f.object}"]
}
`
	}
	cli := psa.cli(t, report("null"))
	cli.must("apply", "-no-color", "-input=false", "-auto-approve")
	snapshot := strings.TrimSpace(cli.must("output", "-raw", "json"))
	var findings []string
	if err := json.Unmarshal([]byte(cli.must("output", "-json", "findings")), &findings); err != nil {
		t.Fatal(err)
	}
	if !containsString(findings, `AT303 info security level "Report Desk"`) {
		t.Errorf("findings %v lack the informational AT303 of the level (Mine access)", findings)
	}
	writeFile(t, cli.dir+"/previous.json", snapshot)

	// Out of band, the level gains Organizations: Edit = All.
	if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{wireField(t, "crm.companies_edit"): wirePicklist(t, "crm.companies_edit", catalog.All)}); err != nil {
		t.Fatal(err)
	}
	writeFile(t, cli.dir+"/main.tf", report(`file("${path.module}/previous.json")`))
	cli.must("apply", "-no-color", "-input=false", "-auto-approve")
	var diffs []map[string]string
	if err := json.Unmarshal([]byte(cli.must("output", "-json", "differences")), &diffs); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"subject": "level: Report Desk", "item": "company.edit", "before": "Mine", "after": "All"}
	if len(diffs) != 1 || fmt.Sprint(diffs[0]) != fmt.Sprint(want) {
		t.Fatalf("differences = %v, want exactly %v", diffs, want)
	}

	// Garbage in compare_to is refused in the provider's words.
	writeFile(t, cli.dir+"/main.tf", report(`"{\"not\":\"a report\"}"`))
	out, err := cli.run("plan", "-no-color", "-input=false")
	if err == nil || !strings.Contains(flat(out), "compare_to takes the `json` attribute of an earlier autotask_access_report") {
		t.Fatalf("a foreign compare_to must fail (err %v):\n%s", err, out)
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
