package provider

import (
	"context"
	"fmt"
	"net/mail"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var (
	_ resource.ResourceWithConfigure      = &ClientPortalUserResource{}
	_ resource.ResourceWithImportState    = &ClientPortalUserResource{}
	_ resource.ResourceWithModifyPlan     = &ClientPortalUserResource{}
	_ resource.ResourceWithValidateConfig = &ClientPortalUserResource{}
)

// ClientPortalUserResource manages a contact's Client Portal / Taskfire
// login (the documented ClientPortalUsers entity). Autotask cannot delete
// portal users: destroy deactivates the login.
type ClientPortalUserResource struct {
	data *providerData
}

// NewClientPortalUserResource is the constructor the provider registers.
func NewClientPortalUserResource() resource.Resource { return &ClientPortalUserResource{} }

type clientPortalUserResourceModel struct {
	Acknowledge       types.Map    `tfsdk:"acknowledge"`
	ID                types.String `tfsdk:"id"`
	ContactID         types.Int64  `tfsdk:"contact_id"`
	UserName          types.String `tfsdk:"user_name"`
	PasswordWO        types.String `tfsdk:"password_wo"`
	PasswordWOVersion types.Int64  `tfsdk:"password_wo_version"`
	SecurityLevelID   types.Int64  `tfsdk:"security_level_id"`
	Active            types.Bool   `tfsdk:"active"`
	DateFormat        types.String `tfsdk:"date_format"`
	TimeFormat        types.String `tfsdk:"time_format"`
	NumberFormat      types.String `tfsdk:"number_format"`
}

// Password rules of ClientPortalUsers.
const (
	portalPasswordMin = 5
	portalPasswordMax = 50
)

// portalPasswordProblem says what is wrong with a portal password, without
// repeating it; "" when it is fine.
func portalPasswordProblem(pw string) string {
	n := utf8.RuneCountInString(pw)
	if n < portalPasswordMin || n > portalPasswordMax || strings.ContainsAny(pw, " '") {
		return fmt.Sprintf("A Client Portal password must be %d to %d characters and may not contain spaces or single quotes (').", portalPasswordMin, portalPasswordMax)
	}
	return ""
}

// portalUserFormat links a format attribute to its ClientPortalUsers
// picklist field.
type portalUserFormat struct {
	attr, field, what string
	get               func(*clientPortalUserResourceModel) *types.String
	wire              func(*autotask.ClientPortalUser) **int
}

var portalUserFormats = []portalUserFormat{
	{"date_format", "dateFormat", "dates",
		func(m *clientPortalUserResourceModel) *types.String { return &m.DateFormat },
		func(u *autotask.ClientPortalUser) **int { return &u.DateFormat }},
	{"time_format", "timeFormat", "times",
		func(m *clientPortalUserResourceModel) *types.String { return &m.TimeFormat },
		func(u *autotask.ClientPortalUser) **int { return &u.TimeFormat }},
	{"number_format", "numberFormat", "numbers",
		func(m *clientPortalUserResourceModel) *types.String { return &m.NumberFormat },
		func(u *autotask.ClientPortalUser) **int { return &u.NumberFormat }},
}

// Metadata names the resource.
func (r *ClientPortalUserResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_portal_user"
}

// Schema describes the resource.
func (r *ClientPortalUserResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs := map[string]schema.Attribute{
		attrAcknowledge: acknowledgeAttribute(evaluate.ObjectPortalUser),
		"id": schema.StringAttribute{
			Computed: true, MarkdownDescription: "Client Portal user ID.",
			PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
		},
		"contact_id": schema.Int64Attribute{
			Required: true,
			MarkdownDescription: "The contact the login belongs to; one login per contact. Autotask fixes it when the login is created: " +
				"changing it replaces the login (the old one is deactivated).",
			PlanModifiers: []planmodifier.Int64{int64planmodifier.RequiresReplace()},
		},
		"user_name": schema.StringAttribute{
			Required:            true,
			MarkdownDescription: "The login name: an e-mail address, unique among the database's portal users (checked at plan time).",
			Validators:          []validator.String{emailAddressValidator{}, stringvalidator.LengthAtMost(200)},
		},
		"password_wo": schema.StringAttribute{
			Optional: true, WriteOnly: true, Sensitive: true,
			MarkdownDescription: fmt.Sprintf("The login's password, write-only (Terraform 1.11 or later): it is sent when the login is created and whenever "+
				"`password_wo_version` changes, and it is never stored in state or plan, nor logged. Required when the login is created. "+
				"%d to %d characters, no spaces and no single quotes. Use an ephemeral value (for example an ephemeral variable) so it stays out of "+
				"every file.", portalPasswordMin, portalPasswordMax),
		},
		"password_wo_version": schema.Int64Attribute{
			Optional:            true,
			MarkdownDescription: "Change this number to send `password_wo` again (a password reset). Needs `password_wo`.",
		},
		"security_level_id": schema.Int64Attribute{
			Required: true,
			MarkdownDescription: "ID of the Client Portal or Taskfire security level (`autotask_client_portal_security_level`, or a system level: " +
				portalSystemLevelList() + "). The level must be active, and a Taskfire level needs a contact of an organization with Taskfire; both are checked at plan time.",
		},
		"active": schema.BoolAttribute{
			Optional: true, Computed: true, Default: booldefault.StaticBool(true),
			MarkdownDescription: "Whether the contact can log in to the portal. Default `true`.",
		},
	}
	for _, f := range portalUserFormats {
		attrs[f.attr] = schema.StringAttribute{
			Optional: true, Computed: true,
			MarkdownDescription: fmt.Sprintf("How the portal shows %s to this user, as the label of the ClientPortalUsers `%s` picklist "+
				"(for example `%s`). Checked at plan time against the PSA's picklist; when not set, the picklist's default.", f.what, f.field, formatExample(f.field)),
		}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A contact's login to the Client Portal (or Taskfire): user name, password, portal security level and display formats. " +
			"Uses the documented `ClientPortalUsers` entity. Autotask cannot delete portal logins, so **destroying this resource deactivates the " +
			"login** (`active = false`) and leaves it in Autotask, on the least-privileged system level (Client Portal Basic) so that no custom " +
			"level stays in use by it; creating a login for a contact whose login is deactivated reactivates and takes over that login. " +
			"The password is a write-only argument and never reaches state, plan or logs.",
		Attributes: attrs,
	}
}

func formatExample(field string) string {
	switch field {
	case "dateFormat":
		return "dd/MM/yyyy"
	case "timeFormat":
		return "HH:mm"
	}
	return "X.XXX,XX"
}

func portalSystemLevelList() string {
	var parts []string
	for _, l := range catalog.PortalLevels() {
		parts = append(parts, fmt.Sprintf("%d %s", l.ID, l.Name))
	}
	return strings.Join(parts, ", ")
}

// Configure receives the provider data.
func (r *ClientPortalUserResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// ValidateConfig checks the password's form, which write-only values only
// allow here (they are not in the plan). The password is never repeated.
func (r *ClientPortalUserResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var pw types.String
	var version types.Int64
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password_wo"), &pw)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password_wo_version"), &version)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !pw.IsNull() && !pw.IsUnknown() {
		if problem := portalPasswordProblem(pw.ValueString()); problem != "" {
			resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "Invalid Client Portal password", problem+" Choose another password.")
		}
	}
	if pw.IsNull() && !version.IsNull() && !version.IsUnknown() {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo_version"), "password_wo_version needs password_wo",
			"password_wo_version says when to send the password again; set password_wo as well.")
	}
}

