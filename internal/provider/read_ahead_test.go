package provider

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"maps"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/idset"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// fakePrivate is an object's private state as the framework keeps it.
type fakePrivate map[string][]byte

func (p fakePrivate) GetKey(_ context.Context, key string) ([]byte, diag.Diagnostics) {
	return p[key], nil
}

func (p fakePrivate) SetKey(_ context.Context, key string, value []byte) diag.Diagnostics {
	if len(value) == 0 {
		delete(p, key)
	} else {
		p[key] = value
	}
	return nil
}

// stored is the private state as Terraform stores it: the framework writes
// the keys as JSON of base64 values, and the state file holds that JSON in
// base64 again. stored is the JSON (what decoding the state file gives).
func (p fakePrivate) stored(t *testing.T) []byte {
	t.Helper()
	raw, err := json.Marshal(map[string][]byte(p))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// fakeAhead is a readAheadService with a fixed list of known ids.
type fakeAhead struct {
	entity   string
	known    []int64
	expected []int64
}

func (f *fakeAhead) Entity() string { return f.entity }
func (f *fakeAhead) ExpectReads(_ context.Context, ids []int64) {
	f.expected = append(f.expected, ids...)
}
func (f *fakeAhead) KnownIDs() []int64 { return f.known }

// kept reads back what keepNeighbours stored for svc.
func kept(t *testing.T, p fakePrivate, svc *fakeAhead) []int64 {
	t.Helper()
	probe := &fakeAhead{entity: svc.entity}
	expectNeighbours(context.Background(), p, probe)
	return probe.expected
}

// scatter generates n ascending ids the way a kind of database hands them
// out.
func scatter(r *rand.Rand, kind string, n int) []int64 {
	ids := make([]int64, 0, n)
	id := int64(29682001)
	for range n {
		switch kind {
		case "random 63-bit":
			ids = append(ids, 1+r.Int64N(math.MaxInt64-1))
			continue
		case "consecutive":
			id++
		case "gaps 1-150, jumps":
			id += 1 + r.Int64N(150)
			if r.IntN(50) == 0 {
				id += 100000 + r.Int64N(400000)
			}
		case "gaps 1-5000":
			id += 1 + r.Int64N(5000)
		case "alternate":
			id += 2
		default:
			panic(kind)
		}
		ids = append(ids, id)
	}
	return idset.Sorted(ids)
}

var scatterKinds = []string{"consecutive", "alternate", "gaps 1-150, jumps", "gaps 1-5000", "random 63-bit"}

// The ranges objects kept before shards are still read, and the next write
// replaces them with a shard.
func TestReadAheadReadsOldRanges(t *testing.T) {
	for _, tc := range []struct {
		text string
		ids  []int64
	}{
		{"", nil},
		{"7", []int64{7}},
		{"1-3,7", []int64{1, 2, 3, 7}},
		{"1001-1004,2000-2001", []int64{1001, 1002, 1003, 1004, 2000, 2001}},
		{"x,5-3,-1,0,9,abc-4", []int64{9}}, // malformed parts are skipped
	} {
		p := fakePrivate{readAheadKey: []byte(fmt.Sprintf(`{"SecurityLevels":%q}`, tc.text))}
		if got := kept(t, p, &fakeAhead{entity: "SecurityLevels"}); !slices.Equal(got, tc.ids) {
			t.Errorf("old ranges %q read as %v, want %v", tc.text, got, tc.ids)
		}
	}
	if got := parseIDRanges("1-999999999999"); len(got) != maxReadAheadIDs {
		t.Errorf("a huge range gave %d ids, want %d", len(got), maxReadAheadIDs)
	}
	p := fakePrivate{readAheadKey: []byte(`{"SecurityLevels":"1001-1500,1733"}`)}
	svc := &fakeAhead{entity: "SecurityLevels"}
	expectNeighbours(context.Background(), p, svc)
	if len(svc.expected) != 501 {
		t.Fatalf("expected %d ids from the old ranges, want 501", len(svc.expected))
	}
	svc.known = svc.expected
	keepNeighbours(context.Background(), p, 1200, svc)
	if v := string(p[readAheadKey]); !strings.HasPrefix(v, `{"SecurityLevels":"~`) {
		t.Errorf("after a write the object keeps %s, want the shard format", v)
	}
	if got := kept(t, p, svc); !slices.Equal(got, svc.expected) {
		t.Errorf("the upgraded shard holds %d ids, want the 501 of the old ranges", len(got))
	}
}

// Unreadable kept data costs requests, never an error or a wrong id.
func TestReadAheadIgnoresJunk(t *testing.T) {
	for _, v := range []string{`nonsense`, `{"SecurityLevels":"~!!"}`, `{"SecurityLevels":"~AA"}`, `{"SecurityLevels":"=Nobody"}`, `{"SecurityLevels":"=SecurityLevels"}`, `{"SecurityLevels":5}`} {
		if got := kept(t, fakePrivate{readAheadKey: []byte(v)}, &fakeAhead{entity: "SecurityLevels"}); len(got) != 0 {
			t.Errorf("%s read as %v, want nothing", v, got)
		}
	}
}

// An object's private state stays under 1 KiB whatever the ids: 2,000 known
// ids of any scatter, 64-bit ones included, one entity or two (with the
// same ids or not), next to the other keys the provider keeps.
func TestReadAheadPrivateStateUnder1KiB(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 2))
	others := fakePrivate{
		replacesKey: []byte(`"9223372036854775807"`),
	}
	largest := 0
	for _, kind := range scatterKinds {
		for _, shape := range []string{"one", "two alike", "two apart"} {
			known := scatter(r, kind, maxReadAheadIDs)
			svcs := []readAheadService{&fakeAhead{entity: "ClientPortalSecurityLevels", known: known}}
			switch shape {
			case "two alike":
				svcs = []readAheadService{&fakeAhead{entity: "ProtectedDataPermissions", known: known}, &fakeAhead{entity: "Resources", known: known}}
			case "two apart":
				svcs = []readAheadService{&fakeAhead{entity: "ProtectedDataPermissions", known: known}, &fakeAhead{entity: "Resources", known: scatter(r, kind, maxReadAheadIDs)}}
			}
			for i := 0; i < len(known); i += 23 {
				id := known[i]
				p := maps.Clone(others)
				keepNeighbours(context.Background(), p, id, svcs...)
				if n := len(p[readAheadKey]); n > maxReadAheadBytes {
					t.Fatalf("%s, %s: object %d keeps %d bytes, over %d", kind, shape, id, n, maxReadAheadBytes)
				}
				stored := p.stored(t)
				largest = max(largest, len(stored))
				if len(stored) >= 1024 {
					t.Fatalf("%s, %s: object %d's private state is %d bytes: %s", kind, shape, id, len(stored), stored)
				}
				for _, svc := range svcs {
					f := svc.(*fakeAhead)
					got := kept(t, p, f)
					if !slices.Contains(got, id) {
						t.Fatalf("%s, %s: object %d keeps %v for %s, without itself", kind, shape, id, got, f.entity)
					}
					if len(got) < 2 {
						t.Fatalf("%s, %s: object %d keeps no neighbour for %s", kind, shape, id, f.entity)
					}
					for _, k := range got {
						if _, ok := slices.BinarySearch(f.known, k); !ok && k != id {
							t.Fatalf("%s, %s: object %d keeps %d, which %s never knew", kind, shape, id, k, f.entity)
						}
					}
				}
			}
		}
	}
	t.Logf("largest private state: %d bytes", largest)
}

