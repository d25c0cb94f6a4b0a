package autotask

import (
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
