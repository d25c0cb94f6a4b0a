package mockpsa

import (
	"fmt"
	"sort"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// fieldKind is the JSON shape of a field's value.
type fieldKind int

const (
	kindInt     fieldKind = iota + 1 // JSON integer (int64 in the store)
	kindBool                         // JSON boolean
	kindString                       // JSON string
	kindStrings                      // JSON array of strings
	kindUDF                          // userDefinedFields: [{"name":…,"value":…}]
)

// pick is one picklist value of an integer field.
type pick struct {
	value int
	label string
	def   bool
}

// field describes one field of an entity.
type field struct {
	name       string
	kind       fieldKind
	readOnly   bool // never written through the API (silently ignored when sent)
	createOnly bool // written on create, fixed afterwards
	required   bool // must be present and non-null on create and after update
	writeOnly  bool // accepted, never returned, not queryable
	picklist   []pick
	ref        string // referenceEntityType
	maxLen     int
	// perm / portal link the field to the catalogue.
	perm   *catalog.Permission
	portal *catalog.PortalPermission
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
	// extension: an entity of the security-administration extension
	// (catalog.ExtensionEntities) rather than of Autotask's documented API.
	extension bool
	udfType   int // the UserDefinedFieldDefinitions.udfType of this entity; 0 = no UDFs
	firstID   int64
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
}

// Picklist values used by more than one entity.
var (
	portalTypePick   = []pick{{1, string(catalog.PortalClientAccess), true}, {2, string(catalog.PortalTaskfire), false}}
	companyTypePick  = []pick{{1, "Customer", true}, {2, "Lead", false}, {3, "Prospect", false}, {4, "Dead", false}, {6, "Cancellation", false}, {7, "Vendor", false}, {8, "Partner", false}}
	udfTypePick      = udfTypePicks()
	udfDataTypePick  = udfDataTypePicks()
	lockoutPick      = lockoutReleasePicks()
	userTypePick     = []pick{{1, "Standard", true}, {2, "API Only", false}}
	resourceTypePick = []pick{{1, "Employee", true}, {2, "Contractor", false}, {3, "API Integration", false}}
	// How the portal shows dates, times and numbers to a portal user.
	dateFormatPick   = []pick{{1, "MM/dd/yyyy", true}, {2, "dd/MM/yyyy", false}, {3, "yyyy/MM/dd", false}, {4, "dd.MM.yyyy", false}, {5, "yyyy-MM-dd", false}, {6, "dd-MM-yyyy", false}}
	timeFormatPick   = []pick{{1, "hh:mm a", true}, {2, "HH:mm", false}}
	numberFormatPick = []pick{{1, "X,XXX.XX", true}, {2, "X.XXX,XX", false}, {3, "X XXX,XX", false}, {4, "X'XXX.XX", false}}
)

// Entity-level constants.
const (
	udfTypeCompany           = 1
	udfTypeContact           = 2
	udfTypeResource          = 3
	udfTypeConfigurationItem = 4

	userTypeStandard = 1
	userTypeAPI      = 2

	resourceTypeEmployee   = 1
	resourceTypeContractor = 2
	resourceTypeAPI        = 3

	portalTypeClientAccess = 1
	portalTypeTaskfire     = 2

	firstCustomLevelID = 1000
	securitySettingsID = 1
)

// udfTypePicks is the udfType picklist, from the catalogue.
func udfTypePicks() []pick {
	var out []pick
	for i, t := range catalog.UDFTypes() {
		out = append(out, pick{value: t.ID, label: t.Label, def: i == 0})
	}
	return out
}

// udfDataTypePicks is the dataType picklist, from the catalogue.
func udfDataTypePicks() []pick {
	var out []pick
	for i, t := range catalog.UDFDataTypes() {
		out = append(out, pick{value: t.ID, label: t.Label, def: i == 0})
	}
	return out
}

// lockoutReleasePicks is the lockoutReleaseMode picklist, from the catalogue.
func lockoutReleasePicks() []pick {
	var out []pick
	for _, r := range catalog.LockoutReleases() {
		out = append(out, pick{value: r.ID, label: r.Label, def: r.Release == catalog.DefaultLockoutRelease})
	}
	return out
}

func licensePick() []pick {
	var out []pick
	for _, l := range catalog.Licenses() {
		out = append(out, pick{value: l.ID, label: string(l.Type)})
	}
	return out
}

func optionPick(p *catalog.Permission, def catalog.Value) []pick {
	out := make([]pick, 0, len(p.Options))
	for _, o := range p.Options {
		out = append(out, pick{value: o.ID, label: string(o.Value), def: o.Value == def})
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

func init() {
	lic, ok := catalog.LicenseByType(catalog.LicenseAPIUser)
	if !ok {
		panic("mockpsa: catalogue has no API User license")
	}
	apiLicenseID = lic.ID

	levelFields := []*field{
		{name: "id", kind: kindInt, readOnly: true},
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
		firstID: firstCustomLevelID, prepare: prepareSecurityLevel, beforeDelete: beforeDeleteSecurityLevel})

	register(&entity{name: entResources, table: entResources, canUpdate: true, canQuery: true, udfType: udfTypeResource,
		firstID: 29682001,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "firstName", kind: kindString, required: true, maxLen: 50},
			{name: "lastName", kind: kindString, required: true, maxLen: 50},
			{name: "email", kind: kindString, maxLen: 254},
			{name: "userName", kind: kindString, required: true, createOnly: true, maxLen: 50},
			{name: "isActive", kind: kindBool},
			{name: "licenseType", kind: kindInt, readOnly: true, picklist: licensePick()},
			{name: "userType", kind: kindInt, readOnly: true, picklist: userTypePick},
			{name: "resourceType", kind: kindInt, createOnly: true, picklist: resourceTypePick},
			{name: "securityLevelID", kind: kindInt, required: true, ref: entSecurityLevels},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareResource, beforeDelete: beforeDeleteResource, afterCreate: afterCreateResource, afterDelete: afterDeleteResource})

	// API users are resources: they cannot be deleted through the API, only
	// deactivated.
	register(&entity{name: entAPIUsers, table: entResources, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 29682001,
		scope:   func(r record) bool { return asInt(r["userType"]) == userTypeAPI },
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
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
		firstID: 174,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "companyName", kind: kindString, required: true, maxLen: 100},
			{name: "companyType", kind: kindInt, picklist: companyTypePick},
			{name: "isActive", kind: kindBool},
			{name: "phone", kind: kindString, maxLen: 25},
			{name: "city", kind: kindString, maxLen: 30},
			{name: "webAddress", kind: kindString, maxLen: 255},
			{name: "ownerResourceID", kind: kindInt, ref: entResources},
			{name: "isTaskfireEnabled", kind: kindBool},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareCompany})

	register(&entity{name: entContacts, canCreate: true, canUpdate: true, canDelete: true, canQuery: true, udfType: udfTypeContact,
		firstID: 30682001,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "companyID", kind: kindInt, required: true, createOnly: true, ref: entCompanies},
			{name: "firstName", kind: kindString, required: true, maxLen: 50},
			{name: "lastName", kind: kindString, required: true, maxLen: 50},
			{name: "emailAddress", kind: kindString, maxLen: 254},
			{name: "title", kind: kindString, maxLen: 50},
			{name: "isActive", kind: kindBool},
			{name: "userDefinedFields", kind: kindUDF},
		},
		prepare: prepareContact, beforeDelete: beforeDeleteContact})

	register(&entity{name: entClientPortalUsers, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 501,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
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
		firstID: 29682801,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "name", kind: kindString, required: true, maxLen: catalog.UDFNameMaxLen},
			{name: "description", kind: kindString, maxLen: catalog.UDFDescriptionMaxLen},
			{name: "udfType", kind: kindInt, required: true, createOnly: true, picklist: udfTypePick},
			{name: "dataType", kind: kindInt, required: true, createOnly: true, picklist: udfDataTypePick},
			{name: "isProtected", kind: kindBool},
			{name: "isEncrypted", kind: kindBool, createOnly: true},
			{name: "isPrivate", kind: kindBool},
			{name: "isVisibleToClientPortal", kind: kindBool},
			{name: "isRequired", kind: kindBool},
			{name: "isActive", kind: kindBool},
		},
		prepare: prepareUDFDefinition})

	register(&entity{name: entUDFListItems, canCreate: true, canUpdate: true, canQuery: true,
		firstID: 29683501,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "udfFieldID", kind: kindInt, required: true, createOnly: true, ref: entUDFDefinitions},
			{name: "valueForDisplay", kind: kindString, required: true, maxLen: catalog.UDFListValueMaxLen},
			{name: "valueForExport", kind: kindString, maxLen: catalog.UDFListValueMaxLen},
			{name: "isActive", kind: kindBool},
		},
		prepare: prepareUDFListItem})

	portalFields := []*field{
		{name: "id", kind: kindInt, readOnly: true},
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
		firstID: firstCustomLevelID, prepare: preparePortalLevel, beforeDelete: beforeDeletePortalLevel})

	register(&entity{name: entProtectedData, canCreate: true, canUpdate: true, canQuery: true,
		fields: []*field{
			{name: "id", kind: kindInt, readOnly: true},
			{name: "resourceID", kind: kindInt, required: true, createOnly: true, ref: entResources},
			{name: "canViewProtectedData", kind: kindBool},
			{name: "canEditProtectedData", kind: kindBool},
			{name: "canViewUnprotectedData", kind: kindBool},
			{name: "canEditUnprotectedData", kind: kindBool},
		},
		prepare:  prepareProtectedData,
		assignID: func(c *change) (int64, error) { return asInt(c.obj["resourceID"]), nil }})

	register(&entity{name: entSecuritySettings, canUpdate: true, canQuery: true,
		fields: append([]*field{
			{name: "id", kind: kindInt, readOnly: true},
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
		parts = append(parts, fmt.Sprintf("%d (%s)", p.value, p.label))
	}
	return strings.Join(parts, ", ")
}

// defaultPick is the picklist's default value.
func defaultPick(ps []pick) int {
	for _, p := range ps {
		if p.def {
			return p.value
		}
	}
	return ps[0].value
}

func inPicklist(ps []pick, v int64) bool {
	for _, p := range ps {
		if int64(p.value) == v {
			return true
		}
	}
	return false
}
