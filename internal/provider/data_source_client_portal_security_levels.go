package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

var _ datasource.DataSourceWithConfigure = &ClientPortalSecurityLevelsDataSource{}

// ClientPortalSecurityLevelsDataSource lists Client Portal and Taskfire
// security levels with optional filters.
type ClientPortalSecurityLevelsDataSource struct{ apiDataSource }

// NewClientPortalSecurityLevelsDataSource is the constructor the provider
// registers.
func NewClientPortalSecurityLevelsDataSource() datasource.DataSource {
	return &ClientPortalSecurityLevelsDataSource{}
}

type clientPortalSecurityLevelsModel struct {
	Type   types.String `tfsdk:"type"`
	Active types.Bool   `tfsdk:"active"`
	System types.Bool   `tfsdk:"system"`
	Levels types.List   `tfsdk:"levels"`
}

// Metadata names the data source.
func (d *ClientPortalSecurityLevelsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_portal_security_levels"
}

// Schema describes the data source.
func (d *ClientPortalSecurityLevelsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every Client Portal and Taskfire security level of the database, optionally filtered, each with the permissions it grants. " +
			"Useful for reviews: which levels let customers pay invoices or manage portal logins, which Taskfire levels exist.",
		Attributes: levelListAttributes(portalLevelSummaryAttributes(), map[string]schema.Attribute{
			"type": schema.StringAttribute{Optional: true, MarkdownDescription: "Only `client_portal` or only `taskfire` levels.",
				Validators: []validator.String{stringvalidator.OneOf(portalTypeNames...)}},
		}),
	}
}

// Read queries the PSA with the filters.
func (d *ClientPortalSecurityLevelsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m clientPortalSecurityLevelsModel
	c, ok := d.readConfig(ctx, req, resp, &m)
	if !ok {
		return
	}
	filters := levelFilters(m.System, m.Active)
	if !m.Type.IsNull() {
		t, _ := portalTypeFromTF(m.Type.ValueString())
		wire, _ := autotask.PortalTypeID(t)
		filters = append(filters, autotask.Eq("type", wire))
	}
	levels, err := c.ClientPortalSecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.And(filters...)}})
	if err != nil {
		resp.Diagnostics.AddError("Could not list Client Portal security levels", d.data.apiErrorDetail(err))
		return
	}
	summaries := make([]portalLevelSummary, 0, len(levels))
	for _, l := range levels {
		s, diags := summarizePortalLevel(l)
		resp.Diagnostics.Append(diags...)
		summaries = append(summaries, s)
	}
	m.Levels = objectList(ctx, portalLevelSummaryAttrTypes(), summaries, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
