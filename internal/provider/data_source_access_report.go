package provider

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var _ datasource.DataSourceWithConfigure = &AccessReportDataSource{}

// AccessReportDataSource builds a who-can-do-what matrix across levels.
type AccessReportDataSource struct{ data *providerData }

// NewAccessReportDataSource is the constructor the provider registers.
func NewAccessReportDataSource() datasource.DataSource { return &AccessReportDataSource{} }

type accessReportModel struct {
	SystemLevels  types.List   `tfsdk:"system_levels"`
	IncludeCustom types.Bool   `tfsdk:"include_custom"`
	Objects       types.List   `tfsdk:"objects"`
	Columns       types.List   `tfsdk:"columns"`
	Rows          types.List   `tfsdk:"rows"`
	Markdown      types.String `tfsdk:"markdown"`
	// API users (data_source_access_report_api_users.go).
	IncludeAPIUsers types.Bool `tfsdk:"include_api_users"`
	APIUserProfiles types.Map  `tfsdk:"api_user_profiles"`
	APIUsers        types.List `tfsdk:"api_users"`
	IncludeUsers    types.Bool `tfsdk:"include_users"`
	Users           types.List `tfsdk:"users"`
	// Review (data_source_access_report_compare.go).
	JSON        types.String `tfsdk:"json"`
	CompareTo   types.String `tfsdk:"compare_to"`
	Differences types.List   `tfsdk:"differences"`
	Findings    types.List   `tfsdk:"findings"`
}

var reportColumnAttrTypes = map[string]attr.Type{"key": types.StringType, "label": types.StringType}
var reportRowAttrTypes = map[string]attr.Type{"level": types.StringType, "cells": types.MapType{ElemType: types.StringType}}

// Metadata names the data source.
func (d *AccessReportDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_access_report"
}

// Schema describes the data source.
func (d *AccessReportDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	var kinds []string
	for _, k := range evaluate.ObjectKinds() {
		kinds = append(kinds, k.String())
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A who-can-do-what matrix: for each security level, whether its users can view, add, edit or delete each kind " +
			"of object — `All`, `Mine` (only through an association), `None`, `Yes` or `No` — as structured attributes and as a " +
			"Markdown table a module can write to a file. System levels come from the catalogue (no credentials needed); custom " +
			"levels are read from the PSA. With `include_api_users`, every API user is reported too, with what its level lets the integration do, " +
			"and the least-privilege rules judge each one whose integration profile and level permissions are known. " + reportWithoutExtension,
		Attributes: map[string]schema.Attribute{
			"system_levels": schema.ListAttribute{Optional: true, ElementType: types.StringType,
				MarkdownDescription: "System levels to include, by name, in this order."},
			"include_custom": schema.BoolAttribute{Optional: true,
				MarkdownDescription: "Include every custom security level of the PSA (after the system levels, ordered by ID). Needs credentials."},
			"objects": schema.ListAttribute{Optional: true, ElementType: types.StringType,
				MarkdownDescription: "Object kinds to report (default all): " + quotedList(kinds) + "."},
			"columns": schema.ListNestedAttribute{Computed: true, MarkdownDescription: "The matrix columns.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"key":   schema.StringAttribute{Computed: true, MarkdownDescription: "Cell key, `object.action`, e.g. `project.view`."},
					"label": schema.StringAttribute{Computed: true, MarkdownDescription: "Heading, e.g. `Project: View`."},
				}}},
			"rows": schema.ListNestedAttribute{Computed: true, MarkdownDescription: "One row per level.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"level": schema.StringAttribute{Computed: true, MarkdownDescription: "Level name."},
					"cells": schema.MapAttribute{Computed: true, ElementType: types.StringType,
						MarkdownDescription: "Access by column key: `All`, `Mine`, `None`, `Yes`, `No`, or e.g. `All (via Approve & Post)`; `" +
							evaluate.CellUnknown + "` for a custom level of a database without the security-administration extension."},
				}}},
			"markdown": schema.StringAttribute{Computed: true, MarkdownDescription: "The matrix as a Markdown table."},
		},
	}
	for name, a := range accessReportAPIUserAttributes() {
		resp.Schema.Attributes[name] = a
	}
	addUserReport(&resp.Schema)
	for name, a := range reviewReportAttributes() {
		resp.Schema.Attributes[name] = a
	}
}

