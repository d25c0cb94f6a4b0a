package catalog

import (
	"strings"
	"testing"
)

func TestCheckEmailAddress(t *testing.T) {
	for _, ok := range []string{"soc@msp.example.com", "it-security+alerts@msp.example.co.uk", "a@b.example"} {
		if err := CheckEmailAddress(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for bad, want := range map[string]string{
		"":                           "cannot be blank",
		"soc.msp.example.com":        "not a valid e-mail address",
		"SOC <soc@msp.example.com>":  "nothing else",
		" soc@msp.example.com":       "not a valid e-mail address",
		"soc@localhost":              "needs a dot",
		"soc@msp.example.com.":       "not a valid e-mail address",
		"soc@msp.example.com, x@y.z": "not a valid e-mail address",
	} {
		err := CheckEmailAddress(bad)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want an error with %q", bad, err, want)
		}
	}
}

func TestSiteRanges(t *testing.T) {
	for name, r := range map[string]Range{"min length": PasswordMinimumLength, "expiry": PasswordExpiryDays, "history": PasswordHistoryCount,
		"threshold": LockoutThreshold, "release": LockoutReleaseMinutes} {
		if r.Min > r.Max || !r.Contains(r.Default) || r.Contains(r.Min-1) || r.Contains(r.Max+1) {
			t.Errorf("%s: inconsistent range %+v", name, r)
		}
		if (r.ZeroMeans != "") != (r.Min == 0) {
			t.Errorf("%s: ZeroMeans %q with Min %d", name, r.ZeroMeans, r.Min)
		}
	}
	if got := PasswordExpiryDays.String(); got != "0 to 365 days (0 = passwords never expire)" {
		t.Errorf("range text %q", got)
	}
	if LockoutThreshold.Contains(0) {
		t.Error("a zero lock-out threshold is allowed")
	}
}

func TestSiteLookups(t *testing.T) {
	for _, c := range CharacterClasses() {
		if got, ok := CharacterClassByName(strings.ToUpper(string(c.Class))); !ok || got.Field != c.Field {
			t.Errorf("class %s: %+v %v", c.Class, got, ok)
		}
	}
	if len(DefaultCharacterClasses()) == 0 {
		t.Error("no default character classes")
	}
	for _, r := range LockoutReleases() {
		byName, ok1 := LockoutReleaseByName(string(r.Release))
		byID, ok2 := LockoutReleaseByID(r.ID)
		if !ok1 || !ok2 || byName != byID {
			t.Errorf("release %s: %+v %+v", r.Release, byName, byID)
		}
	}
	if _, ok := LockoutReleaseByName(string(DefaultLockoutRelease)); !ok {
		t.Error("the default release is not a release")
	}
	if !DefaultSSORequired && !DefaultTwoFactorRequired {
		t.Error("the defaults require neither SSO nor 2FA")
	}
}

func TestUDFTypesAndDataTypes(t *testing.T) {
	ids := map[int]bool{}
	var protectable []UDFType
	for _, u := range UDFTypes() {
		if ids[u.ID] {
			t.Errorf("udfType %d twice", u.ID)
		}
		ids[u.ID] = true
		byLabel, ok := UDFTypeByName(u.Label)
		if !ok || byLabel.Type != u.Type {
			t.Errorf("%s by label %q: %+v", u.Type, u.Label, byLabel)
		}
		if byID, _ := UDFTypeByID(u.ID); byID.Type != u.Type {
			t.Errorf("%s by id: %+v", u.Type, byID)
		}
		if u.Protectable {
			protectable = append(protectable, u.Type)
		}
	}
	if strings.Join(stringsOf(protectable), ",") != "organization,device" {
		t.Errorf("protectable types %v, want organization and device", protectable)
	}
	for _, d := range UDFDataTypes() {
		if byID, _ := UDFDataTypeByID(d.ID); byID.Type != d.Type {
			t.Errorf("%s by id: %+v", d.Type, byID)
		}
		if got, ok := UDFDataTypeByName(strings.ToUpper(string(d.Type))); !ok || got.Type != d.Type {
			t.Errorf("%s by name: %+v", d.Type, got)
		}
		if d.HasPicklist != (d.Type == UDFList) || d.Encryptable != (d.Type == UDFText) {
			t.Errorf("%s: picklist %t, encryptable %t", d.Type, d.HasPicklist, d.Encryptable)
		}
	}
}

func stringsOf[S ~string](in []S) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = string(s)
	}
	return out
}

func TestProtectedAccessDefault(t *testing.T) {
	for _, l := range Licenses() {
		d := ProtectedAccessDefault(l.Type)
		full := l.Type == LicenseAdministrator || l.Type == LicenseAPIUser
		if d.Full() != full || !d.ViewUnprotected || !d.EditUnprotected {
			t.Errorf("%s: default %+v", l.Type, d)
		}
		if ProtectedAccessFromValues(d.Values()) != d {
			t.Errorf("%s: values do not round-trip", l.Type)
		}
	}
}
