//go:build unix

package provider

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Fault suite sizes and fault modes (see RELIABILITY.md).
const (
	stormObjects  = 30
	stormRate     = 0.6
	stormSeed     = 41
	stormAttempts = 10

	faultObjects   = 100
	faultRate      = 0.2
	faultSeed      = 14
	faultAttempts  = 4 // runs of one command before the suite gives up
	faultSlow      = 20 * time.Millisecond
	faultRetryWait = "1"
	// singletonRounds is how many versions the suite applies to a
	// singleton's one object: the object is created (v1), then updated
	// to v2, v3, … so that it meets a comparable number of faults.
	singletonRounds = 25
)

// reliabilityConcurrency is how many suites run at once. They spend most
// of their time waiting (Retry-After, slow answers, terraform's own
// start-up), so they run beside each other rather than two at a time, as
// -parallel would have it on a 2-core machine.
const reliabilityConcurrency = 6

// TestAccReliability runs the fault and kill suites for every resource
// type, side by side, on one build of the provider binary. Each suite has
// its own mock PSA and terraform directory and leaves the environment
// alone.
func TestAccReliability(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Fatal("TF_ACC must be set: run `make test`")
	}
	t.Parallel()
	bin := buildPlugin(t)
	type suite struct {
		name string
		run  func(*testing.T, string, reliabilityRow)
		row  reliabilityRow
	}
	var suites []suite
	for _, row := range reliabilityRows {
		suites = append(suites, suite{"random faults/" + row.resourceType, testRandomFaults, row})
		if row.noKill == "" {
			suites = append(suites, suite{"killed apply/" + row.resourceType, testKilledApply, row})
		} else {
			t.Logf("killed apply leaves out %s: %s", row.resourceType, row.noKill)
		}
		if row.reRun != reRunRefuses {
			suites = append(suites, suite{"fault storm/" + row.resourceType, testFaultStorm, row})
		} else {
			t.Logf("fault storm leaves out %s: a lost create answer whose lookup fails too needs an import by hand", row.resourceType)
		}
	}
	// Subtests started from goroutines run at once, whatever -parallel
	// says; the semaphore bounds them.
	sem := make(chan struct{}, reliabilityConcurrency)
	var wg sync.WaitGroup
	for _, s := range suites {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t.Run(s.name, func(t *testing.T) { s.run(t, bin, s.row) })
		}()
	}
	wg.Wait()
}

