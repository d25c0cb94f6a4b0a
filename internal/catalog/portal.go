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
	// PortalGroupDeviceDetails holds the additional read-only device fields
	// a level shows on the devices its users may see.
	PortalGroupDeviceDetails Module = "device_details"
	PortalGroupTaskfire      Module = "taskfire"
	PortalGroupQuotes        Module = "quotes"
)

// PortalGroupInfo describes a group of portal permissions for schemas and
// docs.
type PortalGroupInfo struct {
	Group       Module
	Label       string
	Description string
}

var portalGroups = []PortalGroupInfo{
	{PortalGroupGeneral, "General", "Settings of the level itself."},
	{PortalGroupTickets, "Tickets", "Creating tickets, the service provider's priority, and which tickets the user can find."},
	{PortalGroupProjects, "Projects", "Which projects the user sees and what project data they may open."},
	{PortalGroupFinancials, "Financials", "Invoices and financial reports."},
	{PortalGroupAccount, "Profile and portal logins", "The user's own profile and the organization's portal logins."},
	{PortalGroupKnowledge, "Knowledge base and documentation", "Articles and documents published to the organization."},
	{PortalGroupDevices, "Devices", "Access to the organization's devices (configuration items) and which of them the user sees."},
	{PortalGroupDeviceDetails, "Additional device details", "Extra read-only fields shown on the devices the user may see: domain and SSL certificate tracking, and fields mapped from Datto BCDR, Datto Network Manager and Datto RMM. All off on a new level."},
	{PortalGroupTaskfire, "Taskfire set-up", "Managing the organization's own portal settings; Taskfire levels only."},
	{PortalGroupQuotes, "Quotes", "Quotes in the portal."},
}

// PortalGroups lists the portal permission groups in editor order.
func PortalGroups() []PortalGroupInfo { return slices.Clone(portalGroups) }

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
	// DeviceField, for the additional device details, is the
	// ConfigurationItems field the setting shows in the portal.
	DeviceField string
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

// deviceDetail is one additional read-only device field a portal level may
// show: its attribute name, what the portal calls it, and the
// ConfigurationItems field it comes from.
type deviceDetail struct {
	name, label, field string
}

// Device detail sources, for descriptions.
const (
	detailSourceDomainSSL = "Domain and SSL certificate tracking"
	detailSourceBCDR      = "Datto BCDR"
	detailSourceNetwork   = "Datto Network Manager"
	detailSourceRMM       = "Datto RMM"
)

