package evaluate

import (
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestDiffAccessAndSummary(t *testing.T) {
	before := catalog.Settings{catalog.KeyCompaniesView: catalog.Mine, catalog.KeyTicketsView: catalog.All, catalog.KeyManageResources: catalog.No}
	after := catalog.Settings{catalog.KeyCompaniesView: catalog.All, catalog.KeyTicketsView: catalog.None, catalog.KeyManageResources: catalog.No}
	got := DiffAccess(before, after)
	if len(got) != 2 {
		t.Fatalf("got %d changes, want 2: %+v", len(got), got)
	}
	// Catalogue order: CRM before Service Desk.
	if got[0].Key != catalog.KeyCompaniesView || !got[0].Gain || got[1].Key != catalog.KeyTicketsView || got[1].Gain {
		t.Fatalf("unexpected changes %+v", got)
	}
	s := SummarizeChanges(AccessChange{Object: `security level "MSP Service Desk"`, Users: []string{"a", "b", "c"}}, got)
	want := `3 users of security level "MSP Service Desk" gain Organizations: View = All; lose ` + got[1].Label + ` (All → None)`
	if s != want {
		t.Fatalf("summary\n got %s\nwant %s", s, want)
	}
	// A key missing from before counts as its floor: a new grant is a gain.
	if d := DiffAccess(nil, catalog.Settings{catalog.KeyManageResources: catalog.Yes}); len(d) != 1 || !d[0].Gain {
		t.Fatalf("grant from nothing: %+v", d)
	}
	// Portal permissions are understood too.
	if d := DiffAccess(catalog.Settings{catalog.PortalKeyFinancials: catalog.No}, catalog.Settings{catalog.PortalKeyFinancials: catalog.Yes}); len(d) != 1 || !d[0].Gain {
		t.Fatalf("portal grant: %+v", d)
	}
}

func TestDiffAccessProtectedData(t *testing.T) {
	before := catalog.ProtectedAccess{ViewUnprotected: true, EditUnprotected: true}.Settings()
	after := catalog.ProtectedAccess{ViewProtected: true, ViewUnprotected: true, EditUnprotected: true}.Settings()
	d := DiffAccess(before, after)
	if len(d) != 1 || d[0].Key != catalog.KeyViewProtected || !d[0].Gain || d[0].Label != "Protected data: View" {
		t.Fatalf("protected-data diff %+v", d)
	}
}
