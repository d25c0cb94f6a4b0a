package evaluate

import (
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// adminIdx are the permissions Terraform's own level must keep.
func adminIdx() [2]int { return [2]int{idxManageResources, idxManageSecurity} }

// selfProblems lists why level l cannot host Terraform's own API user.
// had reports whether Terraform holds permission i today; what it does not
// hold it cannot lose.
func selfProblems(l *lvl, had func(i int) bool) []string {
	var out []string
	if l.inactive {
		out = append(out, "is inactive")
	}
	if l.vals != nil {
		for _, i := range adminIdx() {
			if l.vals[i] != catalog.Yes && had(i) {
				out = append(out, "lacks "+perms[i].quoted)
			}
		}
	}
	return out
}

// heldBefore reports, for each permission index, whether level l granted
// it before the plan; unknown counts as granted.
func (r *run) heldBefore(l *lvl) func(i int) bool {
	var before []catalog.Value
	switch {
	case l == nil:
	case l.in != nil && l.sys == nil:
		if rem := r.remoteBefore[l.in.ID]; l.in.ID != 0 && rem != nil && rem.Settings != nil {
			before = make([]catalog.Value, len(perms))
			for i, p := range perms {
				before[i] = rem.Settings[p.Key]
			}
		}
	default:
		before = l.vals
	}
	return func(i int) bool { return before == nil || before[i] == catalog.Yes }
}

// checkSelf runs the lock-out rules (AT401-AT404) for Terraform's own API
// user.
func (r *run) checkSelf() {
	s := r.in.Self
	if s == nil {
		return
	}
	var cur *lvl
	if !s.Level.IsZero() {
		cur = r.resolve(s.Level)
	}
	target, moved := cur, false
	ui := r.selfUser()
	if ui >= 0 {
		u := &r.in.APIUsers[ui]
		if !strings.EqualFold(u.UserName, s.UserName) {
			r.add(Finding{RuleID: RuleSelfRenamed, Address: u.Address, Path: at(u.PathPrefix, AttrUserName),
				Summary: "Terraform's own API user " + quote(s.UserName) + " would be renamed to " + u.describe() + ".",
				Detail:  "The provider signs in with the current user name (username); after the rename the PSA no longer knows it and Terraform is locked out.",
				FixHCL:  renderHCL(hclAttr(AttrUserName, hclString(s.UserName))),
				Fix:     "To rename it, do so in the Autotask UI and update username in the provider block at the same time."})
		}
		if u.TrackingChanging {
			r.add(Finding{RuleID: RuleSelfTrackingChanged, Address: u.Address, Path: at(u.PathPrefix, AttrIntegration),
				Summary: "Terraform's own API user " + u.describe() + " would get another API tracking identifier.",
				Detail:  "The provider sends the current identifier (integration_code) with every call; after the change the PSA refuses it and Terraform is locked out.",
				Fix:     "Put integration back as it is in the PSA; to change it, do so in the Autotask UI and update integration_code in the provider block at the same time."})
		}
		if u.Inactive {
			r.add(Finding{RuleID: RuleSelfDeactivated, Address: u.Address, Path: at(u.PathPrefix, AttrActive),
				Summary: "Terraform's own API user " + u.describe() + " would be deactivated.",
				Detail:  "An inactive API user cannot authenticate, so Terraform would lock itself out.",
				FixHCL:  renderHCL(hclAttr(AttrActive, hclBool(true)))})
		}
		if t := r.userLvl[ui]; t != nil {
			moved = cur != nil && t != cur
			target = t
		}
		if moved {
			if problems := selfProblems(target, r.heldBefore(cur)); len(problems) > 0 {
				f := Finding{RuleID: RuleSelfMoved, Address: u.Address, Path: at(u.PathPrefix, AttrSecurityLevel),
					Summary: "Terraform's own API user " + u.describe() + " would move to " + target.describe() + ", which " + strings.Join(problems, " and ") + ".",
					Detail:  "After the move Terraform would lack what it needs to manage security (an active level with Manage Resources and Manage Security Levels), and could not undo the change.",
					Fix:     "Keep Terraform's API user on its level, or move it only to an active level that grants " + perms[idxManageResources].quoted + " and " + perms[idxManageSecurity].quoted + "."}
				if id := cur.id(); id != 0 {
					f.FixHCL = renderHCL(hclAttr(AttrSecurityLevel, hclNumber(int(id))).withComment("the level it is on now: " + cur.describe()))
					f.Fix = "Or move it only to an active level that grants " + perms[idxManageResources].quoted + " and " + perms[idxManageSecurity].quoted + "."
				}
				r.add(f)
			}
			return
		}
	}
	// Only a custom level of this plan can change under Terraform's feet.
	if target == nil || target.in == nil || target.sys != nil {
		return
	}
	if target.inactive {
		r.add(Finding{RuleID: RuleSelfDeactivated, Address: target.address, Path: at(target.prefix, AttrActive),
			Summary: target.describe() + " would be inactivated while Terraform's own API user is on it.",
			Detail:  "Users of an inactive level cannot sign in, so Terraform would lock itself out.",
			FixHCL:  renderHCL(hclAttr(AttrActive, hclBool(true)))})
	}
	if target.vals == nil {
		return
	}
	had := r.heldBefore(target)
	for _, i := range adminIdx() {
		if target.vals[i] == catalog.Yes || !had(i) {
			continue
		}
		p := perms[i]
		r.add(Finding{RuleID: RuleSelfLosesAdmin, Address: target.address, Path: atPath(target.prefix, p.path), Key: p.Key,
			Summary: target.describe() + " would lose " + p.quoted + " while Terraform's own API user is on it.",
			Detail:  "Terraform needs " + p.quoted + " to manage security; without it the provider locks itself out and cannot undo the change.",
			FixHCL:  permissionFix(kv{p.Key, catalog.Yes})})
	}
}
