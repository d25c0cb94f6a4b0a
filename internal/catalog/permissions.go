package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// Module is a tab of the security-level editor; permissions are grouped by
// it and the provider exposes one nested attribute per module.
type Module string

// Permission modules.
const (
	ModuleCRM         Module = "crm"
	ModuleContracts   Module = "contracts"
	ModuleProjects    Module = "projects"
	ModuleServiceDesk Module = "service_desk"
	ModuleTimesheets  Module = "timesheets"
	ModuleDocuments   Module = "documents"
	ModuleAdmin       Module = "admin"
	ModuleOther       Module = "other"
)

// ModuleInfo describes a module for schemas and docs.
type ModuleInfo struct {
	Module      Module
	Label       string
	Description string
	// Feature is the UI section the module's permissions open, if any.
	Feature Feature
}

var modules = []ModuleInfo{
	{ModuleCRM, "CRM", "Organizations (companies) and contacts.", FeatureCRM},
	{ModuleContracts, "Contracts", "Contracts, contract adjustments and Approve & Post.", FeatureContracts},
	{ModuleProjects, "Projects", "Projects, project templates, task notes, charges and expenses, time entry on tasks, checklists and task visibility.", FeatureProjects},
	{ModuleServiceDesk, "Service Desk", "Tickets.", FeatureServiceDesk},
	{ModuleTimesheets, "Timesheets", "Time entries.", FeatureTimesheets},
	{ModuleDocuments, "Knowledge Base & Documents", "Documents and knowledge-base articles.", ""},
	{ModuleAdmin, "Admin", "Administrative permissions: who may change resources, security levels, billing set-up and system settings.", FeatureAdmin},
	{ModuleOther, "Other", "Settings that cut across modules, such as internal cost visibility and surveys.", ""},
}

// Modules lists the permission modules in editor order.
func Modules() []ModuleInfo { return slices.Clone(modules) }

// ModuleByName finds a module.
func ModuleByName(name string) (ModuleInfo, bool) {
	for _, m := range modules {
		if string(m.Module) == name {
			return m, true
		}
	}
	return ModuleInfo{}, false
}

// TaskCategoryOwn is the "Render all Tasks as Task Category" value that
// shows every task with its own category.
const TaskCategoryOwn Value = "[Task's Task Category]"

// Time-entry task scopes, least first.
const (
	ScopeMyTasks                       Value = "My Tasks"
	ScopeMyTasksAndUnassignedDeptTasks Value = "My Tasks and Unassigned Department Tasks"
	ScopeMyTasksAndDeptTasks           Value = "My Tasks and Department Tasks"
	ScopeAllTasks                      Value = "All Tasks"
)

// Keys of the permissions other packages reason about by name.
const (
	KeyProjectView           Key = "projects.project_view"
	KeyProjectAdd            Key = "projects.project_add"
	KeyTemplateView          Key = "projects.template_view"
	KeyTemplateAdd           Key = "projects.template_add"
	KeyTaskNotesEdit         Key = "projects.task_notes_edit"
	KeyTaskNotesDelete       Key = "projects.task_notes_delete"
	KeyChargesExpensesView   Key = "projects.charges_expenses_view"
	KeyChargesAdd            Key = "projects.charges_add"
	KeyExpensesAdd           Key = "projects.expenses_add"
	KeyChargesExpensesEdit   Key = "projects.charges_expenses_edit"
	KeyChargesExpensesDelete Key = "projects.charges_expenses_delete"
	KeyRenderTasksAs         Key = "projects.render_tasks_as"
	KeyTimeEntryTaskScope    Key = "projects.time_entry_task_scope"
	KeyActivityFeedBilling   Key = "projects.activity_feed_billing_data"
	KeyCompaniesView         Key = "crm.companies_view"
	KeyContractsView         Key = "contracts.contracts_view"
	KeyApproveAndPost        Key = "contracts.approve_and_post"
	KeyTicketsView           Key = "service_desk.tickets_view"
	KeyManageResources       Key = "admin.manage_resources"
	KeyManageSecurityLevels  Key = "admin.manage_security_levels"
	KeyManageFinancials      Key = "admin.manage_financials"
	KeyManageSystemSettings  Key = "admin.manage_system_settings"
	KeyViewInternalCosts     Key = "other.view_internal_costs"
)

// Level groups used by the default columns below.
var (
	// fullLevels are the levels the vendor documents as seeing everything.
	fullLevels = []LevelID{SystemAdministrator, FullAccess, APIUser, APIUserNoCosts}
)

