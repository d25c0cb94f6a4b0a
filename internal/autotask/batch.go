package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultReadBatchWindow is the gathering window the provider uses.
// Terraform refreshes at most -parallelism (10) resources at a time and
// spreads them out as each finishes its plan, so a refresh batch has to wait
// a while for its neighbours.
const DefaultReadBatchWindow = 150 * time.Millisecond

// MaxReadBatch is the most ids one batched read asks for: one query page.
const MaxReadBatch = MaxPageSize

// readBatcher answers concurrent Gets of one entity with one query,
// DataLoader-style. The first Get of an entity (per impersonated resource)
// opens a batch; Gets arriving while it is open add their ids. The batch
// closes when Config.ReadBatchWindow has passed and a thread slot on the
// entity's endpoint is free (so it keeps gathering while earlier requests
// hold every slot), or at once when it holds MaxReadBatch ids or as many
// readers as the most an earlier batch gathered (no more are coming: the
// caller issues that many reads at a time). Once the
// client has written (an apply), a batch does not wait out the window: it
// closes once no write of its entity has been in progress for
// readBackGrace — the read-backs of the writes running alongside join it —
// so a lone read-back goes out almost at once. It then
// sends POST {Entity}/query with an "in" filter on id and hands every
// waiter its object; an id the answer lacks gets the same not-found error
// as a GET answered {"item":null} or 404.
//
// Freshness: a batch "begins" when it is sealed and sent, and is then
// stamped (readStamp) with the writes started on the client so far and
// whether any of them was still in progress. A Get joins a batch that has
// not begun (its query goes out after the Get was asked), or shares one
// under way for the same id only if that batch began with no write in
// progress and no write has started since. So a Get asked after a write
// ended is answered by a query sent after that write ended, and a Get
// asked after a write started never by one sent before it started.
//
// Cancellation: the query runs on a context that keeps the values of the
// first waiter but none of its cancellation. A waiter that gives up leaves
// (its id is dropped if the batch has not begun); the query is cancelled
// only when every waiter has left.
type readBatcher struct {
	window time.Duration
	grace  time.Duration // see readBackGrace
	// learnPeak enables batchGroup.peak (always, but for tests that hold
	// batches open by hand).
	learnPeak bool
	// writes counts writes started on the client (creates, updates,
	// replaces, deletes of any entity): the epoch of read sharing. active
	// counts those in progress. See stamp.
	writes atomic.Uint64
	active atomic.Int64

	mu     sync.Mutex
	groups map[batchKey]*batchGroup
	// noQuery holds entities whose query answered 404 or 405: their Gets
	// go one by one.
	noQuery map[string]bool
	// batches counts batches sent (tests, logs).
	batches atomic.Int64
	// writing counts the writes in progress per entity (lower-cased);
	// writesIdle[entity] is closed when that count drops to zero.
	writing    map[string]int
	writesIdle map[string]chan struct{}
	// known holds, per entity (lower-cased), the ids this client has seen
	// exist or was told to expect: what a caller keeps for the next run's
	// expect (see KnownIDs).
	known map[string]map[int64]struct{}
	// aheadHits counts Gets answered from a read-ahead (tests, logs).
	aheadHits atomic.Int64
	// aheadTTL: see the constant.
	aheadTTL time.Duration
}

// batchKey separates reads that must not share an answer: another entity,
// or another resource whose permissions decide what is visible.
type batchKey struct {
	entity        string // lower-cased
	impersonation int64
}

type batchGroup struct {
	open     *readBatch
	inFlight map[int64]*readBatch // id -> the batch under way that reads it
	// peak is the most readers a batch of the group has gathered: how many
	// reads the caller issues at once (Terraform: -parallelism). A batch
	// that has gathered that many goes out without waiting out its window,
	// for no more are coming until it answers.
	peak int
	// expected holds ids a caller said it will read soon (expect) that no
	// batch has asked for yet: the next batch fills its free room with
	// them.
	expected map[int64]struct{}
	// ahead maps an id read ahead (asked for by a batch, though no Get was
	// waiting for it) to that batch. The first Get of the id takes it, if
	// no write has started since the batch began and it is younger than
	// aheadTTL; after that the id is read again like any other.
	ahead map[int64]*readBatch
	// answered holds the ids a batch has already asked for while the
	// client had not written: expecting them again (every object hands
	// over the same list) must not ask for them twice.
	answered map[int64]bool
	// refreshed is set once a refresh batch (no write before it) of the
	// group has gone out: only then does a batch reading ahead shorten its
	// window (see run).
	refreshed bool
}

