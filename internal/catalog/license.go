package catalog

import "slices"

// LicenseType is the Autotask license a security level consumes. A custom
// level inherits the license of the system level it was copied from.
type LicenseType string

// License types of the system levels.
const (
	LicenseAdministrator     LicenseType = "Administrator"
	LicenseAPIUser           LicenseType = "API User"
	LicenseExecutive         LicenseType = "Executive"
	LicenseProfessional      LicenseType = "Professional"
	LicenseTeamMember        LicenseType = "Team Member"
	LicenseContractor        LicenseType = "Contractor"
	LicenseCoManaged         LicenseType = "Co-managed Help Desk"
	LicenseTimeAndAttendance LicenseType = "Time & Attendance Only"
	LicenseDashboardUser     LicenseType = "Dashboard User"
)

// License describes what a license type allows.
type License struct {
	Type LicenseType
	// ID is the picklist value of the license on the API (licenseType of
	// Resources), as a live database numbers them: 1 Administrator,
	// 2 Executive, 3 Professional, 4 Team Member, 5 Time & Attendance Only,
	// 6 Dashboard User, 7 API User, 8 Contractor, 9 Co-managed Help Desk.
	ID int
	// APIOnly licenses have no UI login; only they may reach the API.
	APIOnly bool
	// Modules are the permission modules a level on this license may grant
	// anything in; settings in other modules must stay at their floor.
	Modules []Module
	// PerSeat is false for licenses that cost nothing per user (API User).
	PerSeat bool
}

// Allows reports whether a level on this license may grant permissions in m.
func (l *License) Allows(m Module) bool { return slices.Contains(l.Modules, m) }

var everyModule = []Module{ModuleCRM, ModuleContracts, ModuleProjects, ModuleServiceDesk, ModuleTimesheets, ModuleDocuments, ModuleAdmin, ModuleOther}

var licenses = []*License{
	{Type: LicenseAdministrator, ID: 1, Modules: everyModule, PerSeat: true},
	{Type: LicenseExecutive, ID: 2, Modules: everyModule, PerSeat: true},
	{Type: LicenseProfessional, ID: 3, PerSeat: true,
		Modules: []Module{ModuleCRM, ModuleContracts, ModuleProjects, ModuleServiceDesk, ModuleTimesheets, ModuleDocuments, ModuleOther}},
	{Type: LicenseTeamMember, ID: 4, PerSeat: true,
		Modules: []Module{ModuleCRM, ModuleProjects, ModuleServiceDesk, ModuleTimesheets, ModuleDocuments, ModuleOther}},
	{Type: LicenseTimeAndAttendance, ID: 5, PerSeat: true,
		Modules: []Module{ModuleProjects, ModuleTimesheets}},
	{Type: LicenseDashboardUser, ID: 6, Modules: everyModule},
	{Type: LicenseAPIUser, ID: 7, APIOnly: true, Modules: everyModule},
	{Type: LicenseContractor, ID: 8, PerSeat: true,
		Modules: []Module{ModuleProjects, ModuleServiceDesk, ModuleTimesheets, ModuleDocuments}},
	// Autotask lets copies of Co-managed Help Desk carry Admin permissions
	// (and advises against it), so the license allows the module.
	{Type: LicenseCoManaged, ID: 9, PerSeat: true,
		Modules: []Module{ModuleCRM, ModuleProjects, ModuleServiceDesk, ModuleTimesheets, ModuleDocuments, ModuleAdmin, ModuleOther}},
}

var licenseByType = map[LicenseType]*License{}

func init() {
	for _, l := range licenses {
		licenseByType[l.Type] = l
	}
}

// Licenses lists every license type.
func Licenses() []*License { return slices.Clone(licenses) }

// LicenseByType finds a license.
func LicenseByType(t LicenseType) (*License, bool) {
	l, ok := licenseByType[t]
	return l, ok
}

// LicenseByID finds a license by its picklist value.
func LicenseByID(id int) (*License, bool) {
	for _, l := range licenses {
		if l.ID == id {
			return l, true
		}
	}
	return nil, false
}
