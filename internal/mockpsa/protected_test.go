package mockpsa

import (
	"fmt"
	"slices"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// The picklists the mock serves for user-defined fields are the catalogue's.
func TestUDFPicklistsFollowTheCatalogue(t *testing.T) {
	e := demoEnv(t)
	fields := e.call("GET", "UserDefinedFieldDefinitions/entityInformation/fields", nil).json()["fields"].([]any)
	labels := map[string][]string{}
	for _, f := range fields {
		m := f.(map[string]any)
		for _, p := range asSlice(m["picklistValues"]) {
			labels[m["name"].(string)] = append(labels[m["name"].(string)], p.(map[string]any)["label"].(string))
		}
	}
	var want []string
	for _, u := range catalog.UDFTypes() {
		want = append(want, u.Label)
	}
	if !slices.Equal(labels["udfType"], want) || !slices.Contains(want, "Configuration Item") {
		t.Errorf("udfType picklist %v, want %v", labels["udfType"], want)
	}
	want = nil
	for _, d := range catalog.UDFDataTypes() {
		want = append(want, d.Label)
	}
	if !slices.Equal(labels["dataType"], want) {
		t.Errorf("dataType picklist %v, want %v", labels["dataType"], want)
	}
	if udfTypeConfigurationItem != mustUDFType(t, catalog.UDFDevice).ID || udfTypeCompany != mustUDFType(t, catalog.UDFOrganization).ID ||
		udfTypeContact != mustUDFType(t, catalog.UDFContact).ID || udfTypeResource != mustUDFType(t, catalog.UDFResource).ID {
		t.Error("the mock's udfType constants disagree with the catalogue")
	}
}

func mustUDFType(t *testing.T, typ catalog.UDFType) catalog.UDFTypeInfo {
	t.Helper()
	info, ok := catalog.UDFTypeByName(string(typ))
	if !ok {
		t.Fatalf("catalogue has no udf type %s", typ)
	}
	return info
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func TestUDFDefinitionRules(t *testing.T) {
	e := demoEnv(t)
	for _, tc := range []struct {
		name string
		body map[string]any
		msg  string
	}{
		{"protected contact field", map[string]any{"name": "P", "udfType": udfTypeContact, "dataType": 1, "isProtected": true},
			"Contact user-defined fields cannot be protected; only Company and Configuration Item fields can"},
		{"protected and visible to the portal", map[string]any{"name": "P", "udfType": udfTypeConfigurationItem, "dataType": 1, "isProtected": true, "isVisibleToClientPortal": true},
			"a protected user-defined field cannot be visible in the Client Portal"},
		{"encrypted number", map[string]any{"name": "P", "udfType": udfTypeCompany, "dataType": 2, "isProtected": true, "isEncrypted": true},
			"Number fields cannot be encrypted"},
		{"unknown type", map[string]any{"name": "P", "udfType": 9, "dataType": 1}, "Invalid value 9 for field 'udfType'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.call("POST", "UserDefinedFieldDefinitions", tc.body)
			if r.status != 500 || !errorsContain(r, tc.msg) {
				t.Fatalf("%d %s, want 500 with %q", r.status, r.body, tc.msg)
			}
		})
	}
	// a protected, encrypted device field is fine; its data type and
	// encryption are fixed afterwards
	r := e.call("POST", "UserDefinedFieldDefinitions", map[string]any{"name": "Local Admin Password", "udfType": udfTypeConfigurationItem,
		"dataType": 1, "isProtected": true, "isEncrypted": true})
	e.mustStatus(r, 200)
	id := r.itemID()
	for _, f := range []string{"dataType", "isEncrypted", "udfType"} {
		v := map[string]any{"dataType": 2, "isEncrypted": false, "udfType": udfTypeCompany}[f]
		if r := e.call("PATCH", "UserDefinedFieldDefinitions", map[string]any{"id": id, f: v}); r.status != 500 || !errorsContain(r, "'"+f+"' cannot be changed after") {
			t.Errorf("changing %s: %d %s", f, r.status, r.body)
		}
	}
	e.mustStatus(e.call("PATCH", "UserDefinedFieldDefinitions", map[string]any{"id": id, "isActive": false, "description": "retired"}), 200)
	e.mustStatus(e.call("DELETE", fmt.Sprintf("UserDefinedFieldDefinitions/%d", id), nil), 405)
}

func TestUDFListItems(t *testing.T) {
	e := demoEnv(t)
	text := findID(t, e, "UserDefinedFieldDefinitions", "name", "Contract Tier")
	r := e.call("POST", "UserDefinedFieldDefinitions", map[string]any{"name": "Backup Plan", "udfType": udfTypeCompany, "dataType": 4})
	e.mustStatus(r, 200)
	list := r.itemID()

	// list items are written under /UserDefinedFields/{id}/ListItems; the
	// root serves queries and gets only
	items := func(udf int64) string { return fmt.Sprintf("UserDefinedFields/%d/ListItems", udf) }
	e.mustStatus(e.call("POST", "UserDefinedFieldListItems", map[string]any{"udfFieldId": list, "valueForDisplay": "Gold"}), 405)
	gold := e.call("POST", items(list), map[string]any{"valueForDisplay": "Gold"})
	e.mustStatus(gold, 200)
	item := e.call("GET", fmt.Sprintf("UserDefinedFieldListItems/%d", gold.itemID()), nil).item()
	if item["valueForExport"] != "Gold" || item["isActive"] != true || num(item["udfFieldId"]) != list || item["createDate"] == nil {
		t.Errorf("defaults of a list item: %v", item)
	}
	e.mustStatus(e.call("POST", items(list), map[string]any{"valueForDisplay": "Silver", "valueForExport": "SLV"}), 200)
	if got := e.call("GET", items(list), nil).items(); len(got) != 2 {
		t.Errorf("child route lists %v", got)
	}
	e.mustStatus(e.call("GET", items(list)+"/"+itoa(gold.itemID()), nil), 200)
	e.mustStatus(e.call("POST", fmt.Sprintf("UserDefinedFieldDefinitions/%d/UserDefinedFieldListItems", list), map[string]any{"valueForDisplay": "Bronze"}), 404)
	for _, tc := range []struct {
		name, method, path string
		body               map[string]any
		status             int
		msg                string
	}{
		{"duplicate display value", "POST", items(list), map[string]any{"valueForDisplay": "gold"}, 500, "already has the list item 'Gold'"},
		{"items on a text field", "POST", items(text), map[string]any{"valueForDisplay": "x"}, 500, "is not a List field"},
		{"another parent in the body", "POST", items(list), map[string]any{"udfFieldId": text, "valueForDisplay": "x"}, 500, "the parent in the URL"},
		{"parent fixed", "PATCH", items(list), map[string]any{"id": gold.itemID(), "udfFieldId": text}, 500, "'udfFieldId' cannot be changed after"},
		{"item of another field", "PATCH", items(text), map[string]any{"id": gold.itemID(), "valueForDisplay": "x"}, 404, "not found under this parent"},
		{"update at the root", "PATCH", "UserDefinedFieldListItems", map[string]any{"id": gold.itemID(), "valueForDisplay": "x"}, 405, ""},
	} {
		r := e.call(tc.method, tc.path, tc.body)
		if r.status != tc.status || (tc.msg != "" && !errorsContain(r, tc.msg)) {
			t.Errorf("%s: %d %s, want %d with %q", tc.name, r.status, r.body, tc.status, tc.msg)
		}
	}
	e.mustStatus(e.call("DELETE", fmt.Sprintf("UserDefinedFieldListItems/%d", gold.itemID()), nil), 405)
	e.mustStatus(e.call("DELETE", items(list)+"/"+itoa(gold.itemID()), nil), 405)

	// an organization takes only active items of a List field
	nw := e.northwind()
	e.mustStatus(e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "Backup Plan", "value": "Gold"}}}), 200)
	e.mustStatus(e.call("PATCH", items(list), map[string]any{"id": gold.itemID(), "isActive": false}), 200)
	r = e.call("PATCH", "Companies", map[string]any{"id": nw, "userDefinedFields": []any{map[string]any{"name": "Backup Plan", "value": "Gold"}}})
	if r.status != 500 || !errorsContain(r, `"Gold" is not one of its active items (Silver)`) {
		t.Errorf("inactive item accepted: %d %s", r.status, r.body)
	}
}

