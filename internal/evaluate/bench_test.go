package evaluate

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// benchInput builds a realistic large tenant: nLevels custom levels on
// every copyable base with a handful of valid overrides each, and nUsers
// API users spread over the API-license levels, half of them naming an
// integration.
func benchInput(nLevels, nUsers int) Input {
	rng := rand.New(rand.NewPCG(42, 7))
	var bases []*catalog.SystemLevel
	for _, s := range catalog.SystemLevels() {
		if s.Copyable {
			bases = append(bases, s)
		}
	}
	all := catalog.Permissions()
	in := Input{Levels: make([]Level, nLevels), APIUsers: make([]APIUser, nUsers)}
	var apiLevels []string
	for i := range in.Levels {
		b := bases[rng.IntN(len(bases))]
		if i%4 == 0 {
			b, _ = catalog.SystemLevelByID(catalog.APIUserNoCosts)
		}
		ov := catalog.Settings{}
		for range 4 + rng.IntN(8) {
			p := all[rng.IntN(len(all))]
			if p.Kind == catalog.KindText {
				continue
			}
			ov[p.Key] = p.Options[rng.IntN(len(p.Options))].Value
		}
		addr := "autotask_security_level.l" + strconv.Itoa(i)
		in.Levels[i] = Level{Address: addr, ID: int64(1000 + i), Name: "Level " + strconv.Itoa(i), CopyFromID: b.ID, Overrides: ov}
		if b.License == catalog.LicenseAPIUser {
			apiLevels = append(apiLevels, addr)
		}
	}
	for i := range in.APIUsers {
		u := APIUser{Address: "autotask_api_user.u" + strconv.Itoa(i), UserName: "svc" + strconv.Itoa(i), Level: LevelRef{Address: apiLevels[rng.IntN(len(apiLevels))]}}
		if i%2 == 0 {
			u.Integration = "rewst"
		}
		in.APIUsers[i] = u
	}
	if nUsers > 0 {
		in.APIUsers[0].UserName = "terraform"
		in.Self = &Self{UserName: "terraform", Level: in.APIUsers[0].Level}
	}
	in.Settings = &SiteSettings{Address: "autotask_security_settings.this", TwoFactorRequired: true, LockoutEnabled: true, LockoutThreshold: 5, Recipients: []string{"secops@example.com"}}
	for i := range 20 {
		in.PortalLevels = append(in.PortalLevels, PortalLevel{Address: "autotask_client_portal_security_level.p" + strconv.Itoa(i), Type: catalog.PortalTypes()[i%2],
			Settings: catalog.Settings{catalog.PortalKeyFinancials: catalog.Bool(i%3 == 0), "portal.view_project_schedule": catalog.Yes}})
	}
	return in
}

func TestBenchInputIsRealistic(t *testing.T) {
	fs := Evaluate(benchInput(500, 200), Options{})
	if len(fs) < 1000 || len(ofRule(fs, RuleIntegrationExtra)) == 0 || len(ofRule(fs, RuleAPILicenseLevelLimit)) != 0 {
		t.Fatalf("%d findings, %d AT202, %d AT106", len(fs), len(ofRule(fs, RuleIntegrationExtra)), len(ofRule(fs, RuleAPILicenseLevelLimit)))
	}
	checkFindings(t, fs)
}

func BenchmarkEvaluate500Levels200Users(b *testing.B) {
	in := benchInput(500, 200)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Evaluate(in, Options{}))
	}
	b.ReportMetric(float64(n), "findings/op")
}

func BenchmarkEffective(b *testing.B) {
	l := benchInput(1, 0).Levels[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Effective(l); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAccessMatrix100Levels(b *testing.B) {
	in := benchInput(100, 0)
	levels := make([]NamedLevel, len(in.Levels))
	for i, l := range in.Levels {
		s, _, _ := Effective(l)
		levels[i] = NamedLevel{Name: l.Name, Settings: s}
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = AccessMatrix(levels, nil).Markdown()
	}
}
