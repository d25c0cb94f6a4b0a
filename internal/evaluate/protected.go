package evaluate

import (
	"slices"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// checkGrantShape reports edit permissions without the matching view
// permission (AT150).
func (r *run) checkGrantShape() {
	for gi := range r.in.ProtectedData {
		g := &r.in.ProtectedData[gi]
		known := func(attrs ...string) bool { return allKnown(g.Unknown, attrs...) }
		who := quote(g.UserName)
		if g.UserName == "" {
			who = "resource " + formatID(g.ResourceID)
		}
		for _, c := range []struct {
			edit, view     bool
			editAt, viewAt string
			what           string
		}{
			{g.EditProtected, g.ViewProtected, AttrEditProtected, AttrViewProtected, "protected"},
			{g.EditUnprotected, g.ViewUnprotected, AttrEditUnprotected, AttrViewUnprotected, "unprotected"},
		} {
			if !known(c.editAt, c.viewAt) || !c.edit || c.view {
				continue
			}
			r.add(Finding{RuleID: RuleEditWithoutView, Address: g.Address, Path: at(g.PathPrefix, c.editAt),
				Summary: who + " would be allowed to edit " + c.what + " data without viewing it.",
				Detail:  c.editAt + " = true needs " + c.viewAt + " = true: a value that cannot be seen cannot be edited, and Autotask refuses the combination.",
				FixHCL:  renderHCL(hclAttr(c.viewAt, hclBool(true))),
				Fix:     "Or take the edit permission away: `" + c.editAt + " = false`."})
		}
	}
}

// checkUDFs runs the rules of user-defined field definitions (AT151-AT153).
func (r *run) checkUDFs() {
	for i := range r.in.UDFs {
		u := &r.in.UDFs[i]
		known := func(attrs ...string) bool { return allKnown(u.Unknown, attrs...) }
		name := quote(u.Name)
		typ, typOK := catalog.UDFTypeByName(u.Type)
		dt, dtOK := catalog.UDFDataTypeByName(u.DataType)

		if known(AttrProtected, AttrVisibleToPortal) && u.Protected && u.VisibleToPortal {
			r.add(Finding{RuleID: RuleProtectedFieldOnPortal, Address: u.Address, Path: at(u.PathPrefix, AttrVisibleToPortal),
				Summary: "Protected field " + name + " cannot be visible in the Client Portal.",
				Detail:  "Portal and Taskfire users never see protected fields, whatever their portal level; Autotask refuses a field that is both protected and shown to them.",
				FixHCL:  renderHCL(hclAttr(AttrVisibleToPortal, hclBool(false))),
				Fix:     "Or stop protecting the field: `" + AttrProtected + " = false`."})
		}
		if b := u.Before; b != nil {
			fixed := func(attr, label, was, now, keep string) {
				if !known(attr) || strings.EqualFold(was, now) || was == "" {
					return
				}
				r.add(Finding{RuleID: RuleUDFFixedAtCreate, Address: u.Address, Path: at(u.PathPrefix, attr),
					Summary: "The " + label + " of field " + name + " cannot change from " + quote(was) + " to " + quote(now) + ".",
					Detail: "Autotask fixes it when the field is created, and the field cannot be replaced either: definitions are never deleted, so the " +
						"old field would stay behind (inactive, with its name and every value stored in it) while a new one started empty.",
					FixHCL: renderHCL(hclAttr(attr, keep)),
					Fix:    "For a different kind of field, create a new field under another name and move the values over."})
			}
			fixed(AttrUDFType, "type", b.Type, u.Type, hclString(strings.ToLower(b.Type)))
			fixed(AttrDataType, "data type", b.DataType, u.DataType, hclString(strings.ToLower(b.DataType)))
			fixed(AttrEncrypted, "encryption", boolWord(b.Encrypted), boolWord(u.Encrypted), hclBool(b.Encrypted))
		}
		if typOK && known(AttrProtected, AttrUDFType) && u.Protected && !typ.Protectable {
			r.add(Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrProtected),
				Summary: capital(string(typ.Type)) + " field " + name + " cannot be protected.",
				Detail:  "Autotask protects organization and device fields only; access to them is then granted per resource.",
				FixHCL:  renderHCL(hclAttr(AttrProtected, hclBool(false)))})
		}
		if known(AttrEncrypted, AttrProtected) && u.Encrypted && !u.Protected {
			f := Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrEncrypted),
				Summary: "Encrypted field " + name + " must be protected.",
				Detail:  "Autotask encrypts protected fields only.",
				FixHCL:  renderHCL(hclAttr(AttrProtected, hclBool(true))),
				Fix:     "Or stop encrypting it: `" + AttrEncrypted + " = false`."}
			if typOK && !typ.Protectable {
				f.FixHCL, f.Fix = renderHCL(hclAttr(AttrEncrypted, hclBool(false))), ""
			}
			r.add(f)
		}
		if dtOK && known(AttrEncrypted, AttrDataType) && u.Encrypted && !dt.Encryptable {
			r.add(Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrEncrypted),
				Summary: capital(string(dt.Type)) + " field " + name + " cannot be encrypted.",
				Detail:  "Only text fields can hold encrypted values.",
				FixHCL:  renderHCL(hclAttr(AttrEncrypted, hclBool(false))),
				Fix:     "Or, for a new field, `" + AttrDataType + " = " + hclString(string(catalog.UDFText)) + "`."})
		}
		if !dtOK || !known(AttrPicklistValues, AttrDataType) {
			continue
		}
		if !dt.HasPicklist && len(u.PicklistValues) > 0 {
			r.add(Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrPicklistValues),
				Summary: capital(string(dt.Type)) + " field " + name + " cannot have picklist values.",
				Detail:  "Only " + quote(string(catalog.UDFList)) + " fields offer a list of values to pick from.",
				FixHCL:  renderHCL(hclAttr(AttrPicklistValues, hclNull)),
				Fix:     "That is, leave " + AttrPicklistValues + " out; or, for a new field, `" + AttrDataType + " = " + hclString(string(catalog.UDFList)) + "`."})
		}
		seen := map[string]string{}
		for _, v := range u.PicklistValues {
			low := strings.ToLower(strings.TrimSpace(v))
			if strings.TrimSpace(v) == "" {
				r.add(Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrPicklistValues),
					Summary: "Field " + name + " has a blank picklist value.",
					Detail:  "Users could not tell a blank value from no value.",
					Fix:     "Remove the blank value from " + AttrPicklistValues + "."})
				continue
			}
			if first, dup := seen[low]; dup {
				r.add(Finding{RuleID: RuleUDFConstraint, Address: u.Address, Path: at(u.PathPrefix, AttrPicklistValues),
					Summary: "Field " + name + " lists the picklist value " + quote(v) + " twice (also as " + quote(first) + ").",
					Detail:  "Autotask compares picklist values without regard to letter case.",
					Fix:     "Keep one of them in " + AttrPicklistValues + "."})
				continue
			}
			seen[low] = v
		}
	}
}

// allKnown reports whether none of attrs is listed in unknown.
func allKnown(unknown []string, attrs ...string) bool {
	for _, a := range attrs {
		if slices.Contains(unknown, a) {
			return false
		}
	}
	return true
}

func boolWord(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// capital upper-cases the first letter.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
