package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// portalLevelKey finds Client Portal security levels by name. Names are
// unique among all portal levels, system ones included; a system level's
// name can never be a configured level's.
var portalLevelKey = &naturalKeySpec{
	resourceType: "autotask_client_portal_security_level",
	what:         "Client Portal security level",
	keyAttr:      "name",
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return portalLevelKeys(ctx, c, autotask.Exist("id"))
	},
	find: func(ctx context.Context, c *autotask.Client, name string) ([]keyedObject, error) {
		return portalLevelKeys(ctx, c, autotask.Eq("name", name))
	},
}

func portalLevelKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	found, err := c.ClientPortalSecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter},
		IncludeFields: []string{"id", "name", "isActive", "isSystem"}})
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(found))
	for i, l := range found {
		out[i] = keyedObject{ID: l.ID, Key: deref(l.Name), Active: deref(l.IsActive)}
		if deref(l.IsSystem) {
			out[i].other = fmt.Sprintf("%q is the system Client Portal security level %d; portal level names are unique, system levels included. "+
				"Choose another name.", deref(l.Name), l.ID)
		}
	}
	return out, nil
}

// checkName is ModifyPlan's natural-key check: a name another portal level
// already has, for a new level (an orphan, adopted with adopt_existing when
// it matches) or a renamed one.
func (r *ClientPortalSecurityLevelResource) checkName(ctx context.Context, state *clientPortalSecurityLevelResourceModel, replaced int64,
	plan clientPortalSecurityLevelResourceModel, diags *diag.Diagnostics,
) {
	if plan.Name.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = state.Name, state.ID
	}
	var want *autotask.ClientPortalSecurityLevel
	if !plan.Type.IsUnknown() && !plan.Description.IsUnknown() && !plan.Active.IsUnknown() && !plan.Effective.IsUnknown() && !plan.Effective.IsNull() {
		want, _ = plan.wire()
	}
	r.data.planKeyChange(ctx, r.keyClaim(plan.Name.ValueString(), replaced, want), before, self, diags)
}

// keyClaim is the claim of a level named name that would be want (nil
// while part of it is known only at apply).
func (r *ClientPortalSecurityLevelResource) keyClaim(name string, replaced int64, want *autotask.ClientPortalSecurityLevel) keyClaim {
	return keyClaim{spec: portalLevelKey, key: name, replaced: replaced, compare: compareRemote(r.data,
		func(bool) bool { return want != nil },
		func(ctx context.Context, c *autotask.Client, id int64) (*autotask.ClientPortalSecurityLevel, error) {
			return c.ClientPortalSecurityLevels().Get(ctx, id)
		},
		func(remote *autotask.ClientPortalSecurityLevel, _ bool) []string {
			return portalLevelDiff(remote, want)
		})}
}

// portalLevelDiff lists, in the configuration's terms, every way remote
// differs from the level want would create.
func portalLevelDiff(remote, want *autotask.ClientPortalSecurityLevel) []string {
	var out differences
	out.add("type", portalTypeToTF(remote.Type), portalTypeToTF(want.Type))
	out.add("description", deref(remote.Description), deref(want.Description))
	out.add("active", deref(remote.IsActive), deref(want.IsActive))
	return append(out, settingsDiff(remote.Permissions, want.Permissions)...)
}

var portalLevelPlanOpening = levelPlanOpening[clientPortalSecurityLevelResourceModel]{
	key: portalLevelKey, groups: portalOverrideGroups, arguments: portalLevelArguments, address: portalLevelAddress,
	system: func(m *clientPortalSecurityLevelResourceModel) types.Bool { return m.System },
	name:   func(m *clientPortalSecurityLevelResourceModel) types.String { return m.Name },
}

// ModifyPlan computes the effective permissions and runs the evaluator so
// findings appear on the attributes at plan time.
func (r *ClientPortalSecurityLevelResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	start, ok := portalLevelPlanOpening.begin(ctx, r.data, req, resp)
	if !ok {
		return
	}
	replaced, state, plan, settings, unknown := start.replaced, start.state, start.plan, start.settings, start.unknown
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
	r.checkName(ctx, state, replaced, plan, &resp.Diagnostics)
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
