package evaluate

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestRulesCatalogue(t *testing.T) {
	rs := Rules()
	if len(rs) < 30 {
		t.Fatalf("only %d rules", len(rs))
	}
	cats := map[byte]string{'1': CategoryConstraint, '2': CategoryLeastPrivilege, '3': CategoryRisk, '4': CategoryLockout, '5': CategoryReview}
	for i, r := range rs {
		if len(r.ID) != 5 || !strings.HasPrefix(r.ID, "AT") {
			t.Errorf("bad ID %q", r.ID)
			continue
		}
		if i > 0 && rs[i-1].ID >= r.ID {
			t.Errorf("rules not sorted or duplicated at %s", r.ID)
		}
		if cats[r.ID[2]] != r.Category {
			t.Errorf("%s: category %q", r.ID, r.Category)
		}
		if !r.DefaultSeverity.Valid() || r.DefaultSeverity == SeverityOff {
			t.Errorf("%s: default severity %v", r.ID, r.DefaultSeverity)
		}
		for _, s := range []string{r.Summary, r.Description, r.Fix} {
			if !strings.HasSuffix(s, ".") || len(s) < 15 {
				t.Errorf("%s: text %q must be a sentence", r.ID, s)
			}
		}
		if got, ok := RuleByID(strings.ToLower(r.ID)); !ok || got.ID != r.ID {
			t.Errorf("RuleByID(%s) failed", r.ID)
		}
	}
	rs[0].Summary = "mutated"
	if Rules()[0].Summary == "mutated" {
		t.Fatal("Rules exposes internal state")
	}
}

func TestSeverityOverrides(t *testing.T) {
	in := Input{Levels: []Level{with(rewstLevel(t), catalog.Settings{catalog.KeyTemplateView: catalog.All})}, APIUsers: []APIUser{rewstUser()}}
	fs := Evaluate(in, Options{SeverityOverrides: map[string]Severity{RuleHiddenAdministrator: SeverityOff, "at202": SeverityError}})
	if len(ofRule(fs, RuleHiddenAdministrator)) != 0 {
		t.Fatal("silenced rule reported")
	}
	extra := ofRule(fs, RuleIntegrationExtra)
	if len(extra) != 1 || extra[0].Severity != SeverityError {
		t.Fatalf("override not applied: %v", extra)
	}
	if len(ofRule(Evaluate(in, Options{}), RuleHiddenAdministrator)) == 0 {
		t.Fatal("AT304 should fire without the override")
	}
}

func TestOptionsValidate(t *testing.T) {
	if err := (Options{SeverityOverrides: map[string]Severity{"AT101": SeverityWarning, "at405": SeverityOff}}).Validate(); err != nil {
		t.Fatal(err)
	}
	err := Options{SeverityOverrides: map[string]Severity{"AT999": SeverityError, "AT101": 0}}.Validate()
	if err == nil || !strings.Contains(err.Error(), "AT999") || !strings.Contains(err.Error(), "AT101") {
		t.Fatalf("err %v", err)
	}
}

func TestParseSeverity(t *testing.T) {
	for _, name := range SeverityNames() {
		s, err := ParseSeverity(strings.ToUpper(name))
		if err != nil || s.String() != name {
			t.Errorf("%s: %v %v", name, s, err)
		}
		b, err := s.MarshalText()
		var back Severity
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("%s: text round trip failed", name)
		}
	}
	if s, err := ParseSeverity("warn"); err != nil || s != SeverityWarning {
		t.Error("warn")
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("fatal accepted")
	}
	if _, err := Severity(0).MarshalText(); err == nil {
		t.Error("zero severity marshalled")
	}
}

// mixedInput exercises most rules at once.
func mixedInput(t testing.TB) Input {
	l := rewstLevel(t)
	return Input{
		Levels: []Level{
			with(l, catalog.Settings{catalog.KeyTemplateView: catalog.All, catalog.KeyViewInternalCosts: catalog.Yes}),
			custom("autotask_security_level.sales", "Sales", catalog.Settings{catalog.KeyApproveAndPost: catalog.Yes, catalog.KeyChargesExpensesView: catalog.None, "projects.bogus": "x"}),
			custom("autotask_security_level.co", "Co-managed Help Desk", catalog.Settings{catalog.KeyManageResources: catalog.Yes}),
			tfLevel(catalog.Settings{catalog.KeyManageSecurityLevels: catalog.No}),
			{Address: "autotask_security_level.sys", System: true, Name: "Manager", Overrides: catalog.Settings{catalog.KeyProjectAdd: catalog.No}},
		},
		APIUsers: []APIUser{
			rewstUser(),
			{Address: "autotask_api_user.dup", UserName: "dup", Integration: "rewst", Level: LevelRef{ID: int64(catalog.APIUser)}},
			{Address: "autotask_api_user.terraform", UserName: "terraform", Level: LevelRef{Address: tfAddr}},
		},
		PortalLevels:  []PortalLevel{{Address: "autotask_client_portal_security_level.p", Type: catalog.PortalClientAccess, Settings: catalog.Settings{catalog.PortalKeyFinancials: catalog.Yes, "portal.view_project_charges": catalog.Yes}}},
		ProtectedData: []ProtectedGrant{{Address: "autotask_protected_data_permissions.g", UserName: "svc-rewst", EditProtected: true}},
		Settings:      &SiteSettings{Address: "autotask_security_settings.this"},
		Self:          selfOn(LevelRef{Address: tfAddr}),
	}
}

