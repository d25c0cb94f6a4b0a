package provider

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const resourceLookup = `
data "autotask_resource" "me" {
  user_name = "terraform@acme.example.com"
}`

func TestAccProvider_missingCredentials(t *testing.T) {
	newTestPSA(t, mockpsa.SeedEmpty)
	t.Setenv(EnvSecret, "")
	t.Setenv(EnvIntegrationCode, "")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      resourceLookup,
			ExpectError: regexp.MustCompile("(?s)Autotask credentials are not configured.*`secret` \\(or\\s+AUTOTASK_SECRET\\) and `integration_code`\\s+\\(or\\s+AUTOTASK_INTEGRATION_CODE\\)"),
		}},
	})
}

func TestAccProvider_wrongSecret(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	t.Setenv(EnvSecret, "not-the-secret-"+psa.Creds.Secret[:4])
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      resourceLookup,
			ExpectError: regexp.MustCompile(`(?s)Autotask rejected the credentials of API user\s+"terraform@acme.example.com"\s+\(HTTP 401\).*AUTOTASK_SECRET`),
		}},
	})
}

func TestAccProvider_ruleSeverity(t *testing.T) {
	newTestPSA(t, mockpsa.SeedEmpty)
	const dashboardCopy = `
resource "autotask_security_level" "wall" {
  name      = "Wallboard"
  copy_from = "Dashboard User"
}`
	withSeverity := func(sev string) string {
		return `provider "autotask" {
  rule_severity = ` + sev + `
}
` + dashboardCopy
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{ // lowered to a warning, the plan goes through
				Config:             withSeverity(`{ AT103 = "warning" }`),
				PlanOnly:           true,
				ExpectNonEmptyPlan: true,
			},
			{
				Config:      withSeverity(`{ AT999 = "error" }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Unknown rule ID.*"AT999" is not a rule`),
			},
			{
				Config:      withSeverity(`{ AT101 = "loud" }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Invalid severity.*use error, warning, info\s+or off`),
			},
		},
	})
}

// With TF_LOG=trace, neither terraform's nor the provider's log, nor the
// state, holds the API secret.
func TestAccProvider_secretNeverLogged(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedDemo)
	logPath := filepath.Join(t.TempDir(), "trace.log")
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", logPath)
	secret := psa.Creds.Secret
	noSecretInState := func(s *terraform.State) error {
		for addr, rs := range s.RootModule().Resources {
			for k, v := range rs.Primary.Attributes {
				if strings.Contains(v, secret) {
					t.Errorf("state %s.%s holds the secret", addr, k)
				}
			}
		}
		return nil
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: resourceLookup + `
resource "autotask_security_level" "t" {
  name      = "Trace Test"
  copy_from = "Team Member"
}`,
			Check: noSecretInState,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.autotask_resource.me", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
			},
		}, {
			Config: resourceLookup + `
resource "autotask_security_level" "t" {
  name      = "Trace Test"
  copy_from = "Team Member"
}`,
			ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
		}},
	})
	raw, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatalf("read trace log: %v", err)
	}
	log := string(raw)
	// The log is real: it holds terraform's trace and the provider's API calls.
	for _, want := range []string{"[TRACE]", "SecurityLevels", psa.Creds.Username} {
		if !strings.Contains(log, want) {
			t.Errorf("trace log lacks %q (%d bytes)", want, len(log))
		}
	}
	if strings.Contains(log, secret) {
		i := strings.Index(log, secret)
		t.Errorf("trace log holds the secret near: %q", log[max(0, i-200):i])
	}
}

// A wrong secret fails the plan of a resource with one diagnostic, however
// many objects the plan has.
func TestAccProvider_wrongSecretAtPlan(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	t.Setenv(EnvSecret, "wrong-"+psa.Creds.Secret[:3])
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
resource "autotask_security_level" "a" {
  name      = "A"
  copy_from = "Sales"
}
resource "autotask_security_level" "b" {
  name      = "B"
  copy_from = "Sales"
}`,
			PlanOnly: true,
			// Exactly one error: nothing after the first one looks like "Err".
			ExpectError: regexp.MustCompile(`(?s)Error: Autotask rejected the provider's credentials.*HTTP 401(?:[^E]|E[^r]|Er[^r])*$`),
		}},
	})
}
