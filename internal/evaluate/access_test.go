package evaluate

import (
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func sysDefaults(id catalog.LevelID) catalog.Settings {
	s, _ := catalog.SystemLevelByID(id)
	return s.Defaults()
}

func TestCan(t *testing.T) {
	mine := catalog.Settings{catalog.KeyProjectView: catalog.Mine}
	none := catalog.Settings{catalog.KeyProjectView: catalog.None}
	noCharges := catalog.Settings{catalog.KeyChargesExpensesEdit: catalog.None, catalog.KeyChargesExpensesView: catalog.None, catalog.KeyChargesAdd: catalog.No, catalog.KeyApproveAndPost: catalog.No}
	withAP := noCharges.Apply(catalog.Settings{catalog.KeyApproveAndPost: catalog.Yes})
	cases := []struct {
		name    string
		level   catalog.Settings
		action  Action
		obj     Object
		allowed bool
		via     string
		reason  string
	}{
		{"all sees every project", sysDefaults(catalog.Manager), ActionView, Object{Kind: ObjectProject}, true, "All", ""},
		{"mine via team member", mine, ActionView, Object{Kind: ObjectProject, Associations: AssocTeamMember}, true, "team member", ""},
		{"mine via department lead", mine, ActionEdit, Object{Kind: ObjectProject, Associations: AssocDepartmentLead}, true, "department lead", ""},
		{"mine via account manager", mine, ActionDelete, Object{Kind: ObjectProject, Associations: AssocAccountManager}, true, "account manager or opportunity owner", ""},
		{"mine via workgroup lead", mine, ActionView, Object{Kind: ObjectProject, Associations: AssocWorkgroupLead}, true, "workgroup lead", ""},
		{"mine names every association", mine, ActionView, Object{Kind: ObjectProject, Associations: AssocWorkgroupLead | AssocTeamMember}, true, "team member", "team member, workgroup lead"},
		{"mine without association", mine, ActionView, Object{Kind: ObjectProject}, false, "", "none of the associations"},
		{"mine with an association that does not count", mine, ActionView, Object{Kind: ObjectProject, Associations: AssocAssignedToMe | AssocCreatedByMe}, false, "", "none of the associations"},
		{"none wins over associations", none, ActionView, Object{Kind: ObjectProject, Associations: ProjectAssociations}, false, "", "even though"},
		{"sales sees own projects", sysDefaults(catalog.Sales), ActionView, Object{Kind: ObjectProject, Associations: AssocAccountManager}, true, "account manager or opportunity owner", ""},
		{"team member level sees no projects", sysDefaults(catalog.TeamMember), ActionView, Object{Kind: ObjectProject, Associations: AssocTeamMember}, false, "", "even though"},
		{"template add yes", sysDefaults(catalog.ProjectManager), ActionAdd, Object{Kind: ObjectTemplate}, true, "Yes", ""},
		{"template add no", sysDefaults(catalog.Sales), ActionAdd, Object{Kind: ObjectTemplate}, false, "", "denied"},
		{"charge edit denied", noCharges, ActionEdit, Object{Kind: ObjectCharge, Associations: AssocCreatedByMe}, false, "", "even though"},
		{"approve and post overrides charge edit", withAP, ActionEdit, Object{Kind: ObjectCharge}, true, "Approve & Post", "overrides"},
		{"approve and post overrides expense view", withAP, ActionView, Object{Kind: ObjectExpense}, true, "Approve & Post", ""},
		{"approve and post overrides charge add", withAP, ActionAdd, Object{Kind: ObjectCharge}, true, "Approve & Post", ""},
		{"own charge with mine", catalog.Settings{catalog.KeyChargesExpensesDelete: catalog.Mine}, ActionDelete, Object{Kind: ObjectCharge, Associations: AssocCreatedByMe}, true, "created by me", ""},
		{"contractor adds expenses", sysDefaults(catalog.Contractor), ActionAdd, Object{Kind: ObjectExpense}, true, "Yes", ""},
		{"contractor adds no charges", sysDefaults(catalog.Contractor), ActionAdd, Object{Kind: ObjectCharge}, false, "", ""},
		{"own task note", sysDefaults(catalog.TeamMember), ActionEdit, Object{Kind: ObjectTaskNote, Associations: AssocCreatedByMe}, true, "created by me", ""},
		{"someone else's task note", sysDefaults(catalog.TeamMember), ActionEdit, Object{Kind: ObjectTaskNote}, false, "", ""},
		{"internal note hidden", catalog.Settings{"projects.view_internal_notes_attachments": catalog.No}, ActionView, Object{Kind: ObjectTaskNote, Internal: true}, false, "", ""},
		{"own internal note", catalog.Settings{"projects.view_internal_notes_attachments": catalog.No}, ActionView, Object{Kind: ObjectTaskNote, Internal: true, Associations: AssocCreatedByMe}, true, "created by me", ""},
		{"non-internal note", catalog.Settings{}, ActionView, Object{Kind: ObjectTaskNote}, true, "not internal", ""},
		{"assigned ticket", catalog.Settings{catalog.KeyTicketsView: catalog.Mine}, ActionView, Object{Kind: ObjectTicket, Associations: AssocAssignedToMe}, true, "assigned to me", ""},
		{"account team company", sysDefaults(catalog.PrivateCRM), ActionEdit, Object{Kind: ObjectCompany, Associations: AssocAccountTeam}, true, "account team member", ""},
		{"own time entry", sysDefaults(catalog.ServiceDeskUser), ActionDelete, Object{Kind: ObjectTimeEntry, Associations: AssocCreatedByMe}, true, "created by me", ""},
		{"contract management", sysDefaults(catalog.Manager), ActionAdd, Object{Kind: ObjectContract}, true, "Yes", ""},
		{"missing setting counts as floor", catalog.Settings{}, ActionView, Object{Kind: ObjectContact, Associations: AssocAccountManager}, false, "", ""},
		{"invalid setting counts as floor", catalog.Settings{"crm.contacts_view": "everything"}, ActionView, Object{Kind: ObjectContact}, false, "", ""},
		{"unsupported action", sysDefaults(catalog.SystemAdministrator), ActionDelete, Object{Kind: ObjectTicket}, false, "", "No catalogued permission"},
		{"unknown kind", sysDefaults(catalog.SystemAdministrator), ActionView, Object{Kind: 99}, false, "", "No catalogued permission"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Can(c.level, c.action, c.obj)
			if d.Allowed != c.allowed || d.Via != c.via {
				t.Fatalf("got allowed=%v via=%q (%s), want allowed=%v via=%q", d.Allowed, d.Via, d.Reason, c.allowed, c.via)
			}
			if c.reason != "" && !strings.Contains(d.Reason, c.reason) {
				t.Fatalf("reason %q lacks %q", d.Reason, c.reason)
			}
			if d.Reason == "" {
				t.Fatal("empty reason")
			}
		})
	}
}

