package provider

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// settingsFromValue reads permissions from an HCL value shaped like the
// module blocks: { projects = { project_view = "All" }, admin = { … } }.
// Objects and maps are both accepted; nulls are skipped. Errors name the
// offending module.permission and the allowed values.
func settingsFromValue(v attr.Value) (catalog.Settings, error) {
	return settingsFromGroups(v, levelGroups)
}

// settingsFromGroups is settingsFromValue for any set of permission groups.
func settingsFromGroups(v attr.Value, all []permGroup) (catalog.Settings, error) {
	out := catalog.Settings{}
	if v == nil || v.IsNull() {
		return out, nil
	}
	modules, err := attributesOf(v, "permissions")
	if err != nil {
		return nil, err
	}
	groups := map[string]permGroup{}
	for _, g := range all {
		groups[g.Name] = g
	}
	for _, mod := range sortedKeys(modules) {
		mv := modules[mod]
		g, ok := groups[mod]
		if !ok {
			return nil, fmt.Errorf("%q is not a permission module; use one of %s", mod, strings.Join(groupNames(all), ", "))
		}
		if mv.IsNull() {
			continue
		}
		perms, err := attributesOf(mv, mod)
		if err != nil {
			return nil, err
		}
		byName := map[string]*catalog.Permission{}
		for _, p := range g.Perms {
			byName[p.Name] = p
		}
		for _, name := range sortedKeys(perms) {
			pv := perms[name]
			p, ok := byName[name]
			if !ok {
				return nil, fmt.Errorf("%s.%s is not a permission", mod, name)
			}
			if pv.IsNull() {
				continue
			}
			if pv.IsUnknown() {
				return nil, fmt.Errorf("%s.%s is not known yet", mod, name)
			}
			var raw string
			switch tv := pv.(type) {
			case types.Bool:
				raw = string(catalog.Bool(tv.ValueBool()))
			case types.String:
				raw = tv.ValueString()
			default:
				return nil, fmt.Errorf("%s.%s must be a string or a bool, not %s", mod, name, pv.Type(context.Background()))
			}
			val, err := p.Parse(raw)
			if err != nil {
				return nil, err
			}
			out[p.Key] = val
		}
	}
	return out, nil
}

func attributesOf(v attr.Value, what string) (map[string]attr.Value, error) {
	switch tv := v.(type) {
	case types.Object:
		return tv.Attributes(), nil
	case types.Map:
		return tv.Elements(), nil
	case types.Dynamic:
		return attributesOf(tv.UnderlyingValue(), what)
	}
	return nil, fmt.Errorf("%s must be an object, not %s", what, v.Type(context.Background()))
}

func groupNames(groups []permGroup) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = g.Name
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
