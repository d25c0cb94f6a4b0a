package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
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

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var (
	_ resource.ResourceWithConfigure        = &ProtectedDataAccessResource{}
	_ resource.ResourceWithImportState      = &ProtectedDataAccessResource{}
	_ resource.ResourceWithModifyPlan       = &ProtectedDataAccessResource{}
	_ resource.ResourceWithConfigValidators = &ProtectedDataAccessResource{}
)

// ProtectedDataAccessResource owns the four protected-data permissions of
// one resource (user).
type ProtectedDataAccessResource struct {
	data *providerData
}

// NewProtectedDataAccessResource is the constructor the provider registers.
func NewProtectedDataAccessResource() resource.Resource { return &ProtectedDataAccessResource{} }

type protectedDataAccessResourceModel struct {
	Acknowledge     types.Map    `tfsdk:"acknowledge"`
	ID              types.String `tfsdk:"id"`
	ResourceID      types.Int64  `tfsdk:"resource_id"`
	UserName        types.String `tfsdk:"user_name"`
	ViewProtected   types.Bool   `tfsdk:"view_protected"`
	EditProtected   types.Bool   `tfsdk:"edit_protected"`
	ViewUnprotected types.Bool   `tfsdk:"view_unprotected"`
	EditUnprotected types.Bool   `tfsdk:"edit_unprotected"`
	LicenseType     types.String `tfsdk:"license_type"`
}

// access is the model's four permissions.
func (m *protectedDataAccessResourceModel) access() catalog.ProtectedAccess {
	return catalog.ProtectedAccess{ViewProtected: m.ViewProtected.ValueBool(), EditProtected: m.EditProtected.ValueBool(),
		ViewUnprotected: m.ViewUnprotected.ValueBool(), EditUnprotected: m.EditUnprotected.ValueBool()}
}

// protectedDataAccessTopLevel names the attributes findings may sit on.
var protectedDataAccessTopLevel = findingAttributes((&ProtectedDataAccessResource{}).Schema)

// Metadata names the resource.
func (r *ProtectedDataAccessResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_protected_data_access"
}

// Schema describes the resource.
func (r *ProtectedDataAccessResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	def := catalog.ProtectedAccessDefault(catalog.LicenseProfessional)
	perm := func(doc string, d bool) schema.BoolAttribute {
		return schema.BoolAttribute{Optional: true, Computed: true, Default: booldefault.StaticBool(d),
			MarkdownDescription: fmt.Sprintf("%s Default `%t`.", doc, d)}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Who may see and change the data of user-defined fields, set for one resource (user) beside their security level: " +
			"view and edit of **protected** fields (organization and device fields flagged protected, see `autotask_user_defined_field`) and " +
			"view and edit of all other (unprotected) fields. These permissions override the security level. One resource object owns " +
			"the four settings of one user; address the user by `resource_id` or `user_name` (at least one; when both are set, as in configuration " +
			"that `terraform plan -generate-config-out` writes, they must name the same user, which the plan checks).\n\n" +
			"**Defaults.** Until someone changes them, administrators (Administrator license) and API users (API User license) hold all " +
			"four; everyone else views and edits unprotected data only. The four attributes default to the latter, so write all four " +
			"out for an administrator or API user whose access you want to keep. `autotask_access_report` shows every user's access " +
			"and whether it is their level's default.\n\n" +
			"**Destroy** puts the user back to the defaults of their license (all four for administrators and API users, unprotected " +
			"only for everyone else); nothing is deleted.\n\n" +
			"Plan-time checks: an edit permission without its view permission is an error (AT150); any protected-data grant is noted " +
			"(AT307), and one on an integration's API user is a warning (AT206).",
		Attributes: map[string]schema.Attribute{
			attrAcknowledge: acknowledgeAttribute(evaluate.ObjectProtectedDataAccess),
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "The resource ID (the permissions object shares it).",
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"resource_id": schema.Int64Attribute{Optional: true, Computed: true,
				MarkdownDescription: "ID of the resource (user). Set this or `user_name` (or both, naming the same user); the other is filled in. Pointing at another resource replaces the object " +
					"(the first user goes back to their defaults).",
				Validators:    []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()}},
			"user_name": schema.StringAttribute{Optional: true, Computed: true,
				MarkdownDescription: "User name of the resource (any letter case). Set this or `resource_id` (or both, naming the same user); the other is filled in.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"view_protected":   perm("Whether the user sees the values of protected fields.", def.ViewProtected),
			"edit_protected":   perm("Whether the user may change the values of protected fields; needs `view_protected`.", def.EditProtected),
			"view_unprotected": perm("Whether the user sees the values of unprotected user-defined fields.", def.ViewUnprotected),
			"edit_unprotected": perm("Whether the user may change the values of unprotected user-defined fields; needs `view_unprotected`.", def.EditUnprotected),
			"license_type": schema.StringAttribute{Computed: true,
				MarkdownDescription: "License of the user's security level: it decides the defaults that destroy restores."},
		},
	}
}

