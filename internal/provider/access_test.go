package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// wordsRE matches the phrases in order, wherever terraform wraps their
// words.
func wordsRE(phrases ...string) *regexp.Regexp {
	parts := make([]string, len(phrases))
	for i, p := range phrases {
		words := strings.Fields(p)
		for j, w := range words {
			words[j] = regexp.QuoteMeta(w)
		}
		parts[i] = strings.Join(words, `\s+`)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, `.*`))
}

// errorCheck is a TestCase.ErrorCheck for steps that must fail: the error
// must match want and contain none of never (secrets, another tenant's
// data). *calls counts the checked failures.
func errorCheck(want *regexp.Regexp, never []string, calls *int) resource.ErrorCheckFunc {
	return func(err error) error {
		*calls++
		out := err.Error()
		if !want.MatchString(out) {
			return fmt.Errorf("error does not match %s:\n%s", want, out)
		}
		for _, s := range never {
			if strings.Contains(out, s) {
				return fmt.Errorf("error output holds %q:\n%s", s, out)
			}
		}
		return nil
	}
}

const oneLevel = `
resource "autotask_security_level" "ops" {
  name      = "Visible Ops"
  copy_from = "Service Desk User"
}`

// oneAPIUser and onePortalLevel are small objects of the other extension
// entities, for the tests that hide or refuse reads of them.
var (
	oneAPIUser = withLevelIDs(`
resource "autotask_api_user" "sync" {
  user_name         = "sync@acme.example.com"
  first_name        = "Sync"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Nightly Sync" }
}`)
	onePortalLevel = `
resource "autotask_client_portal_security_level" "staff" {
  name    = "Customer Staff"
  type    = "client_portal"
  tickets = { create_service_requests = true }
}`
)

// When Terraform's API user moves to a level that hides an object's
// entity, Autotask answers reads with an empty item. For every resource
// whose entity a level can hide, the provider says the object is not
// visible, naming the permission, and keeps it in state; once the user
// sees it again, nothing has changed.
func TestAccNotVisibleIsNotDeleted(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		address, config string
		// read is how the failed read begins; entity is the hidden one.
		read, entity string
		hide         catalog.Key
	}{
		{address: "autotask_security_level.ops", config: oneLevel, read: "Could not read security level", entity: "SecurityLevels",
			hide: catalog.KeyManageSecurityLevels},
		{address: "autotask_api_user.sync", read: "Could not read API user", entity: "ApiUsers", hide: catalog.KeyManageResources, config: oneAPIUser},
		{address: "autotask_client_portal_security_level.staff", read: "Could not read Client Portal security level", entity: "ClientPortalSecurityLevels",
			hide: catalog.KeyManageSecurityLevels, config: onePortalLevel},
		{address: "autotask_protected_data_access.jdoe", read: "Could not read the protected-data access of resource", entity: "ProtectedDataPermissions",
			hide: catalog.KeyManageResources, config: `
resource "autotask_protected_data_access" "jdoe" {
  user_name      = "jdoe"
  view_protected = true
}`},
		{address: "autotask_security_settings.site", read: "Could not read the site security settings", entity: "SecuritySettings",
			hide: catalog.KeyManageSystemSettings, config: `
resource "autotask_security_settings" "site" {
  two_factor_required = true
}`},
	} {
		t.Run(strings.TrimPrefix(strings.Split(tc.address, ".")[0], "autotask_"), func(t *testing.T) {
			psa := newParallelPSA(t, mockpsa.SeedDemo)
			self := psa.Tenant.IdentityResourceID()
			p, ok := catalog.PermissionByKey(tc.hide)
			if !ok {
				t.Fatalf("no permission %s", tc.hide)
			}
			var before, after string
			capture := func(id *string) func(*terraform.State) error {
				return func(s *terraform.State) error {
					rs, ok := s.RootModule().Resources[tc.address]
					if !ok {
						return fmt.Errorf("%s not in state", tc.address)
					}
					*id = rs.Primary.ID
					return nil
				}
			}
			hide := func() {
				blind, err := psa.Tenant.Create("SecurityLevels", map[string]any{"name": "Blind API", "copiedFromSecurityLevelID": int64(catalog.APIUser), p.Field: false})
				if err != nil {
					t.Fatal(err)
				}
				if err := psa.Tenant.Patch("ApiUsers", self, map[string]any{"securityLevelID": blind}); err != nil {
					t.Fatal(err)
				}
			}
			notVisible := wordsRE(tc.read, tc.entity, `is not visible to API user "`+psa.Creds.Username+`"`,
				`It is not taken for deleted and stays in Terraform's state`, fmt.Sprintf(`Admin › %s (admin.%s)`, p.Label, tc.hide.Name()))
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: psa.factories(),
				Steps: []resource.TestStep{
					{Config: tc.config, Check: capture(&before)},
					{PreConfig: hide, RefreshState: true, ExpectError: notVisible},
					{Config: tc.config, PlanOnly: true, ExpectError: notVisible},
					{
						PreConfig: func() {
							if err := psa.Tenant.Patch("ApiUsers", self, map[string]any{"securityLevelID": int64(catalog.APIUser)}); err != nil {
								t.Fatal(err)
							}
						},
						Config:           tc.config,
						ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
						Check:            capture(&after),
					},
				},
			})
			if before == "" || before != after {
				t.Errorf("%s was %q before hiding, %q after", tc.address, before, after)
			}
		})
	}
}

