package autotask

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The batching layer under load: each op is 500 concurrent Gets of
// distinct security levels (the PSA's page size, so a batch fills and goes
// out at once). requests/op is exact; time/op is the wall time of the 500.

func BenchmarkBatchedGets500(b *testing.B) { benchGets(b, 500, holdOpen) }

func BenchmarkUnbatchedGets500(b *testing.B) { benchGets(b, 500, 0) }

func benchGets(b *testing.B, n int, window time.Duration) {
	env, ids, names := batchEnv(b, n, func(c *Config) { c.ReadBatchWindow = window })
	b.ReportAllocs()
	for b.Loop() {
		getAll(b, env.c, ids, names)
	}
	cnt := env.ten.Counters()
	b.ReportMetric(float64(cnt.Total)/float64(b.N), "requests/op")
	b.ReportMetric(float64(cnt.Total)/float64(b.N*n), "requests/read")
	b.ReportMetric(float64(cnt.TooManyRequests)/float64(b.N), "429s/op")
}

// TestBatchBenchmarkCounts runs the batching benchmark as part of the unit
// tests and checks what it counted: one request per 500 reads and no 429.
// (Its times are reported, never asserted.)
func TestBatchBenchmarkCounts(t *testing.T) {
	r := testing.Benchmark(BenchmarkBatchedGets500)
	if r.N == 0 {
		t.Fatal("the benchmark did not run")
	}
	if got := r.Extra["requests/op"]; got != 1 {
		t.Errorf("batched: %v requests per 500 concurrent Gets, want 1", got)
	}
	if got := r.Extra["429s/op"]; got != 0 {
		t.Errorf("batched: %v answers 429 per op", got)
	}
	t.Logf("BenchmarkBatchedGets500: %s", r)
}

// BenchmarkReadBacksAfterWrites100 is an apply: 100 levels updated by 10
// workers (Terraform's -parallelism), each write followed by its read-back,
// with the provider's batching window. The read-backs of the writes
// running alongside share a query; reads/query says how many.
func BenchmarkReadBacksAfterWrites100(b *testing.B) {
	const n, workers = 100, 10
	env, ids, _ := batchEnv(b, n, func(c *Config) { c.ReadBatchWindow = DefaultReadBatchWindow })
	env.c.batch.learnPeak = true // as New sets it
	levels := env.c.SecurityLevels()
	ctx := context.Background()
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		round++
		desc := fmt.Sprintf("round %d", round)
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := next.Add(1) - 1; i < n; i = next.Add(1) - 1 {
					id := ids[i]
					if err := levels.Update(ctx, &SecurityLevel{ID: id, Description: String(desc)}); err != nil {
						b.Error(err)
						return
					}
					l, err := levels.Get(ctx, id)
					if err != nil {
						b.Error(err)
						return
					}
					if l.Description == nil || *l.Description != desc {
						b.Errorf("the read-back of %d answered %v, want %q", id, deref(l.Description), desc)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	cnt := env.ten.Counters()
	queries := float64(cnt.ByMethod["POST"])
	b.ReportMetric(float64(cnt.Total)/float64(b.N), "requests/op")
	b.ReportMetric(queries/float64(b.N), "queries/op")
	b.ReportMetric(float64(n*b.N)/queries, "reads/query")
	b.ReportMetric(float64(cnt.TooManyRequests)/float64(b.N), "429s/op")
}
