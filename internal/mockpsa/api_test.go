package mockpsa

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestDiscovery(t *testing.T) {
	e := demoEnv(t)
	tests := []struct {
		name   string
		path   string
		status int
		check  func(t *testing.T, r response)
	}{
		{"version information", "/atservicesrest/versioninformation", 200, func(t *testing.T, r response) {
			if got := string(r.body); !strings.Contains(got, `"apiVersions":["V1.0","V2.0"]`) {
				t.Errorf("body %s", got)
			}
		}},
		{"version information mixed case", "/ATServicesRest/VersionInformation", 200, nil},
		{"zone information", "/ATServicesRest/V1.0/zoneInformation?user=" + e.creds.Username, 200, func(t *testing.T, r response) {
			m := r.json()
			if m["url"] != e.ts.URL+"/webservices3/ATServicesRest/" || m["webUrl"] != e.ts.URL+"/webservices3/" || m["zoneName"] != "Zone 3" || num(m["ci"]) != 1 {
				t.Errorf("zone info %v", m)
			}
		}},
		{"zone information lower case", "/atservicesrest/v1.0/zoneinformation?user=" + strings.ToUpper(e.creds.Username), 200, nil},
		{"V2.0 zone information is 404", "/ATServicesRest/V2.0/zoneInformation?user=" + e.creds.Username, 404, nil},
		{"unknown user", "/ATServicesRest/V1.0/zoneInformation?user=nobody@example.com", 500, func(t *testing.T, r response) {
			if errs := r.errors(); len(errs) != 1 || errs[0] != "Zone information could not be determined" {
				t.Errorf("errors %v", errs)
			}
		}},
		{"unknown path", "/nothing/here", 404, nil},
		{"root", "/", 404, nil},
		{"doubled slashes", "//ATServicesRest//versionInformation", 200, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.raw(http.MethodGet, e.ts.URL+tc.path, nil, nil)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

func TestAuthentication(t *testing.T) {
	e := demoEnv(t)
	good := e.creds
	tests := []struct {
		name   string
		mutate func(h http.Header)
		url    string
		status int
		msg    string
	}{
		{"good", func(http.Header) {}, "", 200, ""},
		{"wrong secret", func(h http.Header) { h.Set("Secret", "not-the-secret") }, "", 401, "denied"},
		{"missing secret", func(h http.Header) { h.Del("Secret") }, "", 401, "required"},
		{"unknown user", func(h http.Header) { h.Set("UserName", "ghost@example.com") }, "", 500, "no API user"},
		{"unknown integration code", func(h http.Header) { h.Set("ApiIntegrationCode", strings.Repeat("Z", 27)) }, "", 500, "ApiIntegrationCode"},
		{"missing integration code", func(h http.Header) { h.Del("ApiIntegrationCode") }, "", 500, "ApiIntegrationCode"},
		{"wrong zone", func(http.Header) {}, e.ts.URL + "/webservices9/ATServicesRest/V1.0/Resources/" + itoa(e.ten.IdentityResourceID()), 401, "zone"},
		{"root is no zone", func(http.Header) {}, e.ts.URL + "/ATServicesRest/V1.0/Resources/" + itoa(e.ten.IdentityResourceID()), 401, "zone"},
		{"impersonating a resource", func(h http.Header) { h.Set("ImpersonationResourceId", itoa(e.resourceID("amorgan"))) }, "", 200, ""},
		{"impersonating nobody", func(h http.Header) { h.Set("ImpersonationResourceId", "42") }, "", 500, "ImpersonationResourceId"},
		{"a human user cannot use the API", func(h http.Header) { h.Set("UserName", "amorgan") }, "", 500, "no API user"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := credHeader(good)
			tc.mutate(h)
			u := tc.url
			if u == "" {
				u = e.zone + "V1.0/Resources/" + itoa(e.ten.IdentityResourceID())
			}
			r := e.raw(http.MethodGet, u, nil, h)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.msg != "" && !errorsContain(r, tc.msg) {
				t.Errorf("errors %v do not mention %q", r.errors(), tc.msg)
			}
		})
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestCallShapes(t *testing.T) {
	e := demoEnv(t)
	// GET by id
	r := e.call("GET", strings.ToLower(levelPath(catalog.APIUser)), nil)
	e.mustStatus(r, 200)
	item := r.item()
	if item["name"] != "API User (system)" || num(item["id"]) != 13 {
		t.Errorf("API User (system) is %v %v", item["id"], item["name"])
	}
	if item["isSystem"] != true || num(item["licenseType"]) != apiUserLicenseID(t) {
		t.Errorf("system level %v", item)
	}
	for _, p := range catalog.Permissions() {
		v, ok := item[p.Field]
		if !ok {
			t.Fatalf("missing permission field %s", p.Field)
		}
		switch p.Kind {
		case catalog.KindBool:
			if _, ok := v.(bool); !ok {
				t.Errorf("%s = %T, want bool", p.Field, v)
			}
		case catalog.KindAccess, catalog.KindChoice:
			if _, ok := v.(json.Number); !ok {
				t.Errorf("%s = %T, want integer", p.Field, v)
			}
		case catalog.KindText:
			if _, ok := v.(string); !ok {
				t.Errorf("%s = %T, want string", p.Field, v)
			}
		}
	}
	// every system level carries its catalogue defaults
	for _, sl := range catalog.SystemLevels() {
		got := e.call("GET", "SecurityLevels/"+itoa(int64(sl.ID)), nil).item()
		for _, p := range catalog.Permissions() {
			want, _ := sl.Default(p.Key)
			if !sameWire(got[p.Field], wireValue(t, p, want)) {
				t.Errorf("%s.%s = %v, want %v (%s)", sl.Name, p.Field, got[p.Field], wireValue(t, p, want), want)
			}
		}
	}
	// missing id and method not allowed
	e.mustStatus(e.call("GET", "SecurityLevels/999999", nil), 404)
	r = e.call("GET", "SecurityLevels", nil)
	e.mustStatus(r, 405)
	if m := r.json()["Message"]; m != "The requested resource does not support http method 'GET'." {
		t.Errorf("405 body %s", r.body)
	}
	e.mustStatus(e.call("DELETE", "SecurityLevels/query", nil), 405)
	e.mustStatus(e.call("GET", "NoSuchEntity/1", nil), 404)

	// create -> itemId, PATCH changes only what is sent, PUT nulls the rest
	r = e.call("POST", "Companies", map[string]any{"companyName": "Acme Widgets", "phone": "555-0100", "city": "Omaha"})
	e.mustStatus(r, 200)
	id := r.itemID()
	if id == 0 {
		t.Fatalf("no itemId in %s", r.body)
	}
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": id, "CITY": "Lincoln"}), 200)
	got := e.call("GET", "Companies/"+itoa(id), nil).item()
	if got["city"] != "Lincoln" || got["phone"] != "555-0100" || got["companyName"] != "Acme Widgets" {
		t.Errorf("after PATCH %v", got)
	}
	e.mustStatus(e.call("PUT", "Companies", map[string]any{"id": id, "companyName": "Acme Widgets Inc"}), 200)
	got = e.call("GET", "Companies/"+itoa(id), nil).item()
	if got["companyName"] != "Acme Widgets Inc" || got["phone"] != nil || got["city"] != nil {
		t.Errorf("after PUT %v", got)
	}
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": 987654, "city": "x"}), 404)

	// child path
	r = e.call("POST", "Companies/"+itoa(id)+"/Contacts", map[string]any{"firstName": "Wile", "lastName": "Coyote"})
	e.mustStatus(r, 200)
	cid := r.itemID()
	r = e.call("GET", "Companies/"+itoa(id)+"/Contacts", nil)
	e.mustStatus(r, 200)
	if items := r.items(); len(items) != 1 || num(items[0]["companyID"]) != id {
		t.Errorf("children %s", r.body)
	}
	e.mustStatus(e.call("GET", "Companies/"+itoa(id)+"/Contacts/"+itoa(cid), nil), 200)
	e.mustStatus(e.call("POST", "Companies/"+itoa(id)+"/Contacts", map[string]any{"firstName": "A", "lastName": "B", "companyID": id + 1}), 500)
	e.mustStatus(e.call("PATCH", "Companies/"+itoa(id)+"/Contacts", map[string]any{"id": cid, "title": "Genius"}), 200)
	e.mustStatus(e.call("GET", "Companies/1/Contacts", nil), 404)
	e.mustStatus(e.call("DELETE", "Companies/"+itoa(id)+"/Contacts/"+itoa(cid), nil), 200)
	e.mustStatus(e.call("GET", "Contacts/"+itoa(cid), nil), 404)

	// delete
	r = e.call("POST", "SecurityLevels", map[string]any{"name": "Temp", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)})
	e.mustStatus(r, 200)
	lvl := r.itemID()
	if catalog.IsSystemLevelID(lvl) || lvl <= 0 {
		t.Errorf("custom level took id %d", lvl)
	}
	e.mustStatus(e.call("DELETE", "SecurityLevels/"+itoa(lvl), nil), 200)
	e.mustStatus(e.call("GET", "SecurityLevels/"+itoa(lvl), nil), 404)
	e.mustStatus(e.call("DELETE", "SecurityLevels/"+itoa(lvl), nil), 404)
}

func TestEntityInformation(t *testing.T) {
	e := demoEnv(t)
	tests := []struct {
		entity                             string
		create, update, query, del, hasUDF bool
	}{
		{"Resources", false, true, true, false, true},
		{"ApiUsers", true, true, true, false, false},
		{"SecurityLevels", true, true, true, true, false},
		{"ClientPortalUsers", true, true, true, false, false},
		{"UserDefinedFieldDefinitions", true, true, true, false, false},
		{"ClientPortalSecurityLevels", true, true, true, true, false},
		{"ProtectedDataPermissions", true, true, true, false, false},
		{"SecuritySettings", false, true, true, false, false},
		{"Companies", true, true, true, false, true},
		{"Contacts", true, true, true, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.entity, func(t *testing.T) {
			r := e.call("GET", strings.ToLower(tc.entity)+"/entityInformation", nil)
			e.mustStatus(r, 200)
			info, _ := r.json()["info"].(map[string]any)
			if info["name"] != tc.entity || info["canCreate"] != tc.create || info["canUpdate"] != tc.update ||
				info["canQuery"] != tc.query || info["canDelete"] != tc.del || info["hasUserDefinedFields"] != tc.hasUDF {
				t.Errorf("info %v", info)
			}
		})
	}
	r := e.call("GET", "SecurityLevels/entityInformation/fields", nil)
	e.mustStatus(r, 200)
	fields, _ := r.json()["fields"].([]any)
	byName := map[string]map[string]any{}
	for _, f := range fields {
		m := f.(map[string]any)
		byName[m["name"].(string)] = m
	}
	for _, p := range catalog.Permissions() {
		f, ok := byName[p.Field]
		if !ok {
			t.Fatalf("fields lack %s", p.Field)
		}
		if p.Kind == catalog.KindAccess || p.Kind == catalog.KindChoice {
			picks, _ := f["picklistValues"].([]any)
			if f["isPickList"] != true || len(picks) != len(p.Options) {
				t.Fatalf("%s picklist %v", p.Field, f)
			}
			for i, o := range p.Options {
				pv := picks[i].(map[string]any)
				if pv["value"] != itoa(int64(o.ID)) || pv["label"] != string(o.Value) {
					t.Errorf("%s option %d = %v, want value %q label %q", p.Field, i, pv, itoa(int64(o.ID)), o.Value)
				}
			}
		}
	}
	if f := byName["licenseType"]; f["isReadOnly"] != true {
		t.Errorf("licenseType %v", f)
	}
	r = e.call("GET", "Companies/entityInformation/userDefinedFields", nil)
	e.mustStatus(r, 200)
	if !strings.Contains(string(r.body), `"Billing Code"`) {
		t.Errorf("udf info %s", r.body)
	}
}

func TestThresholdInformation(t *testing.T) {
	e := newEnv(t, Options{RequestBudget: 250}, TenantSpec{})
	for range 3 {
		e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	}
	r := e.call("GET", "ThresholdInformation", nil)
	e.mustStatus(r, 200)
	m := r.json()
	if num(m["externalRequestThreshold"]) != 250 || num(m["requestThresholdTimeframe"]) != 60 || num(m["currentTimeframeRequestCount"]) != 4 {
		t.Errorf("threshold %v", m)
	}
}

func TestAPIUserMirroredInResources(t *testing.T) {
	e := demoEnv(t)
	r := e.call("POST", "ApiUsers", map[string]any{
		"userName": "rewst@acme.example.com", "firstName": "Rewst", "lastName": "Integration",
		"securityLevelID": int(catalog.APIUserNoCosts), "secret": "s3cret-value-1",
	})
	e.mustStatus(r, 200)
	id := r.itemID()
	api := e.call("GET", "ApiUsers/"+itoa(id), nil).item()
	if _, leaked := api["secret"]; leaked {
		t.Errorf("secret returned: %v", api)
	}
	if code, _ := api["integrationCode"].(string); len(code) != 27 {
		t.Errorf("integration code %q", code)
	}
	res := e.call("GET", "Resources/"+itoa(id), nil).item()
	if num(res["licenseType"]) != apiUserLicenseID(t) || res["userName"] != "rewst@acme.example.com" {
		t.Errorf("resource view %v", res)
	}
	// a regular resource is not an API user
	e.mustStatus(e.call("GET", "ApiUsers/"+itoa(e.resourceID("amorgan")), nil), 404)
	// the new API user's credentials work
	c := Credentials{BaseURL: e.ts.URL, Username: "rewst@acme.example.com", Secret: "s3cret-value-1", IntegrationCode: api["integrationCode"].(string)}
	e.mustStatus(e.raw("GET", e.zone+"V1.0/Resources/"+itoa(id), nil, credHeader(c)), 200)
	// protected data permissions exist for it with all four rights
	pdp := e.call("GET", "ProtectedDataPermissions/"+itoa(id), nil).item()
	if pdp["canViewProtectedData"] != true || pdp["canEditProtectedData"] != true {
		t.Errorf("pdp %v", pdp)
	}
	// secret rotation through PATCH
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "secret": "rotated-secret-2"}), 200)
	e.mustStatus(e.raw("GET", e.zone+"V1.0/Resources/"+itoa(id), nil, credHeader(c)), 401)
	c.Secret = "rotated-secret-2"
	e.mustStatus(e.raw("GET", e.zone+"V1.0/Resources/"+itoa(id), nil, credHeader(c)), 200)
	// API users cannot be deleted through the API, only deactivated; an
	// inactive one cannot sign in.
	e.mustStatus(e.call("DELETE", "ApiUsers/"+itoa(id), nil), 405)
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "isActive": false}), 200)
	e.mustStatus(e.raw("GET", e.zone+"V1.0/Resources/"+itoa(id), nil, credHeader(c)), 401)
	// out of band (the web UI's administrator) it can go
	if err := e.ten.Delete("ApiUsers", id); err != nil {
		t.Fatal(err)
	}
	e.mustStatus(e.call("GET", "Resources/"+itoa(id), nil), 404)
	e.mustStatus(e.call("GET", "ProtectedDataPermissions/"+itoa(id), nil), 404)
}

