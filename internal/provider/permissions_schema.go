package provider

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// permGroup is one nested object of permissions: a security-level module
// or a Client Portal permission group. Schemas, values and docs for
// permissions are all generated from these groups, which come straight from
// the catalogue.
type permGroup struct {
	Name        string
	Label       string
	Description string
	Perms       []*catalog.Permission
	// attrTypes caches groupAttrTypes.
	attrTypes map[string]attr.Type
}

// levelGroups are the security-level modules in catalogue order.
var levelGroups = func() []permGroup {
	var out []permGroup
	for _, m := range catalog.Modules() {
		g := permGroup{Name: string(m.Module), Label: m.Label, Description: m.Description, Perms: catalog.PermissionsOf(m.Module)}
		g.attrTypes = groupAttrTypes(g)
		out = append(out, g)
	}
	return out
}()

// permAttrType is the Terraform type of one permission: a bool for Yes/No
// check boxes, a string otherwise.
func permAttrType(p *catalog.Permission) attr.Type {
	if p.Kind == catalog.KindBool {
		return types.BoolType
	}
	return types.StringType
}

// groupAttrTypes is the object type of one group.
func groupAttrTypes(g permGroup) map[string]attr.Type {
	if g.attrTypes != nil {
		return g.attrTypes
	}
	m := make(map[string]attr.Type, len(g.Perms))
	for _, p := range g.Perms {
		m[p.Name] = permAttrType(p)
	}
	return m
}

// groupsObjectType is the object type holding every group.
func groupsObjectType(groups []permGroup) types.ObjectType {
	m := make(map[string]attr.Type, len(groups))
	for _, g := range groups {
		m[g.Name] = types.ObjectType{AttrTypes: groupAttrTypes(g)}
	}
	return types.ObjectType{AttrTypes: m}
}

// permDescription documents a permission for schema and docs.
func permDescription(p *catalog.Permission) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (UI: %q).", strings.TrimSuffix(p.Description, "."), p.Label)
	switch p.Kind {
	case catalog.KindAccess, catalog.KindChoice:
		vals := p.Values()
		quoted := make([]string, len(vals))
		for i, v := range vals {
			quoted[i] = fmt.Sprintf("`%s`", v)
		}
		fmt.Fprintf(&b, " One of %s, least privilege first.", strings.Join(quoted, ", "))
	case catalog.KindBool:
		b.WriteString(" `true` means Yes.")
	case catalog.KindText:
		fmt.Fprintf(&b, " A task category name, or `%s`.", catalog.TaskCategoryOwn)
	}
	return b.String()
}

// computedGroupsAttribute is a read-only nested attribute holding every
// group, for data sources.
func computedGroupsAttribute(groups []permGroup, description string) dsschema.SingleNestedAttribute {
	attrs := make(map[string]dsschema.Attribute, len(groups))
	for _, g := range groups {
		inner := make(map[string]dsschema.Attribute, len(g.Perms))
		for _, p := range g.Perms {
			if p.Kind == catalog.KindBool {
				inner[p.Name] = dsschema.BoolAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			} else {
				inner[p.Name] = dsschema.StringAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			}
		}
		attrs[g.Name] = dsschema.SingleNestedAttribute{Computed: true, Attributes: inner, MarkdownDescription: g.Label + ": " + g.Description}
	}
	return dsschema.SingleNestedAttribute{Computed: true, Attributes: attrs, MarkdownDescription: description}
}

// permValue converts one catalogue value to its Terraform value.
func permValue(p *catalog.Permission, v catalog.Value, known bool) attr.Value {
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

// settingsObject renders settings as the groups object. Permissions missing
// from s are null.
func settingsObject(groups []permGroup, s catalog.Settings) (types.Object, diag.Diagnostics) {
	var diags diag.Diagnostics
	outer := make(map[string]attr.Value, len(groups))
	for _, g := range groups {
		inner := make(map[string]attr.Value, len(g.Perms))
		for _, p := range g.Perms {
			v, ok := s[p.Key]
			inner[p.Name] = permValue(p, v, ok)
		}
		obj, d := types.ObjectValue(groupAttrTypes(g), inner)
		diags.Append(d...)
		outer[g.Name] = obj
	}
	obj, d := types.ObjectValue(groupsObjectType(groups).AttrTypes, outer)
	diags.Append(d...)
	return obj, diags
}

// keyList renders permission keys as a list of strings.
func keyList(keys []catalog.Key) types.List {
	vals := make([]attr.Value, len(keys))
	for i, k := range keys {
		vals[i] = types.StringValue(string(k))
	}
	return types.ListValueMust(types.StringType, vals)
}

func stringList(ss []string) types.List {
	vals := make([]attr.Value, len(ss))
	for i, s := range ss {
		vals[i] = types.StringValue(s)
	}
	return types.ListValueMust(types.StringType, vals)
}
