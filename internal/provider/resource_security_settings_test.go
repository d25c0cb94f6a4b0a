package provider

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const siteRes = "autotask_security_settings.site"

// siteConfig is a hardened policy; extra lines are laid over it.
func siteConfig(extra ...string) string {
	lines := map[string]string{
		"two_factor_required":        "true",
		"password_minimum_length":    "14",
		"password_character_classes": `["symbol", "lowercase", "uppercase", "digit"]`,
		"password_history_count":     "12",
		"lockout_threshold":          "5",
		"lockout_release":            `"administrator"`,
		"notification_recipients":    `["soc@msp.example.com", "it-security@msp.example.com"]`,
	}
	for _, e := range extra {
		k, v, _ := strings.Cut(e, "=")
		lines[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	var b strings.Builder
	b.WriteString("resource \"autotask_security_settings\" \"site\" {\n")
	keys := make([]string, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s = %s\n", k, lines[k])
	}
	b.WriteString("}\n")
	return b.String()
}

func siteSettings(t *testing.T, psa *testPSA) map[string]any {
	t.Helper()
	ss, ok := psa.Tenant.Get("SecuritySettings", 1)
	if !ok {
		t.Fatal("the tenant has no SecuritySettings")
	}
	return ss
}

func TestAccSecuritySettingsResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	ci := strconv.Itoa(psa.Tenant.CI())
	attr := func(name string) tfjsonpath.Path { return tfjsonpath.New(name) }
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		// Destroy forgets: the tenant keeps the policy last applied.
		CheckDestroy: func(*terraform.State) error {
			ss := siteSettings(t, psa)
			if ss["passwordMinimumLength"] != int64(16) || ss["lockoutReleaseMode"] != int64(2) || ss["twoFactorRequired"] != true {
				return fmt.Errorf("destroy changed the tenant's policy: %v", ss)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create adopts the tenant's policy and sets it to the configuration
				PreConfig: func() {
					if ss := siteSettings(t, psa); ss["passwordMinimumLength"] != int64(catalog.PasswordMinimumLength.Default) {
						t.Fatalf("fresh tenant %v", ss)
					}
				},
				Config: siteConfig(),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(siteRes, attr("id"), knownvalue.StringExact(ci)),
					statecheck.ExpectKnownValue(siteRes, attr("sso_required"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(siteRes, attr("strong_passwords_required"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(siteRes, attr("password_minimum_length"), knownvalue.Int64Exact(14)),
					statecheck.ExpectKnownValue(siteRes, attr("password_character_classes"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.StringExact("lowercase"), knownvalue.StringExact("uppercase"), knownvalue.StringExact("digit"), knownvalue.StringExact("symbol")})),
					statecheck.ExpectKnownValue(siteRes, attr("password_expiry_days"), knownvalue.Int64Exact(int64(catalog.PasswordExpiryDays.Default))),
					statecheck.ExpectKnownValue(siteRes, attr("lockout_enabled"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(siteRes, attr("lockout_release"), knownvalue.StringExact("administrator")),
					statecheck.ExpectKnownValue(siteRes, attr("lockout_release_minutes"), knownvalue.Int64Exact(int64(catalog.LockoutReleaseMinutes.Default))),
					statecheck.ExpectKnownValue(siteRes, attr("notification_recipients"), knownvalue.SetSizeExact(2)),
				},
				Check: func(*terraform.State) error {
					ss := siteSettings(t, psa)
					if ss["passwordMinimumLength"] != int64(14) || ss["passwordRequireSymbol"] != true || ss["passwordHistoryCount"] != int64(12) ||
						ss["lockoutReleaseMode"] != int64(2) || !slices.Contains(ss["securityEventRecipients"].([]string), "it-security@msp.example.com") {
						return fmt.Errorf("the PSA holds %v", ss)
					}
					return nil
				},
			},
			{ // import by the tenant's database number
				ResourceName: siteRes, ImportState: true, ImportStateVerify: true, ImportStateId: ci,
			},
			{ // another tenant's number is refused with the right one
				ResourceName: siteRes, ImportState: true, ImportStateId: "999",
				ExpectError: regexp.MustCompile(`(?s)Import ID does not name this provider's tenant.*works on database ` + ci + `.*not "999":\s+import\s+with\s+ID\s+` + ci),
			},
			{ // recipients and classes in another order: nothing to do
				Config: siteConfig(`notification_recipients = ["it-security@msp.example.com", "soc@msp.example.com"]`,
					`password_character_classes = ["digit", "uppercase", "symbol", "lowercase"]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{ // update
				Config: siteConfig("password_minimum_length = 16", `notification_recipients = ["soc@msp.example.com"]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(siteRes, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(siteRes, attr("password_minimum_length"), knownvalue.Int64Exact(16)),
					statecheck.ExpectKnownValue(siteRes, attr("notification_recipients"), knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("soc@msp.example.com")})),
				},
			},
			{ // drift in settings the configuration never names is shown and put back
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecuritySettings", 1, map[string]any{"passwordExpiryDays": 30, "ssoRequired": true, "lockoutDurationMinutes": 5}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: siteConfig("password_minimum_length = 16", `notification_recipients = ["soc@msp.example.com"]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(siteRes, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(siteRes, attr("password_expiry_days"), knownvalue.Int64Exact(0)),
					plancheck.ExpectKnownValue(siteRes, attr("sso_required"), knownvalue.Bool(false)),
					plancheck.ExpectKnownValue(siteRes, attr("lockout_release_minutes"), knownvalue.Int64Exact(int64(catalog.LockoutReleaseMinutes.Default))),
				}},
				Check: func(*terraform.State) error {
					if ss := siteSettings(t, psa); ss["passwordExpiryDays"] != int64(0) || ss["ssoRequired"] != false {
						return fmt.Errorf("drift not corrected: %v", ss)
					}
					return nil
				},
			},
			{ // drift in a configured setting
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecuritySettings", 1, map[string]any{"securityEventRecipients": []any{"someone@else.example.com"}, "lockoutThreshold": 20}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: siteConfig("password_minimum_length = 16", `notification_recipients = ["soc@msp.example.com"]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(siteRes, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(siteRes, attr("lockout_threshold"), knownvalue.Int64Exact(5)),
				},
			},
		},
	})
}

