package evaluate

import (
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Client Portal and Taskfire rule IDs besides AT107 and AT108 (and the
// risks AT305, AT306), declared with the other rules in rules.go.
const (
	RulePortalTaskfirePriority = "AT120"
	RulePortalTaskfireSetup    = "AT121"
	RulePortalNoDevicesScope   = "AT122"
	RulePortalDeviceDetails    = "AT123"
	RulePortalPriorityNoCreate = "AT124"
	RulePortalUserTaskfire     = "AT125"
	RulePortalUserInactiveLvl  = "AT126"
)

// portalRule is a catalog.PortalRule with its permissions resolved and its
// rule ID.
type portalRule struct {
	catalog.PortalRule
	ruleID       string
	idx, whenIdx int
}

// portalFamilyRule gives each family of catalogue portal rules (one
// statement of the vendor's page) its rule ID.
var portalFamilyRule = map[string]string{
	catalog.PortalRuleTaskfireNotAssignable: RulePortalTaskfireAssign,
	catalog.PortalRuleTaskfireNoSPPriority:  RulePortalTaskfirePriority,
	catalog.PortalRuleTaskfireSetupOnly:     RulePortalTaskfireSetup,
	catalog.PortalRuleNoDevicesSeesNone:     RulePortalNoDevicesScope,
	catalog.PortalRuleNoProjectAccess:       RulePortalNoProjectAccess,
	catalog.PortalRuleNoDevicesNoDetails:    RulePortalDeviceDetails,
	catalog.PortalRulePriorityNeedsCreate:   RulePortalPriorityNoCreate,
}

var portalRuleTable []portalRule

// PortalRuleID gives the rule ID under which the evaluator reports a family
// of catalogue portal rules (catalog.PortalRule.Family), for docs.
func PortalRuleID(family string) (string, bool) {
	id, ok := portalFamilyRule[family]
	return id, ok
}

func buildPortalRules() {
	for _, pr := range catalog.PortalRules() {
		c := portalRule{PortalRule: pr, whenIdx: -1}
		id, ok := portalFamilyRule[pr.Family]
		if !ok {
			panic("evaluate: portal rule " + pr.ID + " has no rule ID (family " + pr.Family + ")")
		}
		if _, ok := ruleByID[id]; !ok {
			panic("evaluate: portal rule " + pr.ID + " maps to unknown rule " + id)
		}
		c.ruleID = id
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
				f := Finding{RuleID: RuleUnknownBase, Address: pl.Address, Path: at(pl.PathPrefix, AttrName),
					Summary: pl.describe() + " is not a system portal level.",
					Detail:  err.Error() + ".",
					Fix:     "Name a system portal level (" + strings.Join(portalLevelNames(), ", ") + "), or manage it as a custom level."}
				if name, ok := closest(pl.Name, portalLevelNames()); ok {
					f.FixHCL, f.Fix = renderHCL(hclAttr(AttrName, hclString(name))), ""
				}
				r.add(f)
			} else {
				typ := PortalTypeClientPortal
				if _, ok := closest(string(pl.Type), []string{PortalTypeTaskfire, string(catalog.PortalTaskfire)}); ok {
					typ = PortalTypeTaskfire
				}
				r.add(Finding{RuleID: RuleInvalidValue, Address: pl.Address, Path: at(pl.PathPrefix, AttrType),
					Summary: quote(string(pl.Type)) + " is not a portal level type.",
					Detail:  "A portal level is either a Client Access or a Taskfire level.",
					FixHCL:  renderHCL(hclAttr(AttrType, hclString(typ))),
					Fix:     "The types are " + quote(PortalTypeClientPortal) + " (Client Access) and " + quote(PortalTypeTaskfire) + "."})
			}
			continue
		}
		if pl.isSystem() {
			r.checkSystemPortal(pl, vals)
			continue
		}
		r.checkPortalRules(pl, vals, typ)
		r.checkPortalRisks(pl, vals)
	}
	r.checkPortalUsers()
}

func (r *run) checkSystemPortal(pl *PortalLevel, vals []catalog.Value) {
	sys, _ := pl.system()
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
			FixHCL:  customPortalFix(sys, kv{k, v}),
			Fix:     "A custom level starts from the custom defaults, not from this level's; then leave the setting out of the system level."})
	}
	if sys != nil && pl.Name != "" && strings.TrimSpace(pl.Name) != sys.Name {
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: pl.Address, Path: at(pl.PathPrefix, AttrName),
			Summary: "System portal level " + quote(sys.Name) + " cannot be renamed.",
			Detail:  "System portal levels keep their names; the configuration asks for " + quote(pl.Name) + ".",
			FixHCL:  renderHCL(hclAttr(AttrName, hclString(sys.Name))),
			Fix:     "Or create a custom portal level with the new name."})
	}
	for _, a := range pl.Edited {
		if a == AttrName || a == AttrActive {
			continue // checked against the catalogue above and below
		}
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: pl.Address, Path: at(pl.PathPrefix, a),
			Summary: "System portal level " + pl.describe() + " is read-only: its " + a + " cannot be changed.",
			Detail:  "System portal levels keep the " + a + " Autotask gives them.",
			FixHCL:  renderHCL(hclAttr(a, hclNull)),
			Fix:     "That is, leave " + a + " out of the configuration; or create a custom portal level instead."})
	}
	if pl.Inactive {
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: pl.Address, Path: at(pl.PathPrefix, AttrActive),
			Summary: "System portal level " + pl.describe() + " cannot be made inactive.",
			Detail:  "System portal levels are always active.",
			FixHCL:  renderHCL(hclAttr(AttrActive, hclBool(true))),
			Fix:     "Or stop managing the level."})
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
			r.add(Finding{RuleID: pr.ruleID, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " must be " + quote(string(pr.Forced)) + cond + "; it is " + quote(string(v)) + ".",
				Detail:  detail, FixHCL: permissionFix(kv{p.Key, pr.Forced})})
		case pr.OnlyFor != "":
			if v == p.Floor {
				continue
			}
			r.add(Finding{RuleID: pr.ruleID, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " applies only to " + string(pr.OnlyFor) + " levels; on a " + string(typ) + " level it must stay " + quote(string(p.Floor)) + cond + ".",
				Detail:  detail, FixHCL: permissionFix(kv{p.Key, p.Floor})})
		default:
			if v == p.Floor {
				continue
			}
			r.add(Finding{RuleID: pr.ruleID, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
				Summary: p.quoted + " has no effect" + cond + ".",
				Detail:  detail, FixHCL: permissionFix(kv{p.Key, p.Floor}), Fix: "Or open the area it belongs to."})
		}
	}
}

