package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestNewNamesMissingFields(t *testing.T) {
	_, err := New(Config{})
	if err == nil {
		t.Fatal("New(Config{}) succeeded")
	}
	for _, field := range []string{"BaseURL", "Username", "Secret", "IntegrationCode"} {
		if !strings.Contains(err.Error(), field) {
			t.Errorf("error %q does not name %s", err, field)
		}
	}
	_, err = New(Config{BaseURL: "ftp://x", Username: "u", Secret: "s", IntegrationCode: "c"})
	if err == nil || !strings.Contains(err.Error(), "BaseURL") {
		t.Errorf("bad scheme: got %v", err)
	}
	c, err := New(Config{BaseURL: "http://h", Username: "u", Secret: "s", IntegrationCode: "c", Version: "9.9"})
	if err != nil {
		t.Fatal(err)
	}
	if c.cfg.MaxInFlightPerEndpoint != 3 || c.Usage().Limit != DefaultRequestBudget || c.cfg.RetryMax != DefaultRetryMax {
		t.Errorf("defaults not applied: %+v", c.cfg.MaxInFlightPerEndpoint)
	}
	for _, n := range []int{-1, 4} {
		if _, err := New(Config{BaseURL: "http://h", Username: "u", Secret: "s", IntegrationCode: "c", MaxInFlightPerEndpoint: n}); err == nil ||
			!strings.Contains(err.Error(), "MaxInFlightPerEndpoint") {
			t.Errorf("MaxInFlightPerEndpoint %d: got %v", n, err)
		}
	}
	if c.cfg.UserAgent != "terraform-provider-autotask/9.9" {
		t.Errorf("user agent %q", c.cfg.UserAgent)
	}
}

func TestParseBaseURL(t *testing.T) {
	cases := []struct{ in, root, zone string }{
		{"https://webservices.autotask.net", "https://webservices.autotask.net/", ""},
		{"https://webservices.autotask.net/", "https://webservices.autotask.net/", ""},
		{"https://ws3.example/ATServicesRest/V1.0/", "https://ws3.example/", "https://ws3.example/ATServicesRest/"},
		{"https://ws3.example/zone3/atservicesrest/", "https://ws3.example/zone3/", "https://ws3.example/zone3/ATServicesRest/"},
		{"http://127.0.0.1:8080/zone/ATServicesRest", "http://127.0.0.1:8080/zone/", "http://127.0.0.1:8080/zone/ATServicesRest/"},
	}
	for _, tc := range cases {
		root, zone, err := parseBaseURL(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if root.String() != tc.root {
			t.Errorf("%s: root %s, want %s", tc.in, root, tc.root)
		}
		got := ""
		if zone != nil {
			got = zone.String()
		}
		if got != tc.zone {
			t.Errorf("%s: zone %q, want %q", tc.in, got, tc.zone)
		}
	}
}

func TestDiscoveryHeadersAndCaching(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 29682001, "firstName": "Ada", "isActive": true}})
	})
	cfg := testConfig(t, f.srv.URL)
	cfg.ImpersonationResourceID = 77
	c := newTestClient(t, cfg)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		res, err := c.Resources().Get(ctx, 29682001)
		if err != nil {
			t.Fatal(err)
		}
		if res.ID != 29682001 || res.FirstName == nil || *res.FirstName != "Ada" {
			t.Fatalf("decoded %+v", res)
		}
	}
	if f.versionHits != 1 || f.zoneHits != 1 {
		t.Errorf("discovery not cached: versions %d, zone %d", f.versionHits, f.zoneHits)
	}
	reqs := f.recorded()
	if len(reqs) != 3 {
		t.Fatalf("%d entity requests", len(reqs))
	}
	h := reqs[0].Header
	want := map[string]string{
		"ApiIntegrationCode":      cfg.IntegrationCode,
		"UserName":                "api@example.com",
		"Secret":                  testSecret,
		"ImpersonationResourceId": "77",
		"User-Agent":              "terraform-provider-autotask/1.2.3",
	}
	for k, v := range want {
		if h.Get(k) != v {
			t.Errorf("header %s = %q, want %q", k, h.Get(k), v)
		}
	}
	if reqs[0].Rest != "Resources/29682001" {
		t.Errorf("path %q", reqs[0].Rest)
	}
	// Impersonation per call overrides the config.
	if _, err := c.Resources().Get(WithImpersonation(ctx, 5), 1); err != nil {
		t.Fatal(err)
	}
	if got := f.recorded()[3].Header.Get("ImpersonationResourceId"); got != "5" {
		t.Errorf("per-call impersonation %q", got)
	}
	zu, err := c.ZoneURL(ctx)
	if err != nil || zu != f.srv.URL+"/zoneA/ATServicesRest/" {
		t.Errorf("zone URL %q, %v", zu, err)
	}
}

