package provider

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// However the calls interleave, the object recorded last sees every other
// one, so a limit on the whole plan always fires on some object.
func TestPlannedCreates_concurrentRecordsSeeEachOther(t *testing.T) {
	const n = 64
	var p plannedCreates
	seen := make([][]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("Level %02d", i)
			seen[i] = p.record(plannedAPILicenseLevels, name, name)
		}()
	}
	wg.Wait()
	most := 0
	for i, others := range seen {
		if slices.Contains(others, fmt.Sprintf("Level %02d", i)) {
			t.Errorf("call %d sees itself among the others: %v", i, others)
		}
		most = max(most, len(others))
	}
	if most != n-1 {
		t.Errorf("no call saw all %d others (at most %d)", n-1, most)
	}
}

func TestPlannedCreates_sameKeyCountsOnce(t *testing.T) {
	var p plannedCreates
	p.record(plannedAPILicenseLevels, "a", "A")
	p.record(plannedAPILicenseLevels, "a", "A") // the same object planned again (apply after plan)
	if got := p.record(plannedAPILicenseLevels, "b", "B"); !slices.Equal(got, []string{"A"}) {
		t.Errorf("others of B = %v, want [A]", got)
	}
	if got := p.record(plannedAPILicenseLevels, "", "unknown name"); !slices.Equal(got, []string{"A", "B"}) {
		t.Errorf("an unknown key sees %v, want [A B]", got)
	}
	if got := p.others(plannedAPILicenseLevels, ""); len(got) != 2 {
		t.Errorf("an unknown key was recorded: %v", got)
	}
	if got := p.others("another kind", ""); len(got) != 0 {
		t.Errorf("kinds are not separate: %v", got)
	}
}
