package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// PortalType is the kind of a Client Portal security level.
type PortalType string

// Portal level types.
const (
	PortalClientAccess PortalType = "Client Access"
	PortalTaskfire     PortalType = "Taskfire"
)

// PortalTypes lists both types.
func PortalTypes() []PortalType { return []PortalType{PortalClientAccess, PortalTaskfire} }

// Portal permission groups (the headings of the portal level editor).
const (
	PortalGroupGeneral    Module = "general"
	PortalGroupTickets    Module = "tickets"
	PortalGroupProjects   Module = "projects"
	PortalGroupFinancials Module = "financials"
	PortalGroupAccount    Module = "account"
	PortalGroupKnowledge  Module = "knowledge"
	PortalGroupDevices    Module = "devices"
	PortalGroupTaskfire   Module = "taskfire"
	PortalGroupQuotes     Module = "quotes"
)

const portalKeyPrefix = "portal."

// Portal values spelled like the shared ones, named for readability here.
const (
	portalDeviceScopeAll       = All
	portalDeviceScopeNone      = None
	portalProjectAccessNone    = None
	portalTicketVisibilityMine = Mine
	portalDeviceAccessNone     = None
)

// Portal choice values.
const (
	PortalProjectsTeamMember         Value = "Team Member"
	PortalDevicesViewOnly            Value = "View"
	PortalDevicesAddEdit             Value = "Add/Edit"
	PortalDeviceScopeCreatedLocation Value = "Created or Location"
	PortalDeviceScopeCreatedLocOrNo  Value = "Created, Location or No Location"
)

// Keys of portal permissions other packages reason about.
const (
	PortalKeyAssignable        Key = "portal.assignable_by_client_user"
	PortalKeyCreateTickets     Key = "portal.create_service_requests"
	PortalKeyViewSPPriority    Key = "portal.view_service_provider_priority"
	PortalKeySetSPPriority     Key = "portal.set_service_provider_priority"
	PortalKeyTicketVisibility  Key = "portal.ticket_visibility"
	PortalKeyProjectAccess     Key = "portal.project_access"
	PortalKeyFinancials        Key = "portal.view_financials"
	PortalKeyManageLogins      Key = "portal.manage_portal_logins"
	PortalKeyDeviceAccess      Key = "portal.device_access"
	PortalKeyDeviceScope       Key = "portal.device_scope"
	PortalKeyTaskfireSetup     Key = "portal.taskfire_setup"
	PortalKeyQuotes            Key = "portal.view_approve_quotes"
	portalKeyViewProjectCharge Key = "portal.view_project_charges"
)

// PortalPermission is one setting of a Client Portal / Taskfire level.
type PortalPermission struct {
	Permission
	Group Module
	// CustomDefault is what a new custom level starts with.
	CustomDefault Value
}

type portalSpec struct {
	group   Module
	name    string
	label   string
	desc    string
	kind    Kind
	choices []Value
	custom  Value
}

