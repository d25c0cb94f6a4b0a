package mockpsa

import (
	"fmt"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestRules(t *testing.T) {
	e := demoEnv(t)
	legacy := findID(t, e, "SecurityLevels", "name", "Legacy Helpdesk")
	portalUser := findID(t, e, "ClientPortalUsers", "userName", "portal-user-1@customer.example.org")
	contact := findID(t, e, "Contacts", "lastName", "Stone") // has no portal user
	apiLevel := findID(t, e, "SecurityLevels", "name", "API - Accounting Sync")
	financeLvl := findID(t, e, "ClientPortalSecurityLevels", "name", "Customer Finance")
	apiUser := findID(t, e, "ApiUsers", "userName", "accounting-sync@acme.example.com")
	alex := e.resourceID("amorgan") // System Administrator
	basic := int64(catalog.PortalBasic)

	tests := []struct {
		name   string
		method string
		path   string
		body   any
		status int
		msgs   []string // every one must appear in some error
	}{
		// values outside the catalogue
		{"unknown field", "POST", "SecurityLevels", map[string]any{"name": "A", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser), "projectsTeleport": 1}, 500,
			[]string{"Unknown field 'projectsTeleport'"}},
		{"picklist value outside the catalogue", "POST", "SecurityLevels", map[string]any{"name": "A", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser), "projectsProjectView": 9}, 500,
			[]string{"Invalid value 9 for field 'projectsProjectView'", "3 (None), 2 (Mine), 1 (All)"}},
		{"string for a picklist", "POST", "SecurityLevels", map[string]any{"name": "A", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser), "projectsProjectView": "All"}, 500,
			[]string{"'projectsProjectView' must be an integer"}},
		{"number for a boolean", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "projectsProjectAdd": 1}, 500,
			[]string{"'projectsProjectAdd' must be a boolean"}},
		{"null permission", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "serviceDeskTicketsView": nil}, 500,
			[]string{"'serviceDeskTicketsView' cannot be null"}},
		{"empty text permission", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "projectsRenderTasksAs": " "}, 500,
			[]string{"'projectsRenderTasksAs' cannot be empty"}},
		{"license forbids module", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "adminManageResources": true}, 500,
			[]string{"'adminManageResources'", "Professional license", "Admin"}},
		// system levels
		{"edit system level", "PATCH", "SecurityLevels", map[string]any{"id": lv(catalog.ServiceDeskUser), "description": "x"}, 500, []string{"system security level and cannot be edited"}},
		{"put system level", "PUT", "SecurityLevels", map[string]any{"id": lv(catalog.SystemAdministrator), "name": "Root"}, 500, []string{"cannot be edited"}},
		{"delete system level", "DELETE", levelPath(catalog.APIUser), nil, 500, []string{"cannot be deleted"}},
		{"copy Dashboard User", "POST", "SecurityLevels", map[string]any{"name": "Dash", "copiedFromSecurityLevelID": lv(catalog.DashboardUser)}, 500, []string{"cannot be copied"}},
		{"copy missing level", "POST", "SecurityLevels", map[string]any{"name": "Ghost", "copiedFromSecurityLevelID": 999}, 500, []string{"does not exist"}},
		{"base is fixed after create", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "copiedFromSecurityLevelID": lv(catalog.ProjectManager)}, 500, []string{"cannot be changed after"}},
		{"null in create", "POST", "SecurityLevels", map[string]any{"name": nil, "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}, 500, []string{"'name' is required and cannot be null"}},
		{"required missing", "POST", "SecurityLevels", map[string]any{"name": "NoBase"}, 500, []string{"'copiedFromSecurityLevelID' is required"}},
		{"duplicate level name", "POST", "SecurityLevels", map[string]any{"name": "legacy HELPDESK", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}, 500, []string{"already exists"}},
		{"delete assigned level", "DELETE", fmt.Sprintf("SecurityLevels/%d", legacy), nil, 500,
			[]string{"Security level 'Legacy Helpdesk' is assigned to resources: Hannah Lee (hlee), Oliver Grant (ogrant), Carl Winters (cwinters)"}},
		{"deactivate level in use", "PATCH", "SecurityLevels", map[string]any{"id": legacy, "isActive": false}, 500, []string{"cannot be made inactive", "Hannah Lee (hlee)"}},
		// API users
		{"API user on a non-API level", "POST", "ApiUsers", map[string]any{"userName": "x@y.z", "firstName": "X", "lastName": "Y", "securityLevelID": lv(catalog.ServiceDeskUser), "secret": "long-enough-1"}, 500,
			[]string{"does not use the API User license"}},
		{"API user name taken", "POST", "ApiUsers", map[string]any{"userName": "AMORGAN", "firstName": "X", "lastName": "Y", "securityLevelID": lv(catalog.APIUser), "secret": "long-enough-1"}, 500,
			[]string{"already in use"}},
		{"API user secret too short", "POST", "ApiUsers", map[string]any{"userName": "n@y.z", "firstName": "X", "lastName": "Y", "securityLevelID": lv(catalog.APIUser), "secret": "short"}, 500,
			[]string{"Field 'secret'", "8 to 128 characters"}},
		{"API user secret with a space", "PATCH", "ApiUsers", map[string]any{"id": apiUser, "secret": "has a space"}, 500,
			[]string{"Field 'secret'", "spaces"}},
		{"unknown integration vendor", "POST", "ApiUsers", map[string]any{"userName": "n@y.z", "firstName": "X", "lastName": "Y", "securityLevelID": apiLevel, "integrationVendor": "Acme Sync"}, 500,
			[]string{"'Acme Sync' is not an integration vendor", "Rewst"}},
		{"vendor and internal integration", "POST", "ApiUsers", map[string]any{"userName": "n@y.z", "firstName": "X", "lastName": "Y", "securityLevelID": apiLevel, "integrationVendor": "Rewst", "internalIntegrationName": "Sync"}, 500,
			[]string{"not both"}},
		{"tracking identifier cleared", "PUT", "ApiUsers", map[string]any{"id": apiUser, "userName": "accounting-sync@acme.example.com", "firstName": "A", "lastName": "S", "securityLevelID": apiLevel}, 500,
			[]string{"needs an API tracking identifier"}},
		{"delete API user", "DELETE", fmt.Sprintf("ApiUsers/%d", apiUser), nil, 405, nil},
		{"resource level is read-only", "PATCH", "Resources", map[string]any{"id": alex, "userType": lv(catalog.APIUser), "title": "Owner"}, 200, nil},
		{"resource userName too long", "PATCH", "Resources", map[string]any{"id": alex, "userName": strings.Repeat("a", 33)}, 500, []string{"'userName' is longer than 32 characters"}},
		{"resource type outside the picklist", "PATCH", "Resources", map[string]any{"id": alex, "resourceType": "Robot"}, 500, []string{"Invalid value Robot for field 'resourceType'", "Contractor, Employee"}},
		{"resource email required", "PATCH", "Resources", map[string]any{"id": alex, "email": nil}, 500, []string{"'email' is required"}},
		// Resources and portal users: no create/delete
		{"create resource", "POST", "Resources", map[string]any{"firstName": "A", "lastName": "B", "userName": "ab", "securityLevelID": lv(catalog.ServiceDeskUser)}, 405, nil},
		{"delete resource", "DELETE", "Resources/" + itoa(alex), nil, 405, nil},
		{"delete portal user", "DELETE", fmt.Sprintf("ClientPortalUsers/%d", portalUser), nil, 405, nil},
		{"delete UDF definition", "DELETE", "UserDefinedFieldDefinitions/29682801", nil, 405, nil},
		{"create security settings", "POST", "SecuritySettings", map[string]any{"lockoutThreshold": 5, "lockoutDurationMinutes": 5}, 405, nil},
		// portal users
		{"password too short", "POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "new@c.org", "password": "abc", "securityLevel": basic}, 500,
			[]string{"5 to 50 characters"}},
		{"password with space", "POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "new@c.org", "password": "abc def", "securityLevel": basic}, 500,
			[]string{"spaces or single quotes"}},
		{"password with quote", "PATCH", "ClientPortalUsers", map[string]any{"id": portalUser, "password": "it'sbad"}, 500, []string{"single quotes"}},
		{"portal user name taken", "POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "PORTAL-USER-1@customer.example.org", "password": "Good-Pass1", "securityLevel": basic}, 500,
			[]string{"already in use"}},
		{"contact fixed after create", "PATCH", "ClientPortalUsers", map[string]any{"id": portalUser, "contactID": contact}, 500, []string{"cannot be changed after"}},
		{"unknown portal level", "PATCH", "ClientPortalUsers", map[string]any{"id": portalUser, "securityLevel": 77}, 500, []string{"does not exist"}},
		// portal levels
		{"edit system portal level", "PATCH", "ClientPortalSecurityLevels", map[string]any{"id": basic, "viewFinancials": true}, 500, []string{"system level and cannot be edited"}},
		{"delete system portal level", "DELETE", "ClientPortalSecurityLevels/" + itoa(int64(catalog.PortalTaskfireAdministrator)), nil, 500, []string{"cannot be deleted"}},
		{"portal value outside the catalogue", "PATCH", "ClientPortalSecurityLevels", map[string]any{"id": financeLvl, "deviceAccess": 8}, 500, []string{"Invalid value 8 for field 'deviceAccess'"}},
		{"taskfire setup on client access", "PATCH", "ClientPortalSecurityLevels", map[string]any{"id": financeLvl, "taskfireSetup": true}, 500, []string{"'taskfireSetup'", "Client Access levels"}},
		{"taskfire level assignable by clients", "POST", "ClientPortalSecurityLevels", map[string]any{"name": "TF", "type": 2, "assignableByClientUser": true}, 500, []string{"'assignableByClientUser'"}},
		{"device scope without access", "PATCH", "ClientPortalSecurityLevels", map[string]any{"id": financeLvl, "deviceScope": 4}, 500, []string{"'deviceScope'", "deviceAccess"}},
		{"portal type fixed", "PATCH", "ClientPortalSecurityLevels", map[string]any{"id": financeLvl, "type": 2}, 500, []string{"cannot be changed after"}},
		{"delete portal level in use", "DELETE", fmt.Sprintf("ClientPortalSecurityLevels/%d", financeLvl), nil, 500, []string{"portal-user-2@customer.example.org"}},
		// protected data, UDFs, security settings
		{"protected data twice", "POST", "ProtectedDataPermissions", map[string]any{"resourceID": alex}, 500, []string{"already has ProtectedDataPermissions"}},
		{"edit without view", "PATCH", "ProtectedDataPermissions", map[string]any{"id": alex, "canViewProtectedData": false, "canEditProtectedData": true}, 500,
			[]string{"'canEditProtectedData' requires 'canViewProtectedData'"}},
		{"unknown UDF on company", "PATCH", "Companies", map[string]any{"id": e.northwind(), "userDefinedFields": []any{map[string]any{"name": "Nope", "value": "x"}}}, 500,
			[]string{"User-defined field 'Nope' does not exist", "Billing Code"}},
		{"encrypted but not protected", "POST", "UserDefinedFieldDefinitions", map[string]any{"name": "Enc", "udfType": 1, "dataType": 1, "isEncrypted": true}, 500, []string{"must also be protected"}},
		{"duplicate UDF", "POST", "UserDefinedFieldDefinitions", map[string]any{"name": "billing code", "udfType": 1, "dataType": 1}, 500, []string{"already exists"}},
		{"lockout threshold too high", "PATCH", "SecuritySettings", map[string]any{"id": 1, "lockoutThreshold": 100}, 500, []string{"'lockoutThreshold' must be 1 to 99 failed logins, got 100"}},
		{"bad recipient", "PATCH", "SecuritySettings", map[string]any{"id": 1, "securityEventRecipients": []any{"ops@acme.example.com", "not-an-email"}}, 500,
			[]string{`"not-an-email" is not a valid e-mail address`}},
		{"body is not an object", "POST", "Companies", "[1,2]", 500, []string{"must be a JSON object"}},
		{"body is not JSON", "POST", "Companies", "{", 500, []string{"not valid JSON"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.call(tc.method, tc.path, tc.body)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.status == 405 {
				if m, _ := r.json()["Message"].(string); !strings.Contains(m, "does not support http method '"+tc.method+"'") {
					t.Errorf("405 body %s", r.body)
				}
				return
			}
			for _, m := range tc.msgs {
				if !errorsContain(r, m) {
					t.Errorf("errors %q lack %q", r.errors(), m)
				}
			}
		})
	}
}

