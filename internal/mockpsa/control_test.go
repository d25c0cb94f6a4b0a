package mockpsa

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestControlAPI(t *testing.T) {
	e := demoEnv(t)
	ctl := func(method, path string, body any) response {
		t.Helper()
		return e.raw(method, e.ts.URL+"/_mock/"+path, body, nil)
	}
	// create a tenant and use its credentials
	r := ctl("POST", "tenants", map[string]any{"name": "globex", "zone": "webservices5", "seed": "empty", "request_budget": 50})
	e.mustStatus(r, 201)
	var view struct {
		Name          string      `json:"name"`
		Zone          string      `json:"zone"`
		RequestBudget int         `json:"request_budget"`
		Credentials   Credentials `json:"credentials"`
	}
	if err := json.Unmarshal(r.body, &view); err != nil {
		t.Fatal(err)
	}
	if view.Name != "globex" || view.Zone != "webservices5" || view.RequestBudget != 50 || view.Credentials.BaseURL != e.ts.URL || view.Credentials.Secret == "" {
		t.Fatalf("view %+v", view)
	}
	zone := e.discover(view.Credentials.Username)
	e.mustStatus(e.raw("GET", zone+"V1.0/SecuritySettings/1", nil, credHeader(view.Credentials)), 200)

	e.mustStatus(ctl("POST", "tenants", map[string]any{"name": "globex"}), 400)
	e.mustStatus(ctl("POST", "tenants", map[string]any{"name": "Bad Name"}), 400)
	e.mustStatus(ctl("POST", "tenants", map[string]any{"name": "x", "colour": "red"}), 400)

	r = ctl("GET", "tenants", nil)
	e.mustStatus(r, 200)
	if !strings.Contains(string(r.body), `"name":"acme"`) || !strings.Contains(string(r.body), `"name":"globex"`) {
		t.Errorf("list %s", r.body)
	}
	e.mustStatus(ctl("GET", "tenants/globex", nil), 200)
	e.mustStatus(ctl("GET", "tenants/nobody", nil), 404)
	r = ctl("GET", "tenants/globex/credentials", nil)
	e.mustStatus(r, 200)
	var creds map[string]string
	_ = json.Unmarshal(r.body, &creds)
	if creds["username"] != view.Credentials.Username || creds["integration_code"] == "" || creds["base_url"] == "" || creds["secret"] == "" {
		t.Errorf("credentials %s", r.body)
	}

	// move zone
	r = ctl("POST", "tenants/globex/zone", map[string]any{"zone": "webservices6"})
	e.mustStatus(r, 200)
	e.mustStatus(e.raw("GET", zone+"V1.0/SecuritySettings/1", nil, credHeader(view.Credentials)), 401)
	e.mustStatus(ctl("PUT", "tenants/globex/budget", map[string]any{"request_budget": 7}), 200)
	if g, _ := e.srv.Tenant("globex"); g.Counters().RequestBudget != 7 {
		t.Errorf("budget not set: %+v", g.Counters())
	}

	// objects out of band
	r = ctl("POST", "tenants/acme/objects/SecurityLevels", map[string]any{"name": "Out of band", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)})
	e.mustStatus(r, 201)
	id := r.itemID()
	e.mustStatus(ctl("PATCH", "tenants/acme/objects/SecurityLevels/"+itoa(id), map[string]any{"projectsProjectView": 1}), 200)
	r = ctl("GET", "tenants/acme/objects/securitylevels/"+itoa(id), nil)
	e.mustStatus(r, 200)
	if num(r.item()["projectsProjectView"]) != 1 {
		t.Errorf("patched %s", r.body)
	}
	r = ctl("PATCH", "tenants/acme/objects/"+levelPath(catalog.ServiceDeskUser), map[string]any{"projectsProjectView": 3})
	e.mustStatus(r, 500)
	if !errorsContain(r, "system security level") {
		t.Errorf("system edit without force: %s", r.body)
	}
	e.mustStatus(ctl("PATCH", "tenants/acme/objects/"+levelPath(catalog.ServiceDeskUser)+"?force=true", map[string]any{"projectsProjectView": 3}), 200)
	e.mustStatus(ctl("POST", "tenants/acme/objects/SecurityLevels", map[string]any{"name": "Bad", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser), "projectsProjectView": 17}), 500)
	e.mustStatus(ctl("DELETE", "tenants/acme/objects/SecurityLevels/"+itoa(id), nil), 204)
	e.mustStatus(ctl("GET", "tenants/acme/objects/SecurityLevels/"+itoa(id), nil), 404)
	e.mustStatus(ctl("DELETE", "tenants/acme/objects/"+levelPath(catalog.APIUserNoCosts), nil), 500)
	r = ctl("GET", "tenants/acme/objects/Resources", nil)
	e.mustStatus(r, 200)
	if len(r.items()) < 30 {
		t.Errorf("demo has %d resources", len(r.items()))
	}
	e.mustStatus(ctl("GET", "tenants/acme/objects/Nope", nil), 404)

	// faults and counters
	e.mustStatus(ctl("POST", "tenants/acme/faults", map[string]any{"kind": "status", "status": 503, "retry_after": "2", "count": 1, "entity": "SecuritySettings"}), 204)
	e.mustStatus(ctl("POST", "tenants/acme/faults", map[string]any{"kind": "latency", "latency": "1ms", "method": "GET"}), 204)
	e.mustStatus(ctl("POST", "tenants/acme/faults", map[string]any{"kind": "latency", "latency": "soon"}), 400)
	e.mustStatus(ctl("POST", "tenants/acme/faults", map[string]any{"kind": "nope"}), 400)
	r = ctl("GET", "tenants/acme/faults", nil)
	e.mustStatus(r, 200)
	if !strings.Contains(string(r.body), `"latency":"1ms"`) || !strings.Contains(string(r.body), `"retry_after":"2"`) {
		t.Errorf("faults %s", r.body)
	}
	r = e.call("GET", "SecuritySettings/1", nil)
	e.mustStatus(r, 503)
	if r.header.Get("Retry-After") != "2" {
		t.Errorf("Retry-After %q", r.header.Get("Retry-After"))
	}
	e.mustStatus(ctl("DELETE", "tenants/acme/faults", nil), 204)
	r = ctl("GET", "tenants/acme/counters", nil)
	e.mustStatus(r, 200)
	var c Counters
	if err := json.Unmarshal(r.body, &c); err != nil {
		t.Fatal(err)
	}
	if c.Total < 1 || c.ByStatus["503"] != 1 || c.ByEntity["SecuritySettings"] < 1 || c.ByMethod["GET"] < 1 {
		t.Errorf("counters %+v", c)
	}
	e.mustStatus(ctl("DELETE", "tenants/acme/counters", nil), 204)
	if e.ten.Counters().Total != 0 {
		t.Error("counters not reset")
	}
	// delete a tenant
	e.mustStatus(ctl("DELETE", "tenants/globex", nil), 204)
	e.mustStatus(ctl("GET", "tenants/globex", nil), 404)
	e.mustStatus(ctl("GET", "unknown", nil), 404)
}