var portalSpecs = []portalSpec{
	{PortalGroupGeneral, "assignable_by_client_user", "Allow this Security Level to be Assigned by a Client User", "Client users who manage portal logins may give this level to others. Does not apply to Taskfire levels, where it is always off.", KindBool, nil, Yes},
	{PortalGroupTickets, "create_service_requests", "User is able to create new Service Requests", "Submit tickets through the portal.", KindBool, nil, No},
	{PortalGroupTickets, "view_service_provider_priority", "User can view Service Provider Priority", "See the MSP's own ticket priority in the portal.", KindBool, nil, No},
	{PortalGroupTickets, "set_service_provider_priority", "User can set Service Provider Priority on ticket creation", "Pick the MSP's priority when creating a ticket. Not available on Taskfire levels, whose users set a Taskfire priority instead.", KindBool, nil, No},
	{PortalGroupTickets, "ticket_visibility", "Search Tickets", "Mine: tickets the user created, is assigned to, or is contact or approver for. All: every ticket of the organization, including sub-organizations of a parent.", KindChoice, []Value{portalTicketVisibilityMine, All}, portalTicketVisibilityMine},
	{PortalGroupProjects, "project_access", "Project Security Access", "None hides the Projects menu; Team Member shows projects where the user is on the team or has a task; All shows every project of the organization.", KindChoice, []Value{portalProjectAccessNone, PortalProjectsTeamMember, All}, portalProjectAccessNone},
	{PortalGroupProjects, "view_project_schedule", "User can view Project Schedule", "Open projects and their schedule.", KindBool, nil, No},
	{PortalGroupProjects, "email_project_team", "User can email members of the Project Team", "Email the project team from the portal.", KindBool, nil, No},
	{PortalGroupProjects, "view_add_project_notes", "User can view and add Project Notes", "Read and write project notes.", KindBool, nil, No},
	{PortalGroupProjects, "view_project_attachments", "User can view Project Attachments", "Open project attachments.", KindBool, nil, No},
	{PortalGroupProjects, "view_project_calendar", "User sees Project Calendar Items", "See the project calendar.", KindBool, nil, No},
	{PortalGroupProjects, "view_add_project_issues", "User can view and add Project Issues", "Read and raise project issues.", KindBool, nil, No},
	{PortalGroupProjects, "view_project_charges", "User can view Project Charges", "See the charges on projects.", KindBool, nil, No},
	{PortalGroupProjects, "view_estimated_hours", "User can view Estimated Hours", "See estimated hours on the project summary.", KindBool, nil, No},
	{PortalGroupFinancials, "view_financials", "User can view Financial Reports and Invoices", "Invoices and the block-hour, retainer and per-ticket contract reports. Whoever sees an invoice can also pay it from the portal.", KindBool, nil, No},
	{PortalGroupAccount, "edit_own_profile", "User can view and edit their own Profile", "Edit their own contact details, which flow back into Autotask.", KindBool, nil, No},
	{PortalGroupAccount, "manage_portal_logins", "User can create and manage Client Portal Logins", "Add portal users, change their details and levels, and reset their passwords.", KindBool, nil, No},
	{PortalGroupKnowledge, "knowledge_base", "User has access to Knowledge Base", "Read articles published to everyone or to their organization (when the organization has knowledge-base access).", KindBool, nil, No},
	{PortalGroupKnowledge, "documentation", "User has access to Documentation", "Read documents published to everyone or to their organization (when the organization has documentation access).", KindBool, nil, No},
	{PortalGroupDevices, "device_access", "Devices", "None: devices are hidden, even on tickets. View: read-only, including devices on tickets. Add/Edit: the Manage > Devices menu. Protected device fields are never shown in the portal.", KindChoice, []Value{portalDeviceAccessNone, PortalDevicesViewOnly, PortalDevicesAddEdit}, portalDeviceAccessNone},
	{PortalGroupDevices, "device_scope", "User sees", "Which devices the user sees: None, those they created or at their location, those plus devices with no location, or All.", KindChoice, []Value{portalDeviceScopeNone, PortalDeviceScopeCreatedLocation, PortalDeviceScopeCreatedLocOrNo, portalDeviceScopeAll}, portalDeviceScopeNone},
	{PortalGroupTaskfire, "taskfire_setup", "Taskfire Setup", "Manage the organization's portal settings. Only on Taskfire levels.", KindBool, nil, No},
	{PortalGroupQuotes, "view_approve_quotes", "User can view and approve/decline Quotes in Client Portal", "Show the My Quotes card and let the user accept or decline quotes.", KindBool, nil, No},
}

// PortalRule is one of the rules between portal permissions, as data.
type PortalRule struct {
	ID string
	// Key is the permission the rule constrains.
	Key Key
	// OnlyFor, when set, means Key applies only to levels of that type: on
	// the other type it must stay at its floor.
	OnlyFor PortalType
	// When is set for conditional rules: they hold when WhenKey has
	// WhenValue.
	WhenKey   Key
	WhenValue Value
	// Forced is the value Key must have while the condition holds; when
	// empty, Key has no effect while the condition holds.
	Forced  Value
	Summary string
}

var portalRules = []PortalRule{
	{ID: "taskfire-not-client-assignable", Key: PortalKeyAssignable, OnlyFor: PortalClientAccess,
		Summary: "Taskfire levels cannot be assigned by client users."},
	{ID: "taskfire-no-sp-priority", Key: PortalKeySetSPPriority, OnlyFor: PortalClientAccess,
		Summary: "Taskfire users never set the service provider's priority; they set a Taskfire priority."},
	{ID: "taskfire-setup-only-taskfire", Key: PortalKeyTaskfireSetup, OnlyFor: PortalTaskfire,
		Summary: "Taskfire Setup exists only on Taskfire levels."},
	{ID: "no-devices-sees-none", Key: PortalKeyDeviceScope, WhenKey: PortalKeyDeviceAccess, WhenValue: portalDeviceAccessNone, Forced: portalDeviceScopeNone,
		Summary: "A level that cannot add, edit or view devices sees no devices."},
}

