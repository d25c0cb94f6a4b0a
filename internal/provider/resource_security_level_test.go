package provider

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const tier1 = "autotask_security_level.tier1"

func tier1Config(projectView, description string) string {
	return fmt.Sprintf(`
resource "autotask_security_level" "tier1" {
  name        = "Service Desk - Tier 1"
  description = %q
  copy_from   = "Service Desk User"

  projects = {
    project_view = %q
    template_add = false
  }
  service_desk = {
    tickets_add = false
  }
}
`, description, projectView)
}

func TestAccSecurityLevelResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var id int64
	eff := func(module, name string) tfjsonpath.Path {
		return tfjsonpath.New("effective_permissions").AtMapKey(module).AtMapKey(name)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			if _, ok := psa.Tenant.Get("SecurityLevels", id); ok {
				return fmt.Errorf("security level %d still exists", id)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create
				Config: tier1Config("All", "First-line technicians"),
				Check:  captureID(tier1, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("license_type"), knownvalue.StringExact("Professional")),
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.ServiceDeskUser))),
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("system"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(tier1, eff("projects", "project_view"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownValue(tier1, eff("projects", "template_add"), knownvalue.Bool(false)),
					// Inherited from Service Desk User.
					statecheck.ExpectKnownValue(tier1, eff("projects", "time_entry_task_scope"), knownvalue.StringExact("My Tasks and Department Tasks")),
					statecheck.ExpectKnownValue(tier1, eff("projects", "task_notes_delete"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownValue(tier1, eff("service_desk", "tickets_add"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("crm"), knownvalue.Null()),
				},
			},
			{ // import by ID
				ResourceName: tier1, ImportState: true, ImportStateVerify: true,
			},
			{ // import by name
				ResourceName: tier1, ImportState: true, ImportStateVerify: true,
				ImportStateId: "Service Desk - Tier 1",
			},
			{ // update
				Config: tier1Config("Mine", "First-line technicians, own projects only"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(tier1, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(tier1, eff("projects", "project_view"), knownvalue.StringExact("Mine")),
					statecheck.ExpectKnownValue(tier1, tfjsonpath.New("description"), knownvalue.StringExact("First-line technicians, own projects only")),
				},
			},
			{ // drift in a permission that is not configured shows as an update and is corrected
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{
						wireField(t, catalog.KeyTaskNotesDelete): wirePicklist(t, catalog.KeyTaskNotesDelete, catalog.None),
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: tier1Config("Mine", "First-line technicians, own projects only"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(tier1, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(tier1, eff("projects", "task_notes_delete"), knownvalue.StringExact("All")),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(tier1, eff("projects", "task_notes_delete"), knownvalue.StringExact("All")),
				},
			},
			{ // drift in a configured permission
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{
						wireField(t, catalog.KeyProjectView): wirePicklist(t, catalog.KeyProjectView, catalog.All),
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: tier1Config("Mine", "First-line technicians, own projects only"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(tier1, plancheck.ResourceActionUpdate),
				}},
			},
			{ // nothing changed: empty plan
				Config: tier1Config("Mine", "First-line technicians, own projects only"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(),
				}},
			},
			{ // deleted out of band: recreated
				PreConfig: func() {
					if err := psa.Tenant.Delete("SecurityLevels", id); err != nil {
						t.Fatalf("out-of-band delete: %v", err)
					}
				},
				Config: tier1Config("Mine", "First-line technicians, own projects only"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(tier1, plancheck.ResourceActionCreate),
				}},
				Check: captureID(tier1, &id),
			},
		},
	})
}

func TestAccSecurityLevelResource_copyFromSpellingAndReplace(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(copyFrom string) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "pm" {
  name      = "Project Leads"
  copy_from = %q
}`, copyFrom)
	}
	const pm = "autotask_security_level.pm"
	var id, replaced int64
	// Respelling the base level is no change at all: the plan is empty and
	// nothing is written to the PSA.
	sameLevel := func(spelling string) resource.TestStep {
		return resource.TestStep{
			PreConfig: psa.Tenant.ResetCounters,
			Config:    cfg(spelling),
			ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
				plancheck.ExpectEmptyPlan(),
			}},
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(pm, tfjsonpath.New("copy_from"), knownvalue.StringExact("Project Manager")),
				statecheck.ExpectKnownValue(pm, tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.ProjectManager))),
			},
			Check: func(*terraform.State) error {
				if n := psa.Tenant.Counters().ByMethod["PUT"] + psa.Tenant.Counters().ByMethod["PATCH"]; n != 0 {
					return fmt.Errorf("respelling copy_from as %q wrote to the PSA %d times", spelling, n)
				}
				return nil
			},
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{Config: cfg("Project Manager"), Check: captureID(pm, &id)},
			sameLevel("project manager (system)"),
			sameLevel("PROJECT MANAGER"),
			sameLevel(strconv.Itoa(int(catalog.ProjectManager))),
			{ // another base level: replace
				Config: cfg("Manager"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(pm, plancheck.ResourceActionReplace),
				}},
				Check: resource.ComposeTestCheckFunc(captureID(pm, &replaced), replacedBy(psa, &id, &replaced), oneLevelNamed(t, psa, "Project Leads")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("license_type"), knownvalue.StringExact("Executive")),
				},
			},
		},
	})
}

// The issue's own example: a level copied from "Sales (system)" and then
// written "sales" plans nothing, and keeps its ID.
func TestAccSecurityLevelResource_copyFromSalesRespelled(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(copyFrom string) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "sales" {
  name      = "MSP Account Managers"
  copy_from = %q
  crm = {
    companies_add = false
  }
}`, copyFrom)
	}
	const addr = "autotask_security_level.sales"
	var before, after int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{Config: cfg("Sales (system)"), Check: captureID(addr, &before)},
			{
				Config: cfg("sales"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(),
				}},
				Check: resource.ComposeTestCheckFunc(captureID(addr, &after), func(*terraform.State) error {
					if after != before {
						return fmt.Errorf("level %d became %d", before, after)
					}
					return nil
				}),
			},
			{ // and back again
				Config: cfg("Sales (system)"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(),
				}},
			},
		},
	})
}

