package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// levelPlanOpening is how both level types' ModifyPlan begin: the natural
// key's plan-time checks, the object in state, the destroy branch (no rule
// runs and nothing blocks it; a system level is forgotten with a warning),
// the permission entries Terraform did not know at validate, and the plan
// with its permission entries read.
type levelPlanOpening[M any] struct {
	key       *naturalKeySpec
	groups    []permGroup
	arguments map[string]string // the level's own arguments among its groups' names
	// system and name read a model of the level.
	system  func(*M) types.Bool
	name    func(*M) types.String
	address func(types.String) string
}

// levelPlanStart is what the opening hands the rest of ModifyPlan.
type levelPlanStart[M any] struct {
	replaced int64 // the id the planned object replaces (planKeyLifecycle)
	state    *M    // the object in state; nil when it is created
	plan     M
	// settings are the permission entries the configuration sets; unknown
	// is true when one is not known until apply.
	settings catalog.Settings
	unknown  bool
}

// begin runs the opening; false when ModifyPlan has nothing more to do: a
// destroy, or an error.
func (o levelPlanOpening[M]) begin(ctx context.Context, d *providerData, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) (levelPlanStart[M], bool) {
	var s levelPlanStart[M]
	s.replaced = d.planKeyLifecycle(ctx, o.key, req, resp)
	if !req.State.Raw.IsNull() {
		s.state = new(M)
		resp.Diagnostics.Append(getFields(ctx, req.State, s.state)...)
	}
	if req.Plan.Raw.IsNull() {
		if s.state != nil && o.system(s.state).ValueBool() {
			warnForgetSystemLevel(&resp.Diagnostics, o.address(o.name(s.state)))
		}
		return s, false
	}
	checkOverrides(ctx, req.Config, o.groups, o.arguments, &resp.Diagnostics) // values unknown at validate
	if resp.Diagnostics.HasError() {
		return s, false
	}
	resp.Diagnostics.Append(getFields(ctx, req.Plan, &s.plan)...)
	var diags diag.Diagnostics
	s.settings, s.unknown, diags = readOverrides(ctx, req.Plan, o.groups)
	resp.Diagnostics.Append(diags...)
	return s, !resp.Diagnostics.HasError()
}
