package provider

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// securityLevelExisting finds custom security levels by name (system
// levels are never orphans: they cannot be created).
var securityLevelExisting = existingSpec{
	resourceType: "autotask_security_level",
	what:         "security level",
	keyAttr:      "name",
	keys: func(ctx context.Context, c *autotask.Client) ([]autotask.NaturalKey, error) {
		return c.SecurityLevels().Keys(ctx, "name", autotask.Eq("isSystem", false))
	},
}

// checkExisting is ModifyPlan's check for a level about to be created: an
// orphan with the same name is an error with its import block, or — with
// adopt_existing — is compared with the plan and announced for adoption.
// The plan of an existing level records its ID for the create half of a
// replacement.
func (r *SecurityLevelResource) checkExisting(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse, plan securityLevelResourceModel) {
	diags := &resp.Diagnostics
	if !req.State.Raw.IsNull() {
		var id types.String
		diags.Append(req.State.GetAttribute(ctx, path.Root("id"), &id)...)
		diags.Append(markReplaceable(ctx, resp.Private, id.ValueString())...)
		return
	}
	if plan.Name.IsNull() || plan.Name.IsUnknown() {
		return
	}
	name := plan.Name.ValueString()
	id := r.data.planExisting(ctx, securityLevelExisting, name, replacedID(ctx, req.Private), diags)
	if id == 0 {
		return
	}
	want, ok := desiredSecurityLevel(plan)
	if !ok {
		diags.AddAttributeWarning(path.Root("name"), fmt.Sprintf("Existing security level %q (ID %d) may be adopted", name, id),
			"adopt_existing is on; part of the configuration is known only at apply, so the apply compares the existing level with it "+
				"and adopts it only if every setting matches.")
		return
	}
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	if diags.HasError() {
		return
	}
	remote, err := c.SecurityLevels().Get(ctx, id)
	if err != nil {
		diags.AddAttributeError(path.Root("name"), fmt.Sprintf("Could not read the existing security level %q (ID %d)", name, id), r.data.apiErrorDetail(err))
		return
	}
	r.data.adoptVerdict(securityLevelExisting, name, id, securityLevelDiff(remote, want), diags)
}

// createOrAdopt creates the level, or with adopt_existing takes over an
// existing one of the same name whose settings all match item.
func (r *SecurityLevelResource) createOrAdopt(ctx context.Context, c *autotask.Client, item *autotask.SecurityLevel) (int64, error) {
	name := deref(item.Name)
	if r.data.adoptExisting {
		ids, err := r.data.existingIDs(ctx, securityLevelExisting, name)
		if err != nil {
			return 0, fmt.Errorf("looking for an existing security level named %q: %w", name, err)
		}
		if len(ids) > 1 {
			return 0, fmt.Errorf("%d security levels are named %q (IDs %s); import the one to keep and remove the others in Autotask", len(ids), name, joinIDs(ids))
		}
		if len(ids) == 1 {
			remote, err := c.SecurityLevels().Get(ctx, ids[0])
			if autotask.IsNotFound(err) {
				// gone since this process listed the names: the level
				// this create replaces, deleted a moment ago
				return c.SecurityLevels().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("name", name)})
			}
			if err != nil {
				return 0, fmt.Errorf("reading the existing security level %q (ID %d): %w", name, ids[0], err)
			}
			if differ := securityLevelDiff(remote, item); len(differ) > 0 {
				return 0, &adoptError{spec: securityLevelExisting, key: name, id: ids[0], differ: differ}
			}
			return ids[0], nil
		}
	}
	return c.SecurityLevels().Create(ctx, item, autotask.CreateOptions{NaturalKey: autotask.Eq("name", name)})
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
	for _, k := range want.Permissions.Diff(remote.Permissions) {
		out = append(out, fmt.Sprintf("%s.%s: %q in Autotask, %q configured", k.Module(), k.Name(), remote.Permissions[k], want.Permissions[k]))
	}
	return out
}

func levelLabel(id int64) string {
	if l, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return strconv.Quote(l.Name)
	}
	return "level " + strconv.FormatInt(id, 10)
}
