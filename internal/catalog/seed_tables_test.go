package catalog

import (
	"strings"
	"testing"
)

// The tables below transcribe, row by row, the default tables of the vendor
// documents in ../shared/seeds. Each row is one test case: the catalogue
// must hold exactly the documented default for every level the row names.

// levelsNamed resolves a row label of the vendor's tables ("System
// Administrator, Full Access User") to levels. "API User" rows cover both
// API-only system levels: the Can't Read Costs level differs only in cost
// visibility.
func levelsNamed(t *testing.T, label string) []*SystemLevel {
	t.Helper()
	var out []*SystemLevel
	for _, name := range strings.Split(label, ",") {
		l, ok := SystemLevelByName(strings.TrimSpace(name))
		if !ok {
			t.Fatalf("no system level named %q", name)
		}
		out = append(out, l)
		if l.ID == APIUser {
			out = append(out, levelByID[APIUserNoCosts])
		}
	}
	return out
}

type seedRow struct {
	level string
	want  []Value
}

func checkSeedTable(t *testing.T, keys []Key, rows []seedRow) {
	t.Helper()
	covered := map[LevelID]bool{}
	for _, row := range rows {
		t.Run(row.level, func(t *testing.T) {
			for _, l := range levelsNamed(t, row.level) {
				covered[l.ID] = true
				for i, k := range keys {
					got, ok := l.Default(k)
					if !ok || got != row.want[i] {
						t.Errorf("%s %s = %q, vendor table says %q", l.Name, k, got, row.want[i])
					}
					if l.Assumed(k) {
						t.Errorf("%s %s is documented by the vendor but marked assumed", l.Name, k)
					}
				}
			}
		})
	}
	if len(covered) != len(systemLevels) {
		t.Errorf("table covers %d of %d system levels", len(covered), len(systemLevels))
	}
}

func TestSeedTable_ProjectsClientInternalProposals(t *testing.T) {
	checkSeedTable(t, []Key{KeyProjectView, KeyProjectAdd}, []seedRow{
		{"Co-managed Help Desk", []Value{Mine, No}},
		{"Minimal Access", []Value{None, No}},
		{"Time & Attendance", []Value{None, No}},
		{"Team Member", []Value{None, No}},
		{"Contractor", []Value{None, No}},
		{"Private CRM", []Value{Mine, No}},
		{"Sales", []Value{Mine, Yes}},
		{"Service Desk User", []Value{Mine, Yes}},
		{"Project Manager", []Value{Mine, Yes}},
		{"Dashboard User", []Value{All, No}},
		{"Manager", []Value{All, Yes}},
		{"System Administrator, Full Access User", []Value{All, Yes}},
		{"API User", []Value{All, Yes}},
	})
}

func TestSeedTable_ProjectTemplates(t *testing.T) {
	checkSeedTable(t, []Key{KeyTemplateView, KeyTemplateAdd}, []seedRow{
		{"Co-managed Help Desk", []Value{Mine, No}},
		{"Minimal Access", []Value{None, No}},
		{"Time & Attendance", []Value{None, No}},
		{"Team Member", []Value{None, No}},
		{"Contractor", []Value{None, No}},
		{"Private CRM", []Value{Mine, No}},
		{"Sales", []Value{Mine, No}},
		{"Service Desk User", []Value{Mine, Yes}},
		{"Project Manager", []Value{Mine, Yes}},
		{"Dashboard User", []Value{All, No}},
		{"Manager", []Value{All, Yes}},
		{"System Administrator, Full Access User", []Value{All, Yes}},
		{"API User", []Value{All, Yes}},
	})
}

func TestSeedTable_TaskNotes(t *testing.T) {
	checkSeedTable(t, []Key{KeyTaskNotesEdit, KeyTaskNotesDelete}, []seedRow{
		{"Co-managed Help Desk", []Value{Mine, None}},
		{"Minimal Access", []Value{None, None}},
		{"Time & Attendance", []Value{None, None}},
		{"Team Member", []Value{Mine, None}},
		{"Contractor", []Value{None, None}},
		{"Private CRM", []Value{All, All}},
		{"Sales", []Value{All, All}},
		{"Service Desk User", []Value{All, All}},
		{"Project Manager", []Value{All, All}},
		{"Dashboard User", []Value{All, All}},
		{"Manager", []Value{All, All}},
		{"System Administrator, Full Access User", []Value{All, All}},
		{"API User", []Value{All, All}},
	})
}

