package mockpsa

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// fieldsOf reads entityInformation/fields of entity, by field name.
func (e *env) fieldsOf(entity string) map[string]map[string]any {
	e.t.Helper()
	r := e.call("GET", entity+"/entityInformation/fields", nil)
	e.mustStatus(r, 200)
	out := map[string]map[string]any{}
	for _, f := range r.json()["fields"].([]any) {
		m := f.(map[string]any)
		out[m["name"].(string)] = m
	}
	return out
}

// picklistOf returns the picklist values of one field, by value.
func picklistOf(f map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	list, _ := f["picklistValues"].([]any)
	for _, p := range list {
		m := p.(map[string]any)
		out[m["value"].(string)] = m
	}
	return out
}

// The documented entities describe their fields as a live Autotask database
// does: names, data types, lengths, required / read-only / queryable flags
// and picklists (Resources as recorded from a live
// Resources/entityInformation/fields answer; the others per the published
// Swagger description's types).
func TestDocumentedFieldsAsTheRealService(t *testing.T) {
	e := demoEnv(t)
	type want struct {
		entity, name, dataType string
		length                 int
		required, readOnly     bool
		queryable, pickList    bool
	}
	rows := []want{
		{"Resources", "id", "long", 0, true, true, true, false},
		{"Resources", "userName", "string", 32, true, false, true, false},
		{"Resources", "firstName", "string", 50, true, false, true, false},
		{"Resources", "lastName", "string", 50, true, false, true, false},
		{"Resources", "email", "string", 254, true, false, true, false},
		{"Resources", "emailTypeCode", "string", 20, true, false, true, true},
		{"Resources", "isActive", "boolean", 0, true, false, true, false},
		{"Resources", "resourceType", "string", 15, true, false, true, true},
		{"Resources", "payrollType", "integer", 0, true, false, true, true},
		{"Resources", "numberFormat", "string", 20, true, false, true, true},
		{"Resources", "dateFormat", "string", 20, false, true, true, true},
		{"Resources", "timeFormat", "string", 20, false, true, true, true},
		{"Resources", "hireDate", "datetime", 0, true, true, true, false},
		{"Resources", "locationID", "integer", 0, true, true, true, true},
		{"Resources", "licenseType", "integer", 0, true, true, true, true},
		{"Resources", "userType", "integer", 0, true, true, true, true},
		{"Resources", "title", "string", 50, false, false, true, false},
		{"Resources", "officePhone", "string", 25, false, false, true, false},
		{"Resources", "mobilePhone", "string", 25, false, false, true, false},
		{"Resources", "initials", "string", 32, false, false, true, false},
		{"Resources", "middleName", "string", 50, false, false, true, false},
		{"Resources", "internalCost", "decimal", 0, false, true, true, false},
		{"Resources", "defaultServiceDeskRoleID", "long", 0, false, false, false, false},
		{"Contacts", "isActive", "integer", 0, true, false, true, false},
		{"Contacts", "companyID", "integer", 0, true, false, true, false},
		{"Companies", "isActive", "boolean", 0, false, false, true, false},
		{"ClientPortalUsers", "contactID", "integer", 0, true, false, true, false},
		{"ClientPortalUsers", "securityLevel", "integer", 0, true, false, true, false},
		{"ClientPortalUsers", "userName", "string", 200, true, false, true, false},
		{"ClientPortalUsers", "password", "string", 50, false, false, false, false},
		{"ClientPortalUsers", "isClientPortalActive", "boolean", 0, false, false, true, false},
		{"ClientPortalUsers", "dateFormat", "integer", 0, false, false, true, true},
		{"UserDefinedFieldDefinitions", "createDate", "datetime", 0, false, true, true, false},
		{"UserDefinedFieldDefinitions", "numberOfDecimalPlaces", "integer", 0, false, false, true, false},
		{"UserDefinedFieldListItems", "udfFieldId", "long", 0, true, false, true, false},
		{"UserDefinedFieldListItems", "valueForExport", "string", catalog.UDFListValueMaxLen, false, false, true, false},
	}
	fields := map[string]map[string]map[string]any{}
	for _, w := range rows {
		if fields[w.entity] == nil {
			fields[w.entity] = e.fieldsOf(w.entity)
		}
		f, ok := fields[w.entity][w.name]
		if !ok {
			t.Errorf("%s has no field %s", w.entity, w.name)
			continue
		}
		got := want{w.entity, w.name, f["dataType"].(string), int(num(f["length"])), f["isRequired"] == true, f["isReadOnly"] == true, f["isQueryable"] == true, f["isPickList"] == true}
		if got != w {
			t.Errorf("%s.%s:\n got %+v\nwant %+v", w.entity, w.name, got, w)
		}
	}
	// Fields the mock once invented are gone from Resources.
	for _, gone := range []string{"securityLevelID"} {
		if _, ok := fields["Resources"][gone]; ok {
			t.Errorf("Resources still has %s", gone)
		}
	}
	res := fields["Resources"]
	lic := picklistOf(res["licenseType"])
	for id, label := range map[string]string{"1": "Administrator", "2": "Executive", "3": "Professional", "4": "Team Member", "5": "Time & Attendance Only",
		"6": "Dashboard User", "7": "API User", "8": "Contractor", "9": "Co-managed Help Desk"} {
		if lic[id]["label"] != label {
			t.Errorf("licenseType %s = %v, want %q", id, lic[id], label)
		}
	}
	if rt := picklistOf(res["resourceType"]); len(rt) != 2 || rt["Employee"]["label"] != "Employee" || rt["Contractor"] == nil {
		t.Errorf("resourceType picklist %v", rt)
	}
	if et := picklistOf(res["emailTypeCode"]); et["PRIMARY"] == nil || len(et) != 5 {
		t.Errorf("emailTypeCode picklist %v", et)
	}
	// Picklist values are strings, with a label, a sort order and isSystem.
	for _, p := range res["licenseType"]["picklistValues"].([]any) {
		m := p.(map[string]any)
		for _, k := range []string{"value", "label", "isDefaultValue", "sortOrder", "isActive", "isSystem", "parentValue"} {
			if _, ok := m[k]; !ok {
				t.Errorf("picklist value %v lacks %s", m, k)
			}
		}
	}
	// Queries may not filter on a field that is not queryable, nor ask for a
	// write-only one.
	if r := e.call("POST", "Resources/query", `{"filter":[{"op":"exist","field":"defaultServiceDeskRoleID"}]}`); r.status != 500 || !errorsContain(r, "cannot be queried") {
		t.Errorf("filter on defaultServiceDeskRoleID: %d %s", r.status, r.body)
	}
	if r := e.call("POST", "ClientPortalUsers/query", `{"IncludeFields":["userName","password"]}`); r.status != 500 {
		t.Errorf("query asking for the password: %d %s", r.status, r.body)
	}
	if r := e.call("POST", "ClientPortalUsers/query", `{"filter":[{"op":"eq","field":"password","value":"x"}]}`); r.status != 500 {
		t.Errorf("query filtering on the password: %d %s", r.status, r.body)
	}
}