func TestRestrictedCallerSeesEmptyAnswers(t *testing.T) {
	e := demoEnv(t)
	none := int64(3) // Option ID of None for access permissions
	p, _ := catalog.PermissionByKey(catalog.KeyCompaniesView)
	if o, _ := p.Option(catalog.None); int64(o.ID) != none {
		t.Fatalf("None is %d", o.ID)
	}
	lvl, err := e.ten.Create("SecurityLevels", map[string]any{"name": "API no CRM", "copiedFromSecurityLevelID": lv(catalog.APIUser), p.Field: none})
	if err != nil {
		t.Fatal(err)
	}
	id, err := e.ten.Create("ApiUsers", map[string]any{"userName": "nocrm@acme.example.com", "firstName": "No", "lastName": "CRM", "securityLevelID": lvl, "secret": "no-crm-secret"})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := e.ten.Get("ApiUsers", id)
	c := Credentials{Username: "nocrm@acme.example.com", Secret: "no-crm-secret", IntegrationCode: u["integrationCode"].(string)}
	r := e.raw("GET", e.zone+"V1.0/Companies/"+itoa(e.northwind()), nil, credHeader(c))
	e.mustStatus(r, 200)
	if string(r.body) != "{\"item\":null}\n" {
		t.Errorf("hidden GET answered %s", r.body)
	}
	r = e.raw("POST", e.zone+"V1.0/Companies/query", "{}", credHeader(c))
	if r.status != 200 || len(r.items()) != 0 {
		t.Errorf("hidden query answered %d %s", r.status, r.body)
	}
	r = e.raw("POST", e.zone+"V1.0/Companies/query/count", "{}", credHeader(c))
	if num(r.json()["queryCount"]) != 0 {
		t.Errorf("hidden count %s", r.body)
	}
	// contacts stay visible: the level still has contacts view
	r = e.raw("POST", e.zone+"V1.0/Contacts/query", "{}", credHeader(c))
	if len(r.items()) == 0 {
		t.Error("contacts hidden too")
	}
	// the data still exists for the identity
	if got := e.call("GET", "Companies/"+itoa(e.northwind()), nil).item(); got["companyName"] != "Northwind Dental" {
		t.Errorf("identity sees %v", got)
	}
	// impersonating a Minimal Access resource hides companies and child contacts
	zoe := findID(t, e, "Resources", "userName", "zadams")
	h := credHeader(e.creds)
	h.Set("ImpersonationResourceId", itoa(zoe))
	if r := e.raw("GET", e.zone+"V1.0/Companies/"+itoa(e.northwind())+"/Contacts", nil, h); len(r.items()) != 0 {
		t.Errorf("impersonated child list %s", r.body)
	}
}
