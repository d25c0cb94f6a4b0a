package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// createStore is a fake Companies table whose POST answers follow a script.
type createStore struct {
	mu      sync.Mutex
	byName  map[string]int64
	next    int64
	script  []string // one step per POST; "ok" after the script ends
	posts   int
	queries int
}

func (s *createStore) handler(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Method == "POST" && strings.EqualFold(rest, "Companies"):
		step := "ok"
		if s.posts < len(s.script) {
			step = s.script[s.posts]
		}
		s.posts++
		var obj struct {
			CompanyName string `json:"companyName"`
		}
		_ = json.Unmarshal(body, &obj)
		commit := func() int64 {
			s.next++
			s.byName[obj.CompanyName] = s.next
			return s.next
		}
		switch step {
		case "429":
			writeJSON(w, 429, errorsBody("API thread threshold of 3 threads has been exceeded"))
		case "503":
			w.WriteHeader(503)
		case "drop":
			dropConnection(w)
		case "commit-then-drop":
			commit()
			dropConnection(w)
		case "commit-then-500":
			commit()
			w.WriteHeader(500)
		case "validation":
			writeJSON(w, 500, errorsBody("Field 'companyName' is required"))
		default:
			writeJSON(w, 200, map[string]any{"itemId": commit()})
		}
	case r.Method == "POST" && strings.EqualFold(rest, "Companies/query"):
		s.queries++
		var q struct {
			Filter []struct {
				Field string `json:"field"`
				Value any    `json:"value"`
			} `json:"filter"`
		}
		_ = json.Unmarshal(body, &q)
		items := []any{}
		if len(q.Filter) == 1 {
			if id, ok := s.byName[q.Filter[0].Value.(string)]; ok {
				items = append(items, map[string]any{"id": id})
			}
		}
		writeJSON(w, 200, map[string]any{"items": items, "pageDetails": map[string]any{"count": len(items)}})
	default:
		writeJSON(w, 404, errorsBody("no route"))
	}
}

func (s *createStore) stats() (posts, queries int, acme int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posts, s.queries, s.byName["Acme"]
}

func (s *createStore) objects() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byName)
}

// dialFailer fails the first n attempts with a dial error, before anything
// reaches the server.
type dialFailer struct {
	n    atomic.Int32
	base http.RoundTripper
}

func (d *dialFailer) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.Contains(r.URL.Path, "/V1.0/") && d.n.Add(-1) >= 0 {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	}
	return d.base.RoundTrip(r)
}

func TestCreateSafety(t *testing.T) {
	cases := []struct {
		name       string
		script     []string
		dialFails  int32
		natural    bool
		wantErr    error
		wantPosts  int
		wantObjs   int
		wantLookup bool
	}{
		{"plain", nil, 0, true, nil, 1, 1, false},
		{"429 is retried", []string{"429", "429"}, 0, true, nil, 3, 1, false},
		{"dial error is retried", nil, 2, false, nil, 1, 1, false},
		{"commit then drop finds the object", []string{"commit-then-drop"}, 0, true, nil, 1, 1, true},
		{"commit then 500 finds the object", []string{"commit-then-500"}, 0, true, nil, 1, 1, true},
		{"503 before commit creates again", []string{"503"}, 0, true, nil, 2, 1, true},
		{"drop before commit creates again", []string{"drop", "drop"}, 0, true, nil, 3, 1, true},
		{"no natural key: not repeated", []string{"commit-then-drop"}, 0, false, ErrCreateOutcomeUnknown, 1, 1, false},
		{"validation is final", []string{"validation"}, 0, true, ErrValidation, 1, 0, false},
		{"gives up after RetryMax rounds", []string{"drop", "drop", "drop", "drop", "drop", "drop"}, 0, true, ErrCreateOutcomeUnknown, 4, 0, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := &createStore{byName: map[string]int64{}, script: tc.script, next: 100}
			f := newFakePSA(t, st.handler)
			cfg := testConfig(t, f.srv.URL)
			df := &dialFailer{base: http.DefaultTransport}
			df.n.Store(tc.dialFails)
			cfg.HTTPClient = &http.Client{Transport: df}
			c := newTestClient(t, cfg)
			opts := CreateOptions{}
			if tc.natural {
				opts.NaturalKey = Eq("companyName", "Acme")
			}
			id, err := c.Companies().Create(context.Background(), &Company{CompanyName: String("Acme")}, opts)
			posts, queries, stored := st.stats()
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if id != stored {
					t.Errorf("id %d, stored %d", id, stored)
				}
			}
			if posts != tc.wantPosts {
				t.Errorf("POSTs reaching the server: %d, want %d", posts, tc.wantPosts)
			}
			if st.objects() != tc.wantObjs {
				t.Errorf("objects: %d, want %d", st.objects(), tc.wantObjs)
			}
			if (queries > 0) != tc.wantLookup {
				t.Errorf("natural-key lookups: %d, want any=%v", queries, tc.wantLookup)
			}
		})
	}
}

func TestCreateDropsZeroIDAndReadOnlyFields(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"itemId": 1001})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	lvl := &SecurityLevel{Name: String("Ops"), IsSystem: Bool(true), LicenseType: Int(7), CopiedFromSecurityLevelID: Int64(3)}
	id, err := c.SecurityLevels().Create(context.Background(), lvl, CreateOptions{NaturalKey: Eq("name", "Ops")})
	if err != nil || id != 1001 {
		t.Fatalf("id %d err %v", id, err)
	}
	body := f.recorded()[0].Body
	for _, bad := range []string{`"id"`, "isSystem", "licenseType"} {
		if strings.Contains(body, bad) {
			t.Errorf("create body %s contains %s", body, bad)
		}
	}
	if !strings.Contains(body, `"copiedFromSecurityLevelID":3`) {
		t.Errorf("create body %s lacks the base level", body)
	}
}