// Objects written from the same known ids agree on the shards: each keeps
// its shard, the objects of a shard keep the same ids, and the shards
// together hold every id once.
func TestReadAheadShardsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 3))
	for _, kind := range scatterKinds {
		for _, n := range []int{1000} {
			known := scatter(r, kind, n)
			svc := &fakeAhead{entity: "SecurityLevels", known: known}
			shards := map[string][]int64{}
			for _, id := range known {
				p := fakePrivate{}
				keepNeighbours(context.Background(), p, id, svc)
				v := string(p[readAheadKey])
				if _, seen := shards[v]; !seen {
					shards[v] = kept(t, p, svc)
				}
				if !slices.Contains(shards[v], id) {
					t.Fatalf("%s: %d keeps a shard without itself", kind, id)
				}
			}
			var all []int64
			for _, ids := range shards {
				all = append(all, ids...)
			}
			slices.Sort(all)
			if !slices.Equal(all, known) {
				t.Fatalf("%s, %d ids: the shards hold %d ids, want each of the %d once", kind, n, len(all), len(known))
			}
			t.Logf("%s: %d ids in %d shards", kind, n, len(shards))
		}
	}
}

// readAheadSim drives the real client and the mock as terraform drives the
// provider, without terraform: each command is a new client; an apply
// creates objects -parallelism at a time, each read back and keeping its
// neighbours; a refresh reads every object -parallelism at a time in a
// random order, each handing its kept ids to the client first. Only
// commands that write state (applies) keep what their reads stored.
type readAheadSim struct {
	t    *testing.T
	ten  *mockpsa.Tenant
	cfg  autotask.Config
	ids  []int64
	priv []fakePrivate
	r    *rand.Rand
}

