package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"net/http/httptest"
	"slices"
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
		replacesKey:            []byte(`"9223372036854775807"`),
		portalLevelReplacedKey: []byte(`"9223372036854775807"`),
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
			for i := 0; i < len(known); i += 7 {
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
		for _, n := range []int{300, 500, 1000} {
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
	// The creating apply: creates -parallelism at a time, each create
	// taking the next of ids.
	c := sim.client()
	var mu sync.Mutex
	next := 0
	sim.ids = make([]int64, len(ids))
	sim.priv = make([]fakePrivate, len(ids))
	sim.parallel(len(ids), func(i int) {
		mu.Lock()
		if err := ten.SkipIDs("SecurityLevels", ids[next]); err != nil {
			t.Error(err)
		}
		next++
		id, err := c.SecurityLevels().Create(context.Background(), &autotask.SecurityLevel{
			Name: autotask.String(fmt.Sprintf("Level %d", i)), CopiedFromSecurityLevelID: autotask.Int64(int64(catalog.ServiceDeskUser))}, autotask.CreateOptions{})
		mu.Unlock()
		if err != nil {
			t.Error(err)
			return
		}
		sim.ids[i] = id
		if _, err := c.SecurityLevels().Get(context.Background(), id); err != nil {
			t.Error(err)
		}
		sim.priv[i] = fakePrivate{}
		keepNeighbours(context.Background(), sim.priv[i], id, c.SecurityLevels())
	})
	return sim
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
func TestReadAheadRefreshScatteredIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 5))
	for _, tc := range []struct {
		kind       string
		n          int
		maxQueries int64
	}{
		{"gaps 1-150, jumps", 500, 5},
		{"gaps 1-5000", 500, 5},
		{"gaps 1-5000", 1000, 10},
	} {
		t.Run(fmt.Sprintf("%s/%d", tc.kind, tc.n), func(t *testing.T) {
			sim := newReadAheadSim(t, scatter(r, tc.kind, tc.n))
			afterCreate := sim.refresh(false)
			applied := sim.refresh(true)
			steady := []int64{sim.refresh(false), sim.refresh(true), sim.refresh(false)}
			t.Logf("queries by id: plan after create %d, apply %d, steady-state plans %v; largest private state %d bytes",
				afterCreate, applied, steady, sim.largestPrivate())
			for _, q := range steady {
				if q > tc.maxQueries {
					t.Errorf("a steady-state refresh of %d objects took %d queries by id, want at most %d", tc.n, q, tc.maxQueries)
				}
			}
			if n := sim.largestPrivate(); n >= 1024 {
				t.Errorf("largest private state %d bytes, want under 1 KiB", n)
			}
		})
	}
}
