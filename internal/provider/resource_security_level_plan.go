package provider

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// securityLevelKey finds custom security levels by name (system levels
// are never orphans: they cannot be created).
var securityLevelKey = &naturalKeySpec{
	resourceType: "autotask_security_level",
	what:         "security level",
	keyAttr:      "name",
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return securityLevelKeys(ctx, c, autotask.Eq("isSystem", false))
	},
	find: func(ctx context.Context, c *autotask.Client, name string) ([]keyedObject, error) {
		return securityLevelKeys(ctx, c, autotask.And(autotask.Eq("isSystem", false), autotask.Eq("name", name)))
	},
}

// securityLevelKeys lists the names of the levels filter matches (one
// paged query of ids and names only).
func securityLevelKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	keys, err := c.SecurityLevels().Keys(ctx, "name", filter)
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, len(keys))
	for i, k := range keys {
		out[i] = keyedObject{ID: k.ID, Key: k.Value, Active: true}
	}
	return out, nil
}

// checkExisting is ModifyPlan's natural-key check for a level about to be
// created or renamed: an orphan with the same name is an error with its
// import block, or — with adopt_existing — is compared with the plan and
// announced for adoption; a renamed level's new name must be free.
func (r *SecurityLevelResource) checkExisting(ctx context.Context, state *securityLevelResourceModel, replaced int64, plan securityLevelResourceModel, diags *diag.Diagnostics) {
	if plan.Name.IsNull() || plan.Name.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = state.Name, state.ID
	}
	want, known := desiredSecurityLevel(plan)
	r.data.planKeyChange(ctx, r.keyClaim(plan.Name.ValueString(), replaced, want, known), before, self, diags)
}

// keyClaim is the claim of a level named name that would be want (known
// false while part of it is known only at apply).
func (r *SecurityLevelResource) keyClaim(name string, replaced int64, want *autotask.SecurityLevel, known bool) keyClaim {
	return keyClaim{spec: securityLevelKey, key: name, replaced: replaced, compare: compareRemote(r.data,
		func(bool) bool { return known },
		func(ctx context.Context, c *autotask.Client, id int64) (*autotask.SecurityLevel, error) {
			return c.SecurityLevels().Get(ctx, id)
		},
		func(remote *autotask.SecurityLevel, _ bool) []string { return securityLevelDiff(remote, want) })}
}

// createOrAdopt creates the level, or with adopt_existing takes over an
// existing one of the same name whose settings all match item.
func (r *SecurityLevelResource) createOrAdopt(ctx context.Context, c *autotask.Client, item *autotask.SecurityLevel) (int64, error) {
	name := deref(item.Name)
	id, _, err := r.data.createOrReuse(ctx, c, r.keyClaim(name, 0, item, true), func() (int64, error) {
		return c.SecurityLevels().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("name", name)})
	})
	return id, err
}

// desiredSecurityLevel is the level a plan would create, when every part of
// it is known.
func desiredSecurityLevel(plan securityLevelResourceModel) (*autotask.SecurityLevel, bool) {
	if plan.Description.IsUnknown() || plan.Active.IsUnknown() || plan.CopyFromID.IsUnknown() || plan.CopyFromID.IsNull() ||
		plan.Effective.IsUnknown() || plan.Effective.IsNull() {
		return nil, false
	}
	perms, err := settingsFromValue(plan.Effective)
	if err != nil {
		return nil, false
	}
	return &autotask.SecurityLevel{
		Name:                      autotask.String(plan.Name.ValueString()),
		Description:               autotask.String(plan.Description.ValueString()),
		IsActive:                  autotask.Bool(plan.Active.ValueBool()),
		CopiedFromSecurityLevelID: autotask.Int64(plan.CopyFromID.ValueInt64()),
		Permissions:               perms,
	}, true
}

// securityLevelDiff lists, in the configuration's terms, every way remote
// differs from the level want would create.
func securityLevelDiff(remote, want *autotask.SecurityLevel) []string {
	var out []string
	if deref(remote.IsSystem) {
		out = append(out, "it is a system level, which Terraform never creates")
	}
	if a, b := deref(remote.Name), deref(want.Name); a != b {
		out = append(out, fmt.Sprintf("name: %q in Autotask, %q configured", a, b))
	}
	if a, b := deref(remote.Description), deref(want.Description); a != b {
		out = append(out, fmt.Sprintf("description: %q in Autotask, %q configured", a, b))
	}
	if a, b := deref(remote.IsActive), deref(want.IsActive); a != b {
		out = append(out, fmt.Sprintf("active: %t in Autotask, %t configured", a, b))
	}
	if a, b := deref(remote.CopiedFromSecurityLevelID), deref(want.CopiedFromSecurityLevelID); a != b {
		out = append(out, fmt.Sprintf("copy_from: %s in Autotask, %s configured", levelLabel(a), levelLabel(b)))
	}
	return append(out, settingsDiff(remote.Permissions, want.Permissions)...)
}

// settingsDiff lists every permission in which remote differs from want.
func settingsDiff(remote, want catalog.Settings) []string {
	var out []string
	for _, k := range want.Diff(remote) {
		out = append(out, fmt.Sprintf("%s.%s: %q in Autotask, %q configured", k.Module(), k.Name(), remote[k], want[k]))
	}
	return out
}

func levelLabel(id int64) string {
	if l, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return strconv.Quote(l.Name)
	}
	return "level " + strconv.FormatInt(id, 10)
}
