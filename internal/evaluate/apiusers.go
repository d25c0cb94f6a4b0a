package evaluate

import (
	"sort"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// profInfo is an integration profile with its requirements indexed like
// perms.
type profInfo struct {
	*catalog.Profile
	// need is the least rank each permission must have, -1 when the
	// profile does not need it; needVal the matching value.
	need    []int
	needVal []catalog.Value
	// why names the recipe categories that need each permission.
	why []string
	// Texts that depend only on the profile and the permission; the fixes
	// are HCL.
	missingDetail, missingFix, extraFix []string
	extraDetail, costsDetail            string
	// levelFix is a level built to the recipe (HCL).
	levelFix string
}

var profTable map[string]*profInfo

func buildProfiles() {
	profTable = make(map[string]*profInfo)
	for _, p := range catalog.Profiles() {
		pi := &profInfo{Profile: p, need: make([]int, len(perms)), needVal: make([]catalog.Value, len(perms)), why: make([]string, len(perms))}
		for i := range pi.need {
			pi.need[i] = -1
		}
		req := p.Required()
		for k, v := range req {
			i := permIdx[k]
			pi.need[i] = perms[i].rank(v)
			pi.needVal[i] = v
		}
		for _, c := range p.Categories {
			for _, rq := range c.Requires {
				i := permIdx[rq.Key]
				cat := c.Name + " (" + strconv.Itoa(c.Endpoints) + " endpoints)"
				if pi.why[i] == "" {
					pi.why[i] = cat
				} else {
					pi.why[i] += ", " + cat
				}
			}
		}
		pi.missingDetail = make([]string, len(perms))
		pi.missingFix = make([]string, len(perms))
		pi.extraFix = make([]string, len(perms))
		for i, pm := range perms {
			lower := pm.Floor
			if pi.need[i] >= 0 {
				lower = pi.needVal[i]
				pi.missingDetail[i] = "The " + p.Vendor + " recipe needs it for " + pi.why[i] + "; without it those calls fail."
				pi.missingFix[i] = permissionFix(kv{pm.Key, pi.needVal[i]})
			}
			pi.extraFix[i] = permissionFix(kv{pm.Key, lower})
		}
		pi.levelFix = profileLevelFix(p)
		pi.extraDetail = "A level that serves " + p.Vendor + " should grant only what its recipe lists; every extra permission widens what a leaked credential can reach."
		pi.costsDetail = "Internal costs (cost rates, product and expense costs, margins) are sensitive; " + noCostsName() + " exists so that integrations do not see them."
		profTable[p.Name] = pi
	}
}

func profileFor(name string) *profInfo {
	p, ok := catalog.ProfileByName(name)
	if !ok {
		return nil
	}
	return profTable[p.Name]
}

// resolveUsers resolves each API user's level and profile.
func (r *run) resolveUsers() {
	n := len(r.in.APIUsers)
	r.userLvl = make([]*lvl, n)
	r.userProf = make([]*profInfo, n)
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		if !u.Level.IsZero() {
			r.userLvl[i] = r.resolve(u.Level)
		}
		if u.Integration != "" {
			r.userProf[i] = profileFor(u.Integration)
		}
	}
}

// integrationPath is where findings about u's profile go.
func (u *APIUser) integrationPath() []string {
	if len(u.IntegrationPath) > 0 {
		return at(u.PathPrefix, u.IntegrationPath...)
	}
	return at(u.PathPrefix, AttrIntegration)
}

// tracking identifies the integration whose tracking identifier a user
// carries ("vendor:rewst", "internal:accounting sync") and names it for
// messages; key is "" when nothing is known.
func tracking(vendor, internal, integration string) (key, label string) {
	if vendor == "" && internal == "" {
		vendor = integration
	}
	switch {
	case vendor != "":
		if p, ok := catalog.ProfileByName(vendor); ok {
			return "vendor:" + p.Name, p.Vendor
		}
		return "vendor:" + normName(vendor), vendor
	case internal != "":
		return "internal:" + normName(internal), "internal integration " + quote(internal)
	}
	return "", ""
}

func (u *APIUser) describe() string {
	switch {
	case u.UserName != "":
		return quote(u.UserName)
	case u.Address != "":
		return u.Address
	}
	return "the API user"
}

