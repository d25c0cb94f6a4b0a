package autotask

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Zone discovery started over https never sends the credentials to an
// http zone, whatever zoneInformation answers; an https zone is used.
func TestZoneDiscoveryNeverDowngradesHTTPS(t *testing.T) {
	var plainHits atomic.Int32
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		plainHits.Add(1)
		if r.Header.Get("Secret") != "" {
			t.Errorf("the secret reached the http zone: %s %s", r.Method, r.URL)
		}
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	}))
	defer plain.Close()
	zoneURL := plain.URL + "/zone/ATServicesRest/"
	var tlsURL string
	tls := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch strings.ToLower(r.URL.Path) {
		case "/atservicesrest/versioninformation":
			writeJSON(w, 200, map[string]any{"apiVersions": []string{"V1.0"}})
		case "/atservicesrest/v1.0/zoneinformation":
			writeJSON(w, 200, map[string]any{"zoneName": "Zone 1", "url": zoneURL, "ci": 1})
		case "/zone/atservicesrest/v1.0/companies/1":
			writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1, "companyName": "Over TLS"}})
		default:
			writeJSON(w, 404, errorsBody("no route"))
		}
	}))
	defer tls.Close()
	tlsURL = tls.URL

	cfg := testConfig(t, tlsURL)
	cfg.HTTPClient = tls.Client()
	c := newTestClient(t, cfg)
	_, err := c.Companies().Get(context.Background(), 1)
	if err == nil || !strings.Contains(err.Error(), "refusing to downgrade from https") {
		t.Fatalf("http zone from an https root: %v", err)
	}
	if n := plainHits.Load(); n != 0 {
		t.Errorf("the http zone got %d requests", n)
	}
	// also with credentials smuggled into the zone URL: refused, not echoed
	zoneURL = "http://zoneuser:zonepass@" + strings.TrimPrefix(plain.URL, "http://") + "/zone/ATServicesRest/"
	c = newTestClient(t, cfg)
	_, err = c.Companies().Get(context.Background(), 1)
	if err == nil || strings.Contains(err.Error(), "zonepass") {
		t.Fatalf("zone URL with credentials: %v", err)
	}

	// the same PSA answering an https zone is used
	zoneURL = tlsURL + "/zone/ATServicesRest/"
	c = newTestClient(t, cfg)
	co, err := c.Companies().Get(context.Background(), 1)
	if err != nil || derefString(co.CompanyName) != "Over TLS" {
		t.Fatalf("https zone: %v %+v", err, co)
	}
}

func derefString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// A base URL with credentials in it is refused, and neither the password
// nor the user name appears in the error or in the Config's printed form.
func TestBaseURLWithCredentialsIsRefused(t *testing.T) {
	for _, raw := range []string{
		"https://admin:hunter2secret@webservices.autotask.net/",
		"https://hunter2secret@webservices.autotask.net/ATServicesRest/",
		"ftp://admin:hunter2secret@webservices.autotask.net/",
		"https://admin:hunter2secret@[::1",
	} {
		cfg := Config{BaseURL: raw, Username: "api@example.com", Secret: "s", IntegrationCode: "C"}
		_, err := New(cfg)
		if err == nil {
			t.Errorf("%s accepted", redactURL(raw))
			continue
		}
		if strings.Contains(err.Error(), "hunter2secret") || strings.Contains(err.Error(), "admin:") {
			t.Errorf("error echoes the credentials: %v", err)
		}
		if !strings.Contains(err.Error(), "BaseURL") {
			t.Errorf("error does not name BaseURL: %v", err)
		}
		if s := cfg.String(); strings.Contains(s, "hunter2secret") {
			t.Errorf("Config.String echoes the credentials: %s", s)
		}
	}
	for raw, want := range map[string]string{
		"https://u:p@host/x?y=1": "https://" + redacted + "@host/x?y=1",
		"https://host/x":         "https://host/x",
		"https://u:p@[::1":       "https://" + redacted + "@[::1",
		"u:p@host":               redacted + "@host",
	} {
		if got := redactURL(raw); got != want {
			t.Errorf("redactURL(%q) = %q, want %q", raw, got, want)
		}
	}
}

