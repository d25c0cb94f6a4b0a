package provider

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// portalUserKey finds Client Portal logins by contact: a contact has one
// login. Autotask cannot delete a login: a destroyed one stays inactive
// (keeping its user name), and a create for its contact takes it back.
var portalUserKey = &naturalKeySpec{
	resourceType: "autotask_client_portal_user",
	what:         "Client Portal login",
	keyAttr:      "contact_id",
	reactivates:  true,
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return portalUserKeys(ctx, c, autotask.Exist("id"))
	},
	find: func(ctx context.Context, c *autotask.Client, contact string) ([]keyedObject, error) {
		id, _ := strconv.ParseInt(contact, 10, 64)
		return portalUserKeys(ctx, c, autotask.Eq("contactID", id))
	},
	show:   func(contact string) string { return "contact " + contact },
	phrase: func(contact string) string { return "for contact " + contact },
}

func portalUserKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	found, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter},
		IncludeFields: []string{"id", "contactID", "userName", "isClientPortalActive"}})
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(found))
	for i, u := range found {
		out[i] = keyedObject{ID: u.ID, Key: strconv.FormatInt(deref(u.ContactID), 10), Active: deref(u.IsClientPortalActive), Name: deref(u.UserName)}
	}
	return out, nil
}

// checkTaken is ModifyPlan's natural-key check of a login: for a new one,
// the contact's existing login (taken back when inactive; an orphan,
// adopted with adopt_existing when it matches, when active); for a new or
// renamed one, another login with the user name (names are unique in the
// database, and a deactivated login keeps its name). One listing of the
// logins serves both.
func (r *ClientPortalUserResource) checkTaken(ctx context.Context, state *clientPortalUserResourceModel, replaced int64, plan *clientPortalUserResourceModel, diags *diag.Diagnostics) {
	if state == nil && !plan.ContactID.IsUnknown() {
		r.data.planKey(ctx, r.keyClaim(plan, replaced), diags)
	}
	if plan.UserName.IsUnknown() || (state != nil && strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString())) ||
		!r.data.canQueryAtPlan() {
		return
	}
	all, err := r.data.allKeyed(ctx, portalUserKey)
	if err != nil {
		return // planKey, or the next plan, says why
	}
	self := int64(-1)
	if state != nil {
		self = planID(state.ID)
	}
	contact := ""
	if !plan.ContactID.IsUnknown() {
		contact = strconv.FormatInt(plan.ContactID.ValueInt64(), 10)
	}
	for _, u := range all {
		if u.ID == self || (state == nil && u.Key == contact) || !strings.EqualFold(u.Name, plan.UserName.ValueString()) {
			continue // its own login, or the contact's, which this one becomes (a replaced login keeps its name)
		}
		diags.AddAttributeError(path.Root("user_name"), "The portal user name is taken",
			fmt.Sprintf("%q is already the login of contact %s (portal user %d); portal user names are unique in the database, and a "+
				"login keeps its name when it is deactivated (on destroy, or when a new contact_id replaces it). Choose another user name.",
				u.Name, u.Key, u.ID))
		return
	}
}

// keyClaim is the claim of the login plan describes. An inactive login is
// taken back whatever its settings: the apply sets them all.
func (r *ClientPortalUserResource) keyClaim(plan *clientPortalUserResourceModel, replaced int64) keyClaim {
	known := !plan.UserName.IsUnknown() && !plan.SecurityLevelID.IsUnknown() && !plan.Active.IsUnknown()
	userName, level, wantActive := plan.UserName.ValueString(), plan.SecurityLevelID.ValueInt64(), plan.Active.ValueBool()
	return keyClaim{spec: portalUserKey, key: strconv.FormatInt(plan.ContactID.ValueInt64(), 10), replaced: replaced,
		compare: compareRemote(r.data, func(active bool) bool { return known || !active },
			func(ctx context.Context, c *autotask.Client, id int64) (*autotask.ClientPortalUser, error) {
				return c.ClientPortalUsers().Get(ctx, id)
			},
			func(remote *autotask.ClientPortalUser, active bool) []string {
				if !active {
					return nil // taken back: the apply sets everything
				}
				var out []string
				if a := deref(remote.UserName); !strings.EqualFold(a, userName) {
					out = append(out, fmt.Sprintf("user_name: %q in Autotask, %q configured", a, userName))
				}
				if a := deref(remote.SecurityLevel); a != level {
					out = append(out, fmt.Sprintf("security_level_id: %d in Autotask, %d configured", a, level))
				}
				if a := deref(remote.IsClientPortalActive); a != wantActive {
					out = append(out, fmt.Sprintf("active: %t in Autotask, %t configured", a, wantActive))
				}
				return out
			})}
}
