package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

var (
	_ datasource.DataSourceWithConfigure        = &APIUserDataSource{}
	_ datasource.DataSourceWithConfigValidators = &APIUserDataSource{}
)

// APIUserDataSource reads one API user by ID or user name.
type APIUserDataSource struct{ data *providerData }

// NewAPIUserDataSource is the constructor the provider registers.
func NewAPIUserDataSource() datasource.DataSource { return &APIUserDataSource{} }

// apiUserSummary is what every API user listing shows.
type apiUserSummary struct {
	ID                 types.Int64  `tfsdk:"id"`
	UserName           types.String `tfsdk:"user_name"`
	FirstName          types.String `tfsdk:"first_name"`
	LastName           types.String `tfsdk:"last_name"`
	Email              types.String `tfsdk:"email"`
	SecurityLevelID    types.Int64  `tfsdk:"security_level_id"`
	SecurityLevelName  types.String `tfsdk:"security_level_name"`
	Integration        types.Object `tfsdk:"integration"`
	TrackingIdentifier types.String `tfsdk:"tracking_identifier"`
	Active             types.Bool   `tfsdk:"active"`
}

func apiUserSummaryAttrTypes() map[string]attr.Type {
	return map[string]attr.Type{
		"id": types.Int64Type, "user_name": types.StringType, "first_name": types.StringType, "last_name": types.StringType,
		"email": types.StringType, "security_level_id": types.Int64Type, "security_level_name": types.StringType,
		"integration": types.ObjectType{AttrTypes: integrationAttrTypes}, "tracking_identifier": types.StringType, "active": types.BoolType,
	}
}

func apiUserSummaryAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"id":                  schema.Int64Attribute{Computed: true, MarkdownDescription: "API user (resource) ID."},
		"user_name":           schema.StringAttribute{Computed: true, MarkdownDescription: "User name."},
		"first_name":          schema.StringAttribute{Computed: true, MarkdownDescription: "First name."},
		"last_name":           schema.StringAttribute{Computed: true, MarkdownDescription: "Last name."},
		"email":               schema.StringAttribute{Computed: true, MarkdownDescription: "Email address, if any."},
		"security_level_id":   schema.Int64Attribute{Computed: true, MarkdownDescription: "ID of the user's security level."},
		"security_level_name": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of that level, e.g. `API User (system)` for a user on the full-access system level."},
		"integration": schema.SingleNestedAttribute{Computed: true,
			MarkdownDescription: "The integration whose tracking identifier the user carries: `vendor` (a built-in profile name) or `internal_name`. " +
				"Null on a database without the security-administration extension, which alone shows it.",
			Attributes: map[string]schema.Attribute{
				"vendor":        schema.StringAttribute{Computed: true, MarkdownDescription: "Integration vendor, as its profile name."},
				"internal_name": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the custom internal integration."},
			}},
		"tracking_identifier": schema.StringAttribute{Computed: true, MarkdownDescription: "The API tracking identifier; null without the extension."},
		"active":              schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the user can call the API."},
	}
}

// summarizeAPIUser converts an API user. integrationKnown is false when it
// was read without the extension (apiUsersOf): integration and tracking
// identifier are then null.
func summarizeAPIUser(ctx context.Context, u autotask.APIUser, levels *levelNamer, integrationKnown bool) (apiUserSummary, error) {
	s := apiUserSummary{
		ID: types.Int64Value(u.ID), UserName: types.StringValue(deref(u.UserName)),
		FirstName: types.StringValue(deref(u.FirstName)), LastName: types.StringValue(deref(u.LastName)),
		Email: types.StringNull(), SecurityLevelID: types.Int64Null(), SecurityLevelName: types.StringNull(),
		Integration: integrationObject(u, ""), TrackingIdentifier: types.StringValue(deref(u.IntegrationCode)),
		Active: types.BoolValue(deref(u.IsActive)),
	}
	if e := deref(u.Email); e != "" {
		s.Email = types.StringValue(e)
	}
	if !integrationKnown {
		s.Integration, s.TrackingIdentifier = types.ObjectNull(integrationAttrTypes), types.StringNull()
	}
	if u.SecurityLevelID != nil {
		s.SecurityLevelID = types.Int64Value(*u.SecurityLevelID)
		name, err := levels.name(ctx, *u.SecurityLevelID)
		if err != nil {
			return s, err
		}
		if name != "" {
			s.SecurityLevelName = types.StringValue(name)
		}
	}
	return s, nil
}

