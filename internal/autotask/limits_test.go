package autotask

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestBudgetSuspendsAndWarnsOnce(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	log := &captureLogger{}
	cfg := testConfig(t, f.srv.URL)
	cfg.RequestBudget = 20
	cfg.Logger = log
	var mu sync.Mutex
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	cfg.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	c := newTestClient(t, cfg)
	ctx := context.Background()
	for i := 0; i < 20; i++ {
		if _, err := c.Companies().Get(ctx, int64(i+1)); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	_, err := c.Companies().Get(ctx, 99)
	if !IsRateLimited(err) {
		t.Fatalf("21st request: %v", err)
	}
	var be *BudgetError
	if !errors.As(err, &be) || be.Used != 20 || be.Budget != 20 {
		t.Errorf("budget error %+v", be)
	}
	if got := len(f.recorded()); got != 20 {
		t.Errorf("server saw %d requests, want 20", got)
	}
	w := log.warnings()
	if len(w) != 2 || !strings.Contains(w[0], "75%") || !strings.Contains(w[1], "90%") {
		t.Errorf("warnings %v", w)
	}
	// An hour later the window has room again.
	mu.Lock()
	now = now.Add(time.Hour + time.Second)
	mu.Unlock()
	if _, err := c.Companies().Get(ctx, 100); err != nil {
		t.Errorf("after the window: %v", err)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"3", 3 * time.Second, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
	}
	for _, tc := range cases {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%q: %v %v, want %v %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	c := newTestClient(t, Config{BaseURL: "http://h", Username: "u", Secret: "sss", IntegrationCode: "c",
		RetryWaitMin: time.Second, RetryWaitMax: 8 * time.Second, RetryAfterMax: 30 * time.Second})
	hdr := func(ra string) http.Header {
		h := http.Header{}
		if ra != "" {
			h.Set("Retry-After", ra)
		}
		return h
	}
	if d := c.retryDelay(time.Second, 8*time.Second, 0, 429, hdr("7")); d != 7*time.Second {
		t.Errorf("Retry-After 7 gave %v", d)
	}
	if d := c.retryDelay(time.Second, 8*time.Second, 0, 503, hdr("3600")); d != 30*time.Second {
		t.Errorf("Retry-After 3600 not capped: %v", d)
	}
	if d := c.retryDelay(time.Second, 8*time.Second, 0, 500, hdr("7")); d > time.Second {
		t.Errorf("Retry-After on a 500 used: %v", d)
	}
	for attempt := 0; attempt < 6; attempt++ {
		d := c.retryDelay(time.Second, 8*time.Second, attempt, 429, hdr(""))
		hi := min(time.Second<<attempt, 8*time.Second)
		if d < hi/2 || d > hi {
			t.Errorf("attempt %d without Retry-After: %v outside [%v,%v]", attempt, d, hi/2, hi)
		}
	}
}

func TestUsageMonitorUsesServerCount(t *testing.T) {
	log := &captureLogger{}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var notified []string
	m := newUsageMonitor(100, func() time.Time { return now }, &safeLogger{next: log, red: newRedactor("x")},
		func(_ context.Context, u Usage, pct int) {
			notified = append(notified, fmt.Sprintf("%d%% %d/%d", pct, u.Used, u.Limit))
		})
	m.observe(context.Background(), 89, 100)
	if w := log.warnings(); len(w) != 1 || !strings.Contains(w[0], "75%") {
		t.Fatalf("warnings %v", w)
	}
	if err := m.reserve(context.Background()); err != nil {
		t.Fatal(err)
	}
	if w := log.warnings(); len(w) != 2 || !strings.Contains(w[1], "90%") {
		t.Fatalf("warnings %v", w)
	}
	for i := 0; i < 10; i++ {
		_ = m.reserve(context.Background())
	}
	if err := m.reserve(context.Background()); !IsRateLimited(err) {
		t.Errorf("over the server-reported threshold: %v", err)
	}
	if w := log.warnings(); len(w) != 2 {
		t.Errorf("warned again: %v", w)
	}
	if got := fmt.Sprint(m.usage()); got != "{100 100 100}" {
		t.Errorf("usage %s", got)
	}
	if got := fmt.Sprint(notified); got != "[75% 89/100 90% 90/100]" {
		t.Errorf("OnUsageWarning calls %s", got)
	}
}

// Without a configured budget the tenant's own threshold applies once the
// PSA has reported it; a configured budget wins over it.
func TestUsageMonitorBudgetSource(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	log := &safeLogger{next: &captureLogger{}, red: newRedactor("x")}
	m := newUsageMonitor(0, clock, log, nil)
	if u := m.usage(); u.Limit != DefaultRequestBudget {
		t.Errorf("before ThresholdInformation: limit %d, want %d", u.Limit, DefaultRequestBudget)
	}
	m.observe(context.Background(), 10, 500)
	if u := m.usage(); u.Limit != 500 {
		t.Errorf("after ThresholdInformation: limit %d, want the tenant's 500", u.Limit)
	}
	m = newUsageMonitor(200, clock, log, nil)
	m.observe(context.Background(), 10, 500)
	if u := m.usage(); u.Limit != 200 {
		t.Errorf("configured 200, tenant 500: limit %d, want 200", u.Limit)
	}
}

// A 429 or 5xx that says the hourly request threshold is used up is final:
// the client does not wait out the hour in retries.
func TestSuspensionIsNeverRetried(t *testing.T) {
	for _, status := range []int{403, 429, 503} {
		var mu sync.Mutex
		calls := 0
		f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
			mu.Lock()
			calls++
			mu.Unlock()
			w.Header().Set("Retry-After", "3600")
			writeJSON(w, status, map[string]any{"errors": []string{"API request threshold exceeded: 10000 requests in the last 60 minutes"}})
		})
		c := newTestClient(t, testConfig(t, f.srv.URL))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		_, err := c.Companies().Get(ctx, 1)
		cancel()
		if !IsSuspended(err) || !IsRateLimited(err) {
			t.Errorf("HTTP %d: %v, want a suspension", status, err)
		}
		var ae *APIError
		if !errors.As(err, &ae) || ae.RetryAfter != time.Hour {
			t.Errorf("HTTP %d: Retry-After not kept: %+v", status, ae)
		}
		mu.Lock()
		if calls != 1 {
			t.Errorf("HTTP %d: the server saw %d requests, want 1 (no retries)", status, calls)
		}
		mu.Unlock()
	}
}

