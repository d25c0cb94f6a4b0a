package mockpsa

import (
	"net/http"
	"path/filepath"
	"slices"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestSeeds(t *testing.T) {
	srv := New(Options{})
	empty, err := srv.CreateTenant(TenantSpec{Name: "empty"})
	if err != nil {
		t.Fatal(err)
	}
	demo, err := srv.CreateTenant(TenantSpec{Name: "demo", Seed: SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.CreateTenant(TenantSpec{Name: "x", Seed: "galaxy"}); err == nil {
		t.Error("unknown seed accepted")
	}
	if names := []string{srv.Tenants()[0].Name(), srv.Tenants()[1].Name()}; !slices.Equal(names, []string{"empty", "demo"}) {
		t.Errorf("tenants %v", names)
	}
	count := func(h *Tenant, entity string) int {
		l, err := h.List(entity)
		if err != nil {
			t.Fatal(err)
		}
		return len(l)
	}
	if n := count(empty, "SecurityLevels"); n != len(catalog.SystemLevels()) {
		t.Errorf("empty tenant has %d levels", n)
	}
	if n := count(empty, "ClientPortalSecurityLevels"); n != len(catalog.PortalLevels()) {
		t.Errorf("empty tenant has %d portal levels", n)
	}
	if n := count(empty, "ApiUsers"); n != 1 {
		t.Errorf("empty tenant has %d API users", n)
	}
	ss, ok := empty.Get("SecuritySettings", 1)
	if !ok || (ss["ssoRequired"] != true && ss["twoFactorRequired"] != true) || ss["lockoutEnabled"] != true || ss["lockoutThreshold"] != int64(5) {
		t.Errorf("security settings %v", ss)
	}
	if rec, _ := ss["securityEventRecipients"].([]string); len(rec) != 1 {
		t.Errorf("recipients %v", ss["securityEventRecipients"])
	}
	identity, _ := empty.Get("ApiUsers", empty.IdentityResourceID())
	if identity["securityLevelID"] != int64(catalog.APIUser) {
		t.Errorf("identity on level %v", identity["securityLevelID"])
	}
	for entity, atLeast := range map[string]int{"Resources": 25, "Companies": 10, "Contacts": 20, "ClientPortalUsers": 1, "UserDefinedFieldDefinitions": 4} {
		if n := count(demo, entity); n < atLeast {
			t.Errorf("demo has %d %s, want at least %d", n, entity, atLeast)
		}
	}
	custom := 0
	levels, _ := demo.List("SecurityLevels")
	for _, l := range levels {
		if l["isSystem"] == false {
			custom++
		}
	}
	if custom < 2 {
		t.Errorf("demo has %d custom levels", custom)
	}
	protected := 0
	udfs, _ := demo.List("UserDefinedFieldDefinitions")
	for _, u := range udfs {
		if u["isProtected"] == true {
			protected++
		}
	}
	if protected == 0 {
		t.Error("demo has no protected UDF")
	}
	// deterministic: a second server seeds the same data and credentials
	other, err := New(Options{}).CreateTenant(TenantSpec{Name: "demo", Seed: SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	if other.Credentials("u") != demo.Credentials("u") {
		t.Error("credentials are not deterministic")
	}
	a, _ := other.List("Resources")
	b, _ := demo.List("Resources")
	if len(a) != len(b) || a[5]["userName"] != b[5]["userName"] || a[5]["id"] != b[5]["id"] {
		t.Error("demo data is not deterministic")
	}
}

func TestUserDefinedFields(t *testing.T) {
	e := demoEnv(t)
	nw := e.northwind()
	co := e.call("GET", "Companies/"+itoa(nw), nil).item()
	udfs, _ := co["userDefinedFields"].([]any)
	if len(udfs) != 3 {
		t.Fatalf("udfs %v", co["userDefinedFields"])
	}
	// PATCH merges by name; other values stay
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "contract tier", "value": "Platinum"}}}), 200)
	got, _ := e.ten.Get("Companies", nw)
	list, _ := got["userDefinedFields"].([]map[string]any)
	vals := map[string]any{}
	for _, u := range list {
		vals[u["name"].(string)] = u["value"]
	}
	if vals["Contract Tier"] != "Platinum" || vals["Billing Code"] != "CUST-100" || len(vals) != 3 {
		t.Errorf("after merge %v", vals)
	}
	// numbers are checked, null clears
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "Seats Under Contract", "value": "many"}}}), 500)
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "Seats Under Contract", "value": 12}}}), 200)
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "Billing Code", "value": nil}}}), 200)
	ids := queryIDs(t, e, "Companies", map[string]any{"filter": []any{map[string]any{"op": "notExist", "field": "Billing Code", "udf": true}}})
	if !slices.Equal(ids, []int64{nw}) {
		t.Errorf("notExist udf %v", ids)
	}
	ids = queryIDs(t, e, "Companies", map[string]any{"filter": []any{map[string]any{"op": "gte", "field": "Seats Under Contract", "value": 70, "udf": true}}})
	if len(ids) != 1 { // 73 (i=9); 12 now on Northwind
		t.Errorf("numeric udf compare %v", ids)
	}
	// resources filter by their own UDF
	ids = queryIDs(t, e, "Resources", map[string]any{"filter": []any{map[string]any{"op": "beginsWith", "field": "badge number", "value": "b-", "udf": true}}})
	humans := 0
	all, _ := e.ten.List("Resources")
	for _, r := range all {
		if r["licenseType"] != apiUserLicenseID(t) {
			humans++
		}
	}
	if len(ids) != humans || humans < 25 {
		t.Errorf("resource udf filter found %d", len(ids))
	}
	// a field of another entity type is unknown here
	contacts := "Companies/" + itoa(nw) + "/Contacts"
	laura := e.firstContact()
	e.mustStatus(e.call("PATCH", contacts, map[string]any{"id": laura, "userDefinedFields": []any{map[string]any{"name": "Billing Code", "value": "x"}}}), 500)
	e.mustStatus(e.call("PATCH", contacts, map[string]any{"id": laura, "userDefinedFields": []any{map[string]any{"name": "Emergency Phone", "value": "+1 555"}}}), 200)
	e.mustStatus(e.call("PATCH", contacts, map[string]any{"id": laura, "userDefinedFields": "x"}), 500)
}

