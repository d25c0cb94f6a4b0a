package provider

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const backupUser = "autotask_api_user.backup"

// trackingIdentifierPattern is what the mock PSA issues.
var trackingIdentifierPattern = regexp.MustCompile(`^[A-Z2-7]{27}$`)

// backupConfig is an internal integration on its own API level; the secret
// comes from a sensitive variable, as it would in real use.
func backupConfig(lastName, email string, version int) string {
	emailLine := ""
	if email != "" {
		emailLine = fmt.Sprintf("  email = %q\n", email)
	}
	return fmt.Sprintf(`
variable "secret" {
  type      = string
  sensitive = true
}

resource "autotask_security_level" "backup" {
  name      = "Backup Reporting"
  copy_from = "API User Can't Read Costs"
}

resource "autotask_api_user" "backup" {
  user_name         = "backup-reports@acme.example.com"
  first_name        = "Backup"
  last_name         = %q
%s  security_level_id = autotask_security_level.backup.id
  integration = {
    internal_name = "Backup Reporting"
  }
  secret_wo         = var.secret
  secret_wo_version = %d
}
`, lastName, emailLine, version)
}

func secretVar(s string) config.Variables {
	return config.Variables{"secret": config.StringVariable(s)}
}

// authenticates reports whether the PSA accepts user/secret/code, by
// reading the user's own resource record with them.
func authenticates(t *testing.T, psa *testPSA, user, secret, code string, id int64) bool {
	t.Helper()
	c, err := autotask.New(autotask.Config{BaseURL: psa.URL, Username: user, Secret: secret, IntegrationCode: code, RetryMax: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Resources().Get(context.Background(), id)
	if err != nil && !autotask.IsUnauthorized(err) {
		t.Fatalf("authenticate %s: %v", user, err)
	}
	return err == nil
}

// apiUsersNamed lists every API user of the tenant with that user name.
func apiUsersNamed(t *testing.T, ten *mockpsa.Tenant, name string) []map[string]any {
	t.Helper()
	all, err := ten.List("ApiUsers")
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, u := range all {
		if strings.EqualFold(fmt.Sprint(u["userName"]), name) {
			out = append(out, u)
		}
	}
	return out
}

// Create, import by ID and by user name, update, rotate the secret, drift
// on every attribute, destroy (which deactivates).
func TestAccAPIUserResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const user = "backup-reports@acme.example.com"
	var id, levelID int64
	psaUser := func() map[string]any {
		u, ok := psa.Tenant.Get("ApiUsers", id)
		if !ok {
			t.Fatalf("API user %d not in the PSA", id)
		}
		return u
	}
	code := func() string { return fmt.Sprint(psaUser()["integrationCode"]) }
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			users := apiUsersNamed(t, psa.Tenant, user)
			if len(users) != 1 || users[0]["isActive"] != false || users[0]["securityLevelID"] != int64(catalog.APIUserNoCosts) {
				return fmt.Errorf("after destroy want one inactive API user parked on API User Can't Read Costs, got %v", users)
			}
			if len(customLevels(t, psa.Tenant)) != 0 {
				return fmt.Errorf("its level was not destroyed: %v", customLevels(t, psa.Tenant))
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create
				Config: backupConfig("Reports", "", 1), ConfigVariables: secretVar("first-Secret-1"),
				Check: resource.ComposeTestCheckFunc(captureID(backupUser, &id), captureID("autotask_security_level.backup", &levelID),
					func(*terraform.State) error {
						u := psaUser()
						if u["securityLevelID"] != levelID || u["internalIntegrationName"] != "Backup Reporting" || u["isActive"] != true {
							return fmt.Errorf("PSA holds %v", u)
						}
						if !authenticates(t, psa, user, "first-Secret-1", code(), id) {
							return fmt.Errorf("the configured secret does not authenticate")
						}
						return nil
					}),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(backupUser, tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(backupUser, tfjsonpath.New("email"), knownvalue.Null()),
					statecheck.ExpectKnownValue(backupUser, tfjsonpath.New("secret_wo"), knownvalue.Null()),
					statecheck.ExpectKnownValue(backupUser, tfjsonpath.New("integration"), knownvalue.MapExact(map[string]knownvalue.Check{
						"internal_name": knownvalue.NotNull(),
					})),
					statecheck.ExpectKnownValue(backupUser, tfjsonpath.New("tracking_identifier"), knownvalue.StringRegexp(trackingIdentifierPattern)),
				},
			},
			{ // import by ID
				ResourceName: backupUser, ImportState: true, ImportStateVerify: true, ConfigVariables: secretVar("first-Secret-1"),
				ImportStateVerifyIgnore: []string{"secret_wo_version"},
			},
			{ // import by user name, in another letter case
				ResourceName: backupUser, ImportState: true, ImportStateVerify: true, ImportStateId: strings.ToUpper(user), ConfigVariables: secretVar("first-Secret-1"),
				ImportStateVerifyIgnore: []string{"secret_wo_version"},
			},
			{ // update in place
				Config: backupConfig("Reports (nightly)", "backup-team@acme.example.com", 1), ConfigVariables: secretVar("first-Secret-1"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(backupUser, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(backupUser, tfjsonpath.New("tracking_identifier"), knownvalue.NotNull()),
				}},
				Check: func(*terraform.State) error {
					if u := psaUser(); u["lastName"] != "Reports (nightly)" || u["email"] != "backup-team@acme.example.com" {
						return fmt.Errorf("PSA holds %v", u)
					}
					// the secret was not sent again
					if !authenticates(t, psa, user, "first-Secret-1", code(), id) {
						return fmt.Errorf("the secret changed without a new version")
					}
					return nil
				},
			},
			{ // rotate: a new version sends the new secret
				Config: backupConfig("Reports (nightly)", "backup-team@acme.example.com", 2), ConfigVariables: secretVar("second-Secret-2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(backupUser, plancheck.ResourceActionUpdate),
				}},
				Check: func(*terraform.State) error {
					if authenticates(t, psa, user, "first-Secret-1", code(), id) {
						return fmt.Errorf("the old secret still works")
					}
					if !authenticates(t, psa, user, "second-Secret-2", code(), id) {
						return fmt.Errorf("the rotated secret does not work")
					}
					return nil
				},
			},
			{ // drift on every attribute, the level included, shows and is put back
				PreConfig: func() {
					if err := psa.Tenant.Patch("ApiUsers", id, map[string]any{
						"securityLevelID": int64(catalog.APIUser), "isActive": false, "firstName": "Rogue", "lastName": "Edit",
						"email": "someone@else.example.com", "internalIntegrationName": "Renamed", "userName": "renamed@acme.example.com",
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: backupConfig("Reports (nightly)", "backup-team@acme.example.com", 2), ConfigVariables: secretVar("second-Secret-2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(backupUser, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(backupUser, tfjsonpath.New("active"), knownvalue.Bool(true)),
					plancheck.ExpectKnownValue(backupUser, tfjsonpath.New("user_name"), knownvalue.StringExact(user)),
				}},
				Check: func(*terraform.State) error {
					u := psaUser()
					if u["securityLevelID"] != levelID || u["isActive"] != true || u["firstName"] != "Backup" || u["userName"] != user ||
						u["email"] != "backup-team@acme.example.com" || u["internalIntegrationName"] != "Backup Reporting" {
						return fmt.Errorf("drift not corrected: %v", u)
					}
					return nil
				},
			},
			{ // the level alone drifting is seen too, and then nothing is left to do
				PreConfig: func() {
					if err := psa.Tenant.Patch("ApiUsers", id, map[string]any{"securityLevelID": int64(catalog.APIUserNoCosts)}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: backupConfig("Reports (nightly)", "backup-team@acme.example.com", 2), ConfigVariables: secretVar("second-Secret-2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(backupUser, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(backupUser, tfjsonpath.New("security_level_id"), knownvalue.Int64Func(func(v int64) error {
						if v != levelID {
							return fmt.Errorf("planned level %d, want %d", v, levelID)
						}
						return nil
					})),
				}},
			},
			{
				Config: backupConfig("Reports (nightly)", "backup-team@acme.example.com", 2), ConfigVariables: secretVar("second-Secret-2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{ // removing the email clears it in the PSA
				Config: backupConfig("Reports (nightly)", "", 2), ConfigVariables: secretVar("second-Secret-2"),
				Check: func(*terraform.State) error {
					if e := psaUser()["email"]; e != nil && e != "" {
						return fmt.Errorf("email left as %v", e)
					}
					return nil
				},
			},
		},
	})
}

