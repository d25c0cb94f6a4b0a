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
)

var (
	_ datasource.DataSourceWithConfigure        = &ContactDataSource{}
	_ datasource.DataSourceWithConfigValidators = &ContactDataSource{}
)

// ContactDataSource reads one contact and its organization through the
// documented Contacts and Companies entities, so portal logins can name
// contacts by e-mail address.
type ContactDataSource struct{ data *providerData }

// NewContactDataSource is the constructor the provider registers.
func NewContactDataSource() datasource.DataSource { return &ContactDataSource{} }

type contactDataModel struct {
	ID              types.Int64  `tfsdk:"id"`
	EmailAddress    types.String `tfsdk:"email_address"`
	FirstName       types.String `tfsdk:"first_name"`
	LastName        types.String `tfsdk:"last_name"`
	Active          types.Bool   `tfsdk:"active"`
	CompanyID       types.Int64  `tfsdk:"company_id"`
	CompanyName     types.String `tfsdk:"company_name"`
	CompanyTaskfire types.Bool   `tfsdk:"company_taskfire_enabled"`
}

// Metadata names the data source.
func (d *ContactDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_contact"
}

// Schema describes the data source.
func (d *ContactDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "One contact of a customer organization, found by ID or e-mail address, with its organization and whether that " +
			"organization has Taskfire (which Taskfire portal levels need). Uses the documented `Contacts` and `Companies` entities.",
		Attributes: map[string]schema.Attribute{
			"id":            schema.Int64Attribute{Optional: true, Computed: true, MarkdownDescription: "Contact ID. Set exactly one of `id` and `email_address`."},
			"email_address": schema.StringAttribute{Optional: true, Computed: true, MarkdownDescription: "E-mail address (exact, case-insensitive)."},
			"first_name":    schema.StringAttribute{Computed: true, MarkdownDescription: "First name."},
			"last_name":     schema.StringAttribute{Computed: true, MarkdownDescription: "Last name."},
			"active":        schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the contact is active."},
			"company_id":    schema.Int64Attribute{Computed: true, MarkdownDescription: "ID of the contact's organization."},
			"company_name":  schema.StringAttribute{Computed: true, MarkdownDescription: "Name of the contact's organization."},
			"company_taskfire_enabled": schema.BoolAttribute{Computed: true,
				MarkdownDescription: "Whether the organization has Taskfire, so its contacts may hold Taskfire portal levels."},
		},
	}
}

// ConfigValidators require exactly one lookup key.
func (d *ContactDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("email_address"))}
}

// Configure receives the provider data.
func (d *ContactDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// Read finds the contact and its organization.
func (d *ContactDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m contactDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	var ct *autotask.Contact
	if !m.ID.IsNull() {
		got, err := c.Contacts().Get(ctx, m.ID.ValueInt64())
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("id"), "Could not read contact", d.data.apiErrorDetail(err)+
				" A contact the API user's level cannot see is reported as not found.")
			return
		}
		ct = got
	} else {
		email := m.EmailAddress.ValueString()
		found, err := c.Contacts().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("emailAddress", email)}})
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("email_address"), "Could not look up contact", d.data.apiErrorDetail(err))
			return
		}
		if len(found) != 1 {
			resp.Diagnostics.AddAttributeError(path.Root("email_address"), "Contact not found",
				fmt.Sprintf("%d contacts have the e-mail address %q; exactly one is needed. A contact the API user's level cannot see is reported as not found.", len(found), email))
			return
		}
		ct = &found[0]
	}
	co, err := c.Companies().Get(ctx, deref(ct.CompanyID))
	if err != nil {
		resp.Diagnostics.AddError("Could not read the contact's organization",
			fmt.Sprintf("Organization %d of contact %d: %s", deref(ct.CompanyID), ct.ID, d.data.apiErrorDetail(err)))
		return
	}
	m.ID = types.Int64Value(ct.ID)
	m.EmailAddress = types.StringValue(deref(ct.EmailAddress))
	m.FirstName = types.StringValue(deref(ct.FirstName))
	m.LastName = types.StringValue(deref(ct.LastName))
	m.Active = types.BoolValue(ct.Active())
	m.CompanyID = types.Int64Value(co.ID)
	m.CompanyName = types.StringValue(deref(co.CompanyName))
	m.CompanyTaskfire = types.BoolValue(deref(co.IsTaskFireActive))
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
