package autotask

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The read-back of a write is a Get issued after the write returned. It
// must see the write, even when a Get of the same object that was asked
// while the write ran is still waiting for its answer: that Get's request
// may have reached the PSA before the write did. Both tests order the
// requests with mock holds released by the test, never with sleeps:
//
//  1. a PATCH renaming the level is held by the PSA (the write is in
//     progress);
//  2. a concurrent Get of the level goes out; the PSA answers it at once,
//     with the old name, but holds the answer on its way back;
//  3. the PATCH is released and the write returns;
//  4. the read-back is asked while that old answer is still held.

// readResult is what a Get of a security level answered.
type readResult struct {
	name string
	err  error
}

// getName reads level id in the background.
func getName(ctx context.Context, c *Client, id int64) chan readResult {
	ch := make(chan readResult, 1)
	go func() {
		l, err := c.SecurityLevels().Get(ctx, id)
		if err != nil {
			ch <- readResult{err: err}
			return
		}
		ch <- readResult{name: *l.Name}
	}()
	return ch
}

// holdRename arms the two holds — the PATCH held before it is processed,
// the first answer of read (OpGet or OpQuery) held after — and starts
// renaming level id to newName. It returns when the PSA holds the PATCH,
// with the channels that release each hold and the write's outcome.
func holdRename(t *testing.T, env *mockEnv, read mockpsa.Operation, id int64, newName string) (writeGo, readGo chan struct{}, written chan error) {
	t.Helper()
	writeGo, readGo = make(chan struct{}), make(chan struct{})
	t.Cleanup(env.ten.ClearFaults) // a failing test must not leave requests held
	for _, f := range []mockpsa.Fault{
		{Kind: mockpsa.FaultLatency, Method: "PATCH", Op: mockpsa.OpUpdate, Entity: EntitySecurityLevels, Release: writeGo},
		{Kind: mockpsa.FaultSlowAnswer, Op: read, Entity: EntitySecurityLevels, Release: readGo},
	} {
		if err := env.ten.InjectFault(f); err != nil {
			t.Fatal(err)
		}
	}
	written = make(chan error, 1)
	go func() {
		written <- env.c.SecurityLevels().Update(context.Background(), &SecurityLevel{ID: id, Name: String(newName)})
	}()
	waitFor(t, "the PSA to hold the PATCH", func() bool { return env.ten.Counters().Held == 1 })
	return writeGo, readGo, written
}

// checkReadBack releases the write, asks the read-back once the write has
// returned, then releases the stale answer and checks what each Get saw.
// shares reports whether a Get waits on the request that carries the stale
// answer (so that the test releases it only once the read-back has either
// been answered or joined it).
func checkReadBack(t *testing.T, env *mockEnv, id int64, oldName, newName string, writeGo, readGo chan struct{}, written chan error, concurrent chan readResult, shares func() bool) {
	t.Helper()
	close(writeGo)
	if err := <-written; err != nil {
		t.Fatalf("the write failed: %v", err)
	}
	if l, _ := env.ten.Get(EntitySecurityLevels, id); l["name"] != newName {
		t.Fatalf("the PSA holds %v after the write", l["name"])
	}
	readBack := getName(context.Background(), env.c, id)
	waitFor(t, "the read-back to be answered or to wait on the request already under way", func() bool {
		return len(readBack) == 1 || shares()
	})
	close(readGo)
	if r := <-readBack; r.err != nil || r.name != newName {
		t.Errorf("the read-back after the write answered %q (err %v), want %q: it took the answer of a request sent while the write was in progress", r.name, r.err, newName)
	}
	// The concurrent Get ran alongside the write: either name is right for
	// it, the old one here (its request was processed first).
	if r := <-concurrent; r.err != nil || r.name != oldName {
		t.Errorf("the Get concurrent with the write answered %q (err %v), want %q", r.name, r.err, oldName)
	}
}