// A PSA that does not serve the security-administration extension gets
// one error for the whole plan, naming the objects that need it; objects
// already in state are kept, not taken for deleted.
func TestAccProvider_extensionNotServed(t *testing.T) {
	psa := newParallelPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedEmpty, WithoutExtension: true})
	notServed := `Error: This Autotask database does not serve the security-administration extension`
	planTwo := `
resource "autotask_security_level" "a" {
  name      = "Alpha"
  copy_from = "Sales"
}

resource "autotask_security_level" "b" {
  name      = "Beta"
  copy_from = "Sales"
}

data "autotask_resource" "me" {
  user_name = "` + psa.Creds.Username + `"
}`
	var id int64
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:   planTwo,
				PlanOnly: true,
				// exactly one error, however many levels the plan has
				ExpectError: regexp.MustCompile(`(?s)` + wordsRE(notServed, `HTTP 404 for SecurityLevels (security levels)`,
					`These objects need the extension: resource autotask_security_level,`, `These work without it:`, `data source autotask_resource`).String() +
					`(?:[^E]|E[^r]|Er[^r])*$`),
			},
			{ // with the extension, the level is created
				PreConfig: func() { psa.Tenant.SetWithoutExtension(false) },
				Config:    oneLevel,
				Check:     captureID("autotask_security_level.ops", &id),
			},
			{ // base_url now points at a PSA without it: refresh fails, state stays
				PreConfig:    func() { psa.Tenant.SetWithoutExtension(true) },
				RefreshState: true,
				ExpectError:  wordsRE(`Could not read security level`, `does not serve`, `These objects need the extension: resource autotask_security_level`),
			},
			{
				PreConfig:        func() { psa.Tenant.SetWithoutExtension(false) },
				Config:           oneLevel,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
				Check: func(s *terraform.State) error {
					if got := s.RootModule().Resources["autotask_security_level.ops"].Primary.ID; got != fmt.Sprint(id) {
						return fmt.Errorf("state holds %s, want %d", got, id)
					}
					return nil
				},
			},
		},
	})
}

const whoAmI = `
data "autotask_resource" "me" {
  user_name = "terraform@acme.example.com"
}`

