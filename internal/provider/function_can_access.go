package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var _ function.Function = &CanAccessFunction{}

// CanAccessFunction answers "may a user on this level do this to that
// object?" the way Autotask decides it.
type CanAccessFunction struct{}

// NewCanAccessFunction is the constructor the provider registers.
func NewCanAccessFunction() function.Function { return &CanAccessFunction{} }

// Metadata names the function.
func (f *CanAccessFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "can_access"
}

// internalMarker in the associations list marks a task note as internal.
const internalMarker = "internal"

// Definition describes parameters and result.
func (f *CanAccessFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	var kinds []string
	for _, k := range evaluate.ObjectKinds() {
		kinds = append(kinds, k.String())
	}
	resp.Definition = function.Definition{
		Summary: "Whether a security level lets a user act on an object",
		MarkdownDescription: "Decides, as Autotask does, whether a user on a level may `view`, `add`, `edit` or `delete` an object. " +
			"`All` allows; `Mine` allows only through one of the user's associations with the object; `None` denies even an " +
			"associated user. For projects the associations are `team_member` (team lead included), `department_lead`, " +
			"`account_manager` (or opportunity owner) and `workgroup_lead`; other objects also know `account_team`, " +
			"`created_by_me` and `assigned_to_me`. Approve & Post overrides a denial on charges and expenses. Add `\"" + internalMarker +
			"\"` to the list to ask about an internal task note. Object kinds: " + quotedList(kinds) + ".",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name: "level",
				MarkdownDescription: "A system level name (`\"Sales\"`), or a permissions object such as " +
					"`autotask_security_level.x.effective_permissions` or the result of `effective_permissions()`. Permissions missing from an object count as their least-privileged value.",
			},
			function.StringParameter{Name: "action", MarkdownDescription: "`view`, `add`, `edit` or `delete`."},
			function.StringParameter{Name: "object", MarkdownDescription: "Object kind, e.g. `project` or `charge`."},
			function.ListParameter{Name: "associations", ElementType: types.StringType, AllowNullValue: true,
				MarkdownDescription: "How the user is connected to the object, e.g. `[\"team_member\"]`; `[]` or `null` for none."},
		},
		Return: function.BoolReturn{},
	}
}

// Run decides.
func (f *CanAccessFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var level types.Dynamic
	var action, object string
	var assocs []string
	resp.Error = req.Arguments.Get(ctx, &level, &action, &object, &assocs)
	if resp.Error != nil {
		return
	}
	settings, err := levelSettings(level)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, err.Error())
		return
	}
	act, err := evaluate.ParseAction(action)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(1, strings.TrimPrefix(err.Error(), "evaluate: "))
		return
	}
	kind, err := evaluate.ParseObjectKind(object)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(2, strings.TrimPrefix(err.Error(), "evaluate: "))
		return
	}
	if !evaluate.Supported(kind, act) {
		resp.Error = function.NewArgumentFuncError(1, fmt.Sprintf("no permission governs %s on %s", act, kind))
		return
	}
	obj := evaluate.Object{Kind: kind}
	for _, a := range assocs {
		if strings.EqualFold(strings.TrimSpace(a), internalMarker) {
			obj.Internal = true
			continue
		}
		as, err := evaluate.ParseAssociation(a)
		if err != nil {
			resp.Error = function.NewArgumentFuncError(3, fmt.Sprintf("%q is not an association; use %s, or %q for an internal object",
				a, strings.Join(evaluate.AssociationNames(), ", "), internalMarker))
			return
		}
		obj.Associations |= as
	}
	resp.Error = resp.Result.Set(ctx, evaluate.Can(settings, act, obj).Allowed)
}

// levelSettings accepts a system level name or a permissions object.
func levelSettings(v types.Dynamic) (catalog.Settings, error) {
	if v.IsNull() || v.IsUnderlyingValueNull() {
		return nil, fmt.Errorf("level is null")
	}
	if s, ok := v.UnderlyingValue().(types.String); ok {
		l, found := resolveSystemLevel(s.ValueString())
		if !found {
			return nil, fmt.Errorf("%q is not a system security level; pass a permissions object for custom levels", s.ValueString())
		}
		return l.Defaults(), nil
	}
	return settingsFromValue(v.UnderlyingValue())
}
