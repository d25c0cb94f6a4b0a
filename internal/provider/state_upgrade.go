package provider

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Schema version 1 of the security level, the portal level, the API user
// and the user-defined field holds as maps of strings what version 0 held
// as objects (the permission groups, `integration`, the elements of
// `picklist_values`), so that Terraform hands unknown keys to the provider
// instead of dropping them. The users' HCL is the same; version 0 state is
// upgraded by the one upgrader below.

// objectsToMapsUpgrader upgrades version 0 state, read with prior, to the
// current schema: each attribute named in converted goes from an object
// (or a set or list of objects) to a map of strings (or a set or list of
// them) holding only the object's non-null attributes, bools as "true" or
// "false" — exactly what the unchanged configuration now evaluates to, so
// the first plan after the upgrade is empty. Every other attribute is
// copied as it is.
func objectsToMapsUpgrader(prior rschema.Schema, converted ...string) map[int64]resource.StateUpgrader {
	return map[int64]resource.StateUpgrader{0: {
		PriorSchema: &prior,
		StateUpgrader: func(ctx context.Context, req resource.UpgradeStateRequest, resp *resource.UpgradeStateResponse) {
			if req.State == nil {
				resp.Diagnostics.AddError("Missing prior state", "The state upgrader was given no state of schema version 0.")
				return
			}
			want, ok := resp.State.Schema.Type().TerraformType(ctx).(tftypes.Object)
			if !ok {
				resp.Diagnostics.AddError("Unexpected schema", "The resource schema is not an object.")
				return
			}
			var old map[string]tftypes.Value
			if err := req.State.Raw.As(&old); err != nil {
				resp.Diagnostics.AddError("Could not read version 0 state", err.Error())
				return
			}
			out := make(map[string]tftypes.Value, len(want.AttributeTypes))
			for name, typ := range want.AttributeTypes {
				v, ok := old[name]
				switch {
				case !ok:
					out[name] = tftypes.NewValue(typ, nil)
				case slices.Contains(converted, name):
					nv, err := objectsToStringMaps(v, typ)
					if err != nil {
						resp.Diagnostics.AddAttributeError(path.Root(name), "Could not upgrade version 0 state", err.Error())
						return
					}
					out[name] = nv
				default:
					out[name] = v
				}
			}
			resp.State.Raw = tftypes.NewValue(want, out)
		},
	}}
}

// objectsToStringMaps converts v (an object, or a set or list of objects)
// to want (a map of strings, or a set or list of them).
func objectsToStringMaps(v tftypes.Value, want tftypes.Type) (tftypes.Value, error) {
	if v.IsNull() {
		return tftypes.NewValue(want, nil), nil
	}
	if !v.IsKnown() {
		return tftypes.NewValue(want, tftypes.UnknownValue), nil
	}
	var elemType tftypes.Type
	switch w := want.(type) {
	case tftypes.Set:
		elemType = w.ElementType
	case tftypes.List:
		elemType = w.ElementType
	case tftypes.Map:
		var attrs map[string]tftypes.Value
		if err := v.As(&attrs); err != nil {
			return tftypes.Value{}, err
		}
		elems := map[string]tftypes.Value{}
		for name, a := range attrs {
			if a.IsNull() {
				continue
			}
			s, err := stateScalarString(a)
			if err != nil {
				return tftypes.Value{}, fmt.Errorf("%s: %w", name, err)
			}
			elems[name] = tftypes.NewValue(tftypes.String, s)
		}
		return tftypes.NewValue(want, elems), nil
	default:
		return tftypes.Value{}, fmt.Errorf("cannot convert to %s", want)
	}
	var olds []tftypes.Value
	if err := v.As(&olds); err != nil {
		return tftypes.Value{}, err
	}
	elems := make([]tftypes.Value, len(olds))
	for i, o := range olds {
		e, err := objectsToStringMaps(o, elemType)
		if err != nil {
			return tftypes.Value{}, err
		}
		elems[i] = e
	}
	return tftypes.NewValue(want, elems), nil
}

// stateScalarString is a known bool or string as a map of strings holds it.
func stateScalarString(v tftypes.Value) (string, error) {
	switch {
	case v.Type().Is(tftypes.Bool):
		var b bool
		err := v.As(&b)
		return fmt.Sprint(b), err
	case v.Type().Is(tftypes.String):
		var s string
		err := v.As(&s)
		return s, err
	}
	return "", fmt.Errorf("a %s cannot be upgraded to a string", v.Type())
}

// typedOverrideAttributes are the override objects of schema version 0:
// one nested attribute per group, one typed attribute per permission. Only
// the state upgraders read them (PriorSchema).
func typedOverrideAttributes(groups []permGroup) map[string]rschema.Attribute {
	out := make(map[string]rschema.Attribute, len(groups))
	for _, g := range groups {
		inner := make(map[string]rschema.Attribute, len(g.Perms))
		for _, p := range g.Perms {
			if p.Kind == catalog.KindBool {
				inner[p.Name] = rschema.BoolAttribute{Optional: true}
			} else {
				inner[p.Name] = rschema.StringAttribute{Optional: true}
			}
		}
		out[g.Name] = rschema.SingleNestedAttribute{Optional: true, Attributes: inner}
	}
	return out
}

// stringObjectAttributes are version 0's nested attributes of optional
// strings (the API user's `integration`, a UDF list value).
func stringObjectAttributes(names ...string) map[string]rschema.Attribute {
	out := make(map[string]rschema.Attribute, len(names))
	for _, n := range names {
		out[n] = rschema.StringAttribute{Optional: true}
	}
	return out
}

// versionedSchema is s as schema version 1 (see objectsToMapsUpgrader).
func versionedSchema(s rschema.Schema) rschema.Schema {
	s.Version = 1
	return s
}