// ConfigValidators require a way of naming the user. Both are allowed, as
// generated configuration has them; ModifyPlan checks that they agree.
func (r *ProtectedDataAccessResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{resourcevalidator.AtLeastOneOf(path.MatchRoot("resource_id"), path.MatchRoot("user_name"))}
}

// Configure receives the provider data.
func (r *ProtectedDataAccessResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func protectedAddress(m *protectedDataAccessResourceModel) string {
	if !m.UserName.IsNull() && !m.UserName.IsUnknown() {
		return fmt.Sprintf("protected-data access of %q", m.UserName.ValueString())
	}
	return fmt.Sprintf("protected-data access of resource %d", m.ResourceID.ValueInt64())
}

// ModifyPlan replaces the object when it names another user and runs the
// evaluator.
func (r *ProtectedDataAccessResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil || req.Plan.Raw.IsNull() {
		return
	}
	var plan, config protectedDataAccessResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var state *protectedDataAccessResourceModel
	if !req.State.Raw.IsNull() {
		state = &protectedDataAccessResourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
		if v := config.ResourceID; !v.IsNull() && (v.IsUnknown() || v.ValueInt64() != state.ResourceID.ValueInt64()) {
			resp.RequiresReplace = append(resp.RequiresReplace, path.Root("resource_id"))
		}
		if v := config.UserName; !v.IsNull() && (v.IsUnknown() || !strings.EqualFold(v.ValueString(), state.UserName.ValueString())) {
			resp.RequiresReplace = append(resp.RequiresReplace, path.Root("user_name"))
		}
	}
	r.checkSameUser(ctx, state, &config, &resp.Diagnostics)
	g := evaluate.ProtectedGrant{
		Address: protectedAddress(&plan), ResourceID: plan.ResourceID.ValueInt64(), UserName: plan.UserName.ValueString(),
		ViewProtected: plan.ViewProtected.ValueBool(), EditProtected: plan.EditProtected.ValueBool(),
		ViewUnprotected: plan.ViewUnprotected.ValueBool(), EditUnprotected: plan.EditUnprotected.ValueBool(),
	}
	for attr, v := range map[string]types.Bool{evaluate.AttrViewProtected: plan.ViewProtected, evaluate.AttrEditProtected: plan.EditProtected,
		evaluate.AttrViewUnprotected: plan.ViewUnprotected, evaluate.AttrEditUnprotected: plan.EditUnprotected} {
		if v.IsUnknown() {
			g.Unknown = append(g.Unknown, attr)
		}
	}
	if len(g.Unknown) == 0 {
		r.data.plan.grants.record(g) // an API user planned after it is judged with it (AT206)
	}
	in := evaluate.Input{ProtectedData: []evaluate.ProtectedGrant{g}}
	if len(g.Unknown) == 0 && len(resp.RequiresReplace) == 0 {
		in.Changes = r.reviewChange(ctx, state, &plan, g.Address, &resp.Diagnostics)
	}
	r.data.evaluateInto(ctx, in, g.Address, protectedDataAccessTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// reviewChange describes, for the access review, how the plan changes the
// user's protected-data access: from the state, or for a new object from
// what the PSA holds for the user now (one read).
func (r *ProtectedDataAccessResource) reviewChange(ctx context.Context, state, plan *protectedDataAccessResourceModel, address string, diags *diag.Diagnostics) []evaluate.AccessChange {
	var before catalog.ProtectedAccess
	who := plan.UserName.ValueString()
	if state != nil {
		before = state.access()
		who = state.UserName.ValueString()
	} else {
		id := plan.ResourceID.ValueInt64()
		if plan.ResourceID.IsNull() || plan.ResourceID.IsUnknown() {
			res, err := r.data.psaResources(ctx)
			if err != nil {
				return nil
			}
			for _, x := range res {
				if strings.EqualFold(deref(x.UserName), who) {
					id = x.ID
				}
			}
		}
		c, err := r.data.lookupClient(ctx)
		if id == 0 || err != nil {
			return nil
		}
		cur, err := c.ProtectedDataPermissions().Get(ctx, id)
		if err != nil {
			return nil // Create reports what cannot be read
		}
		before = catalog.ProtectedAccessFromValues([4]bool{deref(cur.CanViewProtectedData), deref(cur.CanEditProtectedData),
			deref(cur.CanViewUnprotectedData), deref(cur.CanEditUnprotectedData)})
	}
	if who == "" {
		who = "resource " + strconv.FormatInt(plan.ResourceID.ValueInt64(), 10)
	}
	return r.data.reviewChange(ctx, address, address, before.Settings(), plan.access().Settings(),
		func(context.Context) ([]string, error) { return []string{who}, nil }, diags)
}

// checkSameUser makes sure that resource_id and user_name, when both are
// configured, name the same user. The PSA is asked only when they differ
// from what state already holds (which the PSA reported together).
func (r *ProtectedDataAccessResource) checkSameUser(ctx context.Context, state, config *protectedDataAccessResourceModel, diags *diag.Diagnostics) {
	id, name := config.ResourceID, config.UserName
	if id.IsNull() || id.IsUnknown() || name.IsNull() || name.IsUnknown() {
		return
	}
	if state != nil && state.ResourceID.ValueInt64() == id.ValueInt64() && strings.EqualFold(state.UserName.ValueString(), name.ValueString()) {
		return
	}
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	if diags.HasError() {
		return
	}
	res, ok := r.resourceByUserName(ctx, c, name.ValueString(), diags)
	if ok && res.ID != id.ValueInt64() {
		diags.AddAttributeError(path.Root("user_name"), "resource_id and user_name name different users",
			fmt.Sprintf("User name %q belongs to resource %d, but resource_id is %d. Set only one of them, or make them name the same user.",
				name.ValueString(), res.ID, id.ValueInt64()))
	}
}

// resolveResource finds the resource by ID or user name.
func (r *ProtectedDataAccessResource) resolveResource(ctx context.Context, c *autotask.Client, m *protectedDataAccessResourceModel, diags *diag.Diagnostics) (*autotask.Resource, bool) {
	if !m.ResourceID.IsNull() && !m.ResourceID.IsUnknown() {
		res, err := c.Resources().Get(ctx, m.ResourceID.ValueInt64())
		if err != nil {
			diags.AddAttributeError(path.Root("resource_id"), fmt.Sprintf("Could not read resource %d", m.ResourceID.ValueInt64()), r.data.apiErrorDetail(err))
			return nil, false
		}
		return res, true
	}
	return r.resourceByUserName(ctx, c, m.UserName.ValueString(), diags)
}

// resourceByUserName finds the one resource with the configured user
// name; the errors are on user_name.
func (r *ProtectedDataAccessResource) resourceByUserName(ctx context.Context, c *autotask.Client, name string, diags *diag.Diagnostics) (*autotask.Resource, bool) {
	res, err := c.Resources().One(ctx, autotask.Eq("userName", name))
	if err != nil {
		summary := "Could not look up resource " + strconv.Quote(name)
		if _, ok := autotask.AsNotUnique(err); ok {
			summary = "Resource not found"
		}
		diags.AddAttributeError(path.Root("user_name"), summary,
			r.data.lookupDetail(err, resourceUserNameKey, name)+" Check the spelling, or name the user by resource_id.")
		return nil, false
	}
	return res, true
}

// resourceUserNameKey is how a grant names its user.
var resourceUserNameKey = lookupKey{owners: "resources", is: "the user name"}

// Create takes over the user's permissions object (every resource has
// one) and writes the plan; a PSA that has none gets one.
func (r *ProtectedDataAccessResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var plan protectedDataAccessResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	res, ok := r.resolveResource(ctx, c, &plan, &resp.Diagnostics)
	if !ok {
		return
	}
	item := protectedItem(res.ID, plan.access())
	_, err := c.ProtectedDataPermissions().Get(ctx, res.ID)
	switch {
	case autotask.IsNotFound(err):
		item.ResourceID = autotask.Int64(res.ID)
		_, err = c.ProtectedDataPermissions().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("resourceID", res.ID)})
	case err == nil:
		err = c.ProtectedDataPermissions().Update(ctx, item)
	}
	if err != nil {
		resp.Diagnostics.AddError("Could not set the protected-data access of "+describeResource(res), r.data.apiErrorDetail(err))
		return
	}
	// The ID goes into state before the read-back: if that read fails,
	// state keeps the object as planned under its ID, and the next run
	// refreshes it (before, an empty ID failed every later run). Nothing
	// stays unknown: the license is left empty until a read says it.
	resp.State.Raw = req.Plan.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(res.ID, 10)))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("resource_id"), types.Int64Value(res.ID))...)
	if plan.UserName.IsUnknown() {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("user_name"), types.StringValue(deref(res.UserName)))...)
	}
	if plan.LicenseType.IsUnknown() {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("license_type"), types.StringNull())...)
	}
	r.data.readBackCreated(ctx, r.lifecycle(), c, res.ID, &resp.State, resp.Private, &resp.Diagnostics)
}

