//go:build unix

package provider

import (
	"fmt"
	"os"
	"sort"
	"strings"
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
)

// TestAccReliability runs the fault and kill suites for every resource
// type, in parallel, on one build of the provider binary.
func TestAccReliability(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Fatal("TF_ACC must be set: run `make test`")
	}
	t.Parallel()
	bin := buildPlugin(t)
	for _, row := range reliabilityRows {
		t.Run("random faults/"+row.resourceType, func(t *testing.T) {
			t.Parallel()
			testRandomFaults(t, bin, row)
		})
		t.Run("killed apply/"+row.resourceType, func(t *testing.T) {
			t.Parallel()
			testKilledApply(t, bin, row)
		})
		t.Run("fault storm/"+row.resourceType, func(t *testing.T) {
			t.Parallel()
			testFaultStorm(t, bin, row)
		})
	}
}

// Under 20% random faults of every kind, 100 objects are created, updated
// and destroyed. A run that fails (a call faulted more often than the
// client retries) is run again, as an operator would; at no point is there
// a duplicate, and in the end state and PSA hold the same objects, with no
// orphan and nothing lost.
func testRandomFaults(t *testing.T, bin string, row reliabilityRow) {
	psa, d, noDuplicates := faultyPSA(t, bin, row, "faulty", faultRate, faultSeed)
	runs := map[string]int{}
	const prefix = "Fault Suite"

	d.config(row.config(faultObjects, prefix, "v1"))
	runs["create"] = d.untilSucceeds(faultAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	row.compareStateWithRemote(t, d.state(row.resourceType), row.remoteObjects(t, psa.Tenant), faultObjects)
	// state equals the PSA as the provider reads it: an empty plan,
	// itself under faults
	runs["plan"] = d.untilSucceeds(faultAttempts, noDuplicates, "plan", "-input=false", "-no-color", "-detailed-exitcode")
	ids := map[string]string{}
	for _, s := range d.state(row.resourceType) {
		ids[s.Address] = fmt.Sprint(s.Values["id"])
	}

	d.config(row.config(faultObjects, prefix, "v2"))
	runs["update"] = d.untilSucceeds(faultAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	st := d.state(row.resourceType)
	row.compareStateWithRemote(t, st, row.remoteObjects(t, psa.Tenant), faultObjects)
	for _, s := range st {
		if ids[s.Address] != fmt.Sprint(s.Values["id"]) {
			t.Errorf("%s was replaced (ID %s, then %v)", s.Address, ids[s.Address], s.Values["id"])
		}
	}
	for _, o := range row.remoteObjects(t, psa.Tenant) {
		if !row.hasVersion(o, "v2") {
			t.Errorf("%v was not updated: %v", o[row.keyField], o)
		}
	}

	runs["destroy"] = d.untilSucceeds(faultAttempts, noDuplicates, "destroy", "-input=false", "-no-color", "-auto-approve")
	if left := row.remoteObjects(t, psa.Tenant); len(left) != 0 {
		t.Errorf("%d objects left in the PSA after destroy", len(left))
	}
	if left := d.state(row.resourceType); len(left) != 0 {
		t.Errorf("%d objects left in state after destroy", len(left))
	}

	c := psa.Tenant.Counters()
	faults, kinds := faultSummary(c)
	t.Logf("%s: %d objects created, updated and destroyed; %d requests, %d faults injected (%s); terraform runs: %v",
		row.resourceType, faultObjects, c.Total, faults, kinds, runs)
	if faults < int64(float64(c.Total)*faultRate/2) {
		t.Errorf("only %d faults in %d requests at rate %v", faults, c.Total, faultRate)
	}
}

// At 60% faults calls do fail beyond the client's retries, so commands
// fail and are run again; a create whose answer was lost and whose lookup
// failed too leaves an orphan, which the next run adopts (adopt_existing).
// After every run there is no duplicate; in the end state and PSA hold the
// same 30 objects, and the destroy leaves nothing.
func testFaultStorm(t *testing.T, bin string, row reliabilityRow) {
	psa, d, noDuplicates := faultyPSA(t, bin, row, "stormy", stormRate, stormSeed)
	d.config(`provider "autotask" {
  adopt_existing = true
}
` + row.config(stormObjects, "Storm Suite", "v1"))
	runs := map[string]int{}
	runs["create"] = d.untilSucceeds(stormAttempts, noDuplicates, "apply", "-input=false", "-no-color", "-auto-approve")
	row.compareStateWithRemote(t, d.state(row.resourceType), row.remoteObjects(t, psa.Tenant), stormObjects)
	runs["plan"] = d.untilSucceeds(stormAttempts, noDuplicates, "plan", "-input=false", "-no-color", "-detailed-exitcode")
	runs["destroy"] = d.untilSucceeds(stormAttempts, noDuplicates, "destroy", "-input=false", "-no-color", "-auto-approve")
	if left := row.remoteObjects(t, psa.Tenant); len(left) != 0 {
		t.Errorf("%d objects left in the PSA after destroy", len(left))
	}
	c := psa.Tenant.Counters()
	faults, kinds := faultSummary(c)
	t.Logf("%s: %d objects created and destroyed at rate %v; %d requests, %d faults injected (%s); terraform runs: %v",
		row.resourceType, stormObjects, stormRate, c.Total, faults, kinds, runs)
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
