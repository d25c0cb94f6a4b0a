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

// ModuleProtectedData names the protected-data permissions when they are
// compared like level permissions (access reviews, deny_new_access).
const ModuleProtectedData Module = "protected_data"

// Keys of the four protected-data permissions, in the order of
// ProtectedAccessFields.
const (
	KeyViewProtected   Key = "protected_data.view_protected"
	KeyEditProtected   Key = "protected_data.edit_protected"
	KeyViewUnprotected Key = "protected_data.view_unprotected"
	KeyEditUnprotected Key = "protected_data.edit_unprotected"
)

var protectedPermissions = func() []*Permission {
	specs := []struct {
		key   Key
		label string
		desc  string
	}{
		{KeyViewProtected, "Protected data: View", "See the values of protected user-defined fields."},
		{KeyEditProtected, "Protected data: Edit", "Change the values of protected user-defined fields."},
		{KeyViewUnprotected, "Unprotected data: View", "See the values of the other user-defined fields."},
		{KeyEditUnprotected, "Unprotected data: Edit", "Change the values of the other user-defined fields."},
	}
	out := make([]*Permission, len(specs))
	for i, s := range specs {
		out[i] = buildPermission(permSpec{module: ModuleProtectedData, name: s.key.Name(), label: s.label, desc: s.desc, kind: KindBool, defaults: deflt(No)})
	}
	return out
}()

// ProtectedPermissionByKey finds one of the four protected-data permissions.
func ProtectedPermissionByKey(k Key) (*Permission, bool) {
	for _, p := range protectedPermissions {
		if p.Key == k {
			return p, true
		}
	}
	return nil, false
}

// Settings renders a as the four protected-data permissions.
func (a ProtectedAccess) Settings() Settings {
	v := a.Values()
	return Settings{KeyViewProtected: Bool(v[0]), KeyEditProtected: Bool(v[1]), KeyViewUnprotected: Bool(v[2]), KeyEditUnprotected: Bool(v[3])}
}
