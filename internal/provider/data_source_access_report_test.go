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
	t.Parallel()
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
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
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
	psa := newParallelPSA(t, mockpsa.SeedDemo)
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
		ProtoV6ProviderFactories: psa.factories(),
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

// With include_api_users the least-privilege rules judge every active API
// user whose integration is known: with the extension a user carrying a
// built-in vendor's tracking identifier is judged against that vendor's
// profile unasked, api_user_profiles names the others (a custom level read
// through the extension is judged too); a name that is no API user, a
// profile without include_api_users and an unknown profile are errors.
func TestAccAccessReportDataSource_apiUserFindings(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	if _, err := psa.Tenant.Create("ApiUsers", map[string]any{"userName": "rewst@acme.example.com", "firstName": "Rewst", "lastName": "Automation",
		"securityLevelID": int64(catalog.APIUser), "integrationVendor": "Rewst", "secret": "Rewst-secret-1"}); err != nil {
		t.Fatal(err)
	}
	const addr = "data.autotask_access_report.r"
	finding := func(rule, object string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(addr, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
			`(?m)^\| `+rule+` \| [a-z]+ \| `+regexp.QuoteMeta(object)+` \|`)))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: `
data "autotask_access_report" "r" {
  include_api_users = true
  api_user_profiles = { "nobody@acme.example.com" = "rewst" }
}`,
				ExpectError: regexp.MustCompile(`(?s)Not an API user.*"nobody@acme.example.com" is not the user name of an API user`),
			},
			{
				Config: `
data "autotask_access_report" "r" {
  include_custom    = true
  api_user_profiles = { "rewst@acme.example.com" = "rewst" }
}`,
				ExpectError: regexp.MustCompile(`api_user_profiles needs include_api_users`),
			},
			{
				Config: `
data "autotask_access_report" "r" {
  include_api_users = true
  api_user_profiles = { "rewst@acme.example.com" = "rewsst" }
}`,
				ExpectError: regexp.MustCompile(`(?s)Invalid Attribute Value Match`),
			},
			{
				Config: `
data "autotask_access_report" "r" {
  objects           = ["project"]
  include_api_users = true
  api_user_profiles = { "Accounting-Sync@acme.example.com" = "rewst" }
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					finding("AT203", `API user "rewst@acme.example.com"`),
					finding("AT202", `API user "rewst@acme.example.com"`),
					finding("AT202", `API user "accounting-sync@acme.example.com"`),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("api_users"), knownvalue.ListPartial(map[int]knownvalue.Check{
						0: knownvalue.ObjectPartial(map[string]knownvalue.Check{"user_name": knownvalue.StringExact("accounting-sync@acme.example.com"),
							"integration": knownvalue.StringExact("internal: Accounting Sync")}),
						1: knownvalue.ObjectPartial(map[string]knownvalue.Check{"user_name": knownvalue.StringExact("rewst@acme.example.com"),
							"integration": knownvalue.StringExact("rewst")}),
					})),
				},
				Check: resource.TestCheckResourceAttrWith(addr, "markdown", func(md string) error {
					if strings.Contains(md, "Not judged") {
						return fmt.Errorf("with the extension every custom level can be judged:\n%s", md)
					}
					return nil
				}),
			},
		},
	})
}