func protectedItem(id int64, a catalog.ProtectedAccess) *autotask.ProtectedDataPermission {
	return &autotask.ProtectedDataPermission{ID: id,
		CanViewProtectedData: autotask.Bool(a.ViewProtected), CanEditProtectedData: autotask.Bool(a.EditProtected),
		CanViewUnprotectedData: autotask.Bool(a.ViewUnprotected), CanEditUnprotectedData: autotask.Bool(a.EditUnprotected)}
}

func describeResource(res *autotask.Resource) string {
	return fmt.Sprintf("%s %s (%s, resource %d)", deref(res.FirstName), deref(res.LastName), deref(res.UserName), res.ID)
}

// refresh reads resource id's permissions into st; false when they are
// gone.
func (r *ProtectedDataAccessResource) refresh(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, _ bool, diags *diag.Diagnostics) bool {
	pdp, err := c.ProtectedDataPermissions().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read the protected-data access of resource %d", id), r.data.apiErrorDetail(err))
		return true
	}
	res, err := c.Resources().Get(ctx, id)
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read resource %d", id), r.data.apiErrorDetail(err))
		return true
	}
	var prior protectedDataAccessResourceModel
	diags.Append(st.Get(ctx, &prior)...)
	m := protectedDataAccessResourceModel{
		Acknowledge:     prior.Acknowledge,
		ID:              types.StringValue(strconv.FormatInt(id, 10)),
		ResourceID:      types.Int64Value(id),
		UserName:        types.StringValue(deref(res.UserName)),
		ViewProtected:   types.BoolValue(deref(pdp.CanViewProtectedData)),
		EditProtected:   types.BoolValue(deref(pdp.CanEditProtectedData)),
		ViewUnprotected: types.BoolValue(deref(pdp.CanViewUnprotectedData)),
		EditUnprotected: types.BoolValue(deref(pdp.CanEditUnprotectedData)),
		LicenseType:     types.StringNull(),
	}
	if strings.EqualFold(prior.UserName.ValueString(), deref(res.UserName)) && !prior.UserName.IsNull() {
		m.UserName = prior.UserName // keep the configured spelling
	}
	if lic := licenseOf(res); lic != "" {
		m.LicenseType = types.StringValue(string(lic))
	}
	diags.Append(st.Set(ctx, &m)...)
	return true
}

