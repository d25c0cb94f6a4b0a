package autotask

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The batching tests hold batches open with a window far longer than any
// test (an hour): a batch then goes out only when it is full or the test
// flushes it, so every request count below is exact.
const holdOpen = time.Hour

// openWaiters reports how many callers wait in the open (not yet sent)
// batches of entity, whatever resource they impersonate.
func (rb *readBatcher) openWaiters(entity string) int {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	n := 0
	for k, g := range rb.groups {
		if k.entity == strings.ToLower(entity) && g.open != nil {
			n += g.open.live
		}
	}
	return n
}

// sharing reports how many callers wait on the batch under way that reads id.
func (rb *readBatcher) sharing(entity string, id int64) int {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	g := rb.groups[batchKey{entity: strings.ToLower(entity)}]
	if g == nil || g.inFlight[id] == nil {
		return 0
	}
	return g.inFlight[id].live
}

// flush sends the open batches of entity now.
func (rb *readBatcher) flush(entity string) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	for k, g := range rb.groups {
		if k.entity == strings.ToLower(entity) && g.open != nil {
			g.open.closeFull()
		}
	}
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// batchEnv is a mock tenant holding n custom security levels (their ids,
// and their names by id), with a client that batches reads and the
// counters reset.
func batchEnv(t testing.TB, n int, tune func(*Config)) (*mockEnv, []int64, map[int64]string) {
	t.Helper()
	// Budgets out of the way: benchmarks read many thousand times.
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{RequestBudget: 1 << 30}, func(c *Config) {
		c.ReadBatchWindow = holdOpen
		c.RequestBudget = 1 << 30
		if tune != nil {
			tune(c)
		}
	})
	ids := make([]int64, n)
	names := make(map[int64]string, n)
	for i := range ids {
		name := fmt.Sprintf("Level %04d", i)
		id, err := env.ten.Create(EntitySecurityLevels, map[string]any{
			"name": name, "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser),
		})
		if err != nil {
			t.Fatal(err)
		}
		ids[i], names[id] = id, name
	}
	// The tests decide when batches go out (see TestBatchGoesOutWhenTheUsualReadersWait).
	env.c.batch.learnPeak = false
	// Discovery once, so the counters below hold only entity calls.
	if _, err := env.c.ZoneURL(context.Background()); err != nil {
		t.Fatal(err)
	}
	env.ten.ResetCounters()
	return env, ids, names
}