func TestZoneURLInBaseSkipsDiscovery(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"queryCount": 12})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL+"/zoneA/ATServicesRest/"))
	n, err := c.Companies().Count(context.Background(), Eq("isActive", true))
	if err != nil || n != 12 {
		t.Fatalf("count %d, %v", n, err)
	}
	if f.zoneHits != 0 || f.versionHits != 0 {
		t.Errorf("discovery ran: %d/%d", f.versionHits, f.zoneHits)
	}
	if body := f.recorded()[0].Body; !strings.Contains(body, `"op":"eq","field":"isActive","value":true`) {
		t.Errorf("count body %s", body)
	}
}

func TestUnknownUserDiscoveryError(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {})
	cfg := testConfig(t, f.srv.URL)
	cfg.Username = "nobody@example.com"
	c := newTestClient(t, cfg)
	_, err := c.Resources().Get(context.Background(), 1)
	if err == nil || !strings.Contains(err.Error(), "Zone information could not be determined") {
		t.Fatalf("got %v", err)
	}
	if f.zoneHits != 1 {
		t.Errorf("discovery of an unknown user retried %d times", f.zoneHits)
	}
}

func TestZoneMoveRediscoversOnce(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1, "name": "x"}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	ctx := context.Background()
	if _, err := c.Companies().Get(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// The tenant moves: the old zone answers 401.
	f.mu.Lock()
	f.zone = "/zoneB"
	f.mu.Unlock()
	if _, err := c.Companies().Get(ctx, 1); err != nil {
		t.Fatalf("after move: %v", err)
	}
	if f.zoneHits != 2 {
		t.Errorf("zone discovery ran %d times, want 2", f.zoneHits)
	}
	zu, _ := c.ZoneURL(ctx)
	if !strings.Contains(zu, "/zoneB/") {
		t.Errorf("zone not updated: %s", zu)
	}
}

func TestUnauthorizedWithoutMoveIsFinal(t *testing.T) {
	var hits atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		hits.Add(1)
		writeJSON(w, 401, errorsBody("Invalid credentials"))
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	_, err := c.Companies().Get(context.Background(), 1)
	if !IsUnauthorized(err) {
		t.Fatalf("want unauthorized, got %v", err)
	}
	if hits.Load() != 1 || f.zoneHits != 2 {
		t.Errorf("hits %d, zone discoveries %d (want 1 and 2)", hits.Load(), f.zoneHits)
	}
}

