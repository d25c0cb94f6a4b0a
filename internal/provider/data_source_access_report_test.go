package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

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
