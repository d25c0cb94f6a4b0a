package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
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
			MarkdownDescription: "The integration whose tracking identifier the user carries: `vendor` (a built-in profile name) or `internal_name`.",
			Attributes: map[string]schema.Attribute{
				"vendor":        schema.StringAttribute{Computed: true, MarkdownDescription: "Integration vendor, as its profile name."},
				"internal_name": schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the custom internal integration."},
			}},
		"tracking_identifier": schema.StringAttribute{Computed: true, MarkdownDescription: "The API tracking identifier."},
		"active":              schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the user can call the API."},
	}
}

// levelNamer names security levels: system ones from the catalogue,
// custom ones from the PSA (read at most once).
type levelNamer struct {
	c      *autotask.Client
	custom map[int64]string
}

func (n *levelNamer) name(ctx context.Context, id int64) (string, error) {
	if s, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return s.DisplayName, nil
	}
	if n.custom == nil {
		levels, err := n.c.SecurityLevels().Query(ctx, autotask.QueryOptions{
			Filter:        []autotask.Filter{autotask.Eq("isSystem", false)},
			IncludeFields: []string{"id", "name"},
		})
		if err != nil {
			return "", err
		}
		n.custom = make(map[int64]string, len(levels))
		for _, l := range levels {
			n.custom[l.ID] = deref(l.Name)
		}
	}
	return n.custom[id], nil
}

// summarizeAPIUser converts a remote API user.
func summarizeAPIUser(ctx context.Context, u autotask.APIUser, levels *levelNamer) (apiUserSummary, error) {
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
		MarkdownDescription: "One API user, active or not, found by ID or user name: its level, the integration whose tracking identifier it carries, and whether it is active.",
		Attributes:          attrs,
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

// Read looks the user up.
func (d *APIUserDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m apiUserSummary
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	var found *autotask.APIUser
	if !m.ID.IsNull() {
		u, err := c.APIUsers().Get(ctx, m.ID.ValueInt64())
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("id"), "Could not read API user", d.data.apiErrorDetail(err))
			return
		}
		found = u
	} else {
		name := m.UserName.ValueString()
		us, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("userName", name)}})
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("user_name"), "Could not look up API user", d.data.apiErrorDetail(err))
			return
		}
		if len(us) != 1 {
			resp.Diagnostics.AddAttributeError(path.Root("user_name"), "API user not found",
				fmt.Sprintf("%d API users have the user name %q; exactly one is needed.", len(us), name))
			return
		}
		found = &us[0]
	}
	s, err := summarizeAPIUser(ctx, *found, &levelNamer{c: c})
	if err != nil {
		resp.Diagnostics.AddError("Could not read the API user's security level", d.data.apiErrorDetail(err))
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &s)...)
}