func licenseOf(res *autotask.Resource) catalog.LicenseType {
	if res.LicenseType == nil {
		return ""
	}
	if lic, ok := catalog.LicenseByID(*res.LicenseType); ok {
		return lic.Type
	}
	return ""
}

// lifecycle describes the grant to the shared lifecycle (lifecycle.go).
// Its ID is the resource's.
func (r *ProtectedDataAccessResource) lifecycle() objectLifecycle {
	return objectLifecycle{
		what: "protected-data access", nameAttr: "user_name", refresh: r.refresh,
		services: func(c *autotask.Client) []readAheadService {
			return []readAheadService{c.ProtectedDataPermissions(), c.Resources()}
		},
		key:    resourceUserNameKey,
		lookup: oneID((*autotask.Client).Resources, func(res *autotask.Resource) int64 { return res.ID }, eqKey("userName")),
		remove: removal{verb: "restore the defaults of", do: r.restoreDefaults},
	}
}

// Read refreshes state from the PSA.
func (r *ProtectedDataAccessResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	r.data.readObject(ctx, r.lifecycle(), req, resp)
}

// Update writes all four permissions.
func (r *ProtectedDataAccessResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var plan protectedDataAccessResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.data.updateObject(ctx, r.lifecycle(), c, plan.ID, plan.UserName, req, resp, func(id int64) error {
		return c.ProtectedDataPermissions().Update(ctx, protectedItem(id, plan.access()))
	})
}

// Delete returns the user to the defaults of their license.
func (r *ProtectedDataAccessResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	r.data.removeObject(ctx, r.lifecycle(), req, resp)
}

// restoreDefaults gives resource id the protected-data access its license
// has by default.
func (r *ProtectedDataAccessResource) restoreDefaults(ctx context.Context, c *autotask.Client, id int64) error {
	res, err := c.Resources().Get(ctx, id)
	if err != nil {
		return err
	}
	lic := licenseOf(res)
	if lic == "" {
		return fmt.Errorf("the PSA did not say which license the level of %s has, so the defaults to restore are unknown; "+
			"the permissions were left as they are", describeResource(res))
	}
	return c.ProtectedDataPermissions().Update(ctx, protectedItem(id, catalog.ProtectedAccessDefault(lic)))
}

// ImportState accepts a resource ID or a user name.
func (r *ProtectedDataAccessResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.data.importByIDOrKey(ctx, r.lifecycle(), req, resp)
}
