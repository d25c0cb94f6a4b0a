package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Moving several top-level attributes in one pass. tfsdk's GetAttribute and
// SetAttribute walk the whole object against the schema on every call; for
// the catalogue-generated schemas (a hundred nested attributes) that walk,
// repeated per attribute, was the largest part of a resource's own
// plan-time cost. These helpers take the raw object apart once, convert
// only the attributes asked for, and put it back together once. Whenever
// the raw value is not a known object, or a type does not match, they
// report !ok and the callers fall back to the per-attribute calls.

// typeAtPath is what the schemas of tfsdk.State, Plan and Config offer.
type typeAtPath interface {
	TypeAtPath(ctx context.Context, p path.Path) (attr.Type, diag.Diagnostics)
}

// rawOf finds the raw value and schema behind a tfsdk State, Plan or
// Config. Only pointers can be written back.
func rawOf(x any) (raw *tftypes.Value, schema typeAtPath, writable bool) {
	switch d := x.(type) {
	case *tfsdk.State:
		return &d.Raw, d.Schema, true
	case *tfsdk.Plan:
		return &d.Raw, d.Schema, true
	case tfsdk.State:
		return &d.Raw, d.Schema, false
	case tfsdk.Plan:
		return &d.Raw, d.Schema, false
	case tfsdk.Config:
		return &d.Raw, d.Schema, false
	case *tfsdk.Config:
		return &d.Raw, d.Schema, false
	}
	return nil, nil, false
}

// topLevel splits a known object into its attributes.
func topLevel(raw *tftypes.Value) (map[string]tftypes.Value, bool) {
	if raw == nil || raw.IsNull() || !raw.IsKnown() || !raw.Type().Is(tftypes.Object{}) {
		return nil, false
	}
	var m map[string]tftypes.Value
	if err := raw.As(&m); err != nil {
		return nil, false
	}
	return m, true
}

// getTopLevel reads the named top-level attributes of src; nil when it
// cannot (the caller then asks attribute by attribute).
func getTopLevel(ctx context.Context, src any, names []string) map[string]attr.Value {
	raw, schema, _ := rawOf(src)
	m, ok := topLevel(raw)
	if !ok {
		return nil
	}
	out := make(map[string]attr.Value, len(names))
	for _, name := range names {
		tv, ok := m[name]
		if !ok {
			return nil
		}
		typ, diags := schema.TypeAtPath(ctx, path.Root(name))
		if diags.HasError() {
			return nil
		}
		v, err := typ.ValueFromTerraform(ctx, tv)
		if err != nil {
			return nil
		}
		out[name] = v
	}
	return out
}

// setTopLevel replaces the named top-level attributes of dst (a *tfsdk.State
// or *tfsdk.Plan) in one pass.
func setTopLevel(ctx context.Context, dst any, values map[string]attr.Value) bool {
	raw, schema, writable := rawOf(dst)
	if !writable || len(values) == 0 {
		return false
	}
	m, ok := topLevel(raw)
	if !ok {
		return false
	}
	for name, v := range values {
		if _, ok := m[name]; !ok {
			return false
		}
		typ, diags := schema.TypeAtPath(ctx, path.Root(name))
		if diags.HasError() {
			return false
		}
		tv, err := v.ToTerraformValue(ctx)
		if err != nil || !tv.Type().Equal(typ.TerraformType(ctx)) {
			return false
		}
		m[name] = tv
	}
	if err := tftypes.ValidateValue(raw.Type(), m); err != nil {
		return false
	}
	*raw = tftypes.NewValue(raw.Type(), m)
	return true
}

// setAttributes writes top-level attributes, in one pass when it can.
func setAttributes[V attr.Value](ctx context.Context, dst attributeSetter, values map[string]V) diag.Diagnostics {
	generic := make(map[string]attr.Value, len(values))
	for k, v := range values {
		generic[k] = v
	}
	if setTopLevel(ctx, dst, generic) {
		return nil
	}
	var diags diag.Diagnostics
	for name, v := range values {
		diags.Append(dst.SetAttribute(ctx, path.Root(name), v)...)
	}
	return diags
}

// permGroupNames lists the top-level attribute names of permission groups.
func permGroupNames(groups []permGroup) []string {
	names := make([]string, len(groups))
	for i, g := range groups {
		names[i] = g.Name
	}
	return names
}

// cachedObjectType is the plain object type of a permission group, given to
// its nested attribute as CustomType. It is the type the framework would
// build itself, but the framework rebuilds it (with every nested attribute's
// type) each time it walks a path through the attribute — per attribute of
// every value it converts; a given type is built once.
func cachedObjectType(g permGroup) types.ObjectType {
	return types.ObjectType{AttrTypes: groupAttrTypes(g)}
}
