package provider

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func currentGOGC(t *testing.T) int {
	t.Helper()
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// The pacing follows the live heap: GOGC 25 for a small heap, 100 for a
// large one, a share growing with it in between (in steps of 5).
func TestGCPercentForLiveHeap(t *testing.T) {
	p := newGCPacer(smallHeap, largeHeap)
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 25}, {2 << 20, 25}, {smallHeap, 25},
		{6 << 20, 40}, {8 << 20, 60}, {10 << 20, 80},
		{largeHeap, 100}, {1 << 30, 100},
	} {
		if got := p.percentFor(c.live); got != c.want {
			t.Errorf("live heap %d MiB: GOGC %d, want %d", c.live>>20, got, c.want)
		}
	}
	prev := 0
	for live := uint64(0); live <= largeHeap+(1<<20); live += 64 << 10 {
		got := p.percentFor(live)
		if got < prev || got%5 != 0 {
			t.Fatalf("live heap %d KiB: GOGC %d after %d: not rising in steps of 5", live>>10, got, prev)
		}
		prev = got
	}
}

// The pacer sets GOGC at once and again after every collection, from the
// live heap that collection found; stopped, it leaves GOGC alone.
func TestGCPacerRetunesAfterEachCollection(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	// Whatever this test binary's live heap, it is below 1 TiB...
	p := newGCPacer(1<<40, 1<<41)
	defer p.stopped.Store(true)
	p.retune()
	if got := currentGOGC(t); got != smallGOGC {
		t.Fatalf("GOGC %d for a small live heap, want %d", got, smallGOGC)
	}
	// ... and above 1 byte: after the next collection the pacer relaxes.
	p.small.Store(0)
	p.large.Store(1)
	waitGOGC(t, 100)
	// Stopped, it no longer sets GOGC.
	p.stopped.Store(true)
	p.small.Store(1 << 40)
	p.large.Store(1 << 41)
	p.retune()
	if got := currentGOGC(t); got != 100 {
		t.Errorf("a stopped pacer set GOGC %d", got)
	}
}

// waitGOGC collects until the pacer has set GOGC to want: its cleanup runs
// on the runtime's cleanup goroutine after a collection.
func waitGOGC(t *testing.T, want int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for currentGOGC(t) != want {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC still %d after collections, want %d", currentGOGC(t), want)
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
}
