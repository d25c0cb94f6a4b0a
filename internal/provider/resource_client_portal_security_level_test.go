package provider

import (
	"fmt"
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
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const restricted = "autotask_client_portal_security_level.restricted"

func restrictedConfig(description, deviceAccess string) string {
	return fmt.Sprintf(`
resource "autotask_client_portal_security_level" "restricted" {
  name        = "Customer Staff - No Projects"
  description = %q
  type        = "client_portal"

  tickets = {
    create_service_requests = true
    ticket_visibility       = "All"
  }
  devices = {
    device_access = %q
    device_scope  = "Created or Location"
  }
  device_details = {
    rmm_hostname         = true
    rmm_operating_system = true
  }
}
`, description, deviceAccess)
}

// effPortal addresses one permission in effective_permissions.
func effPortal(group, name string) tfjsonpath.Path {
	return tfjsonpath.New("effective_permissions").AtMapKey(group).AtMapKey(name)
}

// portalField is the API field of a portal permission.
func portalField(t *testing.T, k catalog.Key) string {
	t.Helper()
	p, ok := catalog.PortalPermissionByKey(k)
	if !ok {
		t.Fatalf("no portal permission %s", k)
	}
	return p.Field
}

func portalPick(t *testing.T, k catalog.Key, v catalog.Value) int64 {
	t.Helper()
	p, _ := catalog.PortalPermissionByKey(k)
	o, ok := p.Option(v)
	if !ok {
		t.Fatalf("%s has no option %s", k, v)
	}
	return int64(o.ID)
}

func TestAccClientPortalSecurityLevelResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var id int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			if _, ok := psa.Tenant.Get("ClientPortalSecurityLevels", id); ok {
				return fmt.Errorf("portal level %d still exists", id)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create
				Config: restrictedConfig("Front-desk staff of our customers", "View"),
				Check:  captureID(restricted, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(restricted, tfjsonpath.New("system"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(restricted, tfjsonpath.New("active"), knownvalue.Bool(true)),
					// A new Client Access level is assignable by client users.
					statecheck.ExpectKnownValue(restricted, tfjsonpath.New(attrAssignable), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(restricted, effPortal("general", attrAssignable), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(restricted, effPortal("tickets", "ticket_visibility"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownValue(restricted, effPortal("devices", "device_access"), knownvalue.StringExact("View")),
					statecheck.ExpectKnownValue(restricted, effPortal("device_details", "rmm_hostname"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(restricted, effPortal("device_details", "ssl_valid_until"), knownvalue.Bool(false)),
					// Not configured: a new custom level's values (no projects, quotes off).
					statecheck.ExpectKnownValue(restricted, effPortal("projects", "project_access"), knownvalue.StringExact("None")),
					statecheck.ExpectKnownValue(restricted, effPortal("quotes", "view_approve_quotes"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(restricted, tfjsonpath.New("projects"), knownvalue.Null()),
				},
			},
			{ // import by ID
				ResourceName: restricted, ImportState: true, ImportStateVerify: true,
			},
			{ // import by name
				ResourceName: restricted, ImportState: true, ImportStateVerify: true,
				ImportStateId: "Customer Staff - No Projects",
			},
			{ // an unknown name: a clear error
				ResourceName: restricted, ImportState: true, ImportStateId: "No Such Level",
				ExpectError: regexp.MustCompile(`(?s)Client Portal security level not found.*` + words(`0 Client Portal security levels have the name "No Such Level"`)),
			},
			{ // update
				Config: restrictedConfig("Front-desk staff, device managers", "Add/Edit"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(restricted, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(restricted, effPortal("devices", "device_access"), knownvalue.StringExact("Add/Edit")),
					statecheck.ExpectKnownValue(restricted, tfjsonpath.New("description"), knownvalue.StringExact("Front-desk staff, device managers")),
				},
			},
			{ // drift in a permission the configuration does not name: shown and corrected
				PreConfig: func() {
					if err := psa.Tenant.Patch("ClientPortalSecurityLevels", id, map[string]any{
						portalField(t, catalog.PortalKeyFinancials):    true,
						portalField(t, "portal.ssl_valid_until"):       true,
						portalField(t, catalog.PortalKeyProjectAccess): portalPick(t, catalog.PortalKeyProjectAccess, catalog.All),
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: restrictedConfig("Front-desk staff, device managers", "Add/Edit"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(restricted, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(restricted, effPortal("financials", "view_financials"), knownvalue.Bool(false)),
					plancheck.ExpectKnownValue(restricted, effPortal("device_details", "ssl_valid_until"), knownvalue.Bool(false)),
					plancheck.ExpectKnownValue(restricted, effPortal("projects", "project_access"), knownvalue.StringExact("None")),
				}},
				Check: func(*terraform.State) error {
					got, _ := psa.Tenant.Get("ClientPortalSecurityLevels", id)
					if got[portalField(t, catalog.PortalKeyFinancials)] != false || got[portalField(t, "portal.ssl_valid_until")] != false ||
						got[portalField(t, catalog.PortalKeyProjectAccess)] != portalPick(t, catalog.PortalKeyProjectAccess, catalog.None) {
						return fmt.Errorf("drift not corrected: %v", got)
					}
					return nil
				},
			},
			{ // drift in the assignable flag, which is not configured either
				PreConfig: func() {
					if err := psa.Tenant.Patch("ClientPortalSecurityLevels", id, map[string]any{portalField(t, catalog.PortalKeyAssignable): false}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: restrictedConfig("Front-desk staff, device managers", "Add/Edit"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(restricted, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(restricted, tfjsonpath.New(attrAssignable), knownvalue.Bool(true)),
				}},
			},
			{ // nothing changed: empty plan
				Config: restrictedConfig("Front-desk staff, device managers", "Add/Edit"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(),
				}},
			},
			{ // deleted out of band: recreated
				PreConfig: func() {
					if err := psa.Tenant.Delete("ClientPortalSecurityLevels", id); err != nil {
						t.Fatalf("out-of-band delete: %v", err)
					}
				},
				Config: restrictedConfig("Front-desk staff, device managers", "Add/Edit"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(restricted, plancheck.ResourceActionCreate),
				}},
				Check: captureID(restricted, &id),
			},
		},
	})
}

// Changing the type replaces the level; a Taskfire level starts not
// assignable by client users.
func TestAccClientPortalSecurityLevelResource_typeReplaces(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cfg := func(typ string) string {
		return fmt.Sprintf(`
resource "autotask_client_portal_security_level" "it" {
  name = "Customer IT"
  type = %q
}`, typ)
	}
	const it = "autotask_client_portal_security_level.it"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg("client_portal"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(it, tfjsonpath.New(attrAssignable), knownvalue.Bool(true)),
				},
			},
			{
				Config: cfg("taskfire"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(it, plancheck.ResourceActionReplace),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(it, tfjsonpath.New("type"), knownvalue.StringExact("taskfire")),
					statecheck.ExpectKnownValue(it, tfjsonpath.New(attrAssignable), knownvalue.Bool(false)),
				},
			},
		},
	})
}

// Quotes: on for every system level except Client Portal Basic, off on a
// new custom level (seed 004). Each system level imports read-only with an
// empty plan, by ID and by name.
func TestAccClientPortalSecurityLevelResource_systemLevels(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	for _, l := range catalog.PortalLevels() {
		t.Run(l.Name, func(t *testing.T) {
			typ := portalTypeClientPortal
			if l.Type == catalog.PortalTaskfire {
				typ = portalTypeTaskfire
			}
			cfg := fmt.Sprintf(`
resource "autotask_client_portal_security_level" "sys" {
  name = %q
  type = %q
}`, l.Name, typ)
			const sys = "autotask_client_portal_security_level.sys"
			quotes := l.Defaults()[catalog.PortalKeyQuotes].IsYes()
			if want := l.ID != catalog.PortalBasic; quotes != want {
				t.Fatalf("catalogue: quotes on %s = %t, want %t", l.Name, quotes, want)
			}
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: psa.factories(),
				Steps: []resource.TestStep{
					{
						Config: cfg, ResourceName: sys, ImportState: true, ImportStateId: l.Name, ImportStatePersist: true,
						ImportStateCheck: func(states []*terraform.InstanceState) error {
							if len(states) != 1 || states[0].Attributes["system"] != "true" || states[0].ID != strconv.Itoa(int(l.ID)) {
								return fmt.Errorf("imported %v", states)
							}
							return nil
						},
					},
					{
						Config:           cfg,
						ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
						ConfigStateChecks: []statecheck.StateCheck{
							statecheck.ExpectKnownValue(sys, effPortal("quotes", "view_approve_quotes"), knownvalue.Bool(quotes)),
						},
					},
					{
						Config: `
removed {
  from = autotask_client_portal_security_level.sys
  lifecycle {
    destroy = false
  }
}`,
					},
				},
			})
		})
	}
}

// A system portal level is read-only: any edit fails at plan (AT101), and
// destroying it only forgets it.
func TestAccClientPortalSecurityLevelResource_systemLevelIsReadOnly(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const mgr = "autotask_client_portal_security_level.mgr"
	cfg := func(extra string) string {
		return `
resource "autotask_client_portal_security_level" "mgr" {
  name = "Client Portal Manager"
  type = "client_portal"
` + extra + `
}`
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg(""), ResourceName: mgr, ImportState: true,
				ImportStateId: strconv.Itoa(int(catalog.PortalManager)), ImportStatePersist: true,
			},
			{
				Config:      cfg(`quotes = { view_approve_quotes = false }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT101: System portal level.*read-only`),
			},
			{
				Config:      cfg(`description = "Ours now"`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT101: System portal level.*its description cannot be changed`),
			},
			{
				Config:      cfg(`active = false`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT101: System portal level.*cannot be made inactive`),
			},
			{ // destroy is never blocked by a rule: it only forgets the level
				Config:  cfg(""),
				Destroy: true,
			},
			{
				Config: `
removed {
  from = autotask_client_portal_security_level.mgr
  lifecycle {
    destroy = false
  }
}`,
			},
		},
	})
}

// One failing configuration per rule of the seed page, each matched on its
// own rule ID and the provider's own words; and the same level without the
// offending setting plans cleanly.
func TestAccClientPortalSecurityLevelResource_rules(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cases := []struct {
		rule, typ, body, words string
		warning                bool
	}{
		{evaluate.RulePortalTaskfireAssign, "taskfire", `assignable_by_client_user = true`, `"Allow this Security Level to be Assigned by a Client User" (portal.assignable_by_client_user) applies only to Client Access levels`, false},
		{evaluate.RulePortalTaskfirePriority, "taskfire", `tickets = {
    create_service_requests       = true
    set_service_provider_priority = true
  }`, `"User can set Service Provider Priority on ticket creation" (portal.set_service_provider_priority) applies only to Client Access levels`, false},
		{evaluate.RulePortalTaskfireSetup, "client_portal", `taskfire = { taskfire_setup = true }`, `"Taskfire Setup" (portal.taskfire_setup) applies only to Taskfire levels`, false},
		{evaluate.RulePortalNoDevicesScope, "client_portal", `devices = { device_scope = "All" }`, `"User sees" (portal.device_scope) must be "None" while "Devices" (portal.device_access) is "None"`, false},
		{evaluate.RulePortalNoProjectAccess, "client_portal", `projects = { view_project_charges = true }`, `"User can view Project Charges" (portal.view_project_charges) has no effect while "Project Security Access" (portal.project_access) is "None"`, true},
		{evaluate.RulePortalDeviceDetails, "taskfire", `device_details = { ssl_valid_until = true }`, `"SSL Valid Until" (portal.ssl_valid_until) has no effect while "Devices" (portal.device_access) is "None"`, true},
		{evaluate.RulePortalPriorityNoCreate, "client_portal", `tickets = { set_service_provider_priority = true }`, `has no effect while "User is able to create new Service Requests" (portal.create_service_requests) is "No"`, true},
		{evaluate.RulePortalFinancials, "client_portal", `financials = { view_financials = true }`, `can see invoices and financial reports, and pay invoices`, true},
		{evaluate.RulePortalManageLogins, "client_portal", `account = { manage_portal_logins = true }`, `can create portal logins, assign levels and reset their passwords`, true},
	}
	var steps []resource.TestStep
	for _, c := range cases {
		cfg := fmt.Sprintf(`
resource "autotask_client_portal_security_level" "x" {
  name = "Rule %s"
  type = %q
  %s
}`, c.rule, c.typ, c.body)
		re := regexp.MustCompile(`(?s)Error: ` + c.rule + `: [^\n]*` + regexp.QuoteMeta(c.words))
		if c.warning {
			// A warning does not fail the plan: raised to an error it must.
			cfg = fmt.Sprintf("provider \"autotask\" {\n  rule_severity = { %s = \"error\" }\n}\n", c.rule) + cfg
		}
		steps = append(steps, resource.TestStep{Config: cfg, PlanOnly: true, ExpectError: re})
	}
	// The same kind of level without offending settings plans cleanly.
	steps = append(steps, resource.TestStep{
		Config: `
resource "autotask_client_portal_security_level" "x" {
  name = "Clean"
  type = "taskfire"
  tickets = {
    create_service_requests        = true
    view_service_provider_priority = true
  }
  taskfire = { taskfire_setup = true }
  devices = {
    device_access = "View"
    device_scope  = "All"
  }
  device_details = { ssl_valid_until = true }
}`,
		ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
			plancheck.ExpectResourceAction("autotask_client_portal_security_level.x", plancheck.ResourceActionCreate),
		}},
	})
	resource.Test(t, resource.TestCase{ProtoV6ProviderFactories: psa.factories(), Steps: steps})
}

