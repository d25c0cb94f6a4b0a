package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

func TestAccIntegrationProfileDataSource_rewst(t *testing.T) {
	t.Parallel()
	const addr = "data.autotask_integration_profile.rewst"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `data "autotask_integration_profile" "rewst" { name = "Rewst" }`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("vendor"), knownvalue.StringExact("Rewst")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("recommended_level_name"), knownvalue.StringExact("Rewst Automation")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("base_level"), knownvalue.StringExact("API User Can't Read Costs")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("endpoints"), knownvalue.Int64Exact(64)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("categories"), knownvalue.ListSizeExact(8)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("categories").AtSliceIndex(6).AtMapKey("name"), knownvalue.StringExact("Ticket & Ticket Notes")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("categories").AtSliceIndex(6).AtMapKey("endpoints"), knownvalue.Int64Exact(16)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("required_permissions").AtMapKey("admin.manage_resources"), knownvalue.StringExact("Yes")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("least_privilege").AtMapKey("admin").AtMapKey("manage_resources"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("least_privilege").AtMapKey("admin").AtMapKey("manage_security_levels"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("least_privilege").AtMapKey("projects").AtMapKey("project_view"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("least_privilege").AtMapKey("other").AtMapKey("view_internal_costs"), knownvalue.Bool(false)),
				},
			},
		},
	})
}

func TestAccIntegrationProfileDataSource_unknownName(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      `data "autotask_integration_profile" "x" { name = "nosuch" }`,
			ExpectError: regexp.MustCompile(`(?s)Attribute name value must be one of.*rewst`),
		}},
	})
}