func init() {
	for _, name := range []string{"view_project_schedule", "email_project_team", "view_add_project_notes", "view_project_attachments", "view_project_calendar", "view_add_project_issues", "view_project_charges", "view_estimated_hours"} {
		portalRules = append(portalRules, PortalRule{
			ID: "no-projects-" + strings.ReplaceAll(name, "_", "-"), Key: Key(portalKeyPrefix + name),
			WhenKey: PortalKeyProjectAccess, WhenValue: portalProjectAccessNone,
			Summary: "Project data permissions have no effect while Project Security Access is None (the Projects menu is hidden).",
		})
	}
}

// PortalRules lists the rules between portal permissions.
func PortalRules() []PortalRule { return slices.Clone(portalRules) }

// PortalLevelID identifies a system portal level.
type PortalLevelID int64

// System portal levels.
const (
	PortalBasic PortalLevelID = iota + 1
	PortalManager
	PortalAdvanced
	PortalTaskfireAdministrator
)

// MaxSystemPortalLevelID is the highest ID reserved for system portal levels.
const MaxSystemPortalLevelID = PortalTaskfireAdministrator

// PortalLevel is a system Client Portal or Taskfire level.
type PortalLevel struct {
	ID      PortalLevelID
	Name    string
	Type    PortalType
	Purpose string
	// Defaults holds every portal permission.
	defaults Settings
	// given lists the defaults the vendor documents; the rest are assumed.
	given map[Key]bool
}

// Defaults returns a copy of the level's settings.
func (l *PortalLevel) Defaults() Settings { return l.defaults.Clone() }

// Assumed reports whether the default for k is the catalogue's choice.
func (l *PortalLevel) Assumed(k Key) bool { return !l.given[k] }

type portalLevelSpec struct {
	id      PortalLevelID
	name    string
	typ     PortalType
	purpose string
	grants  Settings // non-floor values
	given   []Key
}

var documentedPriorityQuotes = []Key{PortalKeyViewSPPriority, PortalKeySetSPPriority, PortalKeyQuotes}

var portalLevelSpecs = []portalLevelSpec{
	{PortalBasic, "Client Portal Basic", PortalClientAccess, "Customers who raise and follow their own tickets.",
		Settings{PortalKeyAssignable: Yes, PortalKeyCreateTickets: Yes, PortalKeySetSPPriority: Yes, "portal.edit_own_profile": Yes, "portal.knowledge_base": Yes},
		documentedPriorityQuotes},
	{PortalManager, "Client Portal Manager", PortalClientAccess, "Customer managers who follow all of their organization's tickets and the projects they take part in.",
		Settings{PortalKeyAssignable: Yes, PortalKeyCreateTickets: Yes, PortalKeySetSPPriority: Yes, PortalKeyTicketVisibility: All, PortalKeyProjectAccess: PortalProjectsTeamMember,
			"portal.view_project_schedule": Yes, "portal.email_project_team": Yes, "portal.view_add_project_notes": Yes, "portal.view_project_attachments": Yes,
			"portal.view_project_calendar": Yes, "portal.view_add_project_issues": Yes, "portal.view_estimated_hours": Yes,
			"portal.edit_own_profile": Yes, PortalKeyManageLogins: Yes, "portal.knowledge_base": Yes, "portal.documentation": Yes,
			PortalKeyDeviceAccess: PortalDevicesViewOnly, PortalKeyDeviceScope: PortalDeviceScopeCreatedLocation, PortalKeyQuotes: Yes},
		documentedPriorityQuotes},
	{PortalAdvanced, "Client Portal Advanced", PortalClientAccess, "Customer contacts who see everything of their organization, including invoices.",
		Settings{PortalKeyAssignable: Yes, PortalKeyCreateTickets: Yes, PortalKeySetSPPriority: Yes, PortalKeyTicketVisibility: All, PortalKeyProjectAccess: All,
			"portal.view_project_schedule": Yes, "portal.email_project_team": Yes, "portal.view_add_project_notes": Yes, "portal.view_project_attachments": Yes,
			"portal.view_project_calendar": Yes, "portal.view_add_project_issues": Yes, portalKeyViewProjectCharge: Yes, "portal.view_estimated_hours": Yes,
			PortalKeyFinancials: Yes, "portal.edit_own_profile": Yes, PortalKeyManageLogins: Yes, "portal.knowledge_base": Yes, "portal.documentation": Yes,
			PortalKeyDeviceAccess: PortalDevicesAddEdit, PortalKeyDeviceScope: portalDeviceScopeAll, PortalKeyQuotes: Yes},
		documentedPriorityQuotes},
	{PortalTaskfireAdministrator, "Taskfire Administrator", PortalTaskfire, "A customer's IT lead who runs the organization's Taskfire help desk.",
		Settings{PortalKeyCreateTickets: Yes, PortalKeyViewSPPriority: Yes, PortalKeyTicketVisibility: All, PortalKeyProjectAccess: All,
			"portal.view_project_schedule": Yes, "portal.email_project_team": Yes, "portal.view_add_project_notes": Yes, "portal.view_project_attachments": Yes,
			"portal.view_project_calendar": Yes, "portal.view_add_project_issues": Yes, portalKeyViewProjectCharge: Yes, "portal.view_estimated_hours": Yes,
			PortalKeyFinancials: Yes, "portal.edit_own_profile": Yes, PortalKeyManageLogins: Yes, "portal.knowledge_base": Yes, "portal.documentation": Yes,
			PortalKeyDeviceAccess: PortalDevicesAddEdit, PortalKeyDeviceScope: portalDeviceScopeAll, PortalKeyTaskfireSetup: Yes, PortalKeyQuotes: Yes},
		[]Key{PortalKeyAssignable, PortalKeyViewSPPriority, PortalKeySetSPPriority, PortalKeyQuotes}},
}