func portalUserAddress(userName types.String) string {
	return fmt.Sprintf("Client Portal user %q", userName.ValueString())
}

// portalUserTopLevel names the attributes findings may sit on.
var portalUserTopLevel = map[string]bool{"contact_id": true, "user_name": true, "security_level_id": true, "active": true}

// ModifyPlan fills the display formats, and checks at plan time what
// Autotask would refuse at apply: a missing password, a user name in use,
// a contact that already has an active login, an inactive level, and a
// Taskfire level for a contact whose organization has no Taskfire.
func (r *ClientPortalUserResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil || req.Plan.Raw.IsNull() {
		return // destroy deactivates; nothing to check
	}
	var state *clientPortalUserResourceModel
	if !req.State.Raw.IsNull() {
		state = &clientPortalUserResourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
	}
	var plan, config clientPortalUserResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if state == nil && config.PasswordWO.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "A new portal login needs a password",
			"Autotask requires a password when a Client Portal login is created: set password_wo (write-only, never stored).")
	}
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.planFormats(ctx, c, &plan, &config, resp)
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.checkTaken(ctx, c, state, &plan, &resp.Diagnostics)

	assigning := state == nil || !state.SecurityLevelID.Equal(plan.SecurityLevelID)
	if !assigning || plan.ContactID.IsUnknown() {
		return // a contact still to be created is checked by Autotask at apply
	}
	u := evaluate.PortalUser{Address: portalUserAddress(plan.UserName), UserName: plan.UserName.ValueString(), Assigning: true}
	var ok bool
	if u.Level, ok = r.plannedLevel(ctx, c, plan.SecurityLevelID, &resp.Diagnostics); !ok {
		return
	}
	if u.Level.Type == catalog.PortalTaskfire {
		u.Company = r.contactCompany(ctx, c, plan.ContactID.ValueInt64(), &resp.Diagnostics)
		if resp.Diagnostics.HasError() {
			return
		}
	}
	r.data.evaluateInto(ctx, evaluate.Input{PortalUsers: []evaluate.PortalUser{u}}, u.Address, portalUserTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// plannedLevel is what the rules need of the portal level the user is
// given: the level as this plan makes it when the plan manages it (its
// ID unknown until apply when the plan creates it), else as the PSA holds
// it. ok is false when there is nothing to judge (then diags may say why).
func (r *ClientPortalUserResource) plannedLevel(ctx context.Context, c *autotask.Client, id types.Int64, diags *diag.Diagnostics) (evaluate.PortalUserLevel, bool) {
	of := func(pl evaluate.PortalLevel) evaluate.PortalUserLevel {
		return evaluate.PortalUserLevel{Name: pl.Name, Type: pl.Type, Inactive: pl.Inactive}
	}
	if id.IsUnknown() {
		// Terraform planned the level it refers to before it: one of the
		// levels this plan creates. When they all judge alike, judge it.
		creates := r.data.plan.portalLevels.creates()
		kinds := map[evaluate.PortalUserLevel]bool{}
		for _, pl := range creates {
			kinds[evaluate.PortalUserLevel{Type: pl.Type, Inactive: pl.Inactive}] = true
		}
		switch {
		case len(creates) == 1:
			return of(creates[0]), true
		case len(kinds) == 1:
			lvl := of(creates[0])
			lvl.Name = ""
			return lvl, true
		case len(kinds) > 1:
			diags.AddAttributeWarning(path.Root("security_level_id"),
				fmt.Sprintf("%s and %s can only be decided at apply", evaluate.RulePortalUserTaskfire, evaluate.RulePortalUserInactiveLvl),
				fmt.Sprintf("security_level_id is not known until apply and this plan creates %d portal levels of different types or states "+
					"that it may refer to, so whether the level fits the contact's organization and is active is decided at apply.", len(creates)))
		}
		return evaluate.PortalUserLevel{}, false
	}
	if pl, ok := r.data.plan.portalLevels.get(id.ValueInt64()); ok {
		return of(pl), true
	}
	served, err := c.ExtensionServed(ctx)
	if err == nil && !served {
		// A PSA without the security-administration extension shows no
		// portal levels: a system one is known from the catalogue, a
		// custom one is checked by Autotask at apply.
		if sys, ok := catalog.PortalLevelByID(catalog.PortalLevelID(id.ValueInt64())); ok {
			return evaluate.PortalUserLevel{Name: sys.Name, Type: sys.Type}, true
		}
		diags.AddAttributeWarning(path.Root("security_level_id"), "Portal level not checked at plan time",
			"This PSA does not serve Client Portal security levels (they come with the security-administration extension), so whether "+
				"this custom level is active and fits the contact's organization is left to Autotask at apply.")
		return evaluate.PortalUserLevel{}, false
	}
	var lvl *autotask.ClientPortalSecurityLevel
	if err == nil {
		lvl, err = c.ClientPortalSecurityLevels().Get(ctx, id.ValueInt64())
	}
	if err != nil {
		summary := "Could not read the portal level"
		if autotask.IsNotFound(err) {
			summary = "No such Client Portal security level"
		}
		diags.AddAttributeError(path.Root("security_level_id"), summary,
			fmt.Sprintf("Client Portal security level %d: %s", id.ValueInt64(), r.data.apiErrorDetail(err)))
		return evaluate.PortalUserLevel{}, false
	}
	typ, _ := autotask.PortalTypeOf(deref(lvl.Type))
	return evaluate.PortalUserLevel{Name: deref(lvl.Name), Type: typ, Inactive: !deref(lvl.IsActive)}, true
}

// planFormats validates configured formats against the PSA's picklists and
// plans the picklist default for those not set, so a change made in
// Autotask to an unset format is drift too.
func (r *ClientPortalUserResource) planFormats(ctx context.Context, c *autotask.Client, plan, config *clientPortalUserResourceModel, resp *resource.ModifyPlanResponse) {
	fields, err := c.EntityFields(ctx, autotask.EntityClientPortalUsers)
	if err != nil {
		resp.Diagnostics.AddError("Could not read the ClientPortalUsers picklists", r.data.apiErrorDetail(err))
		return
	}
	for _, f := range portalUserFormats {
		cfg, planned := f.get(config), f.get(plan)
		info, _ := autotask.Field(fields, f.field)
		switch {
		case cfg.IsUnknown():
			*planned = types.StringUnknown()
		case cfg.IsNull():
			if def, ok := picklistDefault(info); ok {
				*planned = types.StringValue(def)
			}
		default:
			if _, ok := picklistID(info, cfg.ValueString()); !ok {
				resp.Diagnostics.AddAttributeError(path.Root(f.attr), "Unknown "+strings.ReplaceAll(f.attr, "_", " "),
					fmt.Sprintf("%q is not a %s of this PSA; use one of %s.", cfg.ValueString(), f.field, quotedList(picklistLabels(info))))
			}
		}
	}
}

// checkTaken looks, in one query, for another login with the planned user
// name and (for a new login) for the contact's existing login.
func (r *ClientPortalUserResource) checkTaken(ctx context.Context, c *autotask.Client, state, plan *clientPortalUserResourceModel, diags *diag.Diagnostics) {
	var filters []autotask.Filter
	nameChanged := !plan.UserName.IsUnknown() && (state == nil || !strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString()))
	if nameChanged {
		filters = append(filters, autotask.Eq("userName", plan.UserName.ValueString()))
	}
	if state == nil && !plan.ContactID.IsUnknown() {
		filters = append(filters, autotask.Eq("contactID", plan.ContactID.ValueInt64()))
	}
	if len(filters) == 0 {
		return
	}
	filter := filters[0]
	if len(filters) > 1 {
		filter = autotask.Or(filters...)
	}
	found, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter}})
	if err != nil {
		diags.AddWarning("Could not check the portal user name at plan time", r.data.apiErrorDetail(err))
		return
	}
	self := int64(-1)
	if state != nil {
		self = planID(state.ID)
	}
	for _, u := range found {
		if u.ID == self {
			continue
		}
		if state == nil && !plan.ContactID.IsUnknown() && deref(u.ContactID) == plan.ContactID.ValueInt64() {
			if deref(u.IsClientPortalActive) {
				diags.AddAttributeError(path.Root("contact_id"), "The contact already has a portal login",
					fmt.Sprintf("Contact %d already has the active Client Portal login %q (id %d); a contact has one login. "+
						"Manage that login instead: add an import block\n\n  import {\n    to = autotask_client_portal_user.<name>\n    id = \"%d\"\n  }\n\n"+
						"or deactivate it in Autotask first.", deref(u.ContactID), deref(u.UserName), u.ID, u.ID))
			} else {
				diags.AddAttributeWarning(path.Root("contact_id"), "The contact's deactivated portal login will be reactivated",
					fmt.Sprintf("Contact %d has the deactivated Client Portal login %q (id %d). Autotask allows one login per contact, so apply "+
						"reactivates that login and gives it this configuration instead of creating another.", deref(u.ContactID), deref(u.UserName), u.ID))
			}
			continue // the login this one becomes: its name is no conflict
		}
		if nameChanged && strings.EqualFold(deref(u.UserName), plan.UserName.ValueString()) {
			diags.AddAttributeError(path.Root("user_name"), "The portal user name is taken",
				fmt.Sprintf("%q is already the login of contact %d (portal user %d); portal user names are unique in the database, and a "+
					"login keeps its name when it is deactivated (on destroy, or when a new contact_id replaces it). Choose another user name.",
					deref(u.UserName), deref(u.ContactID), u.ID))
		}
	}
}