var deviceDetails = []struct {
	source string
	fields []deviceDetail
}{
	{detailSourceDomainSSL, []deviceDetail{
		{"domain", "Domain", "domain"},
		{"domain_expiration", "Domain Expiration Date", "domainExpirationDateTime"},
		{"domain_last_updated", "Domain Last Updated", "domainLastUpdatedDateTime"},
		{"domain_registrar", "Domain Registrar", "domainRegistrarID"},
		{"domain_registration", "Domain Registration Date", "domainRegistrationDateTime"},
		{"ssl_common_name", "SSL Common Name", "sslCommonName"},
		{"ssl_issued_by", "SSL Issued By", "sslIssuedBy"},
		{"ssl_location", "SSL Location", "sslLocation"},
		{"ssl_organization", "SSL Organization", "sslOrganization"},
		{"ssl_organization_unit", "SSL Organization Unit", "sslOrganizationUnit"},
		{"ssl_serial_number", "SSL Serial Number", "sslSerialNumber"},
		{"ssl_signature_algorithm", "SSL Signature Algorithm", "sslSignatureAlgorithm"},
		{"ssl_source", "SSL Source", "sslSource"},
		{"ssl_valid_from", "SSL Valid From", "sslValidFromDateTime"},
		{"ssl_valid_until", "SSL Valid Until", "sslValidUntilDateTime"},
	}},
	{detailSourceBCDR, []deviceDetail{
		{"bcdr_available_kilobytes", "Datto Available Kilobytes", "dattoAvailableKilobytes"},
		{"bcdr_memory_megabytes", "Datto Device Memory Megabytes", "dattoDeviceMemoryMegabytes"},
		{"bcdr_drive_errors", "Datto Drives Errors", "dattoDrivesErrors"},
		{"bcdr_hostname", "Datto Hostname", "dattoHostname"},
		{"bcdr_internal_ip", "Datto Internal IP", "dattoInternalIP"},
		{"bcdr_kernel_version", "Datto Kernel Version", "dattoKernelVersionID"},
		{"bcdr_last_check_in", "Datto Last Check-in", "dattoLastCheckInDateTime"},
		{"bcdr_nic_speed", "Datto NIC Speed (kbit/s)", "dattoNicSpeedKilobitsPerSecond"},
		{"bcdr_agents", "Datto Number of Agents", "dattoNumberOfAgents"},
		{"bcdr_drives", "Datto Number of Drives", "dattoNumberOfDrives"},
		{"bcdr_volumes", "Datto Number of Volumes", "dattoNumberOfVolumes"},
		{"bcdr_offsite_used_bytes", "Datto Offsite Used Bytes", "dattoOffsiteUsedBytes"},
		{"bcdr_os_version", "Datto OS Version", "dattoOSVersionID"},
		{"bcdr_percentage_used", "Datto Percentage Used", "dattoPercentageUsed"},
		{"bcdr_protected_kilobytes", "Datto Protected Kilobytes", "dattoProtectedKilobytes"},
		{"bcdr_remote_ip", "Datto Remote IP", "dattoRemoteIP"},
		{"bcdr_serial_number", "Datto Serial Number", "dattoSerialNumber"},
		{"bcdr_uptime", "Datto Uptime (seconds)", "dattoUptimeSeconds"},
		{"bcdr_used_kilobytes", "Datto Used Kilobytes", "dattoUsedKilobytes"},
		{"bcdr_zfs_version", "Datto ZFS Version", "dattoZfsVersionID"},
	}},
	{detailSourceNetwork, []deviceDetail{
		{"network_manager_device_id", "Datto Networking Device ID", "deviceNetworkingID"},
	}},
	{detailSourceRMM, []deviceDetail{
		{"rmm_antivirus_status", "RMM Antivirus Status", "rmmDeviceAuditAntivirusStatusID"},
		{"rmm_architecture", "RMM Architecture", "rmmDeviceAuditArchitectureID"},
		{"rmm_backup_status", "RMM Backup Status", "rmmDeviceAuditBackupStatusID"},
		{"rmm_description", "RMM Description", "rmmDeviceAuditDescription"},
		{"rmm_device_type", "RMM Device Type", "rmmDeviceAuditDeviceTypeID"},
		{"rmm_display_adaptor", "RMM Display Adaptor", "rmmDeviceAuditDisplayAdaptorID"},
		{"rmm_domain", "RMM Domain", "rmmDeviceAuditDomainID"},
		{"rmm_external_ip", "RMM External IP Address", "rmmDeviceAuditExternalIPAddress"},
		{"rmm_hostname", "RMM Hostname", "rmmDeviceAuditHostname"},
		{"rmm_ip_address", "RMM IP Address", "rmmDeviceAuditIPAddress"},
		{"rmm_last_user", "RMM Last User", "rmmDeviceAuditLastUser"},
		{"rmm_mac_address", "RMM MAC Address", "rmmDeviceAuditMacAddress"},
		{"rmm_manufacturer", "RMM Manufacturer", "rmmDeviceAuditManufacturerID"},
		{"rmm_memory", "RMM Memory (bytes)", "rmmDeviceAuditMemoryBytes"},
		{"rmm_missing_patches", "RMM Missing Patch Count", "rmmDeviceAuditMissingPatchCount"},
		{"rmm_mobile_operator", "RMM Mobile Network Operator", "rmmDeviceAuditMobileNetworkOperatorID"},
		{"rmm_mobile_number", "RMM Mobile Number", "rmmDeviceAuditMobileNumber"},
		{"rmm_model", "RMM Model", "rmmDeviceAuditModelID"},
		{"rmm_motherboard", "RMM Motherboard", "rmmDeviceAuditMotherboardID"},
		{"rmm_operating_system", "RMM Operating System", "rmmDeviceAuditOperatingSystem"},
		{"rmm_patch_status", "RMM Patch Status", "rmmDeviceAuditPatchStatusID"},
		{"rmm_processor", "RMM Processor", "rmmDeviceAuditProcessorID"},
		{"rmm_service_pack", "RMM Service Pack", "rmmDeviceAuditServicePackID"},
		{"rmm_snmp_contact", "RMM SNMP Contact", "rmmDeviceAuditSnmpContact"},
		{"rmm_snmp_location", "RMM SNMP Location", "rmmDeviceAuditSnmpLocation"},
		{"rmm_snmp_name", "RMM SNMP Name", "rmmDeviceAuditSnmpName"},
		{"rmm_software_status", "RMM Software Status", "rmmDeviceAuditSoftwareStatusID"},
		{"rmm_storage", "RMM Storage (bytes)", "rmmDeviceAuditStorageBytes"},
		{"rmm_open_alerts", "RMM Open Alert Count", "rmmOpenAlertCount"},
		{"rmm_device_uid", "RMM Device UID", "rmmDeviceUid"},
	}},
}

