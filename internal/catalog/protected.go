package catalog

// ProtectedAccess is one resource's access to the data of user-defined
// fields: protected fields (organization and device fields flagged
// protected) and all the others. It is granted per resource, beside the
// security level, and overrides what the level says about those fields.
type ProtectedAccess struct {
	ViewProtected   bool
	EditProtected   bool
	ViewUnprotected bool
	EditUnprotected bool
}

// Full reports whether all four are granted.
func (a ProtectedAccess) Full() bool {
	return a.ViewProtected && a.EditProtected && a.ViewUnprotected && a.EditUnprotected
}

// ProtectedAccessFields are the field names of the four permissions on the
// ProtectedDataPermissions extension entity, in the order of
// ProtectedAccess.
var ProtectedAccessFields = [4]string{"canViewProtectedData", "canEditProtectedData", "canViewUnprotectedData", "canEditUnprotectedData"}

// Values returns the four permissions in the order of ProtectedAccessFields.
func (a ProtectedAccess) Values() [4]bool {
	return [4]bool{a.ViewProtected, a.EditProtected, a.ViewUnprotected, a.EditUnprotected}
}

// ProtectedAccessFromValues is the inverse of Values.
func ProtectedAccessFromValues(v [4]bool) ProtectedAccess {
	return ProtectedAccess{ViewProtected: v[0], EditProtected: v[1], ViewUnprotected: v[2], EditUnprotected: v[3]}
}

// ProtectedAccessDefault is what a resource on a level of license lic holds
// until someone changes it: administrators and API users hold all four;
// everyone else sees and edits unprotected data only.
func ProtectedAccessDefault(lic LicenseType) ProtectedAccess {
	full := lic == LicenseAdministrator || lic == LicenseAPIUser
	return ProtectedAccess{ViewProtected: full, EditProtected: full, ViewUnprotected: true, EditUnprotected: true}
}