func findID(t *testing.T, e *env, entity, field, value string) int64 {
	t.Helper()
	return findIn(t, e.ten, entity, field, value)
}

// findIn finds the id of the object of entity whose field is value.
func findIn(t *testing.T, h *Tenant, entity, field, value string) int64 {
	t.Helper()
	list, err := h.List(entity)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range list {
		if s, _ := m[field].(string); strings.EqualFold(s, value) {
			return m["id"].(int64)
		}
	}
	t.Fatalf("no %s with %s=%q", entity, field, value)
	return 0
}

func TestSecurityLevelCreateCopiesBase(t *testing.T) {
	e := demoEnv(t)
	r := e.call("POST", "SecurityLevels", map[string]any{"name": "Tier 1", "copiedFromSecurityLevelID": int(catalog.ServiceDeskUser), "projectsProjectView": 3})
	e.mustStatus(r, 200)
	got := e.call("GET", "SecurityLevels/"+itoa(r.itemID()), nil).item()
	base := e.call("GET", levelPath(catalog.ServiceDeskUser), nil).item()
	for _, p := range catalog.Permissions() {
		if p.Field == "projectsProjectView" {
			if num(got[p.Field]) != 3 {
				t.Errorf("sent value not kept: %v", got[p.Field])
			}
			continue
		}
		if fmt.Sprint(got[p.Field]) != fmt.Sprint(base[p.Field]) {
			t.Errorf("%s = %v, base has %v", p.Field, got[p.Field], base[p.Field])
		}
	}
	lic, _ := catalog.LicenseByType(catalog.LicenseProfessional)
	if got["isSystem"] != false || got["isActive"] != true || num(got["licenseType"]) != int64(lic.ID) || num(got["copiedFromSecurityLevelID"]) != lv(catalog.ServiceDeskUser) {
		t.Errorf("level %v", got)
	}
	// PUT resets unsent permissions to their floor
	e.mustStatus(e.call("PUT", "SecurityLevels", map[string]any{"id": r.itemID(), "name": "Tier 1", "isActive": true}), 200)
	got = e.call("GET", "SecurityLevels/"+itoa(r.itemID()), nil).item()
	for _, p := range catalog.Permissions() {
		if !sameWire(got[p.Field], wireValue(t, p, p.Floor)) {
			t.Errorf("after PUT %s = %v, want floor %s", p.Field, got[p.Field], p.Floor)
		}
	}
}

