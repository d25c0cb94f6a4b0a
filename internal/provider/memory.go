package provider

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// defaultMemoryLimit is the Go runtime's soft memory limit when GOMEMLIMIT
// is not set. A plan allocates a few MB per managed object that is garbage
// moments later (terraform-plugin-framework's value conversions), and with
// Go's default pacing the heap may double before it is collected: 180 MiB
// of peak RSS for 1,000 security levels. Near this limit the collector
// runs more often instead; live data is far below it, and beyond it Go
// only collects harder (it never fails). BENCHMARKS.md has the trade.
const defaultMemoryLimit = 120 << 20

// The collector's pacing follows the live heap. Terraform starts one
// plugin process per provider configuration, and an MSP with an alias per
// tenant runs dozens of small ones at once: a process that serves the
// schema and a few resources keeps 2–4 MiB live, and Go's default
// (GOGC=100) lets its heap grow by as much again before collecting. Below
// smallHeap the heap may grow by a quarter of the live heap only (GOGC 25),
// above largeHeap by all of it (GOGC 100, a large plan's pacing, bounded by
// the soft limit), and in between by a share growing with it. A small
// process collects more often — about 0.1 s more CPU for a plan of 8
// levels — for about 5 MiB less RSS; BENCHMARKS.md has the measurements.
const (
	smallHeap = 4 << 20
	largeHeap = 12 << 20
	smallGOGC = 25
)

// SetMemoryPolicy applies the plugin's memory policy: the soft memory
// limit unless GOMEMLIMIT sets one, and the collector's pacing by live heap
// unless GOGC sets it. Call it once, at the start of main.
func SetMemoryPolicy() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		newGCPacer(smallHeap, largeHeap).retune()
	}
}

// gcPacer sets GOGC after every collection from the live heap it found.
type gcPacer struct {
	small, large atomic.Uint64 // the live heaps of GOGC smallGOGC and 100
	stopped      atomic.Bool
	percent      int // GOGC as last set; only retune uses it
	live         []metrics.Sample
}

func newGCPacer(small, large uint64) *gcPacer {
	p := &gcPacer{percent: 100, live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	p.small.Store(small)
	p.large.Store(large)
	return p
}

// percentFor is the GOGC for a live heap of the given size, in steps of 5.
func (p *gcPacer) percentFor(live uint64) int {
	small, large := p.small.Load(), p.large.Load()
	switch {
	case live <= small:
		return smallGOGC
	case live >= large:
		return 100
	}
	pct := smallGOGC + int((100-smallGOGC)*(live-small)/(large-small))
	return pct / 5 * 5
}

// retune sets GOGC for the live heap and arms itself for the end of the
// next collection: the cleanup of an object nothing references runs once
// the collector has found it unreachable.
func (p *gcPacer) retune() {
	if p.stopped.Load() {
		return
	}
	metrics.Read(p.live)
	if p.live[0].Value.Kind() == metrics.KindUint64 {
		if pct := p.percentFor(p.live[0].Value.Uint64()); pct != p.percent {
			p.percent = pct
			debug.SetGCPercent(pct)
		}
	}
	runtime.AddCleanup(&gcSentinel{}, func(p *gcPacer) { p.retune() }, p)
}

// gcSentinel is the unreferenced object whose cleanup marks a collection.
// It holds a pointer so that it is not combined with other small objects
// (the tiny allocator), whose cleanups may never run.
type gcSentinel struct{ _ *int }