func TestEndpointOf(t *testing.T) {
	cases := map[string]string{
		"SecurityLevels/query":               "securitylevels",
		"SecurityLevels/1001":                "securitylevels",
		"Companies/7/Contacts":               "contacts",
		"Companies/7/Contacts/30682001":      "contacts",
		"Companies/query/count":              "companies",
		"ThresholdInformation":               "thresholdinformation",
		"Resources/entityInformation/fields": "resources",
	}
	for in, want := range cases {
		if got := endpointOf(in); got != want {
			t.Errorf("endpointOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// Two clients of one integration in one process share Autotask's three
// threads per endpoint, whatever each one's MaxInFlightPerEndpoint; a lower
// setting caps only that client's own use. (A provider process has one
// client: provider aliases are separate processes and share nothing.)
func TestThreadLimitSharedByClientsInOneProcess(t *testing.T) {
	var mu sync.Mutex
	inFlight, maxAll, rejected := 0, 0, 0
	perClient, maxPerClient := map[string]int{}, map[string]int{}
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		who := r.Header.Get("User-Agent")
		mu.Lock()
		inFlight++
		perClient[who]++
		maxAll = max(maxAll, inFlight)
		maxPerClient[who] = max(maxPerClient[who], perClient[who])
		over := inFlight > 3
		if over {
			rejected++
		}
		mu.Unlock()
		defer func() {
			mu.Lock()
			inFlight--
			perClient[who]--
			mu.Unlock()
		}()
		if over {
			writeJSON(w, 429, errorsBody("API thread threshold of 3 threads has been exceeded"))
			return
		}
		time.Sleep(3 * time.Millisecond) // hold the slot so requests overlap
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	newClient := func(agent string, maxInFlight int) *Client {
		cfg := testConfig(t, f.srv.URL)
		cfg.UserAgent = agent
		cfg.MaxInFlightPerEndpoint = maxInFlight
		cfg.RetryMax = -1 // a 429 must show, not be retried away
		return newTestClient(t, cfg)
	}
	wide, narrow := newClient("wide", 3), newClient("narrow", 1)
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for g := range 8 {
		for _, c := range []*Client{wide, narrow} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 10 {
					if _, err := c.Companies().Get(context.Background(), int64(g*100+i+1)); err != nil {
						errs <- err
					}
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if maxAll > 3 || rejected != 0 {
		t.Errorf("the server saw up to %d requests in flight for one integration and endpoint (%d rejected), want at most 3", maxAll, rejected)
	}
	if maxPerClient["narrow"] > 1 {
		t.Errorf("the client limited to 1 had %d in flight", maxPerClient["narrow"])
	}
	if maxAll < 3 || maxPerClient["wide"] < 2 {
		t.Errorf("requests never overlapped (max %d, wide %d): the test proves nothing", maxAll, maxPerClient["wide"])
	}
}
