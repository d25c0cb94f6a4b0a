package evaluate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Attribute names used in finding paths for attributes that are not
// permissions. Permissions are addressed as [module, name] (security
// levels) or [group, name] (portal levels).
const (
	AttrName                   = "name"
	AttrCopyFrom               = "copy_from"
	AttrActive                 = "active"
	AttrSecurityLevel          = "security_level_id"
	AttrIntegration            = "integration"
	AttrUserName               = "username"
	AttrType                   = "type"
	AttrViewProtected          = "view_protected"
	AttrEditProtected          = "edit_protected"
	AttrSSORequired            = "sso_required"
	AttrTwoFactorRequired      = "two_factor_required"
	AttrLockoutEnabled         = "lockout_enabled"
	AttrLockoutThreshold       = "lockout_threshold"
	AttrNotificationRecipients = "notification_recipients"
)

// Input is everything a plan says about security, plus what is known of the
// PSA as it stands. Every part is optional.
type Input struct {
	Levels        []Level
	APIUsers      []APIUser
	PortalLevels  []PortalLevel
	ProtectedData []ProtectedGrant
	// Settings is the planned site login policy (nil when not managed).
	Settings *SiteSettings
	// Self is the API user Terraform itself runs as (nil when unknown).
	Self *Self
	// Remote describes what already exists in the PSA (nil when unknown).
	Remote *Remote
	// PlannedAPILicenseLevels names API-license levels that other objects
	// of the same plan create and that Levels does not describe: a provider
	// plans one object at a time, yet the limit of AT106 is on the whole
	// plan. Names that match a level of Levels or of Remote (a replacement)
	// are counted once.
	PlannedAPILicenseLevels []string
}

// Level is a security level as planned.
//
// A custom level names its base system level with CopyFrom (any spelling
// catalog.SystemLevelByName accepts, or the level's ID in decimal) or
// CopyFromID (when both are set they must agree); it inherits the base's
// defaults and license, and Overrides lay values over them. A level with
// System set (or an ID in the system range) is the system level itself, and
// its Overrides must match its defaults. Overrides may be partial; a value
// that is unknown at plan time should simply be left out. A level whose
// base is still unknown at plan time should be left out of the Input.
type Level struct {
	// Address names the object in messages ("autotask_security_level.sd").
	Address string
	// ID is the PSA's ID, or 0 for a level the plan creates.
	ID         int64
	Name       string
	System     bool
	CopyFrom   string
	CopyFromID catalog.LevelID
	Overrides  catalog.Settings
	Inactive   bool
	Deleting   bool
	// PathPrefix is prepended to every path reported for this level.
	PathPrefix []string
}

// LevelRef points at a security level: a level of the Input (by Address,
// ID or Name), a system level (by ID or any accepted name) or a level of
// Remote. Fields are tried in that order; an empty ref means "unknown at
// plan time" and is not checked.
type LevelRef struct {
	Address string
	ID      int64
	Name    string
}

// IsZero reports whether r names nothing.
func (r LevelRef) IsZero() bool { return r.Address == "" && r.ID == 0 && r.Name == "" }

func (r LevelRef) String() string {
	switch {
	case r.Address != "":
		return r.Address
	case r.Name != "":
		return fmt.Sprintf("%q", r.Name)
	case r.ID != 0:
		return fmt.Sprintf("ID %d", r.ID)
	}
	return "(unset)"
}

// APIUser is an API-only resource as planned.
type APIUser struct {
	Address  string
	ID       int64
	UserName string
	Level    LevelRef
	// Integration names a catalog profile ("rewst"); empty for none.
	Integration string
	Inactive    bool
	Deleting    bool
	PathPrefix  []string
}

// PortalLevel is a Client Portal or Taskfire security level as planned. A
// custom level starts from catalog.PortalCustomDefaults(Type) and Settings
// lay values over it; a System one is a catalogue portal level (found by ID
// or name) whose Settings must match its defaults.
type PortalLevel struct {
	Address    string
	ID         int64
	Name       string
	System     bool
	Type       catalog.PortalType
	Settings   catalog.Settings
	Deleting   bool
	PathPrefix []string
}

// ProtectedGrant is one resource's protected-data permissions.
type ProtectedGrant struct {
	Address string
	// ResourceID and UserName identify the resource; either may be empty.
	ResourceID      int64
	UserName        string
	ViewProtected   bool
	EditProtected   bool
	ViewUnprotected bool
	EditUnprotected bool
	PathPrefix      []string
}

// SiteSettings is the site's login security policy.
type SiteSettings struct {
	Address           string
	SSORequired       bool
	TwoFactorRequired bool
	LockoutEnabled    bool
	LockoutThreshold  int
	// Recipients are the security event notification recipients.
	Recipients []string
	PathPrefix []string
}

// Self is the API user the provider authenticates as.
type Self struct {
	UserName string
	// Level is the level Self is on now.
	Level LevelRef
}

// Remote is what the PSA holds before the plan is applied.
type Remote struct {
	// Levels are existing custom security levels; entries whose ID matches
	// a Level of the Input are superseded by it.
	Levels []RemoteLevel
	// APILicenseLevelsOnly says that Levels holds only the custom levels on
	// the API User license (and the level Terraform's own API user is on),
	// not every custom level: what the rules need, whatever the tenant's
	// size.
	APILicenseLevelsOnly bool
	// ExtraAPILicenseLevels counts API-license custom levels that exist but
	// are described neither by Input.Levels nor by Levels (for callers that
	// only know a count).
	ExtraAPILicenseLevels int
	// APIUsers are existing API users; entries whose user name matches an
	// APIUser of the Input are superseded by it.
	APIUsers []RemoteAPIUser
	// Settings is the current site policy, used for "no longer required".
	Settings *SiteSettings
}

// RemoteLevel is an existing custom level.
type RemoteLevel struct {
	ID      int64
	Name    string
	License catalog.LicenseType
	// Settings are its complete effective settings, or nil if unknown.
	Settings catalog.Settings
}

// RemoteAPIUser is an existing API user.
type RemoteAPIUser struct {
	UserName    string
	Integration string
}

// Finding is one result of a rule.
type Finding struct {
	RuleID   string
	Severity Severity
	// Summary is one line; Detail explains; Fix says what to change.
	Summary string
	Detail  string
	// Path is the attribute path relative to the object at Address; it is
	// never empty.
	Path    []string
	Address string
	Fix     string
	// Key is the permission concerned, when there is one.
	Key catalog.Key
}

// String renders the finding on one line, for logs and tests.
func (f Finding) String() string {
	return fmt.Sprintf("%s %s %s[%s]: %s", f.RuleID, f.Severity, f.Address, strings.Join(f.Path, "."), f.Summary)
}

// Options tune an evaluation.
type Options struct {
	// SeverityOverrides replaces a rule's default severity, keyed by rule
	// ID; SeverityOff silences the rule.
	SeverityOverrides map[string]Severity
}

// Validate reports overrides for unknown rules or with invalid severities.
func (o Options) Validate() error {
	var bad []string
	for id, s := range o.SeverityOverrides {
		if _, ok := RuleByID(id); !ok {
			bad = append(bad, fmt.Sprintf("unknown rule %q", id))
		} else if !s.Valid() {
			bad = append(bad, fmt.Sprintf("rule %s: invalid severity %d", id, int(s)))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("evaluate: %s", strings.Join(bad, "; "))
}
