package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// levelPlanOpening is how both level types' ModifyPlan begin: the natural
// key's plan-time checks, the object in state, the destroy branch (no rule
// runs and nothing blocks it; a system level is forgotten with a warning)
// and the permission entries Terraform did not know at validate.
type levelPlanOpening[M any] struct {
	key       *naturalKeySpec
	groups    []permGroup
	arguments map[string]string // the level's own arguments among its groups' names
	// system and name read a model of the level.
	system  func(*M) types.Bool
	name    func(*M) types.String
	address func(types.String) string
}

// begin runs the opening. It returns the id the planned object replaces
// (planKeyLifecycle), the object in state (nil when it is created), and
// false when ModifyPlan has nothing more to do: a destroy, or an error.
func (o levelPlanOpening[M]) begin(ctx context.Context, d *providerData, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) (int64, *M, bool) {
	replaced := d.planKeyLifecycle(ctx, o.key, req, resp)
	var state *M
	if !req.State.Raw.IsNull() {
		state = new(M)
		resp.Diagnostics.Append(getFields(ctx, req.State, state)...)
	}
	if req.Plan.Raw.IsNull() {
		if state != nil && o.system(state).ValueBool() {
			warnForgetSystemLevel(&resp.Diagnostics, o.address(o.name(state)))
		}
		return replaced, state, false
	}
	checkOverrides(ctx, req.Config, o.groups, o.arguments, &resp.Diagnostics) // values unknown at validate
	return replaced, state, !resp.Diagnostics.HasError()
}