func TestSeedTable_ChargesAndExpenses(t *testing.T) {
	// The vendor's Add column is split where charges and expenses differ
	// ("Charges: No, Expenses: Yes"), so it is two keys here.
	keys := []Key{KeyChargesExpensesView, KeyChargesAdd, KeyExpensesAdd, KeyChargesExpensesEdit, KeyChargesExpensesDelete}
	checkSeedTable(t, keys, []seedRow{
		{"Co-managed Help Desk", []Value{Mine, Yes, Yes, Mine, None}},
		{"Minimal Access", []Value{All, Yes, Yes, All, All}},
		{"Time & Attendance", []Value{All, Yes, Yes, All, All}},
		{"Team Member", []Value{All, Yes, Yes, All, All}},
		{"Contractor", []Value{All, No, Yes, None, None}},
		{"Private CRM", []Value{All, Yes, Yes, All, All}},
		{"Sales", []Value{All, Yes, Yes, All, All}},
		{"Service Desk User", []Value{All, Yes, Yes, All, All}},
		{"Project Manager", []Value{All, Yes, Yes, All, All}},
		{"Dashboard User", []Value{All, Yes, Yes, All, All}},
		{"Manager", []Value{All, Yes, Yes, All, All}},
		{"System Administrator, Full Access User", []Value{All, Yes, Yes, All, All}},
		{"API User", []Value{All, Yes, Yes, All, All}},
	})
}

func TestSeedTable_RenderTasksAs(t *testing.T) {
	// The vendor leaves Dashboard User's cell empty: the catalogue assumes
	// the default option and says so.
	rows := []seedRow{
		{"Co-managed Help Desk", []Value{TaskCategoryOwn}},
		{"Minimal Access", []Value{TaskCategoryOwn}},
		{"Time & Attendance", []Value{TaskCategoryOwn}},
		{"Team Member", []Value{TaskCategoryOwn}},
		{"Contractor", []Value{TaskCategoryOwn}},
		{"Private CRM", []Value{TaskCategoryOwn}},
		{"Sales", []Value{TaskCategoryOwn}},
		{"Service Desk User", []Value{TaskCategoryOwn}},
		{"Project Manager", []Value{TaskCategoryOwn}},
		{"Manager", []Value{TaskCategoryOwn}},
		{"System Administrator, Full Access User", []Value{TaskCategoryOwn}},
		{"API User", []Value{TaskCategoryOwn}},
	}
	for _, row := range rows {
		t.Run(row.level, func(t *testing.T) {
			for _, l := range levelsNamed(t, row.level) {
				if got, _ := l.Default(KeyRenderTasksAs); got != row.want[0] || l.Assumed(KeyRenderTasksAs) {
					t.Errorf("%s render as = %q (assumed %v), want documented %q", l.Name, got, l.Assumed(KeyRenderTasksAs), row.want[0])
				}
			}
		})
	}
	t.Run("Dashboard User", func(t *testing.T) {
		l := levelByID[DashboardUser]
		if got, _ := l.Default(KeyRenderTasksAs); got != TaskCategoryOwn || !l.Assumed(KeyRenderTasksAs) {
			t.Errorf("Dashboard User render as = %q assumed=%v; want assumed %q", got, l.Assumed(KeyRenderTasksAs), TaskCategoryOwn)
		}
	})
}

