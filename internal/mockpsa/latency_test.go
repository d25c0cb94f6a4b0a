package mockpsa

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Options.Latency holds every admitted call with its thread slot taken:
// three calls fill an endpoint, a fourth is answered 429 at once, and a
// call whose client leaves gives its slot back.
func TestLatencyHoldsThreadSlots(t *testing.T) {
	e := newEnv(t, Options{Latency: time.Hour}, TenantSpec{Zone: "webservices3"})
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.zone+"V1.0/"+levelPath(catalog.SystemAdministrator), nil)
			req.Header = credHeader(e.creds)
			if resp, err := e.ts.Client().Do(req); err == nil {
				_ = resp.Body.Close()
				t.Errorf("a held call was answered %d", resp.StatusCode)
			}
		}()
	}
	deadline := time.Now().Add(10 * time.Second)
	for e.ten.Counters().InFlight != 3 {
		if time.Now().After(deadline) {
			t.Fatalf("in flight: %d, want 3 held calls", e.ten.Counters().InFlight)
		}
		time.Sleep(time.Millisecond)
	}
	if r := e.call(http.MethodGet, levelPath(catalog.SystemAdministrator), nil); r.status != http.StatusTooManyRequests {
		t.Errorf("fourth call: %d %s, want 429", r.status, r.body)
	}
	cancel()
	wg.Wait()
	for e.ten.Counters().InFlight != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("in flight after the clients left: %d", e.ten.Counters().InFlight)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestNoLatencyByDefault(t *testing.T) {
	e := demoEnv(t)
	if e.srv.opts.Latency != 0 {
		t.Fatalf("default latency %s", e.srv.opts.Latency)
	}
	e.mustStatus(e.call(http.MethodGet, levelPath(catalog.SystemAdministrator), nil), http.StatusOK)
}
