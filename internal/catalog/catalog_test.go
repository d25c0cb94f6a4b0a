package catalog

import (
	"slices"
	"testing"
)

// Client Portal facts of seed 004, one case per documented statement.
func TestSeedTable_PortalLevels(t *testing.T) {
	rows := []struct {
		level                    PortalLevelID
		viewSP, setSP, quotes, a Value
	}{
		{PortalBasic, No, Yes, No, Yes},
		{PortalManager, No, Yes, Yes, Yes},
		{PortalAdvanced, No, Yes, Yes, Yes},
		{PortalTaskfireResource, Yes, No, Yes, No},
		{PortalTaskfireAdministrator, Yes, No, Yes, No},
	}
	for _, r := range rows {
		l, _ := PortalLevelByID(r.level)
		t.Run(l.Name, func(t *testing.T) {
			d := l.Defaults()
			for k, want := range map[Key]Value{PortalKeyViewSPPriority: r.viewSP, PortalKeySetSPPriority: r.setSP, PortalKeyQuotes: r.quotes, PortalKeyAssignable: r.a} {
				if d[k] != want {
					t.Errorf("%s = %q, want %q", k, d[k], want)
				}
				documented := k != PortalKeyAssignable || l.Type == PortalTaskfire
				if documented && l.Assumed(k) {
					t.Errorf("%s documented but marked assumed", k)
				}
			}
		})
	}
	t.Run("custom defaults", func(t *testing.T) {
		c := PortalCustomDefaults(PortalClientAccess)
		if c[PortalKeyAssignable] != Yes || c[PortalKeyQuotes] != No {
			t.Errorf("client access custom defaults: assignable %q quotes %q", c[PortalKeyAssignable], c[PortalKeyQuotes])
		}
		if PortalCustomDefaults(PortalTaskfire)[PortalKeyAssignable] != No {
			t.Error("Taskfire custom levels are never client-assignable")
		}
	})
}

// Every system portal level obeys the catalogue's own portal rules.
func TestPortalLevelsObeyRules(t *testing.T) {
	for _, l := range PortalLevels() {
		d := l.Defaults()
		for _, r := range PortalRules() {
			p, ok := PortalPermissionByKey(r.Key)
			if !ok {
				t.Fatalf("rule %s names unknown %s", r.ID, r.Key)
			}
			if r.OnlyFor != "" && r.OnlyFor != l.Type && d[r.Key] != p.Floor {
				t.Errorf("%s: %s = %q breaks %s", l.Name, r.Key, d[r.Key], r.ID)
			}
			if r.WhenKey != "" && d[r.WhenKey] == r.WhenValue {
				if r.Forced != "" && d[r.Key] != r.Forced {
					t.Errorf("%s: %s must be %q (%s)", l.Name, r.Key, r.Forced, r.ID)
				}
				if r.Forced == "" && d[r.Key] != p.Floor {
					t.Errorf("%s: %s granted with no effect (%s)", l.Name, r.Key, r.ID)
				}
			}
		}
	}
}

// System levels respect their license: nothing above the floor in a module
// the license does not allow.
func TestSystemLevelsFitTheirLicense(t *testing.T) {
	for _, l := range SystemLevels() {
		lic, ok := LicenseByType(l.License)
		if !ok {
			t.Fatalf("%s: unknown license %q", l.Name, l.License)
		}
		for k, v := range l.Defaults() {
			p, _ := PermissionByKey(k)
			if !lic.Allows(p.Module) && v != p.Floor && p.Kind != KindText {
				t.Errorf("%s (%s license) grants %s = %q", l.Name, l.License, k, v)
			}
		}
	}
}

func TestAPILevels(t *testing.T) {
	var api []string
	for _, l := range SystemLevels() {
		lic, _ := LicenseByType(l.License)
		if lic.APIOnly != l.APIOnly {
			t.Errorf("%s: license api-only %v, level %v", l.Name, lic.APIOnly, l.APIOnly)
		}
		if l.APIOnly {
			api = append(api, l.Name)
		}
	}
	if !slices.Equal(api, []string{"API User", "API User Can't Read Costs"}) {
		t.Errorf("API levels %v", api)
	}
	full, _ := SystemLevelByID(APIUser)
	noCosts, _ := SystemLevelByID(APIUserNoCosts)
	diff := full.Defaults().Diff(noCosts.Defaults())
	for _, k := range diff {
		if k != KeyViewInternalCosts && k != KeyManageFinancials && k != KeyActivityFeedBilling {
			t.Errorf("the two API levels differ on %s, which is not about costs", k)
		}
	}
	if v, _ := noCosts.Default(KeyViewInternalCosts); v != No {
		t.Errorf("Can't Read Costs can read costs")
	}
	if MaxAPILicenseLevels != 50 {
		t.Errorf("API license limit %d", MaxAPILicenseLevels)
	}
}