// A wrong integration code is final: one attempt, a typed error.
func TestWrongIntegrationCodeIsNotRetried(t *testing.T) {
	var hits atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		hits.Add(1)
		writeJSON(w, 500, errorsBody("Unable to authenticate: the ApiIntegrationCode is not valid"))
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	_, err := c.Companies().Query(context.Background(), QueryOptions{})
	if !IsBadIntegrationCode(err) || !IsUnauthorized(err) {
		t.Fatalf("error %v", err)
	}
	// one attempt, plus the one repeat after re-discovery that any
	// authentication failure gets (the tenant may have moved zone)
	if n := hits.Load(); n > 2 {
		t.Errorf("%d attempts for a wrong integration code", n)
	}
}

// Against the mock PSA: a database without the extension gives
// NotServedError (never NotFound, so nothing is taken for deleted), once
// probed per entity; a level hidden by the caller's own level is
// NotVisible; a missing id on a served entity is NotFound.
func TestNotServedNotVisibleNotFound(t *testing.T) {
	srv := mockpsa.New(mockpsa.Options{})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	plain, err := srv.CreateTenant(mockpsa.TenantSpec{Name: "stock", Zone: "webservices3", WithoutExtension: true})
	if err != nil {
		t.Fatal(err)
	}
	client := func(creds mockpsa.Credentials) *Client {
		c, err := New(Config{BaseURL: creds.BaseURL, Username: creds.Username, Secret: creds.Secret, IntegrationCode: creds.IntegrationCode,
			RetryWaitMin: time.Millisecond, RetryWaitMax: 5 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	ctx := context.Background()
	c := client(plain.Credentials(ts.URL))
	for i, call := range []func() error{
		func() error { _, err := c.SecurityLevels().Get(ctx, 7); return err },
		func() error { return c.SecurityLevels().Delete(ctx, 1001) },
		func() error { _, err := c.SecurityLevels().Query(ctx, QueryOptions{}); return err },
		func() error { _, err := c.APIUsers().Count(ctx); return err },
		func() error {
			_, err := c.SecurityLevels().Create(ctx, &SecurityLevel{Name: String("X")}, CreateOptions{NaturalKey: Eq("name", "X")})
			return err
		},
	} {
		err := call()
		var ns *NotServedError
		if !IsNotServed(err) || IsNotFound(err) || !errors.As(err, &ns) || !ns.Extension {
			t.Errorf("call %d on a PSA without the extension: %v", i, err)
		}
	}
	if _, err := c.Resources().Query(ctx, QueryOptions{}); err != nil {
		t.Errorf("Resources on a PSA without the extension: %v", err)
	}
	// The first call and its probe; after them the client knows the
	// extension is not served and asks none of its entities again.
	if n := plain.Counters().ByEntity["SecurityLevels"]; n != 2 {
		t.Errorf("%d requests on SecurityLevels, want the first call and one probe", n)
	}
	if n := plain.Counters().ByEntity["ApiUsers"]; n != 0 {
		t.Errorf("%d requests on ApiUsers after the extension was found not served", n)
	}

	full, err := srv.CreateTenant(mockpsa.TenantSpec{Name: "full", Zone: "webservices3"})
	if err != nil {
		t.Fatal(err)
	}
	fc := client(full.Credentials(ts.URL))
	if _, err := fc.SecurityLevels().Get(ctx, 999999); !IsNotFound(err) || IsNotServed(err) {
		t.Errorf("missing id: %v", err)
	}
	// an API user whose level lacks Admin › Security Levels
	p, _ := catalog.PermissionByKey(catalog.KeyManageSecurityLevels)
	lvl, err := full.Create("SecurityLevels", map[string]any{"name": "Blind", "copiedFromSecurityLevelID": int64(catalog.APIUser), p.Field: false})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := full.Create("ApiUsers", map[string]any{"userName": "blind@full.example.com", "firstName": "B", "lastName": "L",
		"securityLevelID": lvl, "secret": "blind-secret-1"}); err != nil {
		t.Fatal(err)
	}
	creds := full.Credentials(ts.URL)
	creds.Username, creds.Secret = "blind@full.example.com", "blind-secret-1"
	users, _ := full.List("ApiUsers")
	for _, u := range users {
		if u["userName"] == "blind@full.example.com" {
			creds.IntegrationCode = u["integrationCode"].(string)
		}
	}
	bc := client(creds)
	if _, err := bc.SecurityLevels().Get(ctx, lvl); !IsNotVisible(err) || IsNotFound(err) {
		t.Errorf("hidden level: %v", err)
	}
}