// contactCompany reads the contact's organization for the Taskfire rule.
func (r *ClientPortalUserResource) contactCompany(ctx context.Context, c *autotask.Client, contactID int64, diags *diag.Diagnostics) *evaluate.PortalUserCompany {
	ct, err := c.Contacts().Get(ctx, contactID)
	if err != nil {
		detail := r.data.apiErrorDetail(err)
		if autotask.IsNotFound(err) {
			detail = fmt.Sprintf("Contact %d was not found, or the API user's level cannot see contacts (CRM > Contacts: View).", contactID)
		}
		diags.AddAttributeError(path.Root("contact_id"), "Could not read the contact", detail)
		return nil
	}
	co, err := c.Companies().Get(ctx, deref(ct.CompanyID))
	if err != nil {
		diags.AddAttributeError(path.Root("contact_id"), "Could not read the contact's organization",
			fmt.Sprintf("Organization %d of contact %d: %s", deref(ct.CompanyID), contactID, r.data.apiErrorDetail(err)))
		return nil
	}
	return &evaluate.PortalUserCompany{Name: deref(co.CompanyName), Taskfire: deref(co.IsTaskFireActive)}
}

// maskPassword makes every log line on ctx hide pw, behind the client's
// own redaction.
func maskPassword(ctx context.Context, pw types.String) context.Context {
	if pw.IsNull() || pw.IsUnknown() || pw.ValueString() == "" {
		return ctx
	}
	ctx = tflog.MaskAllFieldValuesStrings(ctx, pw.ValueString())
	return tflog.MaskMessageStrings(ctx, pw.ValueString())
}

