package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// levelsNamed counts, by listing every security level of the tenant, the
// levels with that name (case-insensitively, as Autotask compares names).
func levelsNamed(t *testing.T, ten *mockpsa.Tenant, name string) []int64 {
	t.Helper()
	all, err := ten.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, l := range all {
		if strings.EqualFold(fmt.Sprint(l["name"]), name) {
			ids = append(ids, l["id"].(int64))
		}
	}
	return ids
}

// A level that exists in the PSA but not in state — left by an interrupted
// apply — is named at plan time with its ID and the import block; with
// adopt_existing it is adopted when its settings match, and refused when
// they do not.
func TestAccSecurityLevelResource_orphan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	orphan, err := psa.Tenant.Create("SecurityLevels", map[string]any{
		"name": "Orphaned Ops", "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser),
		wireField(t, catalog.KeyProjectView): wirePicklist(t, catalog.KeyProjectView, catalog.Mine),
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := func(adopt bool, description string) string {
		return fmt.Sprintf(`
provider "autotask" {
  adopt_existing = %t
}

resource "autotask_security_level" "ops" {
  name        = "Orphaned Ops"
  description = %q
  copy_from   = "Service Desk User"
  projects = {
    project_view = "Mine"
  }
}`, adopt, description)
	}
	const ops = "autotask_security_level.ops"
	var adopted int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // adopt_existing off: the plan names the orphan, its ID and the import block
				Config:   cfg(false, ""),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)Error: A security level named "Orphaned Ops" already exists in\s+Autotask \(ID %d\).*`+
					`import \{\s+to = autotask_security_level.<name of this resource>\s+id = "%d"\s+\}.*adopt_existing`, orphan, orphan)),
			},
			{ // adopt_existing on, but the settings differ: an error listing the differences
				Config:   cfg(true, "Operations team"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)already exists in Autotask \(ID %d\) with\s+other settings.*`+
					`description: "" in Autotask, "Operations team" configured`, orphan)),
			},
			{ // matching settings: adopted, no second level
				Config: cfg(true, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(ops, plancheck.ResourceActionCreate),
				}},
				Check: resource.ComposeTestCheckFunc(
					captureID(ops, &adopted),
					func(*terraform.State) error {
						if adopted != orphan {
							return fmt.Errorf("state holds level %d, want the adopted %d", adopted, orphan)
						}
						if ids := levelsNamed(t, psa.Tenant, "Orphaned Ops"); len(ids) != 1 {
							return fmt.Errorf("levels named Orphaned Ops: %v, want exactly one", ids)
						}
						return nil
					},
				),
			},
			{ // and it is managed from now on
				Config:           cfg(true, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
	if ids := levelsNamed(t, psa.Tenant, "Orphaned Ops"); len(ids) != 0 {
		t.Errorf("destroy left %v", ids)
	}
}

// With adopt_existing, a level whose settings are known only at apply is
// compared at apply, once they are known: a mismatch fails the apply and
// leaves the orphan as it was, without a duplicate.
func TestAccSecurityLevelResource_adoptComparedAtApply(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	orphan, err := psa.Tenant.Create("SecurityLevels", map[string]any{
		"name": "Late Bound", "copiedFromSecurityLevelID": int64(catalog.Sales), "description": "by hand",
	})
	if err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config: `
provider "autotask" {
  adopt_existing = true
}

resource "terraform_data" "desc" {
  input = "from terraform"
}

resource "autotask_security_level" "late" {
  name        = "Late Bound"
  description = terraform_data.desc.output
  copy_from   = "Sales"
}`,
			ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)Error: A security level named "Late Bound" already exists in\s+Autotask \(ID %d\) with other settings.*`+
				`description: "by hand" in Autotask, "from terraform" configured`, orphan)),
		}},
	})
	if ids := levelsNamed(t, psa.Tenant, "Late Bound"); len(ids) != 1 || ids[0] != orphan {
		t.Errorf("levels named Late Bound after the refused adoption: %v, want only %d", ids, orphan)
	}
}

// A resource renamed in the configuration without a `moved` block: the
// plan destroys the old address and creates the new one under the same
// name. Whichever of the two Terraform plans first, the plan fails with the
// `moved` block to add, and once it is added the plan is empty.
func TestAccSecurityLevelResource_renamedAddress(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	cfg := func(address, extra string) string {
		return fmt.Sprintf(`
provider "autotask" {
  adopt_existing = true
}

resource "autotask_security_level" %q {
  name      = "Renamed Ops"
  copy_from = "Service Desk User"
}
%s`, address, extra)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg("old", "")},
			{
				Config:   cfg("new", ""),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)` + words(`is in Terraform's state at another address, and this plan destroys it there`) +
					`.*moved \{\s+from = autotask_security_level.<old name>`),
			},
			{
				Config:           cfg("new", "moved {\n  from = autotask_security_level.old\n  to   = autotask_security_level.new\n}\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
	if ids := levelsNamed(t, psa.Tenant, "Renamed Ops"); len(ids) != 0 {
		t.Errorf("destroy left %v", ids)
	}
}
