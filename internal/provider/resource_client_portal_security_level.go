package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
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
	_ resource.ResourceWithConfigure      = &ClientPortalSecurityLevelResource{}
	_ resource.ResourceWithImportState    = &ClientPortalSecurityLevelResource{}
	_ resource.ResourceWithModifyPlan     = &ClientPortalSecurityLevelResource{}
	_ resource.ResourceWithValidateConfig = &ClientPortalSecurityLevelResource{}
	_ resource.ResourceWithUpgradeState   = &ClientPortalSecurityLevelResource{}
)

// ClientPortalSecurityLevelResource manages a Client Portal or Taskfire
// security level: a custom level whose every permission is pinned, or an
// imported system level, which is read-only.
type ClientPortalSecurityLevelResource struct {
	data *providerData
}

// NewClientPortalSecurityLevelResource is the constructor the provider
// registers.
func NewClientPortalSecurityLevelResource() resource.Resource {
	return &ClientPortalSecurityLevelResource{}
}

// clientPortalSecurityLevelResourceModel holds the fixed attributes; the
// permission blocks are generated from the catalogue and read by path.
type clientPortalSecurityLevelResourceModel struct {
	ID          types.String `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Description types.String `tfsdk:"description"`
	Type        types.String `tfsdk:"type"`
	Active      types.Bool   `tfsdk:"active"`
	Assignable  types.Bool   `tfsdk:"assignable_by_client_user"`
	System      types.Bool   `tfsdk:"system"`
	Effective   types.Object `tfsdk:"effective_permissions"`
}

const attrAssignable = "assignable_by_client_user"

// portalLevelTopLevel names the top-level attributes, for mapping
// evaluator findings onto paths.
var portalLevelTopLevel = func() map[string]bool {
	m := map[string]bool{"name": true, "description": true, "type": true, "active": true, attrAssignable: true, "effective_permissions": true}
	for _, g := range portalOverrideGroups {
		m[g.Name] = true
	}
	return m
}()

// Metadata names the resource.
func (r *ClientPortalSecurityLevelResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_portal_security_level"
}

// Schema is generated from the catalogue: one optional map per group of
// portal permissions (schema version 1; see state_upgrade.go).
func (r *ClientPortalSecurityLevelResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = versionedSchema(portalLevelSchema(overrideAttributes(portalOverrideGroups, "a new custom level (everything off, no projects, no devices)")))
}

// UpgradeState moves version 0 state (one object per group) to maps.
func (r *ClientPortalSecurityLevelResource) UpgradeState(context.Context) map[int64]resource.StateUpgrader {
	return objectsToMapsUpgrader(portalLevelSchema(typedOverrideAttributes(portalOverrideGroups)), permGroupNames(portalOverrideGroups)...)
}

// portalLevelArguments are the level's own settings written outside the
// group maps, for the check's advice.
var portalLevelArguments = map[string]string{attrAssignable: "an argument of the level itself"}

// ValidateConfig checks the group maps: `terraform validate` reports a
// misspelled permission or a value of the wrong kind.
func (r *ClientPortalSecurityLevelResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	checkOverrides(ctx, req.Config, portalOverrideGroups, portalLevelArguments, &resp.Diagnostics)
}

// portalLevelSchema is the schema with the given override attributes.
func portalLevelSchema(attrs map[string]schema.Attribute) schema.Schema {
	attrs[attrAcknowledge] = acknowledgeAttribute(evaluate.ObjectPortalLevel)
	attrs["id"] = schema.StringAttribute{
		Computed: true, MarkdownDescription: "Client Portal security level ID.",
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
	attrs["name"] = schema.StringAttribute{
		Required: true, MarkdownDescription: "Name of the level, unique among portal levels (case-insensitive). An imported system level keeps its name. " +
			"Checked at plan against the PSA: a name another level already has is an error that names it and gives the `import` block to adopt it.",
		Validators: []validator.String{stringvalidator.LengthBetween(1, 100)},
	}
	attrs["description"] = schema.StringAttribute{
		Optional: true, Computed: true,
		MarkdownDescription: "What the level is for. Empty when not set on a custom level; an imported system level keeps its own.",
		PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
	attrs["type"] = schema.StringAttribute{
		Required: true,
		MarkdownDescription: "`client_portal` (a Client Access level, for any customer contact) or `taskfire` (for contacts of organizations " +
			"with Taskfire, the customer's own help desk). Autotask fixes the type when the level is created: changing it replaces the level.",
		Validators:    []validator.String{stringvalidator.OneOf(portalTypeNames...)},
		PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
	}
	attrs["active"] = schema.BoolAttribute{
		Optional: true, Computed: true, Default: booldefault.StaticBool(true),
		MarkdownDescription: "Whether the level can be given to portal users. Users keep an inactive level they already have. Default `true`.",
	}
	assignable, _ := catalog.PortalPermissionByKey(catalog.PortalKeyAssignable)
	attrs[attrAssignable] = schema.BoolAttribute{
		Optional: true, Computed: true,
		MarkdownDescription: permDescription(&assignable.Permission) + " When not set: `true` on a new Client Access level, " +
			"`false` on a Taskfire level (where it must stay `false`), and an imported system level's own value.",
	}
	attrs["system"] = schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether this is a system level (only after importing one; system portal levels cannot be changed or destroyed)."}
	attrs["effective_permissions"] = computedSettingsAttribute(portalGroups,
		"Every portal permission as the level grants it: the starting values of a new custom level of its type with the blocks laid over them "+
			"(for a system level, its own values). Any remote difference in any permission, configured or not, shows here as drift and is corrected on apply.")
	return schema.Schema{
		MarkdownDescription: "A Client Portal or Taskfire security level: what a customer's contacts may do in the portal. " +
			"Every permission the Autotask editor offers can be set, in one map per group of the editor; permissions that are not set stay " +
			"as a new custom level has them (all off), so the desired state is fully determined and any change made in the Autotask UI shows in " +
			"`terraform plan`. The rules between portal permissions are checked at plan time, each with its own rule ID. " +
			"System levels (Client Portal Basic, Manager, Advanced, Taskfire Administrator) can be imported to read them, but not changed or destroyed.",
		Attributes: attrs,
	}
}

// Configure receives the provider data.
func (r *ClientPortalSecurityLevelResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func portalLevelAddress(name types.String) string {
	return fmt.Sprintf("Client Portal security level %q", name.ValueString())
}

// ModifyPlan computes the effective permissions and runs the evaluator so
// findings appear on the attributes at plan time.
func (r *ClientPortalSecurityLevelResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	var state *clientPortalSecurityLevelResourceModel
	if !req.State.Raw.IsNull() {
		state = &clientPortalSecurityLevelResourceModel{}
		resp.Diagnostics.Append(getFields(ctx, req.State, state)...)
	}
	if req.Plan.Raw.IsNull() { // destroy: no rule runs, nothing blocks it
		if state != nil && state.System.ValueBool() {
			warnForgetSystemLevel(&resp.Diagnostics, portalLevelAddress(state.Name))
		}
		return
	}
	checkOverrides(ctx, req.Config, portalOverrideGroups, portalLevelArguments, &resp.Diagnostics) // values unknown at validate
	if resp.Diagnostics.HasError() {
		return
	}
	var plan clientPortalSecurityLevelResourceModel
	resp.Diagnostics.Append(getFields(ctx, req.Plan, &plan)...)
	settings, unknown, diags := readOverrides(ctx, req.Plan, portalOverrideGroups)
	resp.Diagnostics.Append(diags...)
	var cfgAssignable types.Bool
	var description types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(attrAssignable), &cfgAssignable)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("description"), &description)...)
	if resp.Diagnostics.HasError() {
		return
	}
	switch {
	case cfgAssignable.IsUnknown():
		unknown = true
	case !cfgAssignable.IsNull():
		settings[catalog.PortalKeyAssignable] = catalog.Bool(cfgAssignable.ValueBool())
	}
	system := state != nil && state.System.ValueBool()
	plan.System = types.BoolValue(system)
	// Unset, a custom level's description is empty and a system level's
	// is its own.
	if description.IsNull() {
		plan.Description = types.StringValue("")
		if system {
			plan.Description = state.Description
		}
	}

	typ, typeKnown := portalTypeFromTF(plan.Type.ValueString())
	pl := evaluate.PortalLevel{
		Address:  portalLevelAddress(plan.Name),
		ID:       planID(plan.ID),
		Name:     plan.Name.ValueString(),
		System:   system,
		Type:     typ,
		Settings: settings,
		Inactive: !plan.Active.IsUnknown() && !plan.Active.ValueBool(),
	}
	if state != nil && !description.IsNull() && description.ValueString() != state.Description.ValueString() {
		pl.Edited = append(pl.Edited, "description")
	}
	if !typeKnown || unknown {
		plan.Effective = types.ObjectUnknown(groupsObjectType(portalGroups).AttrTypes)
		if !cfgAssignable.IsNull() && !cfgAssignable.IsUnknown() {
			plan.Assignable = cfgAssignable
		} else {
			plan.Assignable = types.BoolUnknown()
		}
	} else {
		eff, err := evaluate.EffectivePortal(pl)
		if err == nil {
			obj, d := settingsObject(portalGroups, eff)
			resp.Diagnostics.Append(d...)
			plan.Effective = obj
			plan.Assignable = types.BoolValue(eff[catalog.PortalKeyAssignable].IsYes())
		}
	}
	resp.Diagnostics.Append(setFields(ctx, &resp.Plan, &plan)...)
	if (typeKnown || system) && !plan.Name.IsUnknown() && !plan.Active.IsUnknown() {
		// Portal users of this level are judged on it as planned.
		r.data.plan.portalLevels.record(pl.ID, evaluate.NameKey(pl.Name), pl)
	}
	r.checkName(ctx, req, resp, state, plan.Name)
	if !typeKnown && !system {
		return // the type is not known yet: nothing to check against
	}
	in := evaluate.Input{PortalLevels: []evaluate.PortalLevel{pl}}
	if state != nil && !system && pl.ID > 0 {
		if before, after, known := effectiveChange(state.Effective, plan.Effective, portalGroups); known {
			in.Changes = r.data.reviewChange(ctx, pl.Address, pl.Address, before, after,
				func(ctx context.Context) ([]string, error) { return r.data.usersOnPortalLevel(ctx, pl.ID) }, &resp.Diagnostics)
		}
	}
	r.data.evaluateInto(ctx, in, pl.Address, portalLevelTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// checkName reports at plan a new or changed name that another portal
// level already has. The plan of an existing level records its ID in
// private state for the create half of a replacement.
func (r *ClientPortalSecurityLevelResource) checkName(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse,
	state *clientPortalSecurityLevelResourceModel, name types.String,
) {
	if state != nil {
		resp.Diagnostics.Append(resp.Private.SetKey(ctx, portalLevelReplacedKey, []byte(strconv.Quote(state.ID.ValueString())))...)
	}
	if name.IsUnknown() || (state != nil && strings.EqualFold(state.Name.ValueString(), name.ValueString())) {
		return
	}
	var replaced int64
	if state == nil {
		raw, _ := req.Private.GetKey(ctx, portalLevelReplacedKey)
		if s, err := strconv.Unquote(string(raw)); err == nil {
			replaced = planID(types.StringValue(s))
		}
	}
	r.data.checkPortalLevelName(ctx, name.ValueString(), state != nil, replaced, &resp.Diagnostics)
}

// planned reads the plan into the level to write, with the complete
// permission set ModifyPlan computed.
func (r *ClientPortalSecurityLevelResource) planned(ctx context.Context, plan tfsdk.Plan, diags *diag.Diagnostics) (*autotask.Client, clientPortalSecurityLevelResourceModel, *autotask.ClientPortalSecurityLevel, bool) {
	var m clientPortalSecurityLevelResourceModel
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	diags.Append(getFields(ctx, plan, &m)...)
	if diags.HasError() {
		return nil, m, nil, false
	}
	if m.Effective.IsNull() || m.Effective.IsUnknown() {
		diags.AddError("Portal permissions not planned", "The plan holds no effective permissions for "+portalLevelAddress(m.Name)+"; this is a bug in the provider.")
		return nil, m, nil, false
	}
	desired, err := settingsFromGroups(m.Effective, portalGroups)
	if err != nil {
		diags.AddAttributeError(path.Root("effective_permissions"), "Invalid planned permissions", err.Error())
		return nil, m, nil, false
	}
	typ, _ := portalTypeFromTF(m.Type.ValueString())
	wire, _ := autotask.PortalTypeID(typ)
	return c, m, &autotask.ClientPortalSecurityLevel{
		Name:        autotask.String(m.Name.ValueString()),
		Description: autotask.String(m.Description.ValueString()),
		Type:        autotask.Int(wire),
		IsActive:    autotask.Bool(m.Active.ValueBool()),
		Permissions: desired,
	}, true
}

// Create writes the level with every permission sent explicitly.
func (r *ClientPortalSecurityLevelResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	c, plan, item, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	id, err := c.ClientPortalSecurityLevels().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("name", plan.Name.ValueString())})
	if err != nil {
		resp.Diagnostics.AddError("Could not create Client Portal security level "+strconv.Quote(plan.Name.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	r.data.plan.portalLevels.createdAs(evaluate.NameKey(plan.Name.ValueString()), id)
	resp.State.Raw = req.Plan.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(id, 10)))...)
	readBackAfterCreate(&resp.Diagnostics, fmt.Sprintf("Client Portal security level %d", id), func(d *diag.Diagnostics) bool {
		return r.refresh(ctx, c, id, &resp.State, false, d)
	})
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.ClientPortalSecurityLevels())...)
}

// Read refreshes state from the PSA.
func (r *ClientPortalSecurityLevelResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state clientPortalSecurityLevelResourceModel
	resp.Diagnostics.Append(getFields(ctx, req.State, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := strconv.ParseInt(state.ID.ValueString(), 10, 64)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("id"), "Invalid Client Portal security level ID", fmt.Sprintf("%q is not a number.", state.ID.ValueString()))
		return
	}
	importing := state.Name.IsNull()
	refreshReadingAhead(ctx, req, resp, id, func() bool { return r.refresh(ctx, c, id, &resp.State, importing, &resp.Diagnostics) }, c.ClientPortalSecurityLevels())
}

// refresh reads level id into st and returns false when it is gone. When
// importing, the group maps show every permission that differs from the
// level's base (a system level's own defaults, or a new custom level's);
// otherwise they keep the entries they hold, with the PSA's values.
func (r *ClientPortalSecurityLevelResource) refresh(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, importing bool, diags *diag.Diagnostics) bool {
	remote, err := c.ClientPortalSecurityLevels().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read Client Portal security level %d", id), r.data.apiErrorDetail(err))
		return true
	}
	var configured map[string]types.Map // nil when importing
	if !importing {
		var d diag.Diagnostics
		configured, d = overrideMaps(ctx, st, portalOverrideGroups)
		diags.Append(d...)
	}
	typ := portalTypeToTF(remote.Type)
	if typ == "" {
		diags.AddError(fmt.Sprintf("Client Portal security level %d has an unknown type", id),
			fmt.Sprintf("The PSA reports type %d, which is neither Client Access nor Taskfire.", deref(remote.Type)))
		return true
	}
	m := clientPortalSecurityLevelResourceModel{
		ID:          types.StringValue(strconv.FormatInt(remote.ID, 10)),
		Name:        types.StringValue(deref(remote.Name)),
		Description: types.StringValue(deref(remote.Description)),
		Type:        types.StringValue(typ),
		Active:      types.BoolValue(deref(remote.IsActive)),
		Assignable:  types.BoolValue(remote.Permissions[catalog.PortalKeyAssignable].IsYes()),
		System:      types.BoolValue(deref(remote.IsSystem)),
	}
	eff, d := settingsObject(portalGroups, remote.Permissions)
	diags.Append(d...)
	m.Effective = eff
	diags.Append(setFields(ctx, st, &m)...)

	maps, d := refreshedOverrides(portalOverrideGroups, configured, remote.Permissions, portalBaseDefaults(remote))
	diags.Append(d...)
	diags.Append(setAttributes(ctx, st, maps)...)
	return true
}

// Update sends every permission, so drift in permissions that are not
// configured is corrected too.
func (r *ClientPortalSecurityLevelResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	c, plan, item, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	id, ok := existingID(plan.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	item.ID = id
	item.Type = nil // fixed after create
	if err := c.ClientPortalSecurityLevels().Update(ctx, item); err != nil {
		resp.Diagnostics.AddError("Could not update Client Portal security level "+strconv.Quote(plan.Name.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	resp.State.Raw = req.Plan.Raw.Copy()
	r.refresh(ctx, c, item.ID, &resp.State, false, &resp.Diagnostics)
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.ClientPortalSecurityLevels())...)
}

// Delete removes the level. Autotask refuses while portal users have it;
// the error names them.
func (r *ClientPortalSecurityLevelResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	r.data.deleteNamed(ctx, req, resp, "Client Portal security level",
		"If portal users still have the level, give them another level first (in Autotask or with autotask_client_portal_user), then destroy again.",
		func(c *autotask.Client, id int64) error { return c.ClientPortalSecurityLevels().Delete(ctx, id) })
}

// ImportState accepts a numeric ID or a level name (system levels also by
// their catalogue name, any letter case).
func (r *ClientPortalSecurityLevelResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.data.importByIDOrKey(ctx, req, resp, "Client Portal security level", func(ctx context.Context, c *autotask.Client, name string) (int64, error) {
		l, err := findPortalLevel(ctx, c, name)
		if err != nil {
			return 0, err
		}
		return l.ID, nil
	})
}
