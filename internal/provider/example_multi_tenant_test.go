package provider

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// exampleTenant is one tenant of examples/multi-tenant as the test sets it
// up: what the example's module block for it asks for, and what the test
// gives it (credentials, secrets, the people the example names).
type exampleTenant struct {
	name, zone string
	seed       mockpsa.Seed
	prefix     string // name_prefix in the example
	domain     string // api_user_domain in the example
	// integrations: key -> the level the module builds for it.
	integrations map[string]string
	// portalLogins are the co-managed admins' e-mail addresses, by key.
	portalLogins      map[string]string
	viewers, editors  []string
	recipients        []string
	sso, allProjects  bool
	integrationSecret map[string]string // ephemeral input, by integration key
	portalPassword    map[string]string // ephemeral input, by customer key

	ten   *mockpsa.Tenant
	creds mockpsa.Credentials
}

// multiTenantFixtures are the three tenants of examples/multi-tenant.
// Contoso is a busy database (the demo seed); Fabrikam and Tailspin start
// empty and get, out of band as an administrator would, the people and
// customers their module blocks name, and (Tailspin) a few hand-made
// objects, so that no two tenants share IDs.
func multiTenantFixtures() []*exampleTenant {
	return []*exampleTenant{
		{
			name: "contoso", zone: "webservices2", seed: mockpsa.SeedDemo, prefix: "Contoso", domain: "contoso.msp.example",
			integrations:      map[string]string{"rewst": "Contoso Rewst Automation", "backup-reports": "Contoso API - Backup Reports"},
			portalLogins:      map[string]string{"summit": "george.hart@summit.example.org"},
			viewers:           []string{"jdoe", "tbecker", "akhan"},
			editors:           []string{"srossi"},
			recipients:        []string{"soc@contoso.msp.example"},
			integrationSecret: map[string]string{"rewst": "Contoso-Rewst-Secret-1"},
			portalPassword:    map[string]string{"summit": "Summit-Portal-1"},
		},
		{
			name: "fabrikam", zone: "webservices17", seed: mockpsa.SeedEmpty, prefix: "Fabrikam", domain: "fabrikam.msp.example",
			integrations:   map[string]string{"rewst": "Fabrikam Rewst Automation"},
			portalLogins:   map[string]string{"lakeside": "it-lead@lakeside.example.org"},
			viewers:        []string{"mlopez"},
			editors:        []string{"kwong", "dpatel"},
			recipients:     []string{"soc@fabrikam.msp.example", "it-security@fabrikam.msp.example"},
			allProjects:    true,
			portalPassword: map[string]string{"lakeside": "Lakeside-Portal-1"},
		},
		{
			name: "tailspin", zone: "webservices5", seed: mockpsa.SeedEmpty, prefix: "Tailspin", domain: "tailspin.msp.example",
			integrations: map[string]string{"psa-sync": "Tailspin API - PSA Sync"},
			portalLogins: map[string]string{},
			viewers:      []string{"rbaker"},
			recipients:   []string{"soc@tailspin.msp.example"},
			sso:          true,
		},
	}
}

