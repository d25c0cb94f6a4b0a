package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ datasource.DataSource = &IntegrationProfileDataSource{}

// IntegrationProfileDataSource exposes a built-in integration
// least-privilege profile.
type IntegrationProfileDataSource struct{}

// NewIntegrationProfileDataSource is the constructor the provider registers.
func NewIntegrationProfileDataSource() datasource.DataSource {
	return &IntegrationProfileDataSource{}
}

type integrationProfileModel struct {
	Name                 types.String `tfsdk:"name"`
	Vendor               types.String `tfsdk:"vendor"`
	RecommendedLevelName types.String `tfsdk:"recommended_level_name"`
	BaseLevel            types.String `tfsdk:"base_level"`
	Webhooks             types.Bool   `tfsdk:"webhooks"`
	Endpoints            types.Int64  `tfsdk:"endpoints"`
	Categories           types.List   `tfsdk:"categories"`
	RequiredPermissions  types.Map    `tfsdk:"required_permissions"`
	LeastPrivilege       types.Object `tfsdk:"least_privilege"`
}

// Metadata names the data source.
func (d *IntegrationProfileDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_integration_profile"
}

var requirementAttrTypes = map[string]attr.Type{"permission": types.StringType, "minimum": types.StringType}

var categoryAttrTypes = map[string]attr.Type{
	"name":      types.StringType,
	"endpoints": types.Int64Type,
	"area":      types.StringType,
	"requires":  types.ListType{ElemType: types.ObjectType{AttrTypes: requirementAttrTypes}},
}

// Schema describes the data source.
func (d *IntegrationProfileDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A built-in integration least-privilege profile: the permissions an integration's API user " +
			"needs, by category, as the integration vendor documents them. Use `least_privilege` to build a level that grants " +
			"exactly that, and name the profile on the API user so `terraform plan` reports anything missing or extra. " +
			"Needs no credentials. Built-in profiles: " + quotedList(catalog.ProfileNames()) + ".",
		Attributes: map[string]schema.Attribute{
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Profile name (or vendor name), case-insensitive. One of " + quotedList(catalog.ProfileNames()) + ".",
				Validators:          []validator.String{profileNameValidator()},
			},
			"vendor":                 schema.StringAttribute{Computed: true, MarkdownDescription: "The integration vendor."},
			"recommended_level_name": schema.StringAttribute{Computed: true, MarkdownDescription: "The security level name the vendor recommends."},
			"base_level":             schema.StringAttribute{Computed: true, MarkdownDescription: "System level to copy the integration's level from (an API-User-license level)."},
			"webhooks":               schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the integration can use webhooks, which need extra set-up."},
			"endpoints":              schema.Int64Attribute{Computed: true, MarkdownDescription: "Total number of API endpoints the vendor says the integration calls."},
			"categories": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The vendor's recipe, one entry per category of endpoints.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"name":      schema.StringAttribute{Computed: true, MarkdownDescription: "Category, e.g. `Ticket & Ticket Notes`."},
					"endpoints": schema.Int64Attribute{Computed: true, MarkdownDescription: "Endpoints of this category the integration calls."},
					"area":      schema.StringAttribute{Computed: true, MarkdownDescription: "Autotask permission area the vendor names."},
					"requires": schema.ListNestedAttribute{
						Computed:            true,
						MarkdownDescription: "Permissions the category needs.",
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"permission": schema.StringAttribute{Computed: true, MarkdownDescription: "Permission key, `module.name`."},
							"minimum":    schema.StringAttribute{Computed: true, MarkdownDescription: "Least value that satisfies it (`All`, `Yes`, …)."},
						}},
					},
				}},
			},
			"required_permissions": schema.MapAttribute{
				Computed: true, ElementType: types.StringType,
				MarkdownDescription: "Every required permission key with its least satisfying value.",
			},
			"least_privilege": computedGroupsAttribute(levelGroups,
				"Complete settings of a level built exactly to the recipe: every permission at its least privileged value except those required. Same shape as the module blocks of `autotask_security_level`."),
		},
	}
}

func quotedList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "`" + s + "`"
	}
	return strings.Join(q, ", ")
}

// Read fills the profile from the catalogue.
func (d *IntegrationProfileDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m integrationProfileModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	p, ok := catalog.ProfileByName(m.Name.ValueString())
	if !ok {
		resp.Diagnostics.AddAttributeError(path.Root("name"), "Unknown integration profile",
			fmt.Sprintf("%q is not a built-in profile; use one of %s.", m.Name.ValueString(), quotedList(catalog.ProfileNames())))
		return
	}
	base, _ := catalog.SystemLevelByID(p.Base)

	reqType := types.ObjectType{AttrTypes: requirementAttrTypes}
	var cats []attr.Value
	for _, c := range p.Categories {
		var reqs []attr.Value
		for _, r := range c.Requires {
			reqs = append(reqs, types.ObjectValueMust(requirementAttrTypes, map[string]attr.Value{
				"permission": types.StringValue(string(r.Key)),
				"minimum":    types.StringValue(string(r.Min)),
			}))
		}
		cats = append(cats, types.ObjectValueMust(categoryAttrTypes, map[string]attr.Value{
			"name":      types.StringValue(c.Name),
			"endpoints": types.Int64Value(int64(c.Endpoints)),
			"area":      types.StringValue(c.Area),
			"requires":  types.ListValueMust(reqType, reqs),
		}))
	}
	required := map[string]attr.Value{}
	for k, v := range p.Required() {
		required[string(k)] = types.StringValue(string(v))
	}
	least, diags := settingsObject(levelGroups, p.LeastPrivilege())
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}

	m.Vendor = types.StringValue(p.Vendor)
	m.RecommendedLevelName = types.StringValue(p.RecommendedLevelName)
	m.BaseLevel = types.StringValue(base.Name)
	m.Webhooks = types.BoolValue(p.Webhooks)
	m.Endpoints = types.Int64Value(int64(p.Endpoints()))
	m.Categories = types.ListValueMust(types.ObjectType{AttrTypes: categoryAttrTypes}, cats)
	m.RequiredPermissions = types.MapValueMust(types.StringType, required)
	m.LeastPrivilege = least
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// profileNameValidator accepts the built-in profile names and vendors.
func profileNameValidator() validator.String {
	var names []string
	for _, p := range catalog.Profiles() {
		names = append(names, p.Name, p.Vendor)
	}
	return stringvalidator.OneOfCaseInsensitive(names...)
}