// getAll reads every id concurrently and checks each answer is its own.
func getAll(t testing.TB, c *Client, ids []int64, names map[int64]string) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := c.SecurityLevels().Get(context.Background(), id)
			switch {
			case err != nil:
				errs <- err
			case l.ID != id || l.Name == nil || *l.Name != names[id]:
				errs <- fmt.Errorf("Get(%d) answered %d %v", id, l.ID, deref(l.Name))
			case len(l.Permissions) != len(catalog.Permissions()):
				errs <- fmt.Errorf("Get(%d) has %d permissions", id, len(l.Permissions))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestBatchedGets500AreOneQuery(t *testing.T) {
	env, ids, names := batchEnv(t, 500, nil)
	getAll(t, env.c, ids, names) // 500 ids fill a batch: it goes out without a flush
	cnt := env.ten.Counters()
	if cnt.Total != 1 || cnt.ByMethod["POST"] != 1 {
		t.Errorf("500 concurrent Gets cost %d requests (%v), want one POST query", cnt.Total, cnt.ByMethod)
	}
}

func TestBatchedGets1200AreThreeQueries(t *testing.T) {
	env, ids, names := batchEnv(t, 1200, nil)
	done := make(chan struct{})
	go func() { defer close(done); getAll(t, env.c, ids, names) }()
	// Two batches fill up and go; the last 200 wait for the window.
	waitFor(t, "the last 200 reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 200 })
	env.c.batch.flush(EntitySecurityLevels)
	<-done
	cnt := env.ten.Counters()
	if cnt.Total != 3 || cnt.ByMethod["POST"] != 3 {
		t.Errorf("1200 concurrent Gets cost %d requests (%v), want three POST queries", cnt.Total, cnt.ByMethod)
	}
	if cnt.TooManyRequests != 0 {
		t.Errorf("%d answers were 429", cnt.TooManyRequests)
	}
}

// A read that starts after a write has started never takes the answer of a
// batch that began before the write; without a write it shares it.
func TestBatchedReadAfterWrite(t *testing.T) {
	env, ids, _ := batchEnv(t, 1, nil)
	id := ids[0]
	levels := env.c.SecurityLevels()
	ctx := context.Background()

	// Batch A begins and is held by the PSA.
	if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Latency: time.Minute, Method: "POST", Entity: EntitySecurityLevels}); err != nil {
		t.Fatal(err)
	}
	type answer struct {
		name string
		err  error
	}
	get := func() chan answer {
		ch := make(chan answer, 1)
		go func() {
			l, err := levels.Get(ctx, id)
			if err != nil {
				ch <- answer{err: err}
				return
			}
			ch <- answer{name: *l.Name}
		}()
		return ch
	}
	first := get()
	waitFor(t, "the first read to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 1 })
	env.c.batch.flush(EntitySecurityLevels)
	waitFor(t, "batch A to reach the PSA", func() bool { return env.ten.Counters().InFlight == 1 })

	// Without a write a second read shares batch A.
	shared := get()
	waitFor(t, "the second read to share batch A", func() bool { return env.c.batch.sharing(EntitySecurityLevels, id) == 2 })

	// A write starts and ends; the read after it must not share batch A.
	if err := levels.Update(ctx, &SecurityLevel{ID: id, Name: String("Renamed")}); err != nil {
		t.Fatal(err)
	}
	after := get() // no write in progress: batch B goes out at once
	select {
	case a := <-after:
		if a.err != nil || a.name != "Renamed" {
			t.Errorf("read after the write answered %q, %v; want the new name", a.name, a.err)
		}
	case <-time.After(30 * time.Second):
		env.ten.ClearFaults()
		t.Fatal("the read after the write waited for batch A, which began before the write")
	}

	// The read after the write was answered while batch A was still held:
	// it did not wait for, nor take, A's answer.
	env.ten.ClearFaults() // batch A answers now
	for what, ch := range map[string]chan answer{"first read": first, "shared read": shared} {
		if a := <-ch; a.err != nil || a.name == "" {
			t.Errorf("%s answered %q, %v", what, a.name, a.err)
		}
	}
	cnt := env.ten.Counters()
	if cnt.ByMethod["POST"] != 2 || cnt.ByMethod["PATCH"] != 1 || cnt.Total != 3 {
		t.Errorf("requests %v; want two queries and one PATCH", cnt.ByMethod)
	}
}

// An id the answer lacks is not found, exactly as a GET answered 404 or
// {"item":null} (what a restricted user gets for data it may not see).
func TestBatchedGetNotFoundMatchesGET(t *testing.T) {
	batched := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, func(c *Config) { c.ReadBatchWindow = holdOpen })
	ctx := context.Background()
	companies, err := batched.c.Companies().Query(ctx, QueryOptions{Limit: 1})
	if err != nil || len(companies) != 1 {
		t.Fatalf("companies: %v %v", companies, err)
	}
	existing := companies[0].ID
	var zoe int64
	for _, r := range mustList(t, batched.ten, EntityResources) {
		if r["userName"] == "zadams" { // Minimal Access: companies hidden
			zoe, _ = r["id"].(int64)
		}
	}
	if zoe == 0 {
		t.Fatal("demo seed lacks zadams")
	}
	plain, err := New(func() Config { c := batched.cfg; c.ReadBatchWindow = 0; return c }())
	if err != nil {
		t.Fatal(err)
	}
	hidden := WithImpersonation(ctx, zoe)
	cases := []struct {
		name       string
		ctx        context.Context
		id         int64
		notFound   bool
		notVisible bool
	}{
		{"visible", ctx, existing, false, false},
		{"missing", ctx, 987654321, true, false},
		{"hidden from the impersonated resource", hidden, existing, false, true},
	}
	batched.ten.ResetCounters()
	var wg sync.WaitGroup
	for _, tc := range cases {
		for _, c := range []*Client{batched.c, plain} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mode := map[bool]string{true: "batched", false: "GET"}[c == batched.c]
				got, err := c.Companies().Get(tc.ctx, tc.id)
				if tc.notVisible {
					if !IsNotVisible(err) || IsNotFound(err) || got != nil {
						t.Errorf("%s %s: got %v, %v; want not visible (never not found)", tc.name, mode, got, err)
					}
					return
				}
				if tc.notFound {
					if !IsNotFound(err) || got != nil {
						t.Errorf("%s %s: got %v, %v; want not found", tc.name, mode, got, err)
					}
					if err != nil && !strings.Contains(err.Error(), strconv.FormatInt(tc.id, 10)) {
						t.Errorf("%s %s: error %q", tc.name, mode, err)
					}
					return
				}
				if err != nil || got.ID != tc.id {
					t.Errorf("%s %s: got %v, %v", tc.name, mode, got, err)
				}
			}()
		}
	}
	waitFor(t, "the batched reads to gather", func() bool { return batched.c.batch.openWaiters(EntityCompanies) == len(cases) })
	batched.c.batch.flush(EntityCompanies)
	wg.Wait()
	cnt := batched.ten.Counters()
	// The plain client sent three GETs; the batched one two queries (one
	// for the identity, visible and missing together, one impersonated)
	// and a GET for each id missing from an answer (missing, hidden), since
	// only a GET tells deleted (404) from hidden (an empty item). Each
	// client also asks entityInformation once, after its first 404, to tell
	// a missing object from an entity the PSA does not serve.
	if cnt.ByMethod["GET"] != 3+2+2 || cnt.ByMethod["POST"] != 2 {
		t.Errorf("requests %v; want 3 GETs (plain), 2 queries and 2 GETs (batched), 2 entityInformation", cnt.ByMethod)
	}
}

