package evaluate

import (
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// lvl is a security level resolved for evaluation: one of the Input, a
// system level, or a remote level.
type lvl struct {
	in *Level
	// sys is set when the level is a system level itself.
	sys     *catalog.SystemLevel
	base    *catalog.SystemLevel
	license *catalog.License
	// vals are the effective values indexed like perms; nil when unknown.
	vals     []catalog.Value
	name     string
	address  string
	prefix   []string
	inactive bool
	// remoteID is the ID of a remote level.
	remoteID int64
}

// id is the level's ID in the PSA, or 0 while it is not created.
func (l *lvl) id() int64 {
	switch {
	case l.in != nil:
		return l.in.ID
	case l.sys != nil:
		return int64(l.sys.ID)
	}
	return l.remoteID
}

// describe names the level for messages.
func (l *lvl) describe() string {
	switch {
	case l.sys != nil:
		return l.sys.DisplayName
	case l.address != "":
		return l.address
	case l.name != "":
		return `"` + l.name + `"`
	}
	return "the security level"
}

// run is the state of one evaluation.
type run struct {
	in       *Input
	opts     Options
	sev      map[string]Severity
	out      []Finding
	levels   []*lvl
	byAddr   map[string]*lvl
	byID     map[int64]*lvl
	byName   map[string]*lvl
	sysLvls  map[catalog.LevelID]*lvl
	remoteID map[int64]*lvl
	remoteNm map[string]*lvl
	// remoteAll lists the remote levels not superseded by the Input.
	remoteAll []*lvl
	// remoteBefore holds every remote level by ID, superseded or not: what
	// an Input level looked like before the plan.
	remoteBefore map[int64]*RemoteLevel
	// userLvl is the resolved level of each Input API user (nil when
	// unknown or unresolved); userProf its profile.
	userLvl  []*lvl
	userProf []*profInfo
}

// Evaluate runs every rule over in and returns the findings, sorted by
// address, path, rule ID and message, without duplicates. Rules silenced
// with SeverityOff in opts are not reported.
func Evaluate(in Input, opts Options) []Finding {
	r := &run{in: &in, opts: opts, sev: make(map[string]Severity, len(rules))}
	r.out = make([]Finding, 0, 16+len(in.Levels)*4+len(in.APIUsers)*8+len(in.PortalLevels)*2)
	for i := range rules {
		r.sev[rules[i].ID] = rules[i].DefaultSeverity
	}
	for id, s := range opts.SeverityOverrides {
		if rule, ok := RuleByID(id); ok && s.Valid() {
			r.sev[rule.ID] = s
		}
	}
	r.resolveLevels()
	r.checkLevels()
	r.checkAPILicenseLimit()
	r.resolveUsers()
	r.checkAPIUsers()
	r.checkDuplicateIntegrations()
	r.checkSharedUsers()
	r.checkProtectedData()
	r.checkGrantShape()
	r.checkUDFs()
	r.checkRisks()
	r.checkSelf()
	r.checkPortal()
	r.checkSite()
	r.checkAccessChanges()
	return r.finish()
}

// on reports whether rule will be reported.
func (r *run) on(rule string) bool { return r.sev[rule] != SeverityOff }

func (r *run) add(f Finding) {
	r.addAs(f, r.sev[f.RuleID])
}

// addAs adds f with severity s, for the cases a rule itself reports below
// its usual severity.
func (r *run) addAs(f Finding, s Severity) {
	if r.sev[f.RuleID] == SeverityOff {
		return
	}
	f.Severity = s
	r.out = append(r.out, f)
}

// at returns a fresh slice holding prefix followed by path, so callers may
// modify what they get.
func at(prefix []string, path ...string) []string {
	out := make([]string, 0, len(prefix)+len(path))
	out = append(out, prefix...)
	return append(out, path...)
}

func atPath(prefix, path []string) []string { return at(prefix, path...) }

func (r *run) finish() []Finding {
	if len(r.out) == 0 {
		return nil
	}
	order := make([]int32, len(r.out))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int { return compareFindings(&r.out[i], &r.out[j]) })
	out := make([]Finding, 0, len(r.out))
	for _, i := range order {
		f := &r.out[i]
		if n := len(out); n > 0 && sameFinding(&out[n-1], f) {
			continue
		}
		out = append(out, *f)
	}
	return out
}

