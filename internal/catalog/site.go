package catalog

import (
	"fmt"
	"net/mail"
	"slices"
	"strconv"
	"strings"
)

// Range is the allowed span of a numeric site setting, with the value the
// provider assumes when a configuration leaves the setting out.
type Range struct {
	Min, Max, Default int
	// Unit names what is counted ("characters", "days").
	Unit string
	// ZeroMeans, when set, says what 0 stands for (Min is then 0).
	ZeroMeans string
}

// Contains reports whether n is allowed.
func (r Range) Contains(n int) bool { return n >= r.Min && n <= r.Max }

// String renders the range for messages: "8 to 64 characters".
func (r Range) String() string {
	s := strconv.Itoa(r.Min) + " to " + strconv.Itoa(r.Max) + " " + r.Unit
	if r.ZeroMeans != "" {
		s += " (0 = " + r.ZeroMeans + ")"
	}
	return s
}

// The ranges of the site's login security policy (the SecuritySettings
// extension entity). Autotask's web UI offers these settings with the same
// bounds; the defaults are the catalogue's conservative choice.
var (
	// PasswordMinimumLength is the shortest password the strong-password
	// requirement accepts.
	PasswordMinimumLength = Range{Min: 8, Max: 64, Default: 8, Unit: "characters"}
	// PasswordExpiryDays is how long a password stays valid.
	PasswordExpiryDays = Range{Min: 0, Max: 365, Default: 0, Unit: "days", ZeroMeans: "passwords never expire"}
	// PasswordHistoryCount is how many previous passwords may not be reused.
	PasswordHistoryCount = Range{Min: 0, Max: 24, Default: 5, Unit: "passwords", ZeroMeans: "any previous password may be reused"}
	// LockoutThreshold is how many failed logins in a row lock a user out.
	LockoutThreshold = Range{Min: 1, Max: 99, Default: 5, Unit: "failed logins"}
	// LockoutReleaseMinutes is how long an automatic lock-out lasts.
	LockoutReleaseMinutes = Range{Min: 1, Max: 1440, Default: 30, Unit: "minutes"}
)

// CharacterClass is a kind of character the strong-password requirement
// can demand in every password.
type CharacterClass string

// The character classes.
const (
	ClassLowercase CharacterClass = "lowercase"
	ClassUppercase CharacterClass = "uppercase"
	ClassDigit     CharacterClass = "digit"
	ClassSymbol    CharacterClass = "symbol"
)

// CharacterClassInfo describes one class.
type CharacterClassInfo struct {
	Class CharacterClass
	// Field is the boolean field of SecuritySettings that requires it.
	Field string
	// Label is how the docs describe it.
	Label string
	// Default says whether the class is required when a configuration
	// names none.
	Default bool
}

var characterClasses = []CharacterClassInfo{
	{ClassLowercase, "passwordRequireLowercase", "lower-case letters a-z", true},
	{ClassUppercase, "passwordRequireUppercase", "upper-case letters A-Z", true},
	{ClassDigit, "passwordRequireDigit", "digits 0-9", true},
	{ClassSymbol, "passwordRequireSymbol", "symbols: any other printable character", false},
}

// CharacterClasses lists the classes in a stable order.
func CharacterClasses() []CharacterClassInfo { return slices.Clone(characterClasses) }

// CharacterClassByName finds a class by its name (any letter case).
func CharacterClassByName(s string) (CharacterClassInfo, bool) {
	s = strings.TrimSpace(s)
	return find(characterClasses, func(c CharacterClassInfo) bool { return strings.EqualFold(string(c.Class), s) })
}

// DefaultCharacterClasses lists the classes required by default.
func DefaultCharacterClasses() []CharacterClass {
	var out []CharacterClass
	for _, c := range characterClasses {
		if c.Default {
			out = append(out, c.Class)
		}
	}
	return out
}

// LockoutRelease says how a user locked out after failed logins gets back in.
type LockoutRelease string

// The ways a lock-out ends.
const (
	// ReleaseAutomatic lifts the lock-out after LockoutReleaseMinutes.
	ReleaseAutomatic LockoutRelease = "automatic"
	// ReleaseAdministrator keeps the user locked out until an administrator
	// unlocks the resource.
	ReleaseAdministrator LockoutRelease = "administrator"
)

// LockoutReleaseInfo describes one way a lock-out ends.
type LockoutReleaseInfo struct {
	Release LockoutRelease
	// ID is the picklist value of SecuritySettings.lockoutReleaseMode.
	ID    int
	Label string
}

var lockoutReleases = []LockoutReleaseInfo{
	{ReleaseAutomatic, 1, "Automatically, after the lock-out duration"},
	{ReleaseAdministrator, 2, "Only when an administrator unlocks the resource"},
}

// DefaultLockoutRelease is the release used when a configuration names none.
const DefaultLockoutRelease = ReleaseAutomatic

// LockoutReleases lists the ways a lock-out ends.
func LockoutReleases() []LockoutReleaseInfo { return slices.Clone(lockoutReleases) }

// LockoutReleaseByName finds a release mode by name (any letter case).
func LockoutReleaseByName(s string) (LockoutReleaseInfo, bool) {
	s = strings.TrimSpace(s)
	return find(lockoutReleases, func(r LockoutReleaseInfo) bool { return strings.EqualFold(string(r.Release), s) })
}

// LockoutReleaseByID finds a release mode by its picklist value.
func LockoutReleaseByID(id int) (LockoutReleaseInfo, bool) {
	return find(lockoutReleases, func(r LockoutReleaseInfo) bool { return r.ID == id })
}

// Login-method defaults: Autotask requires SSO or two-factor
// authentication for every user, so the catalogue's default is 2FA.
const (
	DefaultSSORequired       = false
	DefaultTwoFactorRequired = true
	DefaultStrongPasswords   = true
	DefaultLockoutEnabled    = true
)

// MaxNotificationRecipients bounds the security event notification list.
const MaxNotificationRecipients = 50

// CheckEmailAddress accepts a bare e-mail address ("soc@msp.example"),
// without display name or angle brackets, as Autotask stores recipients.
func CheckEmailAddress(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("an e-mail address cannot be blank")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return fmt.Errorf("%q is not a valid e-mail address (write it as name@domain, nothing else)", s)
	}
	local, domain, _ := strings.Cut(s, "@")
	if local == "" || !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
		return fmt.Errorf("%q is not a valid e-mail address (the domain needs a dot, as in name@example.com)", s)
	}
	return nil
}
