package evaluate

import (
	"strconv"
	"strings"
)

// checkSite runs the login-policy rules (AT405-AT407).
func (r *run) checkSite() {
	s := r.in.Settings
	if s == nil {
		return
	}
	if !s.SSORequired && !s.TwoFactorRequired {
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
			Fix:     "Set " + AttrTwoFactorRequired + " or " + AttrSSORequired + " to true."})
	}
	n := 0
	for i, rc := range s.Recipients {
		if strings.TrimSpace(rc) == "" {
			r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: at(s.PathPrefix, AttrNotificationRecipients),
				Summary: "Security event notification recipient #" + strconv.Itoa(i+1) + " is blank.",
				Detail:  "A blank recipient cannot receive notifications.",
				Fix:     "Remove the blank entry."})
			continue
		}
		n++
	}
	if n == 0 {
		r.add(Finding{RuleID: RuleNoNotificationRecips, Address: s.Address, Path: at(s.PathPrefix, AttrNotificationRecipients),
			Summary: "No one would be notified of security-related changes.",
			Detail:  "Security event notification recipients are told when changes affect what resources can see or do.",
			Fix:     "Add at least one recipient to " + AttrNotificationRecipients + "."})
	}
	switch {
	case !s.LockoutEnabled:
		r.add(Finding{RuleID: RuleNoLockout, Address: s.Address, Path: at(s.PathPrefix, AttrLockoutEnabled),
			Summary: "Users would not be locked out after failed logins.",
			Detail:  "Without a lock-out, passwords can be guessed without limit.",
			Fix:     "Set " + AttrLockoutEnabled + " = true with a small " + AttrLockoutThreshold + "."})
	case s.LockoutThreshold <= 0:
		r.add(Finding{RuleID: RuleInvalidValue, Address: s.Address, Path: at(s.PathPrefix, AttrLockoutThreshold),
			Summary: "Lock-out threshold " + strconv.Itoa(s.LockoutThreshold) + " is not a positive number of attempts.",
			Detail:  "Lock-out needs the number of failed logins after which a user is locked out.",
			Fix:     "Set " + AttrLockoutThreshold + " to a small positive number."})
	}
}
