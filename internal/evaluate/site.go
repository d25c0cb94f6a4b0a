package evaluate

import (
	"net/mail"
	"slices"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// checkSite runs the login-policy rules (AT405-AT407, AT450) and the value
// checks of the site settings (AT110).
func (r *run) checkSite() {
	s := r.in.Settings
	if s == nil {
		return
	}
	known := func(attr string) bool { return allKnown(s.Unknown, attr) }
	if known(AttrSSORequired) && known(AttrTwoFactorRequired) && !s.SSORequired && !s.TwoFactorRequired {
		summary := "Neither single sign-on nor two-factor authentication would be required."
		if rem := r.in.Remote; rem != nil && rem.Settings != nil && (rem.Settings.SSORequired || rem.Settings.TwoFactorRequired) {
			was := "single sign-on"
			if rem.Settings.TwoFactorRequired {
				was = "two-factor authentication"
			}
			summary = "This change would stop requiring " + was + ", leaving neither SSO nor 2FA required."
		}
		r.add(Finding{RuleID: RuleNoStrongLogin, Address: s.Address, Path: at(s.PathPrefix, AttrTwoFactorRequired),
			Summary: summary,
			Detail:  "Autotask requires every user to sign in with SSO or two-factor authentication; with neither, a password alone opens the PSA.",
			FixHCL:  renderHCL(hclAttr(AttrTwoFactorRequired, hclBool(true))),
			Fix:     "Or require single sign-on instead: `" + AttrSSORequired + " = true`."})
	}
	if known(AttrNotificationRecipients) {
		r.checkRecipients(s)
	}
	if known(AttrLockoutEnabled) && !s.LockoutEnabled {
		fix := []hclNode{hclAttr(AttrLockoutEnabled, hclBool(true))}
		if !known(AttrLockoutThreshold) || !catalog.LockoutThreshold.Contains(s.LockoutThreshold) {
			fix = append(fix, hclAttr(AttrLockoutThreshold, hclNumber(defaultLockoutThreshold)))
		}
		r.add(Finding{RuleID: RuleNoLockout, Address: s.Address, Path: at(s.PathPrefix, AttrLockoutEnabled),
			Summary: "Users would not be locked out after failed logins.",
			Detail:  "Without a lock-out, passwords can be guessed without limit.",
			FixHCL:  renderHCL(fix...),
			Fix:     "Keep " + AttrLockoutThreshold + " small."})
	}
	// Autotask keeps the threshold and duration while lock-out is off, so
	// they must be valid either way.
	if known(AttrLockoutThreshold) {
		r.checkRange(s.Address, s.PathPrefix, AttrLockoutThreshold, "Lock-out threshold", s.LockoutThreshold, catalog.LockoutThreshold,
			"Lock-out needs the number of failed logins in a row after which a user is locked out.")
	}
	if known(AttrLockoutRelease) && known(AttrLockoutReleaseMinutes) && s.LockoutRelease != "" {
		if rel, ok := catalog.LockoutReleaseByName(s.LockoutRelease); ok && rel.Release == catalog.ReleaseAutomatic {
			r.checkRange(s.Address, s.PathPrefix, AttrLockoutReleaseMinutes, "Lock-out duration", s.LockoutReleaseMinutes, catalog.LockoutReleaseMinutes,
				"An automatic release lifts the lock-out after this many minutes.")
		}
	}
	if p := s.Password; p != nil {
		r.checkPassword(s, p, known)
	}
}

// defaultLockoutThreshold is the threshold a lock-out fix suggests (the
// resource's default).
const defaultLockoutThreshold = 5

// checkRange reports a value outside its catalogue range (AT110).
func (r *run) checkRange(addr string, prefix []string, attr, what string, n int, rg catalog.Range, why string) {
	if rg.Contains(n) {
		return
	}
	r.add(Finding{RuleID: RuleInvalidValue, Address: addr, Path: at(prefix, attr),
		Summary: what + " " + strconv.Itoa(n) + " is out of range: " + attr + " takes " + rg.String() + ".",
		Detail:  why,
		FixHCL:  renderHCL(hclAttr(attr, hclNumber(min(max(n, rg.Min), rg.Max)))),
		Fix:     "Or any value from " + strconv.Itoa(rg.Min) + " to " + strconv.Itoa(rg.Max) + "."})
}

// checkRecipients validates each recipient (AT110) and wants at least one
// (AT406).
func (r *run) checkRecipients(s *SiteSettings) {
	path := at(s.PathPrefix, AttrNotificationRecipients)
	// good is the list with the entries reported here corrected or left
	// out: the fix of each.
	var good []string
	seen := map[string]string{}
	for _, rc := range s.Recipients {
		rc = bareAddress(rc)
		if low := strings.ToLower(rc); catalog.CheckEmailAddress(rc) == nil && seen[low] == "" {
			seen[low] = rc
			good = append(good, rc)
		}
	}
	var fixHCL string
	if len(good) > 0 && len(good) <= catalog.MaxNotificationRecipients {
		fixHCL = renderHCL(hclAttr(AttrNotificationRecipients, hclStrings(good)))
	}
	clear(seen)
	n := 0
	for i, rc := range s.Recipients {
		if strings.TrimSpace(rc) == "" {
			r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: path,
				Summary: "Security event notification recipient #" + strconv.Itoa(i+1) + " is blank.",
				Detail:  "A blank recipient cannot receive notifications.",
				FixHCL:  fixHCL,
				Fix:     "Remove the blank entry."})
			continue
		}
		if err := catalog.CheckEmailAddress(rc); err != nil {
			r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: path,
				Summary: "Security event notification recipient " + strconv.Quote(rc) + " is not a valid e-mail address.",
				Detail:  "Recipients are e-mail addresses, written as name@domain without a display name: " + err.Error() + ".",
				FixHCL:  fixHCL,
				Fix:     recipientFixNote(rc) + "."})
			continue
		}
		low := strings.ToLower(rc)
		if first, dup := seen[low]; dup {
			r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: path,
				Summary: "Security event notification recipient " + strconv.Quote(rc) + " is listed twice (also as " + strconv.Quote(first) + ").",
				Detail:  "E-mail addresses are compared without regard to letter case, so both entries name the same mailbox.",
				FixHCL:  fixHCL,
				Fix:     "Keep one of them."})
			continue
		}
		seen[low] = rc
		n++
	}
	if len(s.Recipients) > catalog.MaxNotificationRecipients {
		r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: path,
			Summary: strconv.Itoa(len(s.Recipients)) + " security event notification recipients are more than the " + strconv.Itoa(catalog.MaxNotificationRecipients) + " Autotask keeps.",
			Detail:  "The recipient list has a fixed maximum length.",
			Fix:     "Send notifications to a distribution list instead of individual addresses."})
	}
	if n == 0 {
		r.add(Finding{RuleID: RuleNoNotificationRecips, Address: s.Address, Path: path,
			Summary: "No one would be notified of security-related changes.",
			Detail:  "Security event notification recipients are told when changes affect what resources can see or do.",
			FixHCL:  renderHCL(hclAttr(AttrNotificationRecipients, hclStrings([]string{"security@example.com"}))),
			Fix:     "With your security team's address (a distribution list is best) in place of the example."})
	}
}