// compareFindings is the total order of findings: address, path, rule,
// permission, then text.
func compareFindings(a, b *Finding) int {
	if c := strings.Compare(a.Address, b.Address); c != 0 {
		return c
	}
	if c := slices.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := strings.Compare(a.RuleID, b.RuleID); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Key), string(b.Key)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Summary, b.Summary); c != 0 {
		return c
	}
	if c := strings.Compare(a.Detail, b.Detail); c != 0 {
		return c
	}
	if c := strings.Compare(a.Fix, b.Fix); c != 0 {
		return c
	}
	if c := strings.Compare(a.FixHCL, b.FixHCL); c != 0 {
		return c
	}
	return int(a.Severity) - int(b.Severity)
}

func lessFinding(a, b *Finding) bool { return compareFindings(a, b) < 0 }

// sameFinding reports duplicates: the same rule saying the same thing
// about the same attribute (for instance about a level that two API users
// of one integration share).
func sameFinding(a, b *Finding) bool {
	return a.RuleID == b.RuleID && a.Address == b.Address && a.Key == b.Key &&
		a.Summary == b.Summary && a.Detail == b.Detail && a.Fix == b.Fix && a.FixHCL == b.FixHCL && slices.Equal(a.Path, b.Path)
}

func normName(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// resolveLevels computes every Input level's base and effective values and
// indexes them for references.
func (r *run) resolveLevels() {
	n := len(r.in.Levels)
	r.levels = make([]*lvl, n)
	r.byAddr = make(map[string]*lvl, n)
	r.byID = make(map[int64]*lvl, n)
	r.byName = make(map[string]*lvl, n)
	r.sysLvls = make(map[catalog.LevelID]*lvl)
	backing := make([]lvl, n)
	for i := range r.in.Levels {
		in := &r.in.Levels[i]
		l := &backing[i]
		*l = lvl{in: in, name: in.Name, address: in.Address, prefix: in.PathPrefix, inactive: in.Inactive}
		if b, err := in.base(); err == nil {
			l.base = b
			l.license, _ = catalog.LicenseByType(b.License)
			l.vals = in.values(b)
			if in.isSystem() {
				l.sys = b
				if _, dup := r.sysLvls[b.ID]; !dup {
					r.sysLvls[b.ID] = l
				}
			}
		}
		r.levels[i] = l
		if in.Address != "" {
			if _, dup := r.byAddr[in.Address]; !dup {
				r.byAddr[in.Address] = l
			}
		}
		if in.ID != 0 {
			if _, dup := r.byID[in.ID]; !dup {
				r.byID[in.ID] = l
			}
		}
		if nm := normName(in.Name); nm != "" {
			if _, dup := r.byName[nm]; !dup {
				r.byName[nm] = l
			}
		}
	}
	if r.in.Remote != nil {
		rl := r.in.Remote.Levels
		r.remoteID = make(map[int64]*lvl, len(rl))
		r.remoteNm = make(map[string]*lvl, len(rl))
		r.remoteBefore = make(map[int64]*RemoteLevel, len(rl))
		for i := range rl {
			rem := &rl[i]
			if catalog.IsSystemLevelID(rem.ID) {
				continue
			}
			if _, dup := r.remoteBefore[rem.ID]; !dup && rem.ID != 0 {
				r.remoteBefore[rem.ID] = rem
			}
			if _, managed := r.byID[rem.ID]; managed && rem.ID != 0 {
				continue
			}
			l := &lvl{name: rem.Name, remoteID: rem.ID}
			l.license, _ = catalog.LicenseByType(rem.License)
			r.remoteAll = append(r.remoteAll, l)
			if rem.Settings != nil {
				l.vals = make([]catalog.Value, len(perms))
				for j, p := range perms {
					if v, ok := rem.Settings[p.Key]; ok && valid(p.Permission, v) {
						l.vals[j] = v
					} else {
						l.vals[j] = p.Floor
					}
				}
			}
			if rem.ID != 0 {
				if _, dup := r.remoteID[rem.ID]; !dup {
					r.remoteID[rem.ID] = l
				}
			}
			if nm := normName(rem.Name); nm != "" {
				if _, dup := r.remoteNm[nm]; !dup {
					r.remoteNm[nm] = l
				}
			}
		}
	}
}

// system returns the resolved system level s, preferring an Input level
// that describes it.
func (r *run) system(s *catalog.SystemLevel) *lvl {
	if l, ok := r.sysLvls[s.ID]; ok {
		return l
	}
	lic, _ := catalog.LicenseByType(s.License)
	l := &lvl{sys: s, base: s, license: lic, vals: sysVals[s.ID], name: s.DisplayName}
	r.sysLvls[s.ID] = l
	return l
}

// resolve finds the level ref points at, or nil.
func (r *run) resolve(ref LevelRef) *lvl {
	if ref.Address != "" {
		if l, ok := r.byAddr[ref.Address]; ok {
			return l
		}
	}
	if ref.ID != 0 {
		if l, ok := r.byID[ref.ID]; ok {
			return l
		}
		if catalog.IsSystemLevelID(ref.ID) {
			if s, ok := catalog.SystemLevelByID(catalog.LevelID(ref.ID)); ok {
				return r.system(s)
			}
		}
		if l, ok := r.remoteID[ref.ID]; ok {
			return l
		}
	}
	if ref.Name != "" {
		nm := normName(ref.Name)
		if l, ok := r.byName[nm]; ok {
			return l
		}
		if s, ok := catalog.SystemLevelByName(ref.Name); ok {
			return r.system(s)
		}
		if l, ok := r.remoteNm[nm]; ok {
			return l
		}
	}
	return nil
}

// keyPath is the path of a permission key that may be unknown.
func keyPath(k catalog.Key) []string {
	if i, ok := permIdx[k]; ok {
		return perms[i].path
	}
	if i, ok := portalIdx[k]; ok {
		return portalPerms[i].path
	}
	m, n := string(k.Module()), k.Name()
	switch {
	case m != "" && n != "":
		return []string{m, n}
	case k != "":
		return []string{string(k)}
	}
	return []string{"permissions"}
}

func allowedList(p *catalog.Permission) string {
	if p.Kind == catalog.KindText {
		return "a task category name or " + quote(string(catalog.TaskCategoryOwn))
	}
	vs := make([]string, len(p.Options))
	for i, o := range p.Options {
		vs[i] = quote(string(o.Value))
	}
	return strings.Join(vs, ", ")
}

func quote(s string) string { return `"` + s + `"` }

// checkValues reports unknown keys and invalid values of settings (AT110).
func (r *run) checkValues(addr string, prefix []string, s catalog.Settings, table []*perm, index map[catalog.Key]int, what string) {
	if !r.on(RuleInvalidValue) {
		return
	}
	for k, v := range s {
		i, ok := index[k]
		if !ok {
			f := Finding{RuleID: RuleInvalidValue, Address: addr, Path: atPath(prefix, keyPath(k)), Key: k,
				Summary: "Unknown " + what + " permission " + quote(string(k)) + ".",
				Detail:  "The catalogue has no " + what + " permission with this name, so Autotask cannot store it."}
			f.FixHCL, f.Fix = misspelledFix(k, v, table)
			r.add(f)
			continue
		}
		p := table[i]
		if valid(p.Permission, v) {
			continue
		}
		fixHCL, fix := permissionFix(kv{k, p.Floor}), "Or another allowed value: "+allowedList(p.Permission)+"."
		if p.Kind == catalog.KindText {
			fix = "Or the name of a task category."
		}
		if c, err := p.Parse(string(v)); err == nil && c != "" {
			fixHCL, fix = permissionFix(kv{k, c}), ""
		}
		r.add(Finding{RuleID: RuleInvalidValue, Address: addr, Path: atPath(prefix, p.path), Key: k,
			Summary: quote(string(v)) + " is not an allowed value of " + p.quoted + ".",
			Detail:  p.Label + " takes " + allowedList(p.Permission) + ".",
			FixHCL:  fixHCL, Fix: fix})
	}
}

// misspelledFix corrects the name of an unknown permission k to the
// closest permission of its module (or group) in table, keeping the value
// when it suits that permission.
func misspelledFix(k catalog.Key, v catalog.Value, table []*perm) (fixHCL, fix string) {
	var names []string
	byName := map[string]*perm{}
	for _, p := range table {
		if p.Key.Module() == k.Module() {
			names = append(names, p.Key.Name())
			byName[p.Key.Name()] = p
		}
	}
	name, ok := closest(k.Name(), names)
	if !ok {
		return "", "Remove the setting; no permission has a name close to it."
	}
	p := byName[name]
	if c, err := p.Parse(string(v)); err == nil && valid(p.Permission, c) {
		return permissionFix(kv{p.Key, c}), "Or remove the setting."
	}
	return "", "Correct the name (the closest permission is " + p.quoted + ", which takes " + allowedList(p.Permission) + ") or remove the setting."
}

// checkLevels runs the AT1xx rules that concern one security level.
func (r *run) checkLevels() {
	for i, l := range r.levels {
		in := &r.in.Levels[i]
		r.checkValues(l.address, l.prefix, in.Overrides, perms, permIdx, "security-level")
		if l.base == nil {
			r.reportBase(l, in)
			continue
		}
		if in.isSystem() {
			r.checkSystemLevel(l, in)
			continue
		}
		r.checkLicenseModules(l, in)
	}
}

func (r *run) reportBase(l *lvl, in *Level) {
	b, err := in.base()
	if errors.Is(err, ErrNotCopyable) && b != nil {
		least, _ := catalog.SystemLevelByID(catalog.MinimalAccess)
		r.add(Finding{RuleID: RuleBaseNotCopyable, Address: l.address, Path: at(l.prefix, AttrCopyFrom),
			Summary: b.DisplayName + " cannot be copied.",
			Detail:  "Autotask does not allow copies of " + b.DisplayName + "; it exists only to show shared dashboards.",
			FixHCL:  renderHCL(hclAttr(AttrCopyFrom, hclString(least.Name))),
			Fix:     "Or copy another system level; " + least.Name + " grants the least."})
		return
	}
	path, given := AttrCopyFrom, in.CopyFrom
	if in.isSystem() {
		path, given = AttrName, in.Name
	}
	f := Finding{RuleID: RuleUnknownBase, Address: l.address, Path: at(l.prefix, path),
		Summary: "The base level of " + l.describe() + " is missing or unknown.",
		Detail:  "The level's base could not be resolved: " + err.Error() + ".",
		Fix:     "Name one of the system levels: " + systemLevelList() + "."}
	if name, ok := closestSystemLevel(given); ok && !errors.Is(err, ErrConflictingBase) {
		f.FixHCL, f.Fix = renderHCL(hclAttr(path, hclString(name))), ""
	}
	r.add(f)
}

// closestSystemLevel is the system level whose name (or display name) s
// misspells, by its name.
func closestSystemLevel(s string) (string, bool) {
	var spellings, names []string
	for _, l := range catalog.SystemLevels() {
		spellings, names = append(spellings, l.Name, l.DisplayName), append(names, l.Name, l.Name)
	}
	return closestName(s, spellings, names)
}

func (r *run) checkSystemLevel(l *lvl, in *Level) {
	for k, v := range in.Overrides {
		i, ok := permIdx[k]
		if !ok {
			continue
		}
		p := perms[i]
		if !valid(p.Permission, v) || v == l.vals[i] {
			continue
		}
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: l.address, Path: atPath(l.prefix, p.path), Key: k,
			Summary: l.sys.DisplayName + " is read-only: " + p.quoted + " stays " + quote(string(l.vals[i])) + ".",
			Detail:  "System levels cannot be saved with changes; the configuration asks for " + quote(string(v)) + ".",
			FixHCL:  customCopyFix(l.sys, kv{k, v}),
			Fix:     "Then leave the setting out of " + l.sys.DisplayName + ", which stays as Autotask ships it."})
	}
	if in.Inactive && !l.sys.Inactivatable {
		r.add(Finding{RuleID: RuleSystemLevelEdited, Address: l.address, Path: at(l.prefix, AttrActive),
			Summary: l.sys.DisplayName + " cannot be inactivated.",
			Detail:  "Among the system levels only Dashboard User can be inactivated.",
			FixHCL:  renderHCL(hclAttr(AttrActive, hclBool(true)))})
	}
}