func TestProtectedDataAndSettings(t *testing.T) {
	e := demoEnv(t)
	// every resource has one row; admins and API users hold all four rights
	admin := e.call("GET", "ProtectedDataPermissions/"+itoa(e.resourceID("amorgan")), nil).item() // Alex Morgan, System Administrator
	techID := e.resourceID("jdoe")                                                                // Jane Doe, Service Desk User
	tech := e.call("GET", "ProtectedDataPermissions/"+itoa(techID), nil).item()
	if admin["canEditProtectedData"] != true || tech["canViewProtectedData"] != false || tech["canEditUnprotectedData"] != true || num(tech["resourceID"]) != techID {
		t.Errorf("defaults admin %v tech %v", admin, tech)
	}
	e.mustStatus(e.call("PATCH", "ProtectedDataPermissions", map[string]any{"id": techID, "canViewProtectedData": true}), 200)
	e.mustStatus(e.call("PUT", "ProtectedDataPermissions", map[string]any{"id": techID, "canViewUnprotectedData": true}), 200)
	got := e.call("GET", "ProtectedDataPermissions/"+itoa(techID), nil).item()
	if got["canViewProtectedData"] != false || got["canViewUnprotectedData"] != true || got["canEditUnprotectedData"] != false {
		t.Errorf("after PUT %v", got)
	}
	// create is allowed once per resource: after an out-of-band removal
	if err := e.ten.Delete("ProtectedDataPermissions", techID); err != nil {
		t.Fatal(err)
	}
	r := e.call("POST", "ProtectedDataPermissions", map[string]any{"resourceID": techID, "canViewProtectedData": true})
	e.mustStatus(r, 200)
	if r.itemID() != techID {
		t.Errorf("itemId %d, want the resource id", r.itemID())
	}
	e.mustStatus(e.call("POST", "ProtectedDataPermissions", map[string]any{"resourceID": techID}), 500)
	e.mustStatus(e.call("POST", "ProtectedDataPermissions", map[string]any{"resourceID": 1}), 500)
	e.mustStatus(e.call("DELETE", "ProtectedDataPermissions/"+itoa(techID), nil), 405)

	// security settings: update only
	e.mustStatus(e.call("PATCH", "SecuritySettings", map[string]any{"id": 1, "ssoRequired": true, "lockoutThreshold": 3,
		"securityEventRecipients": []any{"soc@acme.example.com", "it@acme.example.com"}}), 200)
	ss := e.call("GET", "SecuritySettings/1", nil).item()
	if ss["ssoRequired"] != true || num(ss["lockoutThreshold"]) != 3 || ss["twoFactorRequired"] != true {
		t.Errorf("settings %v", ss)
	}
	if n := len(ss["securityEventRecipients"].([]any)); n != 2 {
		t.Errorf("recipients %v", ss["securityEventRecipients"])
	}
	e.mustStatus(e.call("PATCH", "SecuritySettings", map[string]any{"id": 1, "securityEventRecipients": []any{"a@b.example", "A@B.example"}}), 500)
	e.mustStatus(e.call("PATCH", "SecuritySettings", map[string]any{"id": 1, "lockoutDurationMinutes": 0}), 500)
	e.mustStatus(e.call("PUT", "SecuritySettings", map[string]any{"id": 1, "lockoutThreshold": 10}), 500) // duration required
	e.mustStatus(e.call("DELETE", "SecuritySettings/1", nil), 405)
	ids := queryIDs(t, e, "SecuritySettings", map[string]any{"filter": []any{map[string]any{"op": "contains", "field": "securityEventRecipients", "value": "SOC@"}}})
	if !slices.Equal(ids, []int64{1}) {
		t.Errorf("recipient filter %v", ids)
	}
}