const simParallelism = 10

func newReadAheadSim(t *testing.T, ids []int64) *readAheadSim {
	t.Helper()
	srv := mockpsa.New(mockpsa.Options{RequestBudget: 1 << 30})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	ten, err := srv.CreateTenant(mockpsa.TenantSpec{Name: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	creds := ten.Credentials(ts.URL)
	cfg := autotask.Config{BaseURL: creds.BaseURL, Username: creds.Username, Secret: creds.Secret, IntegrationCode: creds.IntegrationCode,
		Version: "test", ReadBatchWindow: autotask.DefaultReadBatchWindow}
	sim := &readAheadSim{t: t, ten: ten, cfg: cfg, r: rand.New(rand.NewPCG(21, 4))}
	sim.write(0, ids)
	return sim
}

// write is an apply's writes, in a provider process of their own (as
// terraform runs them after the plan's): it destroys remove of the objects
// picked at random, then creates one object for each of ids, -parallelism
// at a time, each create taking the next of ids, read back and keeping its
// neighbours.
func (s *readAheadSim) write(remove int, ids []int64) {
	c := s.client()
	ctx := context.Background()
	for _, i := range s.r.Perm(len(s.ids))[:remove] {
		if err := c.SecurityLevels().Delete(ctx, s.ids[i]); err != nil {
			s.t.Fatal(err)
		}
		s.ids[i] = 0
	}
	for i := 0; i < len(s.ids); {
		if s.ids[i] == 0 {
			s.ids = slices.Delete(s.ids, i, i+1)
			s.priv = slices.Delete(s.priv, i, i+1)
			continue
		}
		i++
	}
	var mu sync.Mutex
	next, first := 0, len(s.ids)
	s.ids = append(s.ids, make([]int64, len(ids))...)
	s.priv = append(s.priv, make([]fakePrivate, len(ids))...)
	s.parallel(len(ids), func(i int) {
		mu.Lock()
		if err := s.ten.SkipIDs("SecurityLevels", ids[next]); err != nil {
			s.t.Error(err)
		}
		next++
		id, err := c.SecurityLevels().Create(ctx, &autotask.SecurityLevel{
			Name: autotask.String(fmt.Sprintf("Level %d", ids[i])), CopiedFromSecurityLevelID: autotask.Int64(int64(catalog.ServiceDeskUser))}, autotask.CreateOptions{})
		mu.Unlock()
		if err != nil {
			s.t.Error(err)
			return
		}
		if _, err := c.SecurityLevels().Get(ctx, id); err != nil {
			s.t.Error(err)
		}
		p := fakePrivate{}
		keepNeighbours(ctx, p, id, c.SecurityLevels())
		s.ids[first+i], s.priv[first+i] = id, p
	})
}

func (s *readAheadSim) client() *autotask.Client {
	c, err := autotask.New(s.cfg)
	if err != nil {
		s.t.Fatal(err)
	}
	return c
}

// parallel runs do(0..n-1) in a random order, simParallelism at a time.
func (s *readAheadSim) parallel(n int, do func(i int)) {
	order := s.r.Perm(n)
	work := make(chan int)
	var wg sync.WaitGroup
	for range simParallelism {
		wg.Go(func() {
			for i := range work {
				do(i)
			}
		})
	}
	for _, i := range order {
		work <- i
	}
	close(work)
	wg.Wait()
}

// refresh reads every object as a new command would and returns the
// queries by id it cost; store keeps what the reads stored (an apply).
func (s *readAheadSim) refresh(store bool) (queries int64) {
	c := s.client()
	s.ten.ResetCounters()
	next := make([]fakePrivate, len(s.ids))
	s.parallel(len(s.ids), func(i int) {
		p := maps.Clone(s.priv[i])
		expectNeighbours(context.Background(), p, c.SecurityLevels())
		if _, err := c.SecurityLevels().Get(context.Background(), s.ids[i]); err != nil {
			s.t.Error(err)
			return
		}
		keepNeighbours(context.Background(), p, s.ids[i], c.SecurityLevels())
		next[i] = p
	})
	if store {
		s.priv = next
	}
	cnt := s.ten.Counters()
	if gets := cnt.ByMethod["GET"]; gets != 0 {
		s.t.Errorf("the refresh sent %d GETs: an object was read on its own", gets)
	}
	return cnt.ReadsByID["SecurityLevels"]
}

func (s *readAheadSim) largestPrivate() int {
	n := 0
	for _, p := range s.priv {
		n = max(n, len(p.stored(s.t)))
	}
	return n
}

// A refresh of 500 objects with real, scattered ids costs at most 5
// queries by id once state holds refreshed shards (an apply after the
// creating one), and stays there; every object's private state stays
// under 1 KiB. (Without read-ahead it costs 50: ten reads wait together.)
// An apply that destroys 50 objects and creates 100 more leaves shards
// written in different runs from different known ids; the plans after it
// stay within the bound.
func TestReadAheadRefreshScatteredIDs(t *testing.T) {
	t.Parallel() // mostly waits out batch windows
	const n, maxQueries = 500, 5
	r := rand.New(rand.NewPCG(21, 5))
	ids := scatter(r, "gaps 1-5000", n+100)
	sim := newReadAheadSim(t, ids[:n])
	afterCreate := sim.refresh(false)
	applied := sim.refresh(true)
	steady := []int64{sim.refresh(false), sim.refresh(true), sim.refresh(false)}
	t.Logf("queries by id: plan after create %d, apply %d, steady-state plans %v; largest private state %d bytes",
		afterCreate, applied, steady, sim.largestPrivate())
	for _, q := range steady {
		if q > maxQueries {
			t.Errorf("a steady-state refresh of %d objects took %d queries by id, want at most %d", n, q, maxQueries)
		}
	}
	if size := sim.largestPrivate(); size >= 1024 {
		t.Errorf("largest private state %d bytes, want under 1 KiB", size)
	}

	sim.refresh(true) // the plan of the apply below stores its refresh
	sim.write(50, ids[n:])
	changed := []int64{sim.refresh(false), sim.refresh(true), sim.refresh(false)}
	t.Logf("after destroying 50 and creating 100: queries by id %v", changed)
	if changed[0] > maxQueries+1 || changed[2] > maxQueries {
		t.Errorf("refreshes of %d objects after 50 destroyed and 100 created took %v queries by id, want at most %d (%d right after)",
			len(sim.ids), changed, maxQueries, maxQueries+1)
	}
}

// Random 64-bit ids cost 8 or 9 bytes each, so a shard holds a few dozen:
// private state stays under 1 KiB, and a refresh still takes far fewer
// queries than batching alone (50 for 500 objects): a batch gathers the
// shards of every object whose read waits for it.
func TestReadAheadRefreshRandom64BitIDs(t *testing.T) {
	t.Parallel() // mostly waits out batch windows
	const n = 500
	sim := newReadAheadSim(t, scatter(rand.New(rand.NewPCG(21, 7)), "random 63-bit", n))
	sim.refresh(true)
	steady := []int64{sim.refresh(false), sim.refresh(true), sim.refresh(false)}
	t.Logf("queries by id, steady-state plans: %v; largest private state %d bytes", steady, sim.largestPrivate())
	for _, q := range steady {
		if q > 10 {
			t.Errorf("a steady-state refresh of %d objects with random 64-bit ids took %d queries by id, want at most 10", n, q)
		}
	}
	if size := sim.largestPrivate(); size >= 1024 {
		t.Errorf("largest private state %d bytes, want under 1 KiB", size)
	}
}

// scatteringProxy sits in front of a mock PSA and makes each create of
// entity take an id a random 1 to maxGap past the last one, as a real
// database's ids are, starting at 29682001. Creates go through one at a
// time. Every request that reaches the mock through it is recorded in reqs.
func scatteringProxy(t *testing.T, psa *testPSA, entity string, maxGap int64, reqs *requestLog) string {
	t.Helper()
	target, err := url.Parse(psa.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target) // keeps the Host header: the mock's URLs name the proxy
	proxy.ErrorLog = log.New(io.Discard, "", 0)         // a plugin that exits drops its connections
	r := rand.New(rand.NewPCG(21, 6))
	next := int64(29682001)
	var mu sync.Mutex
	ts := httptest.NewServer(reqs.wrap(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodPost && strings.HasSuffix(strings.ToLower(req.URL.Path), "/"+strings.ToLower(entity)) {
			mu.Lock()
			defer mu.Unlock()
			if err := psa.Tenant.SkipIDs(entity, next); err != nil {
				t.Errorf("scattering ids: %v", err)
			}
			next += 1 + r.Int64N(maxGap)
		}
		proxy.ServeHTTP(w, req)
	})))
	t.Cleanup(ts.Close)
	return ts.URL
}