func TestSeedTable_TimeEntryTaskScope(t *testing.T) {
	checkSeedTable(t, []Key{KeyTimeEntryTaskScope}, []seedRow{
		{"Co-managed Help Desk", []Value{ScopeMyTasks}},
		{"Minimal Access", []Value{ScopeMyTasks}},
		{"Time & Attendance", []Value{ScopeMyTasks}},
		{"Team Member", []Value{ScopeMyTasks}},
		{"Contractor", []Value{ScopeMyTasks}},
		{"Private CRM", []Value{ScopeMyTasksAndDeptTasks}},
		{"Sales", []Value{ScopeMyTasksAndDeptTasks}},
		{"Service Desk User", []Value{ScopeMyTasksAndDeptTasks}},
		{"Project Manager", []Value{ScopeMyTasksAndDeptTasks}},
		{"Dashboard User", []Value{ScopeMyTasks}},
		{"Manager", []Value{ScopeAllTasks}},
		{"System Administrator, Full Access User", []Value{ScopeAllTasks}},
		{"API User", []Value{ScopeAllTasks}},
	})
}

// The contract and work-type flags: the vendor names the levels that have
// them; every other non-administrator level does not.
func TestSeedTable_ModifyContractAndWorkType(t *testing.T) {
	documented := map[LevelID]bool{SystemAdministrator: true, Manager: true, Sales: true, ServiceDeskUser: true}
	for _, k := range []Key{"projects.modify_contract", "projects.modify_work_type"} {
		for _, l := range systemLevels {
			t.Run(string(k)+"/"+l.Name, func(t *testing.T) {
				got, _ := l.Default(k)
				switch {
				case documented[l.ID]:
					if got != Yes || l.Assumed(k) {
						t.Errorf("%s: %q assumed=%v, vendor says Yes", l.Name, got, l.Assumed(k))
					}
				case l.ID == FullAccess || l.APIOnly:
					if got != Yes || !l.Assumed(k) {
						t.Errorf("%s: %q assumed=%v, want assumed Yes (administrator-equivalent)", l.Name, got, l.Assumed(k))
					}
				default:
					if got != No {
						t.Errorf("%s: %q, vendor's list excludes it", l.Name, got)
					}
				}
			})
		}
	}
}

// System level descriptions (seed 002): one case per level.
func TestSeedTable_SystemLevelDescriptions(t *testing.T) {
	const (
		hp  = "Home, CRM, Contracts, Projects, Service Desk, Timesheets, Inventory, Reports, Outsource, Community, Help"
		stf = "Home, CRM, Projects, Service Desk, Timesheets, Inventory, Outsource, Community, Help"
	)
	rows := []struct {
		name, features string
		admin          AdminAccess
		license        LicenseType
		tabs           string
		copyable       bool
	}{
		{"System Administrator (system)", hp, AdminFull, LicenseAdministrator, "All", true},
		{"Full Access (system)", hp, AdminAllExceptOptional, LicenseAdministrator, "None", true},
		{"API User (system)", hp, AdminAPIFull, LicenseAPIUser, "Not applicable (no UI login)", true},
		{"API User (system) Can't Read Costs", hp, AdminAPIFullWithoutCosts, LicenseAPIUser, "Not applicable (no UI login)", true},
		{"Manager (system)", hp, AdminFinancial, LicenseExecutive, "All except Owner tab", true},
		{"Project Manager (system)", stf, AdminNone, LicenseProfessional, "All except Owner tab", true},
		{"Service Desk User (system)", stf, AdminNone, LicenseProfessional, "All except Owner tab", true},
		{"Sales (system)", stf, AdminNone, LicenseProfessional, "All except Owner tab", true},
		{"Private CRM (system)", stf, AdminNone, LicenseProfessional, "All except Owner tab", true},
		{"Team Member (system)", "Home, CRM, Service Desk, Timesheets, Inventory, Outsource, Community, Help", AdminNone, LicenseTeamMember, "My Work", true},
		{"Minimal Access (system)", "Community, Help", AdminNone, LicenseTeamMember, "My Work", true},
		{"Contractor (system)", "Home, Service Desk, Timesheets, Outsource, Community, Help", AdminNone, LicenseContractor, "My Work", true},
		{"Co-managed Help Desk (system)", "Home, CRM, Service Desk, Timesheets, Outsource, Community, Help", AdminNone, LicenseCoManaged, "All", true},
		{"Time and Attendance (system)", "Timesheets, Community, Help", AdminNone, LicenseTimeAndAttendance, "None", true},
		{"Dashboard User (system)", "Home, CRM, Directory, Contracts, Projects, Service Desk, Timesheets, Inventory, Reports, Outsource, Community, Help", AdminNone, LicenseDashboardUser, "Tabs shared to the user", false},
	}
	if len(rows) != len(systemLevels) {
		t.Fatalf("%d rows for %d levels", len(rows), len(systemLevels))
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			l, ok := SystemLevelByName(r.name)
			if !ok {
				t.Fatalf("not found")
			}
			if l.DisplayName != r.name {
				t.Errorf("display name %q", l.DisplayName)
			}
			var fs []string
			for _, f := range l.Features {
				fs = append(fs, string(f))
			}
			if got := strings.Join(fs, ", "); got != r.features {
				t.Errorf("features %q, want %q", got, r.features)
			}
			if l.AdminAccess != r.admin || l.License != r.license || l.DashboardTabs != r.tabs || l.Copyable != r.copyable {
				t.Errorf("got admin=%q license=%q tabs=%q copyable=%v", l.AdminAccess, l.License, l.DashboardTabs, l.Copyable)
			}
			if l.Editable() || l.Deletable() {
				t.Errorf("system levels are neither editable nor deletable")
			}
			if l.Inactivatable != (l.ID == DashboardUser) {
				t.Errorf("inactivatable = %v", l.Inactivatable)
			}
		})
	}
}