// portalLevelNames lists the system portal levels' names.
func portalLevelNames() []string {
	var out []string
	for _, l := range catalog.PortalLevels() {
		out = append(out, l.Name)
	}
	return out
}

// customPortalFix is a new custom portal level of the type of system level
// sys with the given settings: how a system portal level's permission is
// changed.
func customPortalFix(sys *catalog.PortalLevel, settings ...kv) string {
	name, typ := "Custom portal level", catalog.PortalClientAccess
	if sys != nil {
		name, typ = sys.Name+" (custom)", sys.Type
	}
	body := append([]hclNode{hclAttr(AttrName, hclString(name)), hclAttr(AttrType, hclString(portalTypeTF(typ)))}, permissionNodes(settings...)...)
	return renderHCL(hclBlock("resource", []string{ObjectPortalLevel, localName(name)}, body...))
}

func (r *run) checkPortalRisks(pl *PortalLevel, vals []catalog.Value) {
	if i := portalIdx[catalog.PortalKeyFinancials]; vals[i] == catalog.Yes {
		p := portalPerms[i]
		r.add(Finding{RuleID: RulePortalFinancials, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
			Summary: "Users of " + pl.describe() + " can see invoices and financial reports, and pay invoices.",
			Detail:  "A client who can see an invoice in the portal can also make a payment on it.",
			FixHCL:  permissionFix(kv{p.Key, p.Floor}),
			Fix:     "Keep it only on levels for the customer's billing contacts."})
	}
	if i := portalIdx[catalog.PortalKeyManageLogins]; vals[i] == catalog.Yes {
		p := portalPerms[i]
		r.add(Finding{RuleID: RulePortalManageLogins, Address: pl.Address, Path: atPath(pl.PathPrefix, p.path), Key: p.Key,
			Summary: "Users of " + pl.describe() + " can create portal logins, assign levels and reset their passwords.",
			Detail:  "Managing portal logins lets a customer contact add portal users, give them any client-assignable level and reset their passwords.",
			FixHCL:  permissionFix(kv{p.Key, p.Floor}),
			Fix:     "Keep it only on levels for the customer's designated portal administrators."})
	}
}

// clientAccessLevelFix puts a portal user on Client Portal Basic.
func clientAccessLevelFix() string {
	l, _ := catalog.PortalLevelByID(catalog.PortalBasic)
	return renderHCL(hclAttr(AttrSecurityLevel, hclNumber(int(l.ID))).withComment(l.Name))
}

func (u *PortalUser) describe() string {
	switch {
	case u.Address != "":
		return u.Address
	case u.UserName != "":
		return quote(u.UserName)
	}
	return "the portal user"
}

// checkPortalUsers runs the rules on the portal levels given to portal
// users. Autotask checks them when a level is assigned, so they apply to
// users being created or moved to another level.
func (r *run) checkPortalUsers() {
	for i := range r.in.PortalUsers {
		u := &r.in.PortalUsers[i]
		if !u.Assigning || u.Level.Type == "" {
			continue
		}
		lvl := quote(u.Level.Name)
		if u.Level.Name == "" {
			lvl = "The portal level"
		}
		if u.Level.Type == catalog.PortalTaskfire && u.Company != nil && !u.Company.Taskfire {
			r.add(Finding{RuleID: RulePortalUserTaskfire, Address: u.Address, Path: at(u.PathPrefix, AttrSecurityLevel),
				Summary: lvl + " is a Taskfire level, and " + quote(u.Company.Name) + " (the contact's organization) does not have Taskfire.",
				Detail:  "Autotask gives Taskfire levels only to contacts of organizations with Taskfire enabled; " + u.describe() + " belongs to " + quote(u.Company.Name) + ".",
				FixHCL:  clientAccessLevelFix(),
				Fix:     "Or another Client Access level; or enable Taskfire for " + quote(u.Company.Name) + " first."})
		}
		if u.Level.Inactive {
			f := Finding{RuleID: RulePortalUserInactiveLvl, Address: u.Address, Path: at(u.PathPrefix, AttrSecurityLevel),
				Summary: lvl + " is inactive and cannot be given to " + u.describe() + ".",
				Detail:  "Inactive portal levels cannot be assigned to portal users.",
				Fix:     "Activate the level, or give the user an active one."}
			if u.Level.Name != "" {
				f.FixHCL = partialResource(ObjectPortalLevel, u.Level.Name, hclAttr(AttrName, hclString(u.Level.Name)), hclAttr(AttrActive, hclBool(true)))
				f.Fix = "Or give the user an active level."
			}
			r.add(f)
		}
	}
}