// checkLicenseModules reports overrides above floor in modules the level's
// license does not allow (AT109).
func (r *run) checkLicenseModules(l *lvl, in *Level) {
	if l.license == nil || !r.on(RuleOutsideLicense) {
		return
	}
	for k, v := range in.Overrides {
		i, ok := permIdx[k]
		if !ok {
			continue
		}
		p := perms[i]
		if !valid(p.Permission, v) || !p.aboveFloor(v) || l.license.Allows(p.Module) {
			continue
		}
		mod, _ := catalog.ModuleByName(string(p.Module))
		r.add(Finding{RuleID: RuleOutsideLicense, Address: l.address, Path: atPath(l.prefix, p.path), Key: k,
			Summary: "The " + string(l.license.Type) + " license cannot grant " + p.quoted + " = " + quote(string(v)) + ".",
			Detail:  "Levels copied from " + l.base.DisplayName + " use the " + string(l.license.Type) + " license, which includes no " + mod.Label + " permissions; they must stay " + quote(string(p.Floor)) + ".",
			FixHCL:  permissionFix(kv{k, p.Floor}),
			Fix:     "Or copy a system level whose license includes " + mod.Label + "."})
	}
}

// checkAPILicenseLimit reports new API-license levels beyond the limit:
// the system API levels, the existing custom ones, the planned creates of
// other objects (Input.PlannedAPILicenseLevels) and the new levels of the
// Input together. Names are unique in a database, so a new level named like
// an existing one replaces it (or fails), and is counted once.
func (r *run) checkAPILicenseLimit() {
	if !r.on(RuleAPILicenseLevelLimit) {
		return
	}
	count := 0
	for _, s := range catalog.SystemLevels() {
		if s.License == catalog.LicenseAPIUser {
			count++
		}
	}
	var fresh []*lvl
	freshNames := map[string]bool{}
	for _, l := range r.levels {
		if l.sys != nil || l.base == nil || l.license == nil || l.license.Type != catalog.LicenseAPIUser {
			continue
		}
		if l.in.ID != 0 {
			count++
		} else {
			fresh = append(fresh, l)
			if nm := normName(l.name); nm != "" {
				freshNames[nm] = true
			}
		}
	}
	remoteNames := map[string]bool{}
	if rem := r.in.Remote; rem != nil {
		for _, l := range r.remoteAll {
			if l.license == nil || l.license.Type != catalog.LicenseAPIUser {
				continue
			}
			nm := normName(l.name)
			if nm != "" && freshNames[nm] {
				continue // replaced by a new level of the same name
			}
			if nm != "" {
				remoteNames[nm] = true
			}
			count++
		}
		if rem.ExtraAPILicenseLevels > 0 {
			count += rem.ExtraAPILicenseLevels
		}
	}
	others := map[string]bool{}
	for _, name := range r.in.PlannedAPILicenseLevels {
		nm := normName(name)
		if nm == "" || freshNames[nm] || remoteNames[nm] {
			continue
		}
		others[nm] = true
	}
	room := catalog.MaxAPILicenseLevels - count - len(others)
	if len(fresh) <= room {
		return
	}
	sort.SliceStable(fresh, func(i, j int) bool {
		if fresh[i].address != fresh[j].address {
			return fresh[i].address < fresh[j].address
		}
		return fresh[i].name < fresh[j].name
	})
	room = max(room, 0)
	total := count + len(others) + len(fresh)
	var elsewhere string
	if len(others) > 0 {
		elsewhere = ", " + plural(len(others), "other level is", "other levels are") + " created by other objects of this plan"
	}
	for _, l := range fresh[room:] {
		r.add(Finding{RuleID: RuleAPILicenseLevelLimit, Address: l.address, Path: at(l.prefix, AttrCopyFrom),
			Summary: "Creating " + l.describe() + " would exceed the limit of " + strconv.Itoa(catalog.MaxAPILicenseLevels) + " API User license levels.",
			Detail: "With this plan " + strconv.Itoa(total) + " levels would use the API User license: " + strconv.Itoa(count) + " already exist (the system API levels included)" +
				elsewhere + " and " + plural(len(fresh), "is", "are") + " new here.",
			Fix: "Reuse an existing API-license level (point the API users' security_level_id at it), or delete unused ones first."})
	}
}

// customCopyFix is a new custom level copied from system level s with the
// given settings: how a system level's permission is changed.
func customCopyFix(s *catalog.SystemLevel, settings ...kv) string {
	name := s.Name + " (custom)"
	body := append([]hclNode{hclAttr(AttrName, hclString(name)), hclAttr(AttrCopyFrom, hclString(s.Name))}, permissionNodes(settings...)...)
	return renderHCL(hclBlock("resource", []string{ObjectSecurityLevel, localName(name)}, body...))
}

// NameKey is the form in which two level names are the same (Autotask
// compares names without regard to case or repeated spaces).
func NameKey(name string) string { return normName(name) }

// plural renders n with the verb agreeing ("1 is", "2 are").
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
