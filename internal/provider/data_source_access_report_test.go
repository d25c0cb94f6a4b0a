package provider

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func TestAccAccessReportDataSource_systemOnly(t *testing.T) {
	const addr = "data.autotask_access_report.r"
	row := func(i int, key string) tfjsonpath.Path {
		return tfjsonpath.New("rows").AtSliceIndex(i).AtMapKey("cells").AtMapKey(key)
	}
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "autotask_access_report" "r" {
  system_levels = ["Sales", "Contractor", "Manager"]
  objects       = ["project", "charge", "expense"]
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("rows"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("rows").AtSliceIndex(0).AtMapKey("level"), knownvalue.StringExact("Sales (system)")),
					statecheck.ExpectKnownValue(addr, row(0, "project.view"), knownvalue.StringExact("Mine")),
					statecheck.ExpectKnownValue(addr, row(0, "project.add"), knownvalue.StringExact("Yes")),
					statecheck.ExpectKnownValue(addr, row(1, "project.view"), knownvalue.StringExact("None")),
					statecheck.ExpectKnownValue(addr, row(1, "charge.add"), knownvalue.StringExact("No")),
					statecheck.ExpectKnownValue(addr, row(1, "expense.add"), knownvalue.StringExact("Yes")),
					statecheck.ExpectKnownValue(addr, row(2, "project.view"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("columns").AtSliceIndex(0).AtMapKey("label"), knownvalue.StringExact("Project: View")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(`(?m)^\| Sales \(system\) \| Mine \|`))),
				},
			},
		},
	})
}

func TestAccAccessReportDataSource_custom(t *testing.T) {
	newTestPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "autotask_access_report" "r" {
  include_custom = true
  objects        = ["project"]
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_access_report.r", tfjsonpath.New("rows"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue("data.autotask_access_report.r", tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(`Legacy Helpdesk`))),
				},
			},
			{
				Config:      `data "autotask_access_report" "r" { objects = ["spaceship"] }`,
				ExpectError: regexp.MustCompile(`Unknown object kind`),
			},
		},
	})
}

// With include_users the report lists every user with their level,
// protected-data access and portal level, in its structured output and its
// Markdown; administrators and API users show their all-four default.
func TestAccAccessReportDataSource_users(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedDemo)
	resources, _ := psa.Tenant.List("Resources")
	portalUsers, _ := psa.Tenant.List("ClientPortalUsers")
	var names []string
	apiLicense, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	for _, r := range resources {
		if r["licenseType"] != int64(apiLicense.ID) { // people, not API users
			names = append(names, strings.ToLower(fmt.Sprint(r["userName"])))
		}
	}
	sort.Strings(names)
	jdoe := slices.Index(names, "jdoe")
	admin, _ := catalog.SystemLevelByID(catalog.SystemAdministrator)
	sdu, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	manager, _ := catalog.PortalLevelByID(catalog.PortalManager)
	user := func(i int, key string) tfjsonpath.Path { return tfjsonpath.New("users").AtSliceIndex(i).AtMapKey(key) }
	const addr = "data.autotask_access_report.r"
	md := func(line string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(addr, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(line)+`$`)))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
resource "autotask_protected_data_access" "jdoe" {
  user_name      = "jdoe"
  view_protected = true
}

data "autotask_access_report" "r" {
  system_levels = ["Service Desk User"]
  objects       = ["ticket"]
  include_users = true
  depends_on    = [autotask_protected_data_access.jdoe]
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("users"), knownvalue.ListSizeExact(len(resources)+len(portalUsers))),
				statecheck.ExpectKnownValue(addr, user(jdoe, "user_name"), knownvalue.StringExact("jdoe")),
				statecheck.ExpectKnownValue(addr, user(jdoe, "security_level"), knownvalue.StringExact(sdu.DisplayName)),
				statecheck.ExpectKnownValue(addr, user(jdoe, "portal_level"), knownvalue.Null()),
				statecheck.ExpectKnownValue(addr, user(jdoe, "protected_data"), knownvalue.ObjectExact(map[string]knownvalue.Check{
					"view_protected": knownvalue.Bool(true), "edit_protected": knownvalue.Bool(false),
					"view_unprotected": knownvalue.Bool(true), "edit_unprotected": knownvalue.Bool(true)})),
				statecheck.ExpectKnownValue(addr, user(jdoe, "protected_data_is_default"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(addr, user(len(resources), "kind"), knownvalue.StringExact("client_portal")),
				statecheck.ExpectKnownValue(addr, user(len(resources), "portal_level"), knownvalue.StringExact(manager.Name)),
				statecheck.ExpectKnownValue(addr, user(len(resources), "protected_data"), knownvalue.Null()),
				// the level matrix comes first, then the users
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(`(?s)^\| Security level \|.*\n\n\| User \| Name \|`))),
				md("| jdoe | Jane Doe | resource | Yes | " + sdu.DisplayName + " | View | View + edit | — |"),
				md("| amorgan | Alex Morgan | resource | Yes | " + admin.DisplayName + " | View + edit (default for Administrator) | View + edit | — |"),
				md("| " + psa.Creds.Username + " | Terraform Automation | api_user | Yes | API User (system) | View + edit (default for API User) | View + edit | — |"),
				md("| portal-user-1@customer.example.org | — | client_portal | Yes | — | — | — | " + manager.Name + " |"),
			},
		}},
	})
}
