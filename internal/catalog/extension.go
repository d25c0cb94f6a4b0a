package catalog

import (
	"slices"
	"strings"
)

// ExtensionEntity is a REST entity of the security-administration
// extension: security settings that Autotask itself manages only in its web
// UI, served with the same conventions as the documented entities. A PSA
// that does not run the extension answers HTTP 404 for these entities,
// while the documented ones (Resources, Companies, Contacts,
// ClientPortalUsers, UserDefinedFieldDefinitions) work as usual.
type ExtensionEntity struct {
	// Name is the entity's path segment ("SecurityLevels").
	Name string
	// Manages says in a few words what the entity holds, for error messages
	// and docs.
	Manages string
	// Visibility is the Admin permission without which an API user's reads
	// of the entity come back empty ("not visible"), as Autotask answers a
	// user whose level hides a module.
	Visibility Key
}

var extensionEntities = []ExtensionEntity{
	{"SecurityLevels", "security levels", KeyManageSecurityLevels},
	{"ApiUsers", "API users", KeyManageResources},
	{"ClientPortalSecurityLevels", "Client Portal and Taskfire security levels", KeyManageSecurityLevels},
	{"ProtectedDataPermissions", "protected-data permissions", KeyManageResources},
	{"SecuritySettings", "site security settings", KeyManageSystemSettings},
}

// ExtensionEntities lists the entities of the security-administration
// extension.
func ExtensionEntities() []ExtensionEntity { return slices.Clone(extensionEntities) }

// ExtensionEntityByName finds an extension entity by name, in any letter
// case; documented Autotask entities are not found.
func ExtensionEntityByName(name string) (ExtensionEntity, bool) {
	for _, e := range extensionEntities {
		if strings.EqualFold(e.Name, name) {
			return e, true
		}
	}
	return ExtensionEntity{}, false
}