func TestPortalUsersAndContacts(t *testing.T) {
	e := demoEnv(t)
	contact := findID(t, e, "Contacts", "lastName", "Stone")
	basic := int64(catalog.PortalBasic)
	r := e.call("POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "amy.stone@bluebird.example.org", "password": "Blue-bird1", "securityLevel": basic})
	e.mustStatus(r, 200)
	u := e.call("GET", "ClientPortalUsers/"+itoa(r.itemID()), nil).item()
	if _, leaked := u["password"]; leaked || u["isClientPortalActive"] != true || num(u["securityLevel"]) != basic {
		t.Errorf("portal user %v", u)
	}
	e.mustStatus(e.call("POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "second@x.org", "password": "Blue-bird1", "securityLevel": basic}), 500)
	e.mustStatus(e.call("PATCH", "ClientPortalUsers", map[string]any{"id": r.itemID(), "securityLevel": int64(catalog.PortalAdvanced), "password": "New-pass-2"}), 200)
	// a contact with a portal user cannot be deleted (through its company:
	// the root answers 405)
	e.mustStatus(e.call("DELETE", "Contacts/"+itoa(contact), nil), 405)
	bluebird := findID(t, e, "Companies", "companyName", "Bluebird Logistics")
	d := e.call("DELETE", "Companies/"+itoa(bluebird)+"/Contacts/"+itoa(contact), nil)
	e.mustStatus(d, 500)
	if !errorsContain(d, "amy.stone@bluebird.example.org") {
		t.Errorf("errors %v", d.errors())
	}
	// custom portal levels start from the catalogue's custom defaults
	r = e.call("POST", "ClientPortalSecurityLevels", map[string]any{"name": "Taskfire Techs", "type": 2})
	e.mustStatus(r, 200)
	lvl := e.call("GET", "ClientPortalSecurityLevels/"+itoa(r.itemID()), nil).item()
	defaults := catalog.PortalCustomDefaults(catalog.PortalTaskfire)
	for _, p := range catalog.PortalPermissions() {
		want := wireValue(t, &p.Permission, defaults[p.Key])
		if !sameWire(lvl[p.Field], want) {
			t.Errorf("%s = %v, want %v", p.Field, lvl[p.Field], want)
		}
	}
	if lvl["isSystem"] != false || num(lvl["type"]) != 2 {
		t.Errorf("level %v", lvl)
	}
	e.mustStatus(e.call("PATCH", "ClientPortalSecurityLevels", map[string]any{"id": r.itemID(), "taskfireSetup": true, "deviceAccess": 2, "deviceScope": 2}), 200)
	e.mustStatus(e.call("DELETE", "ClientPortalSecurityLevels/"+itoa(r.itemID()), nil), 200)
}

func TestGoAPIMisc(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	srv := New(Options{StatePath: path})
	if _, err := srv.CreateTenant(TenantSpec{Name: "acme", Zone: "WebServices2"}); err != nil {
		t.Fatal(err)
	}
	if err := srv.SaveState(); err != nil {
		t.Fatal(err)
	}
	if err := New(Options{}).SaveState(); err == nil {
		t.Error("SaveState without a path succeeded")
	}
	h, ok := srv.Tenant("acme")
	if !ok || h.Zone() != "webservices2" || h.Name() != "acme" {
		t.Fatalf("tenant %v", h)
	}
	if _, err := srv.CreateTenant(TenantSpec{Name: "acme"}); err == nil {
		t.Error("duplicate tenant accepted")
	}
	if _, err := srv.CreateTenant(TenantSpec{Name: "b", Zone: "_mock"}); err == nil {
		t.Error("reserved zone accepted")
	}
	if _, err := srv.CreateTenant(TenantSpec{Name: "c", RequestBudget: -1}); err == nil {
		t.Error("negative budget accepted")
	}
	if err := h.SetRequestBudget(-2); err == nil {
		t.Error("negative budget accepted")
	}
	if _, err := h.List("Nope"); err == nil {
		t.Error("unknown entity listed")
	}
	if _, ok := h.Get("Nope", 1); ok {
		t.Error("unknown entity read")
	}
	if err := h.Patch("Nope", 1, nil); err == nil {
		t.Error("unknown entity patched")
	}
	if err := h.Delete("Nope", 1); err == nil {
		t.Error("unknown entity deleted")
	}
	err := h.Patch("SecurityLevels", 99999, map[string]any{"name": "x"})
	if ae, ok := err.(*APIError); !ok || ae.Status != http.StatusNotFound || ae.Error() == "" { //nolint:errorlint // direct value
		t.Errorf("patch of a missing level: %v", err)
	}
	if !srv.DeleteTenant("acme") || srv.DeleteTenant("acme") {
		t.Error("DeleteTenant")
	}
	again, err := Open(Options{StatePath: path})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Tenants()) != 0 {
		t.Error("deleted tenant persisted")
	}
}

func TestTaskfireLevelsNeedTaskfireAccess(t *testing.T) {
	e := demoEnv(t)
	tf := int64(catalog.PortalTaskfireAdministrator)
	noTF := findID(t, e, "Contacts", "lastName", "Stone")  // Bluebird Logistics
	withTF := findID(t, e, "Contacts", "lastName", "Hart") // Summit Accounting
	r := e.call("POST", "ClientPortalUsers", map[string]any{"contactID": noTF, "userName": "amy@bluebird.example.org", "password": "Taskfire-1", "securityLevel": tf})
	e.mustStatus(r, 500)
	if !errorsContain(r, "has no Taskfire access") {
		t.Errorf("errors %v", r.errors())
	}
	e.mustStatus(e.call("POST", "ClientPortalUsers", map[string]any{"contactID": withTF, "userName": "george@summit.example.org", "password": "Taskfire-1", "securityLevel": tf}), 200)
	// enabling Taskfire on the organization lifts the restriction
	bluebird := findID(t, e, "Companies", "companyName", "Bluebird Logistics")
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": bluebird, "isTaskFireActive": true}), 200)
	e.mustStatus(e.call("POST", "ClientPortalUsers", map[string]any{"contactID": noTF, "userName": "amy@bluebird.example.org", "password": "Taskfire-1", "securityLevel": tf}), 200)
}