type readBatch struct {
	entity string
	ctx    context.Context
	cancel context.CancelFunc
	full   chan struct{} // closed when no more ids fit
	// writesDone ends the window early once the client has written (see
	// writesDoneLocked).
	writesDone <-chan struct{}

	// Guarded by readBatcher.mu.
	ids    []int64
	asked  map[int64]int // waiters per id, before the batch begins
	live   int           // waiters that have not left
	sealed bool
	stamp  readStamp // the writes the batch has seen, set when it begins
	closed bool      // full has been closed

	// extra holds the ids the batch reads ahead (expected, not asked);
	// taken those of them a Get has shared while it was under way.
	extra []int64
	taken map[int64]bool

	done        chan struct{}
	doneAt      time.Time // when the answer came (before done closes)
	items       map[int64]json.RawMessage
	err         error
	unsupported bool // the entity cannot be queried: waiters GET instead
}

// readBackGrace is how long a batch waits, once the writes running beside
// it have ended, for their read-backs to join.
const readBackGrace = 10 * time.Millisecond

// readBackMaxWait bounds how long a batch opened after a write waits for
// the writes in progress beside it (their read-backs join it). Terraform
// runs at most -parallelism writes at a time, so they end, and the batch
// goes out, well before this unless the PSA is very slow.
const readBackMaxWait = time.Second

// aheadTTL is how long an object read ahead may answer a Get: one
// terraform command's refresh, however slowly the machine runs it. Older
// ones are read again. (A minute was too short on a loaded machine: a
// refresh of 1,000 levels at load average 25 on 2 cores went on reading for
// 96 s, and every read after the first minute went out again in small
// batches: 74 queries by id where the first 2 had asked for every level.)
// Staleness is bounded by the command, not by this: nothing read ahead
// answers a Get once the client has started a write, and every command
// starts from the PSA.
const aheadTTL = 5 * time.Minute

// aheadWindow replaces the gathering window of a batch that reads ahead:
// it already asks for the ids the caller will read next, so it waits only
// for the reads issued together with the first.
const aheadWindow = 20 * time.Millisecond

func newReadBatcher(window time.Duration) *readBatcher {
	return &readBatcher{window: window, grace: readBackGrace, learnPeak: true, groups: map[batchKey]*batchGroup{}, noQuery: map[string]bool{},
		writing: map[string]int{}, writesIdle: map[string]chan struct{}{}, known: map[string]map[int64]struct{}{}, aheadTTL: aheadTTL}
}

// groupLocked returns the batch group of key, making it; under rb.mu.
func (rb *readBatcher) groupLocked(key batchKey) *batchGroup {
	g := rb.groups[key]
	if g == nil {
		g = &batchGroup{inFlight: map[int64]*readBatch{}, expected: map[int64]struct{}{}, ahead: map[int64]*readBatch{}, answered: map[int64]bool{}}
		rb.groups[key] = g
	}
	return g
}

// expect records that ids of entity will be read soon (through the
// caller's impersonation): the next batch of the entity asks for them too,
// up to MaxReadBatch ids in all, and each Get of one is then answered
// without a request of its own. The ids also count as known.
func (rb *readBatcher) expect(ctx context.Context, c *Client, entity string, ids []int64) {
	if len(ids) == 0 {
		return
	}
	key := batchKey{entity: strings.ToLower(entity), impersonation: c.impersonation(ctx)}
	rb.mu.Lock()
	defer rb.mu.Unlock()
	g := rb.groupLocked(key)
	for _, id := range ids {
		if id <= 0 {
			continue
		}
		rb.markKnownLocked(key.entity, id, true)
		if g.answered[id] {
			continue
		}
		if _, ok := g.ahead[id]; ok {
			continue
		}
		if _, ok := g.inFlight[id]; ok {
			continue
		}
		g.expected[id] = struct{}{}
	}
}

// markKnownLocked adds id to (or removes it from) entity's known ids;
// entity is lower-cased; under rb.mu.
func (rb *readBatcher) markKnownLocked(entity string, id int64, exists bool) {
	set := rb.known[entity]
	if !exists {
		delete(set, id)
		return
	}
	if set == nil {
		set = map[int64]struct{}{}
		rb.known[entity] = set
	}
	set[id] = struct{}{}
}

// markKnown is markKnownLocked taking the lock.
func (rb *readBatcher) markKnown(entity string, id int64, exists bool) {
	rb.mu.Lock()
	rb.markKnownLocked(strings.ToLower(entity), id, exists)
	rb.mu.Unlock()
}

