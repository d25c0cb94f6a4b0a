package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ datasource.DataSource = &SystemSecurityLevelsDataSource{}

// SystemSecurityLevelsDataSource lists Autotask's built-in security levels
// with their full default permission sets, straight from the catalogue.
type SystemSecurityLevelsDataSource struct{}

// NewSystemSecurityLevelsDataSource is the constructor the provider registers.
func NewSystemSecurityLevelsDataSource() datasource.DataSource {
	return &SystemSecurityLevelsDataSource{}
}

type systemSecurityLevelsModel struct {
	ID     types.String `tfsdk:"id"`
	Levels types.List   `tfsdk:"levels"`
}

// Metadata names the data source.
func (d *SystemSecurityLevelsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_system_security_levels"
}

func systemLevelAttrTypes() map[string]attr.Type {
	return map[string]attr.Type{
		"id":                  types.Int64Type,
		"name":                types.StringType,
		"display_name":        types.StringType,
		"purpose":             types.StringType,
		"features":            types.ListType{ElemType: types.StringType},
		"admin_access":        types.StringType,
		"license_type":        types.StringType,
		"dashboard_tabs":      types.StringType,
		"api_only":            types.BoolType,
		"copyable":            types.BoolType,
		"editable":            types.BoolType,
		"deletable":           types.BoolType,
		"inactivatable":       types.BoolType,
		"permissions":         groupsObjectType(levelGroups),
		"assumed_permissions": types.ListType{ElemType: types.StringType},
	}
}

// Schema describes the data source.
func (d *SystemSecurityLevelsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every Autotask system security level with its metadata and its default for every " +
			"permission the provider manages. System levels cannot be edited or deleted; copy one with " +
			"`autotask_security_level.copy_from` and override what differs. Needs no credentials: the data comes " +
			"from the provider's built-in catalogue.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "Always `system`."},
			"levels": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The fifteen system levels in the vendor's order.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":             schema.Int64Attribute{Computed: true, MarkdownDescription: "Security level ID."},
					"name":           schema.StringAttribute{Computed: true, MarkdownDescription: "Bare name, e.g. `Sales`; what `copy_from` takes."},
					"display_name":   schema.StringAttribute{Computed: true, MarkdownDescription: "Name as the Autotask UI shows it, e.g. `Sales (system)`."},
					"purpose":        schema.StringAttribute{Computed: true, MarkdownDescription: "Whom the level is meant for."},
					"features":       schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "UI features (sections) the level opens."},
					"admin_access":   schema.StringAttribute{Computed: true, MarkdownDescription: "What the level may do under Admin."},
					"license_type":   schema.StringAttribute{Computed: true, MarkdownDescription: "License the level consumes; copies inherit it."},
					"dashboard_tabs": schema.StringAttribute{Computed: true, MarkdownDescription: "Dashboard tabs the level sees."},
					"api_only":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the level is for API users only (no UI login)."},
					"copyable":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether custom levels may be copied from it (false only for Dashboard User)."},
					"editable":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Always false: system levels cannot be saved."},
					"deletable":      schema.BoolAttribute{Computed: true, MarkdownDescription: "Always false."},
					"inactivatable":  schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the level can be made inactive."},
					"permissions":    computedGroupsAttribute(levelGroups, "The level's default for every permission, by module."),
					"assumed_permissions": schema.ListAttribute{
						Computed: true, ElementType: types.StringType,
						MarkdownDescription: "Permission keys (`module.name`) whose default the vendor does not document; the catalogue uses a conservative value for them.",
					},
				}},
			},
		},
	}
}

// Read fills the list from the catalogue.
func (d *SystemSecurityLevelsDataSource) Read(ctx context.Context, _ datasource.ReadRequest, resp *datasource.ReadResponse) {
	elemType := types.ObjectType{AttrTypes: systemLevelAttrTypes()}
	var items []attr.Value
	for _, l := range catalog.SystemLevels() {
		perms, diags := settingsObject(levelGroups, l.Defaults())
		resp.Diagnostics.Append(diags...)
		features := make([]string, len(l.Features))
		for i, f := range l.Features {
			features[i] = string(f)
		}
		obj, diags := types.ObjectValue(elemType.AttrTypes, map[string]attr.Value{
			"id":                  types.Int64Value(int64(l.ID)),
			"name":                types.StringValue(l.Name),
			"display_name":        types.StringValue(l.DisplayName),
			"purpose":             types.StringValue(l.Purpose),
			"features":            stringList(features),
			"admin_access":        types.StringValue(string(l.AdminAccess)),
			"license_type":        types.StringValue(string(l.License)),
			"dashboard_tabs":      types.StringValue(l.DashboardTabs),
			"api_only":            types.BoolValue(l.APIOnly),
			"copyable":            types.BoolValue(l.Copyable),
			"editable":            types.BoolValue(l.Editable()),
			"deletable":           types.BoolValue(l.Deletable()),
			"inactivatable":       types.BoolValue(l.Inactivatable),
			"permissions":         perms,
			"assumed_permissions": keyList(l.AssumedKeys()),
		})
		resp.Diagnostics.Append(diags...)
		items = append(items, obj)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	list, diags := types.ListValue(elemType, items)
	resp.Diagnostics.Append(diags...)
	state := systemSecurityLevelsModel{ID: types.StringValue("system"), Levels: list}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}
