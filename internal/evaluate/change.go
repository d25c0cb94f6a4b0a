package evaluate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// AccessChange describes how a plan changes what some users may do: a
// security level or portal level whose permissions change (Users are the
// people on it now), an API user moved to another level (Users is that one
// user, Path is [AttrSecurityLevel]), or a resource whose protected-data
// access changes (Users is that resource). Before and After are complete
// settings; a key missing from Before counts as its least-privileged value.
type AccessChange struct {
	Address string
	// Object names the object in messages: `security level "MSP Service Desk"`.
	Object string
	// Users are the (active) users whose access changes, by display name.
	Users  []string
	Before catalog.Settings
	After  catalog.Settings
	// Path is where findings go (relative to Address). By default AT501 is
	// reported on ["effective_permissions"] and AT502 on the permission
	// within it.
	Path []string
}

// PermissionChange is one permission that gains or loses privilege.
type PermissionChange struct {
	Key   catalog.Key
	Label string
	From  catalog.Value
	To    catalog.Value
	// Gain is true when To grants more than From.
	Gain bool
}

func (c PermissionChange) String() string {
	if c.Gain {
		return fmt.Sprintf("%s = %s", c.Label, c.To)
	}
	return fmt.Sprintf("%s (%s → %s)", c.Label, c.From, c.To)
}

// permissionOf finds a security-level or portal permission, or one of the
// protected-data settings.
func permissionOf(k catalog.Key) (*catalog.Permission, bool) {
	if p, ok := catalog.PermissionByKey(k); ok {
		return p, true
	}
	if p, ok := catalog.PortalPermissionByKey(k); ok {
		return &p.Permission, true
	}
	return catalog.ProtectedPermissionByKey(k)
}

// DiffAccess lists the permissions whose privilege differs between before
// and after, in catalogue order. Unranked (text) permissions count as a
// gain when they change, since a reviewer must look at them.
func DiffAccess(before, after catalog.Settings) []PermissionChange {
	keys := map[catalog.Key]bool{}
	for k := range before {
		keys[k] = true
	}
	for k := range after {
		keys[k] = true
	}
	order := make(catalog.Settings, len(keys))
	for k := range keys {
		order[k] = ""
	}
	var out []PermissionChange
	for _, k := range order.Keys() { // catalogue order
		p, ok := permissionOf(k)
		if !ok {
			continue
		}
		from, okF := before[k]
		if !okF {
			from = p.Floor
		}
		to, okT := after[k]
		if !okT {
			to = p.Floor
		}
		if from == to {
			continue
		}
		rf, _ := p.Rank(from)
		rt, _ := p.Rank(to)
		if p.Ranked() && rf == rt {
			continue
		}
		out = append(out, PermissionChange{Key: k, Label: p.Label, From: from, To: to, Gain: !p.Ranked() || rt > rf})
	}
	return out
}

// ownAccess reports whether c, which makes changes, changes one user's own
// access (an API user's move to another level, a resource's protected-data
// access) rather than what a level grants its users.
func (c *AccessChange) ownAccess(changes []PermissionChange) bool {
	return slices.Equal(c.Path, []string{AttrSecurityLevel}) ||
		slices.ContainsFunc(changes, func(ch PermissionChange) bool { return ch.Key.Module() == catalog.ModuleProtectedData })
}

// SummarizeChanges says in one line who gains and who loses what: the user
// by name when there is one (`srossi gains Protected data: View = Yes`,
// `Sara Rossi (srossi), the only user of security level "MSP Service Desk",
// gains …`), else how many users of which object
// (`3 users of security level "MSP Service Desk" gain Organizations: Edit = All; lose Tickets: Delete (All → None)`).
func SummarizeChanges(c AccessChange, changes []PermissionChange) string {
	var gains, losses []string
	for _, ch := range changes {
		if ch.Gain {
			gains = append(gains, ch.String())
		} else {
			losses = append(losses, ch.String())
		}
	}
	gain, lose := "gain ", "lose "
	if len(c.Users) == 1 {
		gain, lose = "gains ", "loses "
	}
	var parts []string
	if len(gains) > 0 {
		parts = append(parts, gain+strings.Join(gains, ", "))
	}
	if len(losses) > 0 {
		parts = append(parts, lose+strings.Join(losses, ", "))
	}
	var who string
	switch {
	case len(c.Users) == 1 && c.ownAccess(changes):
		who = c.Users[0]
	case len(c.Users) == 1:
		who = c.Users[0] + ", the only user of " + c.Object + ","
	default:
		who = plural(len(c.Users), "user", "users") + " of " + c.Object
	}
	return who + " " + strings.Join(parts, "; ")
}

// checkAccessChanges reports, once per changed object, which users gain or
// lose which permission (AT501), and each gain of a permission the
// provider configuration denies (AT502).
func (r *run) checkAccessChanges() {
	deny := map[catalog.Key]bool{}
	for _, k := range r.opts.DenyNewAccess {
		deny[k] = true
	}
	for _, c := range r.in.Changes {
		changes := DiffAccess(c.Before, c.After)
		if len(changes) == 0 {
			continue
		}
		path := c.Path
		perPermission := len(path) == 0
		if perPermission {
			path = []string{"effective_permissions"}
		}
		if len(c.Users) > 0 && r.on(RuleAccessChange) {
			names := slices.Clone(c.Users)
			slices.Sort(names)
			r.add(Finding{RuleID: RuleAccessChange, Address: c.Address, Path: at(path),
				Summary: SummarizeChanges(c, changes),
				Detail:  "Affected: " + strings.Join(names, ", ") + ".",
				FixHCL:  ruleToInfoFix(RuleAccessChange),
				Fix:     "Review who gains and loses what, and apply if that is intended; the provider block above turns these reviews into log entries."})
		}
		for _, ch := range changes {
			if !ch.Gain || !deny[ch.Key] {
				continue
			}
			who := "anyone later assigned to it"
			if len(c.Users) > 0 {
				who = plural(len(c.Users), "user", "users") + " (" + strings.Join(c.Users, ", ") + ")"
			}
			denyPath := at(path)
			if perPermission {
				denyPath = at(path, string(ch.Key.Module()), ch.Key.Name())
			}
			f := Finding{RuleID: RuleDeniedAccess, Address: c.Address, Path: denyPath, Key: ch.Key,
				Summary: fmt.Sprintf("%s would grant %s (%s → %s), which deny_new_access forbids.", c.Object, ch.Label, ch.From, ch.To),
				Detail:  "The gain would reach " + who + ".",
				FixHCL:  permissionFix(kv{ch.Key, ch.From}),
				Fix:     fmt.Sprintf("Or remove %q from deny_new_access in the provider block.", ch.Key)}
			if slices.Equal(c.Path, []string{AttrSecurityLevel}) { // an API user's move
				f.FixHCL, f.Fix = "", fmt.Sprintf("Keep the API user on its current level, or remove %q from deny_new_access in the provider block.", ch.Key)
			}
			r.add(f)
		}
	}
}