// knownIDs returns entity's known ids in ascending order.
func (rb *readBatcher) knownIDs(entity string) []int64 {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	set := rb.known[strings.ToLower(entity)]
	ids := make([]int64, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// takeAheadLocked answers id from a read-ahead batch when it may; under
// rb.mu. The entry is used at most once.
func (rb *readBatcher) takeAheadLocked(g *batchGroup, id int64) (*readBatch, bool) {
	b := g.ahead[id]
	if b == nil {
		return nil, false
	}
	delete(g.ahead, id)
	if !b.stamp.answers(rb.epoch()) || b.err != nil || b.unsupported || time.Since(b.doneAt) > rb.aheadTTL {
		return nil, false
	}
	return b, true
}

// beginWrite records that a write of entity is starting; the returned func
// records its end.
func (rb *readBatcher) beginWrite(entity string) func() {
	rb.active.Add(1) // before writes: see stamp
	rb.writes.Add(1)
	key := strings.ToLower(entity)
	rb.mu.Lock()
	rb.writing[key]++
	rb.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			rb.active.Add(-1)
			rb.mu.Lock()
			defer rb.mu.Unlock()
			if rb.writing[key]--; rb.writing[key] <= 0 {
				delete(rb.writing, key)
				if ch := rb.writesIdle[key]; ch != nil {
					close(ch)
					delete(rb.writesIdle, key)
				}
			}
		})
	}
}

var closedChan = func() chan struct{} { ch := make(chan struct{}); close(ch); return ch }()

// writesDoneLocked is closed once no write of entity (lower-cased) is in
// progress; nil (never ready) while the client has not written at all, so
// that refresh batches wait out their window. Under rb.mu.
func (rb *readBatcher) writesDoneLocked(key string) <-chan struct{} {
	if rb.epoch() == 0 {
		return nil
	}
	if rb.writing[key] == 0 {
		return closedChan
	}
	ch := rb.writesIdle[key]
	if ch == nil {
		ch = make(chan struct{})
		rb.writesIdle[key] = ch
	}
	return ch
}

// epoch is the current write epoch: how many writes have started.
func (rb *readBatcher) epoch() uint64 { return rb.writes.Load() }

// readStamp says which writes a request (a batch, a GET) can have seen:
// it is taken just before the request is sent.
type readStamp struct {
	// epoch is how many writes had started.
	epoch uint64
	// quiet is true when none of them was in progress: each had ended, so
	// the PSA had applied it before it saw the request.
	quiet bool
}

// answers reports whether a request stamped s may answer a Get asked in
// epoch (rb.epoch() when it was asked) that did not ask for it itself:
// only when every write started before the Get had ended before the
// request was sent. A request sent while a write was in progress may have
// reached the PSA before that write did, so it never answers a Get asked
// later — the write's own read-back, typically.
func (s readStamp) answers(epoch uint64) bool { return s.quiet && s.epoch == epoch }

// stamp is the readStamp of a request about to be sent.
func (rb *readBatcher) stamp() readStamp {
	epoch := rb.writes.Load()
	// beginWrite counts a write in active before it counts it in writes,
	// so a write counted in epoch that is still in progress is counted in
	// active below.
	return readStamp{epoch: epoch, quiet: rb.active.Load() == 0}
}

// batchable reports whether Gets of entity go through batches.
func (rb *readBatcher) batchable(entity string) bool {
	if rb.window <= 0 {
		return false
	}
	rb.mu.Lock()
	defer rb.mu.Unlock()
	return !rb.noQuery[strings.ToLower(entity)]
}

// batchOutcome says how a batched read ended.
type batchOutcome int

const (
	batchFound    batchOutcome = iota // raw holds the object
	batchAbsent                       // the answer lacked the id
	batchUseGET                       // the entity cannot be queried
	batchFailed                       // err says why
	batchCanceled                     // the caller's context ended
)