// userType is the resource's security level: its picklist lists every level
// of the tenant, system and custom, with isSystem, and a level's ID there is
// its ID in SecurityLevels.
func TestUserTypeIsTheSecurityLevel(t *testing.T) {
	e := demoEnv(t)
	r := e.call("POST", "SecurityLevels", map[string]any{"name": "Night Shift", "copiedFromSecurityLevelID": lv(catalog.TeamMember)})
	e.mustStatus(r, 200)
	night := r.itemID()
	picks := picklistOf(e.fieldsOf("Resources")["userType"])
	levels, _ := e.ten.List("SecurityLevels")
	if len(picks) != len(levels) {
		t.Errorf("userType lists %d values for %d levels", len(picks), len(levels))
	}
	for _, l := range levels {
		p := picks[itoa(l["id"].(int64))]
		if p == nil || p["label"] != l["name"] || p["isSystem"] != l["isSystem"] || num(p["sortOrder"]) != l["id"].(int64) {
			t.Errorf("level %v %v is %v in userType", l["id"], l["name"], p)
		}
	}
	for _, sl := range catalog.SystemLevels() {
		if p := picks[itoa(int64(sl.ID))]; p["label"] != sl.DisplayName || p["isSystem"] != true {
			t.Errorf("system level %d is %v", sl.ID, p)
		}
	}
	if p := picks[itoa(night)]; p["isSystem"] != false || p["label"] != "Night Shift" {
		t.Errorf("custom level %d is %v", night, p)
	}
	// Custom levels take IDs that are not system IDs; the demo's first ones
	// sit below the system range, as on a live database.
	var custom []int64
	for _, l := range levels {
		if l["isSystem"] == false {
			id := l["id"].(int64)
			custom = append(custom, id)
			if catalog.IsSystemLevelID(id) {
				t.Errorf("custom level %v took system id %d", l["name"], id)
			}
		}
	}
	if slices.Min(custom) >= int64(catalog.FullAccess) {
		t.Errorf("custom level ids %v never fall below the system ids", custom)
	}
	// A resource's userType is its level and licenseType follows it.
	jane, _ := e.ten.Get("Resources", e.resourceID("jdoe"))
	pro, _ := catalog.LicenseByType(catalog.LicenseProfessional)
	if jane["userType"] != lv(catalog.ServiceDeskUser) || jane["licenseType"] != int64(pro.ID) {
		t.Errorf("Jane Doe %v", jane)
	}
	// Filtering resources by level works on userType.
	ids := queryIDs(t, e, "Resources", map[string]any{"filter": []any{map[string]any{"op": "eq", "field": "userType", "value": lv(catalog.ServiceDeskUser)}}})
	if len(ids) < 5 {
		t.Errorf("%d resources on Service Desk User", len(ids))
	}
}

