package provider

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
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
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	var id int64
	eff := func(module, name string) tfjsonpath.Path {
		return tfjsonpath.New("effective_permissions").AtMapKey(module).AtMapKey(name)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
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
	newTestPSA(t, mockpsa.SeedEmpty)
	cfg := func(copyFrom string) string {
		return fmt.Sprintf(`
resource "autotask_security_level" "pm" {
  name      = "Project Leads"
  copy_from = %q
}`, copyFrom)
	}
	const pm = "autotask_security_level.pm"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg("Project Manager")},
			{ // same level, other spelling: an in-place update of the string, never a replacement
				Config: cfg("project manager (system)"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(pm, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.ProjectManager))),
				},
			},
			{ // another base level: replace
				Config: cfg("Manager"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(pm, plancheck.ResourceActionReplace),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(pm, tfjsonpath.New("license_type"), knownvalue.StringExact("Executive")),
				},
			},
		},
	})
}

func TestAccSecurityLevelResource_planTimeRules(t *testing.T) {
	newTestPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
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
	newTestPSA(t, mockpsa.SeedEmpty)
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
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
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
			{
				Config:      cfg("Mine"),
				Destroy:     true,
				ExpectError: regexp.MustCompile(`AT102`),
			},
			{ // the way out: forget it without destroying
				Config: `
removed {
  from = autotask_security_level.sales
  lifecycle {
    destroy = false
  }
}`,
			},
		},
	})
}

// A level still assigned to resources cannot be deleted; the error names
// them, and the destroy succeeds once they are moved.
func TestAccSecurityLevelResource_deleteAssigned(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedDemo)
	var id int64
	var tech int64
	const cfg = `
resource "autotask_security_level" "night" {
  name      = "Night Shift"
  copy_from = "Team Member"
}`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg, Check: captureID("autotask_security_level.night", &id)},
			{
				PreConfig: func() {
					res, err := psa.Tenant.List("Resources")
					if err != nil || len(res) == 0 {
						t.Fatalf("list resources: %v", err)
					}
					for _, r := range res {
						if lic, _ := r["licenseType"].(int64); lic != 2 {
							tech = r["id"].(int64)
							break
						}
					}
					if err := psa.Tenant.Patch("Resources", tech, map[string]any{"securityLevelID": id}); err != nil {
						t.Fatalf("assign: %v", err)
					}
				},
				Config: cfg, Destroy: true,
				ExpectError: regexp.MustCompile(`(?s)assigned to resources.*\(amorgan\).*move them to another level`),
			},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("Resources", tech, map[string]any{"securityLevelID": int64(catalog.TeamMember)}); err != nil {
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
// security administration away from that level (AT401) or destroying it
// (AT402) fails at plan, so no apply can lock Terraform out.
func TestAccSecurityLevelResource_selfLockOut(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
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
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg(true), Check: captureID("autotask_security_level.tf", &id)},
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
			{ // nor can that level be destroyed (AT402)
				Config:      cfg(true),
				Destroy:     true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT402:`),
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
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	for i := range catalog.MaxAPILicenseLevels - 2 {
		if _, err := psa.Tenant.Create("SecurityLevels", map[string]any{
			"name": fmt.Sprintf("Integration %02d", i), "copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts),
		}); err != nil {
			t.Fatalf("seed level %d: %v", i, err)
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
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

// The PSA commits a create and the answer is lost, and then it throttles:
// the apply still succeeds with exactly one level, found by its name. The
// faults are armed when the create arrives, so they hit it and the lookup
// after it, not the plan's queries of the same entity.
func TestAccSecurityLevelResource_lostCreateAnswer(t *testing.T) {
	var arm *armOnCreate
	psa := newTestPSAWith(t, mockpsa.SeedEmpty, func(ten *mockpsa.Tenant, h http.Handler) http.Handler {
		arm = &armOnCreate{next: h, ten: ten, entity: "SecurityLevels", faults: []mockpsa.Fault{
			{Kind: mockpsa.FaultCommitThenDrop, Method: "POST", Entity: "SecurityLevels"},
			{Kind: mockpsa.FaultStatus, Status: 429, RetryAfter: "0", Method: "POST", Entity: "SecurityLevels"},
		}}
		return arm
	})
	const cfg = `
resource "autotask_security_level" "pm" {
  name      = "Resilient PMs"
  copy_from = "Project Manager"
}`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: cfg,
			Check: func(*terraform.State) error {
				n := 0
				for name := range customLevels(t, psa.Tenant) {
					if name == "Resilient PMs" {
						n++
					}
				}
				if n != 1 {
					return fmt.Errorf("%d levels named Resilient PMs, want exactly 1", n)
				}
				if left := psa.Tenant.Faults(); len(left) != 0 || arm.err != nil {
					return fmt.Errorf("faults never fired: %+v (%w)", left, arm.err)
				}
				if c := psa.Tenant.Counters(); c.Dropped != 1 || c.TooManyRequests != 1 || c.ByMethod["GET"] != 0 {
					return fmt.Errorf("counters %+v: want the create dropped once, one 429 and no GET", c)
				}
				return nil
			},
		}},
	})
}
