package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakePSA is a small scripted Autotask for unit tests: discovery plus an
// entity handler the test provides.
type fakePSA struct {
	t   *testing.T
	srv *httptest.Server

	mu          sync.Mutex
	zone        string // path prefix of the zone, e.g. "/zoneA"
	versionHits int
	zoneHits    int
	requests    []recorded
	handler     func(w http.ResponseWriter, r *http.Request, rest string, body []byte)
	// zoneHook, when set, runs before zoneInformation answers (to hold it).
	zoneHook func(r *http.Request)
}

type recorded struct {
	Method string
	Rest   string
	Query  string
	Header http.Header
	Body   string
}

func newFakePSA(t *testing.T, h func(w http.ResponseWriter, r *http.Request, rest string, body []byte)) *fakePSA {
	t.Helper()
	f := &fakePSA{t: t, zone: "/zoneA", handler: h}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakePSA) serve(w http.ResponseWriter, r *http.Request) {
	p := strings.ToLower(r.URL.Path)
	switch p {
	case "/atservicesrest/versioninformation":
		f.mu.Lock()
		f.versionHits++
		f.mu.Unlock()
		writeJSON(w, 200, map[string]any{"apiVersions": []string{"V1.0", "V2.0"}})
		return
	case "/atservicesrest/v1.0/zoneinformation":
		f.mu.Lock()
		f.zoneHits++
		zone, hook := f.zone, f.zoneHook
		f.mu.Unlock()
		if hook != nil {
			hook(r)
		}
		if r.URL.Query().Get("user") != "api@example.com" {
			writeJSON(w, 500, map[string]any{"errors": []string{"Zone information could not be determined"}})
			return
		}
		writeJSON(w, 200, map[string]any{"zoneName": "Zone A", "url": f.srv.URL + zone + "/ATServicesRest/", "webUrl": f.srv.URL + zone + "/", "ci": 1})
		return
	}
	f.mu.Lock()
	prefix := strings.ToLower(f.zone) + "/atservicesrest/v1.0/"
	f.mu.Unlock()
	if !strings.HasPrefix(p, prefix) {
		// Any other zone: the tenant does not live there.
		writeJSON(w, 401, map[string]any{"errors": []string{"Unauthorized"}})
		return
	}
	rest := r.URL.Path[len(prefix):]
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.requests = append(f.requests, recorded{Method: r.Method, Rest: rest, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: string(body)})
	f.mu.Unlock()
	f.handler(w, r, rest, body)
}

func (f *fakePSA) recorded() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.requests...)
}

func (f *fakePSA) countHits(method, rest string) int {
	n := 0
	for _, r := range f.recorded() {
		if r.Method == method && strings.EqualFold(r.Rest, rest) {
			n++
		}
	}
	return n
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func errorsBody(msgs ...string) map[string]any { return map[string]any{"errors": msgs} }

// dropConnection closes the connection without an answer.
func dropConnection(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("no hijacker")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

// captureLogger records every line, for redaction and warning tests.
type captureLogger struct {
	mu    sync.Mutex
	lines []string
	warns []string
}

func (l *captureLogger) add(level, msg string, kv []any) {
	var b strings.Builder
	b.WriteString(level + " " + msg)
	for i := 0; i+1 < len(kv); i += 2 {
		fmt.Fprintf(&b, " %v=%v", kv[i], kv[i+1])
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, b.String())
	if level == "WARN" {
		l.warns = append(l.warns, b.String())
	}
}

func (l *captureLogger) Debug(_ context.Context, msg string, kv ...any) { l.add("DEBUG", msg, kv) }
func (l *captureLogger) Info(_ context.Context, msg string, kv ...any)  { l.add("INFO", msg, kv) }
func (l *captureLogger) Warn(_ context.Context, msg string, kv ...any)  { l.add("WARN", msg, kv) }

func (l *captureLogger) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

func (l *captureLogger) warnings() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.warns...)
}

const testSecret = "S3cr3t-Value-42"

// testConfig is a config with tiny retry waits.
func testConfig(t *testing.T, baseURL string) Config {
	return Config{
		BaseURL:         baseURL,
		Username:        "api@example.com",
		Secret:          testSecret,
		IntegrationCode: "CODE-" + strings.ReplaceAll(t.Name(), "/", "-"),
		Version:         "1.2.3",
		RetryMax:        4,
		RetryWaitMin:    time.Millisecond,
		RetryWaitMax:    5 * time.Millisecond,
		RetryAfterMax:   20 * time.Millisecond,
	}
}

func newTestClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}