// Metadata names the data source.
func (d *APIUserDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_api_user"
}

// Schema describes the data source.
func (d *APIUserDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := apiUserSummaryAttributes()
	attrs["id"] = schema.Int64Attribute{Optional: true, Computed: true, MarkdownDescription: "API user ID. Set exactly one of `id` and `user_name`."}
	attrs["user_name"] = schema.StringAttribute{Optional: true, Computed: true, MarkdownDescription: "User name (any letter case)."}
	resp.Schema = schema.Schema{
		MarkdownDescription: "One API user, active or not, found by ID or user name: its level, the integration whose tracking identifier it carries, and whether it is active. " +
			apiUsersWithoutExtension,
		Attributes: attrs,
	}
}

// ConfigValidators require exactly one lookup key.
func (d *APIUserDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("user_name"))}
}

// Configure receives the provider data.
func (d *APIUserDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read looks the user up: in the extension's ApiUsers where the PSA
// serves it, else among the resources on the API User license.
func (d *APIUserDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m apiUserSummary
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
	at, summary := path.Root("user_name"), "Could not look up API user"
	if !m.ID.IsNull() {
		at, summary = path.Root("id"), "Could not read API user"
	}
	users, err := d.lookup(ctx, c, m, served)
	if err != nil {
		resp.Diagnostics.AddAttributeError(at, summary, d.data.apiErrorDetail(err))
		return
	}
	if !d.one(m, at, len(users), &resp.Diagnostics) {
		return
	}
	s, err := summarizeAPIUser(ctx, users[0], &levelNamer{c: c}, served)
	if err != nil {
		resp.Diagnostics.AddError("Could not read the API user's security level", d.data.apiErrorDetail(err))
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &s)...)
}

// lookup finds the API users with the configured ID or user name: in the
// extension's ApiUsers when served, else among the resources on the API
// User license.
func (d *APIUserDataSource) lookup(ctx context.Context, c *autotask.Client, m apiUserSummary, served bool) ([]autotask.APIUser, error) {
	filter := autotask.Eq("userName", m.UserName.ValueString())
	if !m.ID.IsNull() {
		filter = autotask.Eq("id", m.ID.ValueInt64())
	}
	switch {
	case !served:
		resources, err := documentedAPIUsers(ctx, c, filter)
		return apiUsersOf(resources), err
	case !m.ID.IsNull():
		u, err := c.APIUsers().Get(ctx, m.ID.ValueInt64())
		if err != nil {
			return nil, err
		}
		return []autotask.APIUser{*u}, nil
	}
	return c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter}})
}

// one reports whether exactly one API user was found, else says so.
func (d *APIUserDataSource) one(m apiUserSummary, at path.Path, n int, diags *diag.Diagnostics) bool {
	if n == 1 {
		return true
	}
	key := fmt.Sprintf("the user name %q", m.UserName.ValueString())
	if !m.ID.IsNull() {
		key = fmt.Sprintf("the ID %d", m.ID.ValueInt64())
	}
	diags.AddAttributeError(at, "API user not found", fmt.Sprintf("%d API users have %s; exactly one is needed. "+
		"An API user is a resource on the API User license; one the provider's API user cannot see is reported as not found.", n, key))
	return false
}

// documentedAPIUsers queries the resources on the API User license that
// match filters: the API users as Autotask's documented API shows them.
func documentedAPIUsers(ctx context.Context, c *autotask.Client, filters ...autotask.Filter) ([]autotask.Resource, error) {
	return c.Resources().Query(ctx, autotask.QueryOptions{
		Filter:        append([]autotask.Filter{autotask.Eq("licenseType", apiLicenseID)}, filters...),
		IncludeFields: []string{"id", "userName", "firstName", "lastName", "email", "isActive", "licenseType", "userType"},
	})
}

// apiUsersOf turns resources on the API User license into API users, as
// far as Resources describes them: no integration, no tracking identifier.
func apiUsersOf(resources []autotask.Resource) []autotask.APIUser {
	out := make([]autotask.APIUser, len(resources))
	for i, r := range resources {
		out[i] = autotask.APIUser{ID: r.ID, UserName: r.UserName, FirstName: r.FirstName, LastName: r.LastName,
			Email: r.Email, SecurityLevelID: r.UserType, IsActive: r.IsActive}
	}
	return out
}
