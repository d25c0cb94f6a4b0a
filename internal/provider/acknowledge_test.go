package provider

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// coManagedLevel is a co-managed level that manages resources (AT304, and
// AT301 for Admin permissions on Co-managed Help Desk), with acknowledge
// set to ack.
func coManagedLevel(ack string) string {
	return `
resource "autotask_security_level" "co" {
  name      = "Customer IT"
  copy_from = "Co-managed Help Desk"
  admin = {
    manage_resources = true
  }
` + ack + `
}
`
}

// A finding acknowledged on the object is no longer a plan diagnostic; the
// others still are. A misspelled rule ID, a rule that never checks the
// object and a missing reason are errors that say what to write.
func TestAccSecurityLevelResource_acknowledge(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	tf := newRealTerraform(t, psa.env()...)
	warnings := func(out string) []string {
		var ws []string
		for _, d := range diagnostics(t, out) {
			if d.Severity == "warning" && strings.HasPrefix(d.Summary, "AT") {
				ws = append(ws, d.Summary[:5])
			}
		}
		return ws
	}
	tf.Write(coManagedLevel(""))
	before := warnings(tf.Must(nil, "plan", "-input=false", "-json"))
	if !strings.Contains(strings.Join(before, " "), "AT304") {
		t.Fatalf("no AT304 warning without the acknowledgement: %v", before)
	}
	tf.Write(coManagedLevel(`  acknowledge = { AT304 = "The customer's IT lead manages their own staff." }`))
	after := warnings(tf.Must(nil, "plan", "-input=false", "-json"))
	if strings.Contains(strings.Join(after, " "), "AT304") || len(after) != len(before)-1 {
		t.Errorf("acknowledged AT304: warnings %v, want %v without AT304", after, before)
	}
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	if out, err := tf.Run(nil, "plan", "-input=false", "-no-color", "-detailed-exitcode"); exitCode(err) != 0 {
		t.Errorf("re-plan with an acknowledgement is not empty:\n%s", out)
	}

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:      coManagedLevel(`  acknowledge = { AT3O4 = "typo" }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Unknown rule ID.*is not a plan-time rule\. Did you mean "AT304"\?`),
			},
			{
				Config:      coManagedLevel(`  acknowledge = { AT405 = "no 2FA here" }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Rule does not check this object.*AT405 never reports on\s+autotask_security_level`),
			},
			{
				Config:      coManagedLevel(`  acknowledge = { AT304 = " " }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Acknowledgement without a reason.*Say why AT304 is accepted`),
			},
		},
	})
}