// readsOf sorts the logged requests for entity into queries by id (a POST
// {entity}/query whose only filter is an "in" on id, with the ids they
// asked for) and GETs of one object, and lists the other requests.
func readsOf(t *testing.T, reqs []loggedRequest, entity string) (byID, ids, gets int, others []string) {
	t.Helper()
	base := "/" + strings.ToLower(entity)
	for _, r := range reqs {
		path := strings.ToLower(r.Path)
		switch {
		case r.Method == http.MethodPost && strings.HasSuffix(path, base+"/query"):
			var q struct {
				Filter []struct {
					Op    string  `json:"op"`
					Field string  `json:"field"`
					Value []int64 `json:"value"`
				} `json:"filter"`
			}
			if err := json.Unmarshal([]byte(r.Body), &q); err == nil && len(q.Filter) == 1 &&
				strings.EqualFold(q.Filter[0].Op, "in") && strings.EqualFold(q.Filter[0].Field, "id") {
				byID++
				ids += len(q.Filter[0].Value)
				continue
			}
		case r.Method == http.MethodGet && strings.Contains(path, base+"/"):
			if _, err := strconv.ParseInt(path[strings.LastIndex(path, "/")+1:], 10, 64); err == nil {
				gets++
				continue
			}
		}
		others = append(others, r.Method+" "+r.Path)
	}
	return byID, ids, gets, others
}