func TestAccSecurityLevelResource_planTimeRules(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // Dashboard User cannot be copied: error at plan, on copy_from.
				Config: `
resource "autotask_security_level" "wall" {
  name      = "Wallboard"
  copy_from = "Dashboard User"
}`,
				PlanOnly: true,
				// The diagnostic sits on copy_from: terraform quotes that line.
				ExpectError: regexp.MustCompile(`(?s)Error: AT103:.*\d+:\s+copy_from = "Dashboard User"`),
			},
			{ // Not a system level at all.
				Config: `
resource "autotask_security_level" "x" {
  name      = "X"
  copy_from = "Chief Wizard"
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`AT104`),
			},
			{ // A module the license does not include: error on the permission.
				Config: `
resource "autotask_security_level" "tm" {
  name      = "Night Technicians"
  copy_from = "Team Member"
  admin = {
    manage_resources = true
  }
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT109:.*admin.manage_resources.*Team Member`),
			},
			{ // Values outside the catalogue are rejected with the allowed list.
				Config: `
resource "autotask_security_level" "x" {
  name      = "X"
  copy_from = "Sales"
  projects  = { project_view = "Everything" }
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)projects.project_view.*"None".*"Mine".*"All"`),
			},
		},
	})
}

// Importing a system level is allowed (to read it); changing it fails at
// plan with the rule's message.
func TestAccSecurityLevelResource_systemLevelIsReadOnly(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	sales, _ := catalog.SystemLevelByID(catalog.Sales)
	cfg := func(view string) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "sales" {
  name      = %q
  copy_from = "Sales"
  projects  = { project_view = %q }
}`, sales.DisplayName, view)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg("Mine"), ResourceName: "autotask_security_level.sales",
				ImportState: true, ImportStateId: strconv.Itoa(int(catalog.Sales)), ImportStatePersist: true,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 || states[0].Attributes["system"] != "true" {
						return fmt.Errorf("imported %v", states)
					}
					return nil
				},
			},
			{
				Config:      cfg("All"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`AT101`),
			},
			{ // destroy is never blocked by a rule: it only forgets the level
				Config:  cfg("Mine"),
				Destroy: true,
			},
			{ // so does a removed block
				Config: `
removed {
  from = autotask_security_level.sales
  lifecycle {
    destroy = false
  }
}`,
				Check: func(s *terraform.State) error {
					if _, ok := s.RootModule().Resources["autotask_security_level.sales"]; ok {
						return fmt.Errorf("the system level is still in state")
					}
					if l, ok := psa.Tenant.Get("SecurityLevels", int64(catalog.Sales)); !ok || l["name"] != sales.DisplayName {
						return fmt.Errorf("the system level is gone from the PSA: %v", l)
					}
					return nil
				},
			},
		},
	})
}

