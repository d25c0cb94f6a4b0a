package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// The lifecycle every managed object shares, after its create:
//
//   - read: the ID in state is checked (idOf: a positive whole number;
//     anything else is an error and nothing is sent), the object is read
//     with its kept neighbours (read_ahead.go), and a 404 removes it
//     from state. Right after an import the state holds nothing but the ID,
//     and refresh is told so (importing).
//   - after a write: the object is read back into state. A create whose
//     read-back fails keeps the object as planned (readBackAfterCreate);
//     an object that is gone after its create or update is an error.
//   - destroy: the object is deleted or deactivated (Autotask cannot
//     delete some objects), and one that is gone already is no error;
//     some objects are only forgotten (system levels, Terraform's own API
//     user).
//   - import: by numeric ID, or by a natural key the type resolves
//     through an exactly-one lookup (autotask.Service.One).
//
// Each resource type describes itself once, as an objectLifecycle, and its
// Read, Delete and ImportState are one call each.

// refreshFunc reads object id from the PSA into st, keeping what only the
// configuration knows. It returns false when the PSA says the object is
// gone (404); an error reading it is a diagnostic and returns true.
// importing is true when st holds nothing but the ID (right after import).
type refreshFunc func(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, importing bool, diags *diag.Diagnostics) bool

// objectLifecycle is what the shared lifecycle needs of a resource type.
type objectLifecycle struct {
	// what names the type in messages ("security level").
	what string
	// nameAttr is the attribute that names an object in messages ("name").
	nameAttr string
	refresh  refreshFunc
	// services are the entities the object is read from, for read-ahead
	// (nil: none, for an object of which a tenant has one).
	services func(*autotask.Client) []readAheadService
	// key describes the natural key an import ID may be instead of a
	// numeric ID; lookup resolves it to the object's ID.
	key    lookupKey
	lookup func(ctx context.Context, c *autotask.Client, key string) (int64, error)
	remove removal
}

// lookupKey says, in messages, what owns a natural key and what the key
// is: "security levels" have "the name".
type lookupKey struct {
	owners string // plural: "security levels"
	is     string // "the name", "the user name"
}

// lookupDetail words the failure of an exactly-one lookup of key: how
// many objects have it (autotask.NotUniqueError), or why the lookup failed.
func (d *providerData) lookupDetail(err error, k lookupKey, key string) string {
	if nu, ok := autotask.AsNotUnique(err); ok {
		return fmt.Sprintf("%d %s have %s %q; exactly one is needed.", nu.Found, k.owners, k.is, key)
	}
	return d.apiErrorDetail(err)
}

// findOne is a data source's exactly-one lookup: the object of svc whose
// field is value. Its errors are on at: "not found" (none, or several)
// or the failed query; hint follows either.
func findOne[T any](ctx context.Context, d *providerData, svc *autotask.Service[T], k lookupKey, field, value string,
	at path.Path, hint string, diags *diag.Diagnostics,
) (*T, bool) {
	found, err := svc.One(ctx, autotask.Eq(field, value))
	if err == nil {
		return found, true
	}
	summary := "Could not look up " + k.owners
	if _, ok := autotask.AsNotUnique(err); ok {
		summary = capitalize(strings.TrimSuffix(k.owners, "s")) + " not found"
	}
	diags.AddAttributeError(at, summary, d.lookupDetail(err, k, value)+" "+hint)
	return nil, false
}

// removal is what a destroy does in the PSA.
type removal struct {
	// verb is what is done: "delete", "deactivate".
	verb string
	// do removes object id; a 404 is no error.
	do func(ctx context.Context, c *autotask.Client, id int64) error
	// forget, when set, says from the state that the object is only
	// forgotten (the plan said so): nothing is sent.
	forget func(ctx context.Context, st tfsdk.State) bool
	// advice follows Autotask's words when it refuses.
	advice string
}

// readObject is every managed object's Read.
func (d *providerData) readObject(ctx context.Context, lc objectLifecycle, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := d.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var idText types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &idText)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(idText, &resp.Diagnostics)
	if !ok {
		return
	}
	importing := holdsOnlyID(req.State)
	refresh := func() bool { return lc.refresh(ctx, c, id, &resp.State, importing, &resp.Diagnostics) }
	if lc.services == nil { // nothing to read ahead: one object per tenant
		if !refresh() {
			resp.State.RemoveResource(ctx)
		}
		return
	}
	refreshReadingAhead(ctx, req, resp, id, refresh, lc.services(c)...)
}

// holdsOnlyID reports whether every attribute of st but the ID is null:
// the state an import hands to Read.
func holdsOnlyID(st tfsdk.State) bool {
	var attrs map[string]tftypes.Value
	if st.Raw.As(&attrs) != nil {
		return false
	}
	for name, v := range attrs {
		if name != "id" && !v.IsNull() {
			return false
		}
	}
	return true
}

// readBackCreated reads back the object a create has just written (see
// readBackAfterCreate: a failed read is a warning, a vanished object an
// error) and keeps its neighbours for the next read.
func (d *providerData) readBackCreated(ctx context.Context, lc objectLifecycle, c *autotask.Client, id int64, st *tfsdk.State, p privateSetter, diags *diag.Diagnostics) {
	readBackAfterCreate(diags, fmt.Sprintf("%s %d", lc.what, id), func(got *diag.Diagnostics) bool {
		return lc.refresh(ctx, c, id, st, false, got)
	})
	lc.keepNeighbours(ctx, c, p, id, diags)
}