func mustList(t *testing.T, ten *mockpsa.Tenant, entity string) []map[string]any {
	t.Helper()
	l, err := ten.List(entity)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// A failed batch fails every waiter with the PSA's error; the next reads
// ask again.
func TestBatchedGetErrorReachesEveryWaiter(t *testing.T) {
	env, ids, names := batchEnv(t, 5, func(c *Config) { c.RetryMax = -1 })
	if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 503, Message: "maintenance window", Method: "POST", Entity: EntitySecurityLevels}); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, len(ids))
	for _, id := range ids {
		go func() {
			_, err := env.c.SecurityLevels().Get(context.Background(), id)
			errs <- err
		}()
	}
	waitFor(t, "five reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 5 })
	env.c.batch.flush(EntitySecurityLevels)
	for range ids {
		err := <-errs
		if !IsServerError(err) || !strings.Contains(err.Error(), "maintenance window") || IsNotFound(err) {
			t.Errorf("waiter got %v; want the 503", err)
		}
	}
	if n := env.ten.Counters().Total; n != 1 {
		t.Errorf("%d requests; want the one failed query", n)
	}
	done := make(chan struct{})
	go func() { defer close(done); getAll(t, env.c, ids, names) }()
	waitFor(t, "the retry reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 5 })
	env.c.batch.flush(EntitySecurityLevels)
	<-done
	if n := env.ten.Counters().Total; n != 2 {
		t.Errorf("%d requests; want one more query after the failure", n)
	}
}

// A waiter that gives up leaves; the others still get their answers, from
// the same request.
func TestBatchedGetCancellation(t *testing.T) {
	env, ids, names := batchEnv(t, 3, nil)
	levels := env.c.SecurityLevels()

	t.Run("before the batch begins", func(t *testing.T) {
		env.ten.ResetCounters()
		quitter, quit := context.WithCancel(context.Background())
		quitErr := make(chan error, 1)
		go func() { _, err := levels.Get(quitter, ids[0]); quitErr <- err }()
		waitFor(t, "the first read to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 1 })
		done := make(chan struct{})
		go func() { defer close(done); getAll(t, env.c, ids[1:], names) }()
		waitFor(t, "all reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 3 })
		quit()
		if err := <-quitErr; !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled waiter got %v", err)
		}
		waitFor(t, "the cancelled read to leave", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 2 })
		env.c.batch.flush(EntitySecurityLevels)
		<-done
		if n := env.ten.Counters().Total; n != 1 {
			t.Errorf("%d requests, want 1", n)
		}
	})

	t.Run("while the query is under way", func(t *testing.T) {
		env.ten.ResetCounters()
		if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Latency: time.Minute, Method: "POST", Entity: EntitySecurityLevels}); err != nil {
			t.Fatal(err)
		}
		quitter, quit := context.WithCancel(context.Background())
		quitErr := make(chan error, 1)
		go func() { _, err := levels.Get(quitter, ids[0]); quitErr <- err }()
		stayErr := make(chan error, 1)
		go func() {
			l, err := levels.Get(context.Background(), ids[1])
			if err == nil && l.ID != ids[1] {
				err = fmt.Errorf("answered %d", l.ID)
			}
			stayErr <- err
		}()
		waitFor(t, "both reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 2 })
		env.c.batch.flush(EntitySecurityLevels)
		waitFor(t, "the query to reach the PSA", func() bool { return env.ten.Counters().InFlight == 1 })
		quit()
		if err := <-quitErr; !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled waiter got %v", err)
		}
		env.ten.ClearFaults()
		if err := <-stayErr; err != nil {
			t.Errorf("the other waiter inherited the cancellation: %v", err)
		}
		if n := env.ten.Counters().Total; n != 1 {
			t.Errorf("%d requests, want the one query", n)
		}
	})

}

