package provider

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// securityLevelKey finds custom security levels by name (system levels
// are never orphans: they cannot be created).
var securityLevelKey = &naturalKeySpec{
	resourceType: "autotask_security_level",
	what:         "security level",
	keyAttr:      "name",
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return securityLevelKeys(ctx, c, autotask.Eq("isSystem", false))
	},
	find: func(ctx context.Context, c *autotask.Client, name string) ([]keyedObject, error) {
		return securityLevelKeys(ctx, c, autotask.And(autotask.Eq("isSystem", false), autotask.Eq("name", name)))
	},
}

// securityLevelKeys lists the names of the levels filter matches (one
// paged query of ids and names only).
func securityLevelKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	keys, err := c.SecurityLevels().Keys(ctx, "name", filter)
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(keys))
	for i, k := range keys {
		out[i] = keyedObject{ID: k.ID, Key: k.Value, Active: true}
	}
	return out, nil
}

// checkExisting is ModifyPlan's natural-key check for a level about to be
// created or renamed: an orphan with the same name is an error with its
// import block, or — with adopt_existing — is compared with the plan and
// announced for adoption; a renamed level's new name must be free.
func (r *SecurityLevelResource) checkExisting(ctx context.Context, state *securityLevelResourceModel, replaced int64, plan securityLevelResourceModel, diags *diag.Diagnostics) {
	if plan.Name.IsNull() || plan.Name.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = state.Name, state.ID
	}
	want, known := desiredSecurityLevel(plan)
	r.data.planKeyChange(ctx, r.keyClaim(plan.Name.ValueString(), replaced, want, known), before, self, diags)
}

// keyClaim is the claim of a level named name that would be want (known
// false while part of it is known only at apply).
func (r *SecurityLevelResource) keyClaim(name string, replaced int64, want *autotask.SecurityLevel, known bool) keyClaim {
	return keyClaim{spec: securityLevelKey, key: name, replaced: replaced, compare: compareRemote(r.data,
		func(bool) bool { return known },
		func(ctx context.Context, c *autotask.Client, id int64) (*autotask.SecurityLevel, error) {
			return c.SecurityLevels().Get(ctx, id)
		},
		func(remote *autotask.SecurityLevel, _ bool) []string { return securityLevelDiff(remote, want) })}
}

// createOrAdopt creates the level, or with adopt_existing takes over an
// existing one of the same name whose settings all match item.
func (r *SecurityLevelResource) createOrAdopt(ctx context.Context, c *autotask.Client, item *autotask.SecurityLevel) (int64, error) {
	name := deref(item.Name)
	id, _, err := r.data.createOrReuse(ctx, c, r.keyClaim(name, 0, item, true), func() (int64, error) {
		return c.SecurityLevels().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("name", name)})
	})
	return id, err
}

// desiredSecurityLevel is the level a plan would create, when every part of
// it is known.
func desiredSecurityLevel(plan securityLevelResourceModel) (*autotask.SecurityLevel, bool) {
	if plan.Description.IsUnknown() || plan.Active.IsUnknown() || plan.CopyFromID.IsUnknown() || plan.CopyFromID.IsNull() ||
		plan.Effective.IsUnknown() || plan.Effective.IsNull() {
		return nil, false
	}
	perms, err := settingsFromValue(plan.Effective)
	if err != nil {
		return nil, false
	}
	return &autotask.SecurityLevel{
		Name:                      autotask.String(plan.Name.ValueString()),
		Description:               autotask.String(plan.Description.ValueString()),
		IsActive:                  autotask.Bool(plan.Active.ValueBool()),
		CopiedFromSecurityLevelID: autotask.Int64(plan.CopyFromID.ValueInt64()),
		Permissions:               perms,
	}, true
}

// securityLevelDiff lists, in the configuration's terms, every way remote
// differs from the level want would create.
func securityLevelDiff(remote, want *autotask.SecurityLevel) []string {
	var out differences
	if deref(remote.IsSystem) {
		out = append(out, "it is a system level, which Terraform never creates")
	}
	out.add("name", deref(remote.Name), deref(want.Name))
	out.add("description", deref(remote.Description), deref(want.Description))
	out.add("active", deref(remote.IsActive), deref(want.IsActive))
	if a, b := deref(remote.CopiedFromSecurityLevelID), deref(want.CopiedFromSecurityLevelID); a != b {
		out = append(out, fmt.Sprintf("copy_from: %s in Autotask, %s configured", levelLabel(a), levelLabel(b)))
	}
	return append(out, settingsDiff(remote.Permissions, want.Permissions)...)
}

// settingsDiff lists every permission in which remote differs from want.
func settingsDiff(remote, want catalog.Settings) []string {
	var out []string
	for _, k := range want.Diff(remote) {
		out = append(out, fmt.Sprintf("%s.%s: %q in Autotask, %q configured", k.Module(), k.Name(), remote[k], want[k]))
	}
	return out
}

func levelLabel(id int64) string {
	if l, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return strconv.Quote(l.Name)
	}
	return "level " + strconv.FormatInt(id, 10)
}

var securityLevelPlanOpening = levelPlanOpening[securityLevelResourceModel]{
	key: securityLevelKey, groups: levelGroups, address: levelAddress,
	system: func(m *securityLevelResourceModel) types.Bool { return m.System },
	name:   func(m *securityLevelResourceModel) types.String { return m.Name },
}

// ModifyPlan computes the effective permissions, license and base ID, and
// runs the evaluator so findings appear on the attributes at plan time.
func (r *SecurityLevelResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	start, ok := securityLevelPlanOpening.begin(ctx, r.data, req, resp)
	if !ok {
		return
	}
	replaced, state, plan, overrides, unknown := start.replaced, start.state, start.plan, start.settings, start.unknown
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
	r.checkExisting(ctx, state, replaced, plan, &resp.Diagnostics) // an orphan of an interrupted apply may hold the name
}
