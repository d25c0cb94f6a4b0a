package evaluate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Errors returned by Effective, wrapped with the offending name.
var (
	ErrNoBase          = errors.New("no base level: copy_from is not set")
	ErrUnknownBase     = errors.New("unknown base level")
	ErrNotCopyable     = errors.New("base level cannot be copied")
	ErrConflictingBase = errors.New("copy_from and copy_from ID name different levels")
)

// perm is a catalogue permission with what the rules need precomputed.
type perm struct {
	*catalog.Permission
	idx       int
	path      []string
	floorRank int
	quoted    string // `"Label" (module.name)`
}

var (
	perms       []*perm
	permIdx     map[catalog.Key]int
	portalPerms []*perm
	portalIdx   map[catalog.Key]int
	// sysVals holds each system level's defaults indexed like perms.
	sysVals map[catalog.LevelID][]catalog.Value
	// portalSysVals holds each system portal level's defaults.
	portalSysVals map[catalog.PortalLevelID][]catalog.Value
	// portalCustomVals holds the starting values of a custom portal level.
	portalCustomVals map[catalog.PortalType][]catalog.Value
	// idxManageResources etc. are indexes of permissions rules name.
	idxManageResources, idxManageSecurity, idxViewCosts, idxApprovePost int
	idxChargesView, idxChargesEdit, idxChargesDelete                    int
)

func compile(p *catalog.Permission, i int, path []string) *perm {
	c := &perm{Permission: p, idx: i, path: path[:len(path):len(path)]}
	c.floorRank, _ = p.Rank(p.Floor)
	c.quoted = fmt.Sprintf("%q (%s)", p.Label, p.Key)
	return c
}

func init() {
	all := catalog.Permissions()
	perms = make([]*perm, len(all))
	permIdx = make(map[catalog.Key]int, len(all))
	for i, p := range all {
		perms[i] = compile(p, i, []string{string(p.Module), p.Name})
		permIdx[p.Key] = i
	}
	sysVals = make(map[catalog.LevelID][]catalog.Value)
	for _, l := range catalog.SystemLevels() {
		v := make([]catalog.Value, len(perms))
		for i, p := range perms {
			v[i], _ = l.Default(p.Key)
		}
		sysVals[l.ID] = v
	}
	pp := catalog.PortalPermissions()
	portalPerms = make([]*perm, len(pp))
	portalIdx = make(map[catalog.Key]int, len(pp))
	for i, p := range pp {
		path := []string{string(p.Group), p.Name}
		if p.Group == catalog.PortalGroupGeneral {
			path = []string{p.Name} // settings of the level itself sit beside its name
		}
		portalPerms[i] = compile(&p.Permission, i, path)
		portalIdx[p.Key] = i
	}
	portalSysVals = make(map[catalog.PortalLevelID][]catalog.Value)
	for _, l := range catalog.PortalLevels() {
		portalSysVals[l.ID] = portalValues(l.Defaults())
	}
	portalCustomVals = make(map[catalog.PortalType][]catalog.Value)
	for _, t := range catalog.PortalTypes() {
		portalCustomVals[t] = portalValues(catalog.PortalCustomDefaults(t))
	}
	idxManageResources = mustIdx(catalog.KeyManageResources)
	idxManageSecurity = mustIdx(catalog.KeyManageSecurityLevels)
	idxViewCosts = mustIdx(catalog.KeyViewInternalCosts)
	idxApprovePost = mustIdx(catalog.KeyApproveAndPost)
	idxChargesView = mustIdx(catalog.KeyChargesExpensesView)
	idxChargesEdit = mustIdx(catalog.KeyChargesExpensesEdit)
	idxChargesDelete = mustIdx(catalog.KeyChargesExpensesDelete)
	buildProfiles()
	buildAccess()
	buildPortalRules()
}

func mustIdx(k catalog.Key) int {
	i, ok := permIdx[k]
	if !ok {
		panic("evaluate: catalogue lacks " + string(k))
	}
	return i
}

// valid reports whether v is an allowed value of p in canonical spelling.
func valid(p *catalog.Permission, v catalog.Value) bool {
	if p.Kind == catalog.KindText {
		return v != ""
	}
	_, ok := p.Rank(v)
	return ok
}

// rank returns the privilege rank of v, or -1 when v is not allowed.
func (p *perm) rank(v catalog.Value) int {
	if p.Kind == catalog.KindText {
		return 0
	}
	for _, o := range p.Options {
		if o.Value == v {
			return o.Rank
		}
	}
	return -1
}

// aboveFloor reports whether v grants more than the permission's floor.
func (p *perm) aboveFloor(v catalog.Value) bool {
	return p.Kind != catalog.KindText && p.rank(v) > p.floorRank
}

func portalValues(s catalog.Settings) []catalog.Value {
	out := make([]catalog.Value, len(portalPerms))
	for i, p := range portalPerms {
		out[i] = s[p.Key]
	}
	return out
}

// isSystem reports whether l describes a system level itself.
func (l *Level) isSystem() bool {
	return l.System || (l.ID != 0 && catalog.IsSystemLevelID(l.ID))
}