// selfUser returns the index of the Input API user Terraform runs as, or -1.
func (r *run) selfUser() int {
	if r.in.Self == nil || r.in.Self.UserName == "" {
		return -1
	}
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		if strings.EqualFold(u.UserName, r.in.Self.UserName) || (u.PreviousUserName != "" && strings.EqualFold(u.PreviousUserName, r.in.Self.UserName)) {
			return i
		}
	}
	return -1
}

// checkAPIUsers runs the per-user constraint and least-privilege rules.
func (r *run) checkAPIUsers() {
	type pair struct {
		l *lvl
		p *profInfo
	}
	diffed := map[pair]bool{}
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		r.checkIntegrationKeepsProtected(u, r.userProf[i])
		if u.Integration != "" && r.userProf[i] == nil {
			f := Finding{RuleID: RuleUnknownIntegration, Address: u.Address, Path: u.integrationPath(),
				Summary: quote(u.Integration) + " is not a known integration profile.",
				Detail:  "Least-privilege checks need the integration's recipe; built-in profiles: " + strings.Join(catalog.ProfileNames(), ", ") + ".",
				FixHCL:  renderHCL(hclAttr(AttrLeastPrivilegeProfile, hclNull)),
				Fix:     "Or name a built-in profile: " + strings.Join(catalog.ProfileNames(), ", ") + "."}
			if name, ok := closestProfile(u.Integration); ok {
				f.FixHCL, f.Fix = renderHCL(hclAttr(AttrLeastPrivilegeProfile, hclString(name))), ""
			}
			r.add(f)
		}
		if _, known := catalog.ProfileByName(u.Vendor); u.Vendor != "" && !known {
			f := Finding{RuleID: RuleUnknownIntegration, Address: u.Address, Path: at(u.PathPrefix, AttrIntegration, AttrVendor),
				Summary: quote(u.Vendor) + " is not a known integration vendor.",
				Detail:  "An API user carries the tracking identifier of a vendor Autotask knows; the built-in vendors are: " + strings.Join(catalog.ProfileNames(), ", ") + ".",
				FixHCL:  renderHCL(hclObject(AttrIntegration, hclAttr(AttrInternalName, hclString(u.Vendor)))),
				Fix:     "That makes it a custom internal integration; or name a built-in vendor: " + strings.Join(catalog.ProfileNames(), ", ") + "."}
			if name, ok := closestProfile(u.Vendor); ok {
				f.FixHCL, f.Fix = renderHCL(hclObject(AttrIntegration, hclAttr(AttrVendor, hclString(name)))), ""
			}
			r.add(f)
		}
		if u.Level.IsZero() {
			continue
		}
		l := r.userLvl[i]
		if l == nil {
			if r.in.Remote == nil {
				continue // without the PSA's levels, "not found" proves nothing
			}
			detail := "The reference matches no level of this configuration, no system level and no level known to exist in the PSA."
			if r.in.Remote.APILicenseLevelsOnly {
				detail = "The reference matches no level of this configuration, no system level and no API User license level of the PSA (the only levels an API user can be on)."
			}
			r.add(Finding{RuleID: RuleUnknownLevelRef, Address: u.Address, Path: at(u.PathPrefix, AttrSecurityLevel),
				Summary: "API user " + u.describe() + " refers to security level " + u.Level.String() + ", which does not exist.",
				Detail:  detail,
				FixHCL:  noCostsLevelFix(),
				Fix:     "Or the ID of an existing level of your own, such as one this configuration manages."})
			continue
		}
		if l.license != nil && !l.license.APIOnly {
			f := Finding{RuleID: RuleAPIUserLicense, Address: u.Address, Path: at(u.PathPrefix, AttrSecurityLevel),
				Summary: "API user " + u.describe() + " is on " + l.describe() + ", which uses the " + string(l.license.Type) + " license, not API User.",
				Detail:  "Only levels on the API User license (the API User system levels and their copies) can use the Autotask API.",
				FixHCL:  noCostsLevelFix(),
				Fix:     "Better, a custom copy of it trimmed to what the integration needs."}
			if pi := r.userProf[i]; pi != nil {
				f.FixHCL, f.Fix = pi.levelFix, newLevelNote
			}
			r.add(f)
			continue
		}
		if pi := r.userProf[i]; pi != nil && l.vals != nil {
			// Findings about a custom level are the same for every user
			// of the same integration on it.
			if onLevel := l.in != nil && l.sys == nil; onLevel {
				if diffed[pair{l, pi}] {
					continue
				}
				diffed[pair{l, pi}] = true
			}
			r.diffProfile(u, l, pi)
		}
	}
}

