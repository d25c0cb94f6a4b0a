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

// An access change names its one user rather than counting users, and
// reads naturally for every kind of object whose change reaches users.
func TestSummaryPerUser(t *testing.T) {
	level := DiffAccess(catalog.Settings{"crm.companies_edit": catalog.Mine, "service_desk.tickets_edit": catalog.All},
		catalog.Settings{"crm.companies_edit": catalog.All, "service_desk.tickets_edit": catalog.Mine})
	portal := DiffAccess(catalog.Settings{catalog.PortalKeyFinancials: catalog.No}, catalog.Settings{catalog.PortalKeyFinancials: catalog.Yes})
	protected := DiffAccess(catalog.ProtectedAccess{ViewUnprotected: true, EditUnprotected: true}.Settings(),
		catalog.ProtectedAccess{ViewProtected: true, EditProtected: true, ViewUnprotected: true, EditUnprotected: true}.Settings())
	for _, c := range []struct {
		name    string
		change  AccessChange
		changes []PermissionChange
		want    string
	}{
		{"the only user of a security level", AccessChange{Object: `security level "MSP Service Desk"`, Users: []string{"Sara Rossi (srossi)"}}, level,
			`Sara Rossi (srossi), the only user of security level "MSP Service Desk", gains Organizations: Edit = All; loses Tickets: Edit (All → Mine)`},
		{"users of a security level", AccessChange{Object: `security level "MSP Service Desk"`, Users: []string{"a", "b"}}, level,
			`2 users of security level "MSP Service Desk" gain Organizations: Edit = All; lose Tickets: Edit (All → Mine)`},
		{"the only login of a portal level", AccessChange{Object: `Client Portal security level "Billing"`, Users: []string{"amy@example.org"}}, portal,
			`amy@example.org, the only user of Client Portal security level "Billing", gains ` + portal[0].Label + ` = Yes`},
		{"an API user moved to another level", AccessChange{Object: `API user "svc-rewst"`, Users: []string{"svc-rewst"}, Path: []string{AttrSecurityLevel}}, level,
			`svc-rewst gains Organizations: Edit = All; loses Tickets: Edit (All → Mine)`},
		{"a resource's protected-data access", AccessChange{Object: `protected-data access of "srossi"`, Users: []string{"srossi"}}, protected,
			`srossi gains Protected data: View = Yes, Protected data: Edit = Yes`},
	} {
		if got := SummarizeChanges(c.change, c.changes); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}
