package autotask

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

// getEach reads ids one after another (the worst case for batching: no two
// reads are ever in flight together) and checks each answer is its own.
// shortWindow lets a batch without read-ahead go out on its own (the
// tests below read one at a time, so nothing else would ever fill it).
func shortWindow(c *Config) { c.ReadBatchWindow = aheadWindow }

func getEach(t *testing.T, c *Client, ids []int64, names map[int64]string) {
	t.Helper()
	for _, id := range ids {
		l, err := c.SecurityLevels().Get(context.Background(), id)
		if err != nil {
			t.Fatalf("Get(%d): %v", id, err)
		}
		if l.ID != id || deref(l.Name) != names[id] {
			t.Fatalf("Get(%d) answered %d %v", id, l.ID, deref(l.Name))
		}
	}
}

// Reads announced with ExpectReads are answered by the first batch, even
// when they come one at a time.
func TestReadAheadAnswersExpectedReads(t *testing.T) {
	env, ids, names := batchEnv(t, 300, shortWindow)
	env.c.SecurityLevels().ExpectReads(context.Background(), ids)
	getEach(t, env.c, ids, names)
	if cnt := env.ten.Counters(); cnt.Total != 1 || cnt.ByMethod["POST"] != 1 {
		t.Errorf("300 sequential reads after ExpectReads cost %d requests (%v), want one query", cnt.Total, cnt.ByMethod)
	}
	if hits := env.c.batch.aheadHits.Load(); hits != 299 {
		t.Errorf("%d reads answered from the read-ahead, want 299", hits)
	}
	// Each read-ahead answers once: a second read of the same id asks again.
	env.ten.ResetCounters()
	getEach(t, env.c, ids[:1], names)
	if cnt := env.ten.Counters(); cnt.Total != 1 {
		t.Errorf("a second read of a read-ahead id cost %d requests, want 1 (its own)", cnt.Total)
	}
}

// The first refresh batch waits its whole window even when its first
// reader expects ids: after an apply that created objects, the object
// created first kept only its own id, and the readers Terraform starts
// after it bring the others'. (It once waited aheadWindow, and the reads
// of 8 new levels went out in up to 3 queries on a busy machine.)
func TestReadAheadFirstBatchGathersLaterReaders(t *testing.T) {
	env, all, names := batchEnv(t, 6, nil)
	ids, later := all[:4], all[4]
	levels := env.c.SecurityLevels()
	ctx := context.Background()
	read := func(id int64, expect []int64, errs chan<- error) {
		levels.ExpectReads(ctx, expect)
		l, err := levels.Get(ctx, id)
		if err == nil && deref(l.Name) != names[id] {
			err = fmt.Errorf("Get(%d) answered %q", id, deref(l.Name))
		}
		errs <- err
	}
	errs := make(chan error, len(all))
	// Object i kept the ids created up to it, as keepNeighbours does in
	// the apply that created them in this order.
	// The first reader is the object created second: it expects one other.
	go read(ids[1], ids[:2], errs)
	waitFor(t, "the first reader", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 1 })
	time.Sleep(5 * aheadWindow) // the others arrive late, as on a busy machine
	for _, i := range []int{0, 2, 3} {
		go read(ids[i], ids[:i+1], errs)
	}
	waitFor(t, "every reader", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == len(ids) })
	env.c.batch.flush(EntitySecurityLevels)
	for range ids {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if cnt := env.ten.Counters(); cnt.Total != 1 || cnt.ReadsByID[EntitySecurityLevels] != 1 {
		t.Errorf("the first refresh of 4 objects cost %d requests (%d queries by id), want 1 query", cnt.Total, cnt.ReadsByID[EntitySecurityLevels])
	}
	// Once a refresh batch has gone out, a batch reading ahead goes out
	// after aheadWindow on its own (the window here is an hour).
	go read(later, all[4:], errs)
	select {
	case err := <-errs:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a later batch reading ahead waited its whole window")
	}
}

// Without ExpectReads the same sequential reads cost one request each: the
// count above is the read-ahead's doing.
func TestReadAheadOffWithoutExpect(t *testing.T) {
	env, ids, names := batchEnv(t, 5, shortWindow)
	getEach(t, env.c, ids, names)
	if cnt := env.ten.Counters(); cnt.Total != 5 {
		t.Errorf("5 sequential reads without ExpectReads cost %d requests, want 5", cnt.Total)
	}
}

// More ids than one query holds take one query per 500.
func TestReadAheadOver500IDs(t *testing.T) {
	env, ids, names := batchEnv(t, 1200, shortWindow)
	env.c.SecurityLevels().ExpectReads(context.Background(), ids)
	getEach(t, env.c, ids, names)
	if cnt := env.ten.Counters(); cnt.Total != 3 || cnt.ByMethod["POST"] != 3 {
		t.Errorf("1200 sequential reads after ExpectReads cost %d requests (%v), want three queries", cnt.Total, cnt.ByMethod)
	}
}

