package autotask

import (
	"context"
	"strconv"
)

// Pointer helpers for building partial (PATCH) objects.

// Ptr returns a pointer to v.
func Ptr[V any](v V) *V { return &v }

// String returns a pointer to s.
func String(s string) *string { return &s }

// Bool returns a pointer to b.
func Bool(b bool) *bool { return &b }

// Int returns a pointer to n.
func Int(n int) *int { return &n }

// Int64 returns a pointer to n.
func Int64(n int64) *int64 { return &n }

// UserDefinedField is one entry of an entity's userDefinedFields.
type UserDefinedField struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Resource is an Autotask resource (user). The API can query, get and
// update resources; it cannot create or delete them. UserType is the
// resource's security level (the level's ID, read-only through the API) and
// LicenseType follows it (catalog License.ID; API users have the API User
// license). ResourceType is "Employee" or "Contractor".
type Resource struct {
	ID            int64              `json:"id,omitempty"`
	FirstName     *string            `json:"firstName,omitempty"`
	LastName      *string            `json:"lastName,omitempty"`
	MiddleName    *string            `json:"middleName,omitempty"`
	Initials      *string            `json:"initials,omitempty"`
	Title         *string            `json:"title,omitempty"`
	Email         *string            `json:"email,omitempty"`
	EmailTypeCode *string            `json:"emailTypeCode,omitempty"`
	OfficePhone   *string            `json:"officePhone,omitempty"`
	MobilePhone   *string            `json:"mobilePhone,omitempty"`
	UserName      *string            `json:"userName,omitempty"`
	IsActive      *bool              `json:"isActive,omitempty"`
	LicenseType   *int               `json:"licenseType,omitempty"`
	UserType      *int64             `json:"userType,omitempty"`
	ResourceType  *string            `json:"resourceType,omitempty"`
	PayrollType   *int               `json:"payrollType,omitempty"`
	LocationID    *int64             `json:"locationID,omitempty"`
	HireDate      *string            `json:"hireDate,omitempty"`
	UDFs          []UserDefinedField `json:"userDefinedFields,omitempty"`
}

// Resource types (the resourceType picklist).
const (
	ResourceTypeEmployee   = "Employee"
	ResourceTypeContractor = "Contractor"
)

// Company is an Autotask company (organization).
type Company struct {
	ID              int64              `json:"id,omitempty"`
	CompanyName     *string            `json:"companyName,omitempty"`
	CompanyType     *int               `json:"companyType,omitempty"`
	IsActive        *bool              `json:"isActive,omitempty"`
	Phone           *string            `json:"phone,omitempty"`
	WebAddress      *string            `json:"webAddress,omitempty"`
	City            *string            `json:"city,omitempty"`
	OwnerResourceID *int64             `json:"ownerResourceID,omitempty"`
	UDFs            []UserDefinedField `json:"userDefinedFields,omitempty"`

	// IsTaskFireActive says whether the company's contacts may hold
	// Taskfire portal levels.
	IsTaskFireActive *bool `json:"isTaskFireActive,omitempty"`
}

// Contact is a person at a company. Unlike Companies and Resources, its
// IsActive is an integer: 1 active, 0 inactive. Contacts are created,
// changed and deleted under their company (CompanyContacts).
type Contact struct {
	ID           int64              `json:"id,omitempty"`
	CompanyID    *int64             `json:"companyID,omitempty"`
	FirstName    *string            `json:"firstName,omitempty"`
	LastName     *string            `json:"lastName,omitempty"`
	EmailAddress *string            `json:"emailAddress,omitempty"`
	Phone        *string            `json:"phone,omitempty"`
	MobilePhone  *string            `json:"mobilePhone,omitempty"`
	Title        *string            `json:"title,omitempty"`
	IsActive     *int               `json:"isActive,omitempty"`
	UDFs         []UserDefinedField `json:"userDefinedFields,omitempty"`
}

// Active reports whether the contact is active (isActive 1).
func (c *Contact) Active() bool { return c.IsActive != nil && *c.IsActive == 1 }

// ContactActive is the isActive value of an active (true) or inactive
// contact.
func ContactActive(active bool) *int {
	if active {
		return Int(1)
	}
	return Int(0)
}

// ClientPortalUser is a contact's Client Portal / Taskfire login. Password
// is write-only: it is never returned and never logged.
type ClientPortalUser struct {
	ID                   int64   `json:"id,omitempty"`
	ContactID            *int64  `json:"contactID,omitempty"`
	UserName             *string `json:"userName,omitempty"`
	Password             *string `json:"password,omitempty"`
	SecurityLevel        *int64  `json:"securityLevel,omitempty"`
	IsClientPortalActive *bool   `json:"isClientPortalActive,omitempty"`
	// DateFormat, TimeFormat and NumberFormat are picklist IDs (see
	// EntityFields).
	DateFormat   *int `json:"dateFormat,omitempty"`
	TimeFormat   *int `json:"timeFormat,omitempty"`
	NumberFormat *int `json:"numberFormat,omitempty"`
}

