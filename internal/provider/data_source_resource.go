package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var (
	_ datasource.DataSourceWithConfigure        = &ResourceDataSource{}
	_ datasource.DataSourceWithConfigValidators = &ResourceDataSource{}
)

// ResourceDataSource reads one Autotask resource (a user) by user name or
// email, through the documented Resources entity.
type ResourceDataSource struct{ data *providerData }

// NewResourceDataSource is the constructor the provider registers.
func NewResourceDataSource() datasource.DataSource { return &ResourceDataSource{} }

type resourceDataModel struct {
	ID                types.Int64  `tfsdk:"id"`
	UserName          types.String `tfsdk:"user_name"`
	Email             types.String `tfsdk:"email"`
	FirstName         types.String `tfsdk:"first_name"`
	LastName          types.String `tfsdk:"last_name"`
	Active            types.Bool   `tfsdk:"active"`
	LicenseType       types.String `tfsdk:"license_type"`
	SecurityLevelID   types.Int64  `tfsdk:"security_level_id"`
	SecurityLevelName types.String `tfsdk:"security_level_name"`
	ResourceType      types.String `tfsdk:"resource_type"`
}

// Metadata names the data source.
func (d *ResourceDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_resource"
}

// Schema describes the data source.
func (d *ResourceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "One Autotask resource (user or API user), found by user name or email, with its license and security level. " +
			"Uses the documented `Resources` entity only, so it works on any Autotask database.",
		Attributes: map[string]schema.Attribute{
			"user_name":         schema.StringAttribute{Optional: true, Computed: true, MarkdownDescription: "User name. Set exactly one of `user_name` and `email`."},
			"email":             schema.StringAttribute{Optional: true, Computed: true, MarkdownDescription: "Email address."},
			"id":                schema.Int64Attribute{Computed: true, MarkdownDescription: "Resource ID."},
			"first_name":        schema.StringAttribute{Computed: true, MarkdownDescription: "First name."},
			"last_name":         schema.StringAttribute{Computed: true, MarkdownDescription: "Last name."},
			"active":            schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the resource is active."},
			"license_type":      schema.StringAttribute{Computed: true, MarkdownDescription: "License type."},
			"security_level_id": schema.Int64Attribute{Computed: true, MarkdownDescription: "ID of the resource's security level (its `userType` in Autotask): the same number as the level's `id`."},
			"security_level_name": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of that level, e.g. `API User (system)`, as the " +
				"`userType` picklist of `Resources` labels it (no extension needed)."},
			"resource_type": schema.StringAttribute{Computed: true, MarkdownDescription: "`Employee` or `Contractor`, as Autotask reports it."},
		},
	}
}

// ConfigValidators require exactly one lookup key.
func (d *ResourceDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot("user_name"), path.MatchRoot("email"))}
}

// Configure receives the provider data.
func (d *ResourceDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read finds the resource.
func (d *ResourceDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m resourceDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	field, value, at := "userName", m.UserName.ValueString(), path.Root("user_name")
	if m.UserName.IsNull() {
		field, value, at = "email", m.Email.ValueString(), path.Root("email")
	}
	found, err := c.Resources().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq(field, value)}})
	if err != nil {
		resp.Diagnostics.AddAttributeError(at, "Could not look up resource", d.data.apiErrorDetail(err))
		return
	}
	if len(found) != 1 {
		resp.Diagnostics.AddAttributeError(at, "Resource not found",
			fmt.Sprintf("%d resources have %s %q; exactly one is needed. A resource the API user's level cannot see is reported as not found.", len(found), field, value))
		return
	}
	r := found[0]
	m.ID = types.Int64Value(r.ID)
	m.UserName = types.StringValue(deref(r.UserName))
	m.Email = types.StringValue(deref(r.Email))
	m.FirstName = types.StringValue(deref(r.FirstName))
	m.LastName = types.StringValue(deref(r.LastName))
	m.Active = types.BoolValue(deref(r.IsActive))
	m.ResourceType = types.StringPointerValue(r.ResourceType)
	m.LicenseType = types.StringNull()
	if r.LicenseType != nil {
		if lic, ok := catalog.LicenseByID(*r.LicenseType); ok {
			m.LicenseType = types.StringValue(string(lic.Type))
		}
	}
	m.SecurityLevelID, m.SecurityLevelName = types.Int64PointerValue(r.UserType), types.StringNull()
	if r.UserType != nil {
		name, err := (&levelNamer{c: c}).name(ctx, *r.UserType)
		if err != nil {
			resp.Diagnostics.AddAttributeError(at, "Could not read the resource's security level", d.data.apiErrorDetail(err))
			return
		}
		if name != "" {
			m.SecurityLevelName = types.StringValue(name)
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
