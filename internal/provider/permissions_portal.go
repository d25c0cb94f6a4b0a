package provider

import (
	"context"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// portalGroups are the Client Portal permission groups in editor order,
// built from the catalogue like levelGroups. The "general" group holds
// the settings of the level itself (assignable by a client user), which
// resources show as a top-level attribute; effective permissions and data
// sources show every group.
var portalGroups = func() []permGroup {
	byGroup := map[catalog.Module][]*catalog.Permission{}
	for _, p := range catalog.PortalPermissions() {
		byGroup[p.Group] = append(byGroup[p.Group], &p.Permission)
	}
	var out []permGroup
	for _, gi := range catalog.PortalGroups() {
		g := permGroup{Name: string(gi.Group), Label: gi.Label, Description: gi.Description, Perms: byGroup[gi.Group]}
		g.attrTypes = groupAttrTypes(g)
		out = append(out, g)
	}
	return out
}()

// portalOverrideGroups are the groups a portal level resource takes as
// optional blocks: all but "general".
var portalOverrideGroups = func() []permGroup {
	var out []permGroup
	for _, g := range portalGroups {
		if g.Name != string(catalog.PortalGroupGeneral) {
			out = append(out, g)
		}
	}
	return out
}()

// Portal level types as Terraform spells them.
const (
	portalTypeClientPortal = "client_portal"
	portalTypeTaskfire     = "taskfire"
)

var portalTypeNames = []string{portalTypeClientPortal, portalTypeTaskfire}

// portalTypeFromTF maps the Terraform spelling to the catalogue's type.
func portalTypeFromTF(s string) (catalog.PortalType, bool) {
	switch s {
	case portalTypeClientPortal:
		return catalog.PortalClientAccess, true
	case portalTypeTaskfire:
		return catalog.PortalTaskfire, true
	}
	return "", false
}

// portalTypeToTF maps a wire type to the Terraform spelling ("" when
// unknown).
func portalTypeToTF(wire *int) string {
	if wire == nil {
		return ""
	}
	t, ok := autotask.PortalTypeOf(*wire)
	switch {
	case !ok:
		return ""
	case t == catalog.PortalTaskfire:
		return portalTypeTaskfire
	}
	return portalTypeClientPortal
}

// portalBaseDefaults is what a portal level's permissions are compared
// with on import: a system level's own defaults, or the starting values
// of a new custom level of its type.
func portalBaseDefaults(l *autotask.ClientPortalSecurityLevel) catalog.Settings {
	if deref(l.IsSystem) {
		if sys, ok := catalog.PortalLevelByID(catalog.PortalLevelID(l.ID)); ok {
			return sys.Defaults()
		}
	}
	t, _ := autotask.PortalTypeOf(deref(l.Type))
	if t == "" {
		t = catalog.PortalClientAccess
	}
	return catalog.PortalCustomDefaults(t)
}

// findPortalLevel resolves an ID ("7") or a name: a system portal level's
// catalogue name, or the exact name of one level in the PSA.
func findPortalLevel(ctx context.Context, c *autotask.Client, ref string) (*autotask.ClientPortalSecurityLevel, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return c.ClientPortalSecurityLevels().Get(ctx, id)
	}
	if sys, ok := catalog.PortalLevelByName(ref); ok {
		return c.ClientPortalSecurityLevels().Get(ctx, int64(sys.ID))
	}
	return c.ClientPortalSecurityLevels().One(ctx, autotask.Eq("name", ref))
}

// portalLevelSummary is what the portal level data sources show of a level.
type portalLevelSummary struct {
	ID          types.Int64  `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Description types.String `tfsdk:"description"`
	Type        types.String `tfsdk:"type"`
	Active      types.Bool   `tfsdk:"active"`
	System      types.Bool   `tfsdk:"system"`
	Assignable  types.Bool   `tfsdk:"assignable_by_client_user"`
	Permissions types.Object `tfsdk:"permissions"`
}

func portalLevelSummaryAttrTypes() map[string]attr.Type {
	return map[string]attr.Type{
		"id": types.Int64Type, "name": types.StringType, "description": types.StringType, "type": types.StringType,
		"active": types.BoolType, "system": types.BoolType, "assignable_by_client_user": types.BoolType,
		"permissions": groupsObjectType(portalGroups),
	}
}

func portalLevelSummaryAttributes() map[string]dsschema.Attribute {
	return map[string]dsschema.Attribute{
		"id":          dsschema.Int64Attribute{Computed: true, MarkdownDescription: "Client Portal security level ID."},
		"name":        dsschema.StringAttribute{Computed: true, MarkdownDescription: "Name."},
		"description": dsschema.StringAttribute{Computed: true, MarkdownDescription: "Description."},
		"type":        dsschema.StringAttribute{Computed: true, MarkdownDescription: "`client_portal` or `taskfire`."},
		"active":      dsschema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the level can be given to portal users."},
		"system":      dsschema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is a system level (read-only)."},
		"assignable_by_client_user": dsschema.BoolAttribute{Computed: true,
			MarkdownDescription: "Whether client users who manage portal logins may give this level to others."},
		"permissions": computedGroupsAttribute(portalGroups, "Every portal permission as the level grants it."),
	}
}

// summarizePortalLevel converts a remote portal level.
func summarizePortalLevel(l autotask.ClientPortalSecurityLevel) (portalLevelSummary, diag.Diagnostics) {
	s := portalLevelSummary{
		ID: types.Int64Value(l.ID), Name: types.StringValue(deref(l.Name)), Description: types.StringValue(deref(l.Description)),
		Type: types.StringValue(portalTypeToTF(l.Type)), Active: types.BoolValue(deref(l.IsActive)), System: types.BoolValue(deref(l.IsSystem)),
		Assignable: types.BoolValue(l.Permissions[catalog.PortalKeyAssignable].IsYes()),
	}
	perms, diags := settingsObject(portalGroups, l.Permissions)
	s.Permissions = perms
	return s, diags
}