func join(groups ...[]LevelID) []LevelID {
	var out []LevelID
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// col is one permission's default across the system levels, written as
// the vendor's tables are: a value for everyone, then exceptions.
type col struct {
	base    Value
	by      map[LevelID]Value
	assumed map[LevelID]bool
	all     bool // every default of the column is assumed
}

func deflt(v Value) *col { return &col{base: v, by: map[LevelID]Value{}, assumed: map[LevelID]bool{}} }

func (c *col) set(v Value, ids ...LevelID) *col {
	for _, id := range ids {
		c.by[id] = v
	}
	return c
}

// assume marks the defaults of ids (or, with no ids, the whole column) as
// the catalogue's conservative choice.
func (c *col) assume(ids ...LevelID) *col {
	if len(ids) == 0 {
		c.all = true
	}
	for _, id := range ids {
		c.assumed[id] = true
	}
	return c
}

func (c *col) value(id LevelID) Value {
	if v, ok := c.by[id]; ok {
		return v
	}
	return c.base
}

type permSpec struct {
	module   Module
	name     string
	label    string
	desc     string
	kind     Kind
	choices  []Value // KindChoice, least privilege first
	defaults *col
}

var accessOptions = []Option{{Value: None, ID: 3, Rank: 0}, {Value: Mine, ID: 2, Rank: 1}, {Value: All, ID: 1, Rank: 2}}
var boolOptions = []Option{{Value: No, ID: 0, Rank: 0}, {Value: Yes, ID: 1, Rank: 1}}

// permSpecs is the permission table. Order is catalogue order.
var permSpecs = []permSpec{
	// ---- CRM ----
	{ModuleCRM, "companies_view", "Organizations: View", "Which organizations (companies) the user can see: all, only those they are associated with (account team or account manager), or none.", KindAccess, nil,
		deflt(None).set(All, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, TeamMember, DashboardUser})...).set(Mine, Sales, PrivateCRM, CoManagedHelpDesk).assume()},
	{ModuleCRM, "companies_add", "Organizations: Add", "Whether the user can create organizations.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, Sales})...).assume()},
	{ModuleCRM, "companies_edit", "Organizations: Edit", "Which organizations the user can change.", KindAccess, nil,
		deflt(None).set(All, join(fullLevels, []LevelID{Manager})...).set(Mine, ProjectManager, ServiceDeskUser, Sales, PrivateCRM, CoManagedHelpDesk).assume()},
	{ModuleCRM, "contacts_view", "Contacts: View", "Which contacts the user can see.", KindAccess, nil,
		deflt(None).set(All, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, TeamMember, DashboardUser})...).set(Mine, Sales, PrivateCRM, CoManagedHelpDesk).assume()},
	{ModuleCRM, "contacts_add", "Contacts: Add", "Whether the user can create contacts.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, Sales, PrivateCRM})...).assume()},
	{ModuleCRM, "contacts_edit", "Contacts: Edit", "Which contacts the user can change.", KindAccess, nil,
		deflt(None).set(All, join(fullLevels, []LevelID{Manager})...).set(Mine, ProjectManager, ServiceDeskUser, Sales, PrivateCRM, CoManagedHelpDesk).assume()},

	// ---- Contracts ----
	{ModuleContracts, "contracts_view", "Contracts: View", "Which contracts the user can see.", KindAccess, nil,
		deflt(None).set(All, join(fullLevels, []LevelID{Manager, DashboardUser})...).assume()},
	{ModuleContracts, "manage_contracts", "Manage Contracts", "Create and change contracts, their services, rates and blocks.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
	{ModuleContracts, "manage_adjustments", "Manage Adjustments", "Record adjustments to contract blocks, retainers and service units.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
	{ModuleContracts, "approve_and_post", "Approve & Post", "Approve and post billable items. This access overrides the charge and expense View/Add/Edit/Delete settings: a user with it can change charges those settings would hide.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},

	// ---- Projects (vendor tables: project security settings) ----
	{ModuleProjects, "project_view", "Client & Internal and Proposals: View", "Which projects of the client, internal and proposal types the user can see. Mine means only projects the user is associated with; None hides them even from associated users.", KindAccess, nil,
		deflt(None).set(Mine, CoManagedHelpDesk, PrivateCRM, Sales, ServiceDeskUser, ProjectManager).set(All, join(fullLevels, []LevelID{DashboardUser, Manager})...)},
	{ModuleProjects, "project_add", "Client & Internal and Proposals: Add", "Whether the user can create client, internal and proposal projects.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Sales, ServiceDeskUser, ProjectManager, Manager})...)},
	{ModuleProjects, "template_view", "Project Templates: View", "Which project templates the user can see.", KindAccess, nil,
		deflt(None).set(Mine, CoManagedHelpDesk, PrivateCRM, Sales, ServiceDeskUser, ProjectManager).set(All, join(fullLevels, []LevelID{DashboardUser, Manager})...)},
	{ModuleProjects, "template_add", "Project Templates: Add", "Whether the user can create project templates.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{ServiceDeskUser, ProjectManager, Manager})...)},
	{ModuleProjects, "task_notes_edit", "Task Notes: Edit", "Which task notes the user can change: all they can see, only their own, or none.", KindAccess, nil,
		deflt(All).set(Mine, CoManagedHelpDesk, TeamMember).set(None, MinimalAccess, TimeAndAttendance, Contractor)},
	{ModuleProjects, "task_notes_delete", "Task Notes: Delete", "Which task notes the user can delete.", KindAccess, nil,
		deflt(All).set(None, CoManagedHelpDesk, MinimalAccess, TimeAndAttendance, TeamMember, Contractor)},
	{ModuleProjects, "charges_expenses_view", "Charges & Expenses: View", "Which charges and expenses the user can see: on everything they can access, only their own, or none.", KindAccess, nil,
		deflt(All).set(Mine, CoManagedHelpDesk)},
	{ModuleProjects, "charges_add", "Charges: Add", "Whether the user can add charges. The vendor lets this differ from expenses (Contractor adds expenses but not charges).", KindBool, nil,
		deflt(Yes).set(No, Contractor)},
	{ModuleProjects, "expenses_add", "Expenses: Add", "Whether the user can add expenses.", KindBool, nil,
		deflt(Yes)},
	{ModuleProjects, "charges_expenses_edit", "Charges & Expenses: Edit", "Which charges and expenses the user can change.", KindAccess, nil,
		deflt(All).set(Mine, CoManagedHelpDesk).set(None, Contractor)},
	{ModuleProjects, "charges_expenses_delete", "Charges & Expenses: Delete", "Which charges and expenses the user can delete.", KindAccess, nil,
		deflt(All).set(None, CoManagedHelpDesk, Contractor)},
	{ModuleProjects, "render_tasks_as", "Render all Tasks as Task Category", "Show every task to this level through one task category (to hide fields from, say, contractors). The default shows each task with its own category. A category used here cannot be deleted.", KindText, nil,
		deflt(TaskCategoryOwn).assume(DashboardUser)},
	{ModuleProjects, "modify_contract", "Can modify Contract on task/issue time entries", "Change the contract a task or issue time entry bills against.", KindBool, nil,
		deflt(No).set(Yes, SystemAdministrator, Manager, Sales, ServiceDeskUser).set(Yes, FullAccess, APIUser, APIUserNoCosts).assume(FullAccess, APIUser, APIUserNoCosts)},
	{ModuleProjects, "modify_billable", "Can modify Billable status on task/issue time entries", "Switch a task or issue time entry between billable and non-billable.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
	{ModuleProjects, "modify_show_on_invoice", "Can modify Show on Invoice on task/issue time entries", "Decide whether a non-billable entry still appears on the invoice at zero.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
	{ModuleProjects, "modify_work_type", "Can modify Work Type on task/issue time entries", "Change the work type (billing code) of a task or issue time entry.", KindBool, nil,
		deflt(No).set(Yes, SystemAdministrator, Manager, Sales, ServiceDeskUser).set(Yes, FullAccess, APIUser, APIUserNoCosts).assume(FullAccess, APIUser, APIUserNoCosts)},
	{ModuleProjects, "modify_service_bundle", "Can modify Service/Bundle on task/issue time entries and project charges", "Choose the service or bundle of task and issue time entries and project charges.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
	{ModuleProjects, "time_entry_task_scope", "Allow time entry on", "Which tasks the user may enter time on. Project view permissions still apply.", KindChoice,
		[]Value{ScopeMyTasks, ScopeMyTasksAndUnassignedDeptTasks, ScopeMyTasksAndDeptTasks, ScopeAllTasks},
		deflt(ScopeMyTasks).set(ScopeMyTasksAndDeptTasks, PrivateCRM, Sales, ServiceDeskUser, ProjectManager).set(ScopeAllTasks, join(fullLevels, []LevelID{Manager})...)},
	{ModuleProjects, "checklist_library_add_edit", "Can add/edit Library Checklists", "Save task checklists to the checklist library and edit library checklists.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager})...).assume()},
	{ModuleProjects, "checklist_library_delete", "Can delete Library Checklists", "Delete checklists from the checklist library.", KindBool, nil,
		deflt(No).set(Yes, fullLevels...).assume()},
	{ModuleProjects, "checklist_items_add_edit", "Can add/edit items", "Add, edit, reorder and copy checklist items on tasks the user can edit.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser})...).assume()},
	{ModuleProjects, "checklist_items_delete_uncomplete", "Can delete/uncomplete items", "Delete checklist items and reopen items that someone else completed.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager})...).assume()},
	{ModuleProjects, "legacy_projects_dashboard", "Can view legacy Projects dashboard", "Open the legacy Projects dashboard page. On by default.", KindBool, nil,
		deflt(Yes)},
	{ModuleProjects, "view_internal_notes_attachments", "Can view Task notes and attachments marked Internal", "See internal task notes, internal attachments and the internal part of time entries; without it the user sees placeholder text. On co-managing levels this covers items marked Internal & Co-managing.", KindBool, nil,
		deflt(Yes)},
	{ModuleProjects, "activity_feed_billing_data", "Can view billing data in the Activity feed", "Offer the Show Billing Data option on the activity feed.", KindBool, nil,
		deflt(No).set(Yes, SystemAdministrator, FullAccess, APIUser, Manager).assume()},

	// ---- Service Desk ----
	{ModuleServiceDesk, "tickets_view", "Tickets: View", "Which tickets the user can see.", KindAccess, nil,
		deflt(Mine).set(All, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, DashboardUser})...).set(None, TimeAndAttendance).assume()},
	{ModuleServiceDesk, "tickets_add", "Tickets: Add", "Whether the user can create tickets.", KindBool, nil,
		deflt(Yes).set(No, MinimalAccess, Contractor, TimeAndAttendance, DashboardUser).assume()},
	{ModuleServiceDesk, "tickets_edit", "Tickets: Edit", "Which tickets the user can change.", KindAccess, nil,
		deflt(Mine).set(All, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser})...).set(None, TimeAndAttendance, DashboardUser).assume()},

	// ---- Timesheets ----
	{ModuleTimesheets, "time_entries_create", "Time Entries: Create", "Whether the user can enter time.", KindBool, nil,
		deflt(Yes).set(No, DashboardUser).assume()},
	{ModuleTimesheets, "time_entries_edit", "Time Entries: Edit", "Which time entries the user can change.", KindAccess, nil,
		deflt(Mine).set(All, join(fullLevels, []LevelID{Manager})...).set(None, DashboardUser).assume()},
	{ModuleTimesheets, "time_entries_delete", "Time Entries: Delete", "Which time entries the user can delete.", KindAccess, nil,
		deflt(Mine).set(All, join(fullLevels, []LevelID{Manager})...).set(None, DashboardUser).assume()},

	// ---- Knowledge Base & Documents ----
	{ModuleDocuments, "view_documents", "Documents: View", "Open documents in the document library.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, Sales, PrivateCRM, TeamMember, CoManagedHelpDesk})...).assume()},
	{ModuleDocuments, "add_documents", "Documents: Add", "Add documents to the document library.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser})...).assume()},
	{ModuleDocuments, "view_knowledge_base", "Knowledge Base: View", "Read knowledge-base articles.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager, ProjectManager, ServiceDeskUser, Sales, PrivateCRM, TeamMember, CoManagedHelpDesk, MinimalAccess, Contractor})...).assume()},

	// ---- Admin ----
	{ModuleAdmin, "manage_security_levels", "Security Levels", "Create and change security levels. Whoever holds it can grant themselves anything.", KindBool, nil,
		deflt(No).set(Yes, fullLevels...).assume()},
	{ModuleAdmin, "manage_resources", "Resources/Users", "Add and change resources (users), their security levels and their API credentials. Whoever holds it can move anyone, themselves included, to any level.", KindBool, nil,
		deflt(No).set(Yes, fullLevels...).assume()},
	{ModuleAdmin, "manage_financials", "Financials & Billing", "Billing set-up: billing codes, tax, invoice templates and other financial settings.", KindBool, nil,
		deflt(No).set(Yes, SystemAdministrator, FullAccess, APIUser, Manager).assume()},
	{ModuleAdmin, "manage_system_settings", "Company Settings & Users: System Settings", "Site-wide settings, including login and security policy.", KindBool, nil,
		deflt(No).set(Yes, fullLevels...).assume()},

	// ---- Other ----
	{ModuleOther, "view_internal_costs", "Can view internal cost data", "See internal costs (resource cost rates, product and expense costs, margins). The API User Can't Read Costs level exists to switch this off for integrations.", KindBool, nil,
		deflt(No).set(Yes, SystemAdministrator, FullAccess, APIUser, Manager).assume(SystemAdministrator, FullAccess, Manager, ProjectManager, ServiceDeskUser, Sales, PrivateCRM, TeamMember, MinimalAccess, Contractor, CoManagedHelpDesk, TimeAndAttendance, DashboardUser)},
	{ModuleOther, "manage_surveys", "Manage Surveys", "Create and send customer satisfaction surveys.", KindBool, nil,
		deflt(No).set(Yes, join(fullLevels, []LevelID{Manager})...).assume()},
}

type permEntry struct {
	*Permission
	order int
}

var (
	permissions   []*Permission
	permByKey     = map[Key]*permEntry{}
	permByField   = map[string]*Permission{}
	byModule      = map[Module][]*Permission{}
	levelDefaults = map[LevelID]Settings{}
	levelAssumed  = map[LevelID]map[Key]bool{}
)

func init() {
	for _, l := range systemLevels {
		levelDefaults[l.ID] = Settings{}
		levelAssumed[l.ID] = map[Key]bool{}
	}
	for i, s := range permSpecs {
		p := buildPermission(s)
		permissions = append(permissions, p)
		permByKey[p.Key] = &permEntry{Permission: p, order: i}
		permByField[strings.ToLower(p.Field)] = p
		byModule[p.Module] = append(byModule[p.Module], p)
		for _, l := range systemLevels {
			levelDefaults[l.ID][p.Key] = s.defaults.value(l.ID)
			if s.defaults.all || s.defaults.assumed[l.ID] {
				levelAssumed[l.ID][p.Key] = true
			}
		}
	}
}

func buildPermission(s permSpec) *Permission {
	p := &Permission{
		Key:         Key(string(s.module) + "." + s.name),
		Module:      s.module,
		Name:        s.name,
		Field:       fieldName(string(s.module) + "_" + s.name),
		Label:       s.label,
		Description: s.desc,
		Kind:        s.kind,
	}
	switch s.kind {
	case KindAccess:
		p.Options = accessOptions
	case KindBool:
		p.Options = boolOptions
	case KindChoice:
		for i, v := range s.choices {
			p.Options = append(p.Options, Option{Value: v, ID: i + 1, Rank: i})
		}
	case KindText:
	}
	if len(p.Options) > 0 {
		p.Floor = p.Options[0].Value
	} else {
		p.Floor = TaskCategoryOwn
	}
	for _, l := range systemLevels {
		if _, ok := p.Rank(s.defaults.value(l.ID)); !ok {
			panic(fmt.Sprintf("catalog: default %q of %s for level %d is not an allowed value", s.defaults.value(l.ID), p.Key, l.ID))
		}
	}
	return p
}

// fieldName turns "service_desk_tickets_view" into "serviceDeskTicketsView".
func fieldName(snake string) string {
	parts := strings.Split(snake, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// Permissions lists every security-level permission in catalogue order.
func Permissions() []*Permission { return slices.Clone(permissions) }

// PermissionsOf lists the permissions of one module in catalogue order.
func PermissionsOf(m Module) []*Permission { return slices.Clone(byModule[m]) }

// PermissionByKey finds a permission.
func PermissionByKey(k Key) (*Permission, bool) {
	e, ok := permByKey[k]
	if !ok {
		return nil, false
	}
	return e.Permission, true
}

// PermissionByField finds a permission by its API field name, ignoring case.
func PermissionByField(field string) (*Permission, bool) {
	p, ok := permByField[strings.ToLower(field)]
	return p, ok
}

// Floor returns the least-privileged setting of every permission: a level
// that grants nothing.
func Floor() Settings {
	out := make(Settings, len(permissions))
	for _, p := range permissions {
		out[p.Key] = p.Floor
	}
	return out
}

// Validate checks that every key of s is a known permission and every
// value allowed for it; it returns one error per problem, in catalogue
// order.
func (s Settings) Validate() []error {
	var errs []error
	for _, k := range s.Keys() {
		p, ok := PermissionByKey(k)
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown permission", k))
			continue
		}
		if _, ok := p.Rank(s[k]); !ok || (p.Kind == KindText && s[k] == "") {
			_, err := p.Parse(string(s[k]))
			if err == nil {
				err = fmt.Errorf("%s: %q is not in canonical form; use one of %s", k, s[k], p.allowedList())
			}
			errs = append(errs, err)
		}
	}
	return errs
}