// An API user is the same record as its resource: licenseType 7, and its
// ApiUsers.securityLevelID is the resource's userType, whichever side
// changes.
func TestAPIUserIsItsResource(t *testing.T) {
	e := demoEnv(t)
	lvl, err := e.ten.Create("SecurityLevels", map[string]any{"name": "API - Backup", "copiedFromSecurityLevelID": lv(catalog.APIUserNoCosts)})
	if err != nil {
		t.Fatal(err)
	}
	r := e.call("POST", "ApiUsers", map[string]any{"userName": "backup@acme.example.com", "email": "it@acme.example.com", "firstName": "Backup", "lastName": "Sync", "securityLevelID": lv(catalog.APIUser)})
	e.mustStatus(r, 200)
	id := r.itemID()
	check := func(want int64) {
		t.Helper()
		res := e.call("GET", "Resources/"+itoa(id), nil).item()
		api := e.call("GET", "ApiUsers/"+itoa(id), nil).item()
		if num(res["userType"]) != want || num(api["securityLevelID"]) != want || num(res["licenseType"]) != apiUserLicenseID(t) {
			t.Errorf("userType %v, securityLevelID %v, licenseType %v; want level %d", res["userType"], api["securityLevelID"], res["licenseType"], want)
		}
		if res["resourceType"] != "Employee" || res["emailTypeCode"] != "PRIMARY" || res["hireDate"] == nil {
			t.Errorf("resource view %v", res)
		}
	}
	check(lv(catalog.APIUser))
	e.mustStatus(e.call("PATCH", "ApiUsers", map[string]any{"id": id, "securityLevelID": lvl}), 200)
	check(lvl)
	// through the API a resource's level is read-only; an administrator
	// moves it in the UI (out of band)
	e.mustStatus(e.call("PATCH", "Resources", map[string]any{"id": id, "userType": lv(catalog.APIUser)}), 200)
	check(lvl)
	if err := e.ten.Patch("Resources", id, map[string]any{"userType": lv(catalog.APIUser)}); err != nil {
		t.Fatal(err)
	}
	check(lv(catalog.APIUser))
	// API users are found in Resources by licence
	ids := queryIDs(t, e, "Resources", map[string]any{"filter": []any{map[string]any{"op": "eq", "field": "licenseType", "value": apiUserLicenseID(t)}}})
	apis, _ := e.ten.List("ApiUsers")
	if len(ids) != len(apis) || !slices.Contains(ids, id) {
		t.Errorf("licenseType 7 finds %v, ApiUsers has %d", ids, len(apis))
	}
}