// UDFDefinition is a user-defined field definition.
type UDFDefinition struct {
	ID                      int64   `json:"id,omitempty"`
	CreateDate              *string `json:"createDate,omitempty"`
	SortOrder               *int    `json:"sortOrder,omitempty"`
	DefaultValue            *string `json:"defaultValue,omitempty"`
	Name                    *string `json:"name,omitempty"`
	Description             *string `json:"description,omitempty"`
	UDFType                 *int    `json:"udfType,omitempty"`
	DataType                *int    `json:"dataType,omitempty"`
	IsProtected             *bool   `json:"isProtected,omitempty"`
	IsEncrypted             *bool   `json:"isEncrypted,omitempty"`
	IsPrivate               *bool   `json:"isPrivate,omitempty"`
	IsVisibleToClientPortal *bool   `json:"isVisibleToClientPortal,omitempty"`
	IsRequired              *bool   `json:"isRequired,omitempty"`
	IsActive                *bool   `json:"isActive,omitempty"`
}

// UDFListItem is one item of a List user-defined field
// (UserDefinedFieldListItems): created and changed under the field
// (UDFListItemsOf), queried at the root, no delete; an item is retired with
// IsActive false.
type UDFListItem struct {
	ID              int64   `json:"id,omitempty"`
	UDFFieldID      *int64  `json:"udfFieldId,omitempty"`
	ValueForDisplay *string `json:"valueForDisplay,omitempty"`
	ValueForExport  *string `json:"valueForExport,omitempty"`
	IsActive        *bool   `json:"isActive,omitempty"`
}

// APIUser is an API-only resource (extension entity). Secret is write-only:
// accepted on create and update, never returned, never logged.
//
// The API tracking identifier (IntegrationCode, read-only) follows from
// exactly one of IntegrationVendor (a vendor's identifier) and
// InternalIntegrationName (one generated for a custom internal
// integration); sending one clears the other.
type APIUser struct {
	ID                      int64   `json:"id,omitempty"`
	UserName                *string `json:"userName,omitempty"`
	FirstName               *string `json:"firstName,omitempty"`
	LastName                *string `json:"lastName,omitempty"`
	Email                   *string `json:"email,omitempty"`
	SecurityLevelID         *int64  `json:"securityLevelID,omitempty"`
	IntegrationVendor       *string `json:"integrationVendor,omitempty"`
	InternalIntegrationName *string `json:"internalIntegrationName,omitempty"`
	IntegrationCode         *string `json:"integrationCode,omitempty"`
	IsActive                *bool   `json:"isActive,omitempty"`
	Secret                  *string `json:"secret,omitempty"`
}

// ProtectedDataPermission holds a resource's four protected-data
// permissions (extension entity); its id is the resource id.
type ProtectedDataPermission struct {
	ID                     int64  `json:"id,omitempty"`
	ResourceID             *int64 `json:"resourceID,omitempty"`
	CanViewProtectedData   *bool  `json:"canViewProtectedData,omitempty"`
	CanEditProtectedData   *bool  `json:"canEditProtectedData,omitempty"`
	CanViewUnprotectedData *bool  `json:"canViewUnprotectedData,omitempty"`
	CanEditUnprotectedData *bool  `json:"canEditUnprotectedData,omitempty"`
}

// SecuritySettingsID is the id of the SecuritySettings singleton.
const SecuritySettingsID int64 = 1

// SecuritySettings is the site's login security policy (extension
// singleton with id 1). SecurityEventRecipients is a pointer so a PATCH can
// tell "leave alone" (nil) from "clear" (pointer to an empty slice).
type SecuritySettings struct {
	ID                      int64     `json:"id,omitempty"`
	SSORequired             *bool     `json:"ssoRequired,omitempty"`
	TwoFactorRequired       *bool     `json:"twoFactorRequired,omitempty"`
	StrongPasswordsRequired *bool     `json:"strongPasswordsRequired,omitempty"`
	PasswordMinimumLength   *int      `json:"passwordMinimumLength,omitempty"`
	PasswordRequireLower    *bool     `json:"passwordRequireLowercase,omitempty"`
	PasswordRequireUpper    *bool     `json:"passwordRequireUppercase,omitempty"`
	PasswordRequireDigit    *bool     `json:"passwordRequireDigit,omitempty"`
	PasswordRequireSymbol   *bool     `json:"passwordRequireSymbol,omitempty"`
	PasswordExpiryDays      *int      `json:"passwordExpiryDays,omitempty"`
	PasswordHistoryCount    *int      `json:"passwordHistoryCount,omitempty"`
	LockoutEnabled          *bool     `json:"lockoutEnabled,omitempty"`
	LockoutThreshold        *int      `json:"lockoutThreshold,omitempty"`
	LockoutReleaseMode      *int      `json:"lockoutReleaseMode,omitempty"`
	LockoutDurationMinutes  *int      `json:"lockoutDurationMinutes,omitempty"`
	SecurityEventRecipients *[]string `json:"securityEventRecipients,omitempty"`
}

