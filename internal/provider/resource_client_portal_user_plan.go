package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// portalUserKey finds Client Portal logins by contact: a contact has one
// login. Autotask cannot delete a login: a destroyed one stays inactive
// (keeping its user name), and a create for its contact takes it back.
var portalUserKey = &naturalKeySpec{
	resourceType: "autotask_client_portal_user",
	what:         "Client Portal login",
	keyAttr:      "contact_id",
	reactivates:  true,
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return portalUserKeys(ctx, c, autotask.Exist("id"))
	},
	find: func(ctx context.Context, c *autotask.Client, contact string) ([]keyedObject, error) {
		id, _ := strconv.ParseInt(contact, 10, 64)
		return portalUserKeys(ctx, c, autotask.Eq("contactID", id))
	},
	show:   func(contact string) string { return "contact " + contact },
	phrase: func(contact string) string { return "for contact " + contact },
}

func portalUserKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	found, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter},
		IncludeFields: []string{"id", "contactID", "userName", "isClientPortalActive"}})
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(found))
	for i, u := range found {
		out[i] = keyedObject{ID: u.ID, Key: strconv.FormatInt(deref(u.ContactID), 10), Active: deref(u.IsClientPortalActive), Name: deref(u.UserName)}
	}
	return out, nil
}

// checkTaken is ModifyPlan's natural-key check of a login: for a new one,
// the contact's existing login (taken back when inactive; an orphan,
// adopted with adopt_existing when it matches, when active); for a new or
// renamed one, another login with the user name (names are unique in the
// database, and a deactivated login keeps its name). One listing of the
// logins serves both.
func (r *ClientPortalUserResource) checkTaken(ctx context.Context, state *clientPortalUserResourceModel, replaced int64, plan *clientPortalUserResourceModel, diags *diag.Diagnostics) {
	if state == nil && !plan.ContactID.IsUnknown() {
		r.data.planKey(ctx, r.keyClaim(plan, replaced), diags)
	}
	if plan.UserName.IsUnknown() || (state != nil && strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString())) ||
		!r.data.canQueryAtPlan() {
		return
	}
	all, err := r.data.allKeyed(ctx, portalUserKey)
	if err != nil {
		return // planKey, or the next plan, says why
	}
	self := int64(-1)
	if state != nil {
		self = planID(state.ID)
	}
	contact := ""
	if !plan.ContactID.IsUnknown() {
		contact = strconv.FormatInt(plan.ContactID.ValueInt64(), 10)
	}
	for _, u := range all {
		if u.ID == self || (state == nil && u.Key == contact) || !strings.EqualFold(u.Name, plan.UserName.ValueString()) {
			continue // its own login, or the contact's, which this one becomes (a replaced login keeps its name)
		}
		diags.AddAttributeError(path.Root("user_name"), "The portal user name is taken",
			fmt.Sprintf("%q is already the login of contact %s (portal user %d); portal user names are unique in the database, and a "+
				"login keeps its name when it is deactivated (on destroy, or when a new contact_id replaces it). Choose another user name.",
				u.Name, u.Key, u.ID))
		return
	}
}

// keyClaim is the claim of the login plan describes. An inactive login is
// taken back whatever its settings: the apply sets them all.
func (r *ClientPortalUserResource) keyClaim(plan *clientPortalUserResourceModel, replaced int64) keyClaim {
	known := !plan.UserName.IsUnknown() && !plan.SecurityLevelID.IsUnknown() && !plan.Active.IsUnknown()
	userName, level, wantActive := plan.UserName.ValueString(), plan.SecurityLevelID.ValueInt64(), plan.Active.ValueBool()
	return keyClaim{spec: portalUserKey, key: strconv.FormatInt(plan.ContactID.ValueInt64(), 10), replaced: replaced,
		compare: compareRemote(r.data, func(active bool) bool { return known || !active },
			func(ctx context.Context, c *autotask.Client, id int64) (*autotask.ClientPortalUser, error) {
				return c.ClientPortalUsers().Get(ctx, id)
			},
			func(remote *autotask.ClientPortalUser, active bool) []string {
				if !active {
					return nil // taken back: the apply sets everything
				}
				var out differences
				out.addFold("user_name", deref(remote.UserName), userName)
				out.add("security_level_id", deref(remote.SecurityLevel), level)
				out.add("active", deref(remote.IsClientPortalActive), wantActive)
				return out
			})}
}

// ModifyPlan fills the display formats, and checks at plan time what
// Autotask would refuse at apply: a missing password, a user name in use,
// a contact that already has an active login, an inactive level, and a
// Taskfire level for a contact whose organization has no Taskfire.
func (r *ClientPortalUserResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	replaced := r.data.planKeyLifecycle(ctx, portalUserKey, req, resp)
	if req.Plan.Raw.IsNull() {
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
	r.checkTaken(ctx, state, replaced, &plan, &resp.Diagnostics)

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