func TestControlAPIIsLoopbackOnly(t *testing.T) {
	srv := New(Options{})
	if _, err := srv.CreateTenant(TenantSpec{Name: "acme"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		remote string
		status int
	}{
		{"192.0.2.10:5555", http.StatusForbidden},
		{"[2001:db8::1]:443", http.StatusForbidden},
		{"127.0.0.1:5555", http.StatusOK},
		{"[::1]:5555", http.StatusOK},
	} {
		req := httptest.NewRequestWithContext(t.Context(), "GET", "/_mock/tenants", nil)
		req.RemoteAddr = tc.remote
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d", tc.remote, rec.Code, tc.status)
		}
	}
}

func TestPersistenceRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	srv, err := Open(Options{StatePath: path})
	if err != nil {
		t.Fatal(err)
	}
	ten, err := srv.CreateTenant(TenantSpec{Name: "acme", Zone: "webservices3", Seed: SeedDemo, RequestBudget: 123})
	if err != nil {
		t.Fatal(err)
	}
	id, err := ten.Create("SecurityLevels", map[string]any{"name": "Persisted", "copiedFromSecurityLevelID": lv(catalog.APIUserNoCosts), "adminManageResources": false})
	if err != nil {
		t.Fatal(err)
	}
	if err := ten.Patch("Companies", findIn(t, ten, "Companies", "companyName", "Northwind Dental"), map[string]any{"userDefinedFields": []map[string]any{{"name": "Contract Tier", "value": "Platinum"}}}); err != nil {
		t.Fatal(err)
	}
	if err := ten.MoveZone("webservices7"); err != nil {
		t.Fatal(err)
	}
	creds := ten.Credentials("http://x")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no state file: %v", err)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".mockpsa-state-*")); len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	again, err := Open(Options{StatePath: path})
	if err != nil {
		t.Fatal(err)
	}
	t2, ok := again.Tenant("acme")
	if !ok {
		t.Fatal("tenant not restored")
	}
	if t2.Zone() != "webservices7" || t2.Counters().RequestBudget != 123 || t2.Credentials("http://x") != creds {
		t.Errorf("tenant restored as zone %s budget %d creds %+v", t2.Zone(), t2.Counters().RequestBudget, t2.Credentials("http://x"))
	}
	for _, entity := range []string{"SecurityLevels", "Resources", "ApiUsers", "Companies", "Contacts", "ClientPortalUsers", "UserDefinedFieldDefinitions", "ClientPortalSecurityLevels", "ProtectedDataPermissions", "SecuritySettings"} {
		a, _ := ten.List(entity)
		b, _ := t2.List(entity)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%s differs after reload", entity)
		}
	}
	if got, ok := t2.Get("SecurityLevels", id); !ok || got["name"] != "Persisted" {
		t.Errorf("level %v", got)
	}
	// ids continue after the restored ones; secrets survive (login works)
	id2, err := t2.Create("SecurityLevels", map[string]any{"name": "After reload", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)})
	if err != nil || id2 <= id || catalog.IsSystemLevelID(id2) {
		t.Errorf("new id %d after %d: %v", id2, id, err)
	}
	ts := httptest.NewServer(again)
	defer ts.Close()
	req, _ := http.NewRequestWithContext(t.Context(), "GET", ts.URL+"/webservices7/ATServicesRest/V1.0/SecuritySettings/1", nil)
	req.Header = credHeader(creds)
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("login after reload: %d", resp.StatusCode)
	}
	// a corrupt file is reported, not ignored
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Options{StatePath: path}); err == nil {
		t.Error("corrupt state accepted")
	}
}