func TestErrorClasses(t *testing.T) {
	type tc struct {
		name   string
		status int
		body   any
		header map[string]string
		call   func(c *Client) error
		is     func(error) bool
		not    []func(error) bool
		msg    string
	}
	get := func(c *Client) error { _, err := c.Companies().Get(context.Background(), 9); return err }
	patch := func(c *Client) error {
		return c.Companies().Update(context.Background(), &Company{ID: 9, CompanyName: String("x")})
	}
	cases := []tc{
		{"not found", 404, errorsBody("Companies with id 9 was not found"), nil, get, IsNotFound, []func(error) bool{IsServerError, IsValidation}, "was not found"},
		{"null item is not visible, not gone", 200, map[string]any{"item": nil}, nil, get, IsNotVisible, []func(error) bool{IsNotFound, IsNotServed}, "not visible"},
		{"wrong integration code", 500, errorsBody("Unable to authenticate: the ApiIntegrationCode is not valid"), nil, get, IsBadIntegrationCode,
			[]func(error) bool{IsServerError, IsValidation, IsNotFound}, "ApiIntegrationCode is not valid"},
		{"unknown user is final", 500, errorsBody("Unable to authenticate: no API user named 'x' exists"), nil, patch, IsUnauthorized,
			[]func(error) bool{IsServerError, IsValidation, IsBadIntegrationCode}, "no API user"},
		{"unauthorized", 401, errorsBody("nope"), nil, get, IsUnauthorized, []func(error) bool{IsNotFound}, "nope"},
		{"validation", 500, errorsBody("Field 'companyName' is too long", "second"), nil, patch, IsValidation, []func(error) bool{IsServerError}, "second"},
		{"server error on read", 500, errorsBody("boom"), nil, get, IsServerError, []func(error) bool{IsValidation}, "boom"},
		{"503", 503, "", nil, get, IsServerError, nil, "503"},
		{"thread limit", 429, errorsBody("API thread threshold of 3 threads has been exceeded"), nil, get, IsThreadLimited, []func(error) bool{IsRateLimited, IsSuspended}, "thread threshold"},
		{"suspended", 429, errorsBody("API access suspended: the request threshold has been exceeded"), nil, get, IsSuspended, []func(error) bool{IsThreadLimited}, "suspended"},
		{"403 threshold is suspension, not auth", 403, errorsBody("API request threshold exceeded: this database has made 10 requests in the last 60 minutes (limit 10); API access is suspended until usage falls below the threshold"), nil, get, IsSuspended, []func(error) bool{IsUnauthorized, IsThreadLimited, IsServerError}, "threshold exceeded"},
		{"403 other is unauthorized", 403, errorsBody("Forbidden"), nil, get, IsUnauthorized, []func(error) bool{IsSuspended}, "Forbidden"},
		{"suspended is rate limited", 429, errorsBody("API access suspended"), nil, get, IsRateLimited, nil, "suspended"},
		{"405", 405, map[string]any{"Message": "The requested resource does not support http method 'DELETE'."}, nil,
			func(c *Client) error { return c.Companies().Delete(context.Background(), 9) },
			func(err error) bool { var ae *APIError; return errors.As(err, &ae) && ae.Status == 405 }, []func(error) bool{IsValidation}, "does not support http method 'DELETE'"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
				if strings.EqualFold(rest, "Companies/entityInformation") { // the entity is served
					writeJSON(w, 200, map[string]any{"info": map[string]any{"name": "Companies", "canQuery": true}})
					return
				}
				for k, v := range tc.header {
					w.Header().Set(k, v)
				}
				if s, ok := tc.body.(string); ok {
					w.WriteHeader(tc.status)
					_, _ = w.Write([]byte(s))
					return
				}
				writeJSON(w, tc.status, tc.body)
			})
			cfg := testConfig(t, f.srv.URL)
			cfg.RetryMax = 1
			c := newTestClient(t, cfg)
			err := tc.call(c)
			if err == nil {
				t.Fatal("no error")
			}
			if !tc.is(err) {
				t.Errorf("classification failed for %v", err)
			}
			for i, n := range tc.not {
				if n(err) {
					t.Errorf("negative check %d matched %v", i, err)
				}
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q lacks %q", err, tc.msg)
			}
			var ae *APIError
			if errors.As(err, &ae) && ae.Path == "" {
				t.Errorf("APIError without path: %+v", ae)
			}
		})
	}
}

func TestRetriesOnTransientAnswers(t *testing.T) {
	cases := []struct {
		name    string
		failN   int
		status  int
		header  string
		body    any
		method  string
		wantErr bool
		hits    int
	}{
		{"429 with Retry-After", 2, 429, "1", errorsBody("API thread threshold of 3 threads has been exceeded"), "GET", false, 3},
		{"429 with HTTP-date Retry-After", 2, 429, time.Now().Add(-time.Second).UTC().Format(http.TimeFormat), errorsBody("API thread threshold of 3 threads has been exceeded"), "GET", false, 3},
		{"429 without Retry-After", 3, 429, "", errorsBody("API thread threshold of 3 threads has been exceeded"), "GET", false, 4},
		{"500 on read", 2, 500, "", errorsBody("Internal error"), "GET", false, 3},
		{"503 on read", 2, 503, "", "", "GET", false, 3},
		{"503 on patch", 1, 503, "", "", "PATCH", false, 2},
		{"500 validation on patch is final", 1, 500, "", errorsBody("Field 'x' is invalid"), "PATCH", true, 1},
		{"suspension is final", 5, 429, "", errorsBody("API access suspended"), "GET", true, 1},
		{"gives up after RetryMax", 99, 503, "", "", "GET", true, 5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int32
			f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
				if int(n.Add(1)) <= tc.failN {
					if tc.header != "" {
						w.Header().Set("Retry-After", tc.header)
					}
					if s, ok := tc.body.(string); ok {
						w.WriteHeader(tc.status)
						_, _ = w.Write([]byte(s))
						return
					}
					writeJSON(w, tc.status, tc.body)
					return
				}
				if r.Method == "PATCH" {
					writeJSON(w, 200, map[string]any{"itemId": 9})
					return
				}
				writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 9}})
			})
			c := newTestClient(t, testConfig(t, f.srv.URL))
			var err error
			if tc.method == "PATCH" {
				err = c.Companies().Update(context.Background(), &Company{ID: 9, IsActive: Bool(false)})
			} else {
				_, err = c.Companies().Get(context.Background(), 9)
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if int(n.Load()) != tc.hits {
				t.Errorf("server saw %d requests, want %d", n.Load(), tc.hits)
			}
		})
	}
}

