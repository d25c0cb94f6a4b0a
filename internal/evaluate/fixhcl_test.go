package evaluate

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// parseFix parses a fix as a configuration file.
func parseFix(t testing.TB, src string) *hclsyntax.Body {
	t.Helper()
	f, diags := hclsyntax.ParseConfig([]byte(src), "fix.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("fix does not parse: %s\n%s", diags.Error(), src)
	}
	return f.Body.(*hclsyntax.Body)
}

// A string a fix quotes (a level's or an organization's name, a recipient)
// reads back as itself, whatever it holds.
func TestHCLStringRoundTrips(t *testing.T) {
	for _, s := range []string{"", "Rewst Automation", `say "hi"`, `C:\temp`, "${var.x}", "%{ if true }", "$", "%", "a\nb\tc\r", "\x01\x7f", "Zürich ☃", "$${x}"} {
		body := parseFix(t, renderHCL(hclAttr("name", hclString(s))))
		v, diags := body.Attributes["name"].Expr.Value(nil)
		if diags.HasErrors() || v.AsString() != s {
			t.Errorf("%q reads back as %#v (%v)", s, v, diags)
		}
	}
}

// Fixes are laid out as terraform fmt lays them out: aligned equals signs
// in runs of one-line attributes, two-space indents, comments above.
func TestRenderHCLIsFormatted(t *testing.T) {
	src := renderHCL(
		hclAttr("name", hclString("x")),
		hclAttr("copy_from", hclString("Sales")),
		hclObject("admin", hclAttr("manage_resources", hclBool(false)), hclAttr("manage_security_levels", hclBool(false))),
		hclAttr("active", hclBool(true)).withComment("a comment"),
		hclAttr("notification_recipients", hclStrings([]string{"a@example.com", "b@example.com"})),
		hclBlock("lifecycle", nil, hclAttr("prevent_destroy", hclBool(true))),
	)
	parseFix(t, src)
	if got := string(hclwrite.Format([]byte(src))); got != src {
		t.Errorf("rendered\n%s\nterraform fmt would write\n%s", src, got)
	}
	for _, fix := range []string{removedFix(ObjectAPIUser), ruleToInfoFix(RuleAccessChange), profileLevelFix(rewstProfile(t)), customCopyFix(salesLevel(t))} {
		if got := string(hclwrite.Format([]byte(fix))); got != fix {
			t.Errorf("rendered\n%s\nterraform fmt would write\n%s", fix, got)
		}
	}
}

func salesLevel(t *testing.T) *catalog.SystemLevel {
	t.Helper()
	s, ok := catalog.SystemLevelByName("Sales")
	if !ok {
		t.Fatal("no Sales level")
	}
	return s
}

func TestLocalName(t *testing.T) {
	for in, want := range map[string]string{"Rewst Automation": "rewst_automation", "API User (custom)": "api_user_custom", "123 Go": "level_123_go", "": "level_", "--": "level_"} {
		if got := localName(in); got != want || !hclsyntax.ValidIdentifier(got) {
			t.Errorf("localName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"companies_add", "companies_view", "contacts_add"}
	for in, want := range map[string]string{"company_add": "companies_add", "Companies View": "companies_view", "teleport": "", "": ""} {
		got, ok := closest(in, names)
		if got != want || ok != (want != "") {
			t.Errorf("closest(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