// deviceDetailFieldPrefix starts the level's API field of each additional
// device detail: "deviceDetail" + the ConfigurationItems field.
const deviceDetailFieldPrefix = "deviceDetail"

// PortalRule is one of the rules between portal permissions, as data.
type PortalRule struct {
	ID string
	// Family names the statement of the vendor's page the rule comes from;
	// rules generated for many permissions from one statement (every
	// project-data permission, every device detail) share it.
	Family string
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

// Portal rule families.
const (
	PortalRuleTaskfireNotAssignable = "taskfire-not-client-assignable"
	PortalRuleTaskfireNoSPPriority  = "taskfire-no-sp-priority"
	PortalRuleTaskfireSetupOnly     = "taskfire-setup-only-taskfire"
	PortalRuleNoDevicesSeesNone     = "no-devices-sees-none"
	PortalRuleNoProjectAccess       = "no-project-access"
	PortalRuleNoDevicesNoDetails    = "no-devices-no-details"
	PortalRulePriorityNeedsCreate   = "sp-priority-needs-create"
)

var portalRules = []PortalRule{
	{ID: PortalRuleTaskfireNotAssignable, Family: PortalRuleTaskfireNotAssignable, Key: PortalKeyAssignable, OnlyFor: PortalClientAccess,
		Summary: "Taskfire levels cannot be assigned by client users."},
	{ID: PortalRuleTaskfireNoSPPriority, Family: PortalRuleTaskfireNoSPPriority, Key: PortalKeySetSPPriority, OnlyFor: PortalClientAccess,
		Summary: "Taskfire users never set the service provider's priority; they set a Taskfire priority."},
	{ID: PortalRuleTaskfireSetupOnly, Family: PortalRuleTaskfireSetupOnly, Key: PortalKeyTaskfireSetup, OnlyFor: PortalTaskfire,
		Summary: "Taskfire Setup exists only on Taskfire levels."},
	{ID: PortalRuleNoDevicesSeesNone, Family: PortalRuleNoDevicesSeesNone, Key: PortalKeyDeviceScope, WhenKey: PortalKeyDeviceAccess, WhenValue: portalDeviceAccessNone, Forced: portalDeviceScopeNone,
		Summary: "A level that cannot add, edit or view devices sees no devices."},
	{ID: PortalRulePriorityNeedsCreate, Family: PortalRulePriorityNeedsCreate, Key: PortalKeySetSPPriority, WhenKey: PortalKeyCreateTickets, WhenValue: No,
		Summary: "Setting the service provider's priority happens while creating a ticket, so it does nothing for users who cannot create tickets."},
}

func init() {
	for _, name := range []string{"view_project_schedule", "email_project_team", "view_add_project_notes", "view_project_attachments", "view_project_calendar", "view_add_project_issues", "view_project_charges", "view_estimated_hours"} {
		portalRules = append(portalRules, PortalRule{
			ID: "no-projects-" + strings.ReplaceAll(name, "_", "-"), Family: PortalRuleNoProjectAccess, Key: Key(portalKeyPrefix + name),
			WhenKey: PortalKeyProjectAccess, WhenValue: portalProjectAccessNone,
			Summary: "Project data permissions have no effect while Project Security Access is None (the Projects menu is hidden).",
		})
	}
	for _, src := range deviceDetails {
		for _, d := range src.fields {
			portalRules = append(portalRules, PortalRule{
				ID: "no-devices-" + strings.ReplaceAll(d.name, "_", "-"), Family: PortalRuleNoDevicesNoDetails, Key: Key(portalKeyPrefix + d.name),
				WhenKey: PortalKeyDeviceAccess, WhenValue: portalDeviceAccessNone,
				Summary: "Additional device details have no effect while the level cannot add, edit or view devices (devices are hidden).",
			})
		}
	}
}

// PortalRules lists the rules between portal permissions.
func PortalRules() []PortalRule { return slices.Clone(portalRules) }

// PortalLevelID identifies a Client Portal or Taskfire security level.
type PortalLevelID int64

// System portal levels, with the values Autotask's help pages give them
// (the securityLevel of ClientPortalUsers). Custom portal levels take any
// other ID.
const (
	PortalBasic                 PortalLevelID = 1
	PortalAdvanced              PortalLevelID = 2
	PortalManager               PortalLevelID = 3
	PortalTaskfireResource      PortalLevelID = 4
	PortalTaskfireAdministrator PortalLevelID = 5
)

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
	{PortalAdvanced, "Client Portal Advanced", PortalClientAccess, "Customer contacts who see everything of their organization, including invoices.",
		Settings{PortalKeyAssignable: Yes, PortalKeyCreateTickets: Yes, PortalKeySetSPPriority: Yes, PortalKeyTicketVisibility: All, PortalKeyProjectAccess: All,
			"portal.view_project_schedule": Yes, "portal.email_project_team": Yes, "portal.view_add_project_notes": Yes, "portal.view_project_attachments": Yes,
			"portal.view_project_calendar": Yes, "portal.view_add_project_issues": Yes, portalKeyViewProjectCharge: Yes, "portal.view_estimated_hours": Yes,
			PortalKeyFinancials: Yes, "portal.edit_own_profile": Yes, PortalKeyManageLogins: Yes, "portal.knowledge_base": Yes, "portal.documentation": Yes,
			PortalKeyDeviceAccess: PortalDevicesAddEdit, PortalKeyDeviceScope: portalDeviceScopeAll, PortalKeyQuotes: Yes},
		documentedPriorityQuotes},
	{PortalManager, "Client Portal Manager", PortalClientAccess, "Customer managers who follow all of their organization's tickets and the projects they take part in.",
		Settings{PortalKeyAssignable: Yes, PortalKeyCreateTickets: Yes, PortalKeySetSPPriority: Yes, PortalKeyTicketVisibility: All, PortalKeyProjectAccess: PortalProjectsTeamMember,
			"portal.view_project_schedule": Yes, "portal.email_project_team": Yes, "portal.view_add_project_notes": Yes, "portal.view_project_attachments": Yes,
			"portal.view_project_calendar": Yes, "portal.view_add_project_issues": Yes, "portal.view_estimated_hours": Yes,
			"portal.edit_own_profile": Yes, PortalKeyManageLogins: Yes, "portal.knowledge_base": Yes, "portal.documentation": Yes,
			PortalKeyDeviceAccess: PortalDevicesViewOnly, PortalKeyDeviceScope: PortalDeviceScopeCreatedLocation, PortalKeyQuotes: Yes},
		documentedPriorityQuotes},
	// Taskfire Resource: the vendor documents only that Taskfire system
	// levels show the service provider's priority, cannot set it, are never
	// assignable by client users and approve quotes. The rest is the
	// catalogue's conservative choice: what Client Portal Basic grants, for
	// a customer technician who works tickets in Taskfire.
	{PortalTaskfireResource, "Taskfire Resource", PortalTaskfire, "A customer's technician who works tickets in the organization's Taskfire help desk.",
		Settings{PortalKeyCreateTickets: Yes, PortalKeyViewSPPriority: Yes, "portal.edit_own_profile": Yes, "portal.knowledge_base": Yes, PortalKeyQuotes: Yes},
		[]Key{PortalKeyAssignable, PortalKeyViewSPPriority, PortalKeySetSPPriority, PortalKeyQuotes}},
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
	add := func(s portalSpec, field, deviceField string) {
		base := buildPermission(permSpec{module: "portal", name: s.name, label: s.label, desc: s.desc, kind: s.kind, choices: s.choices, defaults: deflt(s.custom)})
		p := &PortalPermission{Permission: *base, Group: s.group, CustomDefault: s.custom, DeviceField: deviceField}
		p.Field = field
		if _, dup := portalByKey[p.Key]; dup {
			panic("catalog: duplicate portal permission " + string(p.Key))
		}
		portalByKey[p.Key] = &portalEntry{PortalPermission: p, order: 10000 + len(portalPermissions)}
		portalPermissions = append(portalPermissions, p)
	}
	for _, s := range portalSpecs {
		add(s, fieldName(s.name), "")
		if s.name == "device_scope" { // the details follow the device settings, as in the editor
			for _, src := range deviceDetails {
				for _, d := range src.fields {
					desc := fmt.Sprintf("Show the %s field `%s` (read-only) on the devices the user sees.", src.source, d.field)
					add(portalSpec{PortalGroupDeviceDetails, d.name, d.label, desc, KindBool, nil, No},
						deviceDetailFieldPrefix+strings.ToUpper(d.field[:1])+d.field[1:], d.field)
				}
			}
		}
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

// PortalLevels lists the system portal levels in ID order.
func PortalLevels() []*PortalLevel { return slices.Clone(portalLevels) }

// IsSystemPortalLevelID reports whether id belongs to a system portal
// level.
func IsSystemPortalLevelID(id int64) bool {
	_, ok := portalLevelByID[PortalLevelID(id)]
	return ok
}

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
