package mockpsa

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// waitFor polls cond until it holds; it fails the test after a generous
// deadline. It synchronises with goroutines, it does not measure time.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestTenantIsolation(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Name: "alpha", Zone: "webservices3"})
	beta, err := e.srv.CreateTenant(TenantSpec{Name: "beta", Zone: "webservices3", Seed: SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	bc := beta.Credentials(e.ts.URL)
	if bc.Username == e.creds.Username || bc.Secret == e.creds.Secret || bc.IntegrationCode == e.creds.IntegrationCode {
		t.Fatalf("tenants share credentials: %+v %+v", bc, e.creds)
	}
	if zone := e.discover(bc.Username); zone != e.zone {
		t.Fatalf("same zone expected, got %s and %s", zone, e.zone)
	}
	r := e.call("POST", "SecurityLevels", map[string]any{"name": "Alpha only", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)})
	e.mustStatus(r, 200)
	id := r.itemID()
	rb := e.raw("GET", e.zone+"V1.0/SecurityLevels/"+itoa(id), nil, credHeader(bc))
	if rb.status == 200 && rb.item()["name"] == "Alpha only" {
		t.Fatal("beta sees alpha's level")
	}
	q := e.raw("POST", e.zone+"V1.0/SecurityLevels/query", `{"filter":[{"op":"eq","field":"name","value":"Alpha only"}]}`, credHeader(bc))
	if len(q.items()) != 0 {
		t.Errorf("beta query found alpha's level: %s", q.body)
	}
	// mixing one tenant's user with another's integration code fails
	mixed := credHeader(e.creds)
	mixed.Set("ApiIntegrationCode", bc.IntegrationCode)
	e.mustStatus(e.raw("GET", e.zone+"V1.0/SecuritySettings/1", nil, mixed), 500)
	// user names are unique across tenants (zone discovery is by user name)
	if _, err := beta.Create("ApiUsers", map[string]any{"userName": e.creds.Username, "firstName": "A", "lastName": "B", "securityLevelID": lv(catalog.APIUser), "secret": "whatever-123"}); err == nil {
		t.Error("duplicate user name across tenants accepted")
	}
	// faults and counters are per tenant
	if err := beta.InjectFault(Fault{Kind: FaultStatus, Status: 503, Count: 5}); err != nil {
		t.Fatal(err)
	}
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	if got := beta.Counters().ByStatus["503"]; got != 0 {
		t.Errorf("beta answered 503 to alpha's calls: %d", got)
	}
	if a := e.ten.Counters(); a.ByEntity["SecurityLevels"] != 1 || a.ByStatus["503"] != 0 {
		t.Errorf("alpha counters %+v", a)
	}
}

func TestZoneMove(t *testing.T) {
	e := demoEnv(t)
	old := e.zone
	if err := e.ten.MoveZone("webservices16"); err != nil {
		t.Fatal(err)
	}
	r := e.raw("GET", old+"V1.0/SecuritySettings/1", nil, credHeader(e.creds))
	e.mustStatus(r, 401)
	newZone := e.discover(e.creds.Username)
	if newZone != e.ts.URL+"/webservices16/ATServicesRest/" {
		t.Fatalf("discovery after move: %s", newZone)
	}
	e.mustStatus(e.raw("GET", newZone+"V1.0/SecuritySettings/1", nil, credHeader(e.creds)), 200)
	if err := e.ten.MoveZone("Bad Zone!"); err == nil {
		t.Error("invalid zone accepted")
	}
}

func TestRequestBudgetSuspends(t *testing.T) {
	clk := &fakeClock{now: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}
	e := newEnv(t, Options{Clock: clk.Now}, TenantSpec{RequestBudget: 5})
	for range 5 {
		e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
		clk.Advance(time.Minute)
	}
	r := e.call("GET", "ThresholdInformation", nil)
	e.mustStatus(r, http.StatusForbidden)
	if !errorsContain(r, "request threshold exceeded") {
		t.Errorf("suspension body %s", r.body)
	}
	// The oldest call (9:00) leaves the hour at 10:00, 55 minutes from now.
	if got := r.header.Get("Retry-After"); got != "3300" {
		t.Errorf("suspension Retry-After %q, want 3300 (seconds until a slot frees up)", got)
	}
	// suspended calls do not use budget; the oldest call leaves the window
	clk.Advance(55*time.Minute + 30*time.Second) // 60.5 minutes after the first call
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), http.StatusForbidden)
	c := e.ten.Counters()
	if c.Suspended != 2 || c.WindowRequests != 5 || c.RequestBudget != 5 {
		t.Errorf("counters %+v", c)
	}
	// raising the budget lifts the suspension
	if err := e.ten.SetRequestBudget(100); err != nil {
		t.Fatal(err)
	}
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	e.ten.ResetCounters()
	if c := e.ten.Counters(); c.Total != 0 || c.WindowRequests != 0 {
		t.Errorf("after reset %+v", c)
	}
}

