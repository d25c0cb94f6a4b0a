package provider

import (
	"cmp"
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ datasource.DataSourceWithConfigure = &SecurityLevelsDataSource{}

// SecurityLevelsDataSource lists security levels with optional filters.
type SecurityLevelsDataSource struct{ data *providerData }

// NewSecurityLevelsDataSource is the constructor the provider registers.
func NewSecurityLevelsDataSource() datasource.DataSource { return &SecurityLevelsDataSource{} }

type securityLevelsModel struct {
	System      types.Bool   `tfsdk:"system"`
	Active      types.Bool   `tfsdk:"active"`
	LicenseType types.String `tfsdk:"license_type"`
	NamePrefix  types.String `tfsdk:"name_prefix"`
	Levels      types.List   `tfsdk:"levels"`
}

// Metadata names the data source.
func (d *SecurityLevelsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_security_levels"
}

// Schema describes the data source.
func (d *SecurityLevelsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	var licenses []string
	for _, l := range catalog.Licenses() {
		licenses = append(licenses, string(l.Type))
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every security level of the database, system and custom, optionally filtered; each with the permissions it grants. " +
			"Useful for audits: find every custom level on the API User license, or every level that can manage resources.",
		Attributes: map[string]schema.Attribute{
			"system": schema.BoolAttribute{Optional: true, MarkdownDescription: "Only system levels (`true`) or only custom levels (`false`)."},
			"active": schema.BoolAttribute{Optional: true, MarkdownDescription: "Only active (`true`) or inactive (`false`) levels."},
			"license_type": schema.StringAttribute{Optional: true, MarkdownDescription: "Only levels on this license: " + quotedList(licenses) + ".",
				Validators: []validator.String{stringvalidator.OneOf(licenses...)}},
			"name_prefix": schema.StringAttribute{Optional: true, MarkdownDescription: "Only levels whose name starts with this (case-insensitive)."},
			"levels": schema.ListNestedAttribute{
				Computed: true, MarkdownDescription: "Matching levels, ordered by ID.",
				NestedObject: schema.NestedAttributeObject{Attributes: levelSummaryAttributes()},
			},
		},
	}
}

// Configure receives the provider data.
func (d *SecurityLevelsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read queries the PSA with the filters it supports and applies the rest.
func (d *SecurityLevelsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m securityLevelsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	filters := []autotask.Filter{autotask.Exist("id")}
	if !m.System.IsNull() {
		filters = append(filters, autotask.Eq("isSystem", m.System.ValueBool()))
	}
	if !m.Active.IsNull() {
		filters = append(filters, autotask.Eq("isActive", m.Active.ValueBool()))
	}
	if !m.NamePrefix.IsNull() {
		filters = append(filters, autotask.BeginsWith("name", m.NamePrefix.ValueString()))
	}
	if !m.LicenseType.IsNull() {
		if lic, ok := catalog.LicenseByType(catalog.LicenseType(m.LicenseType.ValueString())); ok {
			filters = append(filters, autotask.Eq("licenseType", lic.ID))
		}
	}
	levels, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.And(filters...)}})
	if err != nil {
		resp.Diagnostics.AddError("Could not list security levels", d.data.apiErrorDetail(err))
		return
	}
	// Autotask promises no order; the documented one is by ID.
	slices.SortFunc(levels, func(a, b autotask.SecurityLevel) int { return cmp.Compare(a.ID, b.ID) })
	elem := types.ObjectType{AttrTypes: levelSummaryAttrTypes()}
	items := make([]attr.Value, 0, len(levels))
	for _, l := range levels {
		s, diags := summarize(l)
		resp.Diagnostics.Append(diags...)
		obj, diags := types.ObjectValueFrom(ctx, elem.AttrTypes, s)
		resp.Diagnostics.Append(diags...)
		items = append(items, obj)
	}
	list, diags := types.ListValue(elem, items)
	resp.Diagnostics.Append(diags...)
	m.Levels = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
