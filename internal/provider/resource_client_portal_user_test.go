package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const portalUser = "autotask_client_portal_user.u"

// portalPasswordVar declares the ephemeral variable the tests pass
// passwords through (TF_VAR_portal_password), so no configuration file
// holds one.
const portalPasswordVar = `
variable "portal_password" {
  type      = string
  ephemeral = true
  sensitive = true
}
`

// contactOf finds a demo contact by last name.
func contactOf(t *testing.T, psa *testPSA, lastName string) int64 {
	t.Helper()
	cs, err := psa.Tenant.List("Contacts")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c["lastName"] == lastName {
			return c["id"].(int64)
		}
	}
	t.Fatalf("no contact %s", lastName)
	return 0
}

// setPassword hands terraform the password for the next command through
// the environment (for a test that is not parallel).
func setPassword(t *testing.T, pw string) {
	t.Helper()
	t.Setenv("TF_VAR_portal_password", pw)
}

// portalPassword is the password as a step's variable (parallel tests).
func portalPassword(pw string) config.Variables {
	return config.Variables{"portal_password": config.StringVariable(pw)}
}

type portalUserCfg struct {
	contact  int64
	userName string
	level    string // HCL expression
	version  int
	extra    string
}

func (c portalUserCfg) String() string {
	return portalPasswordVar + fmt.Sprintf(`
resource "autotask_client_portal_security_level" "staff" {
  name    = "Customer Staff"
  type    = "client_portal"
  tickets = { create_service_requests = true }
}

resource "autotask_client_portal_user" "u" {
  contact_id          = %d
  user_name           = %q
  password_wo         = var.portal_password
  password_wo_version = %d
  security_level_id   = %s
%s
}
`, c.contact, c.userName, c.version, c.level, c.extra)
}

func TestAccClientPortalUserResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	irene := contactOf(t, psa, "Cole")
	var id int64
	cfg := portalUserCfg{contact: irene, userName: "irene.cole@harbor.example.org", level: "autotask_client_portal_security_level.staff.id", version: 1,
		extra: `  date_format = "dd/MM/yyyy"`}
	moved := cfg
	moved.userName, moved.level, moved.version = "i.cole@harbor.example.org", fmt.Sprint(int(catalog.PortalManager)), 2
	passwordIs := func(pw string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			if !psa.Tenant.WriteOnlyIs("ClientPortalUsers", id, "password", pw) {
				return fmt.Errorf("the PSA does not hold the expected password for portal user %d", id)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			u, ok := psa.Tenant.Get("ClientPortalUsers", id)
			if !ok {
				return fmt.Errorf("portal user %d is gone; destroy must only deactivate it", id)
			}
			if u["isClientPortalActive"] != false {
				return fmt.Errorf("portal user %d still active after destroy: %v", id, u)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create
				ConfigVariables: portalPassword("First-Pass1"),
				Config:          cfg.String(),
				Check:           resource.ComposeTestCheckFunc(captureID(portalUser, &id), func(s *terraform.State) error { return passwordIs("First-Pass1")(s) }),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("contact_id"), knownvalue.Int64Exact(irene)),
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("date_format"), knownvalue.StringExact("dd/MM/yyyy")),
					// Not configured: the picklist defaults.
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("time_format"), knownvalue.StringExact("hh:mm a")),
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("number_format"), knownvalue.StringExact("X,XXX.XX")),
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("password_wo"), knownvalue.Null()),
				},
			},
			{ // import by ID; the password version cannot be read back
				ConfigVariables: portalPassword("First-Pass1"),
				ResourceName:    portalUser, ImportState: true, ImportStateVerify: true,
				ImportStateVerifyIgnore: []string{"password_wo_version"},
			},
			{ // import by user name
				ConfigVariables: portalPassword("First-Pass1"),
				ResourceName:    portalUser, ImportState: true, ImportStateVerify: true,
				ImportStateId: "irene.cole@harbor.example.org", ImportStateVerifyIgnore: []string{"password_wo_version"},
			},
			{ // an unknown user name: a clear error
				ConfigVariables: portalPassword("First-Pass1"),
				ResourceName:    portalUser, ImportState: true, ImportStateId: "nobody@harbor.example.org",
				ExpectError: regexp.MustCompile(`(?s)Client Portal user not found.*` + words(`0 Client Portal users have the user name "nobody@harbor.example.org"`)),
			},
			{ // update: new name, a system level, and a password reset
				ConfigVariables: portalPassword("Second-Pass2"),
				Config:          moved.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portalUser, plancheck.ResourceActionUpdate),
				}},
				Check: func(s *terraform.State) error { return passwordIs("Second-Pass2")(s) },
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("user_name"), knownvalue.StringExact("i.cole@harbor.example.org")),
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("security_level_id"), knownvalue.Int64Exact(int64(catalog.PortalManager))),
				},
			},
			{ // a new password value without a new version is not sent
				ConfigVariables:  portalPassword("Third-Pass3"),
				Config:           moved.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
				Check:            func(s *terraform.State) error { return passwordIs("Second-Pass2")(s) },
			},
			{ // drift in attributes the configuration does not set
				ConfigVariables: portalPassword("Third-Pass3"),
				PreConfig: func() {
					if err := psa.Tenant.Patch("ClientPortalUsers", id, map[string]any{"timeFormat": 2, "isClientPortalActive": false}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: moved.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portalUser, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(portalUser, tfjsonpath.New("time_format"), knownvalue.StringExact("hh:mm a")),
					plancheck.ExpectKnownValue(portalUser, tfjsonpath.New("active"), knownvalue.Bool(true)),
				}},
				Check: func(*terraform.State) error {
					u, _ := psa.Tenant.Get("ClientPortalUsers", id)
					if u["timeFormat"] != int64(1) || u["isClientPortalActive"] != true {
						return fmt.Errorf("drift not corrected: %v", u)
					}
					return nil
				},
			},
			{
				ConfigVariables:  portalPassword("Third-Pass3"),
				Config:           moved.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}