func TestEvaluateIsDeterministicAndSorted(t *testing.T) {
	in := mixedInput(t)
	want := Evaluate(in, Options{})
	if len(want) < 20 {
		dump(t, want)
		t.Fatalf("only %d findings", len(want))
	}
	if !slices.IsSortedFunc(want, func(a, b Finding) int {
		if lessFinding(&a, &b) {
			return -1
		}
		if lessFinding(&b, &a) {
			return 1
		}
		return 0
	}) {
		t.Fatal("findings not sorted")
	}
	for i := 1; i < len(want); i++ {
		if sameFinding(&want[i-1], &want[i]) {
			t.Fatalf("duplicate %s", want[i])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		sh := in
		sh.Levels = slices.Clone(in.Levels)
		sh.APIUsers = slices.Clone(in.APIUsers)
		rng.Shuffle(len(sh.Levels), func(i, j int) { sh.Levels[i], sh.Levels[j] = sh.Levels[j], sh.Levels[i] })
		rng.Shuffle(len(sh.APIUsers), func(i, j int) { sh.APIUsers[i], sh.APIUsers[j] = sh.APIUsers[j], sh.APIUsers[i] })
		if got := Evaluate(sh, Options{}); !reflect.DeepEqual(got, want) {
			t.Fatal("findings depend on input order")
		}
	}
}

func TestEvaluateDoesNotModifyInput(t *testing.T) {
	in := mixedInput(t)
	before := mixedInput(t)
	Evaluate(in, Options{})
	if !reflect.DeepEqual(in, before) {
		t.Fatal("Evaluate modified its input")
	}
}

func TestEmptyInput(t *testing.T) {
	if fs := Evaluate(Input{}, Options{}); len(fs) != 0 {
		t.Fatalf("%v", fs)
	}
}

func TestPathPrefix(t *testing.T) {
	l := custom("autotask_security_levels_exclusive.all", "Sales", catalog.Settings{catalog.KeyProjectView: "bad"})
	l.PathPrefix = []string{"level", "sales"}
	fs := ofRule(Evaluate(Input{Levels: []Level{l}}, Options{}), RuleInvalidValue)
	if len(fs) != 1 || !slices.Equal(fs[0].Path, []string{"level", "sales", "projects", "project_view"}) {
		t.Fatalf("%v", fs)
	}
}

// Paths handed out must not alias the package's tables.
func TestPathsDoNotAlias(t *testing.T) {
	in := Input{Levels: []Level{custom("a", "Sales", catalog.Settings{catalog.KeyProjectView: "bad"})}}
	fs := Evaluate(in, Options{})
	for _, f := range fs {
		f.Path[0] = "mutated"
	}
	again := Evaluate(in, Options{})
	if again[0].Path[0] == "mutated" || len(again[0].Path) != 2 {
		t.Fatalf("path aliasing: %v", again[0].Path)
	}
}

func TestRulesMarkdown(t *testing.T) {
	md := RulesMarkdown()
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	if len(lines) != len(Rules())+2 {
		t.Fatalf("%d lines for %d rules", len(lines), len(Rules()))
	}
	for i, r := range Rules() {
		if !strings.HasPrefix(lines[i+2], "| "+r.ID+" | ") || strings.Count(strings.ReplaceAll(lines[i+2], `\|`, ""), "|") != 7 {
			t.Errorf("line for %s: %q", r.ID, lines[i+2])
		}
	}
}

func TestStrings(t *testing.T) {
	f := Finding{RuleID: "AT110", Severity: SeverityError, Address: "a", Path: []string{"projects", "project_view"}, Summary: "bad"}
	if got := f.String(); got != "AT110 error a[projects.project_view]: bad" {
		t.Errorf("Finding.String() = %q", got)
	}
	for ref, want := range map[LevelRef]string{
		{}:                     "(unset)",
		{ID: 7}:                "ID 7",
		{Name: "Sales", ID: 8}: `"Sales"`,
		{Address: "x", ID: 9}:  "x",
	} {
		if got := ref.String(); got != want {
			t.Errorf("%+v.String() = %q, want %q", ref, got, want)
		}
	}
	grant := ProtectedGrant{Address: "g", ResourceID: 12, ViewProtected: true}
	fs := ofRule(Evaluate(Input{ProtectedData: []ProtectedGrant{grant}}, Options{}), RuleProtectedDataOverride)
	if len(fs) != 1 || !strings.Contains(fs[0].Summary, "resource 12") {
		t.Errorf("%v", fs)
	}
}

// Evaluate and the access helpers share only read-only tables; run them
// side by side under the race detector.
func TestConcurrentUse(t *testing.T) {
	in := mixedInput(t)
	want := Evaluate(in, Options{})
	done := make(chan []Finding)
	for range 4 {
		go func() {
			s, _, _ := Effective(Level{CopyFrom: "Sales"})
			_ = AccessMatrix([]NamedLevel{{Name: "s", Settings: s}}, nil).Markdown()
			done <- Evaluate(in, Options{})
		}()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Error("concurrent evaluation differs")
		}
	}
}

// The docs show each rule's fix in HCL in a section the rule table links
// to.
func TestRuleFixesMarkdown(t *testing.T) {
	md, table := RuleFixesMarkdown(), RulesMarkdown()
	for _, r := range Rules() {
		section := "### " + r.ID + "\n\n" + r.Summary + " " + r.Fix + "\n\n```terraform\n" + r.FixHCL + "\n```\n"
		link := "[In HCL](#" + strings.ToLower(r.ID) + ")"
		if has := strings.Contains(md, section); has != (r.FixHCL != "") {
			t.Errorf("%s: section shown %v, fix in HCL %q", r.ID, has, r.FixHCL)
		}
		if has := strings.Contains(table, "| "+r.ID+" |") && strings.Contains(table, r.Fix+" "+link); has != (r.FixHCL != "") {
			t.Errorf("%s: table links the fix %v", r.ID, has)
		}
	}
}
