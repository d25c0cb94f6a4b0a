package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// The per-user part of autotask_access_report: every resource, API user
// and Client Portal user with their level, protected-data access and
// portal level.

var reportProtectedAttrTypes = map[string]attr.Type{
	"view_protected": types.BoolType, "edit_protected": types.BoolType, "view_unprotected": types.BoolType, "edit_unprotected": types.BoolType,
}

var reportUserAttrTypes = map[string]attr.Type{
	"user_name": types.StringType, "name": types.StringType, "kind": types.StringType, "active": types.BoolType,
	"security_level": types.StringType, "license_type": types.StringType,
	"protected_data":            types.ObjectType{AttrTypes: reportProtectedAttrTypes},
	"protected_data_is_default": types.BoolType,
	"portal_level":              types.StringType,
}

// userReportAttributes are the schema attributes of the per-user part.
func userReportAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"include_users": schema.BoolAttribute{Optional: true,
			MarkdownDescription: "List every user in `users` and in the Markdown: resources and API users with their security level and " +
				"protected-data access, Client Portal users with their portal level. Needs credentials."},
		"users": schema.ListNestedAttribute{Computed: true,
			MarkdownDescription: "One entry per user when `include_users` is true: resources first, then API users, then Client Portal users, " +
				"each by user name. Administrators and API users hold all four protected-data permissions unless someone took them away; " +
				"`protected_data_is_default` says whether a user's access is still their license's default.",
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"user_name": schema.StringAttribute{Computed: true, MarkdownDescription: "User name."},
				"name":      schema.StringAttribute{Computed: true, MarkdownDescription: "First and last name (resources and API users)."},
				"kind": schema.StringAttribute{Computed: true, MarkdownDescription: "`" + string(evaluate.UserResource) + "`, `" +
					string(evaluate.UserAPI) + "` or `" + string(evaluate.UserPortal) + "`."},
				"active":         schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the user can sign in."},
				"security_level": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the security level (resources and API users)."},
				"license_type":   schema.StringAttribute{Computed: true, MarkdownDescription: "License of that level."},
				"protected_data": schema.SingleNestedAttribute{Computed: true,
					MarkdownDescription: "Access to user-defined field data (resources and API users; null for portal users, who never see protected fields, " +
						"and for everyone on a database without the security-administration extension, which alone shows it).",
					Attributes: map[string]schema.Attribute{
						"view_protected":   schema.BoolAttribute{Computed: true, MarkdownDescription: "Sees protected fields."},
						"edit_protected":   schema.BoolAttribute{Computed: true, MarkdownDescription: "Changes protected fields."},
						"view_unprotected": schema.BoolAttribute{Computed: true, MarkdownDescription: "Sees unprotected fields."},
						"edit_unprotected": schema.BoolAttribute{Computed: true, MarkdownDescription: "Changes unprotected fields."},
					}},
				"protected_data_is_default": schema.BoolAttribute{Computed: true,
					MarkdownDescription: "Whether `protected_data` is the default of the user's license (all four for administrators and API users, unprotected only for everyone else)."},
				"portal_level": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the Client Portal or Taskfire level (portal users only); " +
					"`custom level <ID>` for a custom one on a database without the security-administration extension."},
			}}},
	}
}

// addUserReport extends the schema with the per-user part.
func addUserReport(s *schema.Schema) {
	for k, v := range userReportAttributes() {
		s.Attributes[k] = v
	}
	s.MarkdownDescription += " With `include_users`, it also lists every user — resources and API users with their security level " +
		"and protected-data access (and whether that is their license's default), Client Portal users with their portal level — in `users` " +
		"and as a second Markdown table."
}

// fillUsers sets `users` and appends their table to the Markdown when the
// configuration asks for them. hasLevels says whether the level matrix has
// rows.
func (d *AccessReportDataSource) fillUsers(ctx context.Context, m *accessReportModel, psa *reportPSA, hasLevels bool, diags *diag.Diagnostics) {
	m.Users = types.ListNull(types.ObjectType{AttrTypes: reportUserAttrTypes})
	if !m.IncludeUsers.ValueBool() {
		return
	}
	users, err := readUsers(ctx, psa)
	if err != nil {
		diags.AddError("Could not list the users for the access report", d.data.apiErrorDetail(err))
		return
	}
	m.Users = usersValue(users)
	table := evaluate.UserAccessMarkdown(users)
	if hasLevels {
		m.Markdown = types.StringValue(m.Markdown.ValueString() + "\n" + table)
	} else {
		m.Markdown = types.StringValue(table)
	}
}

