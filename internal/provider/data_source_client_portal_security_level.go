package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

var (
	_ datasource.DataSourceWithConfigure        = &ClientPortalSecurityLevelDataSource{}
	_ datasource.DataSourceWithConfigValidators = &ClientPortalSecurityLevelDataSource{}
)

// ClientPortalSecurityLevelDataSource reads one Client Portal or Taskfire
// security level, system or custom.
type ClientPortalSecurityLevelDataSource struct{ apiDataSource }

// NewClientPortalSecurityLevelDataSource is the constructor the provider
// registers.
func NewClientPortalSecurityLevelDataSource() datasource.DataSource {
	return &ClientPortalSecurityLevelDataSource{}
}

type clientPortalSecurityLevelDataModel struct {
	Lookup types.String `tfsdk:"lookup_name"`
	portalLevelSummary
}

// Metadata names the data source.
func (d *ClientPortalSecurityLevelDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_portal_security_level"
}

// Schema describes the data source.
func (d *ClientPortalSecurityLevelDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs := portalLevelSummaryAttributes()
	attrs["id"] = schema.Int64Attribute{Optional: true, Computed: true, MarkdownDescription: "Client Portal security level ID. Set exactly one of `id` and `lookup_name`."}
	attrs["lookup_name"] = schema.StringAttribute{Optional: true,
		MarkdownDescription: "Name to look the level up by: the exact name of a level, or a system level's name in any letter case (`client portal basic`)."}
	resp.Schema = schema.Schema{
		MarkdownDescription: "One Client Portal or Taskfire security level, system or custom, with every portal permission it grants as the PSA reports it. " +
			"Use it to give a portal user a system level by name, or to review what a level allows.",
		Attributes: attrs,
	}
}

// ConfigValidators require exactly one of id and lookup_name.
func (d *ClientPortalSecurityLevelDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("lookup_name"))}
}

// Read looks the level up.
func (d *ClientPortalSecurityLevelDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m clientPortalSecurityLevelDataModel
	c, ok := d.readConfig(ctx, req, resp, &m)
	if !ok {
		return
	}
	var (
		found *autotask.ClientPortalSecurityLevel
		err   error
		at    = path.Root("lookup_name")
	)
	if !m.ID.IsNull() {
		at = path.Root("id")
		found, err = c.ClientPortalSecurityLevels().Get(ctx, m.ID.ValueInt64())
	} else {
		found, err = findPortalLevel(ctx, c, m.Lookup.ValueString())
	}
	if err != nil {
		resp.Diagnostics.AddAttributeError(at, "Could not find the Client Portal security level",
			d.data.lookupDetail(err, lookupKey{owners: "Client Portal security levels", is: "the name"}, m.Lookup.ValueString()))
		return
	}
	s, diags := summarizePortalLevel(*found)
	resp.Diagnostics.Append(diags...)
	m.portalLevelSummary = s
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
