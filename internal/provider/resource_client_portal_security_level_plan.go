package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// portalLevelKey finds Client Portal security levels by name. Names are
// unique among all portal levels, system ones included; a system level's
// name can never be a configured level's.
var portalLevelKey = &naturalKeySpec{
	resourceType: "autotask_client_portal_security_level",
	what:         "Client Portal security level",
	keyAttr:      "name",
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return portalLevelKeys(ctx, c, autotask.Exist("id"))
	},
	find: func(ctx context.Context, c *autotask.Client, name string) ([]keyedObject, error) {
		return portalLevelKeys(ctx, c, autotask.Eq("name", name))
	},
}

func portalLevelKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	found, err := c.ClientPortalSecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter},
		IncludeFields: []string{"id", "name", "isActive", "isSystem"}})
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(found))
	for i, l := range found {
		out[i] = keyedObject{ID: l.ID, Key: deref(l.Name), Active: deref(l.IsActive)}
		if deref(l.IsSystem) {
			out[i].other = fmt.Sprintf("%q is the system Client Portal security level %d; portal level names are unique, system levels included. "+
				"Choose another name.", deref(l.Name), l.ID)
		}
	}
	return out, nil
}

// checkName is ModifyPlan's natural-key check: a name another portal level
// already has, for a new level (an orphan, adopted with adopt_existing when
// it matches) or a renamed one.
func (r *ClientPortalSecurityLevelResource) checkName(ctx context.Context, state *clientPortalSecurityLevelResourceModel, replaced int64,
	plan clientPortalSecurityLevelResourceModel, diags *diag.Diagnostics,
) {
	if plan.Name.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = state.Name, state.ID
	}
	var want *autotask.ClientPortalSecurityLevel
	if !plan.Type.IsUnknown() && !plan.Description.IsUnknown() && !plan.Active.IsUnknown() && !plan.Effective.IsUnknown() && !plan.Effective.IsNull() {
		want, _ = plan.wire()
	}
	r.data.planKeyChange(ctx, r.keyClaim(plan.Name.ValueString(), replaced, want), before, self, diags)
}

// keyClaim is the claim of a level named name that would be want (nil
// while part of it is known only at apply).
func (r *ClientPortalSecurityLevelResource) keyClaim(name string, replaced int64, want *autotask.ClientPortalSecurityLevel) keyClaim {
	return keyClaim{spec: portalLevelKey, key: name, replaced: replaced, compare: compareRemote(r.data,
		func(bool) bool { return want != nil },
		func(ctx context.Context, c *autotask.Client, id int64) (*autotask.ClientPortalSecurityLevel, error) {
			return c.ClientPortalSecurityLevels().Get(ctx, id)
		},
		func(remote *autotask.ClientPortalSecurityLevel, _ bool) []string {
			return portalLevelDiff(remote, want)
		})}
}

// portalLevelDiff lists, in the configuration's terms, every way remote
// differs from the level want would create.
func portalLevelDiff(remote, want *autotask.ClientPortalSecurityLevel) []string {
	var out []string
	if a, b := portalTypeToTF(remote.Type), portalTypeToTF(want.Type); a != b {
		out = append(out, fmt.Sprintf("type: %q in Autotask, %q configured", a, b))
	}
	if a, b := deref(remote.Description), deref(want.Description); a != b {
		out = append(out, fmt.Sprintf("description: %q in Autotask, %q configured", a, b))
	}
	if a, b := deref(remote.IsActive), deref(want.IsActive); a != b {
		out = append(out, fmt.Sprintf("active: %t in Autotask, %t configured", a, b))
	}
	return append(out, settingsDiff(remote.Permissions, want.Permissions)...)
}
