package mockpsa

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// outcome is what a client saw: a status, or a connection closed without
// an answer (dropped).
type outcome struct {
	status  int
	dropped bool
	header  http.Header
	body    []byte
}

func (o outcome) String() string {
	if o.dropped {
		return "dropped"
	}
	return fmt.Sprint(o.status)
}

// try sends an authenticated call on a fresh connection and reports a
// dropped connection instead of failing.
func (e *env) try(method, path, body string) outcome {
	e.t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	ctx, cancel := context.WithTimeout(e.t.Context(), 30*time.Second)
	defer cancel()
	var rd io.Reader
	if body != "" {
		rd = bytes.NewBufferString(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, e.zone+"V1.0/"+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header = credHeader(e.creds)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			e.t.Fatalf("%s %s: no answer and no close: %v", method, path, err)
		}
		return outcome{dropped: true}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return outcome{dropped: true}
	}
	return outcome{status: resp.StatusCode, header: resp.Header, body: b}
}

func TestOperationOf(t *testing.T) {
	for _, tc := range []struct {
		method, path string
		want         Operation
	}{
		{"POST", "SecurityLevels", OpCreate},
		{"PATCH", "SecurityLevels", OpUpdate},
		{"PUT", "securitylevels", OpUpdate},
		{"DELETE", "SecurityLevels/1001", OpDelete},
		{"GET", "SecurityLevels/1001", OpGet},
		{"POST", "SecurityLevels/query", OpQuery},
		{"GET", "SecurityLevels/query", OpQuery},
		{"GET", "SecurityLevels/query/next", OpQuery},
		{"POST", "SecurityLevels/query/next", OpQuery},
		{"POST", "SecurityLevels/query/count", OpCount},
		{"GET", "SecurityLevels/Query/Count", OpCount},
		{"GET", "SecurityLevels/entityInformation", OpInfo},
		{"GET", "SecurityLevels/entityInformation/fields", OpInfo},
		{"GET", "ThresholdInformation", OpInfo},
		{"GET", "Companies/174/Contacts", OpQuery},
		{"POST", "Companies/174/Contacts", OpCreate},
		{"PATCH", "Companies/174/Contacts", OpUpdate},
		{"GET", "Companies/174/Contacts/9", OpGet},
		{"DELETE", "Companies/174/Contacts/9", OpDelete},
		{"GET", "SecurityLevels", ""},
		{"POST", "SecurityLevels/1001", ""},
	} {
		segs := strings.Split(tc.path, "/")
		if got := operationOf(tc.method, segs); got != tc.want {
			t.Errorf("%s %s: %q, want %q", tc.method, tc.path, got, tc.want)
		}
	}
}

// call is one request of every operation on SecurityLevels (and Contacts
// under a company), so a fault can be checked to hit exactly its own.
type opCall struct {
	name   string
	op     Operation
	entity string
	send   func(e *env) outcome
}

