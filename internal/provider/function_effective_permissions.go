package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ function.Function = &EffectivePermissionsFunction{}

// EffectivePermissionsFunction computes what a level copied from a system
// level with some overrides grants, without any API call.
type EffectivePermissionsFunction struct{}

// NewEffectivePermissionsFunction is the constructor the provider registers.
func NewEffectivePermissionsFunction() function.Function { return &EffectivePermissionsFunction{} }

// Metadata names the function.
func (f *EffectivePermissionsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "effective_permissions"
}

// Definition describes parameters and result.
func (f *EffectivePermissionsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Every permission a security level grants, computed locally",
		MarkdownDescription: "Returns every permission of a level copied from `copy_from` with `overrides` laid over it — the same " +
			"value `autotask_security_level.effective_permissions` will have — without calling the API. Useful to compare " +
			"designs, feed `can_access`, or assert in `check` blocks.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "copy_from",
				MarkdownDescription: "System level name (any accepted spelling) or ID.",
			},
			function.DynamicParameter{
				Name:                "overrides",
				AllowNullValue:      true,
				MarkdownDescription: "Overrides shaped like the module blocks of `autotask_security_level`, e.g. `{ projects = { project_view = \"All\" } }`; `null` or `{}` for none.",
			},
		},
		Return: function.ObjectReturn{AttributeTypes: groupsObjectType(levelGroups).AttrTypes},
	}
}

// Run computes the result.
func (f *EffectivePermissionsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var copyFrom string
	var overrides types.Dynamic
	resp.Error = req.Arguments.Get(ctx, &copyFrom, &overrides)
	if resp.Error != nil {
		return
	}
	base, ok := resolveSystemLevel(copyFrom)
	if !ok {
		resp.Error = function.NewArgumentFuncError(0, fmt.Sprintf("%q is not a system security level; use one of %s", copyFrom, strings.Join(catalog.SystemLevelNames(), ", ")))
		return
	}
	s, err := settingsFromValue(overrides)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(1, err.Error())
		return
	}
	obj, diags := settingsObject(levelGroups, base.Defaults().Apply(s))
	if diags.HasError() {
		resp.Error = function.FuncErrorFromDiags(ctx, diags)
		return
	}
	resp.Error = resp.Result.Set(ctx, obj)
}