// Destroy deactivates the login; configuring it again reactivates the same
// login rather than failing on "one login per contact". A contact change
// replaces the login.
func TestAccClientPortalUserResource_deactivateAndReactivate(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	felix := contactOf(t, psa, "Nash")
	george := contactOf(t, psa, "Hart")
	cfg := portalUserCfg{contact: felix, userName: "felix.nash@harbor.example.org", level: fmt.Sprint(int(catalog.PortalBasic)), version: 1}
	levelOnly := portalPasswordVar + `
resource "autotask_client_portal_security_level" "staff" {
  name    = "Customer Staff"
  type    = "client_portal"
  tickets = { create_service_requests = true }
}`
	var first, again int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ConfigVariables: portalPassword("Felix-Pass1"), Config: cfg.String(), Check: captureID(portalUser, &first)},
			{
				ConfigVariables: portalPassword("Felix-Pass1"),
				Config:          levelOnly,
				Check: func(*terraform.State) error {
					u, ok := psa.Tenant.Get("ClientPortalUsers", first)
					if !ok || u["isClientPortalActive"] != false {
						return fmt.Errorf("after destroy: %v (exists %t)", u, ok)
					}
					return nil
				},
			},
			{
				ConfigVariables: portalPassword("Felix-Pass1"),
				Config:          cfg.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portalUser, plancheck.ResourceActionCreate),
				}},
				Check: resource.ComposeTestCheckFunc(captureID(portalUser, &again), func(*terraform.State) error {
					if again != first {
						return fmt.Errorf("re-create made login %d, want the deactivated %d back", again, first)
					}
					u, _ := psa.Tenant.Get("ClientPortalUsers", first)
					if u["isClientPortalActive"] != true {
						return fmt.Errorf("not reactivated: %v", u)
					}
					users, _ := psa.Tenant.List("ClientPortalUsers")
					n := 0
					for _, u := range users {
						if u["contactID"] == felix {
							n++
						}
					}
					if n != 1 {
						return fmt.Errorf("%d logins for contact %d, want 1", n, felix)
					}
					return nil
				}),
			},
			{ // the replacement cannot take the name: the login it replaces keeps it
				ConfigVariables: portalPassword("Felix-Pass1"),
				Config:          portalUserCfg{contact: george, userName: "felix.nash@harbor.example.org", level: fmt.Sprint(int(catalog.PortalBasic)), version: 1}.String(),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)The portal user name is taken.*` + words("a login keeps its name when it is deactivated")),
			},
			{ // another contact: replace
				ConfigVariables: portalPassword("Felix-Pass1"),
				Config:          portalUserCfg{contact: george, userName: "george.hart@summit.example.org", level: fmt.Sprint(int(catalog.PortalBasic)), version: 1}.String(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(portalUser, plancheck.ResourceActionDestroyBeforeCreate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("contact_id"), knownvalue.Int64Exact(george)),
				},
			},
		},
	})
}

// What Autotask would refuse at apply fails at plan, with the rule ID
// where the evaluator owns the rule.
func TestAccClientPortalUserResource_planTimeChecks(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	irene := contactOf(t, psa, "Cole")  // Harbor Veterinary: no Taskfire
	lucy := contactOf(t, psa, "Reid")   // Summit Accounting: Taskfire
	laura := contactOf(t, psa, "Finch") // has the seed's portal-user-1
	retired, err := psa.Tenant.Create("ClientPortalSecurityLevels", map[string]any{"name": "Retired Level", "type": 1, "isActive": false})
	if err != nil {
		t.Fatal(err)
	}
	taskfireAdmin := fmt.Sprint(int(catalog.PortalTaskfireAdministrator))
	user := func(contact int64, name, level, extra string) string {
		return portalUserCfg{contact: contact, userName: name, level: level, version: 1, extra: extra}.String()
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // a Taskfire level for a contact of an organization without Taskfire: AT125, naming it
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(irene, "irene@harbor.example.org", taskfireAdmin, ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Error: ` + evaluate.RulePortalUserTaskfire + `: "Taskfire Administrator" is a Taskfire level, and\s+"Harbor Veterinary" \(the contact's organization\) does not have Taskfire`),
			},
			{ // an inactive level: AT126
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(irene, "irene@harbor.example.org", fmt.Sprint(retired), ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Error: ` + evaluate.RulePortalUserInactiveLvl + `: "Retired Level" is inactive`),
			},
			{ // the user name of another login
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(irene, "portal-user-1@customer.example.org", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)The portal user name is taken.*already the login of contact`),
			},
			{ // a contact that already has an active login: the import block to use
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(laura, "laura@northwind.example.org", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Error: A Client Portal login for contact \d+ already exists in\s+Autotask \(ID \d+\).*import \{`),
			},
			{ // a display format the PSA does not know, with the allowed ones
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(irene, "irene@harbor.example.org", "1", `  number_format = "1,000.00"`),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)"1,000.00" is not a numberFormat of this PSA; use one of\s+` + "`X,XXX.XX`"),
			},
			{ // not an e-mail address
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(irene, "irene", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)"irene" is not a bare e-mail address`),
			},
			{ // a password with a space
				ConfigVariables: portalPassword("has a space"),
				Config:          user(irene, "irene@harbor.example.org", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Invalid Client Portal password.*must be 5 to 50 characters and may not contain\s+spaces or\s+single quotes`),
			},
			{ // too short
				ConfigVariables: portalPassword("abc"),
				Config:          user(irene, "irene@harbor.example.org", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Invalid Client Portal password.*must be 5 to 50 characters`),
			},
			{ // a single quote
				ConfigVariables: portalPassword("it's-mine"),
				Config:          user(irene, "irene@harbor.example.org", "1", ""),
				PlanOnly:        true,
				ExpectError:     regexp.MustCompile(`(?s)Invalid Client Portal password.*may not contain\s+spaces or\s+single quotes`),
			},
			{ // a password version without a password
				ConfigVariables: portalPassword("it's-mine"),
				Config: `
resource "autotask_client_portal_user" "u" {
  contact_id          = ` + fmt.Sprint(irene) + `
  user_name           = "irene@harbor.example.org"
  security_level_id   = 1
  password_wo_version = 2
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)password_wo_version needs password_wo`),
			},
			{ // no password for a new login
				ConfigVariables: portalPassword("it's-mine"),
				Config: `
resource "autotask_client_portal_user" "u" {
  contact_id        = ` + fmt.Sprint(irene) + `
  user_name         = "irene@harbor.example.org"
  security_level_id = 1
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)A new portal login needs a password`),
			},
			{ // and the Taskfire level is fine for a contact of a Taskfire organization
				ConfigVariables: portalPassword("Good-Pass1"),
				Config:          user(lucy, "lucy.reid@summit.example.org", taskfireAdmin, ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(portalUser, tfjsonpath.New("security_level_id"), knownvalue.Int64Exact(int64(catalog.PortalTaskfireAdministrator))),
				},
			},
		},
	})
}

// secretCheck fails when a marshalled plan or state holds the secret, or
// when private holds it: the plan and state JSON have no private state, so
// private records what the provider hands terraform (secret_check_test.go).
type secretCheck struct {
	secret  *string
	what    string
	private *privateLog
}

func (c secretCheck) check(v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if holdsSecret(string(raw), *c.secret) {
		return fmt.Errorf("%s holds a secret", c.what)
	}
	if len(raw) < 100 {
		return fmt.Errorf("%s is suspiciously small (%d bytes)", c.what, len(raw))
	}
	if c.private != nil && holdsSecret(c.private.text(), *c.secret) {
		return fmt.Errorf("the private state of %s holds a secret", c.what)
	}
	return nil
}

func (c secretCheck) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	resp.Error = c.check(req.Plan)
}

func (c secretCheck) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	resp.Error = c.check(req.State)
}

// syncBuffer is a bytes.Buffer safe for the mock's handler goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// The password is in none of: the state, the plan JSON, the TF_LOG=trace
// log of terraform and the provider, the mock PSA's request log, any
// diagnostic (diagnostics are in the trace log, and the failing step's own
// error is checked too). The PSA does receive it.
func TestAccClientPortalUserResource_passwordNeverLeaks(t *testing.T) {
	requireAcc(t)
	var mockLog syncBuffer
	run, err := mockpsa.Start("127.0.0.1:0", mockpsa.Options{Logger: slog.New(slog.NewTextHandler(&mockLog, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = run.Close() })
	ten, err := run.Server.CreateTenant(mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	creds := ten.Credentials(run.URL)
	t.Setenv(EnvBaseURL, creds.BaseURL)
	t.Setenv(EnvUsername, creds.Username)
	t.Setenv(EnvSecret, creds.Secret)
	t.Setenv(EnvIntegrationCode, creds.IntegrationCode)
	psa := &testPSA{URL: run.URL, Server: run.Server, Tenant: ten, Creds: creds}
	logPath := filepath.Join(t.TempDir(), "trace.log")
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", logPath)

	passwords := []string{"Zq7-Unique-Portal-Secret", "Xw3-Rotated-Portal-Secret", "bad pass with spaces Yv5"}
	current := passwords[0]
	setPassword(t, current)
	cfg := portalUserCfg{contact: contactOf(t, psa, "Sharma"), userName: "dev.sharma@summit.example.org", level: "autotask_client_portal_security_level.staff.id", version: 1}
	rotated := cfg
	rotated.version = 2
	var id int64
	private := &privateLog{}
	checks := func() (resource.ConfigPlanChecks, []statecheck.StateCheck) {
		var all []plancheck.PlanCheck
		var states []statecheck.StateCheck
		for i := range passwords {
			all = append(all, secretCheck{secret: &passwords[i], what: "the plan JSON", private: private})
			states = append(states, secretCheck{secret: &passwords[i], what: "the state", private: private})
		}
		return resource.ConfigPlanChecks{PreApply: all, PostApplyPostRefresh: all}, states
	}
	plans, states := checks()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: private.factories(New("test")()),
		Steps: []resource.TestStep{
			{Config: cfg.String(), ConfigPlanChecks: plans, ConfigStateChecks: states, Check: captureID(portalUser, &id)},
			{
				PreConfig:        func() { current = passwords[1]; setPassword(t, current) },
				Config:           rotated.String(),
				ConfigPlanChecks: plans, ConfigStateChecks: states,
				Check: func(*terraform.State) error {
					if !psa.Tenant.WriteOnlyIs("ClientPortalUsers", id, "password", passwords[1]) {
						return fmt.Errorf("the rotated password did not reach the PSA")
					}
					return nil
				},
			},
			{ // an invalid password: the diagnostic says why without repeating it
				PreConfig: func() { setPassword(t, passwords[2]) },
				Config: func() string {
					c := rotated
					c.version = 3
					return c.String()
				}(),
				ExpectError: regexp.MustCompile(`(?s)Invalid Client Portal password.*must be 5 to 50 characters(?:[^b]|b[^a]|ba[^d])*$`),
			},
		},
	})
	if private.count() == 0 {
		t.Error("the provider handed terraform no private state: the private-state check proves nothing")
	}
	raw, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatalf("read trace log: %v", err)
	}
	trace := string(raw)
	for _, want := range []string{"[TRACE]", "ClientPortalUsers", "Invalid Client Portal password"} {
		if !strings.Contains(trace, want) {
			t.Errorf("trace log lacks %q (%d bytes): it is not the log it should be", want, len(trace))
		}
	}
	requests := mockLog.String()
	if !strings.Contains(requests, "ClientPortalUsers") {
		t.Errorf("the mock's request log lacks the portal user calls (%d bytes)", len(requests))
	}
	for _, pw := range passwords {
		for name, text := range map[string]string{"trace log": trace, "mock request log": requests} {
			if i := strings.Index(text, pw); i >= 0 {
				t.Errorf("%s holds a password near %q", name, text[max(0, i-120):i])
			}
		}
	}
}
