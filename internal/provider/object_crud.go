package provider

import (
	"context"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// importByIDOrKey imports an object by its numeric ID, or by a natural key
// that lookup resolves to an ID (its error text ends up in the diagnostic,
// so it should say what to do).
func (d *providerData) importByIDOrKey(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse,
	what string, lookup func(context.Context, *autotask.Client, string) (int64, error),
) {
	id := strings.TrimSpace(req.ID)
	if _, err := strconv.ParseInt(id, 10, 64); err != nil {
		c, diags := d.Client(ctx)
		resp.Diagnostics.Append(diags...)
		if resp.Diagnostics.HasError() {
			return
		}
		n, err := lookup(ctx, c, id)
		if err != nil {
			resp.Diagnostics.AddError(what+" not found", "Could not find "+strconv.Quote(id)+" to import: "+d.apiErrorDetail(err))
			return
		}
		id = strconv.FormatInt(n, 10)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(id))...)
}

// deleteNamed deletes the object in state (its "id", "name" and "system"
// attributes) with del; a system level is only forgotten. An object
// already gone is not an error; when Autotask refuses, the error names the
// object, gives Autotask's words and then advice.
func (d *providerData) deleteNamed(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse,
	what, advice string, del func(*autotask.Client, int64) error,
) {
	var idText, name types.String
	var system types.Bool
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &idText)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("name"), &name)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("system"), &system)...)
	if resp.Diagnostics.HasError() || system.ValueBool() {
		return // a system level is permanent: destroy only forgets it (the plan said so)
	}
	c, diags := d.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(idText, &resp.Diagnostics)
	if !ok {
		return
	}
	if err := del(c, id); err != nil && !autotask.IsNotFound(err) {
		resp.Diagnostics.AddError("Could not delete "+what+" "+strconv.Quote(name.ValueString()), d.apiErrorDetail(err)+"\n\n"+advice)
	}
}

// warnForgetSystemLevel says at plan what destroying a system level does:
// nothing in Autotask, where system levels are permanent. It is no rule
// (no rule runs on destroy) and never blocks the destroy.
func warnForgetSystemLevel(diags *diag.Diagnostics, address string) {
	diags.AddWarning("Destroying "+address+" only forgets it",
		"System levels are permanent in Autotask: the destroy removes it from Terraform's state and leaves it as it is.")
}
