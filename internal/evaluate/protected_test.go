package evaluate

import (
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

const (
	siteAddr  = "autotask_security_settings.this"
	udfAddr   = "autotask_user_defined_field.f"
	grantAddr = "autotask_protected_data_access.g"
)

// hardenedSite is a site policy no rule objects to.
func hardenedSite() *SiteSettings {
	s := goodSite()
	s.LockoutRelease, s.LockoutReleaseMinutes = string(catalog.ReleaseAutomatic), 30
	s.Password = &PasswordPolicy{Required: true, MinimumLength: 14, CharacterClasses: []string{"lowercase", "uppercase", "digit", "symbol"}, HistoryCount: 12}
	return s
}

func deviceUDF() UDF {
	return UDF{Address: udfAddr, Name: "Local Admin Password", Type: string(catalog.UDFDevice), DataType: string(catalog.UDFText), Protected: true, Encrypted: true}
}

func protectedRuleCases() []ruleCase {
	site := func(f func(*SiteSettings)) func(*testing.T) Input {
		return func(*testing.T) Input {
			s := hardenedSite()
			f(s)
			return Input{Settings: s}
		}
	}
	udf := func(f func(*UDF)) func(*testing.T) Input {
		return func(*testing.T) Input {
			u := deviceUDF()
			f(&u)
			return Input{UDFs: []UDF{u}}
		}
	}
	grant := func(g ProtectedGrant) func(*testing.T) Input {
		return func(*testing.T) Input {
			g.Address, g.UserName = grantAddr, "jdoe"
			return Input{ProtectedData: []ProtectedGrant{g}}
		}
	}
	existing := func(f func(*UDF)) func(*testing.T) Input {
		return udf(func(u *UDF) {
			u.ID, u.Before = 7, &UDFFixed{Type: string(catalog.UDFDevice), DataType: string(catalog.UDFText), Encrypted: true}
			f(u)
		})
	}
	return []ruleCase{
		{name: "hardened site", rule: RuleInvalidValue, in: site(func(*SiteSettings) {})},
		{name: "invalid recipient", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Recipients = append(s.Recipients, "soc.example.com") }),
			fires: true, addr: siteAddr, path: []string{AttrNotificationRecipients}, contains: `"soc.example.com" is not a valid e-mail address`},
		{name: "recipient twice", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Recipients = append(s.Recipients, "SecOps@Example.com") }),
			fires: true, addr: siteAddr, path: []string{AttrNotificationRecipients}, contains: "listed twice"},
		{name: "short passwords", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Password.MinimumLength = 6 }),
			fires: true, addr: siteAddr, path: []string{AttrPasswordMinimumLength}, contains: "Minimum password length 6 is out of range: password_minimum_length takes 8 to 64 characters."},
		{name: "expiry too long", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Password.ExpiryDays = 366 }),
			fires: true, addr: siteAddr, path: []string{AttrPasswordExpiryDays}, contains: "0 to 365 days (0 = passwords never expire)"},
		{name: "history too long", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Password.HistoryCount = 25 }),
			fires: true, addr: siteAddr, path: []string{AttrPasswordHistoryCount}},
		{name: "unknown character class", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.Password.CharacterClasses = []string{"emoji"} }),
			fires: true, addr: siteAddr, path: []string{AttrPasswordCharacterClasses}},
		{name: "zero threshold with lock-out off", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.LockoutEnabled, s.LockoutThreshold = false, 0 }),
			fires: true, addr: siteAddr, path: []string{AttrLockoutThreshold}, contains: "Lock-out threshold 0 is out of range: lockout_threshold takes 1 to 99 failed logins."},
		{name: "automatic release after 0 minutes", rule: RuleInvalidValue, in: site(func(s *SiteSettings) { s.LockoutReleaseMinutes = 0 }),
			fires: true, addr: siteAddr, path: []string{AttrLockoutReleaseMinutes}},
		{name: "administrator release ignores the duration", rule: RuleInvalidValue, in: site(func(s *SiteSettings) {
			s.LockoutRelease, s.LockoutReleaseMinutes = string(catalog.ReleaseAdministrator), 0
		})},
		{name: "unknown values are not judged", rule: RuleInvalidValue, in: site(func(s *SiteSettings) {
			s.LockoutThreshold, s.Password.MinimumLength, s.Recipients = 0, 0, []string{"x"}
			s.Unknown = []string{AttrLockoutThreshold, AttrPasswordMinimumLength, AttrNotificationRecipients}
		})},
		{name: "strong passwords off", rule: RuleWeakPasswords, in: site(func(s *SiteSettings) { s.Password.Required = false }),
			fires: true, addr: siteAddr, path: []string{AttrStrongPasswords}},
		{name: "strong passwords on", rule: RuleWeakPasswords, in: site(func(*SiteSettings) {})},
		{name: "SSO instead of 2FA, no history", rule: RuleNoStrongLogin, in: site(func(s *SiteSettings) { s.TwoFactorRequired, s.SSORequired = false, true })},

		{name: "edit protected without view", rule: RuleEditWithoutView, in: grant(ProtectedGrant{EditProtected: true, ViewUnprotected: true}),
			fires: true, addr: grantAddr, path: []string{AttrEditProtected}, contains: `"jdoe" would be allowed to edit protected data without viewing it.`},
		{name: "edit unprotected without view", rule: RuleEditWithoutView, in: grant(ProtectedGrant{EditUnprotected: true}),
			fires: true, addr: grantAddr, path: []string{AttrEditUnprotected}},
		{name: "view and edit", rule: RuleEditWithoutView, in: grant(ProtectedGrant{ViewProtected: true, EditProtected: true, ViewUnprotected: true, EditUnprotected: true})},
		{name: "unknown view", rule: RuleEditWithoutView, in: grant(ProtectedGrant{EditProtected: true, Unknown: []string{AttrViewProtected}})},

		{name: "protected field on the portal", rule: RuleProtectedFieldOnPortal, in: udf(func(u *UDF) { u.VisibleToPortal = true }),
			fires: true, addr: udfAddr, path: []string{AttrVisibleToPortal}, contains: `Protected field "Local Admin Password" cannot be visible in the Client Portal.`},
		{name: "unprotected field on the portal", rule: RuleProtectedFieldOnPortal, in: udf(func(u *UDF) { u.VisibleToPortal, u.Protected, u.Encrypted = true, false, false })},

		{name: "data type changed", rule: RuleUDFFixedAtCreate, in: existing(func(u *UDF) { u.DataType, u.Encrypted = string(catalog.UDFNumber), false }),
			fires: true, addr: udfAddr, path: []string{AttrDataType}, contains: `The data type of field "Local Admin Password" cannot change from "text" to "number".`},
		{name: "type changed", rule: RuleUDFFixedAtCreate, in: existing(func(u *UDF) { u.Type = string(catalog.UDFOrganization) }),
			fires: true, addr: udfAddr, path: []string{AttrUDFType}},
		{name: "encryption dropped", rule: RuleUDFFixedAtCreate, in: existing(func(u *UDF) { u.Encrypted = false }),
			fires: true, addr: udfAddr, path: []string{AttrEncrypted}},
		{name: "new field", rule: RuleUDFFixedAtCreate, in: udf(func(*UDF) {})},
		{name: "existing field, other spelling", rule: RuleUDFFixedAtCreate, in: existing(func(u *UDF) { u.DataType = "Text" })},

		{name: "protected contact field", rule: RuleUDFConstraint, in: udf(func(u *UDF) { u.Type, u.Encrypted = string(catalog.UDFContact), false }),
			fires: true, addr: udfAddr, path: []string{AttrProtected}, contains: `Contact field "Local Admin Password" cannot be protected.`},
		{name: "encrypted, not protected", rule: RuleUDFConstraint, in: udf(func(u *UDF) { u.Protected = false }),
			fires: true, addr: udfAddr, path: []string{AttrEncrypted}},
		{name: "encrypted date", rule: RuleUDFConstraint, in: udf(func(u *UDF) { u.DataType = string(catalog.UDFDate) }),
			fires: true, addr: udfAddr, path: []string{AttrEncrypted}},
		{name: "picklist on text", rule: RuleUDFConstraint, in: udf(func(u *UDF) { u.PicklistValues = []string{"a"} }),
			fires: true, addr: udfAddr, path: []string{AttrPicklistValues}},
		{name: "picklist value twice", rule: RuleUDFConstraint, in: udf(func(u *UDF) {
			u.DataType, u.Encrypted, u.PicklistValues = string(catalog.UDFList), false, []string{"Gold", "gold"}
		}), fires: true, addr: udfAddr, path: []string{AttrPicklistValues}, contains: `"gold" twice`},
		{name: "list field", rule: RuleUDFConstraint, in: udf(func(u *UDF) {
			u.DataType, u.Encrypted, u.Protected, u.PicklistValues = string(catalog.UDFList), false, false, []string{"Gold", "Silver"}
		})},
		{name: "encrypted device field", rule: RuleUDFConstraint, in: udf(func(*UDF) {})},
	}
}

