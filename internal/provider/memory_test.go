package provider

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// An idle process releases once per idle spell, after idleTicks quiet
// ticks, and only when there is enough to release; activity starts a new
// spell.
func TestIdleReleaserReleasesOncePerIdleSpell(t *testing.T) {
	r := &idleReleaser{}
	var allocs uint64
	step := func(allocated, releasable uint64) bool {
		allocs += allocated
		return r.observe(allocs, releasable)
	}
	const busy, quiet, worth = 8 << 20, 4 << 10, 3 << 20
	for range 2 {
		if step(busy, worth) {
			t.Fatal("released while allocating")
		}
	}
	if step(quiet, worth) {
		t.Fatal("released after one quiet tick")
	}
	if !step(quiet, worth) {
		t.Fatal("no release after two quiet ticks")
	}
	for range 200 {
		if step(quiet, worth) {
			t.Fatal("released twice in one idle spell")
		}
	}
	// Busy again, then idle: a new spell, which needs twice the quiet.
	step(busy, worth)
	for i := range 3 {
		if step(quiet, worth) {
			t.Fatalf("second spell released after %d quiet ticks, want 4", i+1)
		}
	}
	if !step(quiet, worth) {
		t.Fatal("no release after four quiet ticks in the second idle spell")
	}
	// A spell with too little to release does not collect.
	step(busy, 0)
	for range 20 {
		if step(quiet, idleWorth-1) {
			t.Fatal("released less than idleWorth")
		}
	}
	// ... until there is enough (garbage found later in the same spell).
	if !step(quiet, idleWorth) {
		t.Fatal("no release once there was enough")
	}
}

// Each release doubles the quiet time the next one needs, up to a cap, so
// a long run that pauses often releases a handful of times, not at every
// pause.
func TestIdleReleaserBacksOff(t *testing.T) {
	r := &idleReleaser{}
	var allocs uint64
	quietTicksToRelease := func() int {
		allocs += 8 << 20 // busy
		r.observe(allocs, 0)
		for n := 1; n <= 1000; n++ {
			allocs += 4 << 10
			if r.observe(allocs, 3<<20) {
				return n
			}
		}
		return -1
	}
	want := idleTicks
	for i := range idleBackoff + 3 {
		if got := quietTicksToRelease(); got != want {
			t.Fatalf("release %d came after %d quiet ticks, want %d", i+1, got, want)
		}
		if i < idleBackoff {
			want *= 2
		}
	}
	// Pauses shorter than the current quiet time release nothing.
	for range 50 {
		allocs += 8 << 20
		r.observe(allocs, 0)
		for range want - 1 {
			allocs += 4 << 10
			if r.observe(allocs, 3<<20) {
				t.Fatal("released in a pause shorter than the backed-off quiet time")
			}
		}
	}
}

// The releaser reads the runtime's allocation counter and the heap it
// could give back.
func TestIdleReleaserReadsTheHeap(t *testing.T) {
	r := newIdleReleaser()
	before, _ := r.read()
	for range 64 {
		sink = append(sink, make([]byte, 64<<10))
	}
	sink = nil
	allocs, releasable := r.read()
	if allocs-before < 4<<20 {
		t.Errorf("4 MiB allocated, the releaser read %d bytes", allocs-before)
	}
	s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(s)
	if releasable < s[0].Value.Uint64()/2 {
		t.Errorf("releasable %d bytes, less than the free heap's %d", releasable, s[0].Value.Uint64())
	}
}

// Every tick feeds a reading to the releaser, which releases once an idle
// spell begins.
func TestReleaseWhenIdleTicks(t *testing.T) {
	readings := [][2]uint64{{10 << 20, 5 << 20}, {20 << 20, 5 << 20}, {20 << 20, 5 << 20}, {20 << 20, 5 << 20}, {20 << 20, 5 << 20}}
	i := 0
	read := func() (uint64, uint64) {
		v := readings[i]
		i++
		return v[0], v[1]
	}
	ticks := make(chan time.Time)
	releases := 0
	done := make(chan struct{})
	go func() {
		releaseWhenIdle(&idleReleaser{}, read, ticks, func() { releases++ })
		close(done)
	}()
	for range readings {
		ticks <- time.Now()
	}
	close(ticks)
	<-done
	if releases != 1 {
		t.Errorf("%d releases for one busy tick and four quiet ones, want 1", releases)
	}
}

// The plugin sets its soft memory limit unless GOMEMLIMIT sets one.
func TestDefaultMemoryLimitYieldsToGOMEMLIMIT(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	const users = 1 << 40
	debug.SetMemoryLimit(users)
	setDefaultMemoryLimit("1TiB")
	if got := debug.SetMemoryLimit(-1); got != users {
		t.Errorf("with GOMEMLIMIT set the limit became %d, want the user's %d", got, users)
	}
	setDefaultMemoryLimit("")
	if got := debug.SetMemoryLimit(-1); got != defaultMemoryLimit {
		t.Errorf("without GOMEMLIMIT the limit is %d, want %d", got, defaultMemoryLimit)
	}
}

var sink [][]byte
