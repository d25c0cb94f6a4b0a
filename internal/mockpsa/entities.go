package mockpsa

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// fieldKind is the JSON shape of a field's value.
type fieldKind int

const (
	kindInt      fieldKind = iota + 1 // JSON integer (int64 in the store)
	kindBool                          // JSON boolean
	kindString                        // JSON string
	kindStrings                       // JSON array of strings
	kindUDF                           // userDefinedFields: [{"name":…,"value":…}]
	kindDateTime                      // JSON string, an ISO 8601 time (dataType "datetime")
	kindDecimal                       // JSON number (float64 in the store; dataType "decimal")
)

// pick is one picklist value. value is what the field holds, as
// picklistValues spells it: the decimal integer of an integer field
// ("7"), the text of a string field ("Employee").
type pick struct {
	value string
	label string
	def   bool
	// sort is the sortOrder; 0 means the position in the list, from 1.
	sort int
	// custom marks a value the tenant defined (isSystem false).
	custom bool
	// inactive marks a value that can no longer be chosen.
	inactive bool
}

// ipick is a pick of an integer field.
func ipick(v int, label string, def bool) pick {
	return pick{value: strconv.Itoa(v), label: label, def: def}
}

// spick is a pick of a string field whose label is its value.
func spick(v string, def bool) pick { return pick{value: v, label: v, def: def} }

// field describes one field of an entity.
type field struct {
	name       string
	kind       fieldKind
	long       bool // an integer reported as dataType "long" (64-bit ids)
	readOnly   bool // never written through the API (silently ignored when sent)
	createOnly bool // written on create, fixed afterwards
	required   bool // must be present and non-null on create and after update
	writeOnly  bool // accepted, never returned, not queryable
	// adminSet marks a read-only field that an administrator sets in the
	// web UI: out-of-band writes may set it, the API may not.
	adminSet bool
	// notQueryable fields are returned but cannot be filtered on.
	notQueryable bool
	// uiDefault is what a create leaves in the field when it is not sent.
	uiDefault any
	picklist  []pick
	// tenantPicks renders the picklist from the tenant's data (the userType
	// picklist of Resources lists the tenant's security levels).
	tenantPicks func(d *tenantData) []pick
	ref         string // referenceEntityType
	maxLen      int
	// perm / portal link the field to the catalogue.
	perm   *catalog.Permission
	portal *catalog.PortalPermission
}

// picks returns the field's picklist for tenant data d.
func (f *field) picks(d *tenantData) []pick {
	if f.tenantPicks != nil {
		return f.tenantPicks(d)
	}
	return f.picklist
}

func (f *field) isPickList() bool { return f.tenantPicks != nil || len(f.picklist) > 0 }

// queryable reports whether a query may filter on or ask for the field.
func (f *field) queryable() bool { return !f.writeOnly && !f.notQueryable && f.kind != kindUDF }

// idSpacing says how far apart a table's IDs are: each new ID is the last
// one plus 1..spread, and one step in jumpEvery (on average) leaps about
// jump further, as a real database's IDs do when many tables share one
// sequence.
type idSpacing struct {
	spread, jumpEvery, jump int64
	// avoid rejects IDs the table never hands out (system level IDs).
	avoid func(int64) bool
}

// entity describes one REST entity.
type entity struct {
	name  string
	table string // storage table; entities sharing a table are told apart by scope
	// scope reports whether a stored record belongs to this entity (nil: all).
	scope     func(record) bool
	fields    []*field
	byLower   map[string]*field
	canCreate bool
	canUpdate bool
	canDelete bool
	canQuery  bool
	// parentWrites: creates, updates and deletes go through the parent
	// (/Companies/{id}/Contacts); at the entity's own root only query and
	// get are served.
	parentWrites bool
	// extension: an entity of the security-administration extension
	// (catalog.ExtensionEntities) rather than of Autotask's documented API.
	extension bool
	udfType   int // the UserDefinedFieldDefinitions.udfType of this entity; 0 = no UDFs
	firstID   int64
	spacing   idSpacing
	// hooks, all run under the server lock
	prepare      func(c *change) error
	beforeDelete func(c *change) error
	afterCreate  func(c *change)
	afterDelete  func(c *change)
	// assignID picks the id of a new record (nil: the table's next id).
	assignID func(c *change) (int64, error)
}