// Batched reads: a batch that goes out while a write of its entity is in
// progress (its window ended: readBackMaxWait, here a flush) must not
// answer a Get asked after the write ended.
func TestReadBackNotAnsweredByBatchSentDuringWrite(t *testing.T) {
	env, ids, names := batchEnv(t, 1, nil) // batched, an hour-long window
	id := ids[0]
	writeGo, readGo, written := holdRename(t, env, mockpsa.OpQuery, id, "Renamed")

	concurrent := getName(context.Background(), env.c, id)
	waitFor(t, "the concurrent Get to open a batch", func() bool { return env.c.batch.openWaiters(EntitySecurityLevels) == 1 })
	env.c.batch.flush(EntitySecurityLevels) // the batch's wait for the write ends while it still runs
	waitFor(t, "the PSA to answer the batch and hold its answer", func() bool { return env.ten.Counters().Held == 2 })

	checkReadBack(t, env, id, names[id], "Renamed", writeGo, readGo, written, concurrent, func() bool {
		return env.c.batch.sharing(EntitySecurityLevels, id) > 1
	})
	if c := env.ten.Counters(); c.ByMethod["POST"] != 2 || c.ByMethod["PATCH"] != 1 {
		t.Errorf("requests %v; want one PATCH and two queries", c.ByMethod)
	}
}

// Unbatched reads: identical GETs share one request, but a GET that went
// out while a write was in progress must not answer a Get asked after the
// write ended.
func TestReadBackNotAnsweredByGETSentDuringWrite(t *testing.T) {
	env, ids, names := batchEnv(t, 1, func(c *Config) { c.ReadBatchWindow = 0 })
	id := ids[0]
	writeGo, readGo, written := holdRename(t, env, mockpsa.OpGet, id, "Renamed")

	concurrent := getName(context.Background(), env.c, id)
	waitFor(t, "the PSA to answer the concurrent GET and hold its answer", func() bool { return env.ten.Counters().Held == 2 })

	key := "GET securitylevels/" + strconv.FormatInt(id, 10) + "#0"
	checkReadBack(t, env, id, names[id], "Renamed", writeGo, readGo, written, concurrent, func() bool {
		return env.c.flight.waiting(key) > 0
	})
	if c := env.ten.Counters(); c.ByMethod["GET"] != 2 || c.ByMethod["PATCH"] != 1 {
		t.Errorf("requests %v; want one PATCH and two GETs", c.ByMethod)
	}
}

// Once the writes have ended, reads still share a request under way (the
// economy of coalescing is kept after an apply's writes): the request went
// out with no write in progress, and none has started since.
func TestReadsAfterWritesEndedStillShare(t *testing.T) {
	for _, tc := range []struct {
		name   string
		window time.Duration
		read   mockpsa.Operation
		method string
		shared func(env *mockEnv, id int64) bool
	}{
		{"batched", holdOpen, mockpsa.OpQuery, "POST", func(env *mockEnv, id int64) bool {
			return env.c.batch.sharing(EntitySecurityLevels, id) == 2
		}},
		{"single flight", 0, mockpsa.OpGet, "GET", func(env *mockEnv, id int64) bool {
			return env.c.flight.waiting("GET securitylevels/"+strconv.FormatInt(id, 10)+"#0") == 1
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, ids, _ := batchEnv(t, 1, func(c *Config) { c.ReadBatchWindow = tc.window })
			id := ids[0]
			if err := env.c.SecurityLevels().Update(context.Background(), &SecurityLevel{ID: id, Name: String("Renamed")}); err != nil {
				t.Fatal(err)
			}
			readGo := make(chan struct{})
			t.Cleanup(env.ten.ClearFaults)
			if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Op: tc.read, Entity: EntitySecurityLevels, Release: readGo}); err != nil {
				t.Fatal(err)
			}
			// No write in progress: a lone read goes out without a flush.
			first := getName(context.Background(), env.c, id)
			waitFor(t, "the first read to reach the PSA", func() bool { return env.ten.Counters().Held == 1 })
			second := getName(context.Background(), env.c, id)
			waitFor(t, "the second read to share the first one's request", func() bool { return tc.shared(env, id) })
			close(readGo)
			for _, ch := range []chan readResult{first, second} {
				if r := <-ch; r.err != nil || r.name != "Renamed" {
					t.Errorf("a read after the write answered %q (err %v), want Renamed", r.name, r.err)
				}
			}
			if c := env.ten.Counters(); c.ByMethod[tc.method] != 1 {
				t.Errorf("requests %v; want one %s for both reads", c.ByMethod, tc.method)
			}
		})
	}
}
