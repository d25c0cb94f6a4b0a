package provider

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

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

var _ datasource.DataSourceWithConfigure = &SecurityLevelsDataSource{}

// SecurityLevelsDataSource lists security levels with optional filters.
type SecurityLevelsDataSource struct{ data *providerData }

// NewSecurityLevelsDataSource is the constructor the provider registers.
func NewSecurityLevelsDataSource() datasource.DataSource { return &SecurityLevelsDataSource{} }

type securityLevelsModel struct {
	System      types.Bool   `tfsdk:"system"`
	Active      types.Bool   `tfsdk:"active"`
	LicenseType types.String `tfsdk:"license_type"`
	NamePrefix  types.String `tfsdk:"name_prefix"`
	Levels      types.List   `tfsdk:"levels"`
}

// Metadata names the data source.
func (d *SecurityLevelsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_security_levels"
}

// Schema describes the data source.
func (d *SecurityLevelsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	var licenses []string
	for _, l := range catalog.Licenses() {
		licenses = append(licenses, string(l.Type))
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every security level of the database, system and custom, optionally filtered; each with the permissions it grants. " +
			"Useful for audits: find every custom level on the API User license, or every level that can manage resources. " + levelsWithoutExtension,
		Attributes: map[string]schema.Attribute{
			"system": schema.BoolAttribute{Optional: true, MarkdownDescription: "Only system levels (`true`) or only custom levels (`false`)."},
			"active": schema.BoolAttribute{Optional: true, MarkdownDescription: "Only active (`true`) or inactive (`false`) levels."},
			"license_type": schema.StringAttribute{Optional: true, MarkdownDescription: "Only levels on this license: " + quotedList(licenses) + ". " +
				"Without the extension only system levels have a known license: custom levels are left out, with a warning that names them.",
				Validators: []validator.String{stringvalidator.OneOf(licenses...)}},
			"name_prefix": schema.StringAttribute{Optional: true, MarkdownDescription: "Only levels whose name starts with this (case-insensitive)."},
			"levels": schema.ListNestedAttribute{
				Computed: true, MarkdownDescription: "Matching levels, ordered by ID.",
				NestedObject: schema.NestedAttributeObject{Attributes: levelSummaryAttributes()},
			},
		},
	}
}

// Configure receives the provider data.
func (d *SecurityLevelsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read queries the extension's SecurityLevels with the filters where the
// PSA serves it, else lists the userType picklist of Resources and filters
// that.
func (d *SecurityLevelsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m securityLevelsModel
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
	var summaries []levelSummary
	if served {
		summaries = d.query(ctx, c, m, &resp.Diagnostics)
	} else {
		summaries = d.listDocumented(ctx, c, m, &resp.Diagnostics)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	// Autotask promises no order; the documented one is by ID.
	slices.SortFunc(summaries, func(a, b levelSummary) int { return cmp.Compare(a.ID.ValueInt64(), b.ID.ValueInt64()) })
	elem := types.ObjectType{AttrTypes: levelSummaryAttrTypes()}
	items := make([]attr.Value, 0, len(summaries))
	for _, s := range summaries {
		obj, diags := types.ObjectValueFrom(ctx, elem.AttrTypes, s)
		resp.Diagnostics.Append(diags...)
		items = append(items, obj)
	}
	list, diags := types.ListValue(elem, items)
	resp.Diagnostics.Append(diags...)
	m.Levels = list
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// query reads the levels from the extension's SecurityLevels.
func (d *SecurityLevelsDataSource) query(ctx context.Context, c *autotask.Client, m securityLevelsModel, diags *diag.Diagnostics) []levelSummary {
	filters := []autotask.Filter{autotask.Exist("id")}
	if !m.System.IsNull() {
		filters = append(filters, autotask.Eq("isSystem", m.System.ValueBool()))
	}
	if !m.Active.IsNull() {
		filters = append(filters, autotask.Eq("isActive", m.Active.ValueBool()))
	}
	if !m.NamePrefix.IsNull() {
		filters = append(filters, autotask.BeginsWith("name", m.NamePrefix.ValueString()))
	}
	if !m.LicenseType.IsNull() {
		if lic, ok := catalog.LicenseByType(catalog.LicenseType(m.LicenseType.ValueString())); ok {
			filters = append(filters, autotask.Eq("licenseType", lic.ID))
		}
	}
	levels, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.And(filters...)}})
	if err != nil {
		diags.AddError("Could not list security levels", d.data.apiErrorDetail(err))
		return nil
	}
	out := make([]levelSummary, 0, len(levels))
	for _, l := range levels {
		s, sd := summarize(l)
		diags.Append(sd...)
		out = append(out, s)
	}
	return out
}

// listDocumented lists the levels of the userType picklist of Resources
// that match the filters. A custom level's license is not known there: a
// license filter leaves custom levels out and says which.
func (d *SecurityLevelsDataSource) listDocumented(ctx context.Context, c *autotask.Client, m securityLevelsModel, diags *diag.Diagnostics) []levelSummary {
	levels, err := tenantLevels(ctx, c)
	if err != nil {
		diags.AddError("Could not list security levels", d.data.apiErrorDetail(err))
		return nil
	}
	var out []levelSummary
	var unknownLicense []string
	prefix := strings.ToLower(m.NamePrefix.ValueString())
	for _, l := range levels {
		switch {
		case !m.System.IsNull() && l.System != m.System.ValueBool():
		case !m.Active.IsNull() && l.Active != m.Active.ValueBool():
		case !strings.HasPrefix(strings.ToLower(l.Name), prefix):
		default:
			s, sd := summarizeTenantLevel(l)
			diags.Append(sd...)
			if !m.LicenseType.IsNull() && s.LicenseType.ValueString() != m.LicenseType.ValueString() {
				if s.LicenseType.IsNull() {
					unknownLicense = append(unknownLicense, fmt.Sprintf("%q (%d)", l.Name, l.ID))
				}
				continue
			}
			out = append(out, s)
		}
	}
	if len(unknownLicense) > 0 {
		diags.AddAttributeWarning(path.Root("license_type"), "Custom levels left out: their license is not known",
			fmt.Sprintf("This database does not serve the security-administration extension, and Autotask's documented API does not say "+
				"which license a custom security level uses, so these levels are not in the list: %s.", strings.Join(unknownLicense, ", ")))
	}
	return out
}
