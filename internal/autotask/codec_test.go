package autotask

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestSecurityLevelRoundTripEverySystemLevel(t *testing.T) {
	for _, sl := range catalog.SystemLevels() {
		in := SecurityLevel{ID: int64(sl.ID), Name: String(sl.Name), IsActive: Bool(true), Permissions: sl.Defaults()}
		data, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("%s: %v", sl.Name, err)
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatal(err)
		}
		for _, p := range catalog.Permissions() {
			v, ok := raw[p.Field]
			if !ok {
				t.Fatalf("%s: field %s missing", sl.Name, p.Field)
			}
			switch p.Kind {
			case catalog.KindBool:
				if string(v) != "true" && string(v) != "false" {
					t.Errorf("%s.%s: bool encoded as %s", sl.Name, p.Field, v)
				}
			case catalog.KindText:
				if v[0] != '"' {
					t.Errorf("%s.%s: text encoded as %s", sl.Name, p.Field, v)
				}
			default:
				opt, _ := p.Option(sl.Defaults()[p.Key])
				if string(v) != itoa(int64(opt.ID)) {
					t.Errorf("%s.%s: encoded %s, want picklist ID %d", sl.Name, p.Field, v, opt.ID)
				}
			}
		}
		var out SecurityLevel
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatalf("%s: %v", sl.Name, err)
		}
		if diff := out.Permissions.Diff(in.Permissions); len(diff) > 0 {
			t.Errorf("%s: round trip changed %v", sl.Name, diff)
		}
		if out.ID != in.ID || *out.Name != sl.Name {
			t.Errorf("%s: plain fields %+v", sl.Name, out)
		}
	}
}

func TestSecurityLevelDecodeIgnoresUnknownAndAcceptsCase(t *testing.T) {
	p, _ := catalog.PermissionByKey(catalog.KeyProjectView)
	opt, _ := p.Option(catalog.All)
	body := `{"id":1001,"Name":"Ops","someFutureField":7,"` + strings.ToUpper(p.Field[:1]) + p.Field[1:] + `":` + itoa(int64(opt.ID)) + `,"isSystem":false,"licenseType":3}`
	var l SecurityLevel
	if err := json.Unmarshal([]byte(body), &l); err != nil {
		t.Fatal(err)
	}
	if l.Name == nil || *l.Name != "Ops" || l.Permissions[catalog.KeyProjectView] != catalog.All || len(l.Permissions) != 1 {
		t.Errorf("decoded %+v %v", l, l.Permissions)
	}
	if l.LicenseType == nil || *l.LicenseType != 3 {
		t.Errorf("licenseType %v", l.LicenseType)
	}
	bad := `{"id":1,"` + p.Field + `":9999}`
	if err := json.Unmarshal([]byte(bad), &l); err == nil {
		t.Error("unknown picklist ID accepted")
	}
}

func TestSecurityLevelEncodeRejectsBadSettings(t *testing.T) {
	if _, err := json.Marshal(SecurityLevel{Permissions: catalog.Settings{"crm.nope": catalog.All}}); err == nil {
		t.Error("unknown permission encoded")
	}
	if _, err := json.Marshal(SecurityLevel{Permissions: catalog.Settings{catalog.KeyProjectView: "Sometimes"}}); err == nil {
		t.Error("invalid value encoded")
	}
}

func TestSecurityLevelPartialUpdate(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"itemId": 1001})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	upd := &SecurityLevel{ID: 1001, IsSystem: Bool(false), Permissions: catalog.Settings{
		catalog.KeyManageResources: catalog.No,
		catalog.KeyProjectView:     catalog.Mine,
	}}
	if err := c.SecurityLevels().Update(context.Background(), upd); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(f.recorded()[0].Body), &m); err != nil {
		t.Fatal(err)
	}
	mr, _ := catalog.PermissionByKey(catalog.KeyManageResources)
	pv, _ := catalog.PermissionByKey(catalog.KeyProjectView)
	mine, _ := pv.Option(catalog.Mine)
	if len(m) != 3 || m["id"] != float64(1001) || m[mr.Field] != false || m[pv.Field] != float64(mine.ID) {
		t.Errorf("PATCH body %v", m)
	}
}

func TestPortalLevelCodec(t *testing.T) {
	for _, pl := range catalog.PortalLevels() {
		typ, ok := PortalTypeID(pl.Type)
		if !ok {
			t.Fatalf("no wire type for %s", pl.Type)
		}
		in := ClientPortalSecurityLevel{ID: int64(pl.ID), Name: String(pl.Name), Type: Int(typ), Permissions: pl.Defaults()}
		data, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out ClientPortalSecurityLevel
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatal(err)
		}
		if d := out.Permissions.Diff(in.Permissions); len(d) > 0 {
			t.Errorf("%s: %v", pl.Name, d)
		}
		if back, _ := PortalTypeOf(*out.Type); back != pl.Type {
			t.Errorf("%s: type %v", pl.Name, back)
		}
	}
}

func TestEntityInfoAndFields(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		switch strings.ToLower(rest) {
		case "securitylevels/entityinformation":
			writeJSON(w, 200, map[string]any{"info": map[string]any{"name": "SecurityLevels", "canCreate": true, "canDelete": true, "canQuery": true, "canUpdate": true}})
		case "securitylevels/entityinformation/fields":
			writeJSON(w, 200, map[string]any{"fields": []any{map[string]any{"name": "licenseType", "dataType": "integer", "isPickList": true, "isReadOnly": true,
				"picklistValues": []any{map[string]any{"value": "7", "label": "API User", "isActive": true}}}}})
		case "thresholdinformation":
			writeJSON(w, 200, map[string]any{"externalRequestThreshold": 10000, "requestThresholdTimeframe": 60, "currentTimeframeRequestCount": 7600})
		}
	})
	log := &captureLogger{}
	cfg := testConfig(t, f.srv.URL)
	cfg.Logger = log
	c := newTestClient(t, cfg)
	ctx := context.Background()
	info, err := c.EntityInfo(ctx, EntitySecurityLevels)
	if err != nil || !info.CanCreate || info.Name != "SecurityLevels" {
		t.Fatalf("info %+v %v", info, err)
	}
	for i := 0; i < 2; i++ {
		fields, err := c.EntityFields(ctx, EntitySecurityLevels)
		if err != nil {
			t.Fatal(err)
		}
		lt, ok := Field(fields, "LICENSETYPE")
		if !ok || !lt.IsPickList {
			t.Fatalf("fields %+v", fields)
		}
		if id, err := lt.PicklistValues[0].ID(); err != nil || id != 7 {
			t.Errorf("picklist id %d %v", id, err)
		}
	}
	if n := f.countHits("GET", "SecurityLevels/entityInformation/fields"); n != 1 {
		t.Errorf("fields fetched %d times, want 1 (cached)", n)
	}
	ti, err := c.Threshold(ctx)
	if err != nil || ti.CurrentTimeframeRequestCount != 7600 {
		t.Fatalf("threshold %+v %v", ti, err)
	}
	w := log.warnings()
	if len(w) != 1 || !strings.Contains(w[0], "75%") {
		t.Errorf("warnings after 76%% usage: %v", w)
	}
	if u := c.Usage(); u.Used < 7600 || u.Limit != 10000 {
		t.Errorf("usage %+v", u)
	}
}