// updateObject is the tail of an Update that writes the plan as it is:
// write sends the update of the object in state (its ID from idText) and
// the object is read back into the plan's values. A refusal names the
// object (name).
func (d *providerData) updateObject(ctx context.Context, lc objectLifecycle, c *autotask.Client, idText, name types.String,
	req resource.UpdateRequest, resp *resource.UpdateResponse, write func(id int64) error,
) {
	id, ok := existingID(idText, &resp.Diagnostics)
	if !ok {
		return
	}
	if err := write(id); err != nil {
		resp.Diagnostics.AddError(fmt.Sprintf("Could not update %s %q", lc.what, name.ValueString()), d.apiErrorDetail(err))
		return
	}
	resp.State.Raw = req.Plan.Raw.Copy()
	d.readBackUpdated(ctx, lc, c, id, &resp.State, resp.Private, &resp.Diagnostics)
}

// readBackUpdated reads back the object an update has just written. An
// object that is gone by then is an error: the update did not take.
func (d *providerData) readBackUpdated(ctx context.Context, lc objectLifecycle, c *autotask.Client, id int64, st *tfsdk.State, p privateSetter, diags *diag.Diagnostics) {
	if !lc.refresh(ctx, c, id, st, false, diags) {
		diags.AddError(capitalize(lc.what)+" vanished",
			fmt.Sprintf("%s %d was updated, but reading it back found nothing: it was deleted in Autotask during the apply. "+
				"The next plan creates it again.", capitalize(lc.what), id))
		return
	}
	lc.keepNeighbours(ctx, c, p, id, diags)
}

// keepNeighbours keeps with the object the ids its entities' services know
// now (read_ahead.go), when it has any.
func (lc objectLifecycle) keepNeighbours(ctx context.Context, c *autotask.Client, p privateSetter, id int64, diags *diag.Diagnostics) {
	if lc.services != nil {
		diags.Append(keepNeighbours(ctx, p, id, lc.services(c)...)...)
	}
}

// removeObject is every managed object's Delete: it deletes or
// deactivates the object in state, or only forgets it. An object already
// gone is no error; when Autotask refuses, the error names the object,
// gives Autotask's words and then the advice.
func (d *providerData) removeObject(ctx context.Context, lc objectLifecycle, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var idText, name types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &idText)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(lc.nameAttr), &name)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(idText, &resp.Diagnostics)
	if !ok || (lc.remove.forget != nil && lc.remove.forget(ctx, req.State)) {
		return
	}
	c, diags := d.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := lc.remove.do(ctx, c, id); err != nil && !autotask.IsNotFound(err) {
		detail := d.apiErrorDetail(err)
		if lc.remove.advice != "" {
			detail += "\n\n" + lc.remove.advice
		}
		resp.Diagnostics.AddError(fmt.Sprintf("Could not %s %s %q", lc.remove.verb, lc.what, name.ValueString()), detail)
	}
}

// systemLevel is removal.forget for the level types: system levels are
// permanent, and a destroy only forgets them.
func systemLevel(ctx context.Context, st tfsdk.State) bool {
	var system types.Bool
	st.GetAttribute(ctx, path.Root("system"), &system)
	return system.ValueBool()
}

// importByIDOrKey is every managed object's ImportState: a numeric import ID
// must be a valid ID (idOf), anything else is a natural key resolved by
// lc.lookup (its errors end up in the diagnostic).
func (d *providerData) importByIDOrKey(ctx context.Context, lc objectLifecycle, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	key := strings.TrimSpace(req.ID)
	if _, err := strconv.ParseInt(key, 10, 64); err == nil {
		id, err := idOf(types.StringValue(key))
		if err != nil {
			resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("%s. Import a %s by its ID or %s.", err.Error(), lc.what, strings.TrimPrefix(lc.key.is, "the ")))
			return
		}
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(id, 10)))...)
		return
	}
	c, diags := d.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := lc.lookup(ctx, c, key)
	if err != nil {
		detail := d.lookupDetail(err, lc.key, key)
		if !strings.HasSuffix(detail, ".") {
			detail += "."
		}
		resp.Diagnostics.AddError(capitalize(lc.what)+" not found", "Could not import "+strconv.Quote(key)+": "+detail+
			" Import by numeric ID or exact "+strings.TrimPrefix(lc.key.is, "the ")+".")
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(id, 10)))...)
}

// oneID is a lookup of an import key through an exactly-one query.
func oneID[T any](svc func(*autotask.Client) *autotask.Service[T], id func(*T) int64, filter func(key string) (autotask.Filter, error)) func(context.Context, *autotask.Client, string) (int64, error) {
	return func(ctx context.Context, c *autotask.Client, key string) (int64, error) {
		f, err := filter(key)
		if err != nil {
			return 0, err
		}
		found, err := svc(c).One(ctx, f)
		if err != nil {
			return 0, err
		}
		return id(found), nil
	}
}

// eqKey is the filter of a key that is one field's value.
func eqKey(field string) func(string) (autotask.Filter, error) {
	return func(key string) (autotask.Filter, error) { return autotask.Eq(field, key), nil }
}

// capitalize upper-cases the first letter ("security level" -> "Security level").
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// warnForgetSystemLevel says at plan what destroying a system level does:
// nothing in Autotask, where system levels are permanent. It is no rule
// (no rule runs on destroy) and never blocks the destroy.
func warnForgetSystemLevel(diags *diag.Diagnostics, address string) {
	diags.AddWarning("Destroying "+address+" only forgets it",
		"System levels are permanent in Autotask: the destroy removes it from Terraform's state and leaves it as it is.")
}
