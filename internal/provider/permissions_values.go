package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/suggest"
)

// Permission overrides are one optional map(string) per group
// (`crm = { companies_add = false }`), checked by the provider against the
// catalogue. Terraform converts an object written for an object-typed
// attribute to that type and silently drops the keys the type lacks
// (hashicorp/terraform-plugin-framework#1210), so with typed objects a
// misspelled permission vanished and the level kept the base level's
// broader default. A map hands every key to the provider, which rejects
// unknown names and values of the wrong kind at `terraform validate`. Why
// this shape and not nested blocks or dynamic values, with measurements:
// bench/schemashape/README.md.

// attributeGetter is what tfsdk.Config, tfsdk.Plan and tfsdk.State share.
type attributeGetter interface {
	GetAttribute(ctx context.Context, p path.Path, target interface{}) diag.Diagnostics
}

// overrideAttributes are the optional per-group override maps of a
// resource. what names the values unset permissions keep.
func overrideAttributes(groups []permGroup, what string) map[string]rschema.Attribute {
	out := make(map[string]rschema.Attribute, len(groups))
	for _, g := range groups {
		out[g.Name] = rschema.MapAttribute{
			Optional: true, ElementType: types.StringType,
			MarkdownDescription: fmt.Sprintf("%s permissions (%s) that differ from %s, by permission name: `%s = { %s }`. "+
				"Every key must be a permission of %s and every value one the permission allows, written exactly (`true`/`false` for a "+
				"check box, the option's name otherwise), or the plan fails naming the mistake; the permissions and their values are "+
				"listed under *Permissions* below. Unset permissions keep %s's value. In state and in references the values are strings "+
				"(`\"false\"`).", g.Label, g.Description, what, g.Name, exampleEntry(g), g.Name, what),
		}
	}
	return out
}

// exampleEntry is one permission of g written as HCL, for descriptions.
func exampleEntry(g permGroup) string {
	p := g.Perms[0]
	for _, q := range g.Perms {
		if q.Kind == catalog.KindBool {
			p = q
			break
		}
	}
	return p.Name + " = " + hclValue(p, p.Floor)
}