// Configure receives the provider data.
func (d *AccessReportDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read builds the matrix.
func (d *AccessReportDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m accessReportModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var levels []evaluate.NamedLevel
	var findings []evaluate.Finding
	var names []string
	resp.Diagnostics.Append(m.SystemLevels.ElementsAs(ctx, &names, true)...)
	for i, n := range names {
		l, ok := resolveSystemLevel(n)
		if !ok {
			resp.Diagnostics.AddAttributeError(path.Root("system_levels").AtListIndex(i), "Unknown system level",
				fmt.Sprintf("%q is not a system security level.", n))
			continue
		}
		levels = append(levels, evaluate.NamedLevel{Name: l.DisplayName, Settings: l.Defaults()})
	}
	var psa *reportPSA
	if m.IncludeCustom.ValueBool() || m.IncludeAPIUsers.ValueBool() || m.IncludeUsers.ValueBool() {
		if psa = d.openReportPSA(ctx, &m, &resp.Diagnostics); psa == nil {
			return
		}
	}
	if m.IncludeCustom.ValueBool() {
		custom, err := psa.customLevelRows(ctx)
		if err != nil {
			resp.Diagnostics.AddError("Could not list security levels", d.data.apiErrorDetail(err))
			return
		}
		levels = append(levels, custom...)
		findings = d.levelFindings(ctx, psa)
	}
	var kinds []string
	resp.Diagnostics.Append(m.Objects.ElementsAs(ctx, &kinds, true)...)
	var wanted []evaluate.ObjectKind
	for i, k := range kinds {
		kind, err := evaluate.ParseObjectKind(k)
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("objects").AtListIndex(i), "Unknown object kind", err.Error())
			continue
		}
		wanted = append(wanted, kind)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	var columns []evaluate.Column
	for _, c := range evaluate.DefaultColumns() {
		if len(wanted) == 0 || slices.Contains(wanted, c.Object) {
			columns = append(columns, c)
		}
	}
	matrix := evaluate.AccessMatrix(levels, columns)

	colType := types.ObjectType{AttrTypes: reportColumnAttrTypes}
	cols := make([]attr.Value, len(matrix.Columns))
	keys := make([]string, len(matrix.Columns))
	for i, c := range matrix.Columns {
		keys[i] = c.Object.String() + "." + c.Action.String()
		cols[i] = types.ObjectValueMust(reportColumnAttrTypes, map[string]attr.Value{
			"key": types.StringValue(keys[i]), "label": types.StringValue(c.String()),
		})
	}
	rowType := types.ObjectType{AttrTypes: reportRowAttrTypes}
	rows := make([]attr.Value, len(matrix.Rows))
	for i, r := range matrix.Rows {
		cells := make(map[string]attr.Value, len(r.Cells))
		for j, cell := range r.Cells {
			cells[keys[j]] = types.StringValue(cell.String())
		}
		rows[i] = types.ObjectValueMust(reportRowAttrTypes, map[string]attr.Value{
			"level": types.StringValue(r.Level), "cells": types.MapValueMust(types.StringType, cells),
		})
	}
	m.Columns = types.ListValueMust(colType, cols)
	m.Rows = types.ListValueMust(rowType, rows)
	m.Markdown = types.StringValue(matrix.Markdown())
	m.APIUsers = types.ListNull(types.ObjectType{AttrTypes: reportAPIUserAttrTypes})
	var unjudged []string
	if m.IncludeAPIUsers.ValueBool() {
		list, md, userFindings, notJudged, diags := d.apiUserReport(ctx, psa, matrix.Columns, keys)
		resp.Diagnostics.Append(diags...)
		m.APIUsers = list
		m.Markdown = types.StringValue(matrix.Markdown() + md)
		findings, unjudged = append(findings, userFindings...), notJudged
	}
	if d.fillUsers(ctx, &m, psa, len(levels) > 0, &resp.Diagnostics); resp.Diagnostics.HasError() {
		return
	}
	if d.fillReview(ctx, &m, findings, unjudged, &resp.Diagnostics); resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
