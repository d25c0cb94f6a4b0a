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
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var (
	_ datasource.DataSourceWithConfigure        = &SecurityLevelDataSource{}
	_ datasource.DataSourceWithConfigValidators = &SecurityLevelDataSource{}
)

// SecurityLevelDataSource reads one security level, system or custom.
type SecurityLevelDataSource struct{ data *providerData }

// NewSecurityLevelDataSource is the constructor the provider registers.
func NewSecurityLevelDataSource() datasource.DataSource { return &SecurityLevelDataSource{} }

// levelSummary is the part of a security level every listing shows.
type levelSummary struct {
	ID          types.Int64  `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Description types.String `tfsdk:"description"`
	Active      types.Bool   `tfsdk:"active"`
	System      types.Bool   `tfsdk:"system"`
	CopyFromID  types.Int64  `tfsdk:"copy_from_id"`
	LicenseType types.String `tfsdk:"license_type"`
	Permissions types.Object `tfsdk:"permissions"`
}

func levelSummaryAttrTypes() map[string]attr.Type {
	return map[string]attr.Type{
		"id": types.Int64Type, "name": types.StringType, "description": types.StringType, "active": types.BoolType,
		"system": types.BoolType, "copy_from_id": types.Int64Type, "license_type": types.StringType,
		"permissions": groupsObjectType(levelGroups),
	}
}

func levelSummaryAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"id":           schema.Int64Attribute{Computed: true, MarkdownDescription: "Security level ID."},
		"name":         schema.StringAttribute{Computed: true, MarkdownDescription: "Name."},
		"description":  schema.StringAttribute{Computed: true, MarkdownDescription: "Description."},
		"active":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the level can be assigned."},
		"system":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is a system level."},
		"copy_from_id": schema.Int64Attribute{Computed: true, MarkdownDescription: "For custom levels, the system level it was copied from; for system levels, its own ID."},
		"license_type": schema.StringAttribute{Computed: true, MarkdownDescription: "License the level consumes."},
		"permissions":  computedGroupsAttribute(levelGroups, "Every permission as the level grants it."),
	}
}

// summarize converts a remote level.
func summarize(l autotask.SecurityLevel) (levelSummary, diag.Diagnostics) {
	s := levelSummary{
		ID: types.Int64Value(l.ID), Name: types.StringValue(deref(l.Name)), Description: types.StringValue(deref(l.Description)),
		Active: types.BoolValue(deref(l.IsActive)), System: types.BoolValue(deref(l.IsSystem)),
		CopyFromID: types.Int64Value(l.ID), LicenseType: types.StringNull(),
	}
	if l.CopiedFromSecurityLevelID != nil && *l.CopiedFromSecurityLevelID != 0 {
		s.CopyFromID = types.Int64Value(*l.CopiedFromSecurityLevelID)
	}
	if l.LicenseType != nil {
		if lic, ok := catalog.LicenseByID(*l.LicenseType); ok {
			s.LicenseType = types.StringValue(string(lic.Type))
		}
	}
	perms, diags := settingsObject(levelGroups, l.Permissions)
	s.Permissions = perms
	return s, diags
}

type securityLevelDataModel struct {
	Lookup types.String `tfsdk:"lookup_name"`
	levelSummary
}

// Metadata names the data source.
func (d *SecurityLevelDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_security_level"
}

// Schema describes the data source.
func (d *SecurityLevelDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := levelSummaryAttributes()
	attrs["id"] = schema.Int64Attribute{Optional: true, Computed: true, MarkdownDescription: "Security level ID. Set exactly one of `id` and `lookup_name`."}
	attrs["lookup_name"] = schema.StringAttribute{Optional: true, MarkdownDescription: "Name to look the level up by (case-insensitive). System levels can also be found by their catalogue name, e.g. `Sales`."}
	resp.Schema = schema.Schema{
		MarkdownDescription: "One security level, system or custom, with every permission it grants. " + levelsWithoutExtension,
		Attributes:          attrs,
	}
}

// ConfigValidators require exactly one of id and lookup_name.
func (d *SecurityLevelDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("lookup_name"))}
}

// Configure receives the provider data.
func (d *SecurityLevelDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read looks the level up: in the extension's SecurityLevels where the PSA
// serves it, else in the userType picklist of Resources.
func (d *SecurityLevelDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m securityLevelDataModel
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
	var s levelSummary
	if served {
		found := d.find(ctx, c, m, &resp.Diagnostics)
		if found == nil {
			return
		}
		s, diags = summarize(*found)
	} else {
		l, ok := d.findDocumented(ctx, c, m, &resp.Diagnostics)
		if !ok {
			return
		}
		s, diags = summarizeTenantLevel(l)
	}
	resp.Diagnostics.Append(diags...)
	m.levelSummary = s
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// find reads the level from the extension's SecurityLevels.
func (d *SecurityLevelDataSource) find(ctx context.Context, c *autotask.Client, m securityLevelDataModel, diags *diag.Diagnostics) *autotask.SecurityLevel {
	if !m.ID.IsNull() {
		l, err := c.SecurityLevels().Get(ctx, m.ID.ValueInt64())
		if err != nil {
			diags.AddAttributeError(path.Root("id"), "Could not read security level", d.data.apiErrorDetail(err))
			return nil
		}
		return l
	}
	name := m.Lookup.ValueString()
	if sys, ok := catalog.SystemLevelByName(name); ok {
		l, err := c.SecurityLevels().Get(ctx, int64(sys.ID))
		if err != nil {
			diags.AddAttributeError(path.Root("lookup_name"), "Could not read security level", d.data.apiErrorDetail(err))
			return nil
		}
		return l
	}
	ls, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("name", name)}})
	if err != nil {
		diags.AddAttributeError(path.Root("lookup_name"), "Could not look up security level", d.data.apiErrorDetail(err))
		return nil
	}
	if len(ls) != 1 {
		diags.AddAttributeError(path.Root("lookup_name"), "Security level not found",
			fmt.Sprintf("%d security levels are named %q; exactly one is needed.", len(ls), name))
		return nil
	}
	return &ls[0]
}

// findDocumented finds the level in the userType picklist of Resources,
// which lists every level of the database.
func (d *SecurityLevelDataSource) findDocumented(ctx context.Context, c *autotask.Client, m securityLevelDataModel, diags *diag.Diagnostics) (tenantLevel, bool) {
	at := path.Root("lookup_name")
	if !m.ID.IsNull() {
		at = path.Root("id")
	}
	levels, err := tenantLevels(ctx, c)
	if err != nil {
		diags.AddAttributeError(at, "Could not list security levels", d.data.apiErrorDetail(err))
		return tenantLevel{}, false
	}
	if !m.ID.IsNull() {
		for _, l := range levels {
			if l.ID == m.ID.ValueInt64() {
				return l, true
			}
		}
		diags.AddAttributeError(at, "Security level not found",
			fmt.Sprintf("This database has no security level with ID %d (the userType picklist of Resources lists every level).", m.ID.ValueInt64()))
		return tenantLevel{}, false
	}
	name := m.Lookup.ValueString()
	l, n := tenantLevelByName(levels, name)
	if n != 1 {
		diags.AddAttributeError(at, "Security level not found",
			fmt.Sprintf("%d security levels are named %q; exactly one is needed.", n, name))
		return tenantLevel{}, false
	}
	return l, true
}

// providerDataFrom unpacks the provider's data for a data source or resource.
func providerDataFrom(v any, diags *diag.Diagnostics) *providerData {
	if v == nil {
		return nil
	}
	d, ok := v.(*providerData)
	if !ok {
		diags.AddError("Unexpected provider data", fmt.Sprintf("got %T", v))
	}
	return d
}
