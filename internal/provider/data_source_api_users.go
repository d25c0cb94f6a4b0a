package provider

import (
	"cmp"
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ datasource.DataSourceWithConfigure = &APIUsersDataSource{}

// APIUsersDataSource lists API users, optionally filtered.
type APIUsersDataSource struct{ data *providerData }

// NewAPIUsersDataSource is the constructor the provider registers.
func NewAPIUsersDataSource() datasource.DataSource { return &APIUsersDataSource{} }

type apiUsersDataModel struct {
	Vendor          types.String `tfsdk:"vendor"`
	InternalName    types.String `tfsdk:"internal_name"`
	SecurityLevelID types.Int64  `tfsdk:"security_level_id"`
	Active          types.Bool   `tfsdk:"active"`
	APIUsers        types.List   `tfsdk:"api_users"`
}

// Metadata names the data source.
func (d *APIUsersDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_api_users"
}

// Schema describes the data source.
func (d *APIUsersDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every API user of the database, or those matching the filters (all filters must match), for audits: " +
			"integrations with several API users, users on full-access levels (`security_level_name` = `API User (system)`), " +
			"inactive leftovers.",
		Attributes: map[string]schema.Attribute{
			"vendor": schema.StringAttribute{Optional: true,
				MarkdownDescription: "Only users carrying this integration vendor's tracking identifier (profile name or vendor, any letter case).",
				Validators: []validator.String{profileNameValidator(),
					stringvalidator.ConflictsWith(path.MatchRoot("internal_name"))}},
			"internal_name": schema.StringAttribute{Optional: true,
				MarkdownDescription: "Only users of the custom internal integration with this name (any letter case)."},
			"security_level_id": schema.Int64Attribute{Optional: true,
				MarkdownDescription: "Only users on this security level.", Validators: []validator.Int64{int64validator.AtLeast(1)}},
			"active": schema.BoolAttribute{Optional: true,
				MarkdownDescription: "Only active (`true`) or inactive (`false`) users."},
			"api_users": schema.ListNestedAttribute{Computed: true, MarkdownDescription: "The matching API users, ordered by ID.",
				NestedObject: schema.NestedAttributeObject{Attributes: apiUserSummaryAttributes()}},
		},
	}
}

// Configure receives the provider data.
func (d *APIUsersDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read queries the PSA with the filters.
func (d *APIUsersDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m apiUsersDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	filters := []autotask.Filter{autotask.Exist("id")}
	if !m.Vendor.IsNull() {
		v := m.Vendor.ValueString()
		if p, ok := catalog.ProfileByName(v); ok {
			v = p.Vendor
		}
		filters = append(filters, autotask.Eq("integrationVendor", v))
	}
	if !m.InternalName.IsNull() {
		filters = append(filters, autotask.Eq("internalIntegrationName", m.InternalName.ValueString()))
	}
	if !m.SecurityLevelID.IsNull() {
		filters = append(filters, autotask.Eq("securityLevelID", m.SecurityLevelID.ValueInt64()))
	}
	if !m.Active.IsNull() {
		filters = append(filters, autotask.Eq("isActive", m.Active.ValueBool()))
	}
	users, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: filters})
	if err != nil {
		resp.Diagnostics.AddError("Could not list API users", d.data.apiErrorDetail(err))
		return
	}
	slices.SortFunc(users, func(a, b autotask.APIUser) int { return cmp.Compare(a.ID, b.ID) })
	namer := &levelNamer{c: c}
	objType := types.ObjectType{AttrTypes: apiUserSummaryAttrTypes()}
	out := make([]attr.Value, 0, len(users))
	for _, u := range users {
		s, err := summarizeAPIUser(ctx, u, namer)
		if err != nil {
			resp.Diagnostics.AddError("Could not read the API users' security levels", d.data.apiErrorDetail(err))
			return
		}
		obj, od := types.ObjectValueFrom(ctx, objType.AttrTypes, s)
		resp.Diagnostics.Append(od...)
		out = append(out, obj)
	}
	list, ld := types.ListValue(objType, out)
	resp.Diagnostics.Append(ld...)
	m.APIUsers = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