func TestLookups(t *testing.T) {
	for _, name := range []string{"sales", "Sales (system)", "  SALES  ", "API User (system) (API-only)", "api user (system) can't read costs",
		"API User (system) Can't Read Costs (API-only)", "Time & Attendance", "Full Access User"} {
		if _, ok := SystemLevelByName(name); !ok {
			t.Errorf("SystemLevelByName(%q) not found", name)
		}
	}
	if _, ok := SystemLevelByName("Sales Manager"); ok {
		t.Error("unexpected match")
	}
	if _, ok := SystemLevelByID(99); ok {
		t.Error("unexpected id match")
	}
	for _, id := range []int64{0, 1, 9, 24, 26, 1000} {
		if IsSystemLevelID(id) {
			t.Errorf("IsSystemLevelID(%d): custom levels take this id on a live database", id)
		}
	}
	fields := map[string]bool{}
	for _, p := range Permissions() {
		if fields[p.Field] {
			t.Errorf("duplicate field %s", p.Field)
		}
		fields[p.Field] = true
		got, ok := PermissionByField(p.Field)
		if !ok || got.Key != p.Key {
			t.Errorf("PermissionByField(%s)", p.Field)
		}
		if p.Key.Module() != p.Module || p.Key.Name() != p.Name {
			t.Errorf("key %s does not split into %s/%s", p.Key, p.Module, p.Name)
		}
		if p.Description == "" || p.Label == "" {
			t.Errorf("%s lacks a label or description", p.Key)
		}
	}
	if p, _ := PermissionByKey(KeyTicketsView); p.Field != "serviceDeskTicketsView" {
		t.Errorf("field %q", p.Field)
	}
	for _, m := range Modules() {
		if len(PermissionsOf(m.Module)) == 0 {
			t.Errorf("module %s has no permissions", m.Module)
		}
	}
}

func TestParseAndRank(t *testing.T) {
	view, _ := PermissionByKey(KeyProjectView)
	cases := []struct {
		perm    Key
		in      string
		want    Value
		wantErr bool
	}{
		{KeyProjectView, "mine", Mine, false},
		{KeyProjectView, "ALL", All, false},
		{KeyProjectView, "Some", "", true},
		{KeyProjectAdd, "true", Yes, false},
		{KeyProjectAdd, "No", No, false},
		{KeyProjectAdd, "maybe", "", true},
		{KeyTimeEntryTaskScope, "all tasks", ScopeAllTasks, false},
		{KeyTimeEntryTaskScope, "My Tasks & Department Tasks", "", true},
		{KeyRenderTasksAs, "Contractor view", "Contractor view", false},
		{KeyRenderTasksAs, " ", "", true},
	}
	for _, c := range cases {
		p, _ := PermissionByKey(c.perm)
		got, err := p.Parse(c.in)
		if (err != nil) != c.wantErr || got != c.want {
			t.Errorf("%s.Parse(%q) = %q, %v", c.perm, c.in, got, err)
		}
	}
	if !view.Grants(All, Mine) || view.Grants(Mine, All) || !view.Grants(None, None) {
		t.Error("rank order None < Mine < All broken")
	}
	if _, ok := view.Rank("bogus"); ok {
		t.Error("bogus value ranked")
	}
	if errs := (Settings{KeyProjectView: "mine", "nope.x": Yes, KeyProjectAdd: Yes}).Validate(); len(errs) != 2 {
		t.Errorf("Validate: %v", errs)
	}
}

func TestSettingsOps(t *testing.T) {
	sd, _ := SystemLevelByName("Service Desk User")
	base := sd.Defaults()
	eff := base.Apply(Settings{KeyProjectView: All})
	if base[KeyProjectView] != Mine {
		t.Fatal("Apply modified its receiver")
	}
	if d := base.Diff(eff); !slices.Equal(d, []Key{KeyProjectView}) {
		t.Errorf("diff %v", d)
	}
	keys := base.Keys()
	if len(keys) != len(Permissions()) || keys[0] != Permissions()[0].Key {
		t.Errorf("keys not in catalogue order")
	}
	for k, v := range Floor() {
		p, _ := PermissionByKey(k)
		if r, _ := p.Rank(v); r != 0 {
			t.Errorf("floor of %s ranks %d", k, r)
		}
	}
}

func TestProfileLeastPrivilege(t *testing.T) {
	for _, p := range Profiles() {
		lp := p.LeastPrivilege()
		req := p.Required()
		base, ok := SystemLevelByID(p.Base)
		if !ok || !base.APIOnly {
			t.Errorf("%s: base %d is not an API level", p.Name, p.Base)
		}
		for k, v := range lp {
			perm, _ := PermissionByKey(k)
			if m, needed := req[k]; needed {
				if !perm.Grants(v, m) {
					t.Errorf("%s: %s = %q does not satisfy %q", p.Name, k, v, m)
				}
			} else if v != perm.Floor {
				t.Errorf("%s: %s = %q above floor without need", p.Name, k, v)
			}
		}
	}
	if _, ok := ProfileByName("nosuch"); ok {
		t.Error("unexpected profile")
	}
}

