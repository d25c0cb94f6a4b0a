package provider

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

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

// mockRequests is a slog.Handler for the mock PSA's Logger that keeps the
// method, path and status of every API request it serves (its control API
// under /_mock/ left out).
type mockRequests struct {
	mu   sync.Mutex
	reqs []mockRequest
}

type mockRequest struct {
	Method, Path string
	Status       int64
}

func (l *mockRequests) Enabled(context.Context, slog.Level) bool { return true }
func (l *mockRequests) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l *mockRequests) WithGroup(string) slog.Handler            { return l }

func (l *mockRequests) Handle(_ context.Context, r slog.Record) error {
	if r.Message != "mockpsa request" {
		return nil
	}
	var q mockRequest
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "method":
			q.Method = a.Value.String()
		case "path":
			q.Path = a.Value.String()
		case "status":
			q.Status = a.Value.Int64()
		}
		return true
	})
	if strings.HasPrefix(q.Path, "/_mock/") {
		return nil
	}
	l.mu.Lock()
	l.reqs = append(l.reqs, q)
	l.mu.Unlock()
	return nil
}

func (l *mockRequests) all() []mockRequest {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.reqs)
}

// extensionEntityOf names the extension entity a request path asks for, or
// "" for a documented entity (paths are case-insensitive).
func extensionEntityOf(path string) string {
	for _, seg := range strings.Split(path, "/") {
		if x, ok := catalog.ExtensionEntityByName(seg); ok {
			return x.Name
		}
	}
	return ""
}

// isExtensionProbe reports whether a request is the one a provider process
// may send to tell whether the extension is served: GET of the first
// extension entity's entityInformation.
func isExtensionProbe(q mockRequest) bool {
	probe := strings.ToLower("/" + catalog.ExtensionEntities()[0].Name + "/entityInformation")
	return q.Method == "GET" && strings.HasSuffix(strings.ToLower(q.Path), probe)
}

// checkNoExtensionRequests fails unless every request of the log that names
// an extension entity is the probe, and the probes are at most one per
// provider process (each process's client reads ThresholdInformation once,
// when it is made).
func checkNoExtensionRequests(t *testing.T, reqs []mockRequest) {
	t.Helper()
	probes, clients := 0, 0
	for _, q := range reqs {
		if strings.HasSuffix(strings.ToLower(q.Path), "/thresholdinformation") {
			clients++
		}
		x := extensionEntityOf(q.Path)
		switch {
		case x == "":
		case isExtensionProbe(q):
			probes++
			if q.Status != 404 {
				t.Errorf("the probe %s %s answered %d, want 404 from a PSA without the extension", q.Method, q.Path, q.Status)
			}
		default:
			t.Errorf("request for the extension entity %s: %s %s (%d)", x, q.Method, q.Path, q.Status)
		}
	}
	if probes > clients {
		t.Errorf("%d probes of the extension for %d provider processes; each process decides once", probes, clients)
	}
	t.Logf("%d requests, %d provider processes, %d probes of the extension", len(reqs), clients, probes)
}

// stateAttrs is the flat attributes of one object in state.
func stateAttrs(s *terraform.State, addr string) (map[string]string, error) {
	rs, ok := s.RootModule().Resources[addr]
	if !ok {
		return nil, fmt.Errorf("%s is not in state", addr)
	}
	return rs.Primary.Attributes, nil
}

// listedLevels reads the levels of an autotask_security_levels from state,
// by ID: each level's flat attributes without the "levels.N." prefix.
func listedLevels(s *terraform.State, addr string) (map[int64]map[string]string, error) {
	a, err := stateAttrs(s, addr)
	if err != nil {
		return nil, err
	}
	n, _ := strconv.Atoi(a["levels.#"])
	out := map[int64]map[string]string{}
	for i := range n {
		prefix := fmt.Sprintf("levels.%d.", i)
		lvl := map[string]string{}
		for k, v := range a {
			if rest, ok := strings.CutPrefix(k, prefix); ok {
				lvl[rest] = v
			}
		}
		id, _ := strconv.ParseInt(lvl["id"], 10, 64)
		out[id] = lvl
	}
	return out, nil
}