// The PSA commits a create and the answer is lost: the apply still ends
// with exactly one level, found by its name.
func TestAccClientPortalSecurityLevelResource_lostCreateAnswer(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			PreConfig: func() {
				if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultCommitThenDrop, Method: "POST", Entity: "ClientPortalSecurityLevels"}); err != nil {
					t.Fatal(err)
				}
			},
			Config: `
resource "autotask_client_portal_security_level" "r" {
  name = "Resilient Portal Level"
  type = "client_portal"
}`,
			Check: func(*terraform.State) error {
				all, err := psa.Tenant.List("ClientPortalSecurityLevels")
				if err != nil {
					return err
				}
				n := 0
				for _, l := range all {
					if l["name"] == "Resilient Portal Level" {
						n++
					}
				}
				if n != 1 {
					return fmt.Errorf("%d levels named Resilient Portal Level, want exactly 1", n)
				}
				if left := psa.Tenant.Faults(); len(left) != 0 {
					return fmt.Errorf("fault never fired: %+v", left)
				}
				return nil
			},
		}},
	})
}

// A portal level name that exists in the PSA but not in state is caught at
// plan, with the import block that adopts it; the block works as given. A
// system level's name and a rename onto a taken name are refused at plan.
func TestAccClientPortalSecurityLevelResource_nameTakenAtPlan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	finance := mustCreate(t, psa.Tenant, "ClientPortalSecurityLevels", map[string]any{"name": "Customer Finance", "type": 1,
		portalField(t, catalog.PortalKeyFinancials): true})
	level := func(name string) string {
		return fmt.Sprintf(`
resource "autotask_client_portal_security_level" "l" {
  name = %q
  type = "client_portal"
  financials = {
    view_financials = true
  }
}
`, name)
	}
	other := func(name string) string {
		return strings.ReplaceAll(level(name), `"l"`, `"other"`)
	}
	const addr = "autotask_client_portal_security_level.l"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:   level("customer finance"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: ` + words(fmt.Sprintf(`A Client Portal security level named "customer finance" already exists in Autotask (ID %d)`, finance)) +
					`.*` + words(fmt.Sprintf(`import { to = autotask_client_portal_security_level.<name of this resource> id = "%d" }`, finance))),
			},
			{
				Config:      level("client portal basic"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: The name "client portal basic" is taken.*` + words(`"Client Portal Basic" is the system Client Portal security level 1;`)),
			},
			{ // the import block from the message adopts the level
				Config: level("Customer Finance") + "\nimport {\n  to = " + addr + "\n  id = \"Customer Finance\"\n}\n",
				Check:  resource.TestCheckResourceAttr(addr, "id", strconv.FormatInt(finance, 10)),
			},
			{
				Config: level("Customer Finance") + other("Customer Staff"),
				Check: func(*terraform.State) error { // adopted, never duplicated
					all, err := psa.Tenant.List("ClientPortalSecurityLevels")
					if err != nil {
						return err
					}
					var named []any
					for _, l := range all {
						if strings.EqualFold(fmt.Sprint(l["name"]), "Customer Finance") {
							named = append(named, l["id"])
						}
					}
					if len(named) != 1 || named[0] != finance {
						return fmt.Errorf("portal levels named Customer Finance: %v, want only %d", named, finance)
					}
					return nil
				},
			},
			{ // the second level renamed onto the first one's name
				Config:      level("Customer Finance") + other("customer finance"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: The name "customer finance" is taken.*` + words(fmt.Sprintf(`The Client Portal security level "Customer Finance" (ID %d, active) already has it`, finance))),
			},
		},
	})
}

// Autotask refuses to delete a portal level that logins still have; the
// destroy fails with the logins named and what to do, and leaves the
// level as it was.
func TestAccClientPortalSecurityLevelResource_deleteAssigned(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const cfg = `
resource "autotask_client_portal_security_level" "it" {
  name = "Customer IT"
  type = "client_portal"
}`
	var id, login int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{Config: cfg, Check: captureID("autotask_client_portal_security_level.it", &id)},
			{
				PreConfig: func() {
					login = mustCreate(t, psa.Tenant, "ClientPortalUsers", map[string]any{"contactID": handMadeCustomer(t, psa.Tenant),
						"userName": "george.hart@summit.example.org", "password": "Hand-made-1", "securityLevel": id, "dateFormat": 2})
				},
				Config: cfg, Destroy: true,
				ExpectError: regexp.MustCompile(`(?s)Could not delete Client Portal security level "Customer IT".*george\.hart@summit\.example\.org.*give them\s+another\s+level\s+first`),
			},
			{
				PreConfig: func() {
					if err := psa.Tenant.Patch("ClientPortalUsers", login, map[string]any{"securityLevel": int64(catalog.PortalBasic)}); err != nil {
						t.Fatalf("move the login: %v", err)
					}
				},
				// The failed destroy left the level in place and unchanged.
				Config:           cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}