// readUsers lists every user of the PSA for the report: resources (API
// users among them) with their level, and portal logins with their portal
// level. Protected-data access and custom portal levels' names come from
// the extension; without it they are left out.
func readUsers(ctx context.Context, psa *reportPSA) ([]evaluate.UserAccess, error) {
	all := autotask.QueryOptions{Filter: []autotask.Filter{autotask.Exist("id")}}
	resources, err := psa.c.Resources().Query(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("listing resources: %w", err)
	}
	levels, err := psa.tenantLevels(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing security levels: %w", err)
	}
	var grants []autotask.ProtectedDataPermission
	if psa.served {
		if grants, err = psa.c.ProtectedDataPermissions().Query(ctx, all); err != nil {
			return nil, fmt.Errorf("listing protected-data permissions: %w", err)
		}
	}
	portalUsers, err := psa.c.ClientPortalUsers().Query(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("listing Client Portal users: %w", err)
	}
	var portalLevels []autotask.ClientPortalSecurityLevel
	if psa.served && len(portalUsers) > 0 {
		if portalLevels, err = psa.c.ClientPortalSecurityLevels().Query(ctx, all); err != nil {
			return nil, fmt.Errorf("listing Client Portal security levels: %w", err)
		}
	}

	levelName := map[int64]string{}
	for _, s := range catalog.SystemLevels() {
		levelName[int64(s.ID)] = s.DisplayName
	}
	for _, l := range levels {
		levelName[l.ID] = l.Name
	}
	grantOf := map[int64]catalog.ProtectedAccess{}
	for _, g := range grants {
		grantOf[deref(g.ResourceID)] = catalog.ProtectedAccess{ViewProtected: deref(g.CanViewProtectedData), EditProtected: deref(g.CanEditProtectedData),
			ViewUnprotected: deref(g.CanViewUnprotectedData), EditUnprotected: deref(g.CanEditUnprotectedData)}
	}
	portalName := map[int64]string{}
	for _, l := range catalog.PortalLevels() {
		portalName[int64(l.ID)] = l.Name
	}
	for _, l := range portalLevels {
		portalName[l.ID] = deref(l.Name)
	}

	out := make([]evaluate.UserAccess, 0, len(resources)+len(portalUsers))
	for i := range resources {
		res := &resources[i]
		u := evaluate.UserAccess{UserName: deref(res.UserName), Name: joinName(deref(res.FirstName), deref(res.LastName)),
			Kind: evaluate.UserResource, Active: deref(res.IsActive), License: licenseOf(res)}
		if u.License == catalog.LicenseAPIUser {
			u.Kind = evaluate.UserAPI
		}
		if res.UserType != nil {
			u.Level = levelName[*res.UserType]
		}
		if g, ok := grantOf[res.ID]; ok {
			u.Protected = &g
		}
		out = append(out, u)
	}
	for _, p := range portalUsers {
		u := evaluate.UserAccess{UserName: deref(p.UserName), Kind: evaluate.UserPortal, Active: deref(p.IsClientPortalActive)}
		if id := p.SecurityLevel; id != nil {
			u.PortalLevel = portalName[*id]
			if u.PortalLevel == "" {
				u.PortalLevel = fmt.Sprintf("custom level %d", *id)
			}
		}
		out = append(out, u)
	}
	evaluate.SortUsers(out)
	return out, nil
}

func joinName(first, last string) string {
	switch {
	case first == "":
		return last
	case last == "":
		return first
	}
	return first + " " + last
}

// usersValue turns the report's users into the `users` attribute.
func usersValue(users []evaluate.UserAccess) types.List {
	elemType := types.ObjectType{AttrTypes: reportUserAttrTypes}
	str := func(s string) types.String {
		if s == "" {
			return types.StringNull()
		}
		return types.StringValue(s)
	}
	elems := make([]attr.Value, len(users))
	for i, u := range users {
		prot := types.ObjectNull(reportProtectedAttrTypes)
		isDefault := types.BoolNull()
		if p := u.Protected; p != nil {
			prot = types.ObjectValueMust(reportProtectedAttrTypes, map[string]attr.Value{
				"view_protected": types.BoolValue(p.ViewProtected), "edit_protected": types.BoolValue(p.EditProtected),
				"view_unprotected": types.BoolValue(p.ViewUnprotected), "edit_unprotected": types.BoolValue(p.EditUnprotected),
			})
			if u.License != "" {
				isDefault = types.BoolValue(u.ProtectedIsDefault())
			}
		}
		elems[i] = types.ObjectValueMust(reportUserAttrTypes, map[string]attr.Value{
			"user_name": types.StringValue(u.UserName), "name": str(u.Name), "kind": types.StringValue(string(u.Kind)),
			"active": types.BoolValue(u.Active), "security_level": str(u.Level), "license_type": str(string(u.License)),
			"protected_data": prot, "protected_data_is_default": isDefault, "portal_level": str(u.PortalLevel),
		})
	}
	return types.ListValueMust(elemType, elems)
}