// Destroying deactivates; creating the same user name again reactivates
// that user (same ID, never a second user) and applies the configuration,
// the new secret included.
func TestAccAPIUserResource_destroyDeactivatesAndCreateReactivates(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	const user = "backup-reports@acme.example.com"
	var first, second int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: backupConfig("Reports", "", 1), ConfigVariables: secretVar("first-Secret-1"),
				Check: captureID(backupUser, &first),
			},
			{ // the API user leaves the configuration: destroyed, that is deactivated
				Config: `
variable "secret" {
  type      = string
  sensitive = true
}

resource "autotask_security_level" "backup" {
  name      = "Backup Reporting"
  copy_from = "API User Can't Read Costs"
}`,
				ConfigVariables: secretVar("unused-secret"),
				Check: func(*terraform.State) error {
					users := apiUsersNamed(t, psa.Tenant, user)
					if len(users) != 1 || users[0]["isActive"] != false || users[0]["id"] != first {
						return fmt.Errorf("after destroy: %v", users)
					}
					return nil
				},
			},
			{ // back in the configuration: the inactive user is reactivated and updated
				Config: backupConfig("Reports v2", "", 1), ConfigVariables: secretVar("third-Secret-3"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(backupUser, plancheck.ResourceActionCreate),
				}},
				Check: resource.ComposeTestCheckFunc(captureID(backupUser, &second), func(*terraform.State) error {
					if second != first {
						return fmt.Errorf("re-created as %d, want the reactivated %d", second, first)
					}
					users := apiUsersNamed(t, psa.Tenant, user)
					if len(users) != 1 || users[0]["isActive"] != true || users[0]["lastName"] != "Reports v2" {
						return fmt.Errorf("after re-create: %v", users)
					}
					if !authenticates(t, psa, user, "third-Secret-3", fmt.Sprint(users[0]["integrationCode"]), first) {
						return fmt.Errorf("the new secret was not set on reactivation")
					}
					return nil
				}),
			},
		},
	})
}