func TestAssumedIsVisible(t *testing.T) {
	// Every system level has some assumed defaults (modules the vendor's
	// tables do not cover) and none of the documented project tables.
	for _, l := range SystemLevels() {
		if len(l.AssumedKeys()) == 0 {
			t.Errorf("%s: no assumed keys", l.Name)
		}
		if l.Assumed(KeyProjectView) {
			t.Errorf("%s: documented project view marked assumed", l.Name)
		}
	}
}

// The numbers a live Autotask database gives the system security levels
// (the userType picklist of Resources), their labels there, and the
// licenseType picklist. Names come from the seeds, numbers from the real
// service.
func TestRealServiceNumbers(t *testing.T) {
	levels := map[LevelID]string{
		10: "Full Access (system)", 11: "Dashboard User (system)", 12: "Minimal Access (system)", 13: "API User (system)",
		14: "System Administrator (system)", 15: "Manager (system)", 16: "Project Manager (system)", 17: "Sales (system)",
		18: "Team Member (system)", 19: "Contractor (system)", 20: "Service Desk User (system)", 21: "Private CRM (system)",
		22: "Time and Attendance (system)", 23: "Co-managed Help Desk (system)", 25: "API User (system) Can't Read Costs",
	}
	if len(SystemLevels()) != len(levels) {
		t.Fatalf("%d system levels, want %d", len(SystemLevels()), len(levels))
	}
	for id, label := range levels {
		l, ok := SystemLevelByID(id)
		if !ok || l.DisplayName != label {
			t.Errorf("system level %d: got %v, want %q", id, l, label)
			continue
		}
		if !IsSystemLevelID(int64(id)) {
			t.Errorf("IsSystemLevelID(%d) = false", id)
		}
		if byName, ok := SystemLevelByName(label); !ok || byName.ID != id {
			t.Errorf("SystemLevelByName(%q) does not find %d", label, id)
		}
	}
	if ids := SystemLevelIDs(); len(ids) != 15 || ids[0] != 10 || ids[14] != 25 {
		t.Errorf("SystemLevelIDs() = %v", ids)
	}
	licenses := map[int]LicenseType{1: LicenseAdministrator, 2: LicenseExecutive, 3: LicenseProfessional, 4: LicenseTeamMember,
		5: LicenseTimeAndAttendance, 6: LicenseDashboardUser, 7: LicenseAPIUser, 8: LicenseContractor, 9: LicenseCoManaged}
	if len(Licenses()) != len(licenses) {
		t.Fatalf("%d licenses", len(Licenses()))
	}
	for id, typ := range licenses {
		if l, ok := LicenseByID(id); !ok || l.Type != typ {
			t.Errorf("licenseType %d: got %v, want %s", id, l, typ)
		}
	}
	portal := map[PortalLevelID]string{1: "Client Portal Basic", 2: "Client Portal Advanced", 3: "Client Portal Manager", 4: "Taskfire Resource", 5: "Taskfire Administrator"}
	if len(PortalLevels()) != len(portal) {
		t.Fatalf("%d portal levels", len(PortalLevels()))
	}
	for id, name := range portal {
		if l, ok := PortalLevelByID(id); !ok || l.Name != name || !IsSystemPortalLevelID(int64(id)) {
			t.Errorf("portal level %d: got %v, want %q", id, l, name)
		}
	}
	if IsSystemPortalLevelID(6) || IsSystemPortalLevelID(0) {
		t.Error("IsSystemPortalLevelID accepts a custom id")
	}
}

// Taskfire Resource's defaults the vendor does not document are marked
// assumed and grant no more than Client Portal Basic.
func TestTaskfireResourceAssumedConservatively(t *testing.T) {
	tr, _ := PortalLevelByID(PortalTaskfireResource)
	basic, _ := PortalLevelByID(PortalBasic)
	if tr.Type != PortalTaskfire {
		t.Fatalf("type %s", tr.Type)
	}
	d, b := tr.Defaults(), basic.Defaults()
	for _, p := range PortalPermissions() {
		k := p.Key
		if !tr.Assumed(k) {
			continue
		}
		if !p.Grants(b[k], d[k]) {
			t.Errorf("%s: assumed %q grants more than Client Portal Basic's %q", k, d[k], b[k])
		}
	}
	if tr.Assumed(PortalKeyViewSPPriority) || tr.Assumed(PortalKeyQuotes) {
		t.Error("documented Taskfire defaults marked assumed")
	}
	if !tr.Assumed(PortalKeyTicketVisibility) {
		t.Error("undocumented ticket visibility not marked assumed")
	}
}