func (e *entity) field(name string) (*field, bool) {
	f, ok := e.byLower[strings.ToLower(name)]
	return f, ok
}

func (e *entity) inScope(r record) bool { return e.scope == nil || e.scope(r) }

func (e *entity) build() {
	e.byLower = make(map[string]*field, len(e.fields))
	for _, f := range e.fields {
		e.byLower[strings.ToLower(f.name)] = f
	}
	if e.table == "" {
		e.table = e.name
	}
	if e.firstID == 0 {
		e.firstID = 1
	}
	if e.spacing.spread == 0 {
		e.spacing.spread = 1
	}
}

// Picklist values used by more than one entity.
var (
	portalTypePick  = []pick{ipick(1, string(catalog.PortalClientAccess), true), ipick(2, string(catalog.PortalTaskfire), false)}
	companyTypePick = []pick{ipick(1, "Customer", true), ipick(2, "Lead", false), ipick(3, "Prospect", false), ipick(4, "Dead", false),
		ipick(6, "Cancellation", false), ipick(7, "Vendor", false), ipick(8, "Partner", false)}
	udfTypePick     = udfTypePicks()
	udfDataTypePick = udfDataTypePicks()
	lockoutPick     = lockoutReleasePicks()
	// The Resources picklists as a live database answers them.
	resourceTypePick = []pick{{value: resourceTypeContractor, label: resourceTypeContractor, sort: 1}, {value: resourceTypeEmployee, label: resourceTypeEmployee, sort: 2}}
	emailTypePick    = []pick{{value: "PRIMARY", label: "Primary e-mail address", sort: 10}, {value: "SECONDARY", label: "Secondary e-mail address", sort: 20},
		{value: "SMS", label: "SMS text messaging address", sort: 30}, {value: "PAGER", label: "Pager e-mail address", sort: 40}, {value: "MOBILE", label: "Mobile email service", sort: 50}}
	payrollTypePick     = []pick{ipick(1, "Salary", false), ipick(2, "Hourly", false), ipick(3, "Contractor", false), ipick(4, "Salary Non Exempt", false)}
	greetingPick        = []pick{ipick(1, "Mr.", false), ipick(2, "Mrs.", false), ipick(3, "Ms.", false)}
	genderPick          = []pick{{value: "F", label: "Female"}, {value: "M", label: "Male"}, {value: "N", label: "Non-binary"}, {value: "P", label: "Prefer not to say"}}
	resDateFormatPick   = []pick{spick("MM/dd/yyyy", true), spick("MM-dd-yyyy", false), spick("MM.dd.yyyy", false), spick("dd/MM/yyyy", false), spick("dd-MM-yyyy", false), spick("dd.MM.yyyy", false), spick("yyyy/MM/dd", false), spick("yyyy-MM-dd", false), spick("yyyy.MM.dd", false)}
	resTimeFormatPick   = []pick{spick("hh:mm tt", true), spick("h:mm tt", false), spick("HH:mm", false)}
	resNumberFormatPick = []pick{spick("X,XXX.XX", true), spick("X.XXX,XX", false)}
	travelPick          = []pick{spick("0%", false), spick("up to 25%", false), spick("up to 50%", false), spick("up to 75%", false), spick("up to 100%", false)}
	// A tenant's internal locations (the locationID picklist is the
	// database's own list).
	locationPick = []pick{{value: "29746576", label: "Head Office", def: true, custom: true}, {value: "29746577", label: "Remote Workers", custom: true}}
	// How the portal shows dates, times and numbers to a portal user.
	dateFormatPick   = []pick{ipick(1, "MM/dd/yyyy", true), ipick(2, "dd/MM/yyyy", false), ipick(3, "yyyy/MM/dd", false), ipick(4, "dd.MM.yyyy", false), ipick(5, "yyyy-MM-dd", false), ipick(6, "dd-MM-yyyy", false)}
	timeFormatPick   = []pick{ipick(1, "hh:mm a", true), ipick(2, "HH:mm", false)}
	numberFormatPick = []pick{ipick(1, "X,XXX.XX", true), ipick(2, "X.XXX,XX", false), ipick(3, "X XXX,XX", false), ipick(4, "X'XXX.XX", false)}
)