// A level still assigned to resources cannot be deleted; the error names
// them, and the destroy succeeds once they are moved.
func TestAccSecurityLevelResource_deleteAssigned(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	var id int64
	var tech int64
	const cfg = `
resource "autotask_security_level" "night" {
  name      = "Night Shift"
  copy_from = "Team Member"
}`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check:  captureID("autotask_security_level.night", &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.night", tfjsonpath.New("license_type"), knownvalue.StringExact("Team Member")),
				},
			},
			{
				PreConfig: func() {
					res, err := psa.Tenant.List("Resources")
					if err != nil || len(res) == 0 {
						t.Fatalf("list resources: %v", err)
					}
					apiLicense, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
					for _, r := range res {
						if lic, _ := r["licenseType"].(int64); lic != int64(apiLicense.ID) {
							tech = r["id"].(int64)
							break
						}
					}
					if err := psa.Tenant.Patch("Resources", tech, map[string]any{"userType": id}); err != nil {
						t.Fatalf("assign: %v", err)
					}
				},
				Config: cfg, Destroy: true,
				ExpectError: regexp.MustCompile(`(?s)assigned to resources.*\(amorgan\).*move them to another level`),
			},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("Resources", tech, map[string]any{"userType": int64(catalog.TeamMember)}); err != nil {
						t.Fatalf("unassign: %v", err)
					}
				},
				// The failed destroy left the level in place and unchanged.
				Config:           cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}

// Terraform's own API user sits on a level Terraform manages: taking
// security administration away from that level (AT401) fails at plan, so no
// apply can lock Terraform out; destroying the level is refused by the PSA
// while the user is on it (no rule blocks a destroy).
func TestAccSecurityLevelResource_selfLockOut(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var id int64
	cfg := func(manage bool) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "tf" {
  name      = "Terraform Automation"
  copy_from = "API User"
  admin = {
    manage_security_levels = %t
  }
}`, manage)
	}
	self := psa.Tenant.IdentityResourceID()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg(true),
				Check:  captureID("autotask_security_level.tf", &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.tf",
						tfjsonpath.New("effective_permissions").AtMapKey("admin").AtMapKey("manage_security_levels"), knownvalue.Bool(true)),
				},
			},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("ApiUsers", self, map[string]any{"securityLevelID": id}); err != nil {
						t.Fatalf("move Terraform's API user: %v", err)
					}
				},
				Config:      cfg(false),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT401:.*manage_security_levels`),
			},
			{ // no rule blocks destroying that level; the PSA refuses it while Terraform's user is on it
				Config:      cfg(true),
				Destroy:     true,
				ExpectError: regexp.MustCompile(`(?s)Could not delete security level "Terraform Automation".*is assigned to\s+resources: Terraform Automation`),
			},
			{ // the same change is fine once Terraform runs on another level
				PreConfig: func() {
					if err := psa.Tenant.Patch("ApiUsers", self, map[string]any{"securityLevelID": int64(catalog.APIUser)}); err != nil {
						t.Fatalf("move Terraform's API user back: %v", err)
					}
				},
				Config: cfg(false),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.tf",
						tfjsonpath.New("effective_permissions").AtMapKey("admin").AtMapKey("manage_security_levels"), knownvalue.Bool(false)),
				},
			},
		},
	})
}

