package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// apiUserKey finds API users by user name. User names are unique across
// the database, people included: a person's name can never be an API
// user's. Autotask cannot delete an API user: a destroyed one stays
// inactive, and a create of its name takes it back.
var apiUserKey = &naturalKeySpec{
	resourceType: "autotask_api_user",
	what:         "API user",
	keyAttr:      "user_name",
	reactivates:  true,
	list: func(ctx context.Context, d *providerData, _ *autotask.Client) ([]keyedObject, error) {
		resources, err := d.psaResources(ctx) // shared with the plan's other API user checks
		if err != nil {
			return nil, err
		}
		out := make([]keyedObject, len(resources))
		for i, r := range resources {
			out[i] = keyedObject{ID: r.ID, Key: deref(r.UserName), Active: deref(r.IsActive)}
			if deref(r.LicenseType) != apiLicenseID {
				out[i].other = fmt.Sprintf("%q is the user name of resource %d (%s %s), who is not an API user. User names are unique "+
					"across the Autotask database; choose another user_name.", deref(r.UserName), r.ID, deref(r.FirstName), deref(r.LastName))
			}
		}
		return out, nil
	},
	find: func(ctx context.Context, c *autotask.Client, name string) ([]keyedObject, error) {
		users, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("userName", name)}})
		if err != nil {
			return nil, err
		}
		out := make([]keyedObject, len(users))
		for i, u := range users {
			out[i] = keyedObject{ID: u.ID, Key: deref(u.UserName), Active: deref(u.IsActive)}
		}
		return out, nil
	},
}

// checkName is ModifyPlan's natural-key check of a new or renamed user's
// name: taken by a person, by an active API user (an orphan, adopted with
// adopt_existing when it matches), or by an inactive one, which the apply
// takes back.
func (r *APIUserResource) checkName(ctx context.Context, state *apiUserResourceModel, replaced int64, plan *apiUserResourceModel, diags *diag.Diagnostics) {
	if plan.UserName.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = state.UserName, state.ID
	}
	var want *autotask.APIUser
	_, _, integrationKnown := integrationParts(plan.Integration)
	if integrationKnown && !plan.FirstName.IsUnknown() && !plan.LastName.IsUnknown() && !plan.Email.IsUnknown() &&
		!plan.SecurityLevelID.IsUnknown() && !plan.Active.IsUnknown() {
		want = plan.item(nil, false)
	}
	r.data.planKeyChange(ctx, r.keyClaim(plan.UserName.ValueString(), replaced, want), before, self, diags)
}

// keyClaim is the claim of a user named name that would be want (nil
// while part of it is known only at apply). An inactive user is taken
// back whatever its settings: the apply sets them all.
func (r *APIUserResource) keyClaim(name string, replaced int64, want *autotask.APIUser) keyClaim {
	return keyClaim{spec: apiUserKey, key: name, replaced: replaced, compare: compareRemote(r.data,
		func(active bool) bool { return want != nil || !active },
		func(ctx context.Context, c *autotask.Client, id int64) (*autotask.APIUser, error) {
			return c.APIUsers().Get(ctx, id)
		},
		func(remote *autotask.APIUser, active bool) []string {
			if !active {
				return nil // taken back: the apply sets everything
			}
			return apiUserDiff(remote, want)
		})}
}

// apiUserDiff lists, in the configuration's terms, every way remote
// differs from the user want would create (its secret cannot be read, and
// the apply sends the configured one).
func apiUserDiff(remote, want *autotask.APIUser) []string {
	var out differences
	out.addFold("first_name", deref(remote.FirstName), deref(want.FirstName))
	out.addFold("last_name", deref(remote.LastName), deref(want.LastName))
	out.addFold("email", deref(remote.Email), deref(want.Email))
	out.addFold("integration.vendor", deref(remote.IntegrationVendor), deref(want.IntegrationVendor))
	out.addFold("integration.internal_name", deref(remote.InternalIntegrationName), deref(want.InternalIntegrationName))
	out.add("security_level_id", deref(remote.SecurityLevelID), deref(want.SecurityLevelID))
	out.add("active", deref(remote.IsActive), deref(want.IsActive))
	return out
}

// ModifyPlan plans the tracking identifier, checks the user name against
// the PSA and runs the evaluator, so findings show at plan time.
func (r *APIUserResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	replaced := r.data.planKeyLifecycle(ctx, apiUserKey, req, resp)
	var state *apiUserResourceModel
	if !req.State.Raw.IsNull() {
		state = &apiUserResourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
	}
	if req.Plan.Raw.IsNull() { // destroy deactivates; no rule runs, nothing blocks it
		if state != nil && r.data.isSelf(state.UserName.ValueString()) {
			resp.Diagnostics.AddWarning("Destroying Terraform's own API user only forgets it",
				fmt.Sprintf("Terraform runs as %q: deactivating it would lock this apply out half-way, so the destroy removes it from "+
					"Terraform's state and leaves it active, on its level. Deactivate it in the Autotask web UI once nothing runs as it.",
					state.UserName.ValueString()))
		}
		return
	}
	checkIntegration(ctx, req.Config, &resp.Diagnostics) // values unknown at validate
	var plan apiUserResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	changing := false
	keep := false
	if state != nil {
		before, _ := trackingKind(state.Integration)
		after, known := trackingKind(plan.Integration)
		changing = known && before != after
		keep = known && before == after
	}
	tracking := types.StringUnknown()
	if keep {
		tracking = state.TrackingIdentifier
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("tracking_identifier"), tracking)...)

	r.checkName(ctx, state, replaced, &plan, &resp.Diagnostics)
	if plan.UserName.IsUnknown() {
		return
	}
	u := plan.evalUser()
	u.TrackingChanging = changing
	if state != nil && !strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString()) {
		u.PreviousUserName = state.UserName.ValueString()
	}
	var changes []evaluate.AccessChange
	if state != nil && !plan.SecurityLevelID.IsUnknown() && !state.SecurityLevelID.Equal(plan.SecurityLevelID) {
		changes = r.data.apiUserLevelChange(ctx, u.Address, plan.UserName.ValueString(),
			state.SecurityLevelID.ValueInt64(), plan.SecurityLevelID.ValueInt64(), &resp.Diagnostics)
	}
	r.data.evaluateAPIUser(ctx, u, plan.SecurityLevelID.IsUnknown(), changes, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}