// When every waiter has given up, the request is abandoned, not waited out.
func TestBatchAbandonedWhenEveryWaiterLeaves(t *testing.T) {
	started, abandoned := make(chan struct{}, 1), make(chan struct{})
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		started <- struct{}{}
		<-r.Context().Done()
		close(abandoned)
	})
	cfg := testConfig(t, f.srv.URL)
	cfg.ReadBatchWindow = holdOpen
	c := newTestClient(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 2)
	for id := int64(1); id <= 2; id++ {
		go func() { _, err := c.Companies().Get(ctx, id); errc <- err }()
	}
	waitFor(t, "both reads to gather", func() bool { return c.batch.openWaiters(EntityCompanies) == 2 })
	c.batch.flush(EntityCompanies)
	<-started
	cancel()
	for range 2 {
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("waiter got %v", err)
		}
	}
	select {
	case <-abandoned:
	case <-time.After(30 * time.Second):
		t.Fatal("the query went on after every waiter left")
	}
	if n := len(f.recorded()); n != 1 {
		t.Errorf("%d requests, want the one abandoned query", n)
	}
}

func TestReadBatchingOff(t *testing.T) {
	env, ids, names := batchEnv(t, 4, func(c *Config) { c.ReadBatchWindow = 0 })
	getAll(t, env.c, ids, names)
	if cnt := env.ten.Counters(); cnt.ByMethod["GET"] != 4 || cnt.Total != 4 {
		t.Errorf("requests %v; want one GET per read with batching off", cnt.ByMethod)
	}
	if _, err := New(Config{BaseURL: "https://x.example/", Username: "u", Secret: "s", IntegrationCode: "c", ReadBatchWindow: -time.Millisecond}); err == nil {
		t.Error("negative ReadBatchWindow accepted")
	}
}

// Child services read through their parent, which a query cannot check.
func TestChildGetsAreNotBatched(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, func(c *Config) { c.ReadBatchWindow = time.Millisecond })
	ctx := context.Background()
	contacts, err := env.c.Contacts().Query(ctx, QueryOptions{Limit: 1})
	if err != nil || len(contacts) != 1 || contacts[0].CompanyID == nil {
		t.Fatalf("contacts %v %v", contacts, err)
	}
	env.ten.ResetCounters()
	got, err := env.c.CompanyContacts(*contacts[0].CompanyID).Get(ctx, contacts[0].ID)
	if err != nil || got.ID != contacts[0].ID {
		t.Fatalf("got %v, %v", got, err)
	}
	if _, err := env.c.CompanyContacts(*contacts[0].CompanyID+1).Get(ctx, contacts[0].ID); !IsNotFound(err) {
		t.Errorf("contact under another company: %v", err)
	}
	// Two GETs of the contact, and one of entityInformation after the 404
	// (a missing object, not an entity the PSA does not serve).
	if cnt := env.ten.Counters(); cnt.ByMethod["GET"] != 3 || cnt.Total != 3 {
		t.Errorf("requests %v; want two GETs and one entityInformation", cnt.ByMethod)
	}
}

