package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func TestAccSecurityLevelDataSource_systemAndCustom(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:      `data "autotask_security_level" "x" { lookup_name = "No Such Level" }`,
				ExpectError: regexp.MustCompile(`(?s)Security level not found.*` + words(`0 security levels have the name "No Such Level"`)),
			},
			{
				Config:      `data "autotask_security_level" "x" {}`,
				ExpectError: regexp.MustCompile(`(?s)Exactly one of these attributes must be configured: \[id,lookup_name\]`),
			},
			{
				Config: withLevelIDs(`
data "autotask_security_level" "sales" {
  lookup_name = "sales"
}
data "autotask_security_level" "legacy" {
  lookup_name = "Legacy Helpdesk"
}
data "autotask_security_level" "by_id" {
  id = {{level.Contractor}}
}`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_security_level.sales", tfjsonpath.New("id"), knownvalue.Int64Exact(int64(catalog.Sales))),
					statecheck.ExpectKnownValue("data.autotask_security_level.sales", tfjsonpath.New("system"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_security_level.sales", tfjsonpath.New("permissions").AtMapKey("projects").AtMapKey("project_view"), knownvalue.StringExact("Mine")),
					statecheck.ExpectKnownValue("data.autotask_security_level.legacy", tfjsonpath.New("system"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("data.autotask_security_level.legacy", tfjsonpath.New("license_type"), knownvalue.StringExact("Professional")),
					statecheck.ExpectKnownValue("data.autotask_security_level.legacy", tfjsonpath.New("copy_from_id"), knownvalue.Int64Exact(int64(catalog.ServiceDeskUser))),
					statecheck.ExpectKnownValue("data.autotask_security_level.by_id", tfjsonpath.New("name"), knownvalue.StringExact("Contractor (system)")),
					statecheck.ExpectKnownValue("data.autotask_security_level.by_id", tfjsonpath.New("permissions").AtMapKey("projects").AtMapKey("charges_add"), knownvalue.Bool(false)),
				},
			},
		},
	})
}

func TestAccSecurityLevelsDataSource_filters(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config: `
data "autotask_security_levels" "all" {}
data "autotask_security_levels" "system" {
  system = true
}
data "autotask_security_levels" "api_custom" {
  system       = false
  license_type = "API User"
}
data "autotask_security_levels" "prefix" {
  name_prefix = "legacy"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.autotask_security_levels.system", tfjsonpath.New("levels"), knownvalue.ListSizeExact(15)),
				statecheck.ExpectKnownValue("data.autotask_security_levels.api_custom", tfjsonpath.New("levels"), knownvalue.ListSizeExact(1)),
				statecheck.ExpectKnownValue("data.autotask_security_levels.api_custom", tfjsonpath.New("levels").AtSliceIndex(0).AtMapKey("name"), knownvalue.StringExact("API - Accounting Sync")),
				statecheck.ExpectKnownValue("data.autotask_security_levels.prefix", tfjsonpath.New("levels"), knownvalue.ListSizeExact(1)),
				statecheck.ExpectKnownValue("data.autotask_security_levels.prefix", tfjsonpath.New("levels").AtSliceIndex(0).AtMapKey("name"), knownvalue.StringExact("Legacy Helpdesk")),
				statecheck.ExpectKnownValue("data.autotask_security_levels.all", tfjsonpath.New("levels"), knownvalue.ListSizeExact(18)),
			},
		}},
	})
}

func TestAccResourceDataSource_lookup(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: `
data "autotask_resource" "me" {
  user_name = "` + psa.Creds.Username + `"
}
data "autotask_resource" "alex" {
  email = "amorgan@acme.example.com"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_resource.me", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
					statecheck.ExpectKnownValue("data.autotask_resource.me", tfjsonpath.New("security_level_id"), knownvalue.Int64Exact(int64(catalog.APIUser))),
					statecheck.ExpectKnownValue("data.autotask_resource.alex", tfjsonpath.New("user_name"), knownvalue.StringExact("amorgan")),
					statecheck.ExpectKnownValue("data.autotask_resource.alex", tfjsonpath.New("active"), knownvalue.Bool(true)),
				},
			},
			{
				Config:      `data "autotask_resource" "x" { user_name = "ghost" }`,
				ExpectError: regexp.MustCompile(`(?s)Resource not found.*` + words(`0 resources have the user name "ghost"`)),
			},
		},
	})
}

