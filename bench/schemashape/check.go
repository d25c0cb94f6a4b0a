package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// overrides are the configured permissions by module and name. A module
// that is present but empty (`crm = {}`) has an empty map; an absent module
// has no entry.
type overrides map[string]map[string]catalog.Value

// settings flattens the overrides into catalogue settings.
func (o overrides) settings() catalog.Settings {
	out := catalog.Settings{}
	for mod, perms := range o {
		for name, v := range perms {
			out[catalog.Key(mod+"."+name)] = v
		}
	}
	return out
}

// attributeGetter is what tfsdk.Config, Plan and State share.
type attributeGetter interface {
	GetAttribute(ctx context.Context, p path.Path, target interface{}) diag.Diagnostics
}

// decode reads the overrides from config, plan or state. With check, it
// validates names and values as the real provider would and reports each
// problem on its path; without, it skips what it cannot read. unknown
// reports whether any value is not known yet.
func (s shape) decode(ctx context.Context, src attributeGetter, check bool) (o overrides, unknown bool, diags diag.Diagnostics) {
	o = overrides{}
	d := &decoder{check: check, strictTypes: s.layout == dynamicValue || s.layout == dynamicAll, out: o}
	for _, top := range s.tops() {
		p := path.Root(top)
		var v attr.Value
		switch s.layout {
		case typedObject, nestedBlock:
			var obj types.Object
			diags.Append(src.GetAttribute(ctx, p, &obj)...)
			v = obj
		case stringMap, mapOfMaps:
			var m types.Map
			diags.Append(src.GetAttribute(ctx, p, &m)...)
			v = m
		case dynamicValue, dynamicAll:
			var dv types.Dynamic
			diags.Append(src.GetAttribute(ctx, p, &dv)...)
			v = dv
		}
		if s.perModule() {
			g, _ := groupByName(top)
			d.module(g, p, v)
		} else {
			d.modules(p, v)
		}
	}
	diags.Append(d.diags...)
	return o, d.unknown, diags
}

// decoder walks override values.
type decoder struct {
	check       bool
	strictTypes bool // a bool permission must be a bool, others strings (dynamic shapes)
	out         overrides
	unknown     bool
	diags       diag.Diagnostics
}

// entries returns the keys and values of an object, map or dynamic value;
// ok is false for null and unknown values.
//
// An entry's path is always a map-key step (crm["company_add"]), even in
// an object: Terraform then underlines the entry's value in the source
// snippet, while an attribute-name step into a dynamic value makes it fall
// back to the whole resource block.
func (d *decoder) entries(p path.Path, v attr.Value, what string) (map[string]attr.Value, bool) {
	if dv, isDyn := v.(types.Dynamic); isDyn {
		if dv.IsUnknown() || dv.IsUnderlyingValueUnknown() {
			d.unknown = true
			return nil, false
		}
		if dv.IsNull() || dv.IsUnderlyingValueNull() {
			return nil, false
		}
		v = dv.UnderlyingValue()
	}
	if v == nil || v.IsNull() {
		return nil, false
	}
	if v.IsUnknown() {
		d.unknown = true
		return nil, false
	}
	switch tv := v.(type) {
	case types.Object:
		return tv.Attributes(), true
	case types.Map:
		return tv.Elements(), true
	}
	if d.check {
		d.diags.AddAttributeError(p, "Invalid "+what,
			fmt.Sprintf("%s must be an object such as { companies_add = false }, not a %s.", what, typeName(v)))
	}
	return nil, false
}

// modules reads { crm = { … }, projects = { … } }.
func (d *decoder) modules(p path.Path, v attr.Value) {
	mods, ok := d.entries(p, v, "permissions")
	if !ok {
		return
	}
	for _, name := range sortedKeys(mods) {
		g, ok := groupByName(name)
		if !ok {
			if d.check {
				d.diags.AddAttributeError(p.AtMapKey(name), "Unknown permission module",
					fmt.Sprintf("%q is not a permission module.%s Modules: %s.", name, suggestion(name, moduleNames), strings.Join(moduleNames, ", ")))
			}
			continue
		}
		d.module(g, p.AtMapKey(name), mods[name])
	}
}