// A read that starts after a write is never answered from a read-ahead
// taken before it: it reads again and sees the change made meanwhile.
func TestReadAheadNotUsedAfterWrite(t *testing.T) {
	env, ids, names := batchEnv(t, 3, shortWindow)
	ctx := context.Background()
	levels := env.c.SecurityLevels()
	levels.ExpectReads(ctx, ids)
	getEach(t, env.c, ids[:1], names) // the read-ahead holds ids[1] and ids[2]
	if err := env.ten.Patch(EntitySecurityLevels, ids[1], map[string]any{"name": "Changed out of band"}); err != nil {
		t.Fatal(err)
	}
	if err := levels.Update(ctx, &SecurityLevel{ID: ids[2], Description: String("written by the client")}); err != nil {
		t.Fatal(err)
	}
	env.ten.ResetCounters()
	l, err := levels.Get(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if got := deref(l.Name); got != "Changed out of band" {
		t.Errorf("read after a write answered %q from the read-ahead, want the PSA's current name", got)
	}
	if cnt := env.ten.Counters(); cnt.Total != 1 {
		t.Errorf("read after a write cost %d requests, want 1", cnt.Total)
	}
}

// An expired read-ahead is not used.
func TestReadAheadExpires(t *testing.T) {
	env, ids, names := batchEnv(t, 2, shortWindow)
	env.c.batch.aheadTTL = 0
	env.c.SecurityLevels().ExpectReads(context.Background(), ids)
	getEach(t, env.c, ids, names)
	if cnt := env.ten.Counters(); cnt.Total != 2 {
		t.Errorf("reads with an expired read-ahead cost %d requests, want 2", cnt.Total)
	}
}

// An expected id the PSA no longer has is asked once by GET (deleted, not
// merely hidden) and leaves the known ids; created ids join them.
func TestReadAheadDeletedAndKnownIDs(t *testing.T) {
	env, ids, names := batchEnv(t, 3, shortWindow)
	ctx := context.Background()
	levels := env.c.SecurityLevels()
	if err := env.ten.Delete(EntitySecurityLevels, ids[2]); err != nil {
		t.Fatal(err)
	}
	levels.ExpectReads(ctx, ids)
	if got := levels.KnownIDs(); !slices.Equal(got, ids) {
		t.Errorf("KnownIDs after ExpectReads = %v, want %v", got, ids)
	}
	getEach(t, env.c, ids[:2], names)
	if got := levels.KnownIDs(); !slices.Equal(got, ids[:2]) {
		t.Errorf("KnownIDs after the read-ahead found %d gone = %v, want %v", ids[2], got, ids[:2])
	}
	if _, err := levels.Get(ctx, ids[2]); !IsNotFound(err) {
		t.Errorf("Get of the deleted id: %v, want not found", err)
	}
	// A 404 also makes the client ask entityInformation once (gone, or
	// an extension the PSA lacks?): one query, the GET and that check.
	if cnt := env.ten.Counters(); cnt.Total != 3 || cnt.ByMethod["POST"] != 1 || cnt.ByMethod["GET"] != 2 {
		t.Errorf("cost %d requests (%v), want one query, one GET and the entity check", cnt.Total, cnt.ByMethod)
	}
	id, err := levels.Create(ctx, &SecurityLevel{Name: String("New"), CopiedFromSecurityLevelID: Int64(ids[0])}, CreateOptions{})
	if err == nil {
		if got := levels.KnownIDs(); !slices.Contains(got, id) {
			t.Errorf("KnownIDs after Create = %v, want it to hold %d", got, id)
		}
		if err := levels.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		if got := levels.KnownIDs(); slices.Contains(got, id) {
			t.Errorf("KnownIDs after Delete = %v, still holds %d", got, id)
		}
	} else {
		t.Fatal(err)
	}
}

// Every object hands over the same list before its read, as the provider
// does: ids already asked for are not asked again, so 600 reads cost two
// queries asking each id once.
func TestReadAheadRepeatedExpectAsksEachIDOnce(t *testing.T) {
	env, ids, names := batchEnv(t, 600, shortWindow)
	levels := env.c.SecurityLevels()
	for _, id := range ids {
		levels.ExpectReads(context.Background(), ids)
		getEach(t, env.c, []int64{id}, names)
	}
	cnt := env.ten.Counters()
	if cnt.Total != 2 || cnt.ReadsByID[EntitySecurityLevels] != 2 || cnt.IDsRead[EntitySecurityLevels] != 600 {
		t.Errorf("600 reads, each after ExpectReads of all: %d requests, %d queries by id asking %d ids; want 2 queries asking 600",
			cnt.Total, cnt.ReadsByID[EntitySecurityLevels], cnt.IDsRead[EntitySecurityLevels])
	}
}

// Once the client has written, batches no longer read ahead: a read-back
// asks for what it needs, not for the whole list.
func TestReadAheadStopsAfterAWrite(t *testing.T) {
	env, ids, names := batchEnv(t, 50, shortWindow)
	ctx := context.Background()
	levels := env.c.SecurityLevels()
	if err := levels.Update(ctx, &SecurityLevel{ID: ids[0], Description: String("written")}); err != nil {
		t.Fatal(err)
	}
	env.ten.ResetCounters()
	levels.ExpectReads(ctx, ids)
	getEach(t, env.c, ids[:1], names)
	if cnt := env.ten.Counters(); cnt.IDsRead[EntitySecurityLevels] != 1 {
		t.Errorf("a read after a write asked for %d ids, want 1", cnt.IDsRead[EntitySecurityLevels])
	}
}