// A user name held by an active API user fails at plan with its ID and the
// import block to paste; the block then adopts the user. A person's user
// name fails too.
func TestAccAPIUserResource_userNameTaken(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	sync := apiUsersNamed(t, psa.Tenant, "accounting-sync@acme.example.com")
	if len(sync) != 1 {
		t.Fatalf("demo seed: %v", sync)
	}
	syncID := sync[0]["id"].(int64)
	syncLevel := sync[0]["securityLevelID"].(int64)
	cfg := func(name string) string {
		return fmt.Sprintf(`
resource "autotask_api_user" "sync" {
  user_name         = %q
  first_name        = "Accounting"
  last_name         = "Sync"
  security_level_id = %d
  integration = {
    internal_name = "Accounting Sync"
  }
}`, name, syncLevel)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:   cfg("Accounting-Sync@acme.example.com"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)An API user named\s+"Accounting-Sync@acme.example.com"\s+already\s+exists\s+in\s+Autotask\s+\(ID\s+%d\).*import \{\s+to = autotask_api_user.<name of this resource>\s+id = "%d"\s+\}`,
					syncID, syncID)),
			},
			{
				Config:      cfg("jdoe"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)The user_name "jdoe" is taken.*"jdoe"\s+is\s+the\s+user\s+name\s+of\s+resource\s+\d+\s+\(Jane\s+Doe\),\s+who\s+is\s+not\s+an\s+API\s+user`),
			},
			{ // the hint, pasted: the user is adopted, with nothing to change
				Config: cfg("accounting-sync@acme.example.com") + fmt.Sprintf(`
import {
  to = autotask_api_user.sync
  id = "%d"
}`, syncID),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("autotask_api_user.sync", plancheck.ResourceActionNoop),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_api_user.sync", tfjsonpath.New("id"), knownvalue.StringExact(strconv.FormatInt(syncID, 10))),
				},
			},
			{ // stop managing it without deactivating it
				Config: removedBlock("autotask_api_user.sync"),
				Check: func(*terraform.State) error {
					if u, _ := psa.Tenant.Get("ApiUsers", syncID); u["isActive"] != true {
						return fmt.Errorf("removed block deactivated %v", u)
					}
					return nil
				},
			},
		},
	})
}

func apiUserOn(level string, integration string, extra string) string {
	return fmt.Sprintf(`
resource "autotask_api_user" "u" {
  user_name         = "u@acme.example.com"
  first_name        = "U"
  last_name         = "Ser"
  security_level_id = %s
  integration       = %s
%s
}`, level, integration, extra)
}

