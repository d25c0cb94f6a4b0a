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
	AttrVendor                 = "vendor"
	AttrInternalName           = "internal_name"
	AttrLeastPrivilegeProfile  = "least_privilege_profile"
	AttrUserName               = "user_name"
	AttrType                   = "type"
	AttrViewProtected          = "view_protected"
	AttrEditProtected          = "edit_protected"
	AttrSSORequired            = "sso_required"
	AttrTwoFactorRequired      = "two_factor_required"
	AttrLockoutEnabled         = "lockout_enabled"
	AttrLockoutThreshold       = "lockout_threshold"
	AttrNotificationRecipients = "notification_recipients"

	AttrViewUnprotected          = "view_unprotected"
	AttrEditUnprotected          = "edit_unprotected"
	AttrStrongPasswords          = "strong_passwords_required"
	AttrPasswordMinimumLength    = "password_minimum_length"
	AttrPasswordCharacterClasses = "password_character_classes"
	AttrPasswordExpiryDays       = "password_expiry_days"
	AttrPasswordHistoryCount     = "password_history_count"
	AttrLockoutRelease           = "lockout_release"
	AttrLockoutReleaseMinutes    = "lockout_release_minutes"

	// AttrAcknowledge is the attribute, on every resource, that accepts
	// findings of that object by rule ID.
	AttrAcknowledge = "acknowledge"

	AttrUDFType         = "udf_type"
	AttrDataType        = "data_type"
	AttrProtected       = "protected"
	AttrEncrypted       = "encrypted"
	AttrVisibleToPortal = "visible_to_client_portal"
	AttrPicklistValues  = "picklist_values"
)

