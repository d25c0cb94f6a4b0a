package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func TestAccClientPortalSecurityLevelDataSources(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	if _, err := psa.Tenant.Create("ClientPortalSecurityLevels", map[string]any{"name": "Old Taskfire", "type": 2, "isActive": false}); err != nil {
		t.Fatal(err)
	}
	advanced, _ := catalog.PortalLevelByID(catalog.PortalAdvanced)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: `
data "autotask_client_portal_security_level" "advanced" {
  lookup_name = "client portal advanced"
}
data "autotask_client_portal_security_level" "basic" {
  id = 1
}
data "autotask_client_portal_security_level" "finance" {
  lookup_name = "Customer Finance"
}
data "autotask_client_portal_security_levels" "taskfire" {
  type = "taskfire"
}
data "autotask_client_portal_security_levels" "active_taskfire" {
  type   = "taskfire"
  active = true
}
data "autotask_client_portal_security_levels" "custom" {
  system = false
}
data "autotask_contact" "summit" {
  email_address = "lucy.reid@summit.example.org"
}
data "autotask_contact" "by_email" {
  email_address = "laura.finch@northwind.example.org"
}
data "autotask_contact" "northwind" {
  id = data.autotask_contact.by_email.id
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.advanced", tfjsonpath.New("id"), knownvalue.Int64Exact(int64(catalog.PortalAdvanced))),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.advanced", tfjsonpath.New("name"), knownvalue.StringExact(advanced.Name)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.advanced", tfjsonpath.New("system"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.advanced",
						tfjsonpath.New("permissions").AtMapKey("financials").AtMapKey("view_financials"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.basic",
						tfjsonpath.New("permissions").AtMapKey("quotes").AtMapKey("view_approve_quotes"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.basic", tfjsonpath.New("type"), knownvalue.StringExact("client_portal")),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.finance", tfjsonpath.New("system"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_level.finance", tfjsonpath.New(attrAssignable), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_levels.taskfire", tfjsonpath.New("levels"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"name": knownvalue.StringExact("Taskfire Resource"), "type": knownvalue.StringExact("taskfire"),
							"id": knownvalue.Int64Exact(int64(catalog.PortalTaskfireResource))}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"name": knownvalue.StringExact("Taskfire Administrator"), "type": knownvalue.StringExact("taskfire"),
							"id": knownvalue.Int64Exact(int64(catalog.PortalTaskfireAdministrator))}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"name": knownvalue.StringExact("Old Taskfire"), "active": knownvalue.Bool(false)}),
					})),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_levels.active_taskfire", tfjsonpath.New("levels"), knownvalue.ListSizeExact(2)),
					statecheck.ExpectKnownValue("data.autotask_client_portal_security_levels.custom", tfjsonpath.New("levels"), knownvalue.ListSizeExact(2)),
					statecheck.ExpectKnownValue("data.autotask_contact.summit", tfjsonpath.New("company_name"), knownvalue.StringExact("Summit Accounting")),
					statecheck.ExpectKnownValue("data.autotask_contact.summit", tfjsonpath.New("company_taskfire_enabled"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_contact.northwind", tfjsonpath.New("company_taskfire_enabled"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("data.autotask_contact.northwind", tfjsonpath.New("company_name"), knownvalue.StringExact("Northwind Dental")),
				},
			},
			{
				Config: `
data "autotask_client_portal_security_level" "x" {
  lookup_name = "No Such Level"
}`,
				ExpectError: regexp.MustCompile(`(?s)Could not find the Client Portal security level.*` + words(`0 Client Portal security levels have the name "No Such Level"`)),
			},
			{
				Config:      fmt.Sprintf("data \"autotask_contact\" \"x\" {\n  email_address = %q\n}", "nobody@nowhere.example"),
				ExpectError: regexp.MustCompile(words(`0 contacts have the e-mail address "nobody@nowhere.example"`)),
			},
		},
	})
}