// Entity names.
const (
	EntityResources                  = "Resources"
	EntityCompanies                  = "Companies"
	EntityContacts                   = "Contacts"
	EntityClientPortalUsers          = "ClientPortalUsers"
	EntityUDFDefinitions             = "UserDefinedFieldDefinitions"
	EntityUDFListItems               = "UserDefinedFieldListItems"
	EntitySecurityLevels             = "SecurityLevels"
	EntityAPIUsers                   = "ApiUsers"
	EntityClientPortalSecurityLevels = "ClientPortalSecurityLevels"
	EntityProtectedDataPermissions   = "ProtectedDataPermissions"
	EntitySecuritySettings           = "SecuritySettings"
)

// Resources is the Resources service (query, get, update).
func (c *Client) Resources() *Service[Resource] {
	return newService[Resource](c, EntityResources, nil, nil)
}

// Companies is the Companies service.
func (c *Client) Companies() *Service[Company] {
	return newService[Company](c, EntityCompanies, nil, nil)
}

// Contacts is the Contacts service for queries and gets; writes go through
// CompanyContacts (the root answers them with 405).
func (c *Client) Contacts() *Service[Contact] {
	return newService[Contact](c, EntityContacts, nil, nil)
}

// CompanyContacts is the Contacts service under one company
// (/Companies/{id}/Contacts) for gets, creates, updates and deletes;
// queries use /Contacts.
func (c *Client) CompanyContacts(companyID int64) *Service[Contact] {
	s := newService[Contact](c, EntityContacts, nil, nil)
	s.base = EntityCompanies + "/" + strconv.FormatInt(companyID, 10) + "/" + EntityContacts
	return s
}

// ClientPortalUsers is the ClientPortalUsers service (no delete; contactID
// is fixed after create: the server rejects a change).
func (c *Client) ClientPortalUsers() *Service[ClientPortalUser] {
	return newService[ClientPortalUser](c, EntityClientPortalUsers, nil, nil)
}

// UDFDefinitions is the UserDefinedFieldDefinitions service (no delete).
func (c *Client) UDFDefinitions() *Service[UDFDefinition] {
	return newService[UDFDefinition](c, EntityUDFDefinitions, nil, nil)
}

// UDFListItems is the UserDefinedFieldListItems service for queries and
// gets; writes go through UDFListItemsOf.
func (c *Client) UDFListItems() *Service[UDFListItem] {
	return newService[UDFListItem](c, EntityUDFListItems, nil, nil)
}

// UDFListItemsOf is the list-item service of one user-defined field
// (/UserDefinedFields/{id}/ListItems) for gets, creates and updates; there is
// no delete. udfFieldId is set from the path.
func (c *Client) UDFListItemsOf(udfID int64) *Service[UDFListItem] {
	s := newService[UDFListItem](c, EntityUDFListItems, nil, nil)
	s.base = "UserDefinedFields/" + strconv.FormatInt(udfID, 10) + "/ListItems"
	return s
}

// SecurityLevels is the SecurityLevels service (extension). The read-only
// isSystem and licenseType are never sent; copiedFromSecurityLevelID is
// fixed after create (the server rejects a change).
func (c *Client) SecurityLevels() *Service[SecurityLevel] {
	readOnly := []string{"isSystem", "licenseType"}
	return newService[SecurityLevel](c, EntitySecurityLevels, readOnly, readOnly)
}

// APIUsers is the ApiUsers service (extension). The read-only
// integrationCode is never sent; there is no delete (deactivate instead).
func (c *Client) APIUsers() *Service[APIUser] {
	readOnly := []string{"integrationCode"}
	return newService[APIUser](c, EntityAPIUsers, readOnly, readOnly)
}

// ClientPortalSecurityLevels is the ClientPortalSecurityLevels service
// (extension). The read-only isSystem is never sent; type is fixed after
// create (the server rejects a change).
func (c *Client) ClientPortalSecurityLevels() *Service[ClientPortalSecurityLevel] {
	readOnly := []string{"isSystem"}
	return newService[ClientPortalSecurityLevel](c, EntityClientPortalSecurityLevels, readOnly, readOnly)
}

// ProtectedDataPermissions is the ProtectedDataPermissions service
// (extension).
func (c *Client) ProtectedDataPermissions() *Service[ProtectedDataPermission] {
	return newService[ProtectedDataPermission](c, EntityProtectedDataPermissions, nil, nil)
}

// SecuritySettings is the SecuritySettings service (extension singleton;
// use SecuritySettingsID).
func (c *Client) SecuritySettings() *Service[SecuritySettings] {
	return newService[SecuritySettings](c, EntitySecuritySettings, nil, nil)
}

// GetSecuritySettings reads the SecuritySettings singleton.
func (c *Client) GetSecuritySettings(ctx context.Context) (*SecuritySettings, error) {
	return c.SecuritySettings().Get(ctx, SecuritySettingsID)
}