// wireUser builds the object to write from the plan.
func (r *ClientPortalUserResource) wireUser(ctx context.Context, c *autotask.Client, m *clientPortalUserResourceModel, diags *diag.Diagnostics) *autotask.ClientPortalUser {
	u := &autotask.ClientPortalUser{
		UserName:             autotask.String(m.UserName.ValueString()),
		SecurityLevel:        autotask.Int64(m.SecurityLevelID.ValueInt64()),
		IsClientPortalActive: autotask.Bool(m.Active.ValueBool()),
	}
	fields, err := c.EntityFields(ctx, autotask.EntityClientPortalUsers)
	if err != nil {
		diags.AddError("Could not read the ClientPortalUsers picklists", r.data.apiErrorDetail(err))
		return nil
	}
	for _, f := range portalUserFormats {
		label := f.get(m)
		if label.IsNull() || label.IsUnknown() {
			continue
		}
		info, _ := autotask.Field(fields, f.field)
		id, ok := picklistID(info, label.ValueString())
		if !ok {
			diags.AddAttributeError(path.Root(f.attr), "Unknown "+strings.ReplaceAll(f.attr, "_", " "),
				fmt.Sprintf("%q is not a %s of this PSA; use one of %s.", label.ValueString(), f.field, quotedList(picklistLabels(info))))
			return nil
		}
		*f.wire(u) = autotask.Int(id)
	}
	return u
}

