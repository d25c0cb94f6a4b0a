package provider

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
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
			MarkdownDescription: "Also report every API user of the PSA (active or not) with what its level lets the integration do. Needs credentials."},
		"api_users": schema.ListNestedAttribute{Computed: true,
			MarkdownDescription: "With `include_api_users`: one entry per API user, ordered by user name; `markdown` gains a second table.",
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"user_name":      schema.StringAttribute{Computed: true, MarkdownDescription: "User name."},
				"security_level": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the user's security level."},
				"integration": schema.StringAttribute{Computed: true,
					MarkdownDescription: "The integration whose tracking identifier the user carries: the vendor's profile name, or `internal: <name>`."},
				"active": schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the user can call the API."},
				"cells": schema.MapAttribute{Computed: true, ElementType: types.StringType,
					MarkdownDescription: "Access by column key, as in `rows`."},
			}}},
	}
}

// apiUserReport builds the API user part of the access report: the list
// and its Markdown table. keys are the column keys of the report.
func (d *AccessReportDataSource) apiUserReport(ctx context.Context, columns []evaluate.Column, keys []string) (types.List, string, diag.Diagnostics) {
	var diags diag.Diagnostics
	listType := types.ObjectType{AttrTypes: reportAPIUserAttrTypes}
	c, cd := d.data.Client(ctx)
	diags.Append(cd...)
	if diags.HasError() {
		return types.ListNull(listType), "", diags
	}
	users, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Exist("id")}})
	if err != nil {
		diags.AddError("Could not list API users", d.data.apiErrorDetail(err))
		return types.ListNull(listType), "", diags
	}
	custom, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("isSystem", false)}})
	if err != nil {
		diags.AddError("Could not list security levels", d.data.apiErrorDetail(err))
		return types.ListNull(listType), "", diags
	}
	levels := make(map[int64]autotask.SecurityLevel, len(custom))
	for _, l := range custom {
		levels[l.ID] = l
	}
	slices.SortFunc(users, func(a, b autotask.APIUser) int {
		return cmp.Or(strings.Compare(strings.ToLower(deref(a.UserName)), strings.ToLower(deref(b.UserName))), cmp.Compare(a.ID, b.ID))
	})
	named := make([]evaluate.NamedLevel, 0, len(users))
	meta := make([]map[string]attr.Value, 0, len(users))
	for _, u := range users {
		id := deref(u.SecurityLevelID)
		levelName, settings := "", catalog.Settings(nil)
		if s, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
			levelName, settings = s.DisplayName, s.Defaults()
		} else if l, ok := levels[id]; ok {
			levelName, settings = deref(l.Name), l.Permissions
		}
		integration := ""
		if v := deref(u.IntegrationVendor); v != "" {
			integration = v
			if p, ok := catalog.ProfileByName(v); ok {
				integration = p.Name
			}
		} else if n := deref(u.InternalIntegrationName); n != "" {
			integration = "internal: " + n
		}
		named = append(named, evaluate.NamedLevel{Name: deref(u.UserName) + " (" + levelName + ")", Settings: settings})
		meta = append(meta, map[string]attr.Value{
			"user_name": types.StringValue(deref(u.UserName)), "security_level": types.StringValue(levelName),
			"integration": types.StringValue(integration), "active": types.BoolValue(deref(u.IsActive)),
		})
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
	md := "\n\n### API users\n\n" + strings.Replace(matrix.Markdown(), "| Security level |", "| API user (security level) |", 1)
	return list, md, diags
}
