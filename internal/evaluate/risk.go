package evaluate

import (
	"slices"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// checkRisks runs the AT301-AT304 rules on the custom levels of the Input.
func (r *run) checkRisks() {
	served := map[*lvl][]*profInfo{}
	for i, l := range r.userLvl {
		pi := r.userProf[i]
		if l == nil || pi == nil {
			continue
		}
		dup := false
		for _, q := range served[l] {
			dup = dup || q == pi
		}
		if !dup {
			served[l] = append(served[l], pi)
		}
	}
	for _, l := range r.levels {
		if l.sys != nil || l.base == nil || l.vals == nil {
			continue
		}
		for _, name := range l.in.Profiles {
			if pi := profileFor(name); pi != nil && !slices.Contains(served[l], pi) {
				served[l] = append(served[l], pi)
			}
		}
		r.checkCoManagedAdmin(l)
		r.checkApprovePost(l)
		r.checkRemovableMine(l)
		r.checkHiddenAdmin(l, served[l])
	}
}

func (r *run) checkCoManagedAdmin(l *lvl) {
	if l.base.ID != catalog.CoManagedHelpDesk || !r.on(RuleCoManagedAdmin) {
		return
	}
	for i, p := range perms {
		if p.Module != catalog.ModuleAdmin || !p.aboveFloor(l.vals[i]) {
			continue
		}
		r.add(Finding{RuleID: RuleCoManagedAdmin, Address: l.address, Path: atPath(l.prefix, p.path), Key: p.Key,
			Summary: l.describe() + " is a copy of " + l.base.DisplayName + " but grants " + p.quoted + ".",
			Detail:  "Co-managed levels are for a customer's own IT staff; Admin permissions would let people outside the MSP administer the instance. Autotask allows it but advises against it.",
			FixHCL:  permissionFix(kv{p.Key, p.Floor})})
	}
}

func (r *run) checkApprovePost(l *lvl) {
	if l.vals[idxApprovePost] != catalog.Yes || !r.on(RuleApprovePostOverride) {
		return
	}
	var restricted []string
	for _, i := range []int{idxChargesView, idxChargesEdit, idxChargesDelete} {
		if l.vals[i] == catalog.None {
			restricted = append(restricted, perms[i].quoted)
		}
	}
	if len(restricted) == 0 {
		return
	}
	p := perms[idxApprovePost]
	r.add(Finding{RuleID: RuleApprovePostOverride, Address: l.address, Path: atPath(l.prefix, p.path), Key: p.Key,
		Summary: l.describe() + " grants " + p.quoted + ", which overrides " + strings.Join(restricted, ", ") + " = \"None\".",
		Detail:  "Approve & Post takes precedence over the charge and expense View, Add, Edit and Delete settings, so users of this level can still see and change charges and expenses.",
		FixHCL:  permissionFix(kv{p.Key, p.Floor}),
		Fix:     "Or grant the charge and expense access openly."})
}

func (r *run) checkRemovableMine(l *lvl) {
	if !r.on(RuleRemovableAssociation) {
		return
	}
	var names []string
	var none []kv
	first := -1
	for _, i := range removableMine {
		if l.vals[i] != catalog.Mine {
			continue
		}
		if first < 0 {
			first = i
		}
		names = append(names, perms[i].quoted)
		none = append(none, kv{perms[i].Key, catalog.None})
	}
	if first < 0 {
		return
	}
	r.add(Finding{RuleID: RuleRemovableAssociation, Address: l.address, Path: atPath(l.prefix, perms[first].path), Key: perms[first].Key,
		Summary: "Access of " + l.describe() + " rests on associations its users can remove: " + strings.Join(names, ", ") + ".",
		Detail:  "With Mine a user reaches only objects they are associated with (team member, department lead, account manager or opportunity owner, workgroup lead, account team, assigned resource). Removing the association removes the access, and adding one grants it.",
		FixHCL:  permissionFix(none...),
		Fix:     "Or \"All\" where the users need every one of them."})
}

func (r *run) checkHiddenAdmin(l *lvl, served []*profInfo) {
	if l.license == nil || l.license.Type == catalog.LicenseAdministrator || !r.on(RuleHiddenAdministrator) {
		return
	}
	for _, i := range []int{idxManageResources, idxManageSecurity} {
		if l.vals[i] != catalog.Yes {
			continue
		}
		p := perms[i]
		what := "manage resources (it can move anyone, itself included, to any security level)"
		if i == idxManageSecurity {
			what = "manage security levels (it can grant any level anything)"
		}
		summary := l.describe() + " is not an administrator level (" + string(l.license.Type) + " license) but can " + what + ": it is effectively an administrator."
		detail := "Whoever holds " + p.quoted + " can raise their own access to anything."
		var needers []string
		for _, pi := range served {
			if pi.need[i] >= 0 {
				needers = append(needers, pi.Vendor)
			}
		}
		fixHCL, fix := permissionFix(kv{p.Key, p.Floor}), "Or use an Administrator-license level for whoever must have it."
		if len(needers) > 0 {
			who := strings.Join(needers, " and ")
			summary = l.describe() + " can " + what + " because the " + who + " recipe requires " + p.quoted + "; this makes it effectively an administrator."
			detail = "The " + who + " recipe needs " + p.quoted + ", so the integration will not work without it. It is still an administrator's power: anyone holding the API user's credentials can raise their own access to anything."
			fixHCL = acknowledgeFix(RuleHiddenAdministrator, "The "+who+" recipe needs it; its API credentials are kept like an administrator's.")
			fix = "The recipe needs the permission, so it stays: protect the " + who + " API credentials like an administrator's and review them regularly; " +
				"the attribute above records that on the level."
		}
		f := Finding{RuleID: RuleHiddenAdministrator, Address: l.address, Path: atPath(l.prefix, p.path), Key: p.Key,
			Summary: summary, Detail: detail, FixHCL: fixHCL, Fix: fix}
		if _, set := r.opts.SeverityOverrides[RuleHiddenAdministrator]; len(needers) > 0 && !set {
			r.addAs(f, SeverityInfo) // the integration cannot work without it: known, not news
			continue
		}
		r.add(f)
	}
}
