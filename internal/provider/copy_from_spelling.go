package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
)

// copyFromSameLevel keeps the prior value of copy_from when the
// configuration names the same system level in another spelling
// ("Sales (system)", "sales", "sales (SYSTEM)" or its ID), so respelling
// plans no change at all rather than an update of the string.
//
// Semantic equality of a custom type cannot do this: the framework applies
// it to Read, Create and Update results, never to the plan. Terraform
// accepts a planned value equal to the prior state in place of a
// configured one, as long as the provider returns the prior value
// unchanged, which is what this modifier does.
type copyFromSameLevel struct{}

var _ planmodifier.String = copyFromSameLevel{}

func (copyFromSameLevel) Description(context.Context) string {
	return "Keeps the stored spelling when copy_from names the same system level."
}

func (m copyFromSameLevel) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (copyFromSameLevel) PlanModifyString(_ context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	if req.StateValue.IsNull() || req.StateValue.IsUnknown() || req.PlanValue.IsNull() || req.PlanValue.IsUnknown() ||
		req.StateValue.Equal(req.PlanValue) {
		return
	}
	before, okBefore := resolveSystemLevel(req.StateValue.ValueString())
	after, okAfter := resolveSystemLevel(req.PlanValue.ValueString())
	if okBefore && okAfter && before.ID == after.ID {
		resp.PlanValue = req.StateValue
	}
}