func TestThrottleDelayPastHalfBudget(t *testing.T) {
	e := newEnv(t, Options{ThrottleDelay: time.Hour}, TenantSpec{RequestBudget: 4})
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	done := make(chan response, 1)
	go func() { done <- e.call("GET", "SecuritySettings/1", nil) }()
	// the third call is past half of the budget: it is held
	waitFor(t, "the throttled call to be in flight", func() bool { return e.ten.Counters().InFlight == 1 })
	select {
	case r := <-done:
		t.Fatalf("throttled call answered early: %d", r.status)
	default:
	}
	e.ten.ClearFaults() // releases held calls
	r := <-done
	e.mustStatus(r, 200)
}

func TestThreadLimit(t *testing.T) {
	e := demoEnv(t)
	if err := e.ten.InjectFault(Fault{Kind: FaultLatency, Latency: time.Hour, Count: 3, Method: "GET", Entity: "Resources"}); err != nil {
		t.Fatal(err)
	}
	alex, priya := itoa(e.resourceID("amorgan")), itoa(e.resourceID("praman"))
	results := make(chan response, 3)
	for range 3 {
		go func() { results <- e.call("GET", "Resources/"+alex, nil) }()
	}
	waitFor(t, "three calls in flight", func() bool { return e.ten.Counters().InFlight == 3 })
	r := e.call("GET", "Resources/"+priya, nil)
	e.mustStatus(r, http.StatusTooManyRequests)
	if errs := r.errors(); len(errs) != 1 || errs[0] != "API thread threshold of 3 threads has been exceeded" {
		t.Errorf("429 body %s", r.body)
	}
	if r.header.Get("Retry-After") != "" {
		t.Errorf("thread limit carries Retry-After")
	}
	// another endpoint of the same integration is not limited
	e.mustStatus(e.call("GET", levelPath(catalog.SystemAdministrator), nil), 200)
	// another integration code on the same endpoint is not limited
	r2 := e.call("POST", "ApiUsers", map[string]any{"userName": "other@acme.example.com", "firstName": "O", "lastName": "I", "securityLevelID": lv(catalog.APIUser), "secret": "other-secret-1"})
	e.mustStatus(r2, 200)
	other, _ := e.ten.Get("ApiUsers", r2.itemID())
	oc := Credentials{Username: "other@acme.example.com", Secret: "other-secret-1", IntegrationCode: other["integrationCode"].(string)}
	e.mustStatus(e.raw("GET", e.zone+"V1.0/Resources/"+alex, nil, credHeader(oc)), 200)
	e.ten.ClearFaults()
	for range 3 {
		e.mustStatus(<-results, 200)
	}
	if c := e.ten.Counters(); c.TooManyRequests != 1 || c.InFlight != 0 {
		t.Errorf("counters %+v", c)
	}
	e.mustStatus(e.call("GET", "Resources/"+priya, nil), 200)
}

