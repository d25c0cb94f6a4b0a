package provider

import (
	"fmt"
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

// The secret written in the provider block (the environment has none) is
// the one used, and it reaches neither the state, nor terraform's or the
// provider's log, nor the mock PSA's request log.
func TestAccProvider_secretInProviderBlock(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	secret := psa.Creds.Secret
	t.Setenv(EnvSecret, "")
	logPath := filepath.Join(t.TempDir(), "trace.log")
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", logPath)
	// A sensitive variable, as an admin would write it: a literal would sit
	// in the configuration the test harness itself logs.
	t.Setenv("TF_VAR_autotask_secret", secret)
	cfg := `
variable "autotask_secret" {
  type      = string
  sensitive = true
}
provider "autotask" {
  secret = var.autotask_secret
}
resource "autotask_security_level" "t" {
  name      = "Block Secret"
  copy_from = "Team Member"
}`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: cfg,
			Check: func(s *terraform.State) error {
				for addr, rs := range s.RootModule().Resources {
					for k, v := range rs.Primary.Attributes {
						if strings.Contains(v, secret) {
							return fmt.Errorf("state %s.%s holds the secret", addr, k)
						}
					}
				}
				if n := len(levelsNamed(t, psa.Tenant, "Block Secret")); n != 1 {
					return fmt.Errorf("%d levels created with the provider block's secret, want 1", n)
				}
				return nil
			},
		}},
	})
	raw, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatalf("read trace log: %v", err)
	}
	log := string(raw)
	for _, want := range []string{"[TRACE]", "autotask: request", "SecurityLevels"} {
		if !strings.Contains(log, want) {
			t.Errorf("trace log lacks %q (%d bytes): it proves nothing", want, len(log))
		}
	}
	if i := strings.Index(log, secret); i >= 0 {
		t.Errorf("trace log holds the secret near: %q", log[max(0, i-200):i])
	}
}

// When a create's answer is lost and the lookup by name fails too, the
// error says the outcome is unknown and what to do, and the secret that
// the PSA's error messages echo is masked in the output and the logs.
func TestAccProvider_ambiguousCreateIsRedacted(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	secret := psa.Creds.Secret
	logPath := filepath.Join(t.TempDir(), "provider.log")
	t.Setenv("TF_ACC_LOG_PATH", logPath)
	for _, f := range []mockpsa.Fault{
		// The create: committed or not, the answer never comes.
		{Kind: mockpsa.FaultStatus, Status: 503, Op: mockpsa.OpCreate, Entity: "SecurityLevels", Message: "gateway lost request signed " + secret},
		// Every query of the entity (the checks' read and the lookup by name).
		{Kind: mockpsa.FaultStatus, Status: 400, Op: mockpsa.OpQuery, Entity: "SecurityLevels", Count: 50, Message: "query rejected for secret " + secret},
	} {
		if err := psa.Tenant.InjectFault(f); err != nil {
			t.Fatal(err)
		}
	}
	cli := newTFCLI(t, `
resource "autotask_security_level" "x" {
  name      = "Ambiguous"
  copy_from = "Sales"
}`)
	cli.env = append(cli.env, "TF_LOG=TRACE", "TF_LOG_PATH="+filepath.Join(t.TempDir(), "terraform.log"))
	out, err := cli.run("apply", "-no-color", "-input=false", "-auto-approve")
	if err == nil {
		t.Fatalf("apply succeeded:\n%s", out)
	}
	got := flat(out)
	for _, want := range []string{
		`Error: Could not create security level "Ambiguous"`,
		"Autotask may or may not have created the object",
		"natural-key lookup failed",
		"gateway lost request signed [REDACTED]",
		"query rejected for secret [REDACTED]",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
	if left := psa.Tenant.Faults(); len(left) != 1 || left[0].Op != mockpsa.OpQuery {
		t.Errorf("the create's fault did not fire: %+v", left)
	}
	for name, text := range map[string]string{"output": out, "provider log": readFile(t, logPath), "terraform log": readFile(t, cli.env[len(cli.env)-1][len("TF_LOG_PATH="):])} {
		if name != "output" && !strings.Contains(text, "autotask_security_level") {
			t.Errorf("the %s is empty or unrelated (%d bytes): it proves nothing", name, len(text))
		}
		if i := strings.Index(text, secret); i >= 0 {
			t.Errorf("the %s holds the secret near: %q", name, text[max(0, i-200):i])
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return string(b)
}
