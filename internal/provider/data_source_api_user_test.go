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

// seedRewstUsers adds two Rewst API users out of band, one inactive: the
// audit case of an integration with a leftover credential.
func seedRewstUsers(t *testing.T, psa *testPSA) (active, inactive int64) {
	t.Helper()
	var err error
	active, err = psa.Tenant.Create("ApiUsers", map[string]any{"userName": "rewst@acme.example.com", "firstName": "Rewst", "lastName": "Integration",
		"securityLevelID": int64(catalog.APIUser), "integrationVendor": "Rewst"})
	if err != nil {
		t.Fatal(err)
	}
	inactive, err = psa.Tenant.Create("ApiUsers", map[string]any{"userName": "old-rewst@acme.example.com", "firstName": "Old", "lastName": "Rewst",
		"securityLevelID": int64(catalog.APIUserNoCosts), "integrationVendor": "Rewst", "isActive": false, "email": "ops@acme.example.com"})
	if err != nil {
		t.Fatal(err)
	}
	return active, inactive
}

func TestAccAPIUserDataSources(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	rewst, old := seedRewstUsers(t, psa)
	all, err := psa.Tenant.List("ApiUsers")
	if err != nil || len(all) != 4 {
		t.Fatalf("demo tenant API users: %v %v", len(all), err)
	}
	const one, list = "data.autotask_api_user.sync", "data.autotask_api_users.all"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:      `data "autotask_api_user" "x" {}`,
				ExpectError: regexp.MustCompile(`(?s)Missing Attribute Configuration.*Exactly one of these attributes must be configured: \[id,user_name\]`),
			},
			{
				Config:      `data "autotask_api_user" "x" { user_name = "nobody@acme.example.com" }`,
				ExpectError: regexp.MustCompile(`(?s)API user not found.*0 API users have the user name\s+"nobody@acme.example.com"`),
			},
			{
				Config: `
data "autotask_api_users" "x" {
  vendor        = "rewst"
  internal_name = "Sync"
}`,
				ExpectError: regexp.MustCompile(`(?s)Invalid Attribute Combination`),
			},
			{
				Config: withLevelIDs(fmt.Sprintf(`
data "autotask_api_user" "sync" {
  user_name = "ACCOUNTING-SYNC@acme.example.com"
}
data "autotask_api_user" "rewst" {
  id = %d
}
data "autotask_api_users" "all" {}
data "autotask_api_users" "rewst" {
  vendor = "Rewst"
}
data "autotask_api_users" "rewst_active" {
  vendor = "rewst"
  active = true
}
data "autotask_api_users" "full_access" {
  security_level_id = {{level.APIUser}}
}
data "autotask_api_users" "sync" {
  internal_name = "accounting sync"
}`, rewst)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(one, tfjsonpath.New("user_name"), knownvalue.StringExact("accounting-sync@acme.example.com")),
					statecheck.ExpectKnownValue(one, tfjsonpath.New("security_level_name"), knownvalue.StringExact("API - Accounting Sync")),
					statecheck.ExpectKnownValue(one, tfjsonpath.New("integration"), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"vendor": knownvalue.Null(), "internal_name": knownvalue.StringExact("Accounting Sync")})),
					statecheck.ExpectKnownValue(one, tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(one, tfjsonpath.New("tracking_identifier"), knownvalue.StringRegexp(trackingIdentifierPattern)),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("security_level_name"), knownvalue.StringExact("API User (system)")),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("integration").AtMapKey("vendor"), knownvalue.StringExact("rewst")),
					statecheck.ExpectKnownValue(list, tfjsonpath.New("api_users"), knownvalue.ListSizeExact(len(all))),
					statecheck.ExpectKnownValue("data.autotask_api_users.rewst", tfjsonpath.New("api_users"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(rewst), "active": knownvalue.Bool(true)}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(old), "active": knownvalue.Bool(false),
							"email": knownvalue.StringExact("ops@acme.example.com")}),
					})),
					statecheck.ExpectKnownValue("data.autotask_api_users.rewst_active", tfjsonpath.New("api_users"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(rewst)}),
					})),
					statecheck.ExpectKnownValue("data.autotask_api_users.full_access", tfjsonpath.New("api_users"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"user_name": knownvalue.StringExact(psa.Creds.Username)}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(rewst)}),
					})),
					statecheck.ExpectKnownValue("data.autotask_api_users.sync", tfjsonpath.New("api_users"), knownvalue.ListSizeExact(1)),
				},
			},
		},
	})
}

// The access report lists API users with what their levels let the
// integration do.
func TestAccAccessReportDataSource_apiUsers(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	seedRewstUsers(t, psa)
	const addr = "data.autotask_access_report.r"
	user := func(i int, attr string) tfjsonpath.Path {
		return tfjsonpath.New("api_users").AtSliceIndex(i).AtMapKey(attr)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config: `
data "autotask_access_report" "r" {
  system_levels     = ["Sales"]
  objects           = ["project"]
  include_api_users = true
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("rows"), knownvalue.ListSizeExact(1)),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("api_users"), knownvalue.ListSizeExact(4)),
				// ordered by user name
				statecheck.ExpectKnownValue(addr, user(0, "user_name"), knownvalue.StringExact("accounting-sync@acme.example.com")),
				statecheck.ExpectKnownValue(addr, user(0, "integration"), knownvalue.StringExact("internal: Accounting Sync")),
				statecheck.ExpectKnownValue(addr, user(0, "security_level"), knownvalue.StringExact("API - Accounting Sync")),
				statecheck.ExpectKnownValue(addr, user(1, "user_name"), knownvalue.StringExact("old-rewst@acme.example.com")),
				statecheck.ExpectKnownValue(addr, user(1, "active"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(addr, user(2, "integration"), knownvalue.StringExact("rewst")),
				statecheck.ExpectKnownValue(addr, user(2, "cells").AtMapKey("project.view"), knownvalue.StringExact("All")),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
					`(?s)\| Sales \(system\) \| Mine \|.*### API users.*\| API user \(security level\) \|.*\| rewst@acme\.example\.com \(API User \(system\)\) \| All \|`))),
			},
		}},
	})
}

func TestAccFunctionProfilePermissions(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      `output "x" { value = provider::autotask::profile_permissions("nonesuch") }`,
				ExpectError: regexp.MustCompile(words("\"nonesuch\" is not a built-in integration profile; use one of `rewst`")),
			},
			{
				Config: `
data "autotask_integration_profile" "rewst" {
  name = "rewst"
}
output "rewst" {
  value = provider::autotask::profile_permissions("Rewst")
}
output "same_as_data_source" {
  value = provider::autotask::profile_permissions("rewst") == data.autotask_integration_profile.rewst.least_privilege
}
output "projects" {
  value = provider::autotask::profile_permissions("rewst").projects
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownOutputValueAtPath("rewst", tfjsonpath.New("crm").AtMapKey("companies_view"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownOutputValueAtPath("rewst", tfjsonpath.New("admin").AtMapKey("manage_resources"), knownvalue.Bool(true)),
					statecheck.ExpectKnownOutputValueAtPath("rewst", tfjsonpath.New("admin").AtMapKey("manage_security_levels"), knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValueAtPath("rewst", tfjsonpath.New("other").AtMapKey("view_internal_costs"), knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValueAtPath("projects", tfjsonpath.New("template_view"), knownvalue.StringExact("None")),
					statecheck.ExpectKnownOutputValue("same_as_data_source", knownvalue.Bool(true)),
				},
			},
		},
	})
}