// An entity whose query is not served is read one by one, and remembered.
func TestBatchFallsBackToGETWhenQueryUnsupported(t *testing.T) {
	var queries, gets atomic.Int32
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if strings.HasSuffix(strings.ToLower(rest), "/query") {
			queries.Add(1)
			writeJSON(w, 405, map[string]any{"Message": "The requested resource does not support http method 'POST'."})
			return
		}
		gets.Add(1)
		id, _ := strconv.ParseInt(rest[strings.LastIndexByte(rest, '/')+1:], 10, 64)
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": id}})
	})
	cfg := testConfig(t, f.srv.URL)
	cfg.ReadBatchWindow = time.Millisecond
	c := newTestClient(t, cfg)
	for round := 0; round < 2; round++ {
		var wg sync.WaitGroup
		for id := int64(1); id <= 3; id++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := c.Companies().Get(context.Background(), id)
				if err != nil || got.ID != id {
					t.Errorf("Get(%d) = %v, %v", id, got, err)
				}
			}()
		}
		wg.Wait()
	}
	if queries.Load() != 1 || gets.Load() != 6 {
		t.Errorf("%d queries and %d GETs; want the one refused query, then GETs only", queries.Load(), gets.Load())
	}
}

// Once the client has written, a batch goes out as soon as no write of its
// entity is in progress: the read-backs of writes running alongside join
// it, a lone read-back does not wait.
func TestReadBackBatchFollowsTheWrites(t *testing.T) {
	env, ids, names := batchEnv(t, 3, nil) // an hour-long window
	levels := env.c.SecurityLevels()
	ctx := context.Background()
	if err := levels.Update(ctx, &SecurityLevel{ID: ids[0], Description: String("first write")}); err != nil {
		t.Fatal(err)
	}
	// A lone read-back after the write goes out at once, unflushed.
	lone := make(chan struct{})
	go func() { defer close(lone); getAll(t, env.c, ids[:1], names) }()
	select {
	case <-lone:
	case <-time.After(10 * time.Second):
		env.c.batch.flush(EntitySecurityLevels)
		<-lone
		t.Fatal("a read-back with no write in progress waited for the window")
	}

	// A write held by the PSA keeps the next read-back's batch open: its
	// own read-back would join. Once it ends, the batch goes out.
	if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Latency: time.Minute, Method: "PATCH", Entity: EntitySecurityLevels}); err != nil {
		t.Fatal(err)
	}
	held := make(chan error, 1)
	go func() { held <- levels.Update(ctx, &SecurityLevel{ID: ids[2], Description: String("held write")}) }()
	waitFor(t, "the held write to reach the PSA", func() bool { return env.ten.Counters().InFlight == 1 })
	read := make(chan struct{})
	go func() { defer close(read); getAll(t, env.c, ids[1:2], names) }()
	waitFor(t, "the read-back to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 1 })
	time.Sleep(20 * readBackGrace) // not a timing assertion: the batch must not go out at all while the write runs
	select {
	case <-read:
		t.Fatal("the batch went out while a write of its entity was in progress")
	default:
	}
	env.ten.ClearFaults()
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	<-read
	c := env.ten.Counters()
	if c.ByMethod["PATCH"] != 2 || c.ByMethod["POST"] != 2 {
		t.Errorf("requests %v; want two PATCHes and two queries", c.ByMethod)
	}
}

// A batch goes out without waiting out its window once it has gathered as
// many readers as the biggest batch before it: the caller (Terraform, at
// -parallelism) has no more reads in flight until it answers.
func TestBatchGoesOutWhenTheUsualReadersWait(t *testing.T) {
	env, ids, names := batchEnv(t, 8, nil) // an hour-long window
	env.c.batch.learnPeak = true
	first := make(chan struct{})
	go func() { defer close(first); getAll(t, env.c, ids[:4], names) }()
	waitFor(t, "four reads to gather", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 4 })
	env.c.batch.flush(EntitySecurityLevels) // the first batch sets the peak
	<-first
	second := make(chan struct{})
	go func() { defer close(second); getAll(t, env.c, ids[4:], names) }()
	select {
	case <-second: // four readers again: out without a flush
	case <-time.After(10 * time.Second):
		env.c.batch.flush(EntitySecurityLevels)
		<-second
		t.Fatal("a batch with as many readers as the peak waited for its window")
	}
	if n := env.ten.Counters().Total; n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
}
