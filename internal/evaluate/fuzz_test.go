package evaluate

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// byteSource turns fuzz bytes into choices; past the end it yields zeros.
type byteSource struct {
	b []byte
	i int
}

func (s *byteSource) next() int {
	if s.i >= len(s.b) {
		return 0
	}
	v := s.b[s.i]
	s.i++
	return int(v)
}

func (s *byteSource) intn(n int) int      { return s.next() % n }
func (s *byteSource) flag(oneIn int) bool { return s.intn(oneIn) == 0 }

var fuzzNames = []string{"", "Sales", "sales (system)", "API User", "Dashboard User", "Wizard", "Rewst Automation", "terraform", "l0", "l1"}

func (s *byteSource) value(p *catalog.Permission) catalog.Value {
	switch s.intn(8) {
	case 0:
		return "garbage"
	case 1:
		return ""
	case 2:
		return "all"
	}
	if p.Kind == catalog.KindText || len(p.Options) == 0 {
		return catalog.Value(fuzzNames[s.intn(len(fuzzNames))])
	}
	return p.Options[s.intn(len(p.Options))].Value
}

func (s *byteSource) settings(table []*perm) catalog.Settings {
	n := s.intn(7)
	out := catalog.Settings{}
	for range n {
		i := s.intn(len(table) + 2)
		if i >= len(table) {
			out[catalog.Key([]string{"", "nope", "x.y", "projects.", ".z"}[s.intn(5)])] = "Yes"
			continue
		}
		out[table[i].Key] = s.value(table[i].Permission)
	}
	return out
}

func (s *byteSource) ref(nLevels int) LevelRef {
	switch s.intn(5) {
	case 0:
		return LevelRef{}
	case 1:
		return LevelRef{Address: "l." + strconv.Itoa(s.intn(nLevels+1))}
	case 2:
		return LevelRef{ID: int64(s.intn(20) + []int{0, 100}[s.intn(2)])}
	case 3:
		return LevelRef{Name: fuzzNames[s.intn(len(fuzzNames))]}
	}
	return LevelRef{ID: int64(s.intn(3)), Name: fuzzNames[s.intn(len(fuzzNames))], Address: "l." + strconv.Itoa(s.intn(3))}
}

