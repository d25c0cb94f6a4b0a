package evaluate

import (
	"cmp"
	"slices"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// UserKind tells the users of the access report apart.
type UserKind string

// The kinds of user.
const (
	// UserResource is a resource that signs in to the Autotask UI.
	UserResource UserKind = "resource"
	// UserAPI is an API-only resource (API User license).
	UserAPI UserKind = "api_user"
	// UserPortal is a contact's Client Portal or Taskfire login.
	UserPortal UserKind = "client_portal"
)

var userKindOrder = map[UserKind]int{UserResource: 0, UserAPI: 1, UserPortal: 2}

// UserAccess is one user of the access report: what they sign in to and
// what they can reach beyond their level.
type UserAccess struct {
	UserName string
	// Name is the person's or integration's name.
	Name   string
	Kind   UserKind
	Active bool
	// Level is the security level's name (resources and API users).
	Level   string
	License catalog.LicenseType
	// Protected is the resource's protected-data access; nil for portal
	// users, who never see protected fields, and when unknown.
	Protected *catalog.ProtectedAccess
	// PortalLevel is the Client Portal / Taskfire level's name (portal
	// users only).
	PortalLevel string
}

// ProtectedIsDefault reports whether the protected-data access is what the
// user's license gives by default (all four for administrators and API
// users, unprotected data only for everyone else).
func (u UserAccess) ProtectedIsDefault() bool {
	return u.Protected != nil && u.License != "" && *u.Protected == catalog.ProtectedAccessDefault(u.License)
}

// ProtectedSummary describes the protected-data access in words, e.g.
// "View + edit" or "None".
func (u UserAccess) ProtectedSummary() string {
	if u.Protected == nil {
		return ""
	}
	return accessWords(u.Protected.ViewProtected, u.Protected.EditProtected)
}

// UnprotectedSummary describes the access to unprotected user-defined
// fields in words.
func (u UserAccess) UnprotectedSummary() string {
	if u.Protected == nil {
		return ""
	}
	return accessWords(u.Protected.ViewUnprotected, u.Protected.EditUnprotected)
}

func accessWords(view, edit bool) string {
	switch {
	case view && edit:
		return "View + edit"
	case view:
		return "View"
	case edit:
		return "Edit without view"
	}
	return "None"
}

// SortUsers orders users by kind (resources, API users, portal users),
// then by user name, case-insensitively.
func SortUsers(users []UserAccess) {
	slices.SortStableFunc(users, func(a, b UserAccess) int {
		if c := cmp.Compare(userKindOrder[a.Kind], userKindOrder[b.Kind]); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(a.UserName), strings.ToLower(b.UserName))
	})
}

// UserAccessMarkdown renders users as a GitHub-flavoured table, one line
// per user, ending with a newline. Protected-data access that is the
// license's default says so.
func UserAccessMarkdown(users []UserAccess) string {
	var b strings.Builder
	b.WriteString("| User | Name | Kind | Active | Security level | Protected data | Unprotected data | Portal level |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	dash := func(s string) string {
		if s == "" {
			return "—"
		}
		return s
	}
	for _, u := range users {
		prot := u.ProtectedSummary()
		if u.ProtectedIsDefault() {
			prot += " (default for " + string(u.License) + ")"
		}
		active := "No"
		if u.Active {
			active = "Yes"
		}
		for _, cell := range []string{u.UserName, dash(u.Name), string(u.Kind), active, dash(u.Level), dash(prot), dash(u.UnprotectedSummary()), dash(u.PortalLevel)} {
			b.WriteString("| ")
			b.WriteString(escapeCell(cell))
			b.WriteString(" ")
		}
		b.WriteString("|\n")
	}
	return b.String()
}