const realTenantConfig = `
data "autotask_system_security_levels" "all" {}

data "autotask_integration_profile" "rewst" {
  name = "rewst"
}

data "autotask_security_levels" "all" {}

data "autotask_security_levels" "custom" {
  system = false
}

data "autotask_security_level" "api_user" {
  id = 13
}

data "autotask_security_level" "lead" {
  lookup_name = "helpdesk lead"
}

data "autotask_api_users" "all" {}

data "autotask_api_users" "full" {
  security_level_id = 13
  active            = true
}

data "autotask_api_user" "rewst" {
  user_name = "REWST@acme.example.com"
}

data "autotask_resource" "me" {
  user_name = "terraform@acme.example.com"
}

data "autotask_contact" "lucy" {
  email_address = "lucy.reid@summit.example.org"
}

data "autotask_access_report" "review" {
  system_levels     = ["API User"]
  objects           = ["project"]
  include_custom    = true
  include_api_users = true
  include_users     = true
  api_user_profiles = {
    "rewst@acme.example.com"           = "rewst"
    "accounting-sync@acme.example.com" = "rewst"
  }
}

resource "autotask_user_defined_field" "backup_plan" {
  name      = "Backup Plan"
  udf_type  = "organization"
  data_type = "list"

  picklist_values = [
    { value = "Gold", export_value = "BKP-GOLD" },
    { value = "Silver" },
  ]
}

resource "autotask_client_portal_user" "lucy" {
  contact_id        = data.autotask_contact.lucy.id
  user_name         = data.autotask_contact.lucy.email_address
  password_wo       = "Summit-Desk-42"
  security_level_id = 5 # Taskfire Administrator: Summit runs its own help desk on Taskfire
}

output "tier1_project_view" {
  value = provider::autotask::effective_permissions("Service Desk User", { projects = { project_view = "All" } }).projects.project_view
}

output "sales_sees_own_project" {
  value = provider::autotask::can_access("Sales", "view", "project", ["account_manager"])
}

output "rewst_project_view" {
  value = provider::autotask::profile_permissions("rewst").projects.project_view
}
`

