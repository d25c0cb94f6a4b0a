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
	"github.com/hashicorp/terraform-plugin-framework/diag"
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
			"inactive leftovers. " + apiUsersWithoutExtension + " The `vendor` and `internal_name` filters then fail.",
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

// Read queries the extension's ApiUsers with the filters where the PSA
// serves it, else the resources on the API User license.
func (d *APIUsersDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m apiUsersDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	served, ok := d.data.servesExtension(ctx, c, &resp.Diagnostics)
	if !ok {
		return
	}
	var filters []autotask.Filter
	if !m.SecurityLevelID.IsNull() {
		levelField := "userType" // Resources
		if served {
			levelField = "securityLevelID" // ApiUsers
		}
		filters = append(filters, autotask.Eq(levelField, m.SecurityLevelID.ValueInt64()))
	}
	if !m.Active.IsNull() {
		filters = append(filters, autotask.Eq("isActive", m.Active.ValueBool()))
	}
	namer := &levelNamer{c: c}
	var summaries []apiUserSummary
	if served {
		summaries = d.query(ctx, c, m, filters, namer, &resp.Diagnostics)
	} else {
		summaries = d.listDocumented(ctx, c, m, filters, namer, &resp.Diagnostics)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	slices.SortFunc(summaries, func(a, b apiUserSummary) int { return cmp.Compare(a.ID.ValueInt64(), b.ID.ValueInt64()) })
	objType := types.ObjectType{AttrTypes: apiUserSummaryAttrTypes()}
	out := make([]attr.Value, 0, len(summaries))
	for _, s := range summaries {
		obj, od := types.ObjectValueFrom(ctx, objType.AttrTypes, s)
		resp.Diagnostics.Append(od...)
		out = append(out, obj)
	}
	list, ld := types.ListValue(objType, out)
	resp.Diagnostics.Append(ld...)
	m.APIUsers = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// query reads the API users from the extension's ApiUsers.
func (d *APIUsersDataSource) query(ctx context.Context, c *autotask.Client, m apiUsersDataModel, filters []autotask.Filter, namer *levelNamer,
	diags *diag.Diagnostics) []apiUserSummary {
	filters = append([]autotask.Filter{autotask.Exist("id")}, filters...)
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
	users, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: filters})
	if err != nil {
		diags.AddError("Could not list API users", d.data.apiErrorDetail(err))
		return nil
	}
	return d.summarize(ctx, users, true, namer, diags)
}

// summarize describes each user; integrationKnown as for summarizeAPIUser.
func (d *APIUsersDataSource) summarize(ctx context.Context, users []autotask.APIUser, integrationKnown bool, namer *levelNamer,
	diags *diag.Diagnostics) []apiUserSummary {
	out := make([]apiUserSummary, 0, len(users))
	for _, u := range users {
		s, err := summarizeAPIUser(ctx, u, namer, integrationKnown)
		if err != nil {
			diags.AddError("Could not read the API users' security levels", d.data.apiErrorDetail(err))
			return nil
		}
		out = append(out, s)
	}
	return out
}

// listDocumented reads the API users from Resources. Which integration a
// user belongs to is not in the documented API, so the integration filters
// cannot be applied.
func (d *APIUsersDataSource) listDocumented(ctx context.Context, c *autotask.Client, m apiUsersDataModel, filters []autotask.Filter, namer *levelNamer,
	diags *diag.Diagnostics) []apiUserSummary {
	for name, v := range map[string]types.String{"vendor": m.Vendor, "internal_name": m.InternalName} {
		if !v.IsNull() {
			diags.AddAttributeError(path.Root(name), "Filtering by integration needs the security-administration extension",
				"This database does not serve the extension, and Autotask's documented API does not say which integration an API user "+
					"belongs to. Leave out `vendor` and `internal_name`, and filter by level or state instead.")
		}
	}
	if diags.HasError() {
		return nil
	}
	resources, err := documentedAPIUsers(ctx, c, filters...)
	if err != nil {
		diags.AddError("Could not list API users", d.data.apiErrorDetail(err))
		return nil
	}
	return d.summarize(ctx, apiUsersOf(resources), false, namer, diags)
}
