package provider

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

func TestAccFunctionEffectivePermissions(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: withLevelIDs(`
output "sd" {
  value = provider::autotask::effective_permissions("Service Desk User", { projects = { project_view = "all", template_add = false } })
}
output "plain" {
  value = provider::autotask::effective_permissions("{{level.Contractor}}", null)
}`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownOutputValueAtPath("sd", tfjsonpath.New("projects").AtMapKey("project_view"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownOutputValueAtPath("sd", tfjsonpath.New("projects").AtMapKey("template_add"), knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValueAtPath("sd", tfjsonpath.New("projects").AtMapKey("task_notes_edit"), knownvalue.StringExact("All")),
					statecheck.ExpectKnownOutputValueAtPath("plain", tfjsonpath.New("projects").AtMapKey("charges_add"), knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValueAtPath("plain", tfjsonpath.New("projects").AtMapKey("expenses_add"), knownvalue.Bool(true)),
				},
			},
			{
				Config:      `output "x" { value = provider::autotask::effective_permissions("Wizard", {}) }`,
				ExpectError: regexp.MustCompile(`"Wizard" is not a system\s+security\s+level`),
			},
			{
				Config:      `output "x" { value = provider::autotask::effective_permissions("Sales", { projects = { project_view = "Some" } }) }`,
				ExpectError: regexp.MustCompile(`(?s)projects.project_view: "Some" is not\s+allowed; use\s+one\s+of\s+"None",\s+"Mine",\s+"All"`),
			},
			{
				Config:      `output "x" { value = provider::autotask::effective_permissions("Sales", { billing = {} }) }`,
				ExpectError: regexp.MustCompile(`"billing" is not a\s+permission\s+module`),
			},
		},
	})
}

func TestAccFunctionCanAccess(t *testing.T) {
	t.Parallel()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
locals {
  locked = provider::autotask::effective_permissions("Service Desk User", { projects = { project_view = "None" } })
}
output "sales_owner" {
  value = provider::autotask::can_access("Sales", "view", "project", ["account_manager"])
}
output "sales_stranger" {
  value = provider::autotask::can_access("Sales", "view", "project", [])
}
output "none_wins" {
  value = provider::autotask::can_access(local.locked, "view", "project", ["team_member"])
}
output "manager_all" {
  value = provider::autotask::can_access("Manager", "view", "project", null)
}
output "contractor_charge" {
  value = provider::autotask::can_access("Contractor", "add", "charge", [])
}
output "contractor_expense" {
  value = provider::autotask::can_access("Contractor", "add", "expense", [])
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownOutputValue("sales_owner", knownvalue.Bool(true)),
					statecheck.ExpectKnownOutputValue("sales_stranger", knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValue("none_wins", knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValue("manager_all", knownvalue.Bool(true)),
					statecheck.ExpectKnownOutputValue("contractor_charge", knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValue("contractor_expense", knownvalue.Bool(true)),
				},
			},
			{ // the provider's own words, not terraform's echo of the call
				Config:      `output "x" { value = provider::autotask::can_access("Sales", "view", "project", ["best_friend"]) }`,
				ExpectError: regexp.MustCompile(`(?s)"best_friend"\s+is\s+not\s+an\s+association;\s+use\s+` + strings.Join(evaluate.AssociationNames(), `,\s+`) + `,\s+or\s+"internal"\s+for\s+an\s+internal\s+object`),
			},
			{
				Config:      `output "x" { value = provider::autotask::can_access("Sales", "fly", "project", []) }`,
				ExpectError: regexp.MustCompile(`(?s)unknown\s+action\s+"fly";\s+use\s+view,\s+add,\s+edit\s+or\s+delete`),
			},
			{
				Config:      `output "x" { value = provider::autotask::can_access("Sales", "view", "spaceship", []) }`,
				ExpectError: regexp.MustCompile(`(?s)unknown\s+object\s+kind\s+"spaceship";\s+use\s+one\s+of`),
			},
		},
	})
}