// The whole feature set of a real Autotask database, one without the
// security-administration extension, through terraform: every data source,
// resource and function that works with the documented API (or the
// catalogue) alone. The fifteen system levels carry their real IDs and
// names, custom levels and API users are listed, the report judges an
// integration on the full API User level, a list field is created and
// re-plans clean, a portal login is checked at plan from the catalogue —
// and the mock's request log shows no request for an extension entity
// beyond the one probe a provider process may send.
func TestAccRealTenant_withoutExtension(t *testing.T) {
	log := &mockRequests{}
	psa := newParallelPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo, WithoutExtension: true},
		mockpsa.Options{Logger: slog.New(log)})
	rewst, err := psa.Tenant.Create("ApiUsers", map[string]any{"userName": "rewst@acme.example.com", "firstName": "Rewst", "lastName": "Automation",
		"securityLevelID": int64(catalog.APIUser), "integrationVendor": "Rewst", "secret": "Rewst-secret-1"})
	if err != nil {
		t.Fatal(err)
	}
	customs := map[string]int64{}
	levels, err := psa.Tenant.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range levels {
		if l["isSystem"] == false {
			customs[l["name"].(string)] = l["id"].(int64)
		}
	}
	if len(customs) != 3 {
		t.Fatalf("the demo tenant has %d custom levels, want 3: %v", len(customs), customs)
	}
	apiUsers, err := psa.Tenant.List("ApiUsers")
	if err != nil {
		t.Fatal(err)
	}

	const report = "data.autotask_access_report.review"
	checkLevels := func(s *terraform.State) error {
		all, err := listedLevels(s, "data.autotask_security_levels.all")
		if err != nil {
			return err
		}
		if len(all) != len(catalog.SystemLevels())+len(customs) {
			return fmt.Errorf("%d levels listed, want the %d system and %d custom ones", len(all), len(catalog.SystemLevels()), len(customs))
		}
		for _, sys := range catalog.SystemLevels() {
			l, ok := all[int64(sys.ID)]
			switch {
			case !ok:
				return fmt.Errorf("system level %d (%s) is not listed", sys.ID, sys.DisplayName)
			case l["name"] != sys.DisplayName || l["system"] != "true" || l["license_type"] != string(sys.License) || l["copy_from_id"] != fmt.Sprint(sys.ID):
				return fmt.Errorf("system level %d: %v", sys.ID, l)
			case l["permissions.admin.manage_resources"] != strconv.FormatBool(sys.Defaults()[catalog.KeyManageResources] == catalog.Yes):
				return fmt.Errorf("system level %d grants manage_resources %q, the catalogue %v", sys.ID, l["permissions.admin.manage_resources"],
					sys.Defaults()[catalog.KeyManageResources])
			}
		}
		for name, id := range customs {
			l := all[id]
			if l["name"] != name || l["system"] != "false" || l["description"] != unknownCustomLevel || l["permissions.%"] != "" || l["copy_from_id"] != "" {
				return fmt.Errorf("custom level %q (%d): %v", name, id, l)
			}
		}
		custom, err := listedLevels(s, "data.autotask_security_levels.custom")
		if err != nil {
			return err
		}
		if len(custom) != len(customs) {
			return fmt.Errorf("system = false lists %d levels, want the %d custom ones", len(custom), len(customs))
		}
		return nil
	}
	checkAPIUsers := func(s *terraform.State) error {
		a, err := stateAttrs(s, "data.autotask_api_users.all")
		if err != nil {
			return err
		}
		if a["api_users.#"] != fmt.Sprint(len(apiUsers)) {
			return fmt.Errorf("%s API users listed, want %d", a["api_users.#"], len(apiUsers))
		}
		var names []string
		for i := range len(apiUsers) {
			names = append(names, a[fmt.Sprintf("api_users.%d.user_name", i)]+" on "+a[fmt.Sprintf("api_users.%d.security_level_name", i)])
			if a[fmt.Sprintf("api_users.%d.integration.%%", i)] != "" || a[fmt.Sprintf("api_users.%d.tracking_identifier", i)] != "" {
				return fmt.Errorf("API user %d has an integration without the extension: %v", i, a)
			}
		}
		for _, want := range []string{"rewst@acme.example.com on API User (system)", "accounting-sync@acme.example.com on API - Accounting Sync",
			"terraform@acme.example.com on API User (system)"} {
			if !slices.Contains(names, want) {
				return fmt.Errorf("%q is not listed: %v", want, names)
			}
		}
		full, err := stateAttrs(s, "data.autotask_api_users.full")
		if err != nil {
			return err
		}
		if full["api_users.#"] != "2" {
			return fmt.Errorf("%s active API users on API User (system), want terraform and rewst", full["api_users.#"])
		}
		return nil
	}
	udfID := new(int64)
	// Checked also when a step fails (resource.Test stops the test).
	defer func() { checkNoExtensionRequests(t, log.all()) }()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: realTenantConfig,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.autotask_security_level.api_user", tfjsonpath.New("name"), knownvalue.StringExact("API User (system)")),
					statecheck.ExpectKnownValue("data.autotask_security_level.api_user", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
					statecheck.ExpectKnownValue("data.autotask_security_level.api_user", tfjsonpath.New("permissions").AtMapKey("admin").AtMapKey("manage_resources"),
						knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_security_level.lead", tfjsonpath.New("id"), knownvalue.Int64Exact(customs["Helpdesk Lead"])),
					statecheck.ExpectKnownValue("data.autotask_security_level.lead", tfjsonpath.New("permissions"), knownvalue.Null()),
					statecheck.ExpectKnownValue("data.autotask_security_level.lead", tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("id"), knownvalue.Int64Exact(rewst)),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("security_level_id"), knownvalue.Int64Exact(int64(catalog.APIUser))),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("security_level_name"), knownvalue.StringExact("API User (system)")),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("integration"), knownvalue.Null()),
					statecheck.ExpectKnownValue("data.autotask_api_user.rewst", tfjsonpath.New("tracking_identifier"), knownvalue.Null()),
					statecheck.ExpectKnownValue("data.autotask_resource.me", tfjsonpath.New("security_level_name"), knownvalue.StringExact("API User (system)")),
					statecheck.ExpectKnownValue("data.autotask_resource.me", tfjsonpath.New("license_type"), knownvalue.StringExact("API User")),
					statecheck.ExpectKnownValue("data.autotask_system_security_levels.all", tfjsonpath.New("levels"), knownvalue.ListSizeExact(15)),
					statecheck.ExpectKnownValue("data.autotask_integration_profile.rewst", tfjsonpath.New("vendor"), knownvalue.StringExact("Rewst")),
					// the report: custom levels are there, with Unknown cells
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`(?m)^\| Helpdesk Lead \| `+evaluate.CellUnknown+` \|`))),
					// who is on which level, from Resources
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`(?m)^\| jdoe \| Jane Doe \| resource \| Yes \| Service Desk User \(system\) \|`))),
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`(?m)^\| srossi \| Sofia Rossi \| resource \| Yes \| Helpdesk Lead \|`))),
					// the integration on the full API User level is judged against its recipe
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`\| AT203 \| warning \| API user "rewst@acme\.example\.com" \| Rewst API user "rewst@acme\.example\.com" runs on API User \(system\)`))),
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`\| AT202 \| warning \| API user "rewst@acme\.example\.com" \|`))),
					statecheck.ExpectKnownValue(report, tfjsonpath.New("markdown"), knownvalue.StringRegexp(regexp.MustCompile(
						`Not judged: "accounting-sync@acme\.example\.com" \(API - Accounting Sync\)`))),
				},
				Check: resource.ComposeTestCheckFunc(
					checkLevels,
					checkAPIUsers,
					resource.TestCheckOutput("tier1_project_view", "All"),
					resource.TestCheckOutput("sales_sees_own_project", "true"),
					resource.TestCheckResourceAttr("autotask_client_portal_user.lucy", "security_level_id", "5"),
					resource.TestCheckResourceAttr("autotask_user_defined_field.backup_plan", "picklist_values.#", "2"),
					captureID("autotask_user_defined_field.backup_plan", udfID),
					func(*terraform.State) error {
						items, err := psa.Tenant.List("UserDefinedFieldListItems")
						if err != nil {
							return err
						}
						var values []string
						for _, it := range items {
							if it["udfFieldId"] == *udfID {
								values = append(values, fmt.Sprint(it["valueForDisplay"]))
							}
						}
						slices.Sort(values)
						if !slices.Equal(values, []string{"Gold", "Silver"}) {
							return fmt.Errorf("the field's list values in the PSA are %v", values)
						}
						return nil
					},
				),
			},
			{ // nothing left to change
				Config:           realTenantConfig,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{ // a Taskfire level for a contact of an organization without Taskfire: caught at plan, from the catalogue
				Config: realTenantConfig + `
data "autotask_contact" "peter" {
  email_address = "peter.quinn@northwind.example.org"
}

resource "autotask_client_portal_user" "peter" {
  contact_id        = data.autotask_contact.peter.id
  user_name         = data.autotask_contact.peter.email_address
  password_wo       = "Northwind-42x"
  security_level_id = 5
}`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`AT125`),
			},
			{ // which integration a user serves is the extension's to say
				Config:      realTenantConfig + `data "autotask_api_users" "rewst" { vendor = "rewst" }`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`Filtering by integration needs the security-administration extension`),
			},
		},
	})
}
