package autotask

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestContextCancelStopsRetries(t *testing.T) {
	var hits atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if hits.Add(1) == 1 {
			cancel() // the caller gives up while the client would back off
		}
		w.Header().Set("Retry-After", "30")
		writeJSON(w, 429, errorsBody("API thread threshold of 3 threads has been exceeded"))
	})
	cfg := testConfig(t, f.srv.URL)
	cfg.RetryAfterMax = time.Minute // would wait 30 s if the context were ignored
	c := newTestClient(t, cfg)
	if _, err := c.ZoneURL(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, err := c.Companies().Get(ctx, 1)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d attempts after cancellation", hits.Load())
	}
}

func TestRequestLogLine(t *testing.T) {
	var n atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if n.Add(1) == 1 {
			w.WriteHeader(503)
			return
		}
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 4}})
	})
	log := &captureLogger{}
	cfg := testConfig(t, f.srv.URL)
	cfg.Logger = log
	c := newTestClient(t, cfg)
	if _, err := c.Contacts().Get(context.Background(), 4); err != nil {
		t.Fatal(err)
	}
	var reqLine, retryLine string
	for _, l := range log.all() {
		if strings.HasPrefix(l, "DEBUG autotask: request") && strings.Contains(l, "Contacts/4") {
			reqLine = l
		}
		if strings.HasPrefix(l, "INFO autotask: retrying") {
			retryLine = l
		}
	}
	for _, want := range []string{"method=GET", "path=Contacts/4", "status=200", "duration_ms=", "attempts=2"} {
		if !strings.Contains(reqLine, want) {
			t.Errorf("request line %q lacks %s", reqLine, want)
		}
	}
	if !strings.Contains(retryLine, "previous_status=503") || !strings.Contains(retryLine, "attempt=2") {
		t.Errorf("retry line %q", retryLine)
	}
}

func TestLimiterSharedByClientsInOneProcess(t *testing.T) {
	var inFlight, maxSeen atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		cur := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxSeen.Load()
			if cur <= m || maxSeen.CompareAndSwap(m, cur) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		writeJSON(w, 200, map[string]any{"queryCount": 1})
	})
	cfg := testConfig(t, f.srv.URL)
	a, b := newTestClient(t, cfg), newTestClient(t, cfg)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(c *Client) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				if _, err := c.Companies().Count(context.Background()); err != nil {
					t.Error(err)
				}
			}
		}([]*Client{a, b}[g%2])
	}
	wg.Wait()
	if maxSeen.Load() > 3 {
		t.Errorf("two clients of one integration had %d requests in flight", maxSeen.Load())
	}
}

func TestCoalescedReadSurvivesCancelledLeader(t *testing.T) {
	release := make(chan struct{})
	var hits atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if hits.Add(1) == 1 {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 8}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	if _, err := c.ZoneURL(context.Background()); err != nil {
		t.Fatal(err)
	}
	leaderCtx, cancelLeader := context.WithCancel(context.Background())
	leaderDone := make(chan error, 1)
	go func() { _, err := c.Companies().Get(leaderCtx, 8); leaderDone <- err }()
	for hits.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	followerDone := make(chan error, 1)
	go func() { _, err := c.Companies().Get(context.Background(), 8); followerDone <- err }()
	for c.flight.waiting("GET companies/8#0") == 0 {
		time.Sleep(time.Millisecond)
	}
	cancelLeader()
	if err := <-leaderDone; !errors.Is(err, context.Canceled) {
		t.Errorf("leader: %v", err)
	}
	if err := <-followerDone; err != nil {
		t.Errorf("follower inherited the leader's cancellation: %v", err)
	}
	close(release)
}

func TestDiscoveryRejectsBadAnswers(t *testing.T) {
	t.Run("no V1.0", func(t *testing.T) {
		f := newFakePSA(t, nil)
		f.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, map[string]any{"apiVersions": []string{"V2.0"}})
		})
		c := newTestClient(t, testConfig(t, f.srv.URL))
		if _, err := c.ZoneURL(context.Background()); err == nil || !strings.Contains(err.Error(), "V1.0") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("unusable zone url", func(t *testing.T) {
		f := newFakePSA(t, nil)
		f.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(strings.ToLower(r.URL.Path), "versioninformation") {
				writeJSON(w, 200, map[string]any{"apiVersions": []string{"V1.0", "V2.0"}})
				return
			}
			writeJSON(w, 200, map[string]any{"zoneName": "x", "url": "javascript:alert(1)"})
		})
		c := newTestClient(t, testConfig(t, f.srv.URL))
		if _, err := c.ZoneURL(context.Background()); err == nil || !strings.Contains(err.Error(), "unusable") {
			t.Errorf("got %v", err)
		}
	})
}

// A Get or Delete of an id no object can have sends nothing and is never
// taken for "not found" (for a delete, that would look like success).
func TestInvalidIDIsAnErrorNotNotFound(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 404, errorsBody("not found"))
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	for _, id := range []int64{0, -3} {
		err := c.SecurityLevels().Delete(context.Background(), id)
		if err == nil || IsNotFound(err) || !errors.Is(err, ErrInvalidID) {
			t.Errorf("Delete(%d): %v, want ErrInvalidID", id, err)
		}
		if _, err := c.SecurityLevels().Get(context.Background(), id); err == nil || IsNotFound(err) {
			t.Errorf("Get(%d): %v, want an error that is not not-found", id, err)
		}
	}
	if n := len(f.recorded()); n != 0 {
		t.Errorf("%d requests sent for invalid ids", n)
	}
}
