package provider

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/mapvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var reportAPIUserAttrTypes = map[string]attr.Type{
	"user_name": types.StringType, "security_level": types.StringType, "integration": types.StringType,
	"active": types.BoolType, "cells": types.MapType{ElemType: types.StringType},
}

// accessReportAPIUserAttributes are the access report's API user part.
func accessReportAPIUserAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"include_api_users": schema.BoolAttribute{Optional: true,
			MarkdownDescription: "Also report every API user of the PSA (active or not) with what its level lets the integration do, and judge " +
				"every active one whose integration profile and level permissions are known against that profile's recipe (in `findings`). " +
				"Needs credentials."},
		"api_user_profiles": schema.MapAttribute{Optional: true, ElementType: types.StringType,
			MarkdownDescription: "The integration profile of API users, by user name (any letter case): " +
				"`{ \"rewst@msp.example.com\" = \"rewst\" }`. The least-privilege rules judge each listed user's level against that " +
				"profile's recipe — a user on `API User (system)` is told it holds every permission. Where the database serves the " +
				"security-administration extension, a user carrying a built-in vendor's tracking identifier is judged against that " +
				"vendor's profile without being listed; without the extension only this map says which integration a user serves. " +
				"Needs `include_api_users`; a name that is not an API user of the database is an error.",
			Validators: []validator.Map{mapvalidator.ValueStringsAre(profileNameValidator())}},
		"api_users": schema.ListNestedAttribute{Computed: true,
			MarkdownDescription: "With `include_api_users`: one entry per API user, ordered by user name; `markdown` gains a second table.",
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"user_name":      schema.StringAttribute{Computed: true, MarkdownDescription: "User name."},
				"security_level": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the user's security level."},
				"integration": schema.StringAttribute{Computed: true,
					MarkdownDescription: "The integration whose tracking identifier the user carries: the vendor's profile name, or `internal: <name>`; " +
						"without the extension, the profile `api_user_profiles` gives it. Null when not known."},
				"active": schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the user can call the API."},
				"cells": schema.MapAttribute{Computed: true, ElementType: types.StringType,
					MarkdownDescription: "Access by column key, as in `rows`."},
			}}},
	}
}

// apiUserReport builds the API user part of the access report: the list,
// its Markdown table, the least-privilege findings of every active API user
// whose integration profile and level permissions are known, and the users
// with a profile whose level's permissions are not known (unjudged). keys
// are the column keys of the report.
func (d *AccessReportDataSource) apiUserReport(ctx context.Context, psa *reportPSA, columns []evaluate.Column, keys []string) (
	list types.List, md string, findings []evaluate.Finding, unjudged []string, diags diag.Diagnostics) {
	listType := types.ObjectType{AttrTypes: reportAPIUserAttrTypes}
	list = types.ListNull(listType)
	users, err := psa.apiUsers(ctx)
	if err != nil {
		diags.AddError("Could not list API users", d.data.apiErrorDetail(err))
		return list, "", nil, nil, diags
	}
	custom, err := psa.customLevels(ctx)
	if err != nil {
		diags.AddError("Could not list security levels", d.data.apiErrorDetail(err))
		return list, "", nil, nil, diags
	}
	users = slices.Clone(users)
	slices.SortFunc(users, func(a, b reportAPIUser) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.UserName), strings.ToLower(b.UserName)), cmp.Compare(a.ID, b.ID))
	})
	in := evaluate.Input{Remote: &evaluate.Remote{}}
	for _, l := range custom {
		in.Remote.Levels = append(in.Remote.Levels, remoteLevel(l))
	}
	named := make([]evaluate.NamedLevel, 0, len(users))
	meta := make([]map[string]attr.Value, 0, len(users))
	for _, u := range users {
		levelName, settings, known, err := psa.level(ctx, u.LevelID)
		if err != nil {
			diags.AddError("Could not list security levels", d.data.apiErrorDetail(err))
			return list, "", nil, nil, diags
		}
		named = append(named, evaluate.NamedLevel{Name: u.UserName + " (" + levelName + ")", Settings: settings, Unknown: !known})
		meta = append(meta, map[string]attr.Value{
			"user_name": types.StringValue(u.UserName), "security_level": types.StringValue(levelName),
			"integration": u.integration(), "active": types.BoolValue(u.Active),
		})
		switch {
		case !u.Active || u.Profile == "":
		case !known:
			unjudged = append(unjudged, fmt.Sprintf("%q (%s)", u.UserName, levelName))
		default:
			in.APIUsers = append(in.APIUsers, evaluate.APIUser{Address: fmt.Sprintf("API user %q", u.UserName), ID: u.ID, UserName: u.UserName,
				Level: evaluate.LevelRef{ID: u.LevelID}, Integration: u.Profile, Vendor: u.Vendor, InternalName: u.InternalName})
		}
	}
	if len(in.APIUsers) > 0 {
		findings = evaluate.Evaluate(in, d.evalOptions())
	}
	matrix := evaluate.AccessMatrix(named, columns)
	out := make([]attr.Value, len(matrix.Rows))
	for i, row := range matrix.Rows {
		cells := make(map[string]attr.Value, len(row.Cells))
		for j, cell := range row.Cells {
			cells[keys[j]] = types.StringValue(cell.String())
		}
		meta[i]["cells"] = types.MapValueMust(types.StringType, cells)
		obj, od := types.ObjectValue(reportAPIUserAttrTypes, meta[i])
		diags.Append(od...)
		out[i] = obj
	}
	list, ld := types.ListValue(listType, out)
	diags.Append(ld...)
	md = "\n\n### API users\n\n" + strings.Replace(matrix.Markdown(), "| Security level |", "| API user (security level) |", 1)
	return list, md, findings, unjudged, diags
}

// evalOptions are the provider's rule options (rule_severity).
func (d *AccessReportDataSource) evalOptions() evaluate.Options {
	if d.data == nil {
		return evaluate.Options{}
	}
	return d.data.evalOptions
}
