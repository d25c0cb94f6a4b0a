package catalog

import (
	"slices"
	"strings"
)

// UDFType is the kind of object a user-defined field belongs to, as the
// provider names it.
type UDFType string

// The user-defined field types the provider manages.
const (
	UDFOrganization UDFType = "organization"
	UDFContact      UDFType = "contact"
	UDFResource     UDFType = "resource"
	UDFDevice       UDFType = "device"
)

// UDFTypeInfo describes one user-defined field type.
type UDFTypeInfo struct {
	Type UDFType
	// ID is the udfType picklist value of UserDefinedFieldDefinitions.
	ID int
	// Label is Autotask's name of the picklist value.
	Label string
	// Entity is the REST entity whose objects carry the fields (empty
	// when the provider does not read those objects).
	Entity string
	// Protectable says whether fields of this type can be protected.
	// Autotask offers protection for organization and device fields only;
	// access to them is then granted per resource (ProtectedDataPermissions).
	Protectable bool
}

var udfTypes = []UDFTypeInfo{
	{UDFOrganization, 1, "Company", "Companies", true},
	{UDFContact, 2, "Contact", "Contacts", false},
	{UDFResource, 3, "Resource", "Resources", false},
	{UDFDevice, 4, "Configuration Item", "ConfigurationItems", true},
}

// UDFTypes lists the types in picklist order.
func UDFTypes() []UDFTypeInfo { return slices.Clone(udfTypes) }

// UDFTypeByName finds a type by the provider's name or Autotask's label,
// any letter case ("device", "Configuration Item").
func UDFTypeByName(s string) (UDFTypeInfo, bool) {
	s = strings.TrimSpace(s)
	return find(udfTypes, func(t UDFTypeInfo) bool { return strings.EqualFold(string(t.Type), s) || strings.EqualFold(t.Label, s) })
}

// UDFTypeByID finds a type by its picklist value.
func UDFTypeByID(id int) (UDFTypeInfo, bool) {
	return find(udfTypes, func(t UDFTypeInfo) bool { return t.ID == id })
}

// UDFTypeNames lists the provider's names of the types.
func UDFTypeNames() []string {
	return mapSlice(udfTypes, func(t UDFTypeInfo) string { return string(t.Type) })
}

// UDFDataType is the kind of value a user-defined field holds.
type UDFDataType string

// The data types.
const (
	UDFText   UDFDataType = "text"
	UDFNumber UDFDataType = "number"
	UDFDate   UDFDataType = "date"
	UDFList   UDFDataType = "list"
)

// UDFDataTypeInfo describes one data type.
type UDFDataTypeInfo struct {
	Type UDFDataType
	// ID is the dataType picklist value of UserDefinedFieldDefinitions.
	ID    int
	Label string
	// HasPicklist says whether the field's values come from a list of
	// items (UserDefinedFieldListItems).
	HasPicklist bool
	// Encryptable says whether values can be stored encrypted.
	Encryptable bool
}

var udfDataTypes = []UDFDataTypeInfo{
	{UDFText, 1, "String", false, true},
	{UDFNumber, 2, "Number", false, false},
	{UDFDate, 3, "Date", false, false},
	{UDFList, 4, "List", true, false},
}

// UDFDataTypes lists the data types in picklist order.
func UDFDataTypes() []UDFDataTypeInfo { return slices.Clone(udfDataTypes) }

// UDFDataTypeByName finds a data type by the provider's name or Autotask's
// label, any letter case ("text", "String").
func UDFDataTypeByName(s string) (UDFDataTypeInfo, bool) {
	s = strings.TrimSpace(s)
	return find(udfDataTypes, func(t UDFDataTypeInfo) bool {
		return strings.EqualFold(string(t.Type), s) || strings.EqualFold(t.Label, s)
	})
}

// UDFDataTypeByID finds a data type by its picklist value.
func UDFDataTypeByID(id int) (UDFDataTypeInfo, bool) {
	return find(udfDataTypes, func(t UDFDataTypeInfo) bool { return t.ID == id })
}

// UDFDataTypeNames lists the provider's names of the data types.
func UDFDataTypeNames() []string {
	return mapSlice(udfDataTypes, func(t UDFDataTypeInfo) string { return string(t.Type) })
}

// find returns the first item that matches.
func find[T any](items []T, match func(T) bool) (T, bool) {
	for _, it := range items {
		if match(it) {
			return it, true
		}
	}
	var zero T
	return zero, false
}

func mapSlice[T, U any](items []T, f func(T) U) []U {
	out := make([]U, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return out
}

// Lengths of user-defined field definitions and their list items.
const (
	UDFNameMaxLen        = 45
	UDFDescriptionMaxLen = 128
	UDFListValueMaxLen   = 128
)
