package provider

import (
	"context"
	"strconv"
	"strings"

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

// deleteNamed deletes the object in state (its "id" and "name" attributes)
// with del. An object already gone is not an error; when Autotask refuses,
// the error names the object, gives Autotask's words and then advice.
func (d *providerData) deleteNamed(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse,
	what, advice string, del func(*autotask.Client, int64) error,
) {
	c, diags := d.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var idText, name types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &idText)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("name"), &name)...)
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
