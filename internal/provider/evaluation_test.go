package provider

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// A finding's fix is shown under "Fix:", its HCL indented (terraform prints
// indented lines of a detail as they are, so the HCL keeps its layout), the
// prose alternative on its own line after it.
func TestAddFindingRendersFix(t *testing.T) {
	for _, c := range []struct {
		name string
		f    evaluate.Finding
		want string
	}{
		{"HCL and prose", evaluate.Finding{RuleID: "AT109", Severity: evaluate.SeverityError, Summary: "s", Detail: "Why.",
			FixHCL: "admin = {\n  manage_resources = false\n}", Fix: "Or copy a system level whose license includes Admin."},
			"Why.\n\nFix:\n  admin = {\n    manage_resources = false\n  }\nOr copy a system level whose license includes Admin.\n\nRule AT109, severity error. Change it with rule_severity in the provider block."},
		{"HCL alone", evaluate.Finding{RuleID: "AT450", Severity: evaluate.SeverityWarning, Summary: "s", Detail: "Why.", FixHCL: "strong_passwords_required = true"},
			"Why.\n\nFix:\n  strong_passwords_required = true\n\nRule AT450, severity warning. Change it with rule_severity in the provider block."},
		{"prose alone", evaluate.Finding{RuleID: "AT106", Severity: evaluate.SeverityError, Summary: "s", Detail: "Why.", Fix: "Reuse a level."},
			"Why.\n\nFix: Reuse a level.\n\nRule AT106, severity error. Change it with rule_severity in the provider block."},
	} {
		var diags diag.Diagnostics
		c.f.Path = []string{"admin", "manage_resources"}
		addFinding(&diags, c.f, map[string]bool{"admin": true})
		if len(diags) != 1 {
			t.Fatalf("%s: %d diagnostics", c.name, len(diags))
		}
		if got := diags[0].Detail(); got != c.want {
			t.Errorf("%s: detail\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

// Through terraform, the fix keeps its lines and indentation (terraform
// wraps the prose of a detail but prints indented lines as they are), so
// it can be copied into the configuration.
func TestAccFindingFixIsPrintedAsHCL(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cli := psa.cli(t, `
resource "autotask_security_level" "night" {
  name      = "Night Technicians"
  copy_from = "Team Member"
  admin = {
    manage_resources = true
  }
}
`)
	out, err := cli.run("plan", "-no-color", "-input=false")
	if err == nil {
		t.Fatalf("the plan must fail with AT109:\n%s", out)
	}
	want := regexp.MustCompile(`(?m)^Fix:\n  admin = \{\n    manage_resources = false\n  \}\nOr copy a system level whose license includes Admin\.\n`)
	if !want.MatchString(strings.ReplaceAll(out, "│ ", "")) {
		t.Fatalf("the fix is not printed as HCL:\n%s", out)
	}
}

// Fixes spell portal level types as the type attribute takes them.
func TestFixesSpellPortalTypes(t *testing.T) {
	if want := []string{evaluate.PortalTypeClientPortal, evaluate.PortalTypeTaskfire}; !slices.Equal(portalTypeNames, want) {
		t.Errorf("the type attribute takes %q; fixes write %q", portalTypeNames, want)
	}
}
