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

// Fault suite sizes and fault mode (see RELIABILITY.md).
const (
	faultObjects   = 100
	faultRate      = 0.2
	faultSeed      = 14
	faultAttempts  = 4 // runs of one command before the suite gives up
	faultSlow      = 20 * time.Millisecond
	faultRetryWait = "1"
)

// Under 20% random faults of every kind, 100 objects are created, updated
// and destroyed. A run that fails (a call faulted more often than the
// client retries) is run again, as an operator would; at no point is there
// a duplicate, and in the end state and PSA hold the same objects, with no
// orphan and nothing lost.
func TestAccReliabilityRandomFaults(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Fatal("TF_ACC must be set: run `make test`")
	}
	t.Parallel()
	bin := buildPlugin(t)
	for _, row := range reliabilityRows {
		t.Run(row.resourceType, func(t *testing.T) {
			t.Parallel()
			psa := startTestPSA(t, mockpsa.TenantSpec{Name: "faulty", Seed: mockpsa.SeedEmpty})
			if err := psa.Tenant.SetRandomFaults(mockpsa.RandomFaults{
				Rate: faultRate, Seed: faultSeed, Latency: faultSlow, RetryAfter: faultRetryWait,
			}); err != nil {
				t.Fatal(err)
			}
			d := newTFDir(t, bin, psa.Creds)
			noDuplicates := func(string) func(int) {
				return func(int) {
					if dup := row.duplicates(row.remoteObjects(t, psa.Tenant)); len(dup) > 0 {
						t.Fatalf("duplicates in the PSA: %v", dup)
					}
				}
			}
			runs := map[string]int{}
			const prefix = "Fault Suite"

			d.config(row.config(faultObjects, prefix, "v1"))
			runs["create"] = d.untilSucceeds(faultAttempts, noDuplicates("create"), "apply", "-input=false", "-no-color", "-auto-approve")
			row.compareStateWithRemote(t, d.state(row.resourceType), row.remoteObjects(t, psa.Tenant), faultObjects)
			// state equals the PSA as the provider reads it: an empty plan,
			// itself under faults
			runs["plan"] = d.untilSucceeds(faultAttempts, noDuplicates("plan"), "plan", "-input=false", "-no-color", "-detailed-exitcode")
			ids := map[string]string{}
			for _, s := range d.state(row.resourceType) {
				ids[s.Address] = fmt.Sprint(s.Values["id"])
			}

			d.config(row.config(faultObjects, prefix, "v2"))
			runs["update"] = d.untilSucceeds(faultAttempts, noDuplicates("update"), "apply", "-input=false", "-no-color", "-auto-approve")
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

			runs["destroy"] = d.untilSucceeds(faultAttempts, noDuplicates("destroy"), "destroy", "-input=false", "-no-color", "-auto-approve")
			if left := row.remoteObjects(t, psa.Tenant); len(left) != 0 {
				t.Errorf("%d objects left in the PSA after destroy", len(left))
			}
			if left := d.state(row.resourceType); len(left) != 0 {
				t.Errorf("%d objects left in state after destroy", len(left))
			}

			c := psa.Tenant.Counters()
			var kinds []string
			var faults int64
			for k, n := range c.FaultsByKind {
				kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
				faults += n
			}
			sort.Strings(kinds)
			t.Logf("%s: %d objects created, updated and destroyed; %d requests, %d faults injected (%s); terraform runs: %v",
				row.resourceType, faultObjects, c.Total, faults, strings.Join(kinds, ", "), runs)
			if faults < int64(float64(c.Total)*faultRate/2) {
				t.Errorf("only %d faults in %d requests at rate %v", faults, c.Total, faultRate)
			}
		})
	}
}