// hclValue writes a value of p as HCL: a bare bool for a check box, a
// quoted string otherwise.
func hclValue(p *catalog.Permission, v catalog.Value) string {
	if p.Kind == catalog.KindBool {
		return fmt.Sprint(v.IsYes())
	}
	return fmt.Sprintf("%q", v)
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

// overrideMaps reads the override maps of src, null ones included.
func overrideMaps(ctx context.Context, src attributeGetter, groups []permGroup) (map[string]types.Map, diag.Diagnostics) {
	var diags diag.Diagnostics
	out := make(map[string]types.Map, len(groups))
	fast := getTopLevel(ctx, src, permGroupNames(groups)) // one pass when it can (fields_fast.go)
	for _, g := range groups {
		m, ok := fast[g.Name].(types.Map)
		if !ok {
			diags.Append(src.GetAttribute(ctx, path.Root(g.Name), &m)...)
		}
		out[g.Name] = m
	}
	return out, diags
}

// checkOverrides is the one check of override maps, run by ValidateConfig
// (so `terraform validate` reports mistakes without credentials) and again
// by ModifyPlan (for values unknown at validate). Each mistake is an error
// on the entry itself (a map-key step, which Terraform underlines): a name
// that is not a permission of its group, with the closest real name or the
// group it belongs to, or a value that is not one the permission allows,
// with the allowed values. Only canonical values pass, so state holds
// exactly what the configuration wrote.
func checkOverrides(ctx context.Context, src attributeGetter, groups []permGroup, topLevel map[string]string, diags *diag.Diagnostics) {
	maps, d := overrideMaps(ctx, src, groups)
	diags.Append(d...)
	for _, g := range groups {
		m := maps[g.Name]
		if m.IsNull() || m.IsUnknown() {
			continue
		}
		elems := m.Elements()
		for _, name := range sortedKeys(elems) {
			at := path.Root(g.Name).AtMapKey(name)
			p, ok := g.perm(name)
			if !ok {
				diags.AddAttributeError(at, "Unknown permission", unknownPermission(g, groups, topLevel, name))
				continue
			}
			s, ok := elems[name].(types.String)
			if !ok || s.IsNull() || s.IsUnknown() {
				continue
			}
			if _, problem := canonicalValue(p, g.Name+"."+name, s.ValueString()); problem != "" {
				diags.AddAttributeError(at, "Invalid permission value", problem)
			}
		}
	}
}

// perm finds a permission of g by its name.
func (g permGroup) perm(name string) (*catalog.Permission, bool) {
	for _, p := range g.Perms {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

// unknownPermission explains a key of group g that is not one of its
// permissions: the group that has a permission of that name, the top-level
// argument of that name (topLevel maps such names to the phrase to show),
// or the closest name in g or, failing that, in any group.
func unknownPermission(g permGroup, groups []permGroup, topLevel map[string]string, name string) string {
	prefix := fmt.Sprintf("%s.%s is not a permission", g.Name, name)
	for _, other := range groups {
		if _, ok := other.perm(name); ok && other.Name != g.Name {
			return fmt.Sprintf("%s: %s is in %s (%s). Write it as %s = { %s = … }.", prefix, name, other.Name, other.Label, other.Name, name)
		}
	}
	if what, ok := topLevel[name]; ok {
		return fmt.Sprintf("%s: %s is %s, written outside the permission maps.", prefix, name, what)
	}
	names := make([]string, len(g.Perms))
	for i, p := range g.Perms {
		names[i] = p.Name
	}
	hint := suggest.DidYouMean(name, names)
	if hint == "" {
		var all []string
		where := map[string]string{}
		for _, other := range groups {
			for _, p := range other.Perms {
				all = append(all, p.Name)
				where[p.Name] = other.Name
			}
		}
		if best, ok := suggest.Closest(name, all); ok {
			hint = fmt.Sprintf(" Did you mean %q, in %s?", best, where[best])
		}
	}
	return fmt.Sprintf("%s.%s The permissions of %s (%s) are %s.", prefix, hint, g.Name, g.Label, strings.Join(names, ", "))
}

// canonicalValue checks a configured value of p, written at (e.g.
// "crm.companies_add"), and returns it as the catalogue spells it, or the
// problem with it, in words for the diagnostic. Only the spelling the docs give is taken (`true` or
// `false` for a check box, an option exactly as named), so what the state
// holds reads back as the configuration wrote it.
func canonicalValue(p *catalog.Permission, at, s string) (catalog.Value, string) {
	switch p.Kind {
	case catalog.KindBool:
		switch s {
		case "true":
			return catalog.Yes, ""
		case "false":
			return catalog.No, ""
		}
		return "", fmt.Sprintf("%s is a check box (%q): write true or false, not %q.", at, p.Label, s)
	case catalog.KindText:
		if strings.TrimSpace(s) == "" {
			return "", fmt.Sprintf("%s (%q) needs a task category name, or %q for each task's own category; it cannot be empty.", at, p.Label, catalog.TaskCategoryOwn)
		}
		return catalog.Value(s), ""
	}
	vals := p.Values()
	quoted := make([]string, len(vals))
	for i, v := range vals {
		if string(v) == s {
			return v, ""
		}
		quoted[i] = fmt.Sprintf("%q", v)
	}
	msg := fmt.Sprintf("%s (%q) must be one of %s, not %q.", at, p.Label, strings.Join(quoted, ", "), s)
	for _, v := range vals {
		if strings.EqualFold(string(v), s) {
			msg += fmt.Sprintf(" Write %q: values are compared exactly.", v)
		}
	}
	return "", msg
}

// stateString is a value as an override map holds it: "true"/"false" for
// a check box (what Terraform makes of `false` in a map of strings), the
// option's name otherwise.
func stateString(p *catalog.Permission, v catalog.Value) string {
	if p.Kind == catalog.KindBool {
		return fmt.Sprint(v.IsYes())
	}
	return string(v)
}

// readOverrides collects the overrides from config, plan or state.
// Entries the check rejects and null entries are skipped; unknown reports
// whether any value is not known yet.
func readOverrides(ctx context.Context, src attributeGetter, groups []permGroup) (s catalog.Settings, unknown bool, diags diag.Diagnostics) {
	s = catalog.Settings{}
	maps, diags := overrideMaps(ctx, src, groups)
	for _, g := range groups {
		m := maps[g.Name]
		if m.IsNull() {
			continue
		}
		if m.IsUnknown() {
			unknown = true
			continue
		}
		for name, v := range m.Elements() {
			p, ok := g.perm(name)
			str, isString := v.(types.String)
			switch {
			case !ok || !isString || str.IsNull():
				continue
			case str.IsUnknown():
				unknown = true
				continue
			}
			if val, problem := canonicalValue(p, "", str.ValueString()); problem == "" {
				s[p.Key] = val
			}
		}
	}
	return s, unknown, diags
}

// refreshedOverrides renders the override maps for state from the remote
// settings. After a create, an update or a refresh (prior holds the maps
// the state has) every entry keeps its name and takes the remote value;
// null entries stay null (`companies_add = var.strict ? false : null`
// would otherwise plan its null back on every run), and a map that is
// null, or present and empty, stays so. When importing (prior is nil) a
// map shows every permission that differs from base; a group with none
// is null.
func refreshedOverrides(groups []permGroup, prior map[string]types.Map, remote, base catalog.Settings) (map[string]types.Map, diag.Diagnostics) {
	var diags diag.Diagnostics
	out := make(map[string]types.Map, len(groups))
	for _, g := range groups {
		elems := map[string]attr.Value{}
		if prior == nil {
			for _, p := range g.Perms {
				if v, ok := remote[p.Key]; ok && v != base[p.Key] {
					elems[p.Name] = types.StringValue(stateString(p, v))
				}
			}
			if len(elems) == 0 {
				out[g.Name] = types.MapNull(types.StringType)
				continue
			}
		} else {
			old := prior[g.Name]
			if old.IsNull() || old.IsUnknown() {
				out[g.Name] = types.MapNull(types.StringType)
				continue
			}
			for name, v := range old.Elements() {
				elems[name] = v
				p, ok := g.perm(name)
				if !ok || v.IsNull() || v.IsUnknown() {
					continue
				}
				if rv, ok := remote[p.Key]; ok {
					elems[name] = types.StringValue(stateString(p, rv))
				}
			}
		}
		m, d := types.MapValue(types.StringType, elems)
		diags.Append(d...)
		out[g.Name] = m
	}
	return out, diags
}