// The API User license allows 50 levels, system ones included: with 48
// custom API levels already in the PSA, planning one more fails (AT106).
func TestAccSecurityLevelResource_apiLicenseLimit(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	for i := range catalog.MaxAPILicenseLevels - 2 {
		if _, err := psa.Tenant.Create("SecurityLevels", map[string]any{
			"name": fmt.Sprintf("Integration %02d", i), "copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts),
		}); err != nil {
			t.Fatalf("seed level %d: %v", i, err)
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: `
resource "autotask_security_level" "one_more" {
  name      = "Integration 51"
  copy_from = "API User Can't Read Costs"
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT106:`),
			},
			{ // a level on another license is not limited
				Config: `
resource "autotask_security_level" "tech" {
  name      = "Technicians"
  copy_from = "Service Desk User"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.tech", tfjsonpath.New("license_type"), knownvalue.StringExact("Professional")),
				},
			},
		},
	})
}

// seedAPILevels creates n custom API-license levels out of band.
func seedAPILevels(t *testing.T, ten *mockpsa.Tenant, n int) []int64 {
	t.Helper()
	ids := make([]int64, n)
	for i := range n {
		id, err := ten.Create("SecurityLevels", map[string]any{
			"name": fmt.Sprintf("Integration %02d", i), "copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts),
		})
		if err != nil {
			t.Fatalf("seed level %d: %v", i, err)
		}
		ids[i] = id
	}
	return ids
}

// oneLevelNamed checks, listing every level, that exactly one is named
// name.
func oneLevelNamed(t *testing.T, psa *testPSA, name string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if n := len(levelsNamed(t, psa.Tenant, name)); n != 1 {
			return fmt.Errorf("%d levels named %q, want exactly 1", n, name)
		}
		return nil
	}
}

// replacedBy checks that the level *old was replaced: *now is another
// level, and *old is gone from the PSA.
func replacedBy(psa *testPSA, old, now *int64) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if _, ok := psa.Tenant.Get("SecurityLevels", *old); ok || *now == *old {
			return fmt.Errorf("level %d was not replaced (now %d; the old one still exists: %v)", *old, *now, ok)
		}
		return nil
	}
}

// AT106 limits the whole plan, not one object: with 49 API-license levels
// in the PSA (the two system ones included), a plan creating two more
// fails at plan time and creates nothing; with 48 the same plan applies.
func TestAccSecurityLevelResource_apiLicenseLimitAcrossPlan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	seeded := seedAPILevels(t, psa.Tenant, catalog.MaxAPILicenseLevels-3)
	const cfg = `
resource "autotask_security_level" "a" {
  name      = "New Integration A"
  copy_from = "API User Can't Read Costs"
}
resource "autotask_security_level" "b" {
  name      = "New Integration B"
  copy_from = "API User (system)"
}`
	apiLicense, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	apiLevels := func(want int) resource.TestCheckFunc {
		return func(*terraform.State) error {
			all, err := psa.Tenant.List("SecurityLevels")
			if err != nil {
				return err
			}
			n := 0
			for _, l := range all {
				if lic, _ := l["licenseType"].(int64); lic == int64(apiLicense.ID) {
					n++
				}
			}
			if n != want {
				return fmt.Errorf("%d API-license levels in the PSA, want %d", n, want)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:      cfg,
				ExpectError: regexp.MustCompile(`(?s)Error: AT106: Creating security level\s+"New Integration [AB]"\s+would exceed the limit of 50.*51 levels would use the API User license: 49 already\s+exist`),
			},
			{ // nothing was created: every level of the PSA is listed
				PreConfig: func() {
					for _, name := range []string{"New Integration A", "New Integration B"} {
						if n := len(levelsNamed(t, psa.Tenant, name)); n != 0 {
							t.Fatalf("%d levels named %q after a failed plan", n, name)
						}
					}
					if err := apiLevels(catalog.MaxAPILicenseLevels - 1)(nil); err != nil {
						t.Fatal(err)
					}
					if err := psa.Tenant.Delete("SecurityLevels", seeded[0]); err != nil {
						t.Fatalf("delete a seeded level: %v", err)
					}
				},
				// With one level fewer both fit, exactly at the limit.
				Config: cfg,
				Check:  apiLevels(catalog.MaxAPILicenseLevels),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.a", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
					statecheck.ExpectKnownValue("autotask_security_level.b", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
				},
			},
		},
	})
}

// The PSA commits a create and the answer is lost, and then it throttles
// the lookup that follows: the apply still succeeds with exactly one
// level, found by its name. The first fault targets the create itself
// (POST SecurityLevels, not its /query); the 429 is chained to it, so it
// is armed only after the lost answer and never meets the plan's queries.
func TestAccSecurityLevelResource_lostCreateAnswer(t *testing.T) {
	var log syncBuffer // one JSON line per request, in the order served
	psa := newTestPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedEmpty},
		mockpsa.Options{Logger: slog.New(slog.NewJSONHandler(&log, nil))})
	const cfg = `
resource "autotask_security_level" "pm" {
  name      = "Resilient PMs"
  copy_from = "Project Manager"
}`
	var id int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			PreConfig: func() {
				// The create commits and its answer is lost; then, and not
				// before (the plan queries the entity too), the PSA
				// throttles the next query: the client's lookup of the
				// level by name.
				if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultCommitThenDrop, Op: mockpsa.OpCreate, Method: "POST", Entity: "SecurityLevels",
					Then: &mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 429, RetryAfter: "0", Op: mockpsa.OpQuery, Method: "POST", Entity: "SecurityLevels"}}); err != nil {
					t.Fatalf("inject: %v", err)
				}
				psa.Tenant.ResetCounters()
			},
			Config: cfg,
			Check: resource.ComposeTestCheckFunc(captureID("autotask_security_level.pm", &id), func(*terraform.State) error {
				// counted by listing every level: a map keyed by name
				// would hide a duplicate
				if n := len(levelsNamed(t, psa.Tenant, "Resilient PMs")); n != 1 {
					return fmt.Errorf("%d levels named Resilient PMs, want exactly 1", n)
				}
				if left := psa.Tenant.Faults(); len(left) != 0 {
					return fmt.Errorf("faults never fired: %+v", left)
				}
				// Both fired, the 429 after the drop (it was armed by it).
				if c := psa.Tenant.Counters(); c.Dropped != 1 || c.TooManyRequests != 1 ||
					c.FaultsByKind["commit_then_drop"] != 1 || c.FaultsByKind["status_429_retry_after"] != 1 {
					return fmt.Errorf("counters %+v: want the create's answer dropped once, then one 429", c)
				}
				if _, ok := psa.Tenant.Get("SecurityLevels", id); !ok {
					return fmt.Errorf("state holds id %d, which is not the level created", id)
				}
				return throttledAfterDrop(log.String())
			}),
		}},
	})
}

// throttledAfterDrop checks, in the mock's request log, that the one 429
// answered the level query that followed the lost create (POST
// SecurityLevels/query after the dropped POST SecurityLevels), and that
// nothing was throttled before it.
func throttledAfterDrop(log string) error {
	dropped := -1
	for i, line := range strings.Split(strings.TrimSpace(log), "\n") {
		var r struct {
			Method, Path string
			Status       int
			Dropped      bool
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return fmt.Errorf("request log line %d: %w", i, err)
		}
		switch {
		case r.Dropped && r.Method == "POST" && strings.HasSuffix(r.Path, "/SecurityLevels"):
			dropped = i
		case r.Status == 429 && dropped < 0:
			return fmt.Errorf("request %d (%s %s) was throttled before the create's answer was lost", i, r.Method, r.Path)
		case r.Status == 429:
			if r.Method != "POST" || !strings.HasSuffix(r.Path, "/SecurityLevels/query") {
				return fmt.Errorf("the 429 answered %s %s, not the lookup of the level", r.Method, r.Path)
			}
			return nil
		}
	}
	return fmt.Errorf("no 429 after the lost create in the request log:\n%s", log)
}

// A copy_from that is not known until apply may name another base level:
// the plan replaces the level rather than promise an update that could
// never change the base.
func TestAccSecurityLevelResource_unknownCopyFromReplaces(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(base string) string {
		return fmt.Sprintf(`
resource "terraform_data" "base" {
  input = %q
}
resource "autotask_security_level" "pm" {
  name      = "Computed Base"
  copy_from = terraform_data.base.output
}`, base)
	}
	const pm = "autotask_security_level.pm"
	var first, second int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg("Project Manager"),
				Check:  captureID(pm, &first),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.ProjectManager))),
				},
			},
			{
				Config: cfg("Manager"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectUnknownValue(pm, tfjsonpath.New("copy_from")),
					plancheck.ExpectResourceAction(pm, plancheck.ResourceActionDestroyBeforeCreate),
				}},
				Check: resource.ComposeTestCheckFunc(captureID(pm, &second), replacedBy(psa, &first, &second), oneLevelNamed(t, psa, "Computed Base")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.Manager))),
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("license_type"), knownvalue.StringExact("Executive")),
				},
			},
		},
	})
}

// Names longer than Autotask allows, or empty, fail at plan with the
// validator's message.
func TestAccSecurityLevelResource_nameLength(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(name string) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "x" {
  name      = %q
  copy_from = "Sales"
}`, name)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			// 101 characters and the empty name are rows of TestAccBadConfigurations.
			{ // 100 is allowed
				Config: cfg(strings.Repeat("n", 100)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.x", tfjsonpath.New("name"), knownvalue.StringExact(strings.Repeat("n", 100))),
				},
			},
		},
	})
}