// setUpPeople creates, out of band, the people and co-managed customers a
// tenant's module block names when the seed has none.
func (et *exampleTenant) setUpPeople(t *testing.T) {
	t.Helper()
	if et.seed == mockpsa.SeedDemo {
		return
	}
	for _, u := range append(slices.Clone(et.viewers), et.editors...) {
		mustCreate(t, et.ten, "Resources", map[string]any{"firstName": strings.ToUpper(u[:1]), "lastName": u[1:], "userName": u,
			"email": u + "@" + et.domain, "userType": int64(catalog.ServiceDeskUser), "resourceType": "Employee", "isActive": true})
	}
	for key, email := range et.portalLogins {
		company := mustCreate(t, et.ten, "Companies", map[string]any{"companyName": strings.ToUpper(key[:1]) + key[1:] + " Clinic", "companyType": 1,
			"isActive": true, "isTaskFireActive": true})
		mustCreate(t, et.ten, "Contacts", map[string]any{"companyID": company, "firstName": "IT", "lastName": "Lead", "emailAddress": email, "isActive": 1})
	}
	if et.name == "tailspin" { // hand-made objects the baseline leaves alone
		mustCreate(t, et.ten, "SecurityLevels", map[string]any{"name": "Legacy Dispatch", "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser)})
		mustCreate(t, et.ten, "SecurityLevels", map[string]any{"name": "Legacy Billing", "copiedFromSecurityLevelID": int64(catalog.Sales)})
		mustCreate(t, et.ten, "ClientPortalSecurityLevels", map[string]any{"name": "Legacy Customer", "type": 1})
		mustCreate(t, et.ten, "UserDefinedFieldDefinitions", map[string]any{"name": "Asset Tag", "udfType": 4, "dataType": 1})
	}
}

// exampleMock is the one in-process mock PSA of an example's tenants, with
// every request it received and its own log.
type exampleMock struct {
	requests requestLog
	log      lockedBuffer
}

// serveExampleTenants creates each tenant on a new in-process mock PSA
// (closed when the test ends), with the people its settings name, and
// returns each tenant's objects before anything runs.
func serveExampleTenants(t *testing.T, tenants []*exampleTenant) (*exampleMock, map[string]map[string][]map[string]any) {
	t.Helper()
	m := &exampleMock{}
	srv := mockpsa.New(mockpsa.Options{Logger: slog.New(slog.NewJSONHandler(&m.log, nil))})
	ts := httptest.NewServer(m.requests.wrap(srv))
	t.Cleanup(ts.Close)
	before := map[string]map[string][]map[string]any{}
	for _, et := range tenants {
		ten, err := srv.CreateTenant(mockpsa.TenantSpec{Name: et.name, Zone: et.zone, Seed: et.seed})
		if err != nil {
			t.Fatal(err)
		}
		et.ten, et.creds = ten, ten.Credentials(ts.URL)
		et.setUpPeople(t)
		before[et.name] = snapshot(t, ten, multiTenantEntities)
	}
	return m, before
}

// requestLog records every request the mock PSA receives: where it went,
// the credentials it carried and its body.
type requestLog struct {
	mu   sync.Mutex
	reqs []loggedRequest
}

type loggedRequest struct {
	Method, Path, Query      string
	User, Code, Secret, Body string
}

func (l *requestLog) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		l.mu.Lock()
		l.reqs = append(l.reqs, loggedRequest{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery,
			User: r.Header.Get("UserName"), Code: r.Header.Get("ApiIntegrationCode"), Secret: r.Header.Get("Secret"), Body: string(body)})
		l.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (l *requestLog) all() []loggedRequest {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.reqs)
}

// multiTenantEntities are listed before and after the apply.
var multiTenantEntities = []string{
	"SecurityLevels", "Resources", "ApiUsers", "ClientPortalSecurityLevels", "ClientPortalUsers", "Companies", "Contacts",
	"UserDefinedFieldDefinitions", "UserDefinedFieldListItems", "ProtectedDataPermissions", "SecuritySettings",
}

// TestAccExampleMultiTenant applies examples/multi-tenant — the baseline
// module once per Autotask database through three aliased providers — with
// the provider built as a real plugin binary and installed through
// dev_overrides, as an MSP would run it. (In-process test providers cannot
// serve several aliases: terraform sends every configuration to the one
// reattached server.) It proves that each tenant gets exactly its own
// objects, that an out-of-band change in one tenant is drift for that
// tenant only, and that no tenant's credentials, secrets or IDs reach
// another: not in the state, not in any request.
func TestAccExampleMultiTenant(t *testing.T) {
	t.Parallel()
	requireAcc(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	dir := t.TempDir()
	// The example and the module it calls, at the same relative paths.
	copyTree(t, "../../examples/multi-tenant", filepath.Join(dir, "examples", "multi-tenant"))
	copyTree(t, "../../examples/modules/msp-baseline", filepath.Join(dir, "examples", "modules", "msp-baseline"))
	work := filepath.Join(dir, "examples", "multi-tenant")

	tenants := multiTenantFixtures()
	mock, before := serveExampleTenants(t, tenants)
	conn := map[string]any{}
	secrets, integrationSecrets, portalPasswords := map[string]string{}, map[string]map[string]string{}, map[string]map[string]string{}
	for _, et := range tenants {
		conn[et.name] = map[string]string{"username": et.creds.Username, "integration_code": et.creds.IntegrationCode, "base_url": et.creds.BaseURL}
		secrets[et.name] = et.creds.Secret
		integrationSecrets[et.name], portalPasswords[et.name] = et.integrationSecret, et.portalPassword
	}
	tf := newTerraformCLI(ctx, t, dir, work, "TF_VAR_tenants="+mustJSON(t, conn), "TF_VAR_secrets="+mustJSON(t, secrets),
		"TF_VAR_integration_secrets="+mustJSON(t, integrationSecrets), "TF_VAR_portal_passwords="+mustJSON(t, portalPasswords))

	// Modules only: with dev_overrides the provider needs no installing, and
	// `terraform init` would ask the registry about it.
	tf.must("get", "-no-color")
	tf.must("apply", "-input=false", "-no-color", "-auto-approve")

	for _, et := range tenants {
		et.checkObjects(t, before[et.name])
	}
	state := tf.must("show", "-json")
	checkStateIsolation(t, tenants, state, filepath.Join(work, "terraform.tfstate"))
	checkRequestIsolation(t, tenants, mock.requests.all(), mock.log.String())
	checkReports(t, tenants, tf.must("output", "-json", "access_reports"))

	// A second plan is empty.
	if out, err := tf.run("plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		t.Fatalf("re-plan not empty (%v):\n%s", err, out)
	}

	// Someone widens Fabrikam's service desk level in the web UI: drift in
	// Fabrikam only. Contoso's and Tailspin's plans are untouched.
	fabrikam := tenants[1]
	sd := customLevels(t, fabrikam.ten)["Fabrikam Service Desk"]
	sdID := sd["id"].(int64)
	if err := fabrikam.ten.Patch("SecurityLevels", sdID, map[string]any{
		wireField(t, catalog.KeyTemplateView): wirePicklist(t, catalog.KeyTemplateView, catalog.All),
	}); err != nil {
		t.Fatal(err)
	}
	out, err := tf.run("plan", "-input=false", "-json", "-detailed-exitcode")
	if code := exitCode(err); code != 2 {
		t.Fatalf("plan after the out-of-band change: exit %d, want 2 (changes):\n%s", code, out)
	}
	drift, changes := planAddresses(t, out)
	const drifted = "module.fabrikam.autotask_security_level.service_desk"
	if !reflect.DeepEqual(drift, []string{drifted}) {
		t.Errorf("drift reported for %v, want only %s", drift, drifted)
	}
	if changes[drifted] != "update" {
		t.Errorf("%s planned %q, want update; planned: %v", drifted, changes[drifted], changes)
	}
	for addr, action := range changes {
		if !strings.HasPrefix(addr, "module.fabrikam.") {
			t.Errorf("an out-of-band change in Fabrikam plans %s for %s", action, addr)
		}
	}
	tf.must("apply", "-input=false", "-no-color", "-auto-approve")
	if got := customLevels(t, fabrikam.ten)["Fabrikam Service Desk"][wireField(t, catalog.KeyTemplateView)]; got != wirePicklist(t, catalog.KeyTemplateView, catalog.None) {
		t.Errorf("Fabrikam's template view after the correcting apply = %v", got)
	}
	if out, err := tf.run("plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		t.Errorf("plan after the correction not empty (%v):\n%s", err, out)
	}

	tf.must("destroy", "-input=false", "-no-color", "-auto-approve")
	for _, et := range tenants {
		et.checkDestroyed(t)
	}
}

// checkDestroyed proves that a destroy left none of the baseline's levels
// and no active API user of the tenant's integrations.
func (et *exampleTenant) checkDestroyed(t *testing.T) {
	t.Helper()
	for name := range customLevels(t, et.ten) {
		if strings.HasPrefix(name, et.prefix+" ") {
			t.Errorf("%s: level %q left after destroy", et.name, name)
		}
	}
	users, _ := et.ten.List("ApiUsers")
	for _, u := range users {
		if strings.HasSuffix(fmt.Sprint(u["userName"]), "@"+et.domain) && u["isActive"] != false {
			t.Errorf("%s: API user %v still active after destroy", et.name, u["userName"])
		}
	}
}

// checkObjects compares the tenant's objects after the apply with before:
// exactly the baseline's objects are new, the named users' protected-data
// access and the policy changed, and nothing else did.
func (et *exampleTenant) checkObjects(t *testing.T, before map[string][]map[string]any) {
	t.Helper()
	after := snapshot(t, et.ten, multiTenantEntities)
	names := func(entity, field string) []string {
		var out []string
		for _, o := range newObjects(before[entity], after[entity]) {
			out = append(out, fmt.Sprint(o[field]))
		}
		sort.Strings(out)
		return out
	}
	sorted := func(s ...string) []string {
		s = slices.Clone(s)
		sort.Strings(s)
		return s
	}
	p := et.prefix + " "
	wantLevels := []string{p + "Service Desk", p + "Project Managers", p + "Contractor"}
	var wantUsers []string
	for key, level := range et.integrations {
		wantLevels = append(wantLevels, level)
		wantUsers = append(wantUsers, key+"@"+et.domain)
	}
	var wantLogins []string
	for _, email := range et.portalLogins {
		wantLogins = append(wantLogins, email)
	}
	for _, c := range []struct {
		entity, field string
		want          []string
	}{
		{"SecurityLevels", "name", sorted(wantLevels...)},
		{"ApiUsers", "userName", sorted(wantUsers...)},
		{"Resources", "userName", sorted(wantUsers...)},
		{"ClientPortalSecurityLevels", "name", sorted(p+"Customer Staff", p+"Co-managed Customer Admin")},
		{"ClientPortalUsers", "userName", sorted(wantLogins...)},
		{"UserDefinedFieldDefinitions", "name", sorted("Local Admin Account", "Local Admin Password")},
		{"UserDefinedFieldListItems", "id", nil},
		{"Companies", "id", nil},
		{"Contacts", "id", nil},
	} {
		if got := names(c.entity, c.field); !reflect.DeepEqual(got, c.want) && len(got)+len(c.want) > 0 {
			t.Errorf("%s: new %s %v, want %v", et.name, c.entity, got, c.want)
		}
	}
	// Objects that existed before are untouched, but for the ones the
	// baseline owns.
	for _, entity := range []string{"SecurityLevels", "ClientPortalSecurityLevels", "ClientPortalUsers", "Companies", "Contacts", "UserDefinedFieldDefinitions", "UserDefinedFieldListItems"} {
		for _, o := range before[entity] {
			if now := byID(after[entity], o["id"]); !reflect.DeepEqual(now, o) {
				t.Errorf("%s: %s %v changed: %v -> %v", et.name, entity, o["id"], o, now)
			}
		}
	}
	// Protected-data access: viewers view, editors view and edit; nobody
	// else who existed before changed.
	userByID := map[any]string{}
	for _, r := range after["Resources"] {
		userByID[r["id"]] = fmt.Sprint(r["userName"])
	}
	for _, o := range before["ProtectedDataPermissions"] {
		now := byID(after["ProtectedDataPermissions"], o["id"])
		user := userByID[o["id"]]
		switch {
		case slices.Contains(et.editors, user):
			if now["canViewProtectedData"] != true || now["canEditProtectedData"] != true {
				t.Errorf("%s: editor %s holds %v", et.name, user, now)
			}
		case slices.Contains(et.viewers, user):
			if now["canViewProtectedData"] != true || now["canEditProtectedData"] != false {
				t.Errorf("%s: viewer %s holds %v", et.name, user, now)
			}
		default:
			if !reflect.DeepEqual(now, o) {
				t.Errorf("%s: protected-data access of %s changed: %v -> %v", et.name, user, o, now)
			}
		}
	}
	// The policy as the tenant's block says.
	site := after["SecuritySettings"][0]
	recipients, _ := site["securityEventRecipients"].([]string)
	if !reflect.DeepEqual(sorted(recipients...), sorted(et.recipients...)) {
		t.Errorf("%s: alert recipients %v, want %v", et.name, recipients, et.recipients)
	}
	if site["ssoRequired"] != et.sso || site["twoFactorRequired"] != !et.sso {
		t.Errorf("%s: SSO %v, 2FA %v; want SSO %t", et.name, site["ssoRequired"], site["twoFactorRequired"], et.sso)
	}
	// What differs per tenant reached its tenant.
	want := catalog.Mine
	if et.allProjects {
		want = catalog.All
	}
	if got := customLevels(t, et.ten)[p+"Service Desk"][wireField(t, catalog.KeyProjectView)]; got != wirePicklist(t, catalog.KeyProjectView, want) {
		t.Errorf("%s: service desk project view %v, want %s", et.name, got, want)
	}
	for key, secret := range et.integrationSecret {
		id := objectIDBy(t, after["ApiUsers"], "userName", key+"@"+et.domain)
		if !et.ten.WriteOnlyIs("ApiUsers", id, "secret", secret) {
			t.Errorf("%s: the API user of %s does not hold the secret its tenant was given", et.name, key)
		}
	}
	for key, pw := range et.portalPassword {
		id := objectIDBy(t, after["ClientPortalUsers"], "userName", et.portalLogins[key])
		if !et.ten.WriteOnlyIs("ClientPortalUsers", id, "password", pw) {
			t.Errorf("%s: the portal login of %s does not hold the password its tenant was given", et.name, key)
		}
	}
}

func newObjects(before, after []map[string]any) []map[string]any {
	var out []map[string]any
	for _, o := range after {
		if byID(before, o["id"]) == nil {
			out = append(out, o)
		}
	}
	return out
}

func byID(objs []map[string]any, id any) map[string]any {
	for _, o := range objs {
		if o["id"] == id {
			return o
		}
	}
	return nil
}

func objectIDBy(t *testing.T, objs []map[string]any, field, value string) int64 {
	t.Helper()
	for _, o := range objs {
		if strings.EqualFold(fmt.Sprint(o[field]), value) {
			return o["id"].(int64)
		}
	}
	t.Fatalf("no object with %s %q", field, value)
	return 0
}

// secretsOf lists every secret a tenant was given: its API user's secret,
// the integrations' secrets and the portal passwords.
func (et *exampleTenant) secretsOf() []string {
	out := []string{et.creds.Secret}
	for _, s := range et.integrationSecret {
		out = append(out, s)
	}
	for _, s := range et.portalPassword {
		out = append(out, s)
	}
	return out
}

// identifiersOf lists what names a tenant and nothing else: its API user,
// integration code, level prefix and API user domain.
func (et *exampleTenant) identifiersOf() []string {
	return []string{et.creds.Username, et.creds.IntegrationCode, et.prefix + " ", et.domain}
}

// stateResource is one resource of `terraform show -json`.
type stateResource struct {
	Address string         `json:"address"`
	Mode    string         `json:"mode"`
	Type    string         `json:"type"`
	Values  map[string]any `json:"values"`
}

// checkStateIsolation proves from the state that no secret was stored, that
// each module holds nothing that names another tenant, and that every ID
// and reference in a module resolves, in that module's own tenant, to the
// object the module means.
func checkStateIsolation(t *testing.T, tenants []*exampleTenant, showJSON, statePath string) {
	t.Helper()
	raw, err := os.ReadFile(statePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, et := range tenants {
		for _, s := range et.secretsOf() {
			if strings.Contains(string(raw), s) || strings.Contains(showJSON, s) {
				t.Errorf("a secret of %s is in the state", et.name)
			}
		}
	}
	var show struct {
		Values struct {
			RootModule struct {
				ChildModules []struct {
					Address   string          `json:"address"`
					Resources []stateResource `json:"resources"`
				} `json:"child_modules"`
			} `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal([]byte(showJSON), &show); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, m := range show.Values.RootModule.ChildModules {
		et := tenantOf(tenants, strings.TrimPrefix(m.Address, "module."))
		if et == nil {
			t.Errorf("unexpected module %s", m.Address)
			continue
		}
		for _, r := range m.Resources {
			seen[et.name]++
			b, _ := json.Marshal(r.Values)
			for _, other := range tenants {
				if other == et {
					continue
				}
				for _, id := range other.identifiersOf() {
					if strings.Contains(string(b), id) {
						t.Errorf("%s holds %q of tenant %s", r.Address, id, other.name)
					}
				}
			}
			if r.Mode == "managed" {
				et.checkReferences(t, r)
			}
		}
	}
	for _, et := range tenants {
		if seen[et.name] == 0 {
			t.Errorf("no resources of module.%s in the state", et.name)
		}
	}
}

func tenantOf(tenants []*exampleTenant, name string) *exampleTenant {
	for _, et := range tenants {
		if et.name == name {
			return et
		}
	}
	return nil
}

// checkReferences resolves the IDs a resource holds in the tenant of its
// module.
func (et *exampleTenant) checkReferences(t *testing.T, r stateResource) {
	t.Helper()
	num := func(key string) int64 {
		var n int64
		switch v := r.Values[key].(type) {
		case string:
			_, _ = fmt.Sscan(v, &n)
		case float64:
			n = int64(v)
		}
		return n
	}
	expect := func(entity string, id int64, field string, want any) {
		t.Helper()
		o, ok := et.ten.Get(entity, id)
		if !ok {
			t.Errorf("%s: %s %d is not in tenant %s", r.Address, entity, id, et.name)
			return
		}
		if !strings.EqualFold(fmt.Sprint(o[field]), fmt.Sprint(want)) {
			t.Errorf("%s: %s %d of tenant %s has %s %v, want %v", r.Address, entity, id, et.name, field, o[field], want)
		}
	}
	switch r.Type {
	case "autotask_security_level":
		expect("SecurityLevels", num("id"), "name", r.Values["name"])
	case "autotask_api_user":
		expect("ApiUsers", num("id"), "userName", r.Values["user_name"])
		lvl, ok := et.ten.Get("SecurityLevels", num("security_level_id"))
		if !ok || !strings.HasPrefix(fmt.Sprint(lvl["name"]), et.prefix+" ") {
			t.Errorf("%s: level %d is not one of %s's baseline levels: %v", r.Address, num("security_level_id"), et.name, lvl)
		}
	case "autotask_client_portal_security_level":
		expect("ClientPortalSecurityLevels", num("id"), "name", r.Values["name"])
	case "autotask_client_portal_user":
		expect("ClientPortalUsers", num("id"), "userName", r.Values["user_name"])
		expect("Contacts", num("contact_id"), "emailAddress", r.Values["user_name"])
		expect("ClientPortalSecurityLevels", num("security_level_id"), "name", et.prefix+" Co-managed Customer Admin")
	case "autotask_user_defined_field":
		expect("UserDefinedFieldDefinitions", num("id"), "name", r.Values["name"])
	case "autotask_protected_data_access":
		expect("Resources", num("resource_id"), "userName", r.Values["user_name"])
	case "autotask_security_settings":
		if got := fmt.Sprint(r.Values["id"]); got != fmt.Sprint(et.ten.CI()) {
			t.Errorf("%s: database %s, want %s's %d", r.Address, got, et.name, et.ten.CI())
		}
	default:
		t.Errorf("%s: no reference check for %s", r.Address, r.Type)
	}
}

// checkRequestIsolation proves from the requests the mock received that
// each tenant's calls carried only that tenant's credentials, went to its
// zone, and that no body or URL carried another tenant's secrets or names;
// the mock's own log attributes every entity call to the tenant of its
// zone, and no call was refused.
func checkRequestIsolation(t *testing.T, tenants []*exampleTenant, reqs []loggedRequest, mockLog string) {
	t.Helper()
	perTenant := map[string]int{}
	for _, rq := range reqs {
		segs := strings.Split(strings.Trim(strings.ToLower(rq.Path), "/"), "/")
		if len(segs) < 2 || segs[1] != "atservicesrest" {
			continue // version and zone discovery, which carry no credentials
		}
		var et *exampleTenant
		for _, c := range tenants {
			if c.zone == segs[0] {
				et = c
			}
		}
		if et == nil {
			t.Errorf("%s %s: a zone of no tenant", rq.Method, rq.Path)
			continue
		}
		perTenant[et.name]++
		if rq.User != et.creds.Username || rq.Code != et.creds.IntegrationCode || rq.Secret != et.creds.Secret {
			t.Errorf("%s %s to %s's zone carried the credentials of %q", rq.Method, rq.Path, et.name, rq.User)
		}
		text := rq.Path + "?" + rq.Query + " " + rq.Body
		for _, other := range tenants {
			if other == et {
				continue
			}
			for _, s := range append(other.secretsOf(), other.identifiersOf()...) {
				if strings.Contains(text, s) {
					t.Errorf("%s %s to %s carried %q of tenant %s", rq.Method, rq.Path, et.name, s, other.name)
				}
			}
		}
	}
	for _, et := range tenants {
		if perTenant[et.name] == 0 {
			t.Errorf("no requests reached %s", et.name)
		}
		c := et.ten.Counters()
		for status, n := range c.ByStatus {
			if status == "401" || strings.HasPrefix(status, "5") {
				t.Errorf("%s answered %d requests with %s", et.name, n, status)
			}
		}
	}
	sc := bufio.NewScanner(strings.NewReader(mockLog))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	var attributed int
	for sc.Scan() {
		var line struct {
			Msg, Path, Tenant string
		}
		if json.Unmarshal(sc.Bytes(), &line) != nil || line.Msg != "mockpsa request" || line.Tenant == "" {
			continue
		}
		attributed++
		et := tenantOf(tenants, line.Tenant)
		if et == nil || !strings.HasPrefix(strings.ToLower(line.Path), "/"+et.zone+"/") {
			t.Errorf("the mock attributed %s to tenant %s", line.Path, line.Tenant)
		}
	}
	if attributed == 0 {
		t.Error("the mock logged no entity calls")
	}
}

// checkReports reads the access_reports output: each tenant's report shows
// its own levels and API users, and nothing of the others.
func checkReports(t *testing.T, tenants []*exampleTenant, outputJSON string) {
	t.Helper()
	var reports map[string]string
	if err := json.Unmarshal([]byte(outputJSON), &reports); err != nil {
		t.Fatalf("access_reports output: %v\n%s", err, outputJSON)
	}
	for _, et := range tenants {
		md := reports[et.name]
		for key := range et.integrations {
			if !strings.Contains(md, key+"@"+et.domain) {
				t.Errorf("%s's access report does not list the API user of %s", et.name, key)
			}
		}
		if !strings.Contains(md, et.prefix+" Service Desk") {
			t.Errorf("%s's access report does not show its service desk level:\n%s", et.name, md)
		}
		for _, other := range tenants {
			if other != et && (strings.Contains(md, other.prefix+" ") || strings.Contains(md, other.domain)) {
				t.Errorf("%s's access report shows objects of %s", et.name, other.name)
			}
		}
	}
}

// planAddresses reads `terraform plan -json`: the addresses reported as
// changed outside Terraform, and the planned action of each address.
func planAddresses(t *testing.T, out string) (drift []string, changes map[string]string) {
	t.Helper()
	changes = map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		var line struct {
			Type   string `json:"type"`
			Change struct {
				Resource struct {
					Addr string `json:"addr"`
				} `json:"resource"`
				Action string `json:"action"`
			} `json:"change"`
		}
		if json.Unmarshal(sc.Bytes(), &line) != nil {
			continue
		}
		switch line.Type {
		case "resource_drift":
			drift = append(drift, line.Change.Resource.Addr)
		case "planned_change":
			changes[line.Change.Resource.Addr] = line.Change.Action
		}
	}
	sort.Strings(drift)
	return drift, changes
}

// exitCode is the exit status of a terraform run (0 when err is nil).
func exitCode(err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	return -1
}

func customLevels(t *testing.T, ten *mockpsa.Tenant) map[string]map[string]any {
	t.Helper()
	all, err := ten.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, l := range all {
		if sys, _ := l["isSystem"].(bool); !sys {
			out[fmt.Sprint(l["name"])] = l
		}
	}
	return out
}

// copyTree copies the Terraform files (.tf) of src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	copyTreeFiles(t, src, dst, ".tf")
}

// copyTreeFiles copies the files of src whose names end in one of exts to
// dst, keeping their modes (a script stays executable); it skips what a
// run leaves behind: hidden directories (.terraform, .runs) and local
// workspace states.
func copyTreeFiles(t *testing.T, src, dst string, exts ...string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if p != src && (strings.HasPrefix(d.Name(), ".") || d.Name() == "terraform.tfstate.d") {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if !slices.ContainsFunc(exts, func(ext string) bool { return strings.HasSuffix(p, ext) }) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
