package catalog

import (
	"slices"
	"strings"
)

// LevelID identifies a security level. A level's ID is one number
// everywhere: the Autotask UI, the userType of Resources and the
// SecurityLevels entity. System levels have the fixed IDs below; custom
// levels take any other ID the database hands out (on a live database they
// sit below, between and above the system IDs).
type LevelID int64

// The fifteen system security levels, with the IDs a live Autotask
// database gives them (the userType picklist of Resources). 24 is not a
// system level.
const (
	FullAccess          LevelID = 10
	DashboardUser       LevelID = 11
	MinimalAccess       LevelID = 12
	APIUser             LevelID = 13
	SystemAdministrator LevelID = 14
	Manager             LevelID = 15
	ProjectManager      LevelID = 16
	Sales               LevelID = 17
	TeamMember          LevelID = 18
	Contractor          LevelID = 19
	ServiceDeskUser     LevelID = 20
	PrivateCRM          LevelID = 21
	TimeAndAttendance   LevelID = 22
	CoManagedHelpDesk   LevelID = 23
	APIUserNoCosts      LevelID = 25
)

// MaxAPILicenseLevels is how many security levels (system and custom) may
// use the API User license in one Autotask database.
const MaxAPILicenseLevels = 50

// AdminAccess summarises what a system level may do under Admin.
type AdminAccess string

// Admin access classes of the system levels.
const (
	AdminFull                AdminAccess = "Full"
	AdminAllExceptOptional   AdminAccess = "All except optional features"
	AdminAPIFull             AdminAccess = "Full access to modules and features except LiveReports"
	AdminAPIFullWithoutCosts AdminAccess = "Full access to modules and features except LiveReports and internal costs"
	AdminFinancial           AdminAccess = "Financial and billing-related features"
	AdminNone                AdminAccess = "None"
)

// SystemLevel is one of Autotask's built-in security levels. System levels
// cannot be edited or deleted; all but Dashboard User can be copied.
type SystemLevel struct {
	ID LevelID
	// Name is the bare name ("Sales"); DisplayName is the label Autotask
	// gives the level in the UI and in the userType picklist ("Sales
	// (system)", "API User (system) Can't Read Costs").
	Name        string
	DisplayName string
	// Purpose says, in the catalogue's words, whom the level is for.
	Purpose       string
	Features      []Feature
	AdminAccess   AdminAccess
	License       LicenseType
	DashboardTabs string
	// Copyable is false only for Dashboard User. System levels are never
	// editable or deletable; Inactivatable says whether they can be
	// switched off.
	Copyable      bool
	Inactivatable bool
	// APIOnly levels have no UI login.
	APIOnly bool
}

// Editable is always false: Autotask never lets a system level be saved.
func (l *SystemLevel) Editable() bool { return false }

// Deletable is always false.
func (l *SystemLevel) Deletable() bool { return false }

// HasFeature reports whether the level opens feature f.
func (l *SystemLevel) HasFeature(f Feature) bool { return slices.Contains(l.Features, f) }

// Defaults returns a copy of the level's default for every permission.
func (l *SystemLevel) Defaults() Settings { return levelDefaults[l.ID].Clone() }

// Default returns the level's default for one permission.
func (l *SystemLevel) Default(k Key) (Value, bool) {
	v, ok := levelDefaults[l.ID][k]
	return v, ok
}

// Assumed reports whether the default for k is the catalogue's
// conservative choice rather than a value the vendor documents.
func (l *SystemLevel) Assumed(k Key) bool { return levelAssumed[l.ID][k] }

// AssumedKeys lists, in catalogue order, the permissions whose default for
// this level is assumed.
func (l *SystemLevel) AssumedKeys() []Key {
	s := make(Settings)
	for k := range levelAssumed[l.ID] {
		s[k] = ""
	}
	return s.Keys()
}

var uiFeatures = []Feature{FeatureHome, FeatureCRM, FeatureContracts, FeatureProjects, FeatureServiceDesk, FeatureTimesheets, FeatureInventory, FeatureReports, FeatureOutsource, FeatureCommunity, FeatureHelp}

