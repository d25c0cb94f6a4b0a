package provider

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// defaultMemoryLimit is the Go runtime's soft memory limit when GOMEMLIMIT
// is not set. A plan allocates a few MB per managed object that is garbage
// moments later (terraform-plugin-framework's value conversions), and with
// Go's default pacing the heap may double before it is collected: 180 MiB
// of peak RSS for 1,000 security levels. Near this limit the collector
// runs more often instead; live data is far below it, and beyond it Go
// only collects harder (it never fails). BENCHMARKS.md has the trade.
const defaultMemoryLimit = 120 << 20

// Terraform starts one plugin process per provider configuration and keeps
// it until the end of the run, and an MSP with an alias per tenant runs
// dozens at once, each busy only while Terraform walks that tenant's
// resources. A process that has been idle for a moment gives the memory its
// heap no longer needs back to the operating system (a collection, then
// debug.FreeOSMemory), so that the processes waiting for their turn hold
// their live heap, not their last peak. Collecting more often instead (a
// lower GOGC) saves as much per process but costs CPU in proportion to what
// the plugin allocates: +60% provider CPU for 50 tenants (BENCHMARKS.md).
//
// A release costs a full collection and, when the process gets busy again,
// page faults for the heap it regrows. A long apply that pauses often (a
// thousand creates, Terraform working between them) would pay that at every
// pause: +44% provider CPU for 1,000 levels. So each release doubles the
// quiet time the next one needs, up to idleTicks<<idleBackoff ticks; a
// tenant's process, idle for seconds while Terraform walks the others, still
// releases at each of its few idle spells.
const (
	idleTick = 100 * time.Millisecond
	// idleTicks quiet ticks in a row make the process idle; a tick is quiet
	// when less than idleQuiet was allocated in it (gRPC keep-alives and
	// the runtime's own bookkeeping allocate a little).
	idleTicks = 2
	// idleBackoff caps the doubling: at most 12.8 s of quiet per release.
	idleBackoff = 6
	idleQuiet   = 256 << 10
	// idleWorth is the least garbage plus free heap worth a collection.
	idleWorth = 1 << 20
)

// SetMemoryPolicy applies the plugin's memory policy: the soft memory
// limit unless GOMEMLIMIT sets one, and the release of unused heap when the
// process is idle. Call it once, at the start of main.
func SetMemoryPolicy() {
	setDefaultMemoryLimit(os.Getenv("GOMEMLIMIT"))
	r := newIdleReleaser()
	go releaseWhenIdle(r, r.read, time.NewTicker(idleTick).C, debug.FreeOSMemory)
}

// setDefaultMemoryLimit sets the soft memory limit to defaultMemoryLimit
// unless the user set one (gomemlimit, the value of GOMEMLIMIT).
func setDefaultMemoryLimit(gomemlimit string) {
	if gomemlimit == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}

// idleReleaser decides, tick by tick, when an idle process's unused heap
// is worth releasing: once per idle spell, after a quiet time that doubles
// with every release, and only when there is at least idleWorth to release.
type idleReleaser struct {
	samples    []metrics.Sample
	lastAllocs uint64
	quiet      int  // quiet ticks in a row
	released   bool // released in this idle spell
	releases   int  // releases so far
}

func newIdleReleaser() *idleReleaser {
	r := &idleReleaser{samples: []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},              // allocated since the start
		{Name: "/memory/classes/heap/objects:bytes"}, // live and not yet collected objects
		{Name: "/gc/heap/live:bytes"},                // live at the last collection
		{Name: "/memory/classes/heap/free:bytes"},    // free heap not yet returned
	}}
	metrics.Read(r.samples)
	r.lastAllocs = r.samples[0].Value.Uint64()
	return r
}

// observe takes one tick's reading: bytes allocated since the start, and
// what a collection and release would give back (garbage and free heap).
// It reports whether to release now.
func (r *idleReleaser) observe(allocs, releasable uint64) bool {
	delta := allocs - r.lastAllocs
	r.lastAllocs = allocs
	if delta >= idleQuiet {
		r.quiet, r.released = 0, false
		return false
	}
	r.quiet++
	if r.released || r.quiet < r.quietNeeded() || releasable < idleWorth {
		return false
	}
	r.released = true
	r.releases++
	return true
}

// quietNeeded is the number of quiet ticks in a row before the next
// release: idleTicks, doubled by every release so far (up to idleBackoff
// times).
func (r *idleReleaser) quietNeeded() int {
	return idleTicks << min(r.releases, idleBackoff)
}

// read returns the allocations so far and the releasable bytes.
func (r *idleReleaser) read() (allocs, releasable uint64) {
	metrics.Read(r.samples)
	v := func(i int) uint64 {
		if r.samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return r.samples[i].Value.Uint64()
	}
	objects, live, free := v(1), v(2), v(3)
	if objects > live {
		free += objects - live
	}
	return v(0), free
}

// releaseWhenIdle feeds the releaser a reading on every tick (for the
// life of the process) and releases when it says so.
func releaseWhenIdle(r *idleReleaser, read func() (allocs, releasable uint64), ticks <-chan time.Time, release func()) {
	for range ticks {
		if r.observe(read()) {
			release()
		}
	}
}
