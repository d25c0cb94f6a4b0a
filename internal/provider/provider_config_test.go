package provider

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

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
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
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
		ProtoV6ProviderFactories: psa.factories(),
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

// No secret — the provider's own, given in the provider block or in the
// environment, an API user's secret or a portal password — reaches the
// state, the plan JSON, terraform's and the provider's TF_LOG=trace log,
// the mock PSA's request log or any diagnostic, not even when the PSA
// echoes the secrets back in an error. Yet each reaches the PSA: the
// provider authenticates with its secret, and the API user's secret and
// the portal password are the ones the PSA holds.
func TestAccProvider_secretsNeverLeak(t *testing.T) {
	for _, mode := range []string{"provider block", "environment"} {
		t.Run(mode, func(t *testing.T) { testSecretsNeverLeak(t, mode == "provider block") })
	}
}

func testSecretsNeverLeak(t *testing.T, inBlock bool) {
	requireAcc(t)
	var mockLog syncBuffer
	psa := newTestPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo},
		mockpsa.Options{Logger: slog.New(slog.NewTextHandler(&mockLog, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	providerSecret := psa.Creds.Secret
	provider := ""
	if inBlock {
		// The environment has no secret; the block reads it from an
		// ephemeral variable, as the provider's docs advise (a literal
		// would sit in the configuration the test harness itself logs, and
		// terraform saves the value of any other variable in plan files).
		t.Setenv(EnvSecret, "")
		t.Setenv("TF_VAR_autotask_secret", providerSecret)
		provider = `
variable "autotask_secret" {
  type      = string
  sensitive = true
  ephemeral = true
}
provider "autotask" {
  secret = var.autotask_secret
}`
	}
	const (
		apiSecret = "Qm4-api-user-secret-77"
		apiNext   = "Rn5-api-user-secret-88"
		portalPw  = "Pw6-portal-password-99"
		portalNew = "Pw7-portal-password-00"
	)
	secrets := []string{providerSecret, apiSecret, apiNext, portalPw, portalNew}
	logPath := filepath.Join(t.TempDir(), "trace.log")
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", logPath)
	contact := contactOf(t, psa, "Quinn")
	config := func(version int) string {
		return provider + withLevelIDs(fmt.Sprintf(`
variable "api_secret" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "portal_password" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "autotask_security_level" "t" {
  name      = "Secret Test"
  copy_from = "Team Member"
}
resource "autotask_api_user" "sync" {
  user_name         = "secret-sync@acme.example.com"
  first_name        = "Secret"
  last_name         = "Sync"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Secret Sync" }
  secret_wo         = var.api_secret
  secret_wo_version = %[1]d
}
resource "autotask_client_portal_user" "peter" {
  contact_id          = %[2]d
  user_name           = "peter.quinn@northwind.example.org"
  password_wo         = var.portal_password
  password_wo_version = %[1]d
  security_level_id   = 1
}`, version, contact))
	}
	t.Setenv("TF_VAR_api_secret", apiSecret)
	t.Setenv("TF_VAR_portal_password", portalPw)

	var planChecks []plancheck.PlanCheck
	var stateChecks []statecheck.StateCheck
	private := &privateLog{}
	for i := range secrets {
		planChecks = append(planChecks, secretCheck{secret: &secrets[i], what: "the plan JSON", private: private})
		stateChecks = append(stateChecks, secretCheck{secret: &secrets[i], what: "the state", private: private})
	}
	var apiID, portalID int64
	calls := 0
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: private.factories(New("test")()),
		ErrorCheck:               errorCheck(wordsRE(`Could not update`, `[REDACTED]`), secrets, &calls),
		Steps: []resource.TestStep{
			{
				Config:            config(1),
				ConfigPlanChecks:  resource.ConfigPlanChecks{PreApply: planChecks, PostApplyPostRefresh: planChecks},
				ConfigStateChecks: stateChecks,
				Check: resource.ComposeTestCheckFunc(
					captureID("autotask_api_user.sync", &apiID),
					captureID("autotask_client_portal_user.peter", &portalID),
					func(*terraform.State) error {
						if n := len(levelsNamed(t, psa.Tenant, "Secret Test")); n != 1 {
							return fmt.Errorf("%d levels created with the provider's secret, want 1", n)
						}
						if !psa.Tenant.WriteOnlyIs("ApiUsers", apiID, "secret", apiSecret) {
							return fmt.Errorf("the API user's secret did not reach the PSA")
						}
						if !psa.Tenant.WriteOnlyIs("ClientPortalUsers", portalID, "password", portalPw) {
							return fmt.Errorf("the portal password did not reach the PSA")
						}
						return nil
					},
				),
			},
			{ // rotation: the PSA refuses both writes, echoing every secret
				PreConfig: func() {
					t.Setenv("TF_VAR_api_secret", apiNext)
					t.Setenv("TF_VAR_portal_password", portalNew)
					for entity, echoed := range map[string]string{"ApiUsers": apiNext, "ClientPortalUsers": portalNew} {
						if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Op: mockpsa.OpUpdate, Entity: entity,
							Message: fmt.Sprintf("request signed %s refused the value '%s'", providerSecret, echoed)}); err != nil {
							t.Fatal(err)
						}
					}
				},
				Config: config(2), // fails: ErrorCheck matches the error, which holds no secret
			},
			{ // the rotation goes through
				PreConfig: func() {
					if left := psa.Tenant.Faults(); len(left) != 0 {
						t.Fatalf("faults that never fired: %+v", left)
					}
				},
				Config:            config(2),
				ConfigPlanChecks:  resource.ConfigPlanChecks{PreApply: planChecks, PostApplyPostRefresh: planChecks},
				ConfigStateChecks: stateChecks,
				Check: func(*terraform.State) error {
					if !psa.Tenant.WriteOnlyIs("ApiUsers", apiID, "secret", apiNext) || !psa.Tenant.WriteOnlyIs("ClientPortalUsers", portalID, "password", portalNew) {
						return fmt.Errorf("the rotated secrets did not reach the PSA")
					}
					return nil
				},
			},
		},
	})
	if calls != 1 {
		t.Errorf("%d failing steps checked, want 1", calls)
	}
	if private.count() == 0 {
		t.Error("the provider handed terraform no private state: the private-state check proves nothing")
	}
	trace := readFile(t, logPath)
	requests := mockLog.String()
	// The logs are real: they hold what they log.
	for _, want := range []string{"[TRACE]", "autotask: request", "SecurityLevels", "ApiUsers", "ClientPortalUsers", "[REDACTED]"} {
		if !strings.Contains(trace, want) {
			t.Errorf("trace log lacks %q (%d bytes): it proves nothing", want, len(trace))
		}
	}
	for _, want := range []string{"/ApiUsers", "/ClientPortalUsers", "status=500"} {
		if !strings.Contains(requests, want) {
			t.Errorf("the mock's request log lacks %q (%d bytes): it proves nothing", want, len(requests))
		}
	}
	for name, text := range map[string]string{"trace log": trace, "mock request log": requests} {
		for _, s := range secrets {
			if i := strings.Index(text, s); i >= 0 {
				t.Errorf("%s holds a secret near: %q", name, text[max(0, i-200):i])
			}
		}
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

// With objects of every kind in state, a wrong secret, a missing one or an
// integration code Autotask does not know gives exactly one error that
// names the setting to fix — not one per object.
func TestAccProvider_oneCredentialErrorWithObjectsInState(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	tf := newRealTerraform(t, psa.env()...)
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id") + `
resource "autotask_security_level" "desk" {
  name      = "Desk"
  copy_from = "Service Desk User"
}

resource "autotask_client_portal_security_level" "basic" {
  name = "Customer Basic"
  type = "client_portal"
}

resource "autotask_user_defined_field" "pw" {
  name      = "Local admin password"
  udf_type  = "device"
  data_type = "text"
  protected = true
  encrypted = true
}

resource "autotask_security_settings" "site" {
  two_factor_required = true
  lockout_threshold   = 5
  notification_recipients = ["security@msp.example.com"]
}

data "autotask_resource" "me" {
  user_name = "` + psa.Creds.Username + `"
}
`)
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	for _, c := range []struct {
		name, env, want string
	}{
		{"wrong secret", EnvSecret + "=wrong-" + psa.Creds.Secret[:3], "Autotask rejected the provider's credentials"},
		{"no secret", EnvSecret + "=", "Autotask credentials are not configured"},
		{"unknown integration code", EnvIntegrationCode + "=ZZZZZZZZZZZZZZZZZZZZZZZZZZZ", "Autotask rejected the provider's credentials"},
	} {
		out, err := tf.Run([]string{c.env}, "plan", "-input=false", "-json")
		if err == nil {
			t.Errorf("%s: plan succeeded", c.name)
			continue
		}
		if errs := errorsIn(t, out); len(errs) != 1 || errs[0] != c.want {
			t.Errorf("%s: want exactly one error %q, got %d: %q", c.name, c.want, len(errs), errs)
		}
	}
}

// A retired rule ID in rule_severity is a warning that says why the rule
// went, not an error; an unknown one is an error naming the closest rule.
func TestAccProvider_retiredRuleIDs(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	tf := newRealTerraform(t, psa.env()...)
	tf.Write(`
provider "autotask" {
  rule_severity = { AT102 = "off" }
}

resource "autotask_security_level" "a" {
  name      = "A"
  copy_from = "Sales"
}
`)
	out := tf.Must(nil, "plan", "-input=false", "-json")
	var retired []string
	for _, d := range diagnostics(t, out) {
		if d.Summary == "Retired rule ID" && d.Severity == "warning" && strings.Contains(d.Detail, "destroy runs no rule") {
			retired = append(retired, d.Detail[:5])
		}
	}
	if strings.Join(retired, ",") != "AT102" {
		t.Errorf("want one retired-rule warning, for AT102, got %v\n%s", retired, out)
	}
	tf.Write(`
provider "autotask" {
  rule_severity = { AT3O4 = "off" }
}

resource "autotask_security_level" "a" {
  name      = "A"
  copy_from = "Sales"
}
`)
	out, err := tf.Run(nil, "plan", "-input=false", "-no-color")
	if err == nil || !strings.Contains(flat(out), `"AT3O4" is not a rule of this provider. Did you mean "AT304"?`) {
		t.Errorf("an unknown rule ID does not name the closest one (%v):\n%s", err, out)
	}
}