func TestStart(t *testing.T) {
	run, err := Start("127.0.0.1:0", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	if !strings.HasPrefix(run.URL, "http://127.0.0.1:") || strings.HasSuffix(run.URL, ":0") {
		t.Fatalf("URL %s", run.URL)
	}
	req, _ := http.NewRequestWithContext(t.Context(), "GET", run.URL+"/atservicesrest/versioninformation", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	if err := run.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if err := run.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}

// Out-of-band changes name picklist values by their labels, as the web UI
// shows them; numbers still work, and an unknown label lists the choices.
func TestControlAPIAcceptsLabels(t *testing.T) {
	e := demoEnv(t)
	ctl := func(method, path string, body any) response {
		t.Helper()
		return e.raw(method, e.ts.URL+"/_mock/tenants/acme/"+path, body, nil)
	}
	perm, _ := catalog.PermissionByKey("crm.companies_edit")
	all, _ := perm.Option(catalog.All)
	editAll := int64(all.ID)
	r := ctl("POST", "objects/SecurityLevels", map[string]any{"name": "Desk", "copiedFromSecurityLevelID": "Service Desk User (system)", "crmCompaniesEdit": "all"})
	e.mustStatus(r, 201)
	id, _ := r.json()["itemId"].(json.Number).Int64()
	l, _ := e.ten.Get("SecurityLevels", id)
	if l["crmCompaniesEdit"] != editAll || l["copiedFromSecurityLevelID"] != lv(catalog.ServiceDeskUser) {
		t.Errorf("labels not resolved: %v", l)
	}
	res, _ := e.ten.List("Resources")
	var rid int64
	for _, r := range res {
		if asInt(r["licenseType"]) != int64(apiLicenseID) {
			rid = asInt(r["id"])
		}
	}
	e.mustStatus(ctl("PATCH", fmt.Sprintf("objects/Resources/%d", rid), map[string]any{"userType": "Desk"}), 200)
	if r, _ := e.ten.Get("Resources", rid); r["userType"] != id {
		t.Errorf("userType by level name: %v, want %d", r["userType"], id)
	}
	r = ctl("PATCH", fmt.Sprintf("objects/SecurityLevels/%d", id), map[string]any{"crmCompaniesEdit": "Everything"})
	if r.status == 200 || !strings.Contains(string(r.body), `crmCompaniesEdit has no value labelled \"Everything\"; use one of`) {
		t.Errorf("an unknown label: %d %s", r.status, r.body)
	}
}
