package evaluate

import (
	"slices"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

const (
	rewstAddr     = "autotask_security_level.rewst"
	rewstUserAddr = "autotask_api_user.rewst"
)

func rewstProfile(t testing.TB) *catalog.Profile {
	t.Helper()
	p, ok := catalog.ProfileByName("rewst")
	if !ok {
		t.Fatal("catalogue has no rewst profile")
	}
	return p
}

// rewstLevel is a copy of API User Can't Read Costs whose effective settings
// equal the Rewst recipe exactly.
func rewstLevel(t testing.TB) Level {
	t.Helper()
	return Level{Address: rewstAddr, Name: "Rewst Automation", CopyFromID: catalog.APIUserNoCosts, Overrides: rewstProfile(t).LeastPrivilege()}
}

func rewstUser() APIUser {
	return APIUser{Address: rewstUserAddr, UserName: "svc-rewst", Level: LevelRef{Address: rewstAddr}, Integration: "rewst"}
}

// with returns a copy of l with extra overrides.
func with(l Level, s catalog.Settings) Level {
	l.Overrides = l.Overrides.Apply(s)
	return l
}

func custom(addr, base string, ov catalog.Settings) Level {
	return Level{Address: addr, Name: addr, CopyFrom: base, Overrides: ov}
}

func ofRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.RuleID == rule {
			out = append(out, f)
		}
	}
	return out
}

func withPrefix(fs []Finding, prefix string) []Finding {
	var out []Finding
	for _, f := range fs {
		if len(f.RuleID) >= len(prefix) && f.RuleID[:len(prefix)] == prefix {
			out = append(out, f)
		}
	}
	return out
}

func hasPath(fs []Finding, addr string, path ...string) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Address == addr && slices.Equal(f.Path, path) })
}

func dump(t testing.TB, fs []Finding) {
	t.Helper()
	for _, f := range fs {
		t.Log(f.String())
	}
}
