package evaluate

import (
	"maps"
	"slices"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func evalRewst(t *testing.T, extra catalog.Settings) []Finding {
	t.Helper()
	in := Input{Levels: []Level{with(rewstLevel(t), extra)}, APIUsers: []APIUser{rewstUser()}}
	return withPrefix(Evaluate(in, Options{}), "AT2")
}

func TestRewstRecipeIsLeastPrivilege(t *testing.T) {
	p := rewstProfile(t)
	eff, base, err := Effective(rewstLevel(t))
	if err != nil {
		t.Fatal(err)
	}
	if base.ID != catalog.APIUserNoCosts {
		t.Fatalf("base %s, want API User Can't Read Costs", base.DisplayName)
	}
	if !maps.Equal(eff, p.LeastPrivilege()) {
		t.Fatalf("effective differs from the recipe in %v", eff.Diff(p.LeastPrivilege()))
	}
	if fs := evalRewst(t, nil); len(fs) != 0 {
		dump(t, fs)
		t.Fatalf("exact recipe: %d AT2xx findings, want 0", len(fs))
	}
}

// Every value below a requirement is reported once, as missing.
func TestRewstRemovingOneRequirement(t *testing.T) {
	req := rewstProfile(t).Required()
	if len(req) == 0 {
		t.Fatal("rewst requires nothing")
	}
	checked := 0
	for _, k := range req.Keys() {
		pm, _ := catalog.PermissionByKey(k)
		for _, v := range pm.Values() {
			if pm.Grants(v, req[k]) {
				continue
			}
			fs := evalRewst(t, catalog.Settings{k: v})
			if len(fs) != 1 || fs[0].RuleID != RuleIntegrationMissing || fs[0].Key != k ||
				!slices.Equal(fs[0].Path, []string{string(pm.Module), pm.Name}) || fs[0].Address != rewstAddr {
				dump(t, fs)
				t.Errorf("%s = %q: want exactly one %s at %s", k, v, RuleIntegrationMissing, k)
			}
			checked++
		}
	}
	if checked < len(req) {
		t.Fatalf("checked %d lowered values for %d requirements", checked, len(req))
	}
}

// Every value above the floor of a permission the recipe does not need is
// reported once: as an extra, or, for internal costs, as cost visibility.
func TestRewstAddingOneExtra(t *testing.T) {
	req := rewstProfile(t).Required()
	checked := 0
	for _, pm := range catalog.Permissions() {
		if !pm.Ranked() {
			continue
		}
		for _, v := range pm.Values() {
			if v == pm.Floor {
				continue
			}
			if need, ok := req[pm.Key]; ok && pm.Grants(need, v) {
				continue
			}
			fs := evalRewst(t, catalog.Settings{pm.Key: v})
			want := RuleIntegrationExtra
			if pm.Key == catalog.KeyViewInternalCosts {
				want = RuleIntegrationCosts
			}
			if len(fs) != 1 || fs[0].RuleID != want || fs[0].Key != pm.Key ||
				!slices.Equal(fs[0].Path, []string{string(pm.Module), pm.Name}) {
				dump(t, fs)
				t.Errorf("%s = %q: want exactly one %s", pm.Key, v, want)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Fatalf("only %d extra values checked", checked)
	}
}

// A plain copy of API User Can't Read Costs lists every extra one by one.
func TestRewstOnUntrimmedCopy(t *testing.T) {
	l := Level{Address: rewstAddr, CopyFromID: catalog.APIUserNoCosts}
	fs := withPrefix(Evaluate(Input{Levels: []Level{l}, APIUsers: []APIUser{rewstUser()}}, Options{}), "AT2")
	eff, _, _ := Effective(l)
	req := rewstProfile(t).Required()
	want := 0
	for _, pm := range catalog.Permissions() {
		need := pm.Floor
		if v, ok := req[pm.Key]; ok {
			need = v
		}
		if pm.Ranked() && !pm.Grants(need, eff[pm.Key]) {
			want++
		}
	}
	if len(ofRule(fs, RuleIntegrationExtra)) != want || len(fs) != want {
		dump(t, fs)
		t.Fatalf("%d AT2xx findings (%d extras), want %d extras only", len(fs), len(ofRule(fs, RuleIntegrationExtra)), want)
	}
	keys := map[catalog.Key]bool{}
	for _, f := range fs {
		if keys[f.Key] {
			t.Errorf("%s reported twice", f.Key)
		}
		keys[f.Key] = true
	}
}

// An integration on a system level gets its findings on the API user.
func TestIntegrationOnSystemLevel(t *testing.T) {
	u := rewstUser()
	u.Level = LevelRef{Name: "API User (system)"}
	fs := Evaluate(Input{APIUsers: []APIUser{u}}, Options{})
	if len(ofRule(fs, RuleIntegrationFullAPIUser)) != 1 || len(ofRule(fs, RuleIntegrationCosts)) != 1 || len(ofRule(fs, RuleIntegrationExtra)) == 0 {
		dump(t, fs)
		t.Fatal("want AT203, AT204 and AT202 findings")
	}
	for _, f := range fs {
		if f.Address != rewstUserAddr || !slices.Equal(f.Path, []string{AttrSecurityLevel}) {
			t.Errorf("%s: want it on the API user's level reference", f)
		}
	}
}

// Findings about a level shared by two users of one integration are not
// repeated.
func TestSharedLevelFindingsAreNotRepeated(t *testing.T) {
	u2 := rewstUser()
	u2.Address, u2.UserName = "autotask_api_user.b", "b"
	in := Input{Levels: []Level{with(rewstLevel(t), catalog.Settings{catalog.KeyTemplateView: catalog.All})}, APIUsers: []APIUser{rewstUser(), u2}}
	if got := ofRule(Evaluate(in, Options{}), RuleIntegrationExtra); len(got) != 1 {
		dump(t, got)
		t.Fatalf("%d AT202 findings, want 1", len(got))
	}
}

// An API user on a non-API level gets AT105 but no least-privilege noise.
func TestNoLeastPrivilegeOnWrongLicense(t *testing.T) {
	u := rewstUser()
	u.Level = LevelRef{Name: "Manager"}
	fs := Evaluate(Input{APIUsers: []APIUser{u}}, Options{})
	if len(ofRule(fs, RuleAPIUserLicense)) != 1 || len(withPrefix(fs, "AT2")) != 0 {
		dump(t, fs)
		t.Fatal("want AT105 only")
	}
}
