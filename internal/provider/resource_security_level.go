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

// securityLevelTopLevel names the attributes findings may sit on.
var securityLevelTopLevel = findingAttributes((&SecurityLevelResource{}).Schema)

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
	r.data.readBackCreated(ctx, r.lifecycle(), c, id, &resp.State, resp.Private, &resp.Diagnostics)
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

// lifecycle describes the level to the shared lifecycle (lifecycle.go).
func (r *SecurityLevelResource) lifecycle() objectLifecycle {
	return objectLifecycle{
		what: "security level", nameAttr: "name", refresh: r.refresh,
		services: func(c *autotask.Client) []readAheadService { return []readAheadService{c.SecurityLevels()} },
		key:      securityLevelNameKey,
		lookup:   oneID((*autotask.Client).SecurityLevels, func(l *autotask.SecurityLevel) int64 { return l.ID }, eqKey("name")),
		remove: removal{verb: "delete", forget: systemLevel,
			do: func(ctx context.Context, c *autotask.Client, id int64) error {
				return c.SecurityLevels().Delete(ctx, id)
			},
			advice: "If resources are still assigned to the level, move them to another level first (in Autotask or with Terraform), then destroy again."},
	}
}

// Read refreshes state from the PSA.
func (r *SecurityLevelResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	r.data.readObject(ctx, r.lifecycle(), req, resp)
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
	r.data.updateObject(ctx, r.lifecycle(), c, plan.ID, plan.Name, req, resp, func(id int64) error {
		item.ID = id
		return c.SecurityLevels().Update(ctx, item)
	})
}

// Delete removes the level. Autotask refuses while resources are assigned
// to it; the error names them.
func (r *SecurityLevelResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	r.data.removeObject(ctx, r.lifecycle(), req, resp)
}

// ImportState accepts a numeric ID or a level name.
func (r *SecurityLevelResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.data.importByIDOrKey(ctx, r.lifecycle(), req, resp)
}