// load reads object id of entity through a batch.
func (rb *readBatcher) load(ctx context.Context, c *Client, entity string, id int64) (json.RawMessage, batchOutcome, error) {
	if err := ctx.Err(); err != nil {
		return nil, batchCanceled, err
	}
	key := batchKey{entity: strings.ToLower(entity), impersonation: c.impersonation(ctx)}
	rb.mu.Lock()
	g := rb.groupLocked(key)
	if ab, ok := rb.takeAheadLocked(g, id); ok {
		raw, found := ab.items[id]
		rb.markKnownLocked(key.entity, id, found)
		rb.mu.Unlock()
		rb.aheadHits.Add(1)
		if !found {
			return nil, batchAbsent, nil
		}
		return raw, batchFound, nil
	}
	b := g.inFlight[id]
	if b != nil && b.stamp.answers(rb.epoch()) && b.ctx.Err() == nil {
		b.live++ // share the answer under way, as a single flight would
		b.taken[id] = true
	} else {
		delete(g.expected, id)
		b = g.open
		if b == nil {
			b = newReadBatch(ctx, entity)
			b.writesDone = rb.writesDoneLocked(key.entity)
			g.open = b
			go rb.run(c, g, b, len(g.expected) > 0 && g.refreshed)
		}
		b.live++
		if b.asked[id] == 0 {
			b.ids = append(b.ids, id)
		}
		b.asked[id]++
		switch {
		case len(b.ids) >= MaxReadBatch:
			g.open = nil
			b.closeFull()
		case rb.learnPeak && g.peak > 1 && b.live >= g.peak && b.writesDone == nil:
			// (A read-back batch follows the writes instead: see gather.)
			b.closeFull()
		}
	}
	rb.mu.Unlock()

	select {
	case <-b.done:
	case <-ctx.Done():
		rb.leave(g, b, id)
		return nil, batchCanceled, ctx.Err()
	}
	switch {
	case b.unsupported:
		return nil, batchUseGET, nil
	case b.err != nil:
		return nil, batchFailed, b.err
	}
	raw, ok := b.items[id]
	rb.markKnown(key.entity, id, ok)
	if !ok {
		return nil, batchAbsent, nil
	}
	return raw, batchFound, nil
}

func newReadBatch(ctx context.Context, entity string) *readBatch {
	bctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	return &readBatch{
		entity: entity, ctx: bctx, cancel: cancel,
		full: make(chan struct{}), done: make(chan struct{}),
		asked: map[int64]int{}, taken: map[int64]bool{},
	}
}

// closeFull ends the gathering window early; under rb.mu.
func (b *readBatch) closeFull() {
	if !b.closed {
		b.closed = true
		close(b.full)
	}
}

// leave takes a waiter whose context ended out of b.
func (rb *readBatcher) leave(g *batchGroup, b *readBatch, id int64) {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	if !b.sealed {
		if b.asked[id]--; b.asked[id] <= 0 {
			delete(b.asked, id)
			b.ids = slices.DeleteFunc(b.ids, func(x int64) bool { return x == id })
		}
	}
	if b.live--; b.live <= 0 {
		if g.open == b {
			g.open = nil
		}
		b.cancel()
	}
}

// run waits out the window and a thread slot, seals the batch and sends it.
// A batch opened while ids are expected (readAhead) waits only aheadWindow:
// it asks for the reads to come as well. The first refresh batch of a group
// waits the whole window even so: the ids its first reader expects may be
// a few of those to come (objects created in one apply each kept the ids
// known when it was written, so one created early knows few of the others),
// and the readers arriving in the window add theirs. It costs the window
// once per entity and command; the reads it gathers would otherwise go out
// in batches of their own whenever Terraform starts them more than
// aheadWindow apart, as it does on a busy machine.
func (rb *readBatcher) run(c *Client, g *batchGroup, b *readBatch, readAhead bool) {
	defer b.cancel()
	window := rb.window
	switch {
	case b.writesDone != nil:
		window = max(window, readBackMaxWait)
	case readAhead:
		window = min(window, aheadWindow)
	}
	timer := time.NewTimer(window)
	rb.gather(b, timer.C)
	timer.Stop()
	// Gather on while every slot of the endpoint is taken: the batch then
	// goes out with everything that arrived meanwhile.
	release, err := c.limiter.acquire(b.ctx, endpointOf(b.entity))
	if release != nil {
		defer release()
	}

	rb.mu.Lock()
	if g.open == b {
		g.open = nil
	}
	b.sealed = true
	b.stamp = rb.stamp()
	ids := slices.Clone(b.ids)
	waiters := b.live
	if b.writesDone == nil {
		// Only refresh batches teach the peak: a read-back batch that went
		// out with few waiters must not cap the next ones at that.
		g.peak = max(g.peak, waiters)
		g.refreshed = true
	}
	if err == nil {
		// Reading ahead serves a refresh: once the client has written, an
		// object read ahead could not answer a later Get anyway.
		if b.stamp.epoch == 0 {
			b.extra = g.takeExpected(b, MaxReadBatch-len(ids))
		}
		ids = append(ids, b.extra...)
		for _, id := range ids {
			g.inFlight[id] = b
		}
	}
	rb.mu.Unlock()

	if err == nil && len(ids) > 0 {
		rb.batches.Add(1)
		b.items, err = rb.query(c, b, ids, release)
		if unsupportedQuery(err) {
			c.log.Info(b.ctx, "autotask: entity cannot be queried by id; reading one by one", "entity", b.entity, "error", err)
			rb.mu.Lock()
			rb.noQuery[strings.ToLower(b.entity)] = true
			rb.mu.Unlock()
			b.unsupported, err = true, nil
		}
		c.log.Debug(b.ctx, "autotask: batched read", "entity", b.entity, "ids", len(ids), "waiters", waiters,
			"read_ahead", len(b.extra), "found", len(b.items))
	}
	b.err = err
	b.doneAt = time.Now()

	rb.mu.Lock()
	for _, id := range ids {
		if g.inFlight[id] == b {
			delete(g.inFlight, id)
		}
	}
	if err == nil && !b.unsupported && b.stamp.epoch == 0 {
		for _, id := range ids {
			g.answered[id] = true
		}
		for _, id := range b.extra {
			if _, found := b.items[id]; !found {
				// Gone or hidden: a Get of it asks on its own.
				rb.markKnownLocked(strings.ToLower(b.entity), id, false)
			}
			if b.asked[id] == 0 && !b.taken[id] {
				g.ahead[id] = b
			}
		}
	}
	rb.mu.Unlock()
	close(b.done)
}