// Entity-level constants.
const (
	udfTypeCompany           = 1
	udfTypeContact           = 2
	udfTypeResource          = 3
	udfTypeConfigurationItem = 4

	resourceTypeEmployee   = "Employee"
	resourceTypeContractor = "Contractor"

	portalTypeClientAccess = 1
	portalTypeTaskfire     = 2

	securitySettingsID = 1
)

// bigSpacing is how the large tables of a real database hand out IDs
// (resources 29682001, 29682143, …, 31131385).
var bigSpacing = idSpacing{spread: 150, jumpEvery: 8, jump: 700000}

// levelPicks is the userType picklist of Resources: every security level of
// the tenant, system and custom, labelled with its name, isSystem as the
// level is, sorted by ID as a live database does.
func levelPicks(d *tenantData) []pick {
	var out []pick
	for _, r := range d.list(levelEntity()) {
		id := asInt(r["id"])
		out = append(out, pick{value: strconv.FormatInt(id, 10), label: levelName(r), sort: int(id),
			custom: !asBool(r["isSystem"]), inactive: !asBool(r["isActive"])})
	}
	return out
}

// udfTypePicks is the udfType picklist, from the catalogue.
func udfTypePicks() []pick {
	var out []pick
	for i, t := range catalog.UDFTypes() {
		out = append(out, ipick(t.ID, t.Label, i == 0))
	}
	return out
}

// udfDataTypePicks is the dataType picklist, from the catalogue.
func udfDataTypePicks() []pick {
	var out []pick
	for i, t := range catalog.UDFDataTypes() {
		out = append(out, ipick(t.ID, t.Label, i == 0))
	}
	return out
}

// lockoutReleasePicks is the lockoutReleaseMode picklist, from the catalogue.
func lockoutReleasePicks() []pick {
	var out []pick
	for _, r := range catalog.LockoutReleases() {
		out = append(out, ipick(r.ID, r.Label, r.Release == catalog.DefaultLockoutRelease))
	}
	return out
}

func licensePick() []pick {
	var out []pick
	for _, l := range catalog.Licenses() {
		out = append(out, ipick(l.ID, string(l.Type), false))
	}
	return out
}

func optionPick(p *catalog.Permission, def catalog.Value) []pick {
	out := make([]pick, 0, len(p.Options))
	for _, o := range p.Options {
		out = append(out, ipick(o.ID, string(o.Value), o.Value == def))
	}
	return out
}

// permField builds the API field of one catalogue permission.
func permField(p *catalog.Permission, def catalog.Value) *field {
	f := &field{name: p.Field, perm: p}
	switch p.Kind {
	case catalog.KindAccess, catalog.KindChoice:
		f.kind = kindInt
		f.picklist = optionPick(p, def)
	case catalog.KindBool:
		f.kind = kindBool
	case catalog.KindText:
		f.kind = kindString
		f.maxLen = 100
	}
	return f
}

// The entity names.
const (
	entSecurityLevels       = "SecurityLevels"
	entAPIUsers             = "ApiUsers"
	entResources            = "Resources"
	entCompanies            = "Companies"
	entContacts             = "Contacts"
	entClientPortalUsers    = "ClientPortalUsers"
	entUDFDefinitions       = "UserDefinedFieldDefinitions"
	entUDFListItems         = "UserDefinedFieldListItems"
	entPortalLevels         = "ClientPortalSecurityLevels"
	entProtectedData        = "ProtectedDataPermissions"
	entSecuritySettings     = "SecuritySettings"
	entThresholdInformation = "ThresholdInformation"
)

var (
	entities     = map[string]*entity{} // by lower-case name
	entityOrder  []*entity
	apiLicenseID int
)

func lookupEntity(name string) (*entity, bool) {
	e, ok := entities[strings.ToLower(name)]
	return e, ok
}

// tables lists the storage tables in a stable order.
func tables() []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range entityOrder {
		if !seen[e.table] {
			seen[e.table] = true
			out = append(out, e.table)
		}
	}
	sort.Strings(out)
	return out
}

func register(e *entity) {
	e.build()
	_, e.extension = catalog.ExtensionEntityByName(e.name)
	entities[strings.ToLower(e.name)] = e
	entityOrder = append(entityOrder, e)
}

