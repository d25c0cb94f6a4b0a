package mockpsa

import (
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Every tenant, whatever its seed, holds every system portal level of the
// catalogue with its defaults, active and read-only.
func TestSystemPortalLevelsInEveryTenant(t *testing.T) {
	for _, seed := range []Seed{SeedEmpty, SeedDemo} {
		e := newEnv(t, Options{}, TenantSpec{Name: "t-" + string(seed), Seed: seed})
		got := e.call("POST", "ClientPortalSecurityLevels/query", map[string]any{"filter": []any{map[string]any{"op": "eq", "field": "isSystem", "value": true}}}).items()
		if len(got) != len(catalog.PortalLevels()) {
			t.Fatalf("%s: %d system portal levels, want %d", seed, len(got), len(catalog.PortalLevels()))
		}
		for _, l := range catalog.PortalLevels() {
			item := e.call("GET", "ClientPortalSecurityLevels/"+itoa(int64(l.ID)), nil).item()
			if item["name"] != l.Name || item["isActive"] != true || item["isSystem"] != true {
				t.Errorf("%s: level %d = %v", seed, l.ID, item)
			}
			d := l.Defaults()
			for _, p := range catalog.PortalPermissions() {
				if want := wireValue(t, &p.Permission, d[p.Key]); !sameWire(item[p.Field], want) {
					t.Errorf("%s: %s.%s = %v, want %v", seed, l.Name, p.Field, item[p.Field], want)
				}
			}
			r := e.call("PATCH", "ClientPortalSecurityLevels", map[string]any{"id": l.ID, "description": "changed"})
			e.mustStatus(r, 500)
			if !errorsContain(r, "system level") {
				t.Errorf("editing %s: %v", l.Name, r.errors())
			}
			e.mustStatus(e.call("DELETE", "ClientPortalSecurityLevels/"+itoa(int64(l.ID)), nil), 500)
		}
	}
}

// Every constraint rule of the catalogue is refused on write, naming the
// field; the no-effect rules are stored as sent, as Autotask does.
func TestPortalLevelRulesOnWrite(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Seed: SeedEmpty})
	field := func(k catalog.Key) string {
		p, ok := catalog.PortalPermissionByKey(k)
		if !ok {
			t.Fatalf("no %s", k)
		}
		return p.Field
	}
	pick := func(k catalog.Key, v catalog.Value) int {
		p, _ := catalog.PortalPermissionByKey(k)
		o, ok := p.Option(v)
		if !ok {
			t.Fatalf("%s has no %s", k, v)
		}
		return o.ID
	}
	refused := map[string]bool{}
	for i, r := range catalog.PortalRules() {
		body := map[string]any{"name": "L" + itoa(int64(i)), "type": portalTypeClientAccess}
		switch {
		case r.OnlyFor == catalog.PortalClientAccess:
			body["type"] = portalTypeTaskfire
			body[field(r.Key)] = true
		case r.OnlyFor == catalog.PortalTaskfire:
			body[field(r.Key)] = true
		case r.Forced != "":
			body[field(r.WhenKey)] = pick(r.WhenKey, r.WhenValue)
			body[field(r.Key)] = pick(r.Key, catalog.All)
		default: // no effect: accepted
			body[field(r.Key)] = true
			e.mustStatus(e.call("POST", "ClientPortalSecurityLevels", body), 200)
			continue
		}
		resp := e.call("POST", "ClientPortalSecurityLevels", body)
		e.mustStatus(resp, 500)
		if !errorsContain(resp, "'"+field(r.Key)+"'") {
			t.Errorf("%s: errors %v do not name %s", r.ID, resp.errors(), field(r.Key))
		}
		refused[r.Family] = true
	}
	for _, f := range []string{catalog.PortalRuleTaskfireNotAssignable, catalog.PortalRuleTaskfireNoSPPriority, catalog.PortalRuleTaskfireSetupOnly, catalog.PortalRuleNoDevicesSeesNone} {
		if !refused[f] {
			t.Errorf("rule family %s never refused", f)
		}
	}
}

func TestPortalUserFormatsAndInactiveLevels(t *testing.T) {
	e := demoEnv(t)
	contact := findID(t, e, "Contacts", "lastName", "Cole")
	lvl := e.call("POST", "ClientPortalSecurityLevels", map[string]any{"name": "Retired", "type": portalTypeClientAccess, "isActive": false})
	e.mustStatus(lvl, 200)
	if got := e.call("GET", "ClientPortalSecurityLevels/"+itoa(lvl.itemID()), nil).item(); got["isActive"] != false {
		t.Fatalf("level %v", got)
	}
	r := e.call("POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "irene.cole@harbor.example.org", "password": "Blue-bird1", "securityLevel": lvl.itemID()})
	e.mustStatus(r, 500)
	if !errorsContain(r, "'Retired' is inactive") {
		t.Errorf("errors %v", r.errors())
	}
	r = e.call("POST", "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "irene.cole@harbor.example.org", "password": "Blue-bird1", "securityLevel": int64(catalog.PortalBasic), "dateFormat": 4})
	e.mustStatus(r, 200)
	u := e.call("GET", "ClientPortalUsers/"+itoa(r.itemID()), nil).item()
	if num(u["dateFormat"]) != 4 || num(u["timeFormat"]) != defaultPick(timeFormatPick, kindInt) || num(u["numberFormat"]) != defaultPick(numberFormatPick, kindInt) {
		t.Errorf("formats %v", u)
	}
	bad := e.call("PATCH", "ClientPortalUsers", map[string]any{"id": r.itemID(), "timeFormat": 9})
	e.mustStatus(bad, 500)
	if !errorsContain(bad, "timeFormat") {
		t.Errorf("errors %v", bad.errors())
	}
	// A user keeps an inactive level it already has.
	e.mustStatus(e.call("PATCH", "ClientPortalSecurityLevels", map[string]any{"id": lvl.itemID(), "isActive": true}), 200)
	e.mustStatus(e.call("PATCH", "ClientPortalUsers", map[string]any{"id": r.itemID(), "securityLevel": lvl.itemID()}), 200)
	e.mustStatus(e.call("PATCH", "ClientPortalSecurityLevels", map[string]any{"id": lvl.itemID(), "isActive": false}), 200)
	e.mustStatus(e.call("PATCH", "ClientPortalUsers", map[string]any{"id": r.itemID(), "isClientPortalActive": false}), 200)
	// The fields info lists the format picklists with their defaults.
	fields := e.call("GET", "ClientPortalUsers/entityInformation/fields", nil).json()["fields"].([]any)
	found := 0
	for _, f := range fields {
		m := f.(map[string]any)
		if strings.HasSuffix(m["name"].(string), "Format") {
			found++
			if m["isPickList"] != true || len(m["picklistValues"].([]any)) < 2 {
				t.Errorf("field %v", m)
			}
		}
	}
	if found != 3 {
		t.Errorf("%d format fields", found)
	}
}