// noCostsName is the display name of the level integrations should copy.
func noCostsName() string {
	s, _ := catalog.SystemLevelByID(catalog.APIUserNoCosts)
	return s.DisplayName
}

// noCostsLevelFix puts an API user on API User (system) Can't Read Costs.
func noCostsLevelFix() string {
	return renderHCL(hclAttr(AttrSecurityLevel, hclNumber(int(catalog.APIUserNoCosts))).withComment(noCostsName()))
}

// newLevelNote goes with a fix that creates a level for an API user.
const newLevelNote = "Then set this API user's security_level_id to the new level's id."

// closestProfile is the built-in profile whose name or vendor s misspells.
func closestProfile(s string) (string, bool) {
	var spellings, names []string
	for _, p := range catalog.Profiles() {
		spellings, names = append(spellings, p.Name, p.Vendor), append(names, p.Name, p.Name)
	}
	return closestName(s, spellings, names)
}

// diffProfile compares a level with an integration profile (AT201-AT204).
func (r *run) diffProfile(u *APIUser, l *lvl, pi *profInfo) {
	onLevel := l.in != nil && l.sys == nil
	addr, userPath := u.Address, at(u.PathPrefix, AttrSecurityLevel)
	where := func(p *perm) []string {
		if onLevel {
			return atPath(l.prefix, p.path)
		}
		return userPath
	}
	if onLevel {
		addr = l.address
	}
	vendor := pi.Vendor
	if l.sys != nil && l.sys.ID == catalog.APIUser {
		r.add(Finding{RuleID: RuleIntegrationFullAPIUser, Address: u.Address, Path: userPath,
			Summary: vendor + " API user " + u.describe() + " runs on " + l.sys.DisplayName + ", which grants everything including internal costs.",
			Detail:  "An integration should run on its own custom level trimmed to its recipe; the full API User level gives a leaked credential the whole PSA.",
			FixHCL:  pi.levelFix,
			Fix:     newLevelNote})
	}
	for i, p := range perms {
		if p.Kind == catalog.KindText {
			continue
		}
		v := l.vals[i]
		rk := p.rank(v)
		need := pi.need[i]
		if need >= 0 && rk < need {
			fixHCL, fix := pi.missingFix[i], ""
			if !onLevel {
				fixHCL, fix = pi.levelFix, newLevelNote
			}
			r.add(Finding{RuleID: RuleIntegrationMissing, Address: addr, Path: where(p), Key: p.Key,
				Summary: vendor + " needs " + p.quoted + " = " + quote(string(pi.needVal[i])) + "; " + l.describe() + " grants " + quote(string(v)) + ".",
				Detail:  pi.missingDetail[i],
				FixHCL:  fixHCL, Fix: fix})
			continue
		}
		limit := max(need, p.floorRank)
		if rk <= limit {
			continue
		}
		fixHCL, fix := pi.extraFix[i], ""
		if !onLevel {
			fixHCL, fix = pi.levelFix, newLevelNote
		}
		if i == idxViewCosts {
			if onLevel {
				fix = "Or base the level on " + noCostsName() + "."
			}
			r.add(Finding{RuleID: RuleIntegrationCosts, Address: addr, Path: where(p), Key: p.Key,
				Summary: vendor + " does not need internal cost data, but " + l.describe() + " grants " + p.quoted + " = " + quote(string(v)) + ".",
				Detail:  pi.costsDetail,
				FixHCL:  fixHCL, Fix: fix})
			continue
		}
		needs := "needs none of it"
		if need >= 0 {
			needs = "needs only " + quote(string(pi.needVal[i]))
		}
		r.add(Finding{RuleID: RuleIntegrationExtra, Address: addr, Path: where(p), Key: p.Key,
			Summary: l.describe() + " grants " + p.quoted + " = " + quote(string(v)) + "; " + vendor + " " + needs + ".",
			Detail:  pi.extraDetail,
			FixHCL:  fixHCL, Fix: fix})
	}
}