// idField is every entity's id: a 64-bit integer, required and read-only.
func idField() *field {
	return &field{name: "id", kind: kindInt, long: true, readOnly: true, required: true}
}

// isAPIUser reports whether a stored resource is an API user: a resource
// on the API User license.
func isAPIUser(r record) bool { return asInt(r["licenseType"]) == int64(apiLicenseID) }

func init() {
	lic, ok := catalog.LicenseByType(catalog.LicenseAPIUser)
	if !ok {
		panic("mockpsa: catalogue has no API User license")
	}
	apiLicenseID = lic.ID

	// A security level's ID is the same number everywhere: here, in the
	// userType of Resources and in the UI. Custom levels take free IDs that
	// are not system IDs, below and above them as on a live database.
	levelFields := []*field{
		idField(),
		{name: "name", kind: kindString, required: true, maxLen: 100},
		{name: "description", kind: kindString, maxLen: 2000},
		{name: "isActive", kind: kindBool},
		{name: "isSystem", kind: kindBool, readOnly: true},
		{name: "copiedFromSecurityLevelID", kind: kindInt, required: true, createOnly: true, ref: entSecurityLevels},
		{name: "licenseType", kind: kindInt, readOnly: true, picklist: licensePick()},
	}
	for _, p := range catalog.Permissions() {
		levelFields = append(levelFields, permField(p, p.Floor))
	}
	register(&entity{name: entSecurityLevels, fields: levelFields, canCreate: true, canUpdate: true, canDelete: true, canQuery: true,
		firstID: 2, spacing: idSpacing{spread: 3, avoid: catalog.IsSystemLevelID},
		prepare: prepareSecurityLevel, beforeDelete: beforeDeleteSecurityLevel})

	// Resources as a live database describes them (entityInformation/fields):
	// the API may query, get and update them, never create or delete.
	// userType is the resource's security level and licenseType follows it.
	register(&entity{name: entResources, table: entResources, canUpdate: true, canQuery: true, udfType: udfTypeResource,
		firstID: 29682001, spacing: bigSpacing,
		fields: []*field{
			idField(),
			{name: "accountingReferenceID", kind: kindString, maxLen: 100},
			{name: "dateFormat", kind: kindString, maxLen: 20, readOnly: true, adminSet: true, picklist: resDateFormatPick, uiDefault: "MM/dd/yyyy"},
			{name: "defaultServiceDeskRoleID", kind: kindInt, long: true, notQueryable: true, ref: "Role"},
			{name: "email", kind: kindString, required: true, maxLen: 254},
			{name: "email2", kind: kindString, maxLen: 254},
			{name: "email3", kind: kindString, maxLen: 254},
			{name: "emailTypeCode", kind: kindString, required: true, maxLen: 20, picklist: emailTypePick, uiDefault: "PRIMARY"},
			{name: "emailTypeCode2", kind: kindString, maxLen: 20, picklist: emailTypePick},
			{name: "emailTypeCode3", kind: kindString, maxLen: 20, picklist: emailTypePick},
			{name: "firstName", kind: kindString, required: true, maxLen: 50},
			{name: "gender", kind: kindString, maxLen: 1, picklist: genderPick},
			{name: "greeting", kind: kindInt, picklist: greetingPick},
			{name: "hireDate", kind: kindDateTime, required: true, readOnly: true, adminSet: true, uiDefault: createdNow{}},
			{name: "homePhone", kind: kindString, maxLen: 25},
			{name: "initials", kind: kindString, maxLen: 32},
			{name: "internalCost", kind: kindDecimal, readOnly: true, adminSet: true},
			{name: "isActive", kind: kindBool, required: true, uiDefault: true},
			{name: "lastName", kind: kindString, required: true, maxLen: 50},
			{name: "licenseType", kind: kindInt, required: true, readOnly: true, picklist: licensePick()},
			{name: "locationID", kind: kindInt, required: true, readOnly: true, adminSet: true, picklist: locationPick, uiDefault: int64(29746576)},
			{name: "middleName", kind: kindString, maxLen: 50},
			{name: "mobilePhone", kind: kindString, maxLen: 25},
			{name: "numberFormat", kind: kindString, required: true, maxLen: 20, picklist: resNumberFormatPick, uiDefault: "X,XXX.XX"},
			{name: "officeExtension", kind: kindString, maxLen: 10},
			{name: "officePhone", kind: kindString, maxLen: 25},
			{name: "payrollIdentifier", kind: kindString, maxLen: 32},
			{name: "payrollType", kind: kindInt, required: true, picklist: payrollTypePick, uiDefault: int64(1)},
			{name: "resourceType", kind: kindString, required: true, maxLen: 15, picklist: resourceTypePick, uiDefault: resourceTypeEmployee},
			{name: "surveyResourceRating", kind: kindDecimal, readOnly: true},
			{name: "timeFormat", kind: kindString, maxLen: 20, readOnly: true, adminSet: true, picklist: resTimeFormatPick, uiDefault: "hh:mm tt"},
			{name: "title", kind: kindString, maxLen: 50},
			{name: "travelAvailabilityPct", kind: kindString, maxLen: 15, picklist: travelPick},
			{name: "userName", kind: kindString, required: true, maxLen: 32},
			{name: "userType", kind: kindInt, required: true, readOnly: true, adminSet: true, tenantPicks: levelPicks},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareResource, beforeDelete: beforeDeleteResource, afterCreate: afterCreateResource, afterDelete: afterDeleteResource})

	// API users are resources with the API User license (the same records
	// as in Resources); securityLevelID is their userType. They cannot be
	// deleted through the API, only deactivated.
	register(&entity{name: entAPIUsers, table: entResources, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 29682001, spacing: bigSpacing,
		scope: isAPIUser,
		fields: []*field{
			idField(),
			{name: "userName", kind: kindString, required: true, maxLen: 50},
			{name: "firstName", kind: kindString, required: true, maxLen: 50},
			{name: "lastName", kind: kindString, required: true, maxLen: 50},
			{name: "email", kind: kindString, maxLen: 254},
			{name: "securityLevelID", kind: kindInt, required: true, ref: entSecurityLevels},
			// The API tracking identifier: a vendor's (integrationVendor) or
			// one generated for a custom internal integration
			// (internalIntegrationName). integrationCode follows from them.
			{name: "integrationVendor", kind: kindString, maxLen: catalog.IntegrationNameMaxLen},
			{name: "internalIntegrationName", kind: kindString, maxLen: catalog.IntegrationNameMaxLen},
			{name: "integrationCode", kind: kindString, readOnly: true},
			{name: "isActive", kind: kindBool},
			{name: "secret", kind: kindString, writeOnly: true, maxLen: catalog.APISecretMaxLen},
		},
		prepare: prepareAPIUser, beforeDelete: beforeDeleteResource, afterCreate: afterCreateResource, afterDelete: afterDeleteResource})

	register(&entity{name: entCompanies, canCreate: true, canUpdate: true, canQuery: true, udfType: udfTypeCompany,
		firstID: 29683174, spacing: idSpacing{spread: 40},
		fields: []*field{
			idField(),
			{name: "companyName", kind: kindString, required: true, maxLen: 100},
			{name: "companyNumber", kind: kindString, maxLen: 50},
			{name: "companyType", kind: kindInt, picklist: companyTypePick},
			{name: "isActive", kind: kindBool},
			{name: "phone", kind: kindString, maxLen: 25},
			{name: "city", kind: kindString, maxLen: 30},
			{name: "webAddress", kind: kindString, maxLen: 255},
			{name: "ownerResourceID", kind: kindInt, ref: entResources},
			// isTaskFireActive says whether the company's contacts may hold
			// Taskfire portal levels.
			{name: "isTaskFireActive", kind: kindBool},
			{name: "createDate", kind: kindDateTime, readOnly: true},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareCompany})

	// Contacts: at the root only query and get; creates, updates and
	// deletes go through /Companies/{id}/Contacts. isActive is an integer.
	register(&entity{name: entContacts, canCreate: true, canUpdate: true, canDelete: true, canQuery: true, parentWrites: true, udfType: udfTypeContact,
		firstID: 30682001, spacing: bigSpacing,
		fields: []*field{
			idField(),
			{name: "companyID", kind: kindInt, required: true, createOnly: true, ref: entCompanies},
			{name: "firstName", kind: kindString, required: true, maxLen: 50},
			{name: "lastName", kind: kindString, required: true, maxLen: 50},
			{name: "middleInitial", kind: kindString, maxLen: 2},
			{name: "emailAddress", kind: kindString, maxLen: 254},
			{name: "phone", kind: kindString, maxLen: 25},
			{name: "mobilePhone", kind: kindString, maxLen: 25},
			{name: "title", kind: kindString, maxLen: 50},
			{name: "isActive", kind: kindInt, required: true, uiDefault: int64(1)},
			{name: "primaryContact", kind: kindBool},
			{name: "createDate", kind: kindDateTime, readOnly: true},
			{name: "lastActivityDate", kind: kindDateTime, readOnly: true},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareContact, beforeDelete: beforeDeleteContact})

	register(&entity{name: entClientPortalUsers, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 29684501, spacing: idSpacing{spread: 60},
		fields: []*field{
			idField(),
			{name: "contactID", kind: kindInt, required: true, createOnly: true, ref: entContacts},
			{name: "userName", kind: kindString, required: true, maxLen: 200},
			{name: "password", kind: kindString, writeOnly: true, maxLen: 50},
			{name: "securityLevel", kind: kindInt, required: true, ref: entPortalLevels},
			{name: "isClientPortalActive", kind: kindBool},
			{name: "dateFormat", kind: kindInt, picklist: dateFormatPick},
			{name: "timeFormat", kind: kindInt, picklist: timeFormatPick},
			{name: "numberFormat", kind: kindInt, picklist: numberFormatPick},
		},
		prepare: preparePortalUser})

	register(&entity{name: entUDFDefinitions, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 29682801, spacing: idSpacing{spread: 30},
		fields: []*field{
			idField(),
			{name: "name", kind: kindString, required: true, maxLen: catalog.UDFNameMaxLen},
			{name: "description", kind: kindString, maxLen: catalog.UDFDescriptionMaxLen},
			{name: "udfType", kind: kindInt, required: true, createOnly: true, picklist: udfTypePick},
			{name: "dataType", kind: kindInt, required: true, createOnly: true, picklist: udfDataTypePick},
			{name: "displayFormat", kind: kindInt},
			{name: "sortOrder", kind: kindInt},
			{name: "numberOfDecimalPlaces", kind: kindInt},
			{name: "defaultValue", kind: kindString, maxLen: 1024},
			{name: "mergeVariableName", kind: kindString, maxLen: 100},
			{name: "isProtected", kind: kindBool},
			{name: "isEncrypted", kind: kindBool, createOnly: true},
			{name: "isPrivate", kind: kindBool},
			{name: "isVisibleToClientPortal", kind: kindBool},
			{name: "isRequired", kind: kindBool},
			{name: "isActive", kind: kindBool},
			{name: "isFieldMapping", kind: kindBool, readOnly: true},
			{name: "crmToProjectUdfId", kind: kindInt, long: true, readOnly: true},
			{name: "createDate", kind: kindDateTime, readOnly: true},
		},
		prepare: prepareUDFDefinition})

	// List items are created and changed under
	// /UserDefinedFields/{udfId}/ListItems; the root serves query and get.
	// isActive, absent from the published description, is how the mock
	// retires an item (there is no delete).
	register(&entity{name: entUDFListItems, canCreate: true, canUpdate: true, canQuery: true, parentWrites: true,
		firstID: 29683501, spacing: idSpacing{spread: 30},
		fields: []*field{
			idField(),
			{name: "udfFieldId", kind: kindInt, long: true, required: true, createOnly: true, ref: entUDFDefinitions},
			{name: "valueForDisplay", kind: kindString, required: true, maxLen: catalog.UDFListValueMaxLen},
			{name: "valueForExport", kind: kindString, maxLen: catalog.UDFListValueMaxLen},
			{name: "isActive", kind: kindBool},
			{name: "createDate", kind: kindDateTime, readOnly: true},
		},
		prepare: prepareUDFListItem})

	portalFields := []*field{
		idField(),
		{name: "name", kind: kindString, required: true, maxLen: 100},
		{name: "description", kind: kindString, maxLen: 2000},
		{name: "type", kind: kindInt, required: true, createOnly: true, picklist: portalTypePick},
		{name: "isActive", kind: kindBool},
		{name: "isSystem", kind: kindBool, readOnly: true},
	}
	for _, p := range catalog.PortalPermissions() {
		f := permField(&p.Permission, p.CustomDefault)
		f.perm = nil
		f.portal = p
		portalFields = append(portalFields, f)
	}
	register(&entity{name: entPortalLevels, fields: portalFields, canCreate: true, canUpdate: true, canDelete: true, canQuery: true,
		firstID: 6, spacing: idSpacing{spread: 4, avoid: catalog.IsSystemPortalLevelID},
		prepare: preparePortalLevel, beforeDelete: beforeDeletePortalLevel})

	register(&entity{name: entProtectedData, canCreate: true, canUpdate: true, canQuery: true,
		fields: []*field{
			idField(),
			{name: "resourceID", kind: kindInt, long: true, required: true, createOnly: true, ref: entResources},
			{name: "canViewProtectedData", kind: kindBool},
			{name: "canEditProtectedData", kind: kindBool},
			{name: "canViewUnprotectedData", kind: kindBool},
			{name: "canEditUnprotectedData", kind: kindBool},
		},
		prepare:  prepareProtectedData,
		assignID: func(c *change) (int64, error) { return asInt(c.obj["resourceID"]), nil }})

	register(&entity{name: entSecuritySettings, canUpdate: true, canQuery: true,
		fields: append([]*field{
			idField(),
			{name: "ssoRequired", kind: kindBool},
			{name: "twoFactorRequired", kind: kindBool},
			{name: "strongPasswordsRequired", kind: kindBool},
			{name: "passwordMinimumLength", kind: kindInt},
			{name: "passwordExpiryDays", kind: kindInt},
			{name: "passwordHistoryCount", kind: kindInt},
			{name: "lockoutEnabled", kind: kindBool},
			{name: "lockoutThreshold", kind: kindInt, required: true},
			{name: "lockoutReleaseMode", kind: kindInt, picklist: lockoutPick},
			{name: "lockoutDurationMinutes", kind: kindInt},
			{name: "securityEventRecipients", kind: kindStrings},
		}, characterClassFields()...),
		prepare:  prepareSecuritySettings,
		assignID: func(*change) (int64, error) { return securitySettingsID, nil }})
}

// characterClassFields are the SecuritySettings booleans that require one
// character class each in passwords.
func characterClassFields() []*field {
	var out []*field
	for _, c := range catalog.CharacterClasses() {
		out = append(out, &field{name: c.Field, kind: kindBool})
	}
	return out
}

// allowedPicks renders a picklist for an error message: "1 (All), 2 (Mine)".
func allowedPicks(ps []pick) string {
	parts := make([]string, 0, len(ps))
	for _, p := range ps {
		if p.inactive {
			continue
		}
		if p.label == p.value {
			parts = append(parts, p.value)
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", p.value, p.label))
	}
	return strings.Join(parts, ", ")
}

// defaultPick is the stored form of the picklist's default value for a
// field of kind k.
func defaultPick(ps []pick, k fieldKind) any {
	v := ps[0].value
	for _, p := range ps {
		if p.def {
			v = p.value
			break
		}
	}
	if k == kindInt {
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return v
}

// pickKey is a stored value as picklistValues spells it.
func pickKey(v any) string {
	switch t := v.(type) {
	case int64:
		return strconv.FormatInt(t, 10)
	case string:
		return t
	}
	return fmt.Sprint(v)
}

// inPicklist reports whether the stored value v is an active value of ps;
// string values match case-insensitively.
func inPicklist(ps []pick, v any) bool {
	k := pickKey(v)
	for _, p := range ps {
		if !p.inactive && (p.value == k || (isString(v) && strings.EqualFold(p.value, k))) {
			return true
		}
	}
	return false
}

// canonicalPick returns the picklist's own spelling of a string value.
func canonicalPick(ps []pick, v string) string {
	for _, p := range ps {
		if strings.EqualFold(p.value, v) {
			return p.value
		}
	}
	return v
}

func isString(v any) bool {
	_, ok := v.(string)
	return ok
}
