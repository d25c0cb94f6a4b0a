package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The reliability suites drive the real provider binary with the real
// terraform, as an MSP runs them: state on disk, a process that can be
// killed, plans and applies that may fail and be run again. They are
// table-driven: one reliabilityRow per resource type.

// reliabilityRow describes one resource type for the fault and kill suites.
type reliabilityRow struct {
	// resourceType is the Terraform type.
	resourceType string
	// entity lists the type's objects in the mock.
	entity string
	// keyField is the remote natural key; keyAttr holds it in state.
	keyField, keyAttr string
	// managed picks the objects of entity the suites create (not the
	// seeded or system ones, nor those of other resources).
	managed func(ten *mockpsa.Tenant, obj map[string]any) bool
	// prepare, when set, creates out of band what n objects of the type
	// need (contacts, resources) and returns HCL locals the config uses.
	prepare func(t *testing.T, ten *mockpsa.Tenant, n int) string
	// config is n objects of the type named with prefix; version is a
	// setting the update step changes (a description, …).
	config func(n int, prefix, version string) string
	// hasVersion reports whether a remote object carries version.
	hasVersion func(obj map[string]any, version string) bool
	// stateID is the ID terraform records for a remote object; nil means
	// the object's own id.
	stateID func(ten *mockpsa.Tenant, obj map[string]any) string
	// singleton marks a type of which a tenant has exactly one object,
	// which create takes over: the suites apply that one object.
	singleton bool
	// destroy is what a destroy leaves in the PSA.
	destroy destroyEffect
	// destroyed reports whether a remote object is as destroy leaves it,
	// for the types whose destroy does not delete; last is the version
	// applied last.
	destroyed func(obj map[string]any, last string) bool
	// reRun is how the next run treats an object an interrupted apply
	// wrote but never recorded in state.
	reRun reRunMode
	// noKill says why the type is not in the killed-apply suite, if it
	// is not.
	noKill string
}

// destroyEffect is what destroying a resource does in the PSA.
type destroyEffect int

const (
	// destroyDeletes removes the object.
	destroyDeletes destroyEffect = iota
	// destroyDeactivates keeps the object, inactive (Autotask cannot
	// delete it): "no orphan" then means every object is inactive.
	destroyDeactivates
	// destroyResets puts the object back to its defaults (it belongs to
	// another object, which keeps it).
	destroyResets
	// destroyForgets leaves the object as last applied (a singleton).
	destroyForgets
)

// reRunMode is how a run treats an object of the configuration that an
// interrupted run wrote to the PSA without recording it in state.
type reRunMode int

const (
	// reRunAdopts: the plan names the orphan with its import block, and
	// adopt_existing takes it over (the kill and storm suites apply).
	reRunAdopts reRunMode = iota
	// reRunTakesOver: create takes over the existing object by design
	// (it exists before any create), so a re-run converges by itself.
	reRunTakesOver
	// reRunRefuses: the plan refuses the taken natural key without
	// adopting it, so a run whose create lost both its answer and the
	// lookup after it needs an import by hand; the kill and storm suites,
	// which provoke exactly that, leave such types out.
	reRunRefuses
)

// suiteDomain is the mail domain of the users the suites create; the
// managed filters tell them from the tenant's own by it.
const suiteDomain = "@suite.example"

// suiteSlug turns a suite prefix into a user-name part ("fault-suite").
func suiteSlug(prefix string) string {
	return strings.ReplaceAll(strings.ToLower(prefix), " ", "-")
}

// suiteUser reports whether a user name is one the suites create.
func suiteUser(v any) bool { return strings.HasSuffix(fmt.Sprint(v), suiteDomain) }

// suiteCompanyName is the organization of the suites' contacts.
const suiteCompanyName = "Suite Customer"

// suitePassword is the portal users' password in the suites: a literal of
// a write-only argument, never stored.
const suitePassword = "Suite-Pass-7"