// Which methods each documented entity has, as the published description
// lists them; others answer 405 with Autotask's wording.
func TestDocumentedMethods(t *testing.T) {
	e := demoEnv(t)
	nw := itoa(e.northwind())
	laura := itoa(e.firstContact())
	alex := itoa(e.resourceID("amorgan"))
	portalUser := itoa(findID(t, e, "ClientPortalUsers", "userName", "portal-user-1@customer.example.org"))
	udf := itoa(findID(t, e, "UserDefinedFieldDefinitions", "name", "Contract Tier"))
	for _, tc := range []struct {
		method, path string
		body         any
		status       int
	}{
		{"POST", "Resources", map[string]any{"firstName": "A"}, 405},
		{"DELETE", "Resources/" + alex, nil, 405},
		{"GET", "Resources/" + alex, nil, 200},
		{"PATCH", "Resources", map[string]any{"id": alex, "title": "Owner"}, 200},
		{"POST", "Contacts", map[string]any{"companyID": nw, "firstName": "A", "lastName": "B"}, 405},
		{"PATCH", "Contacts", map[string]any{"id": laura, "title": "x"}, 405},
		{"PUT", "Contacts", map[string]any{"id": laura, "title": "x"}, 405},
		{"DELETE", "Contacts/" + laura, nil, 405},
		{"GET", "Contacts/" + laura, nil, 200},
		{"POST", "Contacts/query", "{}", 200},
		{"GET", "Companies/" + nw + "/Contacts", nil, 200},
		{"GET", "Companies/" + nw + "/Contacts/" + laura, nil, 200},
		{"PATCH", "Companies/" + nw + "/Contacts", map[string]any{"id": laura, "title": "Practice Manager"}, 200},
		{"DELETE", "Companies", nil, 405},
		{"DELETE", "Companies/" + nw, nil, 405},
		{"DELETE", "ClientPortalUsers/" + portalUser, nil, 405},
		{"DELETE", "UserDefinedFieldDefinitions/" + udf, nil, 405},
		{"PUT", "ThresholdInformation", nil, 405},
		{"POST", "UserDefinedFieldListItems", map[string]any{"udfFieldId": udf, "valueForDisplay": "x"}, 405},
	} {
		r := e.call(tc.method, tc.path, tc.body)
		if r.status != tc.status {
			t.Errorf("%s %s: %d, want %d: %s", tc.method, tc.path, r.status, tc.status, r.body)
			continue
		}
		if tc.status == http.StatusMethodNotAllowed && r.json()["Message"] != "The requested resource does not support http method '"+tc.method+"'." {
			t.Errorf("%s %s: 405 body %s", tc.method, tc.path, r.body)
		}
	}
	// a contact created under its company carries the integer isActive
	r := e.call("POST", "Companies/"+nw+"/Contacts", map[string]any{"firstName": "New", "lastName": "Hire"})
	e.mustStatus(r, 200)
	ct := e.call("GET", "Contacts/"+itoa(r.itemID()), nil).item()
	if n, isNumber := ct["isActive"].(json.Number); !isNumber || n != "1" || ct["createDate"] == nil {
		t.Errorf("new contact %v", ct)
	}
	for _, bad := range []any{true, 2} {
		if r := e.call("PATCH", "Companies/"+nw+"/Contacts", map[string]any{"id": r.itemID(), "isActive": bad}); r.status != 500 || !errorsContain(r, "isActive") {
			t.Errorf("isActive %v: %d %s", bad, r.status, r.body)
		}
	}
	e.mustStatus(e.call("PATCH", "Companies/"+nw+"/Contacts", map[string]any{"id": r.itemID(), "isActive": 0}), 200)
	inactive := queryIDs(t, e, "Contacts", map[string]any{"filter": []any{map[string]any{"op": "eq", "field": "isActive", "value": 0}}})
	if !slices.Equal(inactive, []int64{r.itemID()}) {
		t.Errorf("inactive contacts %v", inactive)
	}
	if q := e.call("POST", "Contacts/query", `{"filter":[{"op":"eq","field":"isActive","value":true}]}`); q.status != 500 {
		t.Errorf("boolean filter on the integer isActive: %d %s", q.status, q.body)
	}
}

