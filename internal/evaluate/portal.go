package evaluate

import (
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// portalRule is a catalog.PortalRule with its permissions resolved.
type portalRule struct {
	catalog.PortalRule
	idx, whenIdx int
}

var portalRuleTable []portalRule

func buildPortalRules() {
	for _, pr := range catalog.PortalRules() {
		c := portalRule{PortalRule: pr, whenIdx: -1}
		i, ok := portalIdx[pr.Key]
		if !ok {
			panic("evaluate: portal rule " + pr.ID + " names unknown permission " + string(pr.Key))
		}
		c.idx = i
		if pr.WhenKey != "" {
			w, ok := portalIdx[pr.WhenKey]
			if !ok {
				panic("evaluate: portal rule " + pr.ID + " names unknown permission " + string(pr.WhenKey))
			}
			c.whenIdx = w
		}
		portalRuleTable = append(portalRuleTable, c)
	}
}

func (pl *PortalLevel) describe() string {
	switch {
	case pl.Address != "":
		return pl.Address
	case pl.Name != "":
		return quote(pl.Name)
	}
	return "the portal level"
}

// checkPortal runs the rules on Client Portal and Taskfire levels.
func (r *run) checkPortal() {
	for i := range r.in.PortalLevels {
		pl := &r.in.PortalLevels[i]
		r.checkValues(pl.Address, pl.PathPrefix, pl.Settings, portalPerms, portalIdx, "portal")
		vals, typ, err := pl.values()
		if err != nil {
			if pl.isSystem() {
				r.add(Finding{RuleID: RuleUnknownBase, Address: pl.Address, Path: at(pl.PathPrefix, AttrName),
					Summary: pl.describe() + " is not a system portal level.",
					Detail:  err.Error() + ".",
					Fix:     "Name a system portal level, or manage it as a custom level."})
			} else {
				r.add(Finding{RuleID: RuleInvalidValue, Address: pl.Address, Path: at(pl.PathPrefix, AttrType),
					Summary: quote(string(pl.Type)) + " is not a portal level type.",
					Detail:  "A portal level is either a Client Access or a Taskfire level.",
					Fix:     "Set type to " + quote(string(catalog.PortalClientAccess)) + " or " + quote(string(catalog.PortalTaskfire)) + "."})
			}
			continue
		}
		if pl.isSystem() {
			r.checkSystemPortal(pl, vals)
			continue
		}
		if pl.Deleting {
			continue
		}
		r.checkPortalRules(pl, vals, typ)
		r.checkPortalRisks(pl, vals)
	}
}

func (r *run) checkSystemPortal(pl *PortalLevel, vals []catalog.Value) {
	for k, v := range pl.Settings {
		i, ok := portalIdx[k]
		if !ok {
			continue
		}
		p := portalPerms[i]
		if !valid(p.Permission, v) || v == vals[i] {
			continue
		}
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: k,
			Summary: "System portal level " + pl.describe() + " is read-only: " + p.quoted + " stays " + quote(string(vals[i])) + ".",
			Detail:  "System portal levels cannot be changed; the configuration asks for " + quote(string(v)) + ".",
			Fix:     "Create a custom portal level instead."})
	}
	if pl.Deleting {
		r.add(Finding{RuleID: RuleSystemLevelDeleted, Address: pl.Address, Path: at(pl.PathPrefix, AttrName),
			Summary: "System portal level " + pl.describe() + " cannot be deleted.",
			Detail:  "System portal levels are permanent.",
			Fix:     "Remove it from Terraform state instead of destroying it."})
	}
}

func (r *run) checkPortalRules(pl *PortalLevel, vals []catalog.Value, typ catalog.PortalType) {
	for _, pr := range portalRuleTable {
		if pr.OnlyFor != "" && typ == pr.OnlyFor {
			continue
		}
		if pr.whenIdx >= 0 && vals[pr.whenIdx] != pr.WhenValue {
			continue
		}
		p := portalPerms[pr.idx]
		v := vals[pr.idx]
		var cond string
		if pr.whenIdx >= 0 {
			cond = " while " + portalPerms[pr.whenIdx].quoted + " is " + quote(string(pr.WhenValue))
		}
		detail := pr.Summary + " (portal rule " + pr.ID + ")"
		switch {
		case pr.Forced != "":
			if v == pr.Forced {
				continue
			}
			r.add(Finding{RuleID: RulePortalConstraint, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " must be " + quote(string(pr.Forced)) + cond + "; it is " + quote(string(v)) + ".",
				Detail:  detail, Fix: "Set " + string(p.Key) + " = " + quote(string(pr.Forced)) + "."})
		case pr.OnlyFor != "":
			if v == p.Floor {
				continue
			}
			r.add(Finding{RuleID: RulePortalConstraint, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " applies only to " + string(pr.OnlyFor) + " levels; on a " + string(typ) + " level it must stay " + quote(string(p.Floor)) + cond + ".",
				Detail:  detail, Fix: "Set " + string(p.Key) + " = " + quote(string(p.Floor)) + "."})
		default:
			if v == p.Floor {
				continue
			}
			r.add(Finding{RuleID: RulePortalNoEffect, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " has no effect" + cond + ".",
				Detail:  detail, Fix: "Set " + string(p.Key) + " = " + quote(string(p.Floor)) + ", or open the area it belongs to."})
		}
	}
}

func (r *run) checkPortalRisks(pl *PortalLevel, vals []catalog.Value) {
	if i := portalIdx[catalog.PortalKeyFinancials]; vals[i] == catalog.Yes {
		p := portalPerms[i]
		r.add(Finding{RuleID: RulePortalFinancials, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
			Summary: "Users of " + pl.describe() + " can see invoices and financial reports, and pay invoices.",
			Detail:  "A client who can see an invoice in the portal can also make a payment on it.",
			Fix:     "Grant " + string(p.Key) + " only on levels for the customer's billing contacts."})
	}
	if i := portalIdx[catalog.PortalKeyManageLogins]; vals[i] == catalog.Yes {
		p := portalPerms[i]
		r.add(Finding{RuleID: RulePortalManageLogins, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
			Summary: "Users of " + pl.describe() + " can create portal logins, assign levels and reset passwords.",
			Detail:  "Managing portal logins lets a customer contact add portal users, give them any client-assignable level and reset their passwords.",
			Fix:     "Grant " + string(p.Key) + " only to the customer's designated portal administrators."})
	}
}