// reliabilityRows are the resource types the suites cover. Append a row for
// each new resource.
var reliabilityRows = []reliabilityRow{
	{
		resourceType: "autotask_security_level",
		entity:       "SecurityLevels",
		keyField:     "name",
		keyAttr:      "name",
		managed:      func(_ *mockpsa.Tenant, o map[string]any) bool { sys, _ := o["isSystem"].(bool); return !sys },
		config: func(n int, prefix, version string) string {
			return fmt.Sprintf(`
resource "autotask_security_level" "obj" {
  count       = %d
  name        = format("%s %%03d", count.index)
  description = %q
  copy_from   = "Service Desk User"
  projects = {
    project_view = "Mine"
  }
}
`, n, prefix, version)
		},
		hasVersion: func(o map[string]any, version string) bool { return o["description"] == version },
	},
	{
		resourceType: "autotask_api_user",
		entity:       "ApiUsers",
		keyField:     "userName",
		keyAttr:      "user_name",
		managed:      func(_ *mockpsa.Tenant, o map[string]any) bool { return suiteUser(o["userName"]) },
		config: func(n int, prefix, version string) string {
			return fmt.Sprintf(`
resource "autotask_api_user" "obj" {
  count             = %d
  user_name         = format("%s-%%03d%s", count.index)
  first_name        = "Integration"
  last_name         = %q
  security_level_id = %d
  integration       = { internal_name = format("%s %%03d", count.index) }
}
`, n, suiteSlug(prefix), suiteDomain, version, catalog.APIUserNoCosts, prefix)
		},
		hasVersion: func(o map[string]any, version string) bool { return o["lastName"] == version },
		destroy:    destroyDeactivates,
		destroyed:  func(o map[string]any, _ string) bool { return o["isActive"] == false },
		reRun:      reRunRefuses,
		noKill:     "the plan refuses an active API user's name but does not adopt it (no adopt_existing yet)",
	},
	{
		resourceType: "autotask_client_portal_security_level",
		entity:       "ClientPortalSecurityLevels",
		keyField:     "name",
		keyAttr:      "name",
		managed:      func(_ *mockpsa.Tenant, o map[string]any) bool { sys, _ := o["isSystem"].(bool); return !sys },
		config: func(n int, prefix, version string) string {
			return fmt.Sprintf(`
resource "autotask_client_portal_security_level" "obj" {
  count       = %d
  name        = format("%s %%03d", count.index)
  description = %q
  type        = "client_portal"
  tickets = {
    create_service_requests = true
    ticket_visibility       = "All"
  }
}
`, n, prefix, version)
		},
		hasVersion: func(o map[string]any, version string) bool { return o["description"] == version },
		reRun:      reRunRefuses,
		noKill:     "the plan refuses a taken name (with the import block) but does not adopt it (no adopt_existing yet)",
	},
	{
		resourceType: "autotask_client_portal_user",
		entity:       "ClientPortalUsers",
		keyField:     "userName",
		keyAttr:      "user_name",
		managed:      func(_ *mockpsa.Tenant, o map[string]any) bool { return suiteUser(o["userName"]) },
		prepare:      prepareContacts,
		config: func(n int, prefix, version string) string {
			level := catalog.PortalBasic
			if version != "v1" {
				level = catalog.PortalAdvanced
			}
			return fmt.Sprintf(`
resource "autotask_client_portal_user" "obj" {
  count             = %d
  contact_id        = local.contact_ids[count.index]
  user_name         = format("%s-%%03d%s", count.index)
  password_wo       = %q
  security_level_id = %d
}
`, n, suiteSlug(prefix), suiteDomain, suitePassword, level)
		},
		hasVersion: func(o map[string]any, version string) bool {
			want := catalog.PortalBasic
			if version != "v1" {
				want = catalog.PortalAdvanced
			}
			return sameValue(o["securityLevel"], int64(want))
		},
		destroy:   destroyDeactivates,
		destroyed: func(o map[string]any, _ string) bool { return o["isClientPortalActive"] == false },
		reRun:     reRunRefuses,
		noKill:    "the plan refuses a contact's active login but does not adopt it (no adopt_existing yet)",
	},
	{
		resourceType: "autotask_user_defined_field",
		entity:       "UserDefinedFieldDefinitions",
		keyField:     "name",
		keyAttr:      "name",
		managed: func(_ *mockpsa.Tenant, o map[string]any) bool {
			return strings.Contains(fmt.Sprint(o["name"]), " Suite ")
		},
		config: func(n int, prefix, version string) string {
			return fmt.Sprintf(`
resource "autotask_user_defined_field" "obj" {
  count       = %d
  name        = format("%s %%03d", count.index)
  udf_type    = "organization"
  data_type   = "text"
  description = %q
}
`, n, prefix, version)
		},
		hasVersion: func(o map[string]any, version string) bool { return o["description"] == version },
		destroy:    destroyDeactivates,
		destroyed:  func(o map[string]any, _ string) bool { return o["isActive"] == false },
		reRun:      reRunRefuses,
		noKill:     "an active field's name is refused (with the import block) but not adopted (no adopt_existing yet)",
	},
	{
		resourceType: "autotask_protected_data_access",
		entity:       "ProtectedDataPermissions",
		keyField:     "id",
		keyAttr:      "resource_id",
		managed: func(ten *mockpsa.Tenant, o map[string]any) bool {
			res, ok := ten.Get("Resources", asID(o["id"]))
			return ok && suiteUser(res["userName"])
		},
		prepare: prepareResources,
		config: func(n int, _, version string) string {
			return fmt.Sprintf(`
resource "autotask_protected_data_access" "obj" {
  count          = %d
  resource_id    = local.resource_ids[count.index]
  view_protected = true
  edit_protected = %t
}
`, n, version != "v1")
		},
		hasVersion: func(o map[string]any, version string) bool {
			return o["canViewProtectedData"] == true && o["canEditProtectedData"] == (version != "v1")
		},
		destroy: destroyResets,
		destroyed: func(o map[string]any, _ string) bool {
			def := catalog.ProtectedAccessDefault(suiteResourceLicense())
			return o["canViewProtectedData"] == def.ViewProtected && o["canEditProtectedData"] == def.EditProtected &&
				o["canViewUnprotectedData"] == def.ViewUnprotected && o["canEditUnprotectedData"] == def.EditUnprotected
		},
		reRun: reRunTakesOver,
	},
	{
		resourceType: "autotask_security_settings",
		entity:       "SecuritySettings",
		keyField:     "id",
		keyAttr:      "id",
		managed:      func(*mockpsa.Tenant, map[string]any) bool { return true },
		singleton:    true,
		config: func(_ int, _, version string) string {
			return fmt.Sprintf(`
resource "autotask_security_settings" "obj" {
  two_factor_required     = true
  lockout_threshold       = %d
  notification_recipients = ["soc%s"]
}
`, settingsThreshold(version), suiteDomain)
		},
		hasVersion: func(o map[string]any, version string) bool {
			return sameValue(o["lockoutThreshold"], int64(settingsThreshold(version)))
		},
		stateID: func(ten *mockpsa.Tenant, _ map[string]any) string { return strconv.Itoa(ten.CI()) },
		destroy: destroyForgets,
		destroyed: func(o map[string]any, last string) bool {
			return sameValue(o["lockoutThreshold"], int64(settingsThreshold(last)))
		},
		reRun:  reRunTakesOver,
		noKill: "a singleton: one object cannot be killed midway through",
	},
}