func opCalls(t *testing.T) []opCall {
	level := func(e *env) int64 {
		id, err := e.ten.Create("SecurityLevels", map[string]any{"name": fmt.Sprintf("Doomed %d", time.Now().UnixNano()), "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	company := func(e *env) string { return itoa(e.northwind()) }
	contact := func(e *env) int64 {
		id, err := e.ten.Create("Contacts", map[string]any{"companyID": e.northwind(), "firstName": "Faulty", "lastName": "Contact"})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	n := 0
	return []opCall{
		{"create", OpCreate, "SecurityLevels", func(e *env) outcome {
			n++
			return e.try("POST", "SecurityLevels", fmt.Sprintf(`{"name":"Created %d","copiedFromSecurityLevelID":%d}`, n, catalog.ServiceDeskUser))
		}},
		{"update", OpUpdate, "SecurityLevels", func(e *env) outcome {
			return e.try("PATCH", "SecurityLevels", fmt.Sprintf(`{"id":%d,"description":"patched"}`, level(e)))
		}},
		{"delete", OpDelete, "SecurityLevels", func(e *env) outcome { return e.try("DELETE", "SecurityLevels/"+itoa(level(e)), "") }},
		{"get", OpGet, "SecurityLevels", func(e *env) outcome { return e.try("GET", levelPath(catalog.ServiceDeskUser), "") }},
		{"query POST", OpQuery, "SecurityLevels", func(e *env) outcome { return e.try("POST", "SecurityLevels/query", `{}`) }},
		{"query GET", OpQuery, "SecurityLevels", func(e *env) outcome { return e.try("GET", "SecurityLevels/query?search=%7B%7D", "") }},
		{"count", OpCount, "SecurityLevels", func(e *env) outcome { return e.try("POST", "SecurityLevels/query/count", `{}`) }},
		{"info", OpInfo, "SecurityLevels", func(e *env) outcome { return e.try("GET", "SecurityLevels/entityInformation/fields", "") }},
		{"child create", OpCreate, "Contacts", func(e *env) outcome {
			return e.try("POST", "Companies/"+company(e)+"/Contacts", `{"firstName":"Child","lastName":"Create"}`)
		}},
		{"child list", OpQuery, "Contacts", func(e *env) outcome { return e.try("GET", "Companies/"+company(e)+"/Contacts", "") }},
		{"child get", OpGet, "Contacts", func(e *env) outcome {
			return e.try("GET", "Companies/"+company(e)+"/Contacts/"+itoa(contact(e)), "")
		}},
		{"child delete", OpDelete, "Contacts", func(e *env) outcome {
			return e.try("DELETE", "Companies/"+company(e)+"/Contacts/"+itoa(contact(e)), "")
		}},
		{"contacts query", OpQuery, "Contacts", func(e *env) outcome { return e.try("POST", "Contacts/query", `{}`) }},
	}
}

// A fault aimed at one operation hits every call of that operation on its
// entity and no other call: a fault on creates leaves the entity's
// queries (also POSTs) alone.
func TestFaultTargetsOperation(t *testing.T) {
	e := demoEnv(t)
	calls := opCalls(t)
	for _, target := range calls {
		t.Run(target.name, func(t *testing.T) {
			e.ten.ClearFaults()
			if err := e.ten.InjectFault(Fault{Kind: FaultStatus, Status: 503, Count: 1000, Op: target.op, Entity: target.entity}); err != nil {
				t.Fatal(err)
			}
			for _, c := range calls {
				got := c.send(e)
				hit := got.status == http.StatusServiceUnavailable
				want := c.op == target.op && c.entity == target.entity
				if hit != want {
					t.Errorf("fault on %s %s: %s answered %s (hit %t, want %t)", target.entity, target.op, c.name, got, hit, want)
				}
				if !hit && (got.dropped || got.status >= 300) {
					t.Errorf("%s failed without a fault: %s %s", c.name, got, got.body)
				}
			}
		})
	}
	e.ten.ClearFaults()
	// A method+entity fault without an operation still matches both POSTs.
	if err := e.ten.InjectFault(Fault{Kind: FaultStatus, Status: 503, Count: 2, Method: "POST", Entity: "SecurityLevels"}); err != nil {
		t.Fatal(err)
	}
	if got := calls[4].send(e); got.status != 503 {
		t.Errorf("POST fault without op on a query: %s", got)
	}
	if got := calls[0].send(e); got.status != 503 {
		t.Errorf("POST fault without op on a create: %s", got)
	}
	if err := e.ten.InjectFault(Fault{Kind: FaultDrop, Op: "teleport"}); err == nil {
		t.Error("unknown operation accepted")
	}
}

// Each random kind, drawn alone at rate 1, does exactly what it says.
func TestRandomFaultKinds(t *testing.T) {
	e := demoEnv(t)
	arm := func(k RandomKind, latency time.Duration) {
		t.Helper()
		if err := e.ten.SetRandomFaults(RandomFaults{Rate: 1, Seed: 7, Kinds: []RandomKind{k}, Latency: latency}); err != nil {
			t.Fatal(err)
		}
	}
	levels := func(name string) int { // out of band: no request, no fault
		all, _ := e.ten.List("SecurityLevels")
		n := 0
		for _, l := range all {
			if l["name"] == name {
				n++
			}
		}
		return n
	}
	create := func(name string) outcome {
		return e.try("POST", "SecurityLevels", fmt.Sprintf(`{"name":%q,"copiedFromSecurityLevelID":%d}`, name, catalog.ServiceDeskUser))
	}

	arm(RandomThreadLimit, 0)
	if got := create("T429"); got.status != 429 || got.header.Get("Retry-After") != "" || !strings.Contains(string(got.body), "API thread threshold of 3 threads has been exceeded") {
		t.Errorf("thread_limit: %s %v %s", got, got.header, got.body)
	}
	arm(RandomUnavailableRetryAfter, 0)
	if got := create("T503RA"); got.status != 503 || got.header.Get("Retry-After") != DefaultRandomRetryAfter {
		t.Errorf("unavailable_retry_after: %s %v", got, got.header)
	}
	arm(RandomUnavailable, 0)
	if got := create("T503"); got.status != 503 || got.header.Get("Retry-After") != "" {
		t.Errorf("unavailable: %s %v", got, got.header)
	}
	arm(RandomDrop, 0)
	if got := create("TDrop"); !got.dropped {
		t.Errorf("drop answered %s", got)
	}
	arm(RandomLostAnswer, 0)
	if got := create("TLost"); !got.dropped {
		t.Errorf("lost_answer answered %s", got)
	}
	e.ten.ClearFaults()
	for name, want := range map[string]int{"T429": 0, "T503RA": 0, "T503": 0, "TDrop": 0, "TLost": 1} {
		if got := levels(name); got != want {
			t.Errorf("%s: %d levels committed, want %d", name, got, want)
		}
	}

	// A slow answer is held (keeping its thread slot) until its latency
	// passes or the faults are cleared, then served.
	arm(RandomSlow, time.Hour)
	done := make(chan outcome, 1)
	go func() { done <- create("TSlow") }()
	// Held means in flight with its fault drawn: in flight alone can be seen
	// before the fault is picked, and clearing then would leave nothing to hold.
	waitFor(t, "the slow create to be held", func() bool {
		c := e.ten.Counters()
		return c.InFlight == 1 && c.FaultsByKind["latency"] == 1
	})
	if levels("TSlow") != 0 {
		t.Error("the slow create was processed before its latency passed")
	}
	e.ten.ClearFaults()
	if got := <-done; got.status != 200 {
		t.Errorf("slow create answered %s %s", got, got.body)
	}
	if levels("TSlow") != 1 {
		t.Error("slow create not committed")
	}

	want := map[string]int64{"status_429": 1, "status_503_retry_after": 1, "status_503": 1, "drop": 1, "commit_then_drop": 1, "latency": 1}
	if got := e.ten.Counters().FaultsByKind; !equalCounts(got, want) {
		t.Errorf("FaultsByKind %v, want %v", got, want)
	}
}

func equalCounts(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// The same seed and the same request order give the same faults; the rate
// is honoured; an operation or entity filter confines the draws.
func TestRandomFaultsDeterministic(t *testing.T) {
	run := func(seed uint64, rf RandomFaults) []string {
		e := demoEnv(t)
		rf.Seed = seed
		if err := e.ten.SetRandomFaults(rf); err != nil {
			t.Fatal(err)
		}
		var seq []string
		for i := range 200 {
			var got outcome
			switch i % 3 {
			case 0:
				got = e.try("GET", levelPath(catalog.ServiceDeskUser), "")
			case 1:
				got = e.try("POST", "SecurityLevels/query", `{}`)
			default:
				got = e.try("POST", "SecurityLevels", fmt.Sprintf(`{"name":"Seq %d","copiedFromSecurityLevelID":%d}`, i, catalog.ServiceDeskUser))
			}
			seq = append(seq, got.String())
		}
		return seq
	}
	fast := RandomFaults{Rate: 0.2, Latency: time.Microsecond}
	a, b, c := run(42, fast), run(42, fast), run(43, fast)
	if !slices.Equal(a, b) {
		t.Errorf("same seed, different faults:\n%v\n%v", a, b)
	}
	if slices.Equal(a, c) {
		t.Error("seeds 42 and 43 gave the same 200 outcomes")
	}
	faulted := 0
	for _, o := range a {
		if o != "200" {
			faulted++
		}
	}
	// Slow answers are served (200), so failed calls are 5/6 of the faults:
	// about 33 of 200 at rate 0.2.
	if faulted < 15 || faulted > 55 {
		t.Errorf("%d of 200 calls failed at rate 0.2", faulted)
	}

	// Creates only: every other call is served.
	only := run(42, RandomFaults{Rate: 1, Kinds: []RandomKind{RandomUnavailable}, Operations: []Operation{OpCreate}, Entity: "securitylevels"})
	for i, o := range only {
		if wantFault := i%3 == 2; (o == "503") != wantFault {
			t.Fatalf("call %d (%d) answered %s with faults on creates only", i, i%3, o)
		}
	}
}

func TestRandomFaultsValidation(t *testing.T) {
	e := demoEnv(t)
	for _, rf := range []RandomFaults{
		{Rate: -0.1}, {Rate: 1.5}, {Rate: 0.2, Kinds: []RandomKind{"meteor"}},
		{Rate: 0.2, Operations: []Operation{"teleport"}}, {Rate: 0.2, Entity: "Nope"}, {Rate: 0.2, Latency: -time.Second},
	} {
		if err := e.ten.SetRandomFaults(rf); err == nil {
			t.Errorf("%+v accepted", rf)
		}
	}
	if err := e.ten.SetRandomFaults(RandomFaults{Rate: 0.5, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	rf, ok := e.ten.RandomFaults()
	if !ok || len(rf.Kinds) != len(RandomKinds()) || rf.Latency != DefaultRandomLatency || rf.RetryAfter != DefaultRandomRetryAfter {
		t.Errorf("defaults not applied: %+v", rf)
	}
	if err := e.ten.SetRandomFaults(RandomFaults{}); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.ten.RandomFaults(); ok {
		t.Error("rate 0 did not turn random mode off")
	}
}

func TestControlAPIFaults(t *testing.T) {
	e := demoEnv(t)
	ctl := func(method, path string, body any) response {
		t.Helper()
		return e.raw(method, e.ts.URL+"/_mock/tenants/acme/"+path, body, nil)
	}
	// an armed fault on one operation
	e.mustStatus(ctl("POST", "faults", map[string]any{"kind": "status", "status": 503, "op": "create", "entity": "SecurityLevels", "count": 5}), 204)
	e.mustStatus(ctl("POST", "faults", map[string]any{"kind": "drop", "op": "teleport"}), 400)
	e.mustStatus(e.call("POST", "SecurityLevels/query", "{}"), 200)
	e.mustStatus(e.call("POST", "SecurityLevels", map[string]any{"name": "Blocked", "copiedFromSecurityLevelID": lv(catalog.ServiceDeskUser)}), 503)
	r := ctl("GET", "faults", nil)
	if !strings.Contains(string(r.body), `"op":"create"`) || !strings.Contains(string(r.body), `"count":4`) {
		t.Errorf("faults %s", r.body)
	}
	e.mustStatus(ctl("DELETE", "faults", nil), 204)

	// a slow answer needs its latency (the control API cannot release it)
	e.mustStatus(ctl("POST", "faults", map[string]any{"kind": "slow_answer", "op": "get"}), 400)
	e.mustStatus(ctl("POST", "faults", map[string]any{"kind": "slow_answer", "op": "get", "latency": "1ms"}), 204)
	e.mustStatus(e.call("GET", fmt.Sprintf("SecurityLevels/%d", lv(catalog.ServiceDeskUser)), nil), 200)
	if c := e.ten.Counters(); c.FaultsByKind["slow_answer"] != 1 {
		t.Errorf("a slow answer did not fire: %v", c.FaultsByKind)
	}

	// random mode
	e.mustStatus(ctl("GET", "faults/random", nil), 404)
	r = ctl("PUT", "faults/random", map[string]any{"rate": 1, "seed": 3, "kinds": []string{"unavailable"}, "operations": []string{"get"}, "latency": "5ms"})
	e.mustStatus(r, 200)
	if m := r.json(); m["latency"] != "5ms" || fmt.Sprint(m["operations"]) != "[get]" {
		t.Errorf("random view %s", r.body)
	}
	e.mustStatus(e.call("GET", levelPath(catalog.ServiceDeskUser), nil), 503)
	e.mustStatus(e.call("POST", "SecurityLevels/query", "{}"), 200)
	if r := ctl("GET", "faults", nil); !strings.Contains(string(r.body), `"random":{"rate":1,"seed":3`) {
		t.Errorf("faults without the random mode: %s", r.body)
	}
	e.mustStatus(ctl("PUT", "faults/random", map[string]any{"rate": 2}), 400)
	e.mustStatus(ctl("PUT", "faults/random", map[string]any{"rate": 0.1, "colour": "red"}), 400)
	e.mustStatus(ctl("DELETE", "faults/random", nil), 204)
	e.mustStatus(e.call("GET", levelPath(catalog.ServiceDeskUser), nil), 200)
	if c := e.ten.Counters(); c.FaultsByKind["status_503"] != 2 {
		t.Errorf("counters %+v", c.FaultsByKind)
	}
}

// A tenant without the security-administration extension answers 404 for
// its entities, as for an unknown route, and serves the documented ones.
func TestTenantWithoutExtension(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Zone: "webservices3", WithoutExtension: true})
	for _, x := range catalog.ExtensionEntities() {
		for _, c := range []struct{ method, path, body string }{
			{"GET", x.Name + "/1", ""},
			{"POST", x.Name + "/query", "{}"},
			{"POST", x.Name + "/query/count", "{}"},
			{"GET", x.Name + "/entityInformation", ""},
			{"POST", x.Name, `{"name":"X"}`},
		} {
			got := e.try(c.method, c.path, c.body)
			if got.status != 404 || !strings.Contains(string(got.body), "No HTTP resource was found") {
				t.Errorf("%s %s: %s %s", c.method, c.path, got, got.body)
			}
		}
	}
	e.mustStatus(e.call("POST", "Resources/query", "{}"), 200)
	e.mustStatus(e.call("GET", "Companies/"+itoa(e.northwind()), nil), 200)
	// the data is still there for the web UI (and the Go API)
	if lv, _ := e.ten.List("SecurityLevels"); len(lv) == 0 {
		t.Error("no security levels underneath")
	}
	r := e.raw("GET", e.ts.URL+"/_mock/tenants/acme", nil, nil)
	if !strings.Contains(string(r.body), `"without_extension":true`) {
		t.Errorf("tenant view %s", r.body)
	}
	// switched on, the same tenant serves it
	e.ten.SetWithoutExtension(false)
	if e.ten.WithoutExtension() {
		t.Error("still without the extension")
	}
	e.mustStatus(e.call("GET", levelPath(catalog.ServiceDeskUser), nil), 200)
}

// A caller whose level lacks the Admin permission of an extension entity
// reads it as not visible: {"item":null}, empty pages, a zero count.
func TestExtensionVisibility(t *testing.T) {
	e := demoEnv(t)
	for _, x := range catalog.ExtensionEntities() {
		t.Run(x.Name, func(t *testing.T) {
			p, ok := catalog.PermissionByKey(x.Visibility)
			if !ok {
				t.Fatalf("no permission %s", x.Visibility)
			}
			name := "No " + x.Name
			lvl, err := e.ten.Create("SecurityLevels", map[string]any{"name": name, "copiedFromSecurityLevelID": int64(catalog.APIUser), p.Field: false})
			if err != nil {
				t.Fatal(err)
			}
			user := strings.ToLower(x.Name) + "@acme.example.com"
			id, err := e.ten.Create("ApiUsers", map[string]any{"userName": user, "firstName": "No", "lastName": x.Name, "securityLevelID": lvl, "secret": "hidden-secret-1"})
			if err != nil {
				t.Fatal(err)
			}
			u, _ := e.ten.Get("ApiUsers", id)
			c := Credentials{Username: user, Secret: "hidden-secret-1", IntegrationCode: u["integrationCode"].(string)}
			all, _ := e.ten.List(x.Name)
			if len(all) == 0 {
				t.Fatalf("no %s to hide", x.Name)
			}
			some := itoa(all[0]["id"].(int64))
			r := e.raw("GET", e.zone+"V1.0/"+x.Name+"/"+some, nil, credHeader(c))
			if r.status != 200 || string(r.body) != "{\"item\":null}\n" {
				t.Errorf("hidden GET answered %d %s", r.status, r.body)
			}
			if r := e.raw("POST", e.zone+"V1.0/"+x.Name+"/query", "{}", credHeader(c)); r.status != 200 || len(r.items()) != 0 {
				t.Errorf("hidden query answered %d %s", r.status, r.body)
			}
			if r := e.raw("POST", e.zone+"V1.0/"+x.Name+"/query/count", "{}", credHeader(c)); num(r.json()["queryCount"]) != 0 {
				t.Errorf("hidden count %s", r.body)
			}
			// the identity (API User level) still sees it
			if r := e.call("GET", x.Name+"/"+some, nil); r.item() == nil {
				t.Errorf("identity sees %s", r.body)
			}
		})
	}
}