// takeExpected removes up to room expected ids that b does not ask for
// already and returns them in ascending order; under rb.mu.
func (g *batchGroup) takeExpected(b *readBatch, room int) []int64 {
	if room <= 0 || len(g.expected) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(g.expected))
	for id := range g.expected {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	extra := make([]int64, 0, min(room, len(ids)))
	for _, id := range ids {
		delete(g.expected, id)
		if b.asked[id] > 0 {
			continue
		}
		if extra = append(extra, id); len(extra) == room {
			break
		}
	}
	return extra
}

// gather returns when batch b should stop gathering: its window (windowC)
// has passed, it is full, every waiter left, or — once the client has
// written — no write of its entity has been in progress for readBackGrace
// (the writers that finish read back next, and while writes keep coming
// their read-backs keep joining, up to the window).
func (rb *readBatcher) gather(b *readBatch, windowC <-chan time.Time) {
	writesDone := b.writesDone
	for {
		select {
		case <-windowC:
			return
		case <-b.full:
			return
		case <-b.ctx.Done():
			return
		case <-writesDone:
		}
		grace := time.NewTimer(rb.grace)
		select {
		case <-grace.C:
		case <-windowC:
			grace.Stop()
			return
		case <-b.full:
			grace.Stop()
			return
		case <-b.ctx.Done():
			grace.Stop()
			return
		}
		rb.mu.Lock()
		writing := rb.writing[strings.ToLower(b.entity)] > 0
		if writing {
			writesDone = rb.writesDoneLocked(strings.ToLower(b.entity))
		}
		rb.mu.Unlock()
		if !writing {
			return
		}
	}
}

// unsupportedQuery is true when the query itself is not served (404 or
// 405): the answer says nothing about the objects, so GETs must decide.
func unsupportedQuery(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && (ae.Status == http.StatusNotFound || ae.Status == http.StatusMethodNotAllowed)
}

// query reads ids with one "in" query (following pages should the server
// cut the answer) and indexes the objects by id. held is the thread slot
// the batch already holds.
func (rb *readBatcher) query(c *Client, b *readBatch, ids []int64, held func()) (map[int64]json.RawMessage, error) {
	svc := &Service[json.RawMessage]{c: c, entity: b.entity, base: b.entity}
	q := QueryOptions{Filter: []Filter{In("id", ids...)}, MaxRecords: min(len(ids), MaxPageSize)}
	items := make(map[int64]json.RawMessage, len(ids))
	err := svc.pages(b.ctx, q, held, func(page []json.RawMessage) error {
		for _, raw := range page {
			id, err := objectID(raw)
			if err != nil {
				return fmt.Errorf("autotask: %s batched read: %w", b.entity, err)
			}
			if _, dup := items[id]; !dup {
				items[id] = raw
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return items, nil
}

// objectID reads the "id" of a JSON object.
func objectID(raw json.RawMessage) (int64, error) {
	var probe struct {
		ID *int64 `json:"id"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return 0, fmt.Errorf("decoding item: %w", err)
	}
	if probe.ID == nil {
		return 0, errors.New("an item of the answer has no id")
	}
	return *probe.ID, nil
}