func TestAPILicenseLevelCap(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Seed: SeedEmpty})
	existing := 0
	list, _ := e.ten.List("SecurityLevels")
	for _, l := range list {
		if l["licenseType"] == apiUserLicenseID(t) {
			existing++
		}
	}
	for i := existing; i < catalog.MaxAPILicenseLevels; i++ {
		if _, err := e.ten.Create("SecurityLevels", map[string]any{"name": fmt.Sprintf("API %02d", i), "copiedFromSecurityLevelID": lv(catalog.APIUser)}); err != nil {
			t.Fatalf("level %d: %v", i, err)
		}
	}
	r := e.call("POST", "SecurityLevels", map[string]any{"name": "API one too many", "copiedFromSecurityLevelID": lv(catalog.APIUserNoCosts)})
	e.mustStatus(r, 500)
	if !errorsContain(r, fmt.Sprintf("At most %d security levels may use the API User license", catalog.MaxAPILicenseLevels)) {
		t.Errorf("errors %v", r.errors())
	}
	// other licenses are not capped
	e.mustStatus(e.call("POST", "SecurityLevels", map[string]any{"name": "Sales copy", "copiedFromSecurityLevelID": lv(catalog.Sales)}), 200)
}

func TestOutOfBandWritesAndForce(t *testing.T) {
	e := demoEnv(t)
	sdu := lv(catalog.ServiceDeskUser)
	if err := e.ten.Patch("SecurityLevels", sdu, map[string]any{"projectsProjectView": 3}); err == nil {
		t.Fatal("out-of-band edit of a system level succeeded without Force")
	}
	if err := e.ten.Patch("SecurityLevels", sdu, map[string]any{"projectsProjectView": 3}, Force); err != nil {
		t.Fatalf("forced edit: %v", err)
	}
	if got, _ := e.ten.Get("SecurityLevels", sdu); got["projectsProjectView"] != int64(3) {
		t.Errorf("forced edit not applied: %v", got["projectsProjectView"])
	}
	legacy := findID(t, e, "SecurityLevels", "name", "Legacy Helpdesk")
	if err := e.ten.Patch("SecurityLevels", legacy, map[string]any{"projectsProjectView": 2}); err != nil {
		t.Fatalf("drift edit: %v", err)
	}
	if item := e.call("GET", "SecurityLevels/"+itoa(legacy), nil).item(); num(item["projectsProjectView"]) != 2 {
		t.Errorf("API does not see drift: %v", item["projectsProjectView"])
	}
	err := e.ten.Patch("SecurityLevels", legacy, map[string]any{"projectsProjectView": 42})
	var ae *APIError
	if err == nil || !asAPIError(err, &ae) || ae.Status != 500 {
		t.Fatalf("invalid out-of-band value: %v", err)
	}
	// out of band may create and delete resources, and set their level
	// (read-only through the API)
	id, err := e.ten.Create("Resources", map[string]any{"firstName": "Temp", "lastName": "Worker", "userName": "tworker", "email": "tworker@acme.example.com", "userType": lv(catalog.TeamMember)})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ten.Patch("Resources", id, map[string]any{"userType": lv(catalog.MinimalAccess)}); err != nil {
		t.Fatal(err)
	}
	lic, _ := catalog.LicenseByType(catalog.LicenseTeamMember)
	if got, _ := e.ten.Get("Resources", id); got["userType"] != lv(catalog.MinimalAccess) || got["licenseType"] != int64(lic.ID) || got["resourceType"] != "Employee" {
		t.Errorf("out-of-band resource %v", got)
	}
	if err := e.ten.Patch("Resources", id, map[string]any{"userType": lv(catalog.APIUser)}); err == nil || !strings.Contains(err.Error(), "only API users") {
		t.Errorf("resource moved onto an API level: %v", err)
	}
	if err := e.ten.Delete("Resources", id); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.ten.Get("Resources", id); ok {
		t.Error("resource still there")
	}
	if err := e.ten.Delete("SecurityLevels", lv(catalog.Manager)); err == nil {
		t.Error("deleted a system level without Force")
	}
	if _, err := e.ten.Create("NoSuchThing", map[string]any{}); err == nil {
		t.Error("unknown entity accepted")
	}
	if e.ten.Counters().Total != 1 { // the one GET above
		t.Errorf("out-of-band writes counted as requests: %+v", e.ten.Counters())
	}
}

func asAPIError(err error, target **APIError) bool {
	ae, ok := err.(*APIError) //nolint:errorlint // direct value from the store
	if ok {
		*target = ae
	}
	return ok
}

func TestSystemLevelDefaultsRespectLicenses(t *testing.T) {
	// The mock refuses custom levels that grant outside their license; the
	// catalogue's system levels (the bases) must satisfy the same rule.
	for _, sl := range catalog.SystemLevels() {
		lic, _ := catalog.LicenseByType(sl.License)
		for k, v := range sl.Defaults() {
			p, _ := catalog.PermissionByKey(k)
			if !lic.Allows(p.Module) && v != p.Floor {
				t.Errorf("%s grants %s=%s outside its %s license", sl.Name, k, v, lic.Type)
			}
		}
	}
}