// privateStates decodes the private state of every resource instance of
// type typ in a terraform state file: the file holds it as base64, which
// decodes to the framework's JSON.
func privateStates(t *testing.T, path, typ string) map[string][]byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var st struct {
		Resources []struct {
			Type      string `json:"type"`
			Name      string `json:"name"`
			Instances []struct {
				Private    string `json:"private"`
				Attributes struct {
					ID string `json:"id"`
				} `json:"attributes"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, r := range st.Resources {
		for _, in := range r.Instances {
			if r.Type != typ {
				continue
			}
			p, err := base64.StdEncoding.DecodeString(in.Private)
			if err != nil {
				t.Fatalf("%s.%s: private state is not base64: %v", r.Type, r.Name, err)
			}
			out[in.Attributes.ID] = p
		}
	}
	return out
}

// The largest private state of 300 security levels with real, scattered
// ids stays under 1 KiB — after the creating apply and after an apply that
// stores refreshed state — and a plan then refreshes all 300 in at most 3
// queries by id. (Keeping every known id cost 3.6 KB an object here.)
func TestAccSecurityLevelResource_readAheadScatteredIDs(t *testing.T) {
	t.Parallel()
	const levels = 300
	psa := startTestPSA(t, mockpsa.TenantSpec{Name: "scattered", Seed: mockpsa.SeedEmpty})
	reqs := &requestLog{}
	base := scatteringProxy(t, psa, "SecurityLevels", 5000, reqs)
	tf := newRealTerraform(t, EnvBaseURL+"="+base, EnvUsername+"="+psa.Creds.Username,
		EnvSecret+"="+psa.Creds.Secret, EnvIntegrationCode+"="+psa.Creds.IntegrationCode)
	var cfg strings.Builder
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&cfg, "resource \"autotask_security_level\" \"s%d\" {\n  name      = \"Scattered %d\"\n  copy_from = \"Service Desk User\"\n}\n", i, i)
	}
	tf.Write(cfg.String())
	statePath := filepath.Join(tf.Dir, "terraform.tfstate")
	checkPrivate := func(when string) {
		t.Helper()
		privs := privateStates(t, statePath, "autotask_security_level")
		if len(privs) != levels {
			t.Fatalf("%s: %d levels in state, want %d", when, len(privs), levels)
		}
		ids := make([]int64, 0, levels)
		largest, withIDs, total := "", 0, 0
		for id, p := range privs {
			total += len(p)
			n, err := strconv.ParseInt(id, 10, 64)
			if err != nil {
				t.Fatalf("%s: level id %q", when, id)
			}
			ids = append(ids, n)
			if len(p) > len(privs[largest]) {
				largest = id
			}
			if strings.Contains(string(p), readAheadKey) {
				withIDs++
			}
		}
		slices.Sort(ids)
		consecutive := 0
		for i := 1; i < len(ids); i++ {
			if ids[i] == ids[i-1]+1 {
				consecutive++
			}
		}
		if consecutive > levels/10 {
			t.Fatalf("%s: %d of %d level ids follow the one before: the ids are not scattered (%v…)", when, consecutive, levels, ids[:5])
		}
		fi, err := os.Stat(statePath)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: largest private state %d bytes (level %s), all %d levels' %d bytes (decoded), state file %d bytes; ids %d…%d",
			when, len(privs[largest]), largest, levels, total, fi.Size(), ids[0], ids[len(ids)-1])
		if len(privs[largest]) >= 1024 {
			t.Errorf("%s: level %s's private state is %d bytes, want under 1 KiB: %.300s…", when, largest, len(privs[largest]), privs[largest])
		}
		if withIDs < levels {
			t.Errorf("%s: %d of %d levels keep read-ahead ids", when, withIDs, levels)
		}
	}
	tf.Must(nil, "apply", "-auto-approve", "-input=false", "-no-color")
	checkPrivate("after the creating apply")
	// An apply with nothing to change stores what each level's refresh
	// learnt.
	tf.Must(nil, "apply", "-auto-approve", "-input=false", "-no-color")
	checkPrivate("after an apply with nothing to change")

	psa.Tenant.ResetCounters()
	logged := len(reqs.all())
	out, err := tf.Run(nil, "plan", "-detailed-exitcode", "-input=false", "-no-color")
	if err != nil {
		t.Fatalf("plan: %v (want no changes)\n%s", err, out)
	}
	// What the refresh asked, from the log of the requests the mock
	// received; the mock's own counters must agree.
	byID, asked, gets, others := readsOf(t, reqs.all()[logged:], "SecurityLevels")
	t.Logf("refresh of %d levels: %d queries by id asking %d ids, %d GETs of one level; other requests %v", levels, byID, asked, gets, others)
	if c := psa.Tenant.Counters(); c.ReadsByID["SecurityLevels"] != int64(byID) || c.IDsRead["SecurityLevels"] != int64(asked) {
		t.Errorf("the mock counted %d queries by id asking %d ids, its request log %d asking %d", c.ReadsByID["SecurityLevels"],
			c.IDsRead["SecurityLevels"], byID, asked)
	}
	if gets != 0 {
		t.Errorf("the plan sent %d GETs of one level: a level was read on its own", gets)
	}
	if asked < levels {
		t.Errorf("the refresh queries asked for %d ids, fewer than the %d levels", asked, levels)
	}
	if byID > 3 {
		t.Errorf("the refresh of %d levels took %d queries by id, want at most 3", levels, byID)
	}
}