// bareAddress is the address of a recipient written with a display name
// ("SOC <soc@example.com>"), else the recipient as it is.
func bareAddress(rc string) string {
	if a, err := mail.ParseAddress(rc); err == nil {
		return a.Address
	}
	return rc
}

// recipientFixNote says what the fix of an invalid recipient does to it.
func recipientFixNote(rc string) string {
	if bare := bareAddress(rc); bare != rc && catalog.CheckEmailAddress(bare) == nil {
		return "That writes " + strconv.Quote(rc) + " as the bare address"
	}
	return "Correct or remove " + strconv.Quote(rc)
}

// checkPassword validates the strong-password rules (AT110) and wants them
// enforced (AT450).
func (r *run) checkPassword(s *SiteSettings, p *PasswordPolicy, known func(string) bool) {
	if known(AttrStrongPasswords) && !p.Required {
		r.add(Finding{RuleID: RuleWeakPasswords, Address: s.Address, Path: at(s.PathPrefix, AttrStrongPasswords),
			Summary: "Strong passwords would not be required.",
			Detail:  "The password rules (length, character classes, expiry, history) apply only while the strong-password requirement is on.",
			FixHCL:  renderHCL(hclAttr(AttrStrongPasswords, hclBool(true)))})
	}
	for _, c := range []struct {
		attr, what string
		n          int
		rg         catalog.Range
		why        string
	}{
		{AttrPasswordMinimumLength, "Minimum password length", p.MinimumLength, catalog.PasswordMinimumLength, "The strong-password requirement accepts only this range of minimum lengths."},
		{AttrPasswordExpiryDays, "Password expiry", p.ExpiryDays, catalog.PasswordExpiryDays, "Passwords expire after this many days."},
		{AttrPasswordHistoryCount, "Password history", p.HistoryCount, catalog.PasswordHistoryCount, "This many previous passwords cannot be reused."},
	} {
		if known(c.attr) {
			r.checkRange(s.Address, s.PathPrefix, c.attr, c.what, c.n, c.rg, c.why)
		}
	}
	if !known(AttrPasswordCharacterClasses) {
		return
	}
	var names, classes, good []string
	for _, c := range catalog.CharacterClasses() {
		names = append(names, quote(string(c.Class)))
		classes = append(classes, string(c.Class))
	}
	for _, cl := range p.CharacterClasses {
		if c, ok := catalog.CharacterClassByName(cl); ok && !slices.Contains(good, string(c.Class)) {
			good = append(good, string(c.Class))
		}
	}
	for _, cl := range p.CharacterClasses {
		if _, ok := catalog.CharacterClassByName(cl); ok {
			continue
		}
		f := Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: at(s.PathPrefix, AttrPasswordCharacterClasses),
			Summary: quote(cl) + " is not a character class.",
			Detail:  "Passwords can be required to contain characters of these classes: " + strings.Join(names, ", ") + ".",
			Fix:     "Use only " + strings.Join(names, ", ") + "."}
		if c, ok := closest(cl, classes); ok && !slices.Contains(good, c) {
			f.FixHCL, f.Fix = renderHCL(hclAttr(AttrPasswordCharacterClasses, hclStrings(append(slices.Clone(good), c)))), "The classes are "+strings.Join(names, ", ")+"."
		} else if len(good) > 0 {
			var others []string
			for _, c := range classes {
				if !slices.Contains(good, c) {
					others = append(others, quote(c))
				}
			}
			f.FixHCL = renderHCL(hclAttr(AttrPasswordCharacterClasses, hclStrings(good)))
			f.Fix = "The classes are " + strings.Join(names, ", ") + "."
			if len(others) > 0 {
				f.Fix = "Add any of " + strings.Join(others, ", ") + " as well."
			}
		}
		r.add(f)
	}
}
