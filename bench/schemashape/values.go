package main

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// encode renders overrides as the shape's top-level values. Each present
// module holds exactly the configured names; values come from vals.
func (s shape) encode(o overrides) map[string]attr.Value {
	out := map[string]attr.Value{}
	modVals := map[string]attr.Value{}
	modTypes := map[string]attr.Type{}
	for _, g := range groups {
		perms, present := o[g.Name]
		v := s.encodeModule(g, perms, present)
		modVals[g.Name] = v
		if present {
			modTypes[g.Name] = v.Type(context.Background())
		}
	}
	switch s.layout {
	case dynamicAll:
		present := map[string]attr.Value{}
		for name := range modTypes {
			present[name] = modVals[name]
		}
		if len(present) == 0 {
			out[permissionsAttr] = types.DynamicNull()
		} else {
			out[permissionsAttr] = types.DynamicValue(types.ObjectValueMust(modTypes, present))
		}
	case mapOfMaps:
		present := map[string]attr.Value{}
		for name := range modTypes {
			present[name] = modVals[name]
		}
		elem := types.MapType{ElemType: types.StringType}
		if len(present) == 0 {
			out[permissionsAttr] = types.MapNull(elem)
		} else {
			out[permissionsAttr] = types.MapValueMust(elem, present)
		}
	default:
		for _, g := range groups {
			out[g.Name] = modVals[g.Name]
			if s.layout == dynamicValue {
				if modVals[g.Name].IsNull() {
					out[g.Name] = types.DynamicNull()
				} else {
					out[g.Name] = types.DynamicValue(modVals[g.Name])
				}
			}
		}
	}
	return out
}

// encodeModule renders one module (without the dynamic wrapper).
func (s shape) encodeModule(g group, perms map[string]catalog.Value, present bool) attr.Value {
	switch s.layout {
	case typedObject, nestedBlock:
		if !present {
			return types.ObjectNull(groupAttrTypes(g))
		}
		vals := map[string]attr.Value{}
		for _, p := range g.Perms {
			v, ok := perms[p.Name]
			vals[p.Name] = typedValue(p, v, ok)
		}
		return types.ObjectValueMust(groupAttrTypes(g), vals)
	case stringMap, mapOfMaps:
		if !present {
			return types.MapNull(types.StringType)
		}
		vals := map[string]attr.Value{}
		for name, v := range perms {
			p, _ := g.perm(name)
			vals[name] = types.StringValue(hclString(p, v))
		}
		return types.MapValueMust(types.StringType, vals)
	default: // dynamic shapes: an object of exactly the configured names, typed
		if !present {
			return types.ObjectNull(map[string]attr.Type{})
		}
		ts, vals := map[string]attr.Type{}, map[string]attr.Value{}
		for name, v := range perms {
			p, _ := g.perm(name)
			ts[name] = permType(p)
			vals[name] = typedValue(p, v, true)
		}
		return types.ObjectValueMust(ts, vals)
	}
}

func typedValue(p *catalog.Permission, v catalog.Value, known bool) attr.Value {
	if p.Kind == catalog.KindBool {
		if !known {
			return types.BoolNull()
		}
		return types.BoolValue(v.IsYes())
	}
	if !known {
		return types.StringNull()
	}
	return types.StringValue(string(v))
}

// hclString is a value as a string-typed shape holds it: bools as
// "true"/"false", which is what Terraform makes of `false` in a map(string).
func hclString(p *catalog.Permission, v catalog.Value) string {
	if p.Kind == catalog.KindBool {
		return fmt.Sprint(v.IsYes())
	}
	return string(v)
}

// settingsObject renders complete settings as the effective_permissions object.
func settingsObject(s catalog.Settings) types.Object {
	outer := map[string]attr.Value{}
	for _, g := range groups {
		inner := map[string]attr.Value{}
		for _, p := range g.Perms {
			v, ok := s[p.Key]
			inner[p.Name] = typedValue(p, v, ok)
		}
		outer[g.Name] = types.ObjectValueMust(groupAttrTypes(g), inner)
	}
	return types.ObjectValueMust(allGroupsType(), outer)
}

// settingsFromObject reads the effective_permissions object back.
func settingsFromObject(obj types.Object) catalog.Settings {
	out := catalog.Settings{}
	if obj.IsNull() || obj.IsUnknown() {
		return out
	}
	for _, g := range groups {
		mod, ok := obj.Attributes()[g.Name].(types.Object)
		if !ok || mod.IsNull() || mod.IsUnknown() {
			continue
		}
		for _, p := range g.Perms {
			switch tv := mod.Attributes()[p.Name].(type) {
			case types.Bool:
				if !tv.IsNull() && !tv.IsUnknown() {
					out[p.Key] = catalog.Bool(tv.ValueBool())
				}
			case types.String:
				if !tv.IsNull() && !tv.IsUnknown() {
					out[p.Key] = catalog.Value(tv.ValueString())
				}
			}
		}
	}
	return out
}