var (
	portalPermissions []*PortalPermission
	portalByKey       = map[Key]*portalEntry{}
	portalLevels      []*PortalLevel
	portalLevelByID   = map[PortalLevelID]*PortalLevel{}
)

type portalEntry struct {
	*PortalPermission
	order int
}

func init() {
	for i, s := range portalSpecs {
		base := buildPermission(permSpec{module: "portal", name: s.name, label: s.label, desc: s.desc, kind: s.kind, choices: s.choices, defaults: deflt(s.custom)})
		p := &PortalPermission{Permission: *base, Group: s.group, CustomDefault: s.custom}
		p.Field = fieldName(s.name)
		portalPermissions = append(portalPermissions, p)
		portalByKey[p.Key] = &portalEntry{PortalPermission: p, order: 10000 + i}
	}
	for _, s := range portalLevelSpecs {
		l := &PortalLevel{ID: s.id, Name: s.name, Type: s.typ, Purpose: s.purpose, defaults: PortalFloor(), given: map[Key]bool{}}
		for k, v := range s.grants {
			p, ok := portalByKey[k]
			if !ok {
				panic(fmt.Sprintf("catalog: portal level %s grants unknown %s", s.name, k))
			}
			if _, ok := p.Rank(v); !ok {
				panic(fmt.Sprintf("catalog: portal level %s: %q not allowed for %s", s.name, v, k))
			}
			l.defaults[k] = v
		}
		for _, k := range s.given {
			l.given[k] = true
		}
		portalLevels = append(portalLevels, l)
		portalLevelByID[l.ID] = l
	}
}

// PortalPermissions lists every portal permission in editor order.
func PortalPermissions() []*PortalPermission { return slices.Clone(portalPermissions) }

// PortalPermissionByKey finds a portal permission.
func PortalPermissionByKey(k Key) (*PortalPermission, bool) {
	e, ok := portalByKey[k]
	if !ok {
		return nil, false
	}
	return e.PortalPermission, true
}

// PortalPermissionByField finds a portal permission by API field name,
// ignoring case.
func PortalPermissionByField(field string) (*PortalPermission, bool) {
	for _, p := range portalPermissions {
		if strings.EqualFold(p.Field, field) {
			return p, true
		}
	}
	return nil, false
}

// PortalFloor is a portal level that grants nothing.
func PortalFloor() Settings {
	out := Settings{}
	for _, p := range portalPermissions {
		out[p.Key] = p.Floor
	}
	return out
}

// PortalCustomDefaults is what a new custom portal level of type t starts
// with: everything off except "assignable by a client user" on Client
// Access levels.
func PortalCustomDefaults(t PortalType) Settings {
	out := Settings{}
	for _, p := range portalPermissions {
		out[p.Key] = p.CustomDefault
	}
	if t == PortalTaskfire {
		out[PortalKeyAssignable] = No
	}
	return out
}

// PortalLevels lists the system portal levels.
func PortalLevels() []*PortalLevel { return slices.Clone(portalLevels) }

// PortalLevelByID finds a system portal level.
func PortalLevelByID(id PortalLevelID) (*PortalLevel, bool) {
	l, ok := portalLevelByID[id]
	return l, ok
}

// PortalLevelByName finds a system portal level by name, ignoring case.
func PortalLevelByName(name string) (*PortalLevel, bool) {
	n := normalizeName(strings.TrimSuffix(strings.TrimSpace(name), " (system)"))
	for _, l := range portalLevels {
		if normalizeName(l.Name) == n {
			return l, true
		}
	}
	return nil, false
}
