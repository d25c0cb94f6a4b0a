package main

import (
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
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
