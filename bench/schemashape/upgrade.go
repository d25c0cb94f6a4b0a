package main

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// upgradeFromA moves a level's state from shape A (version 0: one object
// per module, every permission an attribute, unset ones null) to shape s.
// The configured permissions are the non-null attributes; a module written
// empty (`crm = {}`) is an object of nulls and stays an empty module. So for
// a map shape `crm = { companies_add = false, …nulls }` becomes
// `{ "companies_add" = "false" }`, and for a dynamic shape the object of
// exactly the non-null attributes, typed as the catalogue types them: what
// the unchanged configuration evaluates to, hence no plan diff.
func upgradeFromA(ctx context.Context, s shape, prior *tfsdk.State, out *tfsdk.State, diags *diag.Diagnostics) {
	if prior == nil {
		diags.AddError("Missing prior state", "The state upgrader was given no prior state.")
		return
	}
	o, _, d := shapes[0].decode(ctx, prior, false)
	diags.Append(d...)
	out.Raw = tftypes.NewValue(out.Schema.Type().TerraformType(ctx), nil)
	for _, name := range []string{"id", "name", "effective_permissions"} {
		var v attr.Value
		diags.Append(prior.GetAttribute(ctx, path.Root(name), &v)...)
		diags.Append(out.SetAttribute(ctx, path.Root(name), v)...)
	}
	for name, v := range s.encode(o) {
		diags.Append(out.SetAttribute(ctx, path.Root(name), v)...)
	}
}