// settingsThreshold is the lock-out threshold each version ("v1", "v2",
// …) of the security-settings row sets: 5 plus the version's number, so
// that every version differs from the tenant's default (5) and from the
// one before.
func settingsThreshold(version string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(version, "v"))
	if err != nil {
		panic("version " + version)
	}
	return 5 + n
}

// suiteResourceLevel is the security level of the suites' resources.
const suiteResourceLevel = catalog.ServiceDeskUser

// suiteResourceLicense is the license of suiteResourceLevel, which sets the
// protected-data defaults that destroy restores.
func suiteResourceLicense() catalog.LicenseType {
	l, ok := catalog.SystemLevelByID(suiteResourceLevel)
	if !ok {
		panic("no system level " + strconv.Itoa(int(suiteResourceLevel)))
	}
	return l.License
}

// prepareContacts creates an organization and n contacts out of band, as
// customers' people are, and hands their IDs to the configuration.
func prepareContacts(t *testing.T, ten *mockpsa.Tenant, n int) string {
	t.Helper()
	co, err := ten.Create("Companies", map[string]any{"companyName": suiteCompanyName, "isActive": true})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, n)
	for i := range n {
		id, err := ten.Create("Contacts", map[string]any{"companyID": co, "firstName": "Contact", "lastName": fmt.Sprintf("%03d", i),
			"isActive": 1, "emailAddress": fmt.Sprintf("contact-%03d@customer.example", i)})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = strconv.FormatInt(id, 10)
	}
	return "locals {\n  contact_ids = [" + strings.Join(ids, ", ") + "]\n}\n"
}

// prepareResources creates n resources (users) out of band, as an admin
// adds people in the web UI; each comes with its protected-data
// permissions.
func prepareResources(t *testing.T, ten *mockpsa.Tenant, n int) string {
	t.Helper()
	ids := make([]string, n)
	for i := range n {
		user := fmt.Sprintf("tech-%03d%s", i, suiteDomain)
		id, err := ten.Create("Resources", map[string]any{"firstName": "Tech", "lastName": fmt.Sprintf("%03d", i), "userName": user,
			"email": user, "userType": int64(suiteResourceLevel), "resourceType": "Employee", "isActive": true})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = strconv.FormatInt(id, 10)
	}
	return "locals {\n  resource_ids = [" + strings.Join(ids, ", ") + "]\n}\n"
}

