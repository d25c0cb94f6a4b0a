package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Plan-time checks that the natural key of an object about to be created
// (or renamed) is free in the PSA. Without them Autotask refuses the
// duplicate only at apply, after other objects of the run were written;
// with them the plan names the existing object and gives the import block
// that adopts it. Each check is one query by natural key, made only for
// objects being created or renamed.

// canQueryAtPlan reports whether the provider has credentials to ask the
// PSA; without them these checks are skipped (the plan says so elsewhere).
func (d *providerData) canQueryAtPlan() bool {
	return d != nil && d.username != "" && d.secret != "" && d.integrationCode != ""
}

// importBlockFor is the import block that adopts the object with the given
// import ID into a resource of type resourceType.
func importBlockFor(resourceType, importID string) string {
	return fmt.Sprintf("import {\n  to = %s.<name>   # this resource's address (\"with ...\" above)\n  id = %q\n}", resourceType, importID)
}

// portalLevelReplacedKey is the private-state key under which the plan of
// an existing portal level records its ID. When a level is replaced (its
// type changes), Terraform plans the new level against a null prior state
// but hands it that private data, so the check does not mistake the level
// being replaced for a name taken by another.
const portalLevelReplacedKey = "replaced_portal_level_id"

// checkPortalLevelName reports a name another Client Portal security level
// already has. renaming is true when an existing level gets a new name;
// replaced is the ID of the level a replacement removes (0 if none).
func (d *providerData) checkPortalLevelName(ctx context.Context, name string, renaming bool, replaced int64, diags *diag.Diagnostics) {
	if !d.canQueryAtPlan() {
		return
	}
	c, cd := d.Client(ctx)
	if cd.HasError() {
		return
	}
	found, err := c.ClientPortalSecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("name", name)}})
	if err != nil {
		diags.AddWarning("Could not check the portal level name at plan time",
			fmt.Sprintf("Looking for a Client Portal security level named %q failed, so whether the name is free is left to the apply: %s", name, d.apiErrorDetail(err)))
		return
	}
	if len(found) == 0 || found[0].ID == replaced {
		return
	}
	l := found[0]
	at := path.Root("name")
	switch {
	case deref(l.IsSystem):
		diags.AddAttributeError(at, "Name of a system portal level",
			fmt.Sprintf("%q is the system Client Portal security level %d; portal level names are unique, system levels included. Choose another name.",
				deref(l.Name), l.ID))
	case renaming:
		diags.AddAttributeError(at, "Client Portal security level name taken",
			fmt.Sprintf("The Client Portal security level %q (ID %d) already has this name, and portal level names are unique (any letter case). Choose another name.",
				deref(l.Name), l.ID))
	default:
		diags.AddAttributeError(at, "Client Portal security level already exists",
			fmt.Sprintf("A Client Portal security level named %q already exists (ID %d) but is not in this Terraform state, so creating it would fail. "+
				"To manage the existing level, import it, for example with this block next to the resource:\n\n%s\n\nor choose another name.",
				deref(l.Name), l.ID, importBlockFor("autotask_client_portal_security_level", deref(l.Name))))
	}
}

// checkUDFName reports a field of the same type and name that exists
// already. For a new field, an inactive one (a destroyed field) is taken
// back by the apply when what Autotask fixes at creation matches; that is
// a warning, a mismatch an error. renaming is true when an existing field
// gets a new name; selfID is its ID.
func (d *providerData) checkUDFName(ctx context.Context, m *userDefinedFieldResourceModel, renaming bool, selfID int64, diags *diag.Diagnostics) {
	typ, ok := catalog.UDFTypeByName(m.UDFType.ValueString())
	if !ok || !d.canQueryAtPlan() {
		return
	}
	c, cd := d.Client(ctx)
	if cd.HasError() {
		return
	}
	name := m.Name.ValueString()
	found, err := c.UDFDefinitions().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{udfNaturalKey(name, typ.ID)}, UseGET: true})
	if err != nil {
		diags.AddWarning("Could not check the user-defined field name at plan time",
			fmt.Sprintf("Looking for a %s field named %q failed, so whether the name is free is left to the apply: %s", typ.Type, name, d.apiErrorDetail(err)))
		return
	}
	at := path.Root("name")
	for _, f := range found {
		if f.ID == selfID {
			continue
		}
		switch {
		case renaming:
			state := "active"
			if !deref(f.IsActive) {
				state = "inactive"
			}
			diags.AddAttributeError(at, "User-defined field name taken",
				fmt.Sprintf("The %s field %q (ID %d, %s) already has this name; names are unique among the fields of a type (any letter case), "+
					"inactive fields included. Choose another name.", typ.Type, deref(f.Name), f.ID, state))
		case deref(f.IsActive):
			diags.AddAttributeError(at, "User-defined field already exists", udfExistsDetail(typ.Type, &f))
		default:
			if problem := udfReuseProblem(&f, m); problem != "" {
				diags.AddAttributeError(at, "An inactive field of this name cannot be reused", problem)
				return
			}
			diags.AddAttributeWarning(at, "Apply takes back an inactive user-defined field",
				fmt.Sprintf("The %s field %q exists inactive (ID %d), most likely destroyed earlier: Autotask never deletes field definitions and keeps "+
					"the name taken. Apply reactivates that field and sets it as configured, keeping any values objects still hold in it, instead of "+
					"creating another.", typ.Type, deref(f.Name), f.ID))
		}
		return
	}
}

// udfExistsDetail explains that an active field holds the name, with the
// import block (by natural key) that adopts it.
func udfExistsDetail(typ catalog.UDFType, f *autotask.UDFDefinition) string {
	return fmt.Sprintf("The %s field %q already exists (ID %d) and is active, but is not in this Terraform state, so creating it would fail. "+
		"To manage the existing field, import it, for example with this block next to the resource:\n\n%s\n\nor choose another name.",
		typ, deref(f.Name), f.ID, importBlockFor("autotask_user_defined_field", string(typ)+"/"+deref(f.Name)))
}

// udfReuseProblem says why the inactive field old cannot become the field
// m describes ("" when it can): Autotask fixed its data type and
// encryption when it was created.
func udfReuseProblem(old *autotask.UDFDefinition, m *userDefinedFieldResourceModel) string {
	dt, _ := catalog.UDFDataTypeByName(m.DataType.ValueString())
	if deref(old.DataType) == dt.ID && deref(old.IsEncrypted) == m.Encrypted.ValueBool() {
		return ""
	}
	return fmt.Sprintf("The %s field %q exists inactive (ID %d) with data type %s and encryption %t. Autotask fixes both at creation and keeps the name "+
		"taken, so the configuration (data type %s, encryption %t) cannot be applied under this name. Use another name, or match the old field.",
		m.UDFType.ValueString(), deref(old.Name), old.ID, udfDataTypeName(deref(old.DataType)), deref(old.IsEncrypted),
		m.DataType.ValueString(), m.Encrypted.ValueBool())
}
