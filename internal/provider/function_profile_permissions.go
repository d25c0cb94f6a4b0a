package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

var _ function.Function = &ProfilePermissionsFunction{}

// ProfilePermissionsFunction returns an integration profile's least
// privilege as the module blocks of autotask_security_level.
type ProfilePermissionsFunction struct{}

// NewProfilePermissionsFunction is the constructor the provider registers.
func NewProfilePermissionsFunction() function.Function { return &ProfilePermissionsFunction{} }

// Metadata names the function.
func (f *ProfilePermissionsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "profile_permissions"
}

// Definition describes parameters and result.
func (f *ProfilePermissionsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "The module blocks of a least-privilege level for an integration",
		MarkdownDescription: "Returns the complete permissions of a security level built exactly to an integration profile's recipe — " +
			"every permission at its least privileged value except those the integration needs — as an object whose attributes are " +
			"the module blocks of `autotask_security_level` (`crm`, `contracts`, `projects`, …), with the same attribute names and " +
			"types. Assign them to a level copied from the profile's base level (`API User Can't Read Costs` unless the recipe needs " +
			"costs) and an API user with the same `least_privilege_profile` plans with no least-privilege finding:\n\n" +
			"```terraform\nprojects = provider::autotask::profile_permissions(\"rewst\").projects\n```\n\n" +
			"Terraform cannot spread an object into a resource's arguments, so to take every module at once assign each block from " +
			"one local value (see the example). Needs no credentials. Built-in profiles: " + quotedList(catalog.ProfileNames()) + ".",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "profile",
				MarkdownDescription: "Profile name or vendor, any letter case: " + quotedList(catalog.ProfileNames()) + ".",
			},
		},
		Return: function.ObjectReturn{AttributeTypes: groupsObjectType(levelGroups).AttrTypes},
	}
}

// Run computes the result from the catalogue.
func (f *ProfilePermissionsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var name string
	resp.Error = req.Arguments.Get(ctx, &name)
	if resp.Error != nil {
		return
	}
	p, ok := catalog.ProfileByName(name)
	if !ok {
		resp.Error = function.NewArgumentFuncError(0, fmt.Sprintf("%q is not a built-in integration profile; use one of %s", name, quotedList(catalog.ProfileNames())))
		return
	}
	obj, diags := settingsObject(levelGroups, p.LeastPrivilege())
	if diags.HasError() {
		resp.Error = function.FuncErrorFromDiags(ctx, diags)
		return
	}
	resp.Error = resp.Result.Set(ctx, obj)
}
