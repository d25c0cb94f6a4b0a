package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// attributeGetter is what tfsdk.Config, tfsdk.Plan and tfsdk.State share.
type attributeGetter interface {
	GetAttribute(ctx context.Context, p path.Path, target interface{}) diag.Diagnostics
}

// overrideAttributes are the optional per-module override blocks of a
// resource: one nested attribute per group, every permission optional,
// with the catalogue's allowed values enforced at validate time.
func overrideAttributes(groups []permGroup, what string) map[string]rschema.Attribute {
	out := make(map[string]rschema.Attribute, len(groups))
	for _, g := range groups {
		inner := make(map[string]rschema.Attribute, len(g.Perms))
		for _, p := range g.Perms {
			switch p.Kind {
			case catalog.KindBool:
				inner[p.Name] = rschema.BoolAttribute{Optional: true, MarkdownDescription: permDescription(p)}
			case catalog.KindText:
				inner[p.Name] = rschema.StringAttribute{Optional: true, MarkdownDescription: permDescription(p),
					Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
			case catalog.KindAccess, catalog.KindChoice:
				vals := p.Values()
				ss := make([]string, len(vals))
				for i, v := range vals {
					ss[i] = string(v)
				}
				inner[p.Name] = rschema.StringAttribute{Optional: true, MarkdownDescription: permDescription(p),
					Validators: []validator.String{stringvalidator.OneOf(ss...)}}
			}
		}
		out[g.Name] = rschema.SingleNestedAttribute{
			Optional:            true,
			Attributes:          inner,
			CustomType:          cachedObjectType(g),
			MarkdownDescription: g.Label + " permissions (" + g.Description + ") that differ from " + what + ". Unset permissions keep " + what + "'s value.",
		}
	}
	return out
}

// computedSettingsAttribute is a read-only object with every permission.
func computedSettingsAttribute(groups []permGroup, description string) rschema.SingleNestedAttribute {
	attrs := make(map[string]rschema.Attribute, len(groups))
	for _, g := range groups {
		inner := make(map[string]rschema.Attribute, len(g.Perms))
		for _, p := range g.Perms {
			if p.Kind == catalog.KindBool {
				inner[p.Name] = rschema.BoolAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			} else {
				inner[p.Name] = rschema.StringAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			}
		}
		attrs[g.Name] = rschema.SingleNestedAttribute{Computed: true, Attributes: inner, MarkdownDescription: g.Label + ".", CustomType: cachedObjectType(g)}
	}
	return rschema.SingleNestedAttribute{Computed: true, Attributes: attrs, MarkdownDescription: description, CustomType: groupsObjectType(groups)}
}

// readOverrides collects the override blocks from config or plan. unknown
// reports whether any value is not known yet.
func readOverrides(ctx context.Context, src attributeGetter, groups []permGroup) (s catalog.Settings, unknown bool, diags diag.Diagnostics) {
	s = catalog.Settings{}
	fast := getTopLevel(ctx, src, permGroupNames(groups)) // one pass when it can (fields_fast.go)
	for _, g := range groups {
		obj, ok := fast[g.Name].(types.Object)
		if !ok {
			diags.Append(src.GetAttribute(ctx, path.Root(g.Name), &obj)...)
		}
		if obj.IsNull() {
			continue
		}
		if obj.IsUnknown() {
			unknown = true
			continue
		}
		attrs := obj.Attributes()
		for _, p := range g.Perms {
			v := attrs[p.Name]
			if v == nil || v.IsNull() {
				continue
			}
			if v.IsUnknown() {
				unknown = true
				continue
			}
			switch tv := v.(type) {
			case types.Bool:
				s[p.Key] = catalog.Bool(tv.ValueBool())
			case types.String:
				s[p.Key] = catalog.Value(tv.ValueString())
			}
		}
	}
	return s, unknown, diags
}

// overrideObjects renders the override blocks for state from the remote
// settings. A permission is shown where keep says so (it was configured);
// blocks with nothing to show are null.
func overrideObjects(groups []permGroup, remote catalog.Settings, keep func(catalog.Key) bool) (map[string]types.Object, diag.Diagnostics) {
	var diags diag.Diagnostics
	out := make(map[string]types.Object, len(groups))
	for _, g := range groups {
		vals := make(map[string]attr.Value, len(g.Perms))
		shown := false
		for _, p := range g.Perms {
			v, ok := remote[p.Key]
			show := ok && keep(p.Key)
			vals[p.Name] = permValue(p, v, show)
			shown = shown || show
		}
		if !shown {
			out[g.Name] = types.ObjectNull(groupAttrTypes(g))
			continue
		}
		obj, d := types.ObjectValue(groupAttrTypes(g), vals)
		diags.Append(d...)
		out[g.Name] = obj
	}
	return out, diags
}

// presentBlocks names the override blocks src holds as objects, empty ones
// (`crm = {}`) included.
func presentBlocks(ctx context.Context, src attributeGetter, groups []permGroup) (map[string]bool, diag.Diagnostics) {
	var diags diag.Diagnostics
	out := make(map[string]bool, len(groups))
	for _, g := range groups {
		var obj types.Object
		diags.Append(src.GetAttribute(ctx, path.Root(g.Name), &obj)...)
		if !obj.IsNull() {
			out[g.Name] = true
		}
	}
	return out, diags
}

// keepEmptyBlocks turns the null blocks of out that present names into
// objects of nulls: a block the configuration writes empty stays an empty
// block in state ("no overrides in this module"), so the plan stays clean.
func keepEmptyBlocks(groups []permGroup, out map[string]types.Object, present map[string]bool) {
	for _, g := range groups {
		if !present[g.Name] || !out[g.Name].IsNull() {
			continue
		}
		vals := make(map[string]attr.Value, len(g.Perms))
		for _, p := range g.Perms {
			vals[p.Name] = permValue(p, "", false)
		}
		out[g.Name] = types.ObjectValueMust(groupAttrTypes(g), vals)
	}
}
