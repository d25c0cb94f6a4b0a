package main

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestClosestSuggestsMisspellings(t *testing.T) {
	perms := []string{"companies_view", "companies_add", "companies_edit", "contacts_add"}
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"company_add", "companies_add", true}, // 3 edits: Terraform's own limit (< 3) misses it
		{"companies_ad", "companies_add", true},
		{"tickets_view", "", false},
	} {
		got, ok := closest(c.in, perms)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("closest(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if got, ok := closest("crmm", moduleNames); !ok || got != "crm" {
		t.Errorf("closest(crmm) = %q, %v", got, ok)
	}
}

// state builds a tfsdk.State of shape s from top-level values.
func state(t *testing.T, s shape, values map[string]attr.Value) tfsdk.State {
	t.Helper()
	ctx := context.Background()
	sch := levelSchema(s)
	st := tfsdk.State{Schema: sch, Raw: tftypes.NewValue(sch.Type().TerraformType(ctx), nil)}
	for name, v := range values {
		if d := st.SetAttribute(ctx, path.Root(name), v); d.HasError() {
			t.Fatalf("set %s: %v", name, d)
		}
	}
	return st
}

func TestDecodeReportsUnknownNamesAndWrongValues(t *testing.T) {
	b, _ := shapeByID("B")
	st := state(t, b, map[string]attr.Value{
		"crm":      types.MapValueMust(types.StringType, map[string]attr.Value{"company_add": types.StringValue("false")}),
		"projects": types.MapValueMust(types.StringType, map[string]attr.Value{"project_view": types.StringValue("true")}),
	})
	_, _, diags := b.decode(context.Background(), st, true)
	if len(diags) != 2 {
		t.Fatalf("want 2 diagnostics, got %v", diags)
	}
	byPath := map[string]string{}
	for _, d := range diags {
		wp, ok := d.(interface{ Path() path.Path })
		if !ok {
			t.Fatalf("diagnostic without a path: %v", d)
		}
		byPath[wp.Path().String()] = d.Detail()
	}
	if got := byPath[`crm["company_add"]`]; !strings.Contains(got, `Did you mean "companies_add"?`) {
		t.Errorf("typo: %q", got)
	}
	if got := byPath[`projects["project_view"]`]; !strings.Contains(got, `"None", "Mine", "All"`) {
		t.Errorf("wrong value: %q", got)
	}
}

func TestDynamicShapeKeepsTypes(t *testing.T) {
	c, _ := shapeByID("C")
	obj := types.ObjectValueMust(map[string]attr.Type{"companies_add": types.StringType},
		map[string]attr.Value{"companies_add": types.StringValue("All")})
	st := state(t, c, map[string]attr.Value{"crm": types.DynamicValue(obj)})
	_, _, diags := c.decode(context.Background(), st, true)
	if len(diags) != 1 || !strings.Contains(diags[0].Detail(), "must be a bool") {
		t.Fatalf("want one 'must be a bool' diagnostic, got %v", diags)
	}
}

// TestUpgradeFromA moves today's state (objects with a null for every
// unset permission) into each shape: only the configured entries remain,
// an empty module stays empty, an absent one stays absent.
func TestUpgradeFromA(t *testing.T) {
	ctx := context.Background()
	a := shapes[0]
	crm, _ := groupByName("crm")
	docs, _ := groupByName("documents")
	prior := state(t, a, map[string]attr.Value{
		"id":                    types.StringValue("level-x"),
		"name":                  types.StringValue("x"),
		"crm":                   a.encodeModule(crm, map[string]catalog.Value{"companies_add": catalog.No, "companies_view": catalog.All}, true),
		"documents":             a.encodeModule(docs, nil, true),
		"effective_permissions": settingsObject(baseDefaults()),
	})
	for _, c := range []struct {
		shape, top string
		want       string
	}{
		{"B", "crm", `{"companies_add":"false","companies_view":"All"}`},
		{"B", "documents", `{}`},
		{"B", "admin", `<null>`},
		{"C", "crm", `{"companies_add":false,"companies_view":"All"}`},
		{"D", "crm", `{"companies_add":false,"companies_edit":<null>,"companies_view":"All","contacts_add":<null>,"contacts_edit":<null>,"contacts_view":<null>}`},
		{"E", "permissions", `{"crm":{"companies_add":false,"companies_view":"All"},"documents":{}}`},
		{"F", "permissions", `{"crm":{"companies_add":"false","companies_view":"All"},"documents":{}}`},
	} {
		s, _ := shapeByID(c.shape)
		out := tfsdk.State{Schema: levelSchema(s)}
		var diags diag.Diagnostics
		upgradeFromA(ctx, s, &prior, &out, &diags)
		if diags.HasError() {
			t.Fatalf("%s: %v", c.shape, diags)
		}
		var v attr.Value
		out.GetAttribute(ctx, path.Root(c.top), &v)
		if got := compact(v); got != c.want {
			t.Errorf("%s %s = %s, want %s", c.shape, c.top, got, c.want)
		}
		var id types.String
		out.GetAttribute(ctx, path.Root("id"), &id)
		if id.ValueString() != "level-x" {
			t.Errorf("%s: id = %s", c.shape, id)
		}
	}
}

// compact renders a value as JSON-like text with sorted keys.
func compact(v attr.Value) string {
	if v == nil || v.IsNull() {
		return "<null>"
	}
	var elems map[string]attr.Value
	switch tv := v.(type) {
	case types.Dynamic:
		return compact(tv.UnderlyingValue())
	case types.Object:
		elems = tv.Attributes()
	case types.Map:
		elems = tv.Elements()
	default:
		return v.String()
	}
	parts := make([]string, 0, len(elems))
	for _, k := range sortedKeys(elems) {
		parts = append(parts, `"`+k+`":`+compact(elems[k]))
	}
	return "{" + strings.Join(parts, ",") + "}"
}
