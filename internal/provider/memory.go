package provider

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
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

// EXPERIMENT knobs (temporary).
var (
	smallGOGC = envInt("MEMEXP_SMALL_GOGC", 25)
	liveLo    = envInt("MEMEXP_LIVE_LO_MIB", 4) << 20
	liveHi    = envInt("MEMEXP_LIVE_HI_MIB", 12) << 20
)

func envInt(k string, d int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return d
}

// SetMemoryPolicy applies the plugin's memory policy. Call it once, at the
// start of main.
func SetMemoryPolicy() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if os.Getenv("MEMEXP_MPR") == "" {
		runtime.MemProfileRate = 0
	}
	if os.Getenv("GOGC") == "" && os.Getenv("MEMEXP_OFF") == "" {
		startGCPolicy()
	}
}

// gcPercentFor is the GOGC for a live heap of the given size.
func gcPercentFor(live uint64) int {
	switch {
	case live <= uint64(liveLo):
		return smallGOGC
	case live >= uint64(liveHi):
		return 100
	}
	return smallGOGC + int(uint64(100-smallGOGC)*(live-uint64(liveLo))/uint64(liveHi-liveLo))
}

var gcPercent atomic.Int64

type gcSentinel struct{ _ *int }

func startGCPolicy() {
	gcPercent.Store(100)
	retune(nil)
}

func retune(_ *int) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	live := uint64(0)
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = s[0].Value.Uint64()
	}
	p := gcPercentFor(live)
	if int64(p) != gcPercent.Load() {
		gcPercent.Store(int64(p))
		debug.SetGCPercent(p)
	}
	runtime.AddCleanup(&gcSentinel{}, retune, nil)
}