// module reads one module's { name = value } entries.
func (d *decoder) module(g group, p path.Path, v attr.Value) {
	perms, ok := d.entries(p, v, g.Name)
	if !ok {
		return
	}
	out := map[string]catalog.Value{}
	d.out[g.Name] = out
	for _, name := range sortedKeys(perms) {
		pv := perms[name]
		ep := p.AtMapKey(name)
		if len(p.Steps()) > 1 {
			// Terraform finds the source of a diagnostic only one step
			// into an attribute; a deeper path shows the resource's first
			// line. So an entry of permissions["crm"] is reported on its
			// module, whose line the snippet then shows.
			ep = p
		}
		perm, ok := g.perm(name)
		if !ok {
			if d.check {
				d.diags.AddAttributeError(ep, "Unknown permission", unknownPermission(g, name))
			}
			continue
		}
		if pv.IsNull() {
			continue
		}
		if pv.IsUnknown() {
			d.unknown = true
			continue
		}
		val, err := d.value(perm, pv)
		if err != nil {
			if d.check {
				d.diags.AddAttributeError(ep, "Invalid permission value", err.Error()+".")
			}
			continue
		}
		out[name] = val
	}
}

// value checks one permission value. Only canonical spellings are taken,
// so what state holds always reads back as configured. An error is the
// sentence the diagnostic shows, without its full stop.
func (d *decoder) value(p *catalog.Permission, v attr.Value) (catalog.Value, error) {
	var raw string
	switch tv := v.(type) {
	case types.Bool:
		if d.strictTypes && p.Kind != catalog.KindBool {
			return "", fmt.Errorf("%s must be a string, one of %s, not the bool %t", p.Key, allowed(p), tv.ValueBool())
		}
		raw = fmt.Sprint(tv.ValueBool())
	case types.String:
		if d.strictTypes && p.Kind == catalog.KindBool {
			return "", fmt.Errorf("%s must be a bool (true or false), not the string %q", p.Key, tv.ValueString())
		}
		raw = tv.ValueString()
	default:
		return "", fmt.Errorf("%s must be %s, not a %s", p.Key, allowed(p), typeName(v))
	}
	switch p.Kind {
	case catalog.KindBool:
		if raw == "true" || raw == "false" {
			return catalog.Bool(raw == "true"), nil
		}
		return "", fmt.Errorf("%s must be true or false, not %q", p.Key, raw)
	case catalog.KindText:
		if strings.TrimSpace(raw) == "" {
			return "", fmt.Errorf("%s must be a task category name or %q", p.Key, catalog.TaskCategoryOwn)
		}
		return catalog.Value(raw), nil
	}
	if _, ok := p.Rank(catalog.Value(raw)); !ok {
		return "", fmt.Errorf("%s must be one of %s, not %q", p.Key, allowed(p), raw)
	}
	return catalog.Value(raw), nil
}

func allowed(p *catalog.Permission) string {
	switch p.Kind {
	case catalog.KindBool:
		return "true or false"
	case catalog.KindText:
		return "a task category name"
	}
	vals := p.Values()
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}

func typeName(v attr.Value) string {
	switch v.(type) {
	case types.Bool:
		return "bool"
	case types.String:
		return "string"
	case types.Number, types.Int64, types.Float64:
		return "number"
	case types.List, types.Tuple:
		return "list"
	case types.Set:
		return "set"
	case types.Object, types.Map:
		return "object"
	}
	return v.Type(context.Background()).String()
}

// unknownPermission explains a name that is not a permission of g: the
// closest permission of g, or the module that has a permission of that name.
func unknownPermission(g group, name string) string {
	for _, other := range groups {
		if _, ok := other.perm(name); ok && other.Name != g.Name {
			return fmt.Sprintf("%q is not a permission of %s; it is in %s: write it as %s = { %s = … }.", name, g.Name, other.Name, other.Name, name)
		}
	}
	names := make([]string, len(g.Perms))
	for i, p := range g.Perms {
		names[i] = p.Name
	}
	return fmt.Sprintf("%q is not a permission of %s.%s %s permissions: %s.", name, g.Name, suggestion(name, names), g.Label, strings.Join(names, ", "))
}

// suggestion is " Did you mean "x"?" for the closest name, or "".
func suggestion(name string, names []string) string {
	if best, ok := closest(name, names); ok {
		return fmt.Sprintf(" Did you mean %q?", best)
	}
	return ""
}

// closest is the name nearest to s by edit distance, if it is near enough
// to be a misspelling: at most a third of the longer name's letters, and
// never less than 3 (company_add → companies_add is 3 edits).
func closest(s string, names []string) (string, bool) {
	best, bestD := "", -1
	for _, n := range names {
		d := editDistance(s, n)
		if bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	limit := max(3, max(len(s), len(best))/3)
	return best, bestD >= 0 && bestD <= limit
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