// IDs are large, scattered and the same on every run; nothing is
// consecutive.
func TestScatteredIDs(t *testing.T) {
	e := demoEnv(t)
	for _, entity := range []string{"Resources", "Contacts", "Companies"} {
		list, _ := e.ten.List(entity)
		consecutive := 0
		for i := 1; i < len(list); i++ {
			if list[i]["id"].(int64) == list[i-1]["id"].(int64)+1 {
				consecutive++
			}
		}
		if consecutive > len(list)/4 {
			t.Errorf("%s: %d of %d ids follow their predecessor", entity, consecutive, len(list))
		}
		if first := list[0]["id"].(int64); first < 1000000 {
			t.Errorf("%s ids start at %d", entity, first)
		}
	}
	other, err := New(Options{}).CreateTenant(TenantSpec{Name: "acme", Seed: SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := e.ten.List("Contacts")
	b, _ := other.List("Contacts")
	for i := range a {
		if a[i]["id"] != b[i]["id"] {
			t.Fatalf("contact %d: id %v then %v", i, a[i]["id"], b[i]["id"])
		}
	}
	// another tenant gets other IDs
	third, err := New(Options{}).CreateTenant(TenantSpec{Name: "globex", Seed: SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := third.List("Contacts")
	if c[len(c)-1]["id"] == a[len(a)-1]["id"] {
		t.Error("two tenants hand out the same contact ids")
	}
}

// Autotask's zone and version discovery, and the threshold answer.
func TestDiscoveryAndThresholdShapes(t *testing.T) {
	e := demoEnv(t)
	r := e.raw("GET", e.ts.URL+"/atservicesrest/versioninformation", nil, nil)
	if r.status != 200 || !strings.Contains(string(r.body), `"apiVersions":["V1.0","V2.0"]`) {
		t.Errorf("versioninformation %d %s", r.status, r.body)
	}
	z := e.raw("GET", e.ts.URL+"/atservicesrest/v1.0/zoneInformation?user="+e.creds.Username, nil, nil).json()
	for _, k := range []string{"zoneName", "url", "webUrl", "ci"} {
		if _, ok := z[k]; !ok {
			t.Errorf("zoneInformation lacks %s: %v", k, z)
		}
	}
	if u, _ := z["url"].(string); !strings.HasSuffix(u, "/ATServicesRest/") {
		t.Errorf("zone url %q", u)
	}
	if s := e.raw("GET", e.ts.URL+"/atservicesrest/V2.0/zoneInformation?user="+e.creds.Username, nil, nil).status; s != 404 {
		t.Errorf("V2.0 zoneInformation %d", s)
	}
	th := e.call("GET", "ThresholdInformation", nil).json()
	if num(th["externalRequestThreshold"]) != 10000 || num(th["requestThresholdTimeframe"]) != 60 || num(th["currentTimeframeRequestCount"]) < 1 {
		t.Errorf("threshold %v", th)
	}
}