// Every message of the new rules names the attribute and the fix.
func TestProtectedRuleMessages(t *testing.T) {
	for _, c := range protectedRuleCases() {
		if !c.fires {
			continue
		}
		for _, f := range ofRule(Evaluate(c.in(t), Options{}), c.rule) {
			fix := f.FixHCL + "\n" + f.Fix
			if !strings.Contains(fix, strings.Join(f.Path, ".")) && !strings.Contains(fix, "Keep") && !strings.Contains(fix, "Remove") &&
				!strings.Contains(fix, "Correct") && !strings.Contains(fix, "Use only") {
				t.Errorf("%s: fix %q does not name %s", c.name, fix, strings.Join(f.Path, "."))
			}
		}
	}
}

func TestUserAccessMarkdown(t *testing.T) {
	full := catalog.ProtectedAccessDefault(catalog.LicenseAPIUser)
	viewOnly := catalog.ProtectedAccess{ViewProtected: true, ViewUnprotected: true, EditUnprotected: true}
	users := []UserAccess{
		{UserName: "portal@customer.example", Name: "Laura Finch", Kind: UserPortal, Active: true, PortalLevel: "Client Portal Manager"},
		{UserName: "sync@msp.example", Name: "Accounting Sync", Kind: UserAPI, Active: true, Level: "API - Accounting Sync", License: catalog.LicenseAPIUser, Protected: &full},
		{UserName: "jdoe", Name: "Jane Doe", Kind: UserResource, Active: true, Level: "Service Desk User (system)", License: catalog.LicenseProfessional, Protected: &viewOnly},
		{UserName: "Abe", Name: "Abe | Ops", Kind: UserResource, Level: "Helpdesk Lead", License: catalog.LicenseProfessional,
			Protected: &catalog.ProtectedAccess{ViewUnprotected: true, EditUnprotected: true}},
	}
	SortUsers(users)
	if users[0].UserName != "Abe" || users[1].UserName != "jdoe" || users[2].Kind != UserAPI || users[3].Kind != UserPortal {
		t.Fatalf("order %v", users)
	}
	md := UserAccessMarkdown(users)
	for _, want := range []string{
		"| Abe | Abe \\| Ops | resource | No | Helpdesk Lead | None (default for Professional) | View + edit | — |\n",
		"| jdoe | Jane Doe | resource | Yes | Service Desk User (system) | View | View + edit | — |\n",
		"| sync@msp.example | Accounting Sync | api_user | Yes | API - Accounting Sync | View + edit (default for API User) | View + edit | — |\n",
		"| portal@customer.example | Laura Finch | client_portal | Yes | — | — | — | Client Portal Manager |\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md, "\n") != 2+len(users) {
		t.Errorf("markdown has %d lines:\n%s", strings.Count(md, "\n"), md)
	}
}