func TestSecuritySettingsPolicy(t *testing.T) {
	e := demoEnv(t)
	ss := e.call("GET", "SecuritySettings/1", nil).item()
	if num(ss["passwordMinimumLength"]) != int64(catalog.PasswordMinimumLength.Default) || num(ss["lockoutReleaseMode"]) != 1 ||
		ss["passwordRequireSymbol"] != false || ss["passwordRequireDigit"] != true {
		t.Errorf("a new tenant's password policy %v", ss)
	}
	for _, tc := range []struct {
		name string
		body map[string]any
		msg  string
	}{
		{"neither SSO nor 2FA", map[string]any{"ssoRequired": false, "twoFactorRequired": false}, "at least one must be true"},
		{"short passwords", map[string]any{"passwordMinimumLength": 6}, "'passwordMinimumLength' must be 8 to 64 characters, got 6"},
		{"expiry too long", map[string]any{"passwordExpiryDays": 400}, "'passwordExpiryDays' must be 0 to 365 days (0 = passwords never expire), got 400"},
		{"history too long", map[string]any{"passwordHistoryCount": 25}, "'passwordHistoryCount' must be 0 to 24 passwords"},
		{"zero threshold", map[string]any{"lockoutThreshold": 0}, "'lockoutThreshold' must be 1 to 99 failed logins, got 0"},
		{"automatic release without duration", map[string]any{"lockoutReleaseMode": 1, "lockoutDurationMinutes": nil}, "'lockoutDurationMinutes' is required while lockoutReleaseMode is 1"},
		{"unknown release mode", map[string]any{"lockoutReleaseMode": 7}, "Invalid value 7 for field 'lockoutReleaseMode'"},
		{"display name in a recipient", map[string]any{"securityEventRecipients": []any{"SOC <soc@acme.example.com>"}}, "is not a valid e-mail address"},
	} {
		body := map[string]any{"id": 1}
		for k, v := range tc.body {
			body[k] = v
		}
		if r := e.call("PATCH", "SecuritySettings", body); r.status != 500 || !errorsContain(r, tc.msg) {
			t.Errorf("%s: %d %s, want 500 with %q", tc.name, r.status, r.body, tc.msg)
		}
	}
	// release by an administrator needs no duration
	e.mustStatus(e.call("PATCH", "SecuritySettings", map[string]any{"id": 1, "lockoutReleaseMode": 2, "lockoutDurationMinutes": nil,
		"passwordMinimumLength": 14, "passwordRequireSymbol": true, "passwordHistoryCount": 12}), 200)
	ss = e.call("GET", "SecuritySettings/1", nil).item()
	if num(ss["lockoutReleaseMode"]) != 2 || ss["lockoutDurationMinutes"] != nil || num(ss["passwordMinimumLength"]) != 14 || ss["passwordRequireSymbol"] != true {
		t.Errorf("after the update %v", ss)
	}
}

// A resource's protected-data permissions start at its license's default.
func TestProtectedDataDefaults(t *testing.T) {
	e := demoEnv(t)
	for _, tc := range []struct {
		user string
		lic  catalog.LicenseType
	}{
		{"amorgan", catalog.LicenseAdministrator},
		{"jdoe", catalog.LicenseProfessional},
		{"accounting-sync@" + e.ten.Name() + ".example.com", catalog.LicenseAPIUser},
	} {
		id := findID(t, e, "Resources", "userName", tc.user)
		got := e.call("GET", fmt.Sprintf("ProtectedDataPermissions/%d", id), nil).item()
		want := catalog.ProtectedAccessDefault(tc.lic).Values()
		for i, f := range catalog.ProtectedAccessFields {
			if got[f] != want[i] {
				t.Errorf("%s (%s): %s = %v, want %v", tc.user, tc.lic, f, got[f], want[i])
			}
		}
	}
}
