package provider

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/suggest"
)

// attrAcknowledge is the attribute, on every resource, that acknowledges
// findings of that one object: rule ID → the reason it is accepted.
const attrAcknowledge = evaluate.AttrAcknowledge

// acknowledgeAttribute is the `acknowledge` attribute of a resource of
// objectType. rule_severity in the provider block changes a rule for every
// object; this accepts a finding for one object, with the reason kept next
// to it in the configuration.
func acknowledgeAttribute(objectType string) schema.MapAttribute {
	return schema.MapAttribute{
		Optional: true, ElementType: types.StringType,
		Validators: []validator.Map{acknowledgeValidator{objectType: objectType}},
		MarkdownDescription: "Findings of plan-time rules accepted for this object, by rule ID, each with the reason it is accepted " +
			"(`{ AT304 = \"Rewst needs Manage Resources; its credentials are in the vault\" }`). An acknowledged finding is no " +
			"longer a plan warning or error: it is logged and stays in the access report. To change a rule for every object, use " +
			"`rule_severity` in the provider block.",
	}
}

// acknowledgeValidator accepts only rules that check this object type, each
// with a reason; a misspelled rule ID names the closest real one.
type acknowledgeValidator struct{ objectType string }

func (v acknowledgeValidator) Description(context.Context) string {
	return "rule IDs of rules that check " + v.objectType + ", each with a non-empty reason"
}

func (v acknowledgeValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v acknowledgeValidator) ValidateMap(_ context.Context, req validator.MapRequest, resp *validator.MapResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	var applicable []string
	for _, r := range evaluate.Rules() {
		if slices.Contains(r.Objects, v.objectType) {
			applicable = append(applicable, r.ID)
		}
	}
	for id, val := range req.ConfigValue.Elements() {
		at := req.Path.AtMapKey(id)
		rule, known := evaluate.RuleByID(id)
		switch {
		case !known:
			resp.Diagnostics.AddAttributeError(at, "Unknown rule ID",
				fmt.Sprintf("%q is not a plan-time rule.%s The rules that check %s are %s.", id, suggest.DidYouMean(id, applicable), v.objectType, strings.Join(applicable, ", ")))
			continue
		case rule.ID != id:
			resp.Diagnostics.AddAttributeError(at, "Rule ID not written as the rule's own",
				fmt.Sprintf("Write %q as %q.", id, rule.ID))
			continue
		case !slices.Contains(applicable, id):
			resp.Diagnostics.AddAttributeError(at, "Rule does not check this object",
				fmt.Sprintf("%s never reports on %s, so there is nothing to acknowledge. The rules that check %s are %s.", id, v.objectType, v.objectType, strings.Join(applicable, ", ")))
			continue
		}
		s, ok := val.(types.String)
		if ok && !s.IsUnknown() && strings.TrimSpace(s.ValueString()) == "" {
			resp.Diagnostics.AddAttributeError(at, "Acknowledgement without a reason",
				fmt.Sprintf("Say why %s is accepted for this object, for whoever reads the configuration next: %s = \"…\".", id, id))
		}
	}
}

// acknowledgements reads the acknowledge attribute of a plan or
// configuration; unknown values count as no acknowledgement.
func acknowledgements(ctx context.Context, src attributeGetter) map[string]string {
	var m types.Map
	if d := src.GetAttribute(ctx, path.Root(attrAcknowledge), &m); d.HasError() || m.IsNull() || m.IsUnknown() {
		return nil
	}
	out := map[string]string{}
	for id, v := range m.Elements() {
		if s, ok := v.(types.String); ok && !s.IsNull() && !s.IsUnknown() {
			out[id] = s.ValueString()
		}
	}
	return out
}