var staffFeatures = []Feature{FeatureHome, FeatureCRM, FeatureProjects, FeatureServiceDesk, FeatureTimesheets, FeatureInventory, FeatureOutsource, FeatureCommunity, FeatureHelp}

var systemLevels = []*SystemLevel{
	{
		ID: SystemAdministrator, Name: "System Administrator",
		Purpose:     "The person who owns the Autotask instance; the broadest access to every feature and all data.",
		Features:    uiFeatures,
		AdminAccess: AdminFull, License: LicenseAdministrator, DashboardTabs: "All",
		Copyable: true,
	},
	{
		ID: FullAccess, Name: "Full Access",
		Purpose:     "A standby for the administrator level, not meant for everyday users; every basic administrator option but not the optional add-on features such as the Client Portal.",
		Features:    uiFeatures,
		AdminAccess: AdminAllExceptOptional, License: LicenseAdministrator, DashboardTabs: "None",
		Copyable: true,
	},
	{
		ID: APIUser, Name: "API User",
		Purpose:     "Integrations that reach Autotask only through the web services API; no UI login. Sees all data including internal costs.",
		Features:    uiFeatures,
		AdminAccess: AdminAPIFull, License: LicenseAPIUser, DashboardTabs: "Not applicable (no UI login)",
		Copyable: true, APIOnly: true,
	},
	{
		ID: APIUserNoCosts, Name: "API User Can't Read Costs",
		Purpose:     "Integrations that need everything the API User level gives except internal cost data.",
		Features:    uiFeatures,
		AdminAccess: AdminAPIFullWithoutCosts, License: LicenseAPIUser, DashboardTabs: "Not applicable (no UI login)",
		Copyable: true, APIOnly: true,
	},
	{
		ID: Manager, Name: "Manager",
		Purpose:     "Staff who set up contracts and run billing.",
		Features:    uiFeatures,
		AdminAccess: AdminFinancial, License: LicenseExecutive, DashboardTabs: "All except Owner tab",
		Copyable: true,
	},
	{
		ID: ProjectManager, Name: "Project Manager",
		Purpose:     "Staff who create and run projects.",
		Features:    staffFeatures,
		AdminAccess: AdminNone, License: LicenseProfessional, DashboardTabs: "All except Owner tab",
		Copyable: true,
	},
	{
		ID: ServiceDeskUser, Name: "Service Desk User",
		Purpose:     "Technicians and dispatchers who work tickets, tasks, projects and service calls.",
		Features:    staffFeatures,
		AdminAccess: AdminNone, License: LicenseProfessional, DashboardTabs: "All except Owner tab",
		Copyable: true,
	},
	{
		ID: Sales, Name: "Sales",
		Purpose:     "Salespeople limited to the organizations and opportunities they own as account manager or opportunity owner.",
		Features:    staffFeatures,
		AdminAccess: AdminNone, License: LicenseProfessional, DashboardTabs: "All except Owner tab",
		Copyable: true,
	},
	{
		ID: PrivateCRM, Name: "Private CRM",
		Purpose:     "Like Sales, limited to owned organizations and opportunities, but without adding projects.",
		Features:    staffFeatures,
		AdminAccess: AdminNone, License: LicenseProfessional, DashboardTabs: "All except Owner tab",
		Copyable: true,
	},
	{
		ID: TeamMember, Name: "Team Member",
		Purpose:     "Technicians who work tasks and tickets but neither manage projects nor run the help desk.",
		Features:    []Feature{FeatureHome, FeatureCRM, FeatureServiceDesk, FeatureTimesheets, FeatureInventory, FeatureOutsource, FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseTeamMember, DashboardTabs: "My Work",
		Copyable: true,
	},
	{
		ID: MinimalAccess, Name: "Minimal Access",
		Purpose:     "People who only work the tasks, tickets and service calls assigned to them: time, expenses, charges, notes and attachments, nothing else.",
		Features:    []Feature{FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseTeamMember, DashboardTabs: "My Work",
		Copyable: true,
	},
	{
		ID: Contractor, Name: "Contractor",
		Purpose:     "Outside contractors who see and log time on the tasks and tickets assigned to them and nothing more.",
		Features:    []Feature{FeatureHome, FeatureServiceDesk, FeatureTimesheets, FeatureOutsource, FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseContractor, DashboardTabs: "My Work",
		Copyable: true,
	},
	{
		ID: CoManagedHelpDesk, Name: "Co-managed Help Desk",
		Purpose:     "A customer's own IT staff working alongside the MSP, limited to named organizations and to work assigned to them.",
		Features:    []Feature{FeatureHome, FeatureCRM, FeatureServiceDesk, FeatureTimesheets, FeatureOutsource, FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseCoManaged, DashboardTabs: "All",
		Copyable: true,
	},
	{
		ID: TimeAndAttendance, Name: "Time and Attendance",
		Purpose:     "People who only record regular time, not work on tasks or tickets.",
		Features:    []Feature{FeatureTimesheets, FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseTimeAndAttendance, DashboardTabs: "None",
		Copyable: true,
	},
	{
		ID: DashboardUser, Name: "Dashboard User",
		Purpose:     "Wall displays that show shared dashboards in presentation mode without using a full license.",
		Features:    []Feature{FeatureHome, FeatureCRM, FeatureDirectory, FeatureContracts, FeatureProjects, FeatureServiceDesk, FeatureTimesheets, FeatureInventory, FeatureReports, FeatureOutsource, FeatureCommunity, FeatureHelp},
		AdminAccess: AdminNone, License: LicenseDashboardUser, DashboardTabs: "Tabs shared to the user",
		Copyable: false, Inactivatable: true,
	},
}

var (
	levelByID   = map[LevelID]*SystemLevel{}
	levelByName = map[string]*SystemLevel{}
)

func init() {
	for _, l := range systemLevels {
		l.DisplayName = l.Name + " (system)"
		if strings.HasPrefix(l.Name, "API User ") { // "API User (system) Can't Read Costs"
			l.DisplayName = strings.Replace(l.Name, "API User", "API User (system)", 1)
		}
		levelByID[l.ID] = l
		names := []string{l.Name, l.DisplayName, l.Name + " (system)"}
		if l.APIOnly {
			// Earlier releases labelled the API-only levels with an
			// "(API-only)" suffix; configurations may still use it.
			names = append(names, l.DisplayName+" (API-only)", strings.Replace(l.Name, "API User", "API User (system)", 1)+" (API-only)")
		}
		for _, n := range names {
			levelByName[normalizeName(n)] = l
		}
	}
	// Names that the vendor's tables use for the same levels.
	levelByName[normalizeName("Full Access User")] = levelByID[FullAccess]
	levelByName[normalizeName("Time & Attendance")] = levelByID[TimeAndAttendance]
}

func normalizeName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// SystemLevels lists the fifteen system security levels in the order the
// vendor documents them. The returned levels must not be modified.
func SystemLevels() []*SystemLevel { return slices.Clone(systemLevels) }

// SystemLevelByID finds a system level by ID.
func SystemLevelByID(id LevelID) (*SystemLevel, bool) {
	l, ok := levelByID[id]
	return l, ok
}

// SystemLevelByName finds a system level by its bare or displayed name,
// ignoring case and spacing ("sales", "Sales (system)", "API User (system)
// Can't Read Costs", and the older "API User (system) (API-only)").
func SystemLevelByName(name string) (*SystemLevel, bool) {
	l, ok := levelByName[normalizeName(name)]
	return l, ok
}

// IsSystemLevelID reports whether id belongs to a system level. System IDs
// are a fixed set, not a range: custom levels take IDs below, between and
// above them.
func IsSystemLevelID(id int64) bool {
	_, ok := levelByID[LevelID(id)]
	return ok
}

// SystemLevelIDs lists the IDs of the system levels in ascending order.
func SystemLevelIDs() []LevelID {
	out := make([]LevelID, 0, len(systemLevels))
	for _, l := range systemLevels {
		out = append(out, l.ID)
	}
	slices.Sort(out)
	return out
}

// SystemLevelNames lists the bare names, for validators and docs.
func SystemLevelNames() []string {
	out := make([]string, len(systemLevels))
	for i, l := range systemLevels {
		out[i] = l.Name
	}
	return out
}