// checkDuplicateIntegrations reports integrations with several active API
// users (AT205): users carrying the same tracking identifier.
func (r *run) checkDuplicateIntegrations() {
	if !r.on(RuleIntegrationDuplicate) {
		return
	}
	groups := map[string][]string{}
	labels := map[string]string{}
	inputNames := map[string]bool{}
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		inputNames[strings.ToLower(u.UserName)] = true
		if u.Inactive {
			continue
		}
		if key, label := tracking(u.Vendor, u.InternalName, u.Integration); key != "" {
			groups[key] = append(groups[key], u.describe())
			labels[key] = label
		}
	}
	if r.in.Remote != nil {
		for _, ru := range r.in.Remote.APIUsers {
			if inputNames[strings.ToLower(ru.UserName)] || ru.Inactive {
				continue
			}
			if key, _ := tracking(ru.Vendor, ru.InternalName, ru.Integration); key != "" {
				groups[key] = append(groups[key], quote(ru.UserName))
			}
		}
	}
	summaries := make(map[string]string, len(groups))
	for key, users := range groups {
		if len(users) < 2 || labels[key] == "" {
			continue
		}
		sort.Strings(users)
		summaries[key] = labels[key] + " has " + strconv.Itoa(len(users)) + " active API users: " + strings.Join(users, ", ") + "."
	}
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		key, label := tracking(u.Vendor, u.InternalName, u.Integration)
		if key == "" || u.Inactive || summaries[key] == "" {
			continue
		}
		r.add(Finding{RuleID: RuleIntegrationDuplicate, Address: u.Address, Path: at(u.PathPrefix, AttrIntegration),
			Summary: summaries[key],
			Detail:  "One API user per integration lets each credential be traced, rotated and revoked on its own; a second one is usually a forgotten credential.",
			FixHCL:  renderHCL(hclAttr(AttrActive, hclBool(false))),
			Fix:     "On every API user of " + label + " but the one the integration uses."})
	}
}

// checkSharedUsers reports API users that serve more than one integration
// (AT207): a user whose tracking identifier names one integration while its
// level is checked against another's recipe, and the API user Terraform
// runs as when it also carries an integration vendor's identifier or
// recipe.
func (r *run) checkSharedUsers() {
	if !r.on(RuleIntegrationsShareUser) {
		return
	}
	self := r.selfUser()
	for i := range r.in.APIUsers {
		u := &r.in.APIUsers[i]
		if u.Inactive {
			continue
		}
		pi := r.userProf[i]
		_, label := tracking(u.Vendor, u.InternalName, "")
		if i == self {
			other := ""
			switch {
			case pi != nil:
				other = pi.Vendor
			case u.Vendor != "":
				other = label
			}
			if other != "" {
				f := Finding{RuleID: RuleIntegrationsShareUser, Address: u.Address, Path: at(u.PathPrefix, AttrIntegration),
					Summary: "Terraform's own API user " + u.describe() + " also serves " + other + ".",
					Detail:  "Terraform needs an administrator's rights (Manage Resources and Manage Security Levels); an integration sharing its credentials holds them too, and neither can be rotated or revoked without the other.",
					Fix: "Give " + other + " its own API user on its own level. Terraform's own user keeps its tracking identifier: change it in the Autotask UI " +
						"and update integration_code in the provider block at the same time (AT408)."}
				if pi != nil && u.Vendor == "" {
					f.FixHCL, f.Fix = renderHCL(hclAttr(AttrLeastPrivilegeProfile, hclNull)), "And give "+other+" its own API user on its own level."
				}
				r.add(f)
			}
			continue
		}
		if pi == nil || label == "" {
			continue
		}
		if key, _ := tracking(u.Vendor, u.InternalName, ""); key == "vendor:"+pi.Name {
			continue
		}
		own := hclNull // a custom internal integration has no recipe
		if p, ok := catalog.ProfileByName(u.Vendor); ok {
			own = hclString(p.Name)
		}
		r.add(Finding{RuleID: RuleIntegrationsShareUser, Address: u.Address, Path: at(u.PathPrefix, AttrIntegration),
			Summary: "API user " + u.describe() + " carries the tracking identifier of " + label + " but is sized for " + pi.Vendor + ": it serves two integrations.",
			Detail:  "An API user's tracking identifier attributes every call to one integration. A level sized for another integration's recipe means that integration uses these credentials too, so its calls are misattributed and the two cannot be revoked separately.",
			FixHCL:  renderHCL(hclAttr(AttrLeastPrivilegeProfile, own)),
			Fix:     "And give " + pi.Vendor + " its own API user with its own tracking identifier."})
	}
}