// Every bad value fails the plan with the provider's own words, before
// anything is written.
func TestAccSecuritySettingsResource_badInput(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	before := siteSettings(t, psa)
	step := func(want string, extra ...string) resource.TestStep {
		return resource.TestStep{Config: siteConfig(extra...), PlanOnly: true, ExpectError: regexp.MustCompile(want)}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		// A display name in a recipient, lock-out threshold 0, an unknown
		// character class and neither SSO nor 2FA are rows of
		// TestAccBadConfigurations.
		Steps: []resource.TestStep{
			step(regexp.QuoteMeta(`Error: AT110: Security event notification recipient "soc.msp.example.com" is not a valid e-mail address.`),
				`notification_recipients = ["soc@msp.example.com", "soc.msp.example.com"]`),
			step(regexp.QuoteMeta(`Error: AT110: Minimum password length 6 is out of range: password_minimum_length takes 8 to 64 characters.`),
				"password_minimum_length = 6"),
			step(regexp.QuoteMeta(`Error: AT110: Password expiry 400 is out of range: password_expiry_days takes 0 to 365 days (0 = passwords never expire).`),
				"password_expiry_days = 400"),
			step(regexp.QuoteMeta(`Error: AT110: Password history 30 is out of range: password_history_count takes 0 to 24 passwords (0 = any previous password may be reused).`),
				"password_history_count = 30"),
			step(regexp.QuoteMeta(`Error: AT110: Lock-out duration 0 is out of range: lockout_release_minutes takes 1 to 1440 minutes.`),
				`lockout_release = "automatic"`, "lockout_release_minutes = 0"),
			{ // warnings do not fail the plan: SSO alone, no lock-out, weak passwords
				Config:   siteConfig("two_factor_required = false", "sso_required = true", "lockout_enabled = false", "strong_passwords_required = false"),
				PlanOnly: true, ExpectNonEmptyPlan: true,
			},
		},
	})
	if after := siteSettings(t, psa); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("a failed plan changed the tenant: %v -> %v", before, after)
	}
}

// Once adopted, turning 2FA off while SSO is off says which requirement the
// change removes.
func TestAccSecuritySettingsResource_stopRequiring2FA(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{Config: siteConfig()},
			{
				Config: siteConfig("two_factor_required = false"), PlanOnly: true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT405: This change would stop requiring two-factor authentication, leaving neither SSO nor 2FA required.`)),
			},
		},
	})
}
