package mockpsa

import (
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// SkipIDs makes the next create take the given ID, by the API or out of
// band; an ID behind the next one changes nothing, so no ID is handed out
// twice.
func TestSkipIDs(t *testing.T) {
	srv := New(Options{})
	ten, err := srv.CreateTenant(TenantSpec{Name: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	level := func(name string) int64 {
		t.Helper()
		id, err := ten.Create("SecurityLevels", map[string]any{"name": name, "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	first := level("Before")
	if err := ten.SkipIDs("SecurityLevels", 29682001); err != nil {
		t.Fatal(err)
	}
	if id := level("Scattered"); id != 29682001 {
		t.Errorf("after SkipIDs(29682001) the create took %d", id)
	}
	if id := level("Next"); id <= 29682001 {
		t.Errorf("the create after that took %d, want an ID past 29682001", id)
	}
	last := level("Last")
	if err := ten.SkipIDs("SecurityLevels", first); err != nil {
		t.Errorf("SkipIDs back to %d: %v, want no change and no error", first, err)
	}
	if id := level("After going back"); id <= last {
		t.Errorf("after SkipIDs back to %d the create took %d, want an ID past %d: IDs are never handed out twice", first, id, last)
	}
	if err := ten.SkipIDs("NoSuchEntity", 5); err == nil {
		t.Error("SkipIDs of an unknown entity: no error")
	}
}