// base resolves the system level l is (System) or is copied from.
func (l *Level) base() (*catalog.SystemLevel, error) {
	if l.isSystem() {
		if l.ID != 0 {
			if s, ok := catalog.SystemLevelByID(catalog.LevelID(l.ID)); ok {
				return s, nil
			}
		}
		if s, ok := catalog.SystemLevelByName(l.Name); ok {
			return s, nil
		}
		return nil, fmt.Errorf("%w: %q is not a system level", ErrUnknownBase, l.Name)
	}
	var byID, byName *catalog.SystemLevel
	if l.CopyFromID != 0 {
		s, ok := catalog.SystemLevelByID(l.CopyFromID)
		if !ok {
			return nil, fmt.Errorf("%w: ID %d is not a system level", ErrUnknownBase, l.CopyFromID)
		}
		byID = s
	}
	if l.CopyFrom != "" {
		s, ok := catalog.SystemLevelByName(l.CopyFrom)
		if id, err := strconv.ParseInt(strings.TrimSpace(l.CopyFrom), 10, 64); err == nil {
			s, ok = catalog.SystemLevelByID(catalog.LevelID(id))
		}
		if !ok {
			return nil, fmt.Errorf("%w: %q is not a system level", ErrUnknownBase, l.CopyFrom)
		}
		byName = s
	}
	b := byName
	switch {
	case byID != nil && byName != nil && byID != byName:
		return nil, fmt.Errorf("%w: %q and ID %d", ErrConflictingBase, l.CopyFrom, l.CopyFromID)
	case b == nil:
		b = byID
	}
	if b == nil {
		return nil, ErrNoBase
	}
	if !b.Copyable {
		return b, fmt.Errorf("%w: %s", ErrNotCopyable, b.DisplayName)
	}
	return b, nil
}

// values computes the effective values of l over its base, indexed like
// perms. Invalid and unknown overrides are ignored (they are reported by
// AT110); a system level keeps its defaults.
func (l *Level) values(b *catalog.SystemLevel) []catalog.Value {
	out := make([]catalog.Value, len(perms))
	copy(out, sysVals[b.ID])
	if l.isSystem() {
		return out
	}
	for k, v := range l.Overrides {
		i, ok := permIdx[k]
		if ok && valid(perms[i].Permission, v) {
			out[i] = v
		}
	}
	return out
}

func toSettings(vals []catalog.Value, table []*perm) catalog.Settings {
	s := make(catalog.Settings, len(table))
	for i, p := range table {
		s[p.Key] = vals[i]
	}
	return s
}

// Effective returns what level grants: its base system level's defaults
// with the valid overrides laid over them, together with the base (whose
// License the level inherits). A system level grants exactly its defaults;
// Level{System: true, Name: name} is the way to read any system level's
// settings, Dashboard User (which cannot be copied) included.
// The error wraps ErrNoBase, ErrUnknownBase, ErrConflictingBase or
// ErrNotCopyable; with ErrNotCopyable the base is returned too.
func Effective(level Level) (catalog.Settings, *catalog.SystemLevel, error) {
	b, err := level.base()
	if err != nil {
		return nil, b, err
	}
	return toSettings(level.values(b), perms), b, nil
}

// EffectivePortal returns what a portal level grants: the custom defaults
// of its type (or a system portal level's defaults) with valid settings
// laid over them.
func EffectivePortal(level PortalLevel) (catalog.Settings, error) {
	vals, _, err := level.values()
	if err != nil {
		return nil, err
	}
	return toSettings(vals, portalPerms), nil
}

func (l *PortalLevel) system() (*catalog.PortalLevel, error) {
	if l.ID != 0 {
		if s, ok := catalog.PortalLevelByID(catalog.PortalLevelID(l.ID)); ok {
			return s, nil
		}
	}
	if s, ok := catalog.PortalLevelByName(l.Name); ok {
		return s, nil
	}
	return nil, fmt.Errorf("%w: %q is not a system portal level", ErrUnknownBase, l.Name)
}

func (l *PortalLevel) isSystem() bool {
	return l.System || catalog.IsSystemPortalLevelID(l.ID)
}

// values returns the effective portal values and the level's type.
func (l *PortalLevel) values() ([]catalog.Value, catalog.PortalType, error) {
	if l.isSystem() {
		s, err := l.system()
		if err != nil {
			return nil, "", err
		}
		out := make([]catalog.Value, len(portalPerms))
		copy(out, portalSysVals[s.ID])
		return out, s.Type, nil
	}
	if l.Type != catalog.PortalClientAccess && l.Type != catalog.PortalTaskfire {
		return nil, "", fmt.Errorf("%w: portal level type %q", ErrUnknownBase, l.Type)
	}
	out := make([]catalog.Value, len(portalPerms))
	copy(out, portalCustomVals[l.Type])
	for k, v := range l.Settings {
		if i, ok := portalIdx[k]; ok && valid(portalPerms[i].Permission, v) {
			out[i] = v
		}
	}
	return out, l.Type, nil
}