// planned reads the plan, and the password from the configuration (it is
// write-only), and builds the object to write. The returned context masks
// the password in every log line.
func (r *ClientPortalUserResource) planned(ctx context.Context, plan tfsdk.Plan, config tfsdk.Config, diags *diag.Diagnostics) (
	context.Context, *autotask.Client, clientPortalUserResourceModel, types.String, *autotask.ClientPortalUser,
) {
	var m clientPortalUserResourceModel
	var pw types.String
	diags.Append(plan.Get(ctx, &m)...)
	diags.Append(config.GetAttribute(ctx, path.Root("password_wo"), &pw)...)
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	if diags.HasError() {
		return ctx, nil, m, pw, nil
	}
	ctx = maskPassword(ctx, pw)
	return ctx, c, m, pw, r.wireUser(ctx, c, &m, diags)
}

// Create writes the login, or reactivates the contact's deactivated one.
func (r *ClientPortalUserResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	ctx, c, plan, pw, u := r.planned(ctx, req.Plan, req.Config, &resp.Diagnostics)
	if u == nil {
		return
	}
	if !pw.IsNull() {
		u.Password = autotask.String(pw.ValueString())
	}
	contactID := plan.ContactID.ValueInt64()
	existing, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("contactID", contactID)}})
	if err != nil {
		resp.Diagnostics.AddError("Could not look up the contact's portal login", r.data.apiErrorDetail(err))
		return
	}
	var id int64
	switch {
	case len(existing) > 0 && deref(existing[0].IsClientPortalActive):
		resp.Diagnostics.AddAttributeError(path.Root("contact_id"), "The contact already has a portal login",
			fmt.Sprintf("Contact %d already has the active Client Portal login %q (id %d); import it instead of creating another.",
				contactID, deref(existing[0].UserName), existing[0].ID))
		return
	case len(existing) > 0:
		id = existing[0].ID
		u.ID = id
		if err := c.ClientPortalUsers().Update(ctx, u); err != nil {
			resp.Diagnostics.AddError("Could not reactivate the contact's portal login "+strconv.Quote(deref(existing[0].UserName)), r.data.apiErrorDetail(err))
			return
		}
	default:
		u.ContactID = autotask.Int64(contactID)
		id, err = c.ClientPortalUsers().Create(ctx, u, autotask.CreateOptions{NaturalKey: autotask.Eq("contactID", contactID)})
		if err != nil {
			resp.Diagnostics.AddError("Could not create portal login "+strconv.Quote(plan.UserName.ValueString()), r.data.apiErrorDetail(err))
			return
		}
	}
	plan.ID = types.StringValue(strconv.FormatInt(id, 10))
	plan.PasswordWO = types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	readBackAfterCreate(&resp.Diagnostics, fmt.Sprintf("portal login %d", id), func(d *diag.Diagnostics) bool {
		return r.refresh(ctx, c, id, &resp.State, d)
	})
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.ClientPortalUsers())...)
}

