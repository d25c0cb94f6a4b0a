package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func stringMap(elems map[string]attr.Value) types.Map {
	return types.MapValueMust(types.StringType, elems)
}

// Read keeps what the state holds: each entry its name with the PSA's value,
// a null entry null, an empty map empty, an absent map absent. Imported,
// the maps show what differs from the base level.
func TestRefreshedOverrides(t *testing.T) {
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	base := sd.Defaults()
	remote := base.Apply(catalog.Settings{catalog.KeyProjectView: catalog.All, catalog.KeyTemplateAdd: catalog.No})
	prior := map[string]types.Map{
		"projects": stringMap(map[string]attr.Value{
			"project_view": types.StringValue("Mine"), // drifted in the PSA: the PSA's value shows
			"template_add": types.StringValue("false"),
			"charges_add":  types.StringNull(), // `var.strict ? false : null`
		}),
		"documents": stringMap(map[string]attr.Value{}),
	}
	got, diags := refreshedOverrides(levelGroups, prior, remote, base)
	if diags.HasError() {
		t.Fatal(diags)
	}
	want := map[string]types.Map{
		"projects": stringMap(map[string]attr.Value{
			"project_view": types.StringValue("All"), "template_add": types.StringValue("false"), "charges_add": types.StringNull(),
		}),
		"documents": stringMap(map[string]attr.Value{}),
		"crm":       types.MapNull(types.StringType),
	}
	for name, w := range want {
		if !got[name].Equal(w) {
			t.Errorf("%s = %s, want %s", name, got[name], w)
		}
	}

	imported, _ := refreshedOverrides(levelGroups, nil, remote, base)
	if w := stringMap(map[string]attr.Value{"project_view": types.StringValue("All"), "template_add": types.StringValue("false")}); !imported["projects"].Equal(w) {
		t.Errorf("imported projects = %s, want %s", imported["projects"], w)
	}
	for _, g := range levelGroups {
		if g.Name != "projects" && !imported[g.Name].IsNull() {
			t.Errorf("imported %s = %s, want null (nothing differs from the base level)", g.Name, imported[g.Name])
		}
	}
}

// Only the canonical spelling of a value passes: what state holds then
// reads back exactly as written.
func TestCanonicalValue(t *testing.T) {
	view, _ := catalog.PermissionByKey(catalog.KeyProjectView)
	add, _ := catalog.PermissionByKey(catalog.KeyTemplateAdd)
	for _, c := range []struct {
		p    *catalog.Permission
		in   string
		want catalog.Value
		err  string
	}{
		{view, "All", catalog.All, ""},
		{view, "all", "", `projects.project_view ("` + view.Label + `") must be one of "None", "Mine", "All", not "all". Write "All": values are compared exactly.`},
		{add, "false", catalog.No, ""},
		{add, "true", catalog.Yes, ""},
		{add, "No", "", `projects.template_add is a check box ("` + add.Label + `"): write true or false, not "No".`},
		{add, "False", "", `projects.template_add is a check box ("` + add.Label + `"): write true or false, not "False".`},
	} {
		got, problem := canonicalValue(c.p, string(c.p.Key), c.in)
		switch {
		case c.err == "" && (problem != "" || got != c.want):
			t.Errorf("%s = %q: got %q, %q; want %q", c.p.Key, c.in, got, problem, c.want)
		case c.err != "" && problem != c.err:
			t.Errorf("%s = %q: problem %q, want %q", c.p.Key, c.in, problem, c.err)
		}
	}
}

// A permission written null (`var.strict ? "None" : null`) stays a null
// entry: the next plan is empty, not `+ "project_view" = null` forever.
// References read the values as strings.
func TestAccSecurityLevelResource_nullEntry(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const lvl = "autotask_security_level.strict"
	cfg := `
variable "strict" {
  default = false
}

resource "autotask_security_level" "strict" {
  name      = "Maybe strict"
  copy_from = "Service Desk User"
  projects = {
    project_view = var.strict ? "None" : null
    template_add = false
  }
  documents = {}
}

output "template_add" {
  value = autotask_security_level.strict.projects.template_add
}
`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(lvl, tfjsonpath.New("projects"), knownvalue.MapExact(map[string]knownvalue.Check{
						"project_view": knownvalue.Null(), "template_add": knownvalue.StringExact("false"),
					})),
					statecheck.ExpectKnownValue(lvl, tfjsonpath.New("documents"), knownvalue.MapSizeExact(0)),
					statecheck.ExpectKnownValue(lvl, tfjsonpath.New("effective_permissions").AtMapKey("projects").AtMapKey("template_add"), knownvalue.Bool(false)),
					statecheck.ExpectKnownOutputValue("template_add", knownvalue.StringExact("false")),
				},
			},
			{
				Config:           cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}
