package provider

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// requiredProviders matches the terraform block of an example: tests run
// the provider in-process, so it must not name a registry source.
var requiredProviders = regexp.MustCompile(`(?s)terraform \{\s*required_providers \{.*?\n\}\n`)

// The demo that `make demo` applies stays valid: it applies on the demo
// tenant and re-plans empty.
func TestAccExampleDemo(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedDemo)
	raw, err := os.ReadFile("../../examples/demo/main.tf")
	if err != nil {
		t.Fatal(err)
	}
	cfg := requiredProviders.ReplaceAllString(string(raw), "")
	if cfg == string(raw) {
		t.Fatal("examples/demo/main.tf has no terraform block to strip")
	}
	// Terraform loads every .tf file of the directory; so does the test, but
	// for protected.tf, whose for_each resources terraform-plugin-testing's
	// state shim cannot read: TestAccExampleDemoProtected runs the whole demo
	// through the real CLI.
	others, err := filepath.Glob("../../examples/demo/*.tf")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range others {
		if base := filepath.Base(f); base == "main.tf" || base == "protected.tf" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cfg += "\n" + string(b)
	}
	t.Setenv("TF_VAR_terraform_user", psa.Creds.Username)
	t.Setenv("TF_VAR_portal_admin_password", "Demo-Test-Pass1")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_security_level.rewst", tfjsonpath.New("name"), knownvalue.StringExact("Rewst Automation")),
					statecheck.ExpectKnownValue("autotask_security_level.rewst", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
					statecheck.ExpectKnownValue("autotask_security_level.rewst",
						tfjsonpath.New("effective_permissions").AtMapKey("other").AtMapKey("view_internal_costs"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue("autotask_security_level.contractor",
						tfjsonpath.New("effective_permissions").AtMapKey("projects").AtMapKey("render_tasks_as"), knownvalue.StringExact("Contractor View")),
					statecheck.ExpectKnownOutputValueAtPath("levels", tfjsonpath.New("MSP Service Desk").AtMapKey("license"), knownvalue.StringExact("Professional")),
					statecheck.ExpectKnownOutputValueAtPath("api_users", tfjsonpath.New("rewst@acme.example.com"), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"level": knownvalue.StringExact("Rewst Automation"), "integration": knownvalue.StringExact("rewst"), "kind": knownvalue.StringExact("vendor"),
						"active": knownvalue.Bool(true)})),
					statecheck.ExpectKnownOutputValueAtPath("api_users", tfjsonpath.New("accounting-sync@acme.example.com").AtMapKey("integration"),
						knownvalue.StringExact("Accounting Sync")),
					// portal.tf: a restricted portal level and a co-managed Taskfire administrator.
					statecheck.ExpectKnownOutputValueAtPath("portal", tfjsonpath.New("levels").AtMapKey("Customer Staff (no projects)").AtMapKey("projects"), knownvalue.StringExact("None")),
					statecheck.ExpectKnownOutputValueAtPath("portal", tfjsonpath.New("levels").AtMapKey("Customer Staff (no projects)").AtMapKey("devices"), knownvalue.StringExact("View")),
					statecheck.ExpectKnownOutputValueAtPath("portal", tfjsonpath.New("levels").AtMapKey("Co-managed Customer Admin").AtMapKey("type"), knownvalue.StringExact("taskfire")),
					statecheck.ExpectKnownValue("autotask_client_portal_user.summit_it_lead", tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownOutputValueAtPath("portal", tfjsonpath.New("co_managed_admin").AtMapKey("organization"), knownvalue.StringExact("Summit Accounting")),
				},
			},
			{
				Config:           cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}

// TestAccExampleDemoScript runs `make demo`'s script end to end — build,
// mock PSA, plan, apply, re-plan, the change made in the web UI, the plan
// that reviews it, the correction and the access report — as a user would.
func TestAccExampleDemoScript(t *testing.T) {
	requireAcc(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "./examples/demo/run.sh")
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("run.sh: %v\n%s", err, out)
	}
	for _, want := range []string{
		"No changes: the PSA matches the configuration.",
		`WARNING  AT501: 2 users of security level "MSP Service Desk" lose Organizations: Edit (All → Mine)  [autotask_security_level.service_desk]`,
		"Apply complete! Resources: 0 added, 1 changed, 0 destroyed.",
		"Custom security levels:\n  Customer IT (co-managed): ID ",
		"| Security level |",
		"### Findings",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the demo does not show %q:\n%s", want, out)
		}
	}
	// Findings are printed whole: each on one line, ending with its object.
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "  AT") && strings.HasPrefix(strings.TrimSpace(line), "WARNING") && !strings.HasSuffix(line, "]") {
			t.Errorf("a finding is cut: %q", line)
		}
	}
}