// Read refreshes state from the PSA.
func (r *ClientPortalUserResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state clientPortalUserResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := strconv.ParseInt(state.ID.ValueString(), 10, 64)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("id"), "Invalid portal user ID", fmt.Sprintf("%q is not a number.", state.ID.ValueString()))
		return
	}
	refreshReadingAhead(ctx, req, resp, id, func() bool { return r.refresh(ctx, c, id, &resp.State, &resp.Diagnostics) }, c.ClientPortalUsers())
}

// refresh reads login id into st; false when it is gone.
func (r *ClientPortalUserResource) refresh(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, diags *diag.Diagnostics) bool {
	remote, err := c.ClientPortalUsers().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read portal user %d", id), r.data.apiErrorDetail(err))
		return true
	}
	var m clientPortalUserResourceModel
	diags.Append(st.Get(ctx, &m)...)
	m.ID = types.StringValue(strconv.FormatInt(remote.ID, 10))
	m.ContactID = types.Int64Value(deref(remote.ContactID))
	m.UserName = types.StringValue(deref(remote.UserName))
	m.SecurityLevelID = types.Int64Value(deref(remote.SecurityLevel))
	m.Active = types.BoolValue(deref(remote.IsClientPortalActive))
	m.PasswordWO = types.StringNull()
	fields, err := c.EntityFields(ctx, autotask.EntityClientPortalUsers)
	if err != nil {
		diags.AddError("Could not read the ClientPortalUsers picklists", r.data.apiErrorDetail(err))
		return true
	}
	for _, f := range portalUserFormats {
		v := *f.wire(remote)
		if v == nil {
			*f.get(&m) = types.StringNull()
			continue
		}
		info, _ := autotask.Field(fields, f.field)
		*f.get(&m) = types.StringValue(picklistLabel(info, *v))
	}
	diags.Append(st.Set(ctx, &m)...)
	return true
}