// A wrong integration code, an unknown user name and a base URL with
// credentials each give one clear error naming the setting, and no data.
func TestAccProvider_badAccessSettings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		env   func(psa *testPSA) (string, string)
		want  *regexp.Regexp
		never func(psa *testPSA) []string
	}{
		{
			name: "wrong integration code",
			env:  func(*testPSA) (string, string) { return EnvIntegrationCode, "NOTTHEINTEGRATIONCODE000000" },
			want: wordsRE("Autotask does not accept the integration code given in `integration_code` (or AUTOTASK_INTEGRATION_CODE)",
				"tracking identifier"),
		},
		{
			name: "unknown user",
			env:  func(*testPSA) (string, string) { return EnvUsername, "nobody@acme.example.com" },
			want: wordsRE(`Autotask knows no API user named "nobody@acme.example.com"`, "Check `username` (or AUTOTASK_USERNAME)"),
		},
		{
			name: "credentials in the base URL",
			env: func(psa *testPSA) (string, string) {
				return EnvBaseURL, strings.Replace(psa.URL, "http://", "http://tfuser:Pa55InTheURL@", 1)
			},
			want:  wordsRE("Invalid Autotask provider configuration", "Config.BaseURL must not contain credentials (user:password@host)"),
			never: func(*testPSA) []string { return []string{"Pa55InTheURL", "tfuser"} },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			psa := newParallelPSA(t, mockpsa.SeedDemo)
			k, v := tc.env(psa)
			psa.setCredential(t, k, v)
			never := []string{psa.Creds.Secret, strconv.FormatInt(psa.Tenant.IdentityResourceID(), 10)} // the secret, and the API user's id the lookup would return
			if tc.never != nil {
				never = append(never, tc.never(psa)...)
			}
			calls := 0
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: psa.factories(),
				ErrorCheck:               errorCheck(tc.want, never, &calls),
				Steps:                    []resource.TestStep{{Config: whoAmI}},
			})
			if calls != 1 {
				t.Errorf("the step did not fail (%d checks)", calls)
			}
		})
	}
}

// An ID the provider's database does not have — here a level of another
// tenant of the same mock server — is "not found" to the provider: the data
// source fails with that error, import fails as for any missing object, and
// no name of the other tenant's objects appears in a diagnostic. Keeping
// tenants apart is the PSA's work (the mock's is TestTenantIsolation in
// internal/mockpsa); this test judges only what the provider does with the
// answer.
func TestAccProvider_crossTenantID(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	other, err := psa.Server.CreateTenant(mockpsa.TenantSpec{Name: "globex", Seed: mockpsa.SeedEmpty})
	if err != nil {
		t.Fatal(err)
	}
	var foreign int64
	for i := range 4 {
		if foreign, err = other.Create("SecurityLevels", map[string]any{"name": fmt.Sprintf("Globex Secret Team %d", i), "copiedFromSecurityLevelID": int64(catalog.Sales)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := psa.Tenant.Get("SecurityLevels", foreign); ok {
		t.Fatalf("acme has a level %d too; the test needs an ID only globex has", foreign)
	}
	never := []string{"Globex Secret Team"}
	calls := 0
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		ErrorCheck:               errorCheck(wordsRE("Could not read security level", fmt.Sprintf("SecurityLevels with id %d was not found", foreign)), never, &calls),
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf(`
data "autotask_security_level" "foreign" {
  id = %d
}`, foreign),
		}},
	})
	importCalls := 0
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		// terraform's own words: the provider found no such level here
		ErrorCheck: errorCheck(wordsRE("Cannot import non-existent remote object"), never, &importCalls),
		Steps: []resource.TestStep{{
			Config:        `resource "autotask_security_level" "x" {` + "\n  name = \"X\"\n  copy_from = \"Sales\"\n}",
			ResourceName:  "autotask_security_level.x",
			ImportState:   true,
			ImportStateId: fmt.Sprint(foreign),
		}},
	})
	if importCalls != 1 {
		t.Errorf("the import step did not fail (%d checks)", importCalls)
	}
	if calls != 1 {
		t.Errorf("the data source step did not fail (%d checks)", calls)
	}
}