// What Autotask would refuse, or what the schema rules out, fails at plan
// with a diagnostic on the attribute and no change to the PSA.
func TestAccAPIUserResource_planTimeChecks(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	sales, err := psa.Tenant.Create("SecurityLevels", map[string]any{"name": "Sales Copy", "copiedFromSecurityLevelID": int64(catalog.Sales)})
	if err != nil {
		t.Fatal(err)
	}
	internal := `{ internal_name = "Sync" }`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // a system level of another license
				Config: apiUserOn(strconv.Itoa(int(catalog.ServiceDeskUser)), internal, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT105: API user "u@acme.example.com" is on Service Desk User\s+\(system\), which uses the Professional license.*security_level_id = ` + strconv.Itoa(int(catalog.ServiceDeskUser))),
			},
			{ // a custom level of another license, known from the PSA
				Config: apiUserOn(strconv.FormatInt(sales, 10), internal, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT105:.*"Sales Copy".*Professional`),
			},
			{ // no such level
				Config: apiUserOn("99999", internal, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT111:.*ID 99999, which does not exist`),
			},
			{ // a level created in the same run is checked once its ID is known
				Config: `
resource "autotask_security_level" "sales" {
  name      = "Field Sales"
  copy_from = "Sales"
}` + apiUserOn("autotask_security_level.sales.id", internal, ""),
				ExpectError: regexp.MustCompile(`(?s)Error: AT105:.*"Field Sales".*Professional`),
			},
			{
				Config: apiUserOn("4", `{ vendor = "rewst", internal_name = "Sync" }`, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Invalid integration.*integration must set exactly one of vendor and internal_name; this one sets\s+both\.`),
			},
			{
				Config: apiUserOn("4", `{}`, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Invalid integration.*integration must set exactly one of vendor and internal_name; this one sets\s+neither\.`),
			},
			{
				Config: apiUserOn("4", `{ vendor = "Acme Sync" }`, ""), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Unknown integration vendor.*integration\.vendor "Acme Sync" is not a built-in integration profile`),
			},
			{
				Config: apiUserOn("4", internal, `  least_privilege_profile = "nonesuch"`), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)least_privilege_profile.*value must be one of`),
			},
			{
				Config: `variable "s" {
  type      = string
  sensitive = true
}` + apiUserOn("4", internal, "  secret_wo = var.s\n  secret_wo_version = 1"),
				ConfigVariables: config.Variables{"s": config.StringVariable("short")}, PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Invalid API user secret.*must be 8 to 128 characters long \(this one\s+has 5\)`),
			},
			{
				Config: `variable "s" {
  type      = string
  sensitive = true
}` + apiUserOn("4", internal, "  secret_wo = var.s"),
				ConfigVariables: config.Variables{"s": config.StringVariable("long-enough-secret")}, PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Attribute "secret_wo_version" must be specified when "secret_wo" is\s+specified`),
			},
			{ // nothing left: the level of the failed apply goes
				Config: `locals {}`,
			},
		},
		CheckDestroy: func(*terraform.State) error {
			if users := apiUsersNamed(t, psa.Tenant, "u@acme.example.com"); len(users) != 0 {
				return fmt.Errorf("a refused plan wrote %v", users)
			}
			return nil
		},
	})
}

// lockOutConfig manages Terraform's own API user (seeded on API User
// (system)) next to two levels: a full one and one without Manage
// Security Levels.
type lockOutConfig struct {
	provider, userName, level, active, integration, restrictedDesc string
	adminManagesResources                                          bool
	importID                                                       int64
}

func (c lockOutConfig) String() string {
	imp := ""
	if c.importID != 0 {
		imp = fmt.Sprintf("import {\n  to = autotask_api_user.tf\n  id = \"%d\"\n}\n", c.importID)
	}
	return fmt.Sprintf(`%s
%s
resource "autotask_security_level" "admin" {
  name      = "Terraform Admin"
  copy_from = "API User"
  admin = {
    manage_resources = %t
  }
}

resource "autotask_security_level" "restricted" {
  name        = "Restricted API"
  description = %q
  copy_from   = "API User Can't Read Costs"
  admin = {
    manage_security_levels = false
  }
}

resource "autotask_api_user" "tf" {
  user_name         = %q
  first_name        = "Terraform"
  last_name         = "Automation"
  email             = "it-automation@acme.example.com"
  security_level_id = %s
  active            = %s
  integration       = %s
}
`, c.provider, imp, c.adminManagesResources, c.restrictedDesc, c.userName, c.level, c.active, c.integration)
}

// The lock-out guard: moving Terraform's own API user to a level that
// cannot manage security levels, deactivating or destroying it, changing
// its tracking identifier, or stripping its level's admin permissions
// fails at plan; each rule can be relaxed with rule_severity, and then the
// PSA really does refuse what the level no longer allows.
func TestAccAPIUserResource_selfLockOut(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	self := psa.Tenant.IdentityResourceID()
	var restricted int64
	base := lockOutConfig{userName: "terraform@acme.example.com", level: strconv.Itoa(int(catalog.APIUser)), active: "true", integration: `{ internal_name = "Terraform" }`, restrictedDesc: "No security administration.", adminManagesResources: true}
	with := func(f func(*lockOutConfig)) string {
		c := base
		f(&c)
		return c.String()
	}
	relaxed := `provider "autotask" {
  rule_severity = { AT404 = "warning" }
}`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // adopt Terraform's own user, unchanged
				Config: with(func(c *lockOutConfig) { c.importID = self }),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("autotask_api_user.tf", plancheck.ResourceActionNoop),
				}},
				Check: captureID("autotask_security_level.restricted", &restricted),
			},
			{
				Config: with(func(c *lockOutConfig) { c.level = "autotask_security_level.restricted.id" }), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT404: Terraform's own API user\s+"terraform@acme.example.com" would move to security level "Restricted API", which\s+lacks "Security Levels"`),
			},
			{
				Config: with(func(c *lockOutConfig) { c.active = "false" }), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT403: Terraform's own API user.*would be\s+deactivated.*active\s+= false`),
			},
			{
				Config: with(func(c *lockOutConfig) { c.integration = `{ vendor = "rewst" }` }), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT408: Terraform's own API user.*would get another API\s+tracking identifier`),
			},
			{
				Config: with(func(c *lockOutConfig) { c.userName = "terraform-v2@acme.example.com" }), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT409: ` + words(`Terraform's own API user "terraform@acme.example.com" would be renamed to "terraform-v2@acme.example.com".`)),
			},
			{ // a level that keeps both permissions is a fine home
				Config: with(func(c *lockOutConfig) { c.level = "autotask_security_level.admin.id" }),
				Check: func(*terraform.State) error {
					if u, _ := psa.Tenant.Get("ApiUsers", self); u["securityLevelID"] == int64(catalog.APIUser) {
						return fmt.Errorf("not moved: %v", u)
					}
					return nil
				},
			},
			{ // but stripping Manage Resources from it is not
				Config: with(func(c *lockOutConfig) {
					c.level, c.adminManagesResources = "autotask_security_level.admin.id", false
				}), PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: AT401: security level "Terraform Admin" would lose\s+"Resources/Users"`),
			},
			{ // relaxed to a warning, the move applies — and Terraform is locked
				// out at once: its new level hides security levels, so the
				// refresh after the apply cannot read them (never taken for
				// deleted), exactly what AT404 warns of.
				Config:      with(func(c *lockOutConfig) { c.provider, c.level = relaxed, "autotask_security_level.restricted.id" }),
				ExpectError: regexp.MustCompile(`(?s)Could not read security level.*` + words(`is not visible to API user "terraform@acme.example.com"`)),
			},
			{ // an administrator moves the user back in the web UI; Terraform
				// then puts its own configuration back and nothing was lost
				PreConfig: func() {
					if u, _ := psa.Tenant.Get("ApiUsers", self); u["securityLevelID"] != restricted {
						t.Fatalf("the relaxed move did not apply: %v", u)
					}
					if err := psa.Tenant.Patch("ApiUsers", self, map[string]any{"securityLevelID": int64(catalog.APIUser)}); err != nil {
						t.Fatal(err)
					}
				},
				Config: with(func(c *lockOutConfig) { c.provider = relaxed }),
				Check: func(*terraform.State) error {
					if u, _ := psa.Tenant.Get("ApiUsers", self); u["securityLevelID"] != int64(catalog.APIUser) {
						return fmt.Errorf("not back on API User: %v", u)
					}
					if n := len(levelsNamed(t, psa.Tenant, "Restricted API")); n != 1 {
						return fmt.Errorf("%d levels named Restricted API after the lock-out, want 1", n)
					}
					return nil
				},
			},
			{ // stop managing Terraform's own user without deactivating it
				Config: removedBlock("autotask_api_user.tf"),
				Check: func(*terraform.State) error {
					if u, _ := psa.Tenant.Get("ApiUsers", self); u["isActive"] != true {
						return fmt.Errorf("Terraform's user: %v", u)
					}
					return nil
				},
			},
		},
	})
}

// words matches the words of s in order, whatever whitespace terraform's
// line wrapping puts between them.
func words(s string) string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = regexp.QuoteMeta(f[i])
	}
	return strings.Join(f, `\s+`)
}

// removedBlock forgets addr without destroying (for API users: without
// deactivating) it.
func removedBlock(addr string) string {
	return fmt.Sprintf("removed {\n  from = %s\n  lifecycle {\n    destroy = false\n  }\n}\n", addr)
}
