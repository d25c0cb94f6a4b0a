package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// layout says how a shape holds the permission overrides.
type layout int

const (
	// typedObject: one optional SingleNestedAttribute per module (today's shape).
	typedObject layout = iota
	// stringMap: one optional map(string) per module.
	stringMap
	// dynamicValue: one optional dynamic attribute per module.
	dynamicValue
	// nestedBlock: one SingleNestedBlock per module.
	nestedBlock
	// dynamicAll: one optional dynamic `permissions` attribute for every module.
	dynamicAll
	// mapOfMaps: one optional map(map(string)) `permissions` attribute.
	mapOfMaps
)

// shape is one candidate schema for the permission overrides.
type shape struct {
	ID     string
	Title  string
	layout layout
}

var shapes = []shape{
	{"A", "SingleNestedAttribute per module (today)", typedObject},
	{"B", "map(string) attribute per module", stringMap},
	{"C", "dynamic attribute per module", dynamicValue},
	{"D", "nested block per module", nestedBlock},
	{"E", "one dynamic `permissions` attribute", dynamicAll},
	{"F", "one map(map(string)) `permissions` attribute", mapOfMaps},
}

func shapeByID(id string) (shape, bool) {
	for _, s := range shapes {
		if s.ID == id {
			return s, true
		}
	}
	return shape{}, false
}

// perModule reports whether the shape has one attribute or block per module.
func (s shape) perModule() bool { return s.layout != dynamicAll && s.layout != mapOfMaps }

// version is the resource's schema version: A is version 0 (today's state);
// every other shape is version 1 and upgrades A's state.
func (s shape) version() int64 {
	if s.layout == typedObject {
		return 0
	}
	return 1
}

// tops are the top-level names that hold overrides.
func (s shape) tops() []string {
	if !s.perModule() {
		return []string{permissionsAttr}
	}
	return moduleNames
}

const permissionsAttr = "permissions"

// group is one security-level module and its permissions, from the catalogue.
type group struct {
	Name  string
	Label string
	Perms []*catalog.Permission
}

var (
	groups      = buildGroups()
	moduleNames = func() []string {
		out := make([]string, len(groups))
		for i, g := range groups {
			out[i] = g.Name
		}
		return out
	}()
)

func buildGroups() []group {
	var out []group
	for _, m := range catalog.Modules() {
		out = append(out, group{Name: string(m.Module), Label: m.Label, Perms: catalog.PermissionsOf(m.Module)})
	}
	return out
}

func groupByName(name string) (group, bool) {
	for _, g := range groups {
		if g.Name == name {
			return g, true
		}
	}
	return group{}, false
}

