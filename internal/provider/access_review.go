package provider

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// Access review: a plan that changes what existing users may do says, once
// per changed object, who gains or loses which permission (AT501), and a
// gain of a permission listed in deny_new_access fails the plan (AT502).
// Who is on which level is read from the PSA at most once per plan, and
// only when a plan changes permissions.

// accessReviewCache holds the portal logins (who is on which portal level),
// read at most once per provider process.
type accessReviewCache struct {
	portalOnce  sync.Once
	portalUsers []autotask.ClientPortalUser
	portalErr   error
	reported    sync.Once
}

// displayName names a resource for a review: "Jane Doe (jdoe)".
func displayName(r autotask.Resource) string {
	name := strings.TrimSpace(deref(r.FirstName) + " " + deref(r.LastName))
	if name == "" {
		return deref(r.UserName)
	}
	return fmt.Sprintf("%s (%s)", name, deref(r.UserName))
}

// usersOnLevel lists the active users on security level id.
func (d *providerData) usersOnLevel(ctx context.Context, id int64) ([]string, error) {
	res, err := d.psaResources(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range res {
		if deref(r.UserType) == id && deref(r.IsActive) {
			out = append(out, displayName(r))
		}
	}
	sort.Strings(out)
	return out, nil
}

// usersOnPortalLevel lists the active portal logins on portal level id.
func (d *providerData) usersOnPortalLevel(ctx context.Context, id int64) ([]string, error) {
	v := &d.review
	v.portalOnce.Do(func() {
		c, err := d.lookupClient(ctx)
		if err != nil {
			v.portalErr = err
			return
		}
		v.portalUsers, v.portalErr = c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{
			Filter:        []autotask.Filter{autotask.Exist("id")},
			IncludeFields: []string{"id", "userName", "securityLevel", "isClientPortalActive"},
		})
	})
	if v.portalErr != nil {
		return nil, v.portalErr
	}
	var out []string
	for _, u := range v.portalUsers {
		if deref(u.SecurityLevel) == id && deref(u.IsClientPortalActive) {
			out = append(out, deref(u.UserName))
		}
	}
	sort.Strings(out)
	return out, nil
}

// reviewChange returns the access change of an object whose permissions go
// from before to after, for evaluate.Input.Changes, or nil when nothing
// changes. users reads who is affected; it is called only when something
// does change. A failure to read them is said once per plan and the review
// goes on without names (AT502 still applies).
func (d *providerData) reviewChange(ctx context.Context, address, object string, before, after catalog.Settings,
	users func(context.Context) ([]string, error), diags *diag.Diagnostics) []evaluate.AccessChange {
	if len(evaluate.DiffAccess(before, after)) == 0 {
		return nil
	}
	names, err := users(ctx)
	if err != nil {
		d.review.reported.Do(func() {
			diags.AddWarning("The access review could not read who is affected",
				"The plan changes permissions, but reading the users they apply to failed, so the review (AT501) names no users: "+d.apiErrorDetail(err))
		})
	}
	return []evaluate.AccessChange{{Address: address, Object: object, Users: names, Before: before, After: after}}
}

// effectiveChange reads the before and after of an effective_permissions
// attribute (state and plan) with groups; ok is false when either is not
// known.
func effectiveChange(state, plan types.Object, groups []permGroup) (before, after catalog.Settings, ok bool) {
	if state.IsNull() || state.IsUnknown() || plan.IsNull() || plan.IsUnknown() {
		return nil, nil, false
	}
	b, err := settingsFromGroups(state, groups)
	if err != nil {
		return nil, nil, false
	}
	a, err := settingsFromGroups(plan, groups)
	if err != nil {
		return nil, nil, false
	}
	return b, a, true
}

// permissionKeyKnown reports whether k names a permission the review
// compares: a security-level, portal or protected-data permission.
func permissionKeyKnown(k catalog.Key) bool {
	if _, ok := catalog.PermissionByKey(k); ok {
		return true
	}
	if _, ok := catalog.PortalPermissionByKey(k); ok {
		return true
	}
	_, ok := catalog.ProtectedPermissionByKey(k)
	return ok
}