// The integration recipe of seed 001, one case per category row.
func TestSeedTable_RewstRecipe(t *testing.T) {
	p, ok := ProfileByName("Rewst")
	if !ok {
		t.Fatal("no rewst profile")
	}
	if p.RecommendedLevelName != "Rewst Automation" {
		t.Errorf("recommended name %q", p.RecommendedLevelName)
	}
	rows := []struct {
		category  string
		endpoints int
		area      string
		requires  map[Key]Value
	}{
		{"Companies & Contacts", 10, "CRM permissions", map[Key]Value{"crm.companies_view": All, "crm.companies_add": Yes, "crm.companies_edit": All, "crm.contacts_view": All, "crm.contacts_add": Yes, "crm.contacts_edit": All}},
		{"Contracts", 7, "Contract permissions", map[Key]Value{"contracts.manage_contracts": Yes, "contracts.manage_adjustments": Yes}},
		{"Documents & Attachments", 10, "Documents & Knowledgebase", map[Key]Value{"documents.view_documents": Yes, "documents.add_documents": Yes}},
		{"Projects", 9, "Projects permissions", map[Key]Value{KeyProjectAdd: Yes, KeyProjectView: All}},
		{"Resources", 3, "Admin permissions", map[Key]Value{KeyManageResources: Yes}},
		{"Surveys", 3, "Other", map[Key]Value{"other.manage_surveys": Yes}},
		{"Ticket & Ticket Notes", 16, "Service Desk permissions", map[Key]Value{KeyTicketsView: All, "service_desk.tickets_add": Yes, "service_desk.tickets_edit": All}},
		{"Time Entries", 6, "Timesheet permissions", map[Key]Value{"timesheets.time_entries_create": Yes, "timesheets.time_entries_edit": All, "timesheets.time_entries_delete": All}},
	}
	if len(p.Categories) != len(rows) {
		t.Fatalf("%d categories, recipe has %d", len(p.Categories), len(rows))
	}
	for i, r := range rows {
		t.Run(r.category, func(t *testing.T) {
			c := p.Categories[i]
			if c.Name != r.category || c.Endpoints != r.endpoints || c.Area != r.area {
				t.Errorf("got %q %d %q", c.Name, c.Endpoints, c.Area)
			}
			got := map[Key]Value{}
			for _, req := range c.Requires {
				got[req.Key] = req.Min
			}
			if len(got) != len(r.requires) {
				t.Errorf("requires %v, want %v", got, r.requires)
			}
			for k, v := range r.requires {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
	if p.Endpoints() != 64 {
		t.Errorf("endpoints %d, want 64", p.Endpoints())
	}
}