// The list is ordered by ID, as documented, whatever order the PSA answers
// in.
func TestAccSecurityLevelsDataSource_orderedByID(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	for _, name := range []string{"Zulu", "Alpha", "Mike"} {
		if _, err := psa.Tenant.Create("SecurityLevels", map[string]any{"name": name, "copiedFromSecurityLevelID": int64(catalog.Sales)}); err != nil {
			t.Fatal(err)
		}
	}
	unorderedPSA(t, psa)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config: `data "autotask_security_levels" "all" {}`,
			Check: func(s *terraform.State) error {
				attrs := s.RootModule().Resources["data.autotask_security_levels.all"].Primary.Attributes
				n, _ := strconv.Atoi(attrs["levels.#"])
				if n < 18 {
					return fmt.Errorf("%d levels, want the 15 system levels and 3 custom ones", n)
				}
				prev := int64(0)
				for i := range n {
					id, err := strconv.ParseInt(attrs[fmt.Sprintf("levels.%d.id", i)], 10, 64)
					if err != nil || id <= prev {
						return fmt.Errorf("levels[%d].id = %s after %d: not ordered by ID", i, attrs[fmt.Sprintf("levels.%d.id", i)], prev)
					}
					prev = id
				}
				return nil
			},
		}},
	})
}

// Without the extension the security level data sources read the userType
// picklist of Resources: the filters work on it (a license filter keeps
// only system levels, whose license is known), lookups by ID and by any
// name work, and a system level reads exactly as the extension reports it.
func TestAccSecurityLevelsDataSource_withoutExtension(t *testing.T) {
	const cfg = `
data "autotask_security_levels" "all" {}
data "autotask_security_levels" "system" {
  system = true
}
data "autotask_security_levels" "custom" {
  system = false
}
data "autotask_security_levels" "api" {
  license_type = "API User"
}
data "autotask_security_levels" "prefix" {
  name_prefix = "legacy"
}
data "autotask_security_level" "sales" {
  lookup_name = "sales"
}
data "autotask_security_level" "contractor" {
  id = 19
}`
	systemLevels := map[bool]map[int64]map[string]string{}
	capture := func(served bool) resource.TestCheckFunc {
		return func(s *terraform.State) error {
			levels, err := listedLevels(s, "data.autotask_security_levels.system")
			systemLevels[served] = levels
			return err
		}
	}
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps:                    []resource.TestStep{{Config: cfg, Check: capture(true)}},
	})
	bare := startTestPSA(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo, WithoutExtension: true})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: bare.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_security_levels.all", tfjsonpath.New("levels"), knownvalue.ListSizeExact(18)),
					statecheck.ExpectKnownValue("data.autotask_security_levels.system", tfjsonpath.New("levels"), knownvalue.ListSizeExact(15)),
					statecheck.ExpectKnownValue("data.autotask_security_levels.custom", tfjsonpath.New("levels"), knownvalue.ListSizeExact(3)),
					// API User (system) and its Can't Read Costs twin; the custom API level's license is not known
					statecheck.ExpectKnownValue("data.autotask_security_levels.api", tfjsonpath.New("levels"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(int64(catalog.APIUser))}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"id": knownvalue.Int64Exact(int64(catalog.APIUserNoCosts))}),
					})),
					statecheck.ExpectKnownValue("data.autotask_security_levels.prefix", tfjsonpath.New("levels"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{
							"name": knownvalue.StringExact("Legacy Helpdesk"), "system": knownvalue.Bool(false), "active": knownvalue.Bool(true),
							"permissions": knownvalue.Null(), "license_type": knownvalue.Null(), "copy_from_id": knownvalue.Null(),
							"description": knownvalue.StringExact(unknownCustomLevel),
						}),
					})),
					statecheck.ExpectKnownValue("data.autotask_security_level.sales", tfjsonpath.New("id"), knownvalue.Int64Exact(int64(catalog.Sales))),
					statecheck.ExpectKnownValue("data.autotask_security_level.sales", tfjsonpath.New("permissions").AtMapKey("projects").AtMapKey("project_view"),
						knownvalue.StringExact("Mine")),
					statecheck.ExpectKnownValue("data.autotask_security_level.contractor", tfjsonpath.New("name"), knownvalue.StringExact("Contractor (system)")),
				},
				Check: capture(false),
			},
			{
				Config:      `data "autotask_security_level" "x" { id = 987654 }`,
				ExpectError: regexp.MustCompile(`(?s)Security level not found.*no security level with ID 987654`),
			},
			{
				Config:      `data "autotask_security_level" "x" { lookup_name = "No Such Level" }`,
				ExpectError: regexp.MustCompile(`(?s)Security level not found.*` + words(`0 security levels have the name "No Such Level"`)),
			},
		},
	})
	with, without := systemLevels[true], systemLevels[false]
	if len(with) != 15 || len(without) != 15 {
		t.Fatalf("%d system levels with the extension, %d without", len(with), len(without))
	}
	for id, w := range with {
		for k, v := range w {
			if without[id][k] != v {
				t.Errorf("system level %d, %s: %q with the extension, %q without", id, k, v, without[id][k])
			}
		}
		if len(without[id]) != len(w) {
			t.Errorf("system level %d has %d attributes with the extension, %d without", id, len(w), len(without[id]))
		}
	}
}