func fuzzInput(data []byte) Input {
	s := &byteSource{b: data}
	var in Input
	nl := s.intn(8)
	for i := range nl {
		l := Level{Address: "l." + strconv.Itoa(i), Name: fuzzNames[s.intn(len(fuzzNames))], Inactive: s.flag(6)}
		if !s.flag(3) {
			l.ID = int64(100 + i)
		}
		switch b := s.intn(22); {
		case b == 0:
			l.System = true
		case b == 1:
			l.ID = int64(s.intn(16))
		case b < 17:
			l.CopyFromID = catalog.LevelID(b - 1)
		case b == 17:
			l.CopyFrom = fuzzNames[s.intn(len(fuzzNames))]
		case b == 18:
			l.CopyFromID = 99
		case b == 19:
			l.CopyFrom, l.CopyFromID = "Sales", catalog.Manager
		}
		if s.flag(4) {
			l.PathPrefix = []string{"level", strconv.Itoa(i)}
		}
		l.Overrides = s.settings(perms)
		in.Levels = append(in.Levels, l)
	}
	nu := s.intn(6)
	for i := range nu {
		u := APIUser{Address: "u." + strconv.Itoa(i), UserName: []string{"svc", "terraform", "", "other"}[s.intn(4)], Level: s.ref(nl),
			Integration: []string{"", "rewst", "Rewst", "bogus"}[s.intn(4)], Inactive: s.flag(6)}
		if s.flag(2) {
			u.ID = int64(s.intn(4))
		}
		in.APIUsers = append(in.APIUsers, u)
	}
	for i := range s.intn(4) {
		in.PortalLevels = append(in.PortalLevels, PortalLevel{Address: "p." + strconv.Itoa(i), ID: int64(s.intn(8)), System: s.flag(4),
			Name:     []string{"", "Client Portal Basic", "Taskfire Administrator", "custom"}[s.intn(4)],
			Type:     []catalog.PortalType{catalog.PortalClientAccess, catalog.PortalTaskfire, "", "Kiosk"}[s.intn(4)],
			Settings: s.settings(portalPerms), Inactive: s.flag(5), Edited: []string{"description"}[:s.intn(2)]})
	}
	for i := range s.intn(3) {
		u := PortalUser{Address: "pu." + strconv.Itoa(i), UserName: []string{"", "a@b.example"}[s.intn(2)], Assigning: s.flag(2),
			Level: PortalUserLevel{Name: []string{"", "L"}[s.intn(2)], Type: []catalog.PortalType{"", catalog.PortalClientAccess, catalog.PortalTaskfire}[s.intn(3)], Inactive: s.flag(3)}}
		if s.flag(2) {
			u.Company = &PortalUserCompany{Name: "Co", Taskfire: s.flag(2)}
		}
		in.PortalUsers = append(in.PortalUsers, u)
	}
	for i := range s.intn(3) {
		in.ProtectedData = append(in.ProtectedData, ProtectedGrant{Address: "g." + strconv.Itoa(i), ResourceID: int64(s.intn(3)),
			UserName: []string{"", "svc", "terraform"}[s.intn(3)], ViewProtected: s.flag(2), EditProtected: s.flag(2)})
	}
	for i := range s.intn(3) {
		u := UDF{Address: "f." + strconv.Itoa(i), Name: []string{"", "PIN", "Tier"}[s.intn(3)],
			Type: []string{"device", "organization", "contact", "", "bogus"}[s.intn(5)], DataType: []string{"text", "list", "date", ""}[s.intn(4)],
			Protected: s.flag(2), Encrypted: s.flag(2), VisibleToPortal: s.flag(2), PicklistValues: []string{"a", "A", " "}[:s.intn(4)]}
		if s.flag(2) {
			u.Before = &UDFFixed{Type: []string{"device", ""}[s.intn(2)], DataType: []string{"text", "number"}[s.intn(2)], Encrypted: s.flag(2)}
		}
		in.UDFs = append(in.UDFs, u)
	}
	site := func() *SiteSettings {
		st := &SiteSettings{Address: "site", SSORequired: s.flag(2), TwoFactorRequired: s.flag(2), LockoutEnabled: s.flag(2),
			LockoutThreshold: s.intn(7) - 2, Recipients: []string{"a@b", " ", "", "x@y.example", "X@y.example"}[:s.intn(6)],
			LockoutRelease: []string{"", "automatic", "administrator", "bogus"}[s.intn(4)], LockoutReleaseMinutes: s.intn(3) - 1}
		if s.flag(2) {
			st.Password = &PasswordPolicy{Required: s.flag(2), MinimumLength: s.intn(80), ExpiryDays: s.intn(400) - 10, HistoryCount: s.intn(30),
				CharacterClasses: []string{"digit", "emoji", ""}[:s.intn(4)]}
		}
		return st
	}
	if s.flag(2) {
		in.Settings = site()
	}
	if s.flag(2) {
		in.Self = &Self{UserName: []string{"terraform", "svc", ""}[s.intn(3)], Level: s.ref(nl)}
	}
	if s.flag(2) {
		rem := &Remote{ExtraAPILicenseLevels: s.intn(60) - 5}
		for i := range s.intn(4) {
			rem.Levels = append(rem.Levels, RemoteLevel{ID: int64(s.intn(3)*50 + i), Name: fuzzNames[s.intn(len(fuzzNames))],
				License: []catalog.LicenseType{catalog.LicenseAPIUser, catalog.LicenseProfessional, "Bogus"}[s.intn(3)]})
			if s.flag(2) {
				rem.Levels[i].Settings = s.settings(perms)
			}
		}
		for range s.intn(3) {
			rem.APIUsers = append(rem.APIUsers, RemoteAPIUser{UserName: []string{"svc", "old"}[s.intn(2)], Integration: []string{"rewst", "x"}[s.intn(2)]})
		}
		if s.flag(2) {
			rem.Settings = site()
		}
		in.Remote = rem
	}
	return in
}

func checkFindings(t *testing.T, fs []Finding) {
	t.Helper()
	for i, f := range fs {
		if _, ok := RuleByID(f.RuleID); !ok || f.RuleID == "" {
			t.Fatalf("finding without a known rule: %+v", f)
		}
		if len(f.Path) == 0 {
			t.Fatalf("finding without path: %+v", f)
		}
		for _, p := range f.Path {
			if p == "" {
				t.Fatalf("empty path element: %+v", f)
			}
		}
		if f.Summary == "" || f.Fix == "" && f.FixHCL == "" || !f.Severity.Valid() || f.Severity == SeverityOff {
			t.Fatalf("incomplete finding: %+v", f)
		}
		if f.FixHCL != "" {
			parseFix(t, f.FixHCL)
		}
		if i > 0 && lessFinding(&fs[i], &fs[i-1]) {
			t.Fatalf("findings out of order at %d", i)
		}
	}
}

func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x03\x05\x01\x07\x02\x09\x04\x00\x11\x22\x33\x44\x55\x66\x77\x88"))
	f.Add([]byte("rewst-least-privilege-with-terraform-self-and-site-settings"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := fuzzInput(data)
		fs := Evaluate(in, Options{})
		checkFindings(t, fs)
		if again := Evaluate(in, Options{}); !reflect.DeepEqual(fs, again) {
			t.Fatal("Evaluate is not deterministic")
		}
		for _, l := range in.Levels {
			eff, _, err := Effective(l)
			if err == nil {
				if errs := eff.Validate(); len(errs) != 0 {
					t.Fatalf("effective settings invalid: %v", errs)
				}
				for _, a := range Actions() {
					for _, k := range ObjectKinds() {
						if d := Can(eff, a, Object{Kind: k, Associations: Association(len(data)) & (assocEnd - 1)}); d.Reason == "" {
							t.Fatal("decision without reason")
						}
					}
				}
			}
		}
	})
}