func TestFaults(t *testing.T) {
	e := demoEnv(t)
	levels := func() int {
		l, _ := e.ten.List("SecurityLevels")
		return len(l)
	}
	t.Run("status with Retry-After on matching calls only", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultStatus, Status: 503, RetryAfter: "1", Count: 2, Method: "post", Entity: "securitylevels"}); err != nil {
			t.Fatal(err)
		}
		before := levels()
		body := map[string]any{"name": "Faulty", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}
		for range 2 {
			r := e.call("POST", "SecurityLevels", body)
			e.mustStatus(r, 503)
			if r.header.Get("Retry-After") != "1" || len(r.errors()) != 1 {
				t.Errorf("503 answer %v %s", r.header, r.body)
			}
			e.mustStatus(e.call("GET", levelPath(catalog.SystemAdministrator), nil), 200) // GET does not match
		}
		if levels() != before {
			t.Fatal("a faulted create was processed")
		}
		e.mustStatus(e.call("POST", "SecurityLevels", body), 200)
		if len(e.ten.Faults()) != 0 {
			t.Errorf("fault not used up: %+v", e.ten.Faults())
		}
	})
	t.Run("429 without Retry-After", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultStatus, Status: 429}); err != nil {
			t.Fatal(err)
		}
		r := e.call("GET", "SecuritySettings/1", nil)
		e.mustStatus(r, 429)
		if r.header.Get("Retry-After") != "" || !errorsContain(r, "thread threshold") {
			t.Errorf("429 answer %v %s", r.header, r.body)
		}
	})
	t.Run("500", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultStatus, Status: 500, Message: "boom"}); err != nil {
			t.Fatal(err)
		}
		r := e.call("GET", "SecuritySettings/1", nil)
		e.mustStatus(r, 500)
		if errs := r.errors(); len(errs) != 1 || errs[0] != "boom" {
			t.Errorf("500 body %s", r.body)
		}
	})
	t.Run("drop", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultDrop, Method: "POST", Entity: "SecurityLevels"}); err != nil {
			t.Fatal(err)
		}
		before := levels()
		err := sendExpectingNoAnswer(t, e, "POST", "SecurityLevels", fmt.Sprintf(`{"name":"Dropped","copiedFromSecurityLevelID":%d}`, catalog.ServiceDeskUser))
		if err == nil {
			t.Fatal("dropped call got an answer")
		}
		if levels() != before {
			t.Error("dropped create was processed")
		}
	})
	t.Run("commit then drop", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultCommitThenDrop, Entity: "SecurityLevels", Count: 1}); err != nil {
			t.Fatal(err)
		}
		err := sendExpectingNoAnswer(t, e, "POST", "SecurityLevels", fmt.Sprintf(`{"name":"Committed","copiedFromSecurityLevelID":%d}`, catalog.ServiceDeskUser))
		if err == nil {
			t.Fatal("commit-then-drop call got an answer")
		}
		q := e.call("POST", "SecurityLevels/query", `{"filter":[{"op":"eq","field":"name","value":"Committed"}]}`)
		if len(q.items()) != 1 {
			t.Errorf("the create was not committed: %s", q.body)
		}
	})
	t.Run("latency", func(t *testing.T) {
		if err := e.ten.InjectFault(Fault{Kind: FaultLatency, Latency: time.Millisecond}); err != nil {
			t.Fatal(err)
		}
		e.mustStatus(e.call("GET", "SecuritySettings/1", nil), 200)
	})
	t.Run("held until released; a slow answer tells the data of its arrival", func(t *testing.T) {
		id := e.call("POST", "SecurityLevels", map[string]any{"name": "Before", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}).itemID()
		writeGo, readGo := make(chan struct{}), make(chan struct{})
		t.Cleanup(func() { e.ten.ClearFaults() }) // a failed test must not leave requests held
		for _, f := range []Fault{
			{Kind: FaultLatency, Method: "PATCH", Entity: "SecurityLevels", Release: writeGo},
			{Kind: FaultSlowAnswer, Op: OpGet, Entity: "SecurityLevels", Release: readGo},
		} {
			if err := e.ten.InjectFault(f); err != nil {
				t.Fatal(err)
			}
		}
		write := e.async("PATCH", "SecurityLevels", map[string]any{"id": id, "name": "After"})
		waitFor(t, "the write to be held", func() bool { return e.ten.Counters().Held == 1 })
		read := e.async("GET", "SecurityLevels/"+strconv.FormatInt(id, 10), nil)
		waitFor(t, "the read to be served and its answer held", func() bool { return e.ten.Counters().Held == 2 })
		if l, _ := e.ten.Get("SecurityLevels", id); l["name"] != "Before" {
			t.Fatalf("a held write was processed: name %v", l["name"])
		}
		close(writeGo)
		e.mustStatus(<-write, 200)
		if l, _ := e.ten.Get("SecurityLevels", id); l["name"] != "After" {
			t.Fatalf("the released write was not processed: name %v", l["name"])
		}
		close(readGo)
		r := <-read
		e.mustStatus(r, 200)
		if name := r.item()["name"]; name != "Before" {
			t.Errorf("the slow answer says %v; it was processed before the write, so it must say Before", name)
		}
		if c := e.ten.Counters(); c.Held != 0 || c.FaultsByKind["slow_answer"] != 1 {
			t.Errorf("held %d, faults %v", c.Held, c.FaultsByKind)
		}
	})
	t.Run("invalid faults", func(t *testing.T) {
		for _, f := range []Fault{{Kind: "meteor"}, {Kind: FaultStatus, Status: 200}, {Kind: FaultLatency}, {Kind: FaultSlowAnswer},
			{Kind: FaultLatency, Latency: -time.Second, Release: make(chan struct{})}, {Kind: FaultDrop, Entity: "Nope"}, {Kind: FaultDrop, Count: -1}} {
			if err := e.ten.InjectFault(f); err == nil {
				t.Errorf("fault %+v accepted", f)
			}
		}
	})
	c := e.ten.Counters()
	if c.Dropped != 2 || c.ByStatus["503"] != 2 || c.TooManyRequests != 1 {
		t.Errorf("counters %+v", c)
	}
}

// sendExpectingNoAnswer sends a call on a fresh connection and returns the
// transport error.
func sendExpectingNoAnswer(t *testing.T, e *env, method, path, body string) error {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, e.zone+"V1.0/"+path, bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header = credHeader(e.creds)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err == nil {
		resp.Body.Close()
		return nil
	}
	if strings.Contains(err.Error(), "deadline") {
		t.Fatalf("no answer and no close: %v", err)
	}
	return err
}
