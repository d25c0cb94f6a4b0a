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
	_ resource.ResourceWithConfigure      = &SecurityLevelResource{}
	_ resource.ResourceWithImportState    = &SecurityLevelResource{}
	_ resource.ResourceWithModifyPlan     = &SecurityLevelResource{}
	_ resource.ResourceWithValidateConfig = &SecurityLevelResource{}
	_ resource.ResourceWithUpgradeState   = &SecurityLevelResource{}
)

// SecurityLevelResource manages a custom security level: a copy of a
// system level with overrides, whose every permission is pinned.
type SecurityLevelResource struct {
	data *providerData
}

// NewSecurityLevelResource is the constructor the provider registers.
func NewSecurityLevelResource() resource.Resource { return &SecurityLevelResource{} }

// securityLevelResourceModel holds the fixed attributes; the per-module
// override blocks are generated from the catalogue and read by path.
type securityLevelResourceModel struct {
	ID          types.String `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Description types.String `tfsdk:"description"`
	Active      types.Bool   `tfsdk:"active"`
	CopyFrom    types.String `tfsdk:"copy_from"`
	CopyFromID  types.Int64  `tfsdk:"copy_from_id"`
	System      types.Bool   `tfsdk:"system"`
	LicenseType types.String `tfsdk:"license_type"`
	Effective   types.Object `tfsdk:"effective_permissions"`
}

// securityLevelTopLevel names the top-level attributes, for mapping
// evaluator findings onto paths.
var securityLevelTopLevel = func() map[string]bool {
	m := map[string]bool{"name": true, "description": true, "active": true, "copy_from": true, "effective_permissions": true}
	for _, g := range levelGroups {
		m[g.Name] = true
	}
	return m
}()

// Metadata names the resource.
func (r *SecurityLevelResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_security_level"
}

// Schema is generated from the catalogue: one optional map of permissions
// per module (schema version 1; see state_upgrade.go).
func (r *SecurityLevelResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = versionedSchema(securityLevelSchema(overrideAttributes(levelGroups, "the `copy_from` level")))
}

// UpgradeState moves version 0 state (one object per module) to maps.
func (r *SecurityLevelResource) UpgradeState(context.Context) map[int64]resource.StateUpgrader {
	return objectsToMapsUpgrader(securityLevelSchema(typedOverrideAttributes(levelGroups)), permGroupNames(levelGroups)...)
}

// ValidateConfig checks the module maps: `terraform validate` reports a
// misspelled permission or a value of the wrong kind.
func (r *SecurityLevelResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	checkOverrides(ctx, req.Config, levelGroups, nil, &resp.Diagnostics)
}

// securityLevelSchema is the schema with the given override attributes.
func securityLevelSchema(attrs map[string]schema.Attribute) schema.Schema {
	attrs[attrAcknowledge] = acknowledgeAttribute(evaluate.ObjectSecurityLevel)
	attrs["id"] = schema.StringAttribute{
		Computed: true, MarkdownDescription: "Security level ID.",
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
	attrs["name"] = schema.StringAttribute{
		Required: true, MarkdownDescription: "Name of the level, unique in the database (case-insensitive).",
		Validators: []validator.String{stringvalidator.LengthBetween(1, 100)},
	}
	attrs["description"] = schema.StringAttribute{
		Optional: true, Computed: true,
		MarkdownDescription: "What the level is for. Not set: empty, or an imported system level's own description.",
	}
	attrs["active"] = schema.BoolAttribute{
		Optional: true, Computed: true, Default: booldefault.StaticBool(true),
		MarkdownDescription: "Whether resources can be assigned the level. Default `true`.",
	}
	attrs["copy_from"] = schema.StringAttribute{
		Required: true,
		MarkdownDescription: "System level the custom level is copied from, by name (`Service Desk User`, `Sales (system)`, any letter case) " +
			"or ID. It fixes the license type and the defaults that overrides apply to. Changing it to a different level replaces the resource; " +
			"spelling the same level differently plans no change. " +
			"One of: " + quotedList(catalog.SystemLevelNames()) + " (Dashboard User cannot be copied).",
		PlanModifiers: []planmodifier.String{copyFromSameLevel{}, stringplanmodifier.RequiresReplaceIf(copyFromChanged,
			"Replaces the level when copy_from names a different system level.", "Replaces the level when `copy_from` names a different system level.")},
	}
	attrs["copy_from_id"] = schema.Int64Attribute{Computed: true, MarkdownDescription: "ID of the `copy_from` system level."}
	attrs["system"] = schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether this is a system level (only after importing one; system levels cannot be changed)."}
	attrs["license_type"] = schema.StringAttribute{Computed: true, MarkdownDescription: "License the level consumes, inherited from `copy_from`."}
	attrs["effective_permissions"] = computedSettingsAttribute(levelGroups,
		"Every permission as the level grants it: the `copy_from` defaults with the overrides laid over them. "+
			"Any remote difference in any permission, configured or not, shows here as drift and is corrected on apply.")
	return schema.Schema{
		MarkdownDescription: "A custom security level: a copy of a system level with the permissions that differ written as overrides. " +
			"The desired state is fully determined (system defaults + overrides), so a change made in the Autotask UI to any permission " +
			"shows in `terraform plan`. Plan-time checks report Autotask rule violations, over-privilege and lock-outs on the attribute concerned.",
		Attributes: attrs,
	}
}

// copyFromChanged replaces the level only when the base level differs, not
// when its spelling does ("sales" vs "Sales (system)"). A value not known
// until apply may name another base level, so it replaces.
func copyFromChanged(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
	if req.StateValue.IsNull() {
		return
	}
	if req.PlanValue.IsUnknown() {
		resp.RequiresReplace = true
		return
	}
	a, okA := resolveSystemLevel(req.StateValue.ValueString())
	b, okB := resolveSystemLevel(req.PlanValue.ValueString())
	resp.RequiresReplace = !okA || !okB || a.ID != b.ID
}

// resolveSystemLevel accepts a system level's name (any accepted spelling)
// or its ID.
func resolveSystemLevel(s string) (*catalog.SystemLevel, bool) {
	if id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
		return catalog.SystemLevelByID(catalog.LevelID(id))
	}
	return catalog.SystemLevelByName(s)
}

// Configure receives the provider data.
func (r *SecurityLevelResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// ModifyPlan computes the effective permissions, license and base ID, and
// runs the evaluator so findings appear on the attributes at plan time.
func (r *SecurityLevelResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	var state *securityLevelResourceModel
	if !req.State.Raw.IsNull() {
		state = &securityLevelResourceModel{}
		resp.Diagnostics.Append(getFields(ctx, req.State, state)...)
	}
	if req.Plan.Raw.IsNull() { // destroy: no rule runs, nothing blocks it
		if state != nil && state.System.ValueBool() {
			warnForgetSystemLevel(&resp.Diagnostics, levelAddress(state.Name))
		}
		return
	}
	checkOverrides(ctx, req.Config, levelGroups, nil, &resp.Diagnostics) // values unknown at validate
	if resp.Diagnostics.HasError() {
		return
	}
	var plan securityLevelResourceModel
	resp.Diagnostics.Append(getFields(ctx, req.Plan, &plan)...)
	overrides, unknown, diags := readOverrides(ctx, req.Plan, levelGroups)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	system := state != nil && state.System.ValueBool()
	plan.System = types.BoolValue(system)
	var description types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("description"), &description)...)
	if description.IsNull() { // unset: empty, or a system level's own
		plan.Description = types.StringValue("")
		if system {
			plan.Description = state.Description
		}
	}

	if plan.CopyFrom.IsUnknown() {
		plan.CopyFromID = types.Int64Unknown()
		plan.LicenseType = types.StringUnknown()
		plan.Effective = types.ObjectUnknown(groupsObjectType(levelGroups).AttrTypes)
		resp.Diagnostics.Append(setFields(ctx, &resp.Plan, &plan)...)
		return
	}
	id, err := idOf(plan.ID)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("id"), "Invalid security level ID", err.Error())
		return
	}
	base, ok := resolveSystemLevel(plan.CopyFrom.ValueString())
	lvl := evaluate.Level{
		Address:   levelAddress(plan.Name),
		ID:        id,
		Name:      plan.Name.ValueString(),
		System:    system,
		CopyFrom:  plan.CopyFrom.ValueString(),
		Overrides: overrides,
		Inactive:  !plan.Active.IsUnknown() && !plan.Active.ValueBool(),
	}
	if ok {
		lvl.CopyFromID = base.ID
		plan.CopyFromID = types.Int64Value(int64(base.ID))
		plan.LicenseType = types.StringValue(string(base.License))
		if unknown {
			plan.Effective = types.ObjectUnknown(groupsObjectType(levelGroups).AttrTypes)
		} else {
			eff, d := settingsObject(levelGroups, base.Defaults().Apply(overrides))
			resp.Diagnostics.Append(d...)
			plan.Effective = eff
		}
	}
	if system && state != nil {
		// A system level's own permissions are the ones it has; any
		// override is an attempted edit, which the evaluator reports.
		lvl.CopyFrom, lvl.CopyFromID = "", catalog.LevelID(id)
	}
	resp.Diagnostics.Append(setFields(ctx, &resp.Plan, &plan)...)
	if ok && !unknown && !plan.Name.IsUnknown() {
		// Rules about other objects (an API user on this level) judge the
		// level as planned, not as the PSA holds it.
		r.data.plan.levels.record(id, evaluate.NameKey(lvl.Name), lvl)
	}
	lvl.Profiles = r.data.profilesOnLevel(ctx, id)
	in := evaluate.Input{Levels: []evaluate.Level{lvl}}
	if ok && state == nil && base.License == catalog.LicenseAPIUser {
		// AT106 limits the whole plan: count the other new API-license
		// levels planned so far, and let them count this one.
		var key string
		if !plan.Name.IsUnknown() {
			key = evaluate.NameKey(plan.Name.ValueString())
		}
		in.PlannedAPILicenseLevels = r.data.planned.record(plannedAPILicenseLevels, key, plan.Name.ValueString())
	}
	if state != nil && !system {
		if before, after, known := effectiveChange(state.Effective, plan.Effective, levelGroups); known {
			in.Changes = r.data.reviewChange(ctx, lvl.Address, lvl.Address, before, after,
				func(ctx context.Context) ([]string, error) { return r.data.usersOnLevel(ctx, id) }, &resp.Diagnostics)
		}
	}
	r.data.evaluateInto(ctx, in, lvl.Address, securityLevelTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
	r.checkExisting(ctx, req, resp, plan) // an orphan of an interrupted apply may hold the name
}

func levelAddress(name types.String) string {
	return fmt.Sprintf("security level %q", name.ValueString())
}

// Create copies the base level with every permission sent explicitly, so
// the result does not depend on how the PSA copies.
func (r *SecurityLevelResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	c, plan, item, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	item.CopiedFromSecurityLevelID = autotask.Int64(plan.CopyFromID.ValueInt64())
	id, err := r.createOrAdopt(ctx, c, item) // with adopt_existing, takes over a matching orphan
	if err != nil {
		resp.Diagnostics.AddError("Could not create security level "+strconv.Quote(plan.Name.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	r.data.plan.levels.createdAs(evaluate.NameKey(plan.Name.ValueString()), id)
	resp.State.Raw = req.Plan.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(id, 10)))...)
	readBackAfterCreate(&resp.Diagnostics, fmt.Sprintf("security level %d", id), func(d *diag.Diagnostics) bool {
		return r.refresh(ctx, c, id, &resp.State, false, d)
	})
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.SecurityLevels())...)
}

// planned reads the plan into the level to write: name, description,
// active flag and the complete permission set the plan asks for.
func (r *SecurityLevelResource) planned(ctx context.Context, plan tfsdk.Plan, diags *diag.Diagnostics) (*autotask.Client, securityLevelResourceModel, *autotask.SecurityLevel, bool) {
	var m securityLevelResourceModel
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	diags.Append(getFields(ctx, plan, &m)...)
	if diags.HasError() {
		return nil, m, nil, false
	}
	// ModifyPlan computed the complete permission set (base defaults +
	// overrides); apply writes exactly what the plan showed.
	if m.Effective.IsNull() || m.Effective.IsUnknown() {
		diags.AddAttributeError(path.Root("copy_from"), "Unknown system level",
			fmt.Sprintf("%q is not a system security level; use one of %s.", m.CopyFrom.ValueString(), quotedList(catalog.SystemLevelNames())))
		return nil, m, nil, false
	}
	desired, err := settingsFromValue(m.Effective)
	if err != nil {
		diags.AddAttributeError(path.Root("effective_permissions"), "Invalid planned permissions", err.Error())
		return nil, m, nil, false
	}
	return c, m, &autotask.SecurityLevel{
		Name:        autotask.String(m.Name.ValueString()),
		Description: autotask.String(m.Description.ValueString()),
		IsActive:    autotask.Bool(m.Active.ValueBool()),
		Permissions: desired,
	}, true
}

// Read refreshes state from the PSA.
func (r *SecurityLevelResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state securityLevelResourceModel
	resp.Diagnostics.Append(getFields(ctx, req.State, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	importing := state.Name.IsNull()
	refreshReadingAhead(ctx, req, resp, id, func() bool { return r.refresh(ctx, c, id, &resp.State, importing, &resp.Diagnostics) }, c.SecurityLevels())
}

// refresh reads level id into st. It returns false when the level is gone.
// When importing, the module maps show every permission that differs from
// the base level; otherwise they keep the entries they hold, with the
// PSA's values.
func (r *SecurityLevelResource) refresh(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, importing bool, diags *diag.Diagnostics) bool {
	remote, err := c.SecurityLevels().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read security level %d", id), r.data.apiErrorDetail(err))
		return true
	}
	var prior securityLevelResourceModel
	diags.Append(getFields(ctx, st, &prior)...)
	var configured map[string]types.Map // nil when importing
	if !importing {
		var d diag.Diagnostics
		configured, d = overrideMaps(ctx, st, levelGroups)
		diags.Append(d...)
	}

	m := securityLevelResourceModel{
		ID:          types.StringValue(strconv.FormatInt(remote.ID, 10)),
		Name:        types.StringValue(deref(remote.Name)),
		Description: types.StringValue(deref(remote.Description)),
		Active:      types.BoolValue(deref(remote.IsActive)),
		System:      types.BoolValue(deref(remote.IsSystem)),
		LicenseType: types.StringNull(),
	}
	var base *catalog.SystemLevel
	if m.System.ValueBool() {
		base, _ = catalog.SystemLevelByID(catalog.LevelID(remote.ID))
	} else if remote.CopiedFromSecurityLevelID != nil {
		base, _ = catalog.SystemLevelByID(catalog.LevelID(*remote.CopiedFromSecurityLevelID))
	}
	if base == nil {
		diags.AddError(fmt.Sprintf("Security level %d has no known base level", id),
			"The PSA did not say which system level it was copied from, so its defaults are unknown.")
		return true
	}
	m.CopyFromID = types.Int64Value(int64(base.ID))
	m.CopyFrom = types.StringValue(base.Name)
	if cur, ok := resolveSystemLevel(prior.CopyFrom.ValueString()); ok && cur.ID == base.ID {
		m.CopyFrom = prior.CopyFrom // keep the configured spelling
	}
	if remote.LicenseType != nil {
		if lic, ok := catalog.LicenseByID(*remote.LicenseType); ok {
			m.LicenseType = types.StringValue(string(lic.Type))
		}
	}
	eff, d := settingsObject(levelGroups, remote.Permissions)
	diags.Append(d...)
	m.Effective = eff
	diags.Append(setFields(ctx, st, &m)...)

	maps, d := refreshedOverrides(levelGroups, configured, remote.Permissions, base.Defaults())
	diags.Append(d...)
	diags.Append(setAttributes(ctx, st, maps)...)
	return true
}

// Update sends every permission, so drift in permissions that are not
// configured is corrected too.
func (r *SecurityLevelResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	c, plan, item, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	id, ok := existingID(plan.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	item.ID = id
	if err := c.SecurityLevels().Update(ctx, item); err != nil {
		resp.Diagnostics.AddError("Could not update security level "+strconv.Quote(plan.Name.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	resp.State.Raw = req.Plan.Raw.Copy()
	r.refresh(ctx, c, item.ID, &resp.State, false, &resp.Diagnostics)
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, item.ID, c.SecurityLevels())...)
}

// Delete removes the level. Autotask refuses while resources are assigned
// to it; the error names them.
func (r *SecurityLevelResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	r.data.deleteNamed(ctx, req, resp, "security level",
		"If resources are still assigned to the level, move them to another level first (in Autotask or with Terraform), then destroy again.",
		func(c *autotask.Client, id int64) error { return c.SecurityLevels().Delete(ctx, id) })
}

// ImportState accepts a numeric ID or a level name.
func (r *SecurityLevelResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.data.importByIDOrKey(ctx, req, resp, "Security level", func(ctx context.Context, c *autotask.Client, name string) (int64, error) {
		found, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("name", name)}})
		if err != nil {
			return 0, err
		}
		if len(found) != 1 {
			return 0, fmt.Errorf("%d security levels are named %q; exactly one is needed (import by numeric ID or exact name)", len(found), name)
		}
		return found[0].ID, nil
	})
}