// checkProtectedData reports protected-data grants (AT206, AT307).
func (r *run) checkProtectedData() {
	for gi := range r.in.ProtectedData {
		g := &r.in.ProtectedData[gi]
		if !g.ViewProtected && !g.EditProtected {
			continue
		}
		attr, what := AttrViewProtected, "view"
		if g.EditProtected {
			attr, what = AttrEditProtected, "edit"
		}
		who := quote(g.UserName)
		if g.UserName == "" {
			who = "resource " + formatID(g.ResourceID)
		}
		r.add(Finding{RuleID: RuleProtectedDataOverride, Address: g.Address, Path: at(g.PathPrefix, attr),
			Summary: who + " can " + what + " protected data whatever its security level says.",
			Detail:  "Protected-data permissions are granted per resource and override security levels.",
			FixHCL:  noProtectedFix,
			Fix:     "Keep the grant only if " + who + " needs protected fields."})
		for i := range r.in.APIUsers {
			u := &r.in.APIUsers[i]
			pi := r.userProf[i]
			if pi == nil || !sameResource(g, u) {
				continue
			}
			r.add(Finding{RuleID: RuleIntegrationProtected, Address: g.Address, Path: at(g.PathPrefix, attr),
				Summary: pi.Vendor + " API user " + u.describe() + " can " + what + " protected data.",
				Detail:  "The " + pi.Vendor + " recipe does not need protected user-defined fields, and this grant overrides its security level.",
				FixHCL:  noProtectedFix})
		}
	}
}

// noProtectedFix takes protected-data access away.
var noProtectedFix = permissionFix(kv{catalog.KeyViewProtected, catalog.No}, kv{catalog.KeyEditProtected, catalog.No})

func sameResource(g *ProtectedGrant, u *APIUser) bool {
	if g.ResourceID != 0 && u.ID != 0 {
		return g.ResourceID == u.ID
	}
	return g.UserName != "" && strings.EqualFold(g.UserName, u.UserName)
}

func formatID(id int64) string { return strconv.FormatInt(id, 10) }

// checkIntegrationKeepsProtected reports an integration's API user that
// keeps access to protected data (AT206): API users hold all four
// protected-data permissions until someone takes them away, and no
// integration recipe needs protected fields.
func (r *run) checkIntegrationKeepsProtected(u *APIUser, pi *profInfo) {
	if pi == nil || u.Protected == nil || u.Inactive || (!u.Protected.ViewProtected && !u.Protected.EditProtected) {
		return
	}
	what := "view"
	if u.Protected.EditProtected {
		what = "view and edit"
		if !u.Protected.ViewProtected {
			what = "edit"
		}
	}
	r.add(Finding{RuleID: RuleIntegrationProtected, Address: u.Address, Path: u.integrationPath(),
		Summary: pi.Vendor + " API user " + u.describe() + " can " + what + " protected data, which its recipe does not need.",
		Detail: "API users hold every protected-data permission until it is taken away, and protected-data permissions override the " +
			"security level: the integration can read (or change) encrypted and protected user-defined fields such as device credentials.",
		FixHCL: renderHCL(hclBlock("resource", []string{ObjectProtectedDataAccess, localName(u.UserName)},
			hclAttr(AttrUserName, hclString(u.UserName)), hclAttr(AttrViewProtected, hclBool(false)), hclAttr(AttrEditProtected, hclBool(false)))),
		Fix: "A protected-data grant for the user takes it away."})
}