// Under 20% random faults of every kind, 100 objects are created, updated
// and destroyed (a singleton type: its one object). A run that fails (a
// call faulted more often than the client retries) is run again, as an
// operator would; at no point is there a duplicate, and in the end state
// and PSA hold the same objects, with no orphan and nothing lost. After the
// destroy, state is empty and the PSA holds nothing of the type, or — for
// types Autotask cannot delete — the same objects, each inactive (or back
// to its defaults).
func testRandomFaults(t *testing.T, bin string, row reliabilityRow) {
	psa, d, noDuplicates := faultyPSA(t, bin, row, "faulty", faultRate, faultSeed)
	n := row.objects(faultObjects)
	config := row.setup(t, psa.Tenant, n)
	runs := map[string]int{}
	const prefix = "Fault Suite"

	d.config(config("", prefix, "v1"))
	runs["create"] = d.untilSucceeds(faultAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	row.compareStateWithRemote(t, psa.Tenant, d.state(row.resourceType), n)
	row.checkVersion(t, psa.Tenant, "v1")
	// state equals the PSA as the provider reads it: an empty plan,
	// itself under faults
	runs["plan"] = d.untilSucceeds(faultAttempts, noDuplicates, "plan", "-input=false", "-no-color", "-detailed-exitcode")
	ids := map[string]string{}
	for _, s := range d.state(row.resourceType) {
		ids[s.Address] = scalarString(s.Values["id"])
	}

	d.config(config("", prefix, "v2"))
	runs["update"] = d.untilSucceeds(faultAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	st := d.state(row.resourceType)
	row.compareStateWithRemote(t, psa.Tenant, st, n)
	for _, s := range st {
		if ids[s.Address] != scalarString(s.Values["id"]) {
			t.Errorf("%s was replaced (ID %s, then %v)", s.Address, ids[s.Address], s.Values["id"])
		}
	}
	row.checkVersion(t, psa.Tenant, "v2")
	last, updates := "v2", 1
	if row.singleton {
		// The one object meets as many faults as it can: it is changed
		// and checked again, round after round.
		for round := 3; round <= singletonRounds; round++ {
			last = fmt.Sprintf("v%d", round)
			d.config(config("", prefix, last))
			runs["update"] += d.untilSucceeds(faultAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
			row.compareStateWithRemote(t, psa.Tenant, d.state(row.resourceType), n)
			row.checkVersion(t, psa.Tenant, last)
			updates++
		}
	}

	runs["destroy"] = d.untilSucceeds(faultAttempts, noDuplicates, "destroy", "-input=false", "-no-color", "-auto-approve")
	row.checkDestroyed(t, psa.Tenant, d.state(row.resourceType), n, last)

	c := psa.Tenant.Counters()
	faults, kinds := faultSummary(c)
	t.Logf("%s: %d objects created, updated %d times and destroyed; %d requests, %d faults injected (%s); terraform runs: %v",
		row.resourceType, n, updates, c.Total, faults, kinds, runs)
	if faults < int64(float64(c.Total)*faultRate/2) {
		t.Errorf("only %d faults in %d requests at rate %v", faults, c.Total, faultRate)
	}
}

// checkVersion checks that every object of the type in the PSA carries
// version.
func (row reliabilityRow) checkVersion(t *testing.T, ten *mockpsa.Tenant, version string) {
	t.Helper()
	for _, o := range row.remoteObjects(t, ten) {
		if !row.hasVersion(o, version) {
			t.Errorf("%v does not carry %s: %v", o[row.keyField], version, o)
		}
	}
}

// At 60% faults calls do fail beyond the client's retries, so commands
// fail and are run again; a create whose answer was lost and whose lookup
// failed too leaves an orphan, which the next run adopts (adopt_existing;
// types whose create takes over an existing object converge without it).
// After every run there is no duplicate; in the end state and PSA hold the
// same 30 objects, and the destroy leaves nothing (or every object as
// destroy leaves it).
func testFaultStorm(t *testing.T, bin string, row reliabilityRow) {
	psa, d, noDuplicates := faultyPSA(t, bin, row, "stormy", stormRate, stormSeed)
	n := row.objects(stormObjects)
	config := row.setup(t, psa.Tenant, n)
	d.config(config(`provider "autotask" {
  adopt_existing = true
}
`, "Storm Suite", "v1"))
	runs := map[string]int{}
	runs["create"] = d.untilSucceeds(stormAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	row.compareStateWithRemote(t, psa.Tenant, d.state(row.resourceType), n)
	row.checkVersion(t, psa.Tenant, "v1")
	runs["plan"] = d.untilSucceeds(stormAttempts, noDuplicates, "plan", "-input=false", "-no-color", "-detailed-exitcode")
	if row.destroy == destroyForgets {
		// what destroy leaves is the last version applied
		d.config(config(`provider "autotask" {
  adopt_existing = true
}
`, "Storm Suite", "v2"))
		runs["update"] = d.untilSucceeds(stormAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	}
	runs["destroy"] = d.untilSucceeds(stormAttempts, noDuplicates, "destroy", "-input=false", "-no-color", "-auto-approve")
	row.checkDestroyed(t, psa.Tenant, d.state(row.resourceType), n, "v2")
	c := psa.Tenant.Counters()
	faults, kinds := faultSummary(c)
	t.Logf("%s: %d objects created and destroyed at rate %v; %d requests, %d faults injected (%s); terraform runs: %v",
		row.resourceType, n, stormRate, c.Total, faults, kinds, runs)
}

// faultyPSA starts a tenant in random fault mode and a terraform directory
// for it; noDuplicates fails the test if the PSA holds a natural key twice.
func faultyPSA(t *testing.T, bin string, row reliabilityRow, name string, rate float64, seed uint64) (*testPSA, *tfDir, func(run int)) {
	t.Helper()
	psa := startTestPSA(t, mockpsa.TenantSpec{Name: name, Seed: mockpsa.SeedEmpty})
	if err := psa.Tenant.SetRandomFaults(mockpsa.RandomFaults{Rate: rate, Seed: seed, Latency: faultSlow, RetryAfter: faultRetryWait}); err != nil {
		t.Fatal(err)
	}
	noDuplicates := func(run int) {
		if dup := row.duplicates(row.remoteObjects(t, psa.Tenant)); len(dup) > 0 {
			t.Fatalf("duplicates in the PSA after run %d: %v", run, dup)
		}
	}
	return psa, newTFDir(t, bin, psa.Creds), noDuplicates
}

// faultSummary totals the faults a tenant's counters record and lists them
// by kind.
func faultSummary(c mockpsa.Counters) (int64, string) {
	var kinds []string
	var faults int64
	for k, n := range c.FaultsByKind {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
		faults += n
	}
	sort.Strings(kinds)
	return faults, strings.Join(kinds, ", ")
}