func (g group) perm(name string) (*catalog.Permission, bool) {
	for _, p := range g.Perms {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

// permType is a permission's Terraform type where types are kept.
func permType(p *catalog.Permission) attr.Type {
	if p.Kind == catalog.KindBool {
		return types.BoolType
	}
	return types.StringType
}

func groupAttrTypes(g group) map[string]attr.Type {
	m := make(map[string]attr.Type, len(g.Perms))
	for _, p := range g.Perms {
		m[p.Name] = permType(p)
	}
	return m
}

func allGroupsType() map[string]attr.Type {
	m := make(map[string]attr.Type, len(groups))
	for _, g := range groups {
		m[g.Name] = types.ObjectType{AttrTypes: groupAttrTypes(g)}
	}
	return m
}

func permDescription(p *catalog.Permission) string {
	switch p.Kind {
	case catalog.KindBool:
		return p.Label + ". `true` means Yes."
	case catalog.KindText:
		return p.Label + ". A task category name."
	}
	vals := p.Values()
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = "`" + string(v) + "`"
	}
	return p.Label + ". One of " + strings.Join(q, ", ") + "."
}

// moduleDescription is the module attribute's description. Shapes whose
// schema cannot list the permissions name them in the text, as the real
// provider's generated docs would.
func (s shape) moduleDescription(g group) string {
	d := g.Label + " permissions that differ from the base level."
	if s.layout == stringMap || s.layout == dynamicValue {
		names := make([]string, len(g.Perms))
		for i, p := range g.Perms {
			names[i] = "`" + p.Name + "`"
		}
		d += " Keys: " + strings.Join(names, ", ") + "."
	}
	return d
}

// typedAttributes are the permission attributes of one module, with the
// validators the real provider uses.
func typedAttributes(g group) map[string]schema.Attribute {
	inner := make(map[string]schema.Attribute, len(g.Perms))
	for _, p := range g.Perms {
		switch p.Kind {
		case catalog.KindBool:
			inner[p.Name] = schema.BoolAttribute{Optional: true, MarkdownDescription: permDescription(p)}
		case catalog.KindText:
			inner[p.Name] = schema.StringAttribute{Optional: true, MarkdownDescription: permDescription(p),
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
		default:
			vals := p.Values()
			ss := make([]string, len(vals))
			for i, v := range vals {
				ss[i] = string(v)
			}
			inner[p.Name] = schema.StringAttribute{Optional: true, MarkdownDescription: permDescription(p),
				Validators: []validator.String{stringvalidator.OneOf(ss...)}}
		}
	}
	return inner
}

// schemaParts returns the override attributes and blocks of the shape.
func (s shape) schemaParts() (map[string]schema.Attribute, map[string]schema.Block) {
	attrs := map[string]schema.Attribute{}
	blocks := map[string]schema.Block{}
	switch s.layout {
	case dynamicAll:
		attrs[permissionsAttr] = schema.DynamicAttribute{Optional: true,
			MarkdownDescription: "Permissions that differ from the base level, by module: `{ crm = { companies_add = false } }`."}
	case mapOfMaps:
		attrs[permissionsAttr] = schema.MapAttribute{Optional: true, ElementType: types.MapType{ElemType: types.StringType},
			MarkdownDescription: "Permissions that differ from the base level, by module: `{ crm = { companies_add = false } }`."}
	}
	if !s.perModule() {
		return attrs, blocks
	}
	for _, g := range groups {
		desc := s.moduleDescription(g)
		switch s.layout {
		case typedObject:
			attrs[g.Name] = schema.SingleNestedAttribute{Optional: true, Attributes: typedAttributes(g), MarkdownDescription: desc}
		case stringMap:
			attrs[g.Name] = schema.MapAttribute{Optional: true, ElementType: types.StringType, MarkdownDescription: desc}
		case dynamicValue:
			attrs[g.Name] = schema.DynamicAttribute{Optional: true, MarkdownDescription: desc}
		case nestedBlock:
			blocks[g.Name] = schema.SingleNestedBlock{Attributes: typedAttributes(g), MarkdownDescription: desc}
		}
	}
	return attrs, blocks
}

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
				d.diags.AddAttributeError(ep, "Invalid permission value", err.Error())
			}
			continue
		}
		out[name] = val
	}
}

// value checks one permission value. Only canonical spellings are taken,
// so what state holds always reads back as configured.
func (d *decoder) value(p *catalog.Permission, v attr.Value) (catalog.Value, error) {
	var raw string
	switch tv := v.(type) {
	case types.Bool:
		if d.strictTypes && p.Kind != catalog.KindBool {
			return "", fmt.Errorf("%s must be a string, one of %s, not the bool %t.", p.Key, allowed(p), tv.ValueBool())
		}
		raw = fmt.Sprint(tv.ValueBool())
	case types.String:
		if d.strictTypes && p.Kind == catalog.KindBool {
			return "", fmt.Errorf("%s must be a bool (true or false), not the string %q.", p.Key, tv.ValueString())
		}
		raw = tv.ValueString()
	default:
		return "", fmt.Errorf("%s must be %s, not a %s.", p.Key, allowed(p), typeName(v))
	}
	switch p.Kind {
	case catalog.KindBool:
		if raw == "true" || raw == "false" {
			return catalog.Bool(raw == "true"), nil
		}
		return "", fmt.Errorf("%s must be true or false, not %q.", p.Key, raw)
	case catalog.KindText:
		if strings.TrimSpace(raw) == "" {
			return "", fmt.Errorf("%s must be a task category name or %q.", p.Key, catalog.TaskCategoryOwn)
		}
		return catalog.Value(raw), nil
	}
	if _, ok := p.Rank(catalog.Value(raw)); !ok {
		return "", fmt.Errorf("%s must be one of %s, not %q.", p.Key, allowed(p), raw)
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