// Importing by a name no level has fails with the provider's message.
func TestAccSecurityLevelResource_importUnknownName(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config: `
resource "autotask_security_level" "ghost" {
  name      = "Ghost Level"
  copy_from = "Sales"
}`,
			ResourceName:  "autotask_security_level.ghost",
			ImportState:   true,
			ImportStateId: "Ghost Level",
			ExpectError:   regexp.MustCompile(`(?s)Security level not found.*` + words(`0 security levels have the name "Ghost Level"`)),
		}},
	})
}

// active = false makes an inactive level; the PSA holds it inactive, the
// plan stays clean, and reactivating it out of band is drift that apply
// puts back.
func TestAccSecurityLevelResource_inactive(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const addr = "autotask_security_level.retired"
	const cfg = `
resource "autotask_security_level" "retired" {
  name      = "Retired Technicians"
  copy_from = "Team Member"
  active    = false
}`
	var id int64
	isActive := func(want bool) resource.TestCheckFunc {
		return func(*terraform.State) error {
			l, ok := psa.Tenant.Get("SecurityLevels", id)
			if !ok || l["isActive"] != want {
				return fmt.Errorf("level %d isActive = %v, want %v", id, l["isActive"], want)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check:  resource.ComposeTestCheckFunc(captureID(addr, &id), isActive(false)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("active"), knownvalue.Bool(false)),
				},
			},
			{
				Config:           cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{"isActive": true}); err != nil {
						t.Fatalf("reactivate out of band: %v", err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(addr, tfjsonpath.New("active"), knownvalue.Bool(false)),
				}},
				Check: isActive(false),
			},
		},
	})
}

// A name or description changed in the Autotask UI shows as an update and
// is put back.
func TestAccSecurityLevelResource_nameAndDescriptionDrift(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var id int64
	cfg := tier1Config("All", "First-line technicians")
	holds := func(name, description string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			l, ok := psa.Tenant.Get("SecurityLevels", id)
			if !ok || l["name"] != name || l["description"] != description {
				return fmt.Errorf("level %d is %q / %q, want %q / %q", id, l["name"], l["description"], name, description)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{Config: cfg, Check: resource.ComposeTestCheckFunc(captureID(tier1, &id), holds("Service Desk - Tier 1", "First-line technicians"))},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", id, map[string]any{"name": "Tier One (renamed in UI)", "description": "edited"}); err != nil {
						t.Fatalf("out-of-band edit: %v", err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(tier1, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(tier1, tfjsonpath.New("name"), knownvalue.StringExact("Service Desk - Tier 1")),
					plancheck.ExpectKnownValue(tier1, tfjsonpath.New("description"), knownvalue.StringExact("First-line technicians")),
				}},
				Check: holds("Service Desk - Tier 1", "First-line technicians"),
			},
		},
	})
}