func TestSupported(t *testing.T) {
	if !Supported(ObjectProject, ActionView) || Supported(ObjectTicket, ActionDelete) || Supported(ObjectTimeEntry, ActionView) || Supported(ObjectProject, 0) {
		t.Fatal("Supported table wrong")
	}
}

func TestParseAccessNames(t *testing.T) {
	for _, a := range Actions() {
		if got, err := ParseAction(strings.ToUpper(a.String())); err != nil || got != a {
			t.Errorf("%s: %v", a, err)
		}
	}
	for _, k := range ObjectKinds() {
		if got, err := ParseObjectKind(strings.ReplaceAll(k.String(), "_", " ")); err != nil || got != k {
			t.Errorf("%s: %v", k, err)
		}
	}
	if k, err := ParseObjectKind("Organization"); err != nil || k != ObjectCompany {
		t.Error("organization")
	}
	names := AssociationNames()
	if len(names) != 7 {
		t.Fatalf("%v", names)
	}
	var all Association
	for _, n := range names {
		a, err := ParseAssociation(strings.ReplaceAll(n, "_", "-"))
		if err != nil {
			t.Fatal(err)
		}
		all |= a
	}
	if all != assocEnd-1 || strings.Join(all.Names(), ",") != strings.Join(names, ",") {
		t.Fatalf("associations do not round trip: %v", all.Names())
	}
	for _, bad := range []func() error{
		func() error { _, err := ParseAction("destroy"); return err },
		func() error { _, err := ParseObjectKind("invoice"); return err },
		func() error { _, err := ParseAssociation("friend"); return err },
	} {
		if bad() == nil {
			t.Error("bad name accepted")
		}
	}
	if Association(0).String() != "none" || Action(9).String() == "" || ObjectKind(0).Label() == "" {
		t.Error("zero values render badly")
	}
}