// Update writes every attribute; the password only when
// password_wo_version changes.
func (r *ClientPortalUserResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var state clientPortalUserResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	ctx, c, plan, pw, u := r.planned(ctx, req.Plan, req.Config, &resp.Diagnostics)
	if u == nil || resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	u.ID = id
	if !plan.PasswordWOVersion.Equal(state.PasswordWOVersion) && !pw.IsNull() {
		u.Password = autotask.String(pw.ValueString())
	}
	if err := c.ClientPortalUsers().Update(ctx, u); err != nil {
		resp.Diagnostics.AddError("Could not update portal login "+strconv.Quote(plan.UserName.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	plan.ID = state.ID
	plan.PasswordWO = types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	r.refresh(ctx, c, u.ID, &resp.State, &resp.Diagnostics)
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.ClientPortalUsers())...)
}

// portalUserParkingLevel is the level a deactivated login is left on: the system
// level that grants least, so the login depends on no custom level.
const portalUserParkingLevel = catalog.PortalBasic

// Delete deactivates the login: Autotask cannot delete portal users. It
// also parks the login on Client Portal Basic, because Autotask keeps a
// level that any login (active or not) has from being deleted.
func (r *ClientPortalUserResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state clientPortalUserResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	err := c.ClientPortalUsers().Update(ctx, &autotask.ClientPortalUser{ID: id, IsClientPortalActive: autotask.Bool(false),
		SecurityLevel: autotask.Int64(int64(portalUserParkingLevel))})
	if err != nil && !autotask.IsNotFound(err) {
		resp.Diagnostics.AddError("Could not deactivate portal login "+strconv.Quote(state.UserName.ValueString()), r.data.apiErrorDetail(err))
	}
}

// ImportState accepts a numeric ID or a user name.
func (r *ClientPortalUserResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.data.importByIDOrKey(ctx, req, resp, "Portal user", func(ctx context.Context, c *autotask.Client, name string) (int64, error) {
		found, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("userName", name)}})
		if err != nil {
			return 0, err
		}
		if len(found) != 1 {
			return 0, fmt.Errorf("%d Client Portal logins are named %q; import by numeric ID or exact user name", len(found), name)
		}
		return found[0].ID, nil
	})
}

// Picklist helpers: formats are configured by label and sent as IDs.

func picklistID(f autotask.FieldInfo, label string) (int, bool) {
	for _, p := range f.PicklistValues {
		if p.Label == label && p.IsActive {
			if id, err := p.ID(); err == nil {
				return id, true
			}
		}
	}
	return 0, false
}

func picklistLabel(f autotask.FieldInfo, id int) string {
	for _, p := range f.PicklistValues {
		if n, err := p.ID(); err == nil && n == id {
			return p.Label
		}
	}
	return strconv.Itoa(id)
}

func picklistDefault(f autotask.FieldInfo) (string, bool) {
	for _, p := range f.PicklistValues {
		if p.IsDefaultValue {
			return p.Label, true
		}
	}
	return "", false
}

func picklistLabels(f autotask.FieldInfo) []string {
	out := make([]string, 0, len(f.PicklistValues))
	for _, p := range f.PicklistValues {
		if p.IsActive {
			out = append(out, p.Label)
		}
	}
	return out
}

// emailAddressValidator accepts a bare e-mail address.
type emailAddressValidator struct{}

func (emailAddressValidator) Description(context.Context) string { return "must be an e-mail address" }

func (v emailAddressValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (emailAddressValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
		resp.Diagnostics.AddAttributeError(req.Path, "Not an e-mail address",
			fmt.Sprintf("%q is not a bare e-mail address (like jane.doe@customer.example); portal user names are e-mail addresses.", s))
	}
}