// sameValue compares a remote value with a number or string, whatever Go
// type the mock or `terraform show -json` gives it.
func sameValue(a, b any) bool { return scalarString(a) == scalarString(b) }

func scalarString(v any) string {
	if f, ok := v.(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

func asID(v any) int64 {
	n, _ := strconv.ParseInt(scalarString(v), 10, 64)
	return n
}

// objects is the number of objects a suite applies of the row's type: n,
// or the one object of a singleton.
func (row reliabilityRow) objects(n int) int {
	if row.singleton {
		return 1
	}
	return n
}

// setup prepares the tenant for n objects of the row's type and returns
// the configuration of each version.
func (row reliabilityRow) setup(t *testing.T, ten *mockpsa.Tenant, n int) func(provider, prefix, version string) string {
	t.Helper()
	locals := ""
	if row.prepare != nil {
		locals = row.prepare(t, ten, n)
	}
	return func(provider, prefix, version string) string {
		return provider + locals + row.config(n, prefix, version)
	}
}

// remoteObjects lists every object of row's type in the tenant.
func (row reliabilityRow) remoteObjects(t *testing.T, ten *mockpsa.Tenant) []map[string]any {
	t.Helper()
	all, err := ten.List(row.entity)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, o := range all {
		if row.managed(ten, o) {
			out = append(out, o)
		}
	}
	return out
}

// remoteID is the ID terraform records for a remote object.
func (row reliabilityRow) remoteID(ten *mockpsa.Tenant, o map[string]any) string {
	if row.stateID != nil {
		return row.stateID(ten, o)
	}
	return scalarString(o["id"])
}

// checkDestroyed checks what a destroy left: nothing in state, and in the
// PSA nothing (types that delete) or the want objects, each once and each
// as destroy leaves it (inactive, back to its defaults, as last applied).
func (row reliabilityRow) checkDestroyed(t *testing.T, ten *mockpsa.Tenant, st []stateObject, want int, last string) {
	t.Helper()
	if len(st) != 0 {
		t.Errorf("%d objects left in state after destroy", len(st))
	}
	left := row.remoteObjects(t, ten)
	if row.destroy == destroyDeletes {
		if len(left) != 0 {
			t.Errorf("%d objects left in the PSA after destroy", len(left))
		}
		return
	}
	if dup := row.duplicates(left); len(dup) > 0 {
		t.Errorf("duplicates in the PSA after destroy: %v", dup)
	}
	if len(left) != want {
		t.Errorf("%d objects in the PSA after destroy, want the %d destroy keeps", len(left), want)
	}
	for _, o := range left {
		if !row.destroyed(o, last) {
			t.Errorf("%v is not as destroy leaves it: %v", o[row.keyField], o)
		}
	}
}

// duplicates counts the remote objects per natural key, from a listing of
// every object, and returns the keys held by more than one.
func (row reliabilityRow) duplicates(objs []map[string]any) []string {
	count := map[string]int{}
	for _, o := range objs {
		count[strings.ToLower(scalarString(o[row.keyField]))]++
	}
	var dup []string
	for k, n := range count {
		if n > 1 {
			dup = append(dup, fmt.Sprintf("%s ×%d", k, n))
		}
	}
	sort.Strings(dup)
	return dup
}

// buildPlugin returns the directory of the provider built as a plugin
// binary (once per test process).
func buildPlugin(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	return pluginDir(ctx, t)
}

// tfDir is a terraform working directory using the built plugin through
// dev_overrides, with credentials for one mock tenant in its environment.
type tfDir struct {
	t   *testing.T
	dir string
	env []string
}

func newTFDir(t *testing.T, bin string, creds mockpsa.Credentials) *tfDir {
	t.Helper()
	dir := t.TempDir()
	rc := filepath.Join(dir, ".terraformrc")
	writeFile(t, rc, fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/autotask-iac/autotask\" = %q\n  }\n  direct {}\n}\n", bin))
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AUTOTASK_") && !strings.HasPrefix(kv, "TF_") {
			env = append(env, kv)
		}
	}
	env = append(env, "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		EnvBaseURL+"="+creds.BaseURL, EnvUsername+"="+creds.Username, EnvSecret+"="+creds.Secret, EnvIntegrationCode+"="+creds.IntegrationCode)
	return &tfDir{t: t, dir: dir, env: env}
}

