package mockpsa

import (
	"net/http"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// apiCaller creates an API user on a copy of API User (system) whose admin
// permissions are set as given, and returns its credentials.
func apiCaller(t *testing.T, e *env, name string, manageResources, manageSecurity bool) Credentials {
	t.Helper()
	res, _ := catalog.PermissionByKey(catalog.KeyManageResources)
	sec, _ := catalog.PermissionByKey(catalog.KeyManageSecurityLevels)
	lvl, err := e.ten.Create(entSecurityLevels, map[string]any{
		"name": name + " level", "copiedFromSecurityLevelID": int64(catalog.APIUser),
		res.Field: manageResources, sec.Field: manageSecurity,
	})
	if err != nil {
		t.Fatal(err)
	}
	user := name + "@acme.example.com"
	secret := name + "-secret-1"
	id, err := e.ten.Create(entAPIUsers, map[string]any{
		"userName": user, "firstName": name, "lastName": "Caller", "securityLevelID": lvl,
		"internalIntegrationName": name, "secret": secret,
	})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := e.ten.Get(entAPIUsers, id)
	return Credentials{Username: user, Secret: secret, IntegrationCode: u["integrationCode"].(string)}
}

// A caller whose own level lacks Admin › Resources/Users cannot write API
// users or resources, one without Admin › Security Levels cannot write
// security levels; each gets Autotask's permission error naming what is
// missing, and nothing changes. Reads stay allowed.
func TestCallerLevelGuardsWrites(t *testing.T) {
	e := demoEnv(t)
	noResources := apiCaller(t, e, "nores", false, true)
	noSecurity := apiCaller(t, e, "nosec", true, false)
	tech := findID(t, e, entResources, "userName", "jdoe")
	sync := findID(t, e, entAPIUsers, "userName", "accounting-sync@acme.example.com")
	legacy := findID(t, e, entSecurityLevels, "name", "Legacy Helpdesk")

	deny := []struct {
		name         string
		creds        Credentials
		method, path string
		body         any
		verb, needs  string
	}{
		{"create API user", noResources, "POST", "ApiUsers", map[string]any{"userName": "new@acme.example.com", "firstName": "N", "lastName": "U", "securityLevelID": lv(catalog.APIUserNoCosts)}, "create", "Admin › Resources/Users"},
		{"deactivate API user", noResources, "PATCH", "ApiUsers", map[string]any{"id": sync, "isActive": false}, "update", "Admin › Resources/Users"},
		{"retitle resource", noResources, "PATCH", "Resources", map[string]any{"id": tech, "title": "Sneaky"}, "update", "Admin › Resources/Users"},
		{"create security level", noSecurity, "POST", "SecurityLevels", map[string]any{"name": "Sneaky", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}, "create", "Admin › Security Levels"},
		{"change security level", noSecurity, "PUT", "SecurityLevels", map[string]any{"id": legacy, "name": "Legacy Helpdesk"}, "update", "Admin › Security Levels"},
		{"delete security level", noSecurity, "DELETE", "SecurityLevels/" + itoa(legacy), nil, "delete", "Admin › Security Levels"},
	}
	before := e.call("GET", "SecurityLevels/"+itoa(legacy), nil).body
	for _, tc := range deny {
		t.Run(tc.name, func(t *testing.T) {
			r := e.raw(tc.method, e.zone+"V1.0/"+tc.path, tc.body, credHeader(tc.creds))
			if r.status != http.StatusInternalServerError {
				t.Fatalf("status %d, want 500: %s", r.status, r.body)
			}
			if !errorsContain(r, "The logged in Resource does not have the adequate permissions to "+tc.verb+" this entity type.") || !errorsContain(r, tc.needs) {
				t.Errorf("errors %q", r.errors())
			}
		})
	}
	if got := e.call("GET", "SecurityLevels/"+itoa(legacy), nil).body; string(got) != string(before) {
		t.Errorf("a refused write changed the level:\n%s\n%s", before, got)
	}
	if u, _ := e.ten.Get(entAPIUsers, sync); u["isActive"] != true {
		t.Errorf("a refused write deactivated %v", u)
	}
	if r, _ := e.ten.Get(entResources, tech); r["title"] == "Sneaky" {
		t.Errorf("a refused write changed %v", r)
	}
	// Each caller may still do what its level allows, and read everything.
	e.mustStatus(e.raw("PATCH", e.zone+"V1.0/ApiUsers", map[string]any{"id": sync, "lastName": "Sync Job"}, credHeader(noSecurity)), 200)
	e.mustStatus(e.raw("POST", e.zone+"V1.0/SecurityLevels", map[string]any{"name": "Allowed", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}, credHeader(noResources)), 200)
	e.mustStatus(e.raw("GET", e.zone+"V1.0/ApiUsers/"+itoa(sync), nil, credHeader(noResources)), 200)
	e.mustStatus(e.raw("POST", e.zone+"V1.0/SecurityLevels/query", "{}", credHeader(noSecurity)), 200)
	// The identity (API User (system)) may write everything.
	e.mustStatus(e.call("PATCH", "Resources", map[string]any{"id": tech, "title": "Lead Technician"}), 200)
}

// Impersonating a resource applies that resource's level to writes too.
func TestImpersonatedCallerLevelGuardsWrites(t *testing.T) {
	e := demoEnv(t)
	zoe := findID(t, e, entResources, "userName", "zadams") // Minimal Access
	h := credHeader(e.creds)
	h.Set("ImpersonationResourceId", itoa(zoe))
	r := e.raw("POST", e.zone+"V1.0/SecurityLevels", map[string]any{"name": "Impersonated", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}, h)
	if r.status != 500 || !errorsContain(r, "adequate permissions to create") || !errorsContain(r, "'Minimal Access (system)'") {
		t.Fatalf("impersonated create: %d %s", r.status, r.body)
	}
}

// Tracking identifiers: a vendor's is the same in every database, an
// internal integration's is generated per user and kept while it stays
// internal; switching kind replaces it.
func TestAPIUserTrackingIdentifier(t *testing.T) {
	e := demoEnv(t)
	other, err := e.srv.CreateTenant(TenantSpec{Name: "globex", Seed: SeedEmpty})
	if err != nil {
		t.Fatal(err)
	}
	mk := func(ten *Tenant, user string, fields map[string]any) map[string]any {
		t.Helper()
		body := map[string]any{"userName": user, "firstName": "A", "lastName": "B", "securityLevelID": int64(catalog.APIUserNoCosts)}
		for k, v := range fields {
			body[k] = v
		}
		id, err := ten.Create(entAPIUsers, body)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := ten.Get(entAPIUsers, id)
		return u
	}
	a := mk(e.ten, "rewst@acme.example.com", map[string]any{"integrationVendor": "rewst"})
	b := mk(other, "rewst@globex.example.com", map[string]any{"integrationVendor": "Rewst"})
	if a["integrationVendor"] != "Rewst" || a["internalIntegrationName"] != nil {
		t.Errorf("vendor user %v", a)
	}
	if a["integrationCode"] != b["integrationCode"] || len(a["integrationCode"].(string)) != catalog.TrackingIdentifierLen {
		t.Errorf("vendor codes %v and %v differ", a["integrationCode"], b["integrationCode"])
	}
	c := mk(e.ten, "sync1@acme.example.com", map[string]any{"internalIntegrationName": "Sync"})
	d := mk(e.ten, "sync2@acme.example.com", map[string]any{"internalIntegrationName": "Sync"})
	if c["integrationCode"] == d["integrationCode"] || c["integrationCode"] == a["integrationCode"] {
		t.Errorf("internal codes not unique: %v %v", c["integrationCode"], d["integrationCode"])
	}
	// Without either, the user is an internal integration named after itself.
	if n := mk(e.ten, "bare@acme.example.com", nil); n["internalIntegrationName"] != "bare@acme.example.com" || n["integrationVendor"] != nil {
		t.Errorf("bare user %v", n)
	}
	id := num(c["id"])
	// Renaming the internal integration keeps the identifier.
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "internalIntegrationName": "Sync v2"}), 200)
	renamed := e.call("GET", "ApiUsers/"+itoa(id), nil).item()
	if renamed["integrationCode"] != c["integrationCode"] || renamed["internalIntegrationName"] != "Sync v2" {
		t.Errorf("renamed %v", renamed)
	}
	// Becoming a vendor integration clears the name and takes the vendor's.
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "integrationVendor": "Rewst"}), 200)
	vend := e.call("GET", "ApiUsers/"+itoa(id), nil).item()
	if vend["integrationCode"] != a["integrationCode"] || vend["internalIntegrationName"] != nil {
		t.Errorf("switched to vendor %v", vend)
	}
	// And back: a fresh identifier.
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "internalIntegrationName": "Sync v3"}), 200)
	back := e.call("GET", "ApiUsers/"+itoa(id), nil).item()
	if back["integrationCode"] == a["integrationCode"] || back["integrationCode"] == c["integrationCode"] || back["integrationVendor"] != nil {
		t.Errorf("switched back %v", back)
	}
	// The identifier is the PSA's: a client cannot set it.
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "integrationCode": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0"}), 200)
	if got := e.call("GET", "ApiUsers/"+itoa(id), nil).item(); got["integrationCode"] != back["integrationCode"] {
		t.Errorf("client changed the identifier: %v", got)
	}
	// A user created without a secret gets one nobody is told.
	if _, leaked := back["secret"]; leaked {
		t.Errorf("secret rendered: %v", back)
	}
}