func TestDroppedConnectionOnReadIsRetried(t *testing.T) {
	var n atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if n.Add(1) <= 2 {
			dropConnection(w)
			return
		}
		writeJSON(w, 200, map[string]any{"items": []any{map[string]any{"id": 1}}, "pageDetails": map[string]any{"count": 1}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	items, err := Query(context.Background(), c.Companies(), Eq("companyName", "x"))
	if err != nil || len(items) != 1 {
		t.Fatalf("items %v, err %v", items, err)
	}
	if n.Load() != 3 {
		t.Errorf("server saw %d requests", n.Load())
	}
}

func TestPATCHSendsOnlySetFields(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"itemId": 5})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	if err := c.Contacts().Update(context.Background(), &Contact{ID: 5, IsActive: ContactActive(false)}); err != nil {
		t.Fatal(err)
	}
	if err := c.Contacts().Replace(context.Background(), &Contact{ID: 5, FirstName: String("A"), LastName: String("B")}); err != nil {
		t.Fatal(err)
	}
	if err := c.Contacts().Update(context.Background(), &Contact{IsActive: ContactActive(true)}); err == nil {
		t.Error("update without id accepted")
	}
	reqs := f.recorded()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	var m map[string]any
	_ = json.Unmarshal([]byte(reqs[0].Body), &m)
	if reqs[0].Method != "PATCH" || len(m) != 2 || m["isActive"] != float64(0) || m["id"] != float64(5) {
		t.Errorf("PATCH %s %s", reqs[0].Method, reqs[0].Body)
	}
	if reqs[1].Method != "PUT" || !strings.Contains(reqs[1].Body, `"firstName":"A"`) {
		t.Errorf("PUT %s %s", reqs[1].Method, reqs[1].Body)
	}
}

func TestThreadLimitUnderConcurrency(t *testing.T) {
	var inFlight, maxSeen, rejected atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		cur := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxSeen.Load()
			if cur <= m || maxSeen.CompareAndSwap(m, cur) {
				break
			}
		}
		if cur > 3 {
			rejected.Add(1)
			writeJSON(w, 429, errorsBody("API thread threshold of 3 threads has been exceeded"))
			return
		}
		time.Sleep(2 * time.Millisecond) // hold the slot so requests overlap
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	var wg sync.WaitGroup
	errs := make(chan error, 10*5)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				// distinct ids so read coalescing does not hide concurrency
				if _, err := c.Companies().Get(context.Background(), int64(g*100+i+1)); err != nil {
					errs <- err
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if maxSeen.Load() > 3 || rejected.Load() != 0 {
		t.Errorf("server saw up to %d in flight, %d rejected", maxSeen.Load(), rejected.Load())
	}
	if maxSeen.Load() < 2 {
		t.Errorf("requests never overlapped (max %d): the test proves nothing", maxSeen.Load())
	}
	if got := len(f.recorded()); got != 50 {
		t.Errorf("server saw %d requests, want 50", got)
	}
}

func TestReadCoalescing(t *testing.T) {
	release := make(chan struct{})
	var hits atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		hits.Add(1)
		<-release
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 3, "companyName": "Acme"}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	if _, err := c.ZoneURL(context.Background()); err != nil {
		t.Fatal(err)
	}
	const n = 5
	var wg sync.WaitGroup
	results := make(chan *Company, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			co, err := c.Companies().Get(context.Background(), 3)
			if err != nil {
				t.Error(err)
				return
			}
			results <- co
		}()
	}
	// Wait until all callers joined the single flight, then answer.
	deadline := time.Now().Add(5 * time.Second)
	for c.flight.waiting("GET companies/3#0") < n-1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	close(results)
	got := 0
	for co := range results {
		got++
		if co.CompanyName == nil || *co.CompanyName != "Acme" {
			t.Errorf("result %+v", co)
		}
	}
	if got != n || hits.Load() != 1 {
		t.Errorf("%d results from %d requests; want %d from 1", got, hits.Load(), n)
	}
}
