package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestAccSystemSecurityLevelsDataSource_basic(t *testing.T) {
	t.Parallel()
	const addr = "data.autotask_system_security_levels.all"
	level := func(i int) tfjsonpath.Path { return tfjsonpath.New("levels").AtSliceIndex(i) }
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `data "autotask_system_security_levels" "all" {}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("levels"), knownvalue.ListSizeExact(15)),
				// Sales: projects view Mine, add Yes (vendor table).
				statecheck.ExpectKnownValue(addr, level(7).AtMapKey("name"), knownvalue.StringExact("Sales")),
				statecheck.ExpectKnownValue(addr, level(7).AtMapKey("permissions").AtMapKey("projects").AtMapKey("project_view"), knownvalue.StringExact("Mine")),
				statecheck.ExpectKnownValue(addr, level(7).AtMapKey("permissions").AtMapKey("projects").AtMapKey("project_add"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue(addr, level(7).AtMapKey("permissions").AtMapKey("projects").AtMapKey("template_add"), knownvalue.Bool(false)),
				// Contractor: charges and expenses differ on Add.
				statecheck.ExpectKnownValue(addr, level(11).AtMapKey("name"), knownvalue.StringExact("Contractor")),
				statecheck.ExpectKnownValue(addr, level(11).AtMapKey("permissions").AtMapKey("projects").AtMapKey("charges_add"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(addr, level(11).AtMapKey("permissions").AtMapKey("projects").AtMapKey("expenses_add"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue(addr, level(11).AtMapKey("license_type"), knownvalue.StringExact("Contractor")),
				// API User Can't Read Costs: API-only, cannot see costs.
				statecheck.ExpectKnownValue(addr, level(3).AtMapKey("display_name"), knownvalue.StringExact("API User (system) Can't Read Costs")),
				statecheck.ExpectKnownValue(addr, level(3).AtMapKey("id"), knownvalue.Int64Exact(int64(catalog.APIUserNoCosts))),
				statecheck.ExpectKnownValue(addr, level(3).AtMapKey("api_only"), knownvalue.Bool(true)),
				statecheck.ExpectKnownValue(addr, level(3).AtMapKey("permissions").AtMapKey("other").AtMapKey("view_internal_costs"), knownvalue.Bool(false)),
				// Dashboard User cannot be copied.
				statecheck.ExpectKnownValue(addr, level(14).AtMapKey("name"), knownvalue.StringExact("Dashboard User")),
				statecheck.ExpectKnownValue(addr, level(14).AtMapKey("copyable"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(addr, level(0).AtMapKey("permissions").AtMapKey("projects").AtMapKey("time_entry_task_scope"), knownvalue.StringExact("All Tasks")),
				statecheck.ExpectKnownValue(addr, level(0).AtMapKey("editable"), knownvalue.Bool(false)),
			},
		}},
	})
}