const devOverrideHeader = `terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}
`

// config writes main.tf.
func (d *tfDir) config(body string) {
	writeFile(d.t, filepath.Join(d.dir, "main.tf"), devOverrideHeader+body)
}

func (d *tfDir) command(ctx context.Context, args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + d.dir}, args...)...)
	cmd.Env = d.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd, &out
}

// run runs terraform and returns its output and exit code.
func (d *tfDir) run(args ...string) (string, int) {
	d.t.Helper()
	cmd, out := d.command(d.t.Context(), args...)
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError) //nolint:errorlint // exec returns it unwrapped
		if !ok {
			d.t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		code = ee.ExitCode()
	}
	return out.String(), code
}

// stateObject is one resource instance of `terraform show -json`.
type stateObject struct {
	Address string         `json:"address"`
	Type    string         `json:"type"`
	Values  map[string]any `json:"values"`
}

// state lists the resource instances of type typ in the state on disk.
func (d *tfDir) state(typ string) []stateObject {
	d.t.Helper()
	out, code := d.run("show", "-json", "-no-color")
	if code != 0 {
		d.t.Fatalf("terraform show: exit %d\n%s", code, out)
	}
	var doc struct {
		Values struct {
			RootModule struct {
				Resources []stateObject `json:"resources"`
			} `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		d.t.Fatalf("terraform show -json: %v\n%s", err, out)
	}
	var objs []stateObject
	for _, r := range doc.Values.RootModule.Resources {
		if r.Type == typ {
			objs = append(objs, r)
		}
	}
	return objs
}

// untilSucceeds runs a terraform command until it exits 0, at most
// attempts times, checking between runs that nothing is duplicated. It
// returns how many runs it took.
func (d *tfDir) untilSucceeds(attempts int, between func(run int), args ...string) int {
	d.t.Helper()
	for run := 1; ; run++ {
		out, code := d.run(args...)
		between(run)
		if code == 0 {
			return run
		}
		errs := parseDiagnostics(out)
		var lines []string
		for _, e := range errs {
			detail := e.detail
			if len(detail) > 300 {
				detail = detail[:300] + "…"
			}
			lines = append(lines, fmt.Sprintf("%s: %s: %s", e.address, e.summary, detail))
		}
		d.t.Logf("terraform %s, run %d: exit %d with %d errors:\n  %s", args[0], run, code, len(errs), strings.Join(lines, "\n  "))
		if run >= attempts {
			d.t.Fatalf("terraform %s did not succeed in %d runs; last output:\n%s", args[0], attempts, out)
		}
	}
}

// compareStateWithRemote checks that the state and the PSA hold the same
// objects: every remote object once (no duplicates), each in state under
// its own ID with its own key (no orphans, nothing lost).
func (row reliabilityRow) compareStateWithRemote(t *testing.T, ten *mockpsa.Tenant, st []stateObject, want int) {
	t.Helper()
	remote := row.remoteObjects(t, ten)
	if dup := row.duplicates(remote); len(dup) > 0 {
		t.Errorf("duplicates in the PSA: %v", dup)
	}
	if len(remote) != want || len(st) != want {
		t.Errorf("%d objects in the PSA and %d in state, want %d of each", len(remote), len(st), want)
	}
	byID := map[string]map[string]any{}
	for _, o := range remote {
		byID[row.remoteID(ten, o)] = o
	}
	seen := map[string]bool{}
	for _, s := range st {
		id := scalarString(s.Values["id"])
		o, ok := byID[id]
		switch {
		case !ok:
			t.Errorf("%s holds ID %s, which the PSA does not have", s.Address, id)
		case seen[id]:
			t.Errorf("ID %s is in state twice", id)
		case row.keyField != "id" && !sameValue(o[row.keyField], s.Values[row.keyAttr]):
			t.Errorf("%s: %s %q in state, %q in the PSA", s.Address, row.keyAttr, s.Values[row.keyAttr], o[row.keyField])
		case row.keyField == "id" && !sameValue(id, s.Values[row.keyAttr]):
			t.Errorf("%s: ID %s but %s %v", s.Address, id, row.keyAttr, s.Values[row.keyAttr])
		}
		seen[id] = true
	}
	var orphans []string
	for id, o := range byID {
		if !seen[id] {
			orphans = append(orphans, fmt.Sprintf("%s (%v)", id, o[row.keyField]))
		}
	}
	slices.Sort(orphans)
	if len(orphans) > 0 {
		t.Errorf("orphans (in the PSA, not in state): %v", orphans)
	}
}