// Input is everything a plan says about security, plus what is known of the
// PSA as it stands. Every part is optional.
type Input struct {
	Levels        []Level
	APIUsers      []APIUser
	PortalLevels  []PortalLevel
	PortalUsers   []PortalUser
	ProtectedData []ProtectedGrant
	// UDFs are user-defined field definitions as planned.
	UDFs []UDF
	// Settings is the planned site login policy (nil when not managed).
	Settings *SiteSettings
	// Self is the API user Terraform itself runs as (nil when unknown).
	Self *Self
	// Remote describes what already exists in the PSA (nil when unknown).
	Remote *Remote
	// Changes are the access changes the plan makes for existing users,
	// for review (AT501) and the deny_new_access guard (AT502).
	Changes []AccessChange
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
	// Profiles names the integration profiles whose API users are on the
	// level (catalog profile names): a risky permission one of them needs
	// is reported for information only (AT304).
	Profiles []string
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
//
// Its API tracking identifier is an integration vendor's (Vendor, a catalog
// profile or vendor name) or a custom internal integration's
// (InternalName); Integration is the profile its level is checked against
// for least privilege. When only Integration is set, the user is taken to
// carry that vendor's identifier.
type APIUser struct {
	Address  string
	ID       int64
	UserName string
	Level    LevelRef
	// Integration names a catalog profile ("rewst") to check the level
	// against; empty for none. Findings about it are reported at
	// IntegrationPath (default [AttrIntegration]).
	Integration     string
	IntegrationPath []string
	Vendor          string
	InternalName    string
	// PreviousUserName is the user name before the plan, when the plan
	// renames the user.
	PreviousUserName string
	// TrackingChanging is set when the plan gives the user another
	// tracking identifier (another vendor, or a switch between vendor and
	// internal integration).
	TrackingChanging bool
	Inactive         bool
	// Protected is the user's access to user-defined field data as the
	// plan leaves it (a grant of this plan, else the PSA's), nil when not
	// known; an integration whose recipe needs no protected data is told
	// when it keeps view or edit of it (AT206).
	Protected  *catalog.ProtectedAccess
	PathPrefix []string
}

// PortalLevel is a Client Portal or Taskfire security level as planned. A
// custom level starts from catalog.PortalCustomDefaults(Type) and Settings
// lay values over it; a System one is a catalogue portal level (found by ID
// or name) whose Settings must match its defaults.
type PortalLevel struct {
	Address  string
	ID       int64
	Name     string
	System   bool
	Type     catalog.PortalType
	Settings catalog.Settings
	Inactive bool
	// Edited names the attributes besides permissions, name and active
	// that the plan changes on an existing level ("description"); on a
	// system level each is an attempted edit.
	Edited     []string
	PathPrefix []string
}

// PortalUser is a Client Portal / Taskfire login as planned, with what the
// caller knows of its level and of the contact's organization.
type PortalUser struct {
	Address  string
	UserName string
	// Assigning is true when the plan gives the user its level (a new user,
	// or a change of level): Autotask checks the level only then.
	Assigning bool
	// Level describes the user's portal level; an empty Type means it is
	// not known at plan time.
	Level PortalUserLevel
	// Company is the contact's organization, nil when unknown.
	Company    *PortalUserCompany
	PathPrefix []string
}

// PortalUserLevel is what the rules need of a portal user's level.
type PortalUserLevel struct {
	Name     string
	Type     catalog.PortalType
	Inactive bool
}

// PortalUserCompany is what the rules need of a contact's organization.
type PortalUserCompany struct {
	Name     string
	Taskfire bool
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
	// Unknown lists attributes (Attr*) whose planned value is not known
	// yet; the checks that need them are skipped.
	Unknown []string
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
	// LockoutRelease says how a lock-out ends (a catalog.LockoutRelease
	// name); empty when not described. LockoutReleaseMinutes is the
	// duration of an automatic lock-out.
	LockoutRelease        string
	LockoutReleaseMinutes int
	// Password is the strong-password requirement; nil when not described.
	Password   *PasswordPolicy
	PathPrefix []string
	// Unknown lists attributes (Attr*) whose planned value is not known
	// yet; the checks that need them are skipped.
	Unknown []string
}

// PasswordPolicy is the strong-password requirement of the site.
type PasswordPolicy struct {
	// Required says whether strong passwords are enforced at all.
	Required      bool
	MinimumLength int
	// CharacterClasses names the catalog.CharacterClass values every
	// password must contain.
	CharacterClasses []string
	ExpiryDays       int
	HistoryCount     int
}

// UDF is a user-defined field definition as planned.
type UDF struct {
	Address string
	// ID is the PSA's ID, or 0 for a field the plan creates.
	ID   int64
	Name string
	// Type and DataType are catalog.UDFType / catalog.UDFDataType names.
	Type            string
	DataType        string
	Protected       bool
	Encrypted       bool
	VisibleToPortal bool
	// PicklistValues are the values shown to users of a List field.
	PicklistValues []string
	// Before is the field as the PSA holds it (nil for a new field): what
	// Autotask fixes at creation.
	Before     *UDFFixed
	PathPrefix []string
	// Unknown lists attributes (Attr*) whose planned value is not known
	// yet; the checks that need them are skipped.
	Unknown []string
}

// UDFFixed holds what Autotask fixes when a user-defined field is created.
type UDFFixed struct {
	Type      string
	DataType  string
	Encrypted bool
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

// RemoteAPIUser is an existing API user. Vendor or InternalName is its
// tracking identifier (Integration is read as Vendor when both are empty).
type RemoteAPIUser struct {
	UserName     string
	Integration  string
	Vendor       string
	InternalName string
	Inactive     bool
}

// Finding is one result of a rule.
type Finding struct {
	RuleID   string
	Severity Severity
	// Summary is one line; Detail explains.
	Summary string
	Detail  string
	// Path is the attribute path relative to the object at Address; it is
	// never empty.
	Path    []string
	Address string
	// FixHCL is the change that resolves the finding, as the configuration
	// writes it (see fixhcl.go): a fragment of the body of the resource at
	// Address — attributes, a permission inside its module's object — or
	// whole blocks when the change belongs elsewhere (another resource, a
	// removed block, the provider block). It parses as HCL and every value
	// has its attribute's type. Empty when no configuration change resolves
	// the finding, or when the change needs a value the evaluator cannot
	// know; Fix then says what to do.
	FixHCL string
	// Fix is one line of prose: beside FixHCL an alternative or a caveat
	// that is not an attribute value, without FixHCL the remedy itself.
	// Code in it is written between backquotes and is valid HCL too.
	Fix string
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
	// DenyNewAccess lists permissions that no change may grant more of
	// (AT502).
	DenyNewAccess []catalog.Key
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
