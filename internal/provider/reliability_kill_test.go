//go:build unix

package provider

import (
	"fmt"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const (
	killObjects = 40
	// killAfter is how many objects must exist before terraform is killed.
	killAfter = 15
	// killLatency slows every create, and the read after it, so the kill
	// lands midway.
	killLatency = 250 * time.Millisecond
)

// orphanSummaryRE is the one summary of natural_key.go's existsSummary:
// an object named by its key, or a login by its contact.
var orphanSummaryRE = regexp.MustCompile(`^An? (.+) (?:named "(.+)"|for contact \d+) already exists in Autotask \(ID (\d+)\)$`)

// terraform is killed (SIGKILL, with its provider) while it creates 40
// objects: some exist in the PSA but were never written to state. For a
// type whose plan finds such orphans (reRunAdopts), the next plan names
// each of them with its ID and import block, and with adopt_existing the
// next apply adopts them. For a type whose create takes over the object
// that is already there (reRunTakesOver), the next apply converges by
// itself. Either way state and PSA then hold the 40 objects once each:
// every object of the type in the PSA is listed (not looked up by key), and
// each is in state exactly once under its own ID.
func testKilledApply(t *testing.T, bin string, row reliabilityRow) {
	psa := startTestPSA(t, mockpsa.TenantSpec{Name: "killed", Seed: mockpsa.SeedEmpty})
	config := row.setup(t, psa.Tenant, killObjects)
	// Writes are slow, and so is the read that follows each: a write
	// committed in the PSA waits a while before terraform can record
	// it, as over a slow link.
	for _, op := range []mockpsa.Operation{mockpsa.OpCreate, mockpsa.OpUpdate, mockpsa.OpGet} {
		if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Latency: killLatency, Op: op,
			Entity: row.entity, Count: 10 * killObjects}); err != nil {
			t.Fatal(err)
		}
	}
	d := newTFDir(t, bin, psa.Creds)
	const prefix = "Kill Suite"
	d.config(config("", prefix, "v1"))
	// written counts the objects the apply has written (for types whose
	// objects exist beforehand, those it has changed).
	written := func() []map[string]any {
		var out []map[string]any
		for _, o := range row.remoteObjects(t, psa.Tenant) {
			if row.hasVersion(o, "v1") {
				out = append(out, o)
			}
		}
		return out
	}

	// apply, killed midway
	cmd, out := d.command(t.Context(), "apply", "-input=false", "-no-color", "-auto-approve")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // terraform and its provider plugin
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * time.Minute)
	for len(written()) < killAfter {
		if time.Now().After(deadline) {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			t.Fatalf("only %d objects written after 3 minutes:\n%s", len(written()), out)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("terraform was not killed (%v):\n%s", err, out)
	}
	psa.Tenant.ClearFaults()
	waitFor := time.Now().Add(time.Minute)
	for psa.Tenant.Counters().InFlight > 0 && time.Now().Before(waitFor) {
		time.Sleep(5 * time.Millisecond) // requests of the dead process wind down
	}
	created := written()
	recorded := map[string]bool{}
	for _, s := range d.state(row.resourceType) {
		recorded[scalarString(s.Values["id"])] = true
	}
	orphans := map[string]string{} // id -> key
	for _, o := range created {
		if id := row.remoteID(psa.Tenant, o); !recorded[id] {
			orphans[id] = scalarString(o[row.keyField])
		}
	}
	if len(created) >= killObjects || len(orphans) == 0 {
		t.Fatalf("the kill did not land midway: %d of %d written, %d not in state", len(created), killObjects, len(orphans))
	}

	named := 0
	if row.reRun == reRunAdopts {
		named = checkOrphansNamed(t, d, row, orphans)
		// with adopt_existing the apply converges without a duplicate
		d.config(config(`provider "autotask" {
  adopt_existing = true
}
`, prefix, "v1"))
	}
	if out, code := d.run("apply", "-input=false", "-no-color", "-auto-approve"); code != 0 {
		t.Fatalf("apply after the kill: exit %d\n%s", code, out)
	}
	st := d.state(row.resourceType)
	row.compareStateWithRemote(t, psa.Tenant, st, killObjects)
	row.checkVersion(t, psa.Tenant, "v1")
	inState := map[string]bool{}
	for _, s := range st {
		inState[scalarString(s.Values["id"])] = true
	}
	for id, key := range orphans {
		if !inState[id] {
			t.Errorf("orphan %s (%s) was not taken over", id, key)
		}
	}
	if out, code := d.run("plan", "-input=false", "-no-color", "-detailed-exitcode"); code != 0 {
		t.Errorf("plan after convergence: exit %d\n%s", code, out)
	}
	if out, code := d.run("destroy", "-input=false", "-no-color", "-auto-approve"); code != 0 {
		t.Fatalf("destroy: exit %d\n%s", code, out)
	}
	row.checkDestroyed(t, psa.Tenant, d.state(row.resourceType), killObjects, "v1")
	if row.reRun == reRunAdopts {
		t.Logf("%s: killed with %d of %d objects created, %d of them not in state; the plan named all %d; adopt_existing adopted them and the apply converged on %d",
			row.resourceType, len(created), killObjects, len(orphans), named, killObjects)
		return
	}
	t.Logf("%s: killed with %d of %d objects written, %d of them not in state; the next apply took them over and converged on %d",
		row.resourceType, len(created), killObjects, len(orphans), killObjects)
}

// checkOrphansNamed runs the plan after the kill: it must fail with one
// error per orphan, naming its key and ID with the import block. It
// returns how many orphans the plan named.
func checkOrphansNamed(t *testing.T, d *tfDir, row reliabilityRow, orphans map[string]string) int {
	t.Helper()
	planOut, code := d.run("plan", "-input=false", "-no-color")
	if code == 0 {
		t.Fatalf("the plan after the kill succeeded with %d orphans:\n%s", len(orphans), planOut)
	}
	named := map[string]bool{}
	for _, e := range parseDiagnostics(planOut) {
		m := orphanSummaryRE.FindStringSubmatch(e.summary)
		if m == nil {
			t.Errorf("unexpected error %s: %s: %s", e.address, e.summary, e.detail)
			continue
		}
		key, id := m[2], m[3]
		if want, ok := orphans[id]; !ok || (key != "" && want != key) {
			t.Errorf("error names %q (ID %s), which is not an orphan", key, id)
		}
		if !strings.Contains(e.detail, fmt.Sprintf(`import { to = %s.<name of this resource> id = "%s" }`, row.resourceType, id)) {
			t.Errorf("error for %s lacks its import block: %s", id, e.detail)
		}
		named[id] = true
	}
	if len(named) != len(orphans) {
		t.Errorf("the plan named %d of %d orphans", len(named), len(orphans))
	}
	return len(named)
}
