package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// backing is what an object of the provider needs from an Autotask
// database. The labels are the README table's words.
type backing int

const (
	// offline objects read the catalogue only: no API call, no credentials.
	offline backing = iota
	// documented objects work with Autotask's documented REST API alone;
	// the security-administration extension, where served, adds to them.
	documented
	// extension objects read or write the extension's entities
	// (catalog.ExtensionEntities) and fail at plan on a PSA without it.
	extension
)

func (b backing) String() string {
	return [...]string{offline: "offline (catalogue only)", documented: "documented API", extension: "extension"}[b]
}

// objectSupport says how one object of the provider works on a real
// Autotask database: what it needs, what it uses, and what it lacks on a
// database without the extension. The README's table "On a real Autotask
// tenant today" is rendered from these rows (TestReadmeRealTenantTable),
// and every object the provider registers has exactly one
// (TestObjectSupportListsEveryObject).
type objectSupport struct {
	// object is "resource autotask_x", "data source autotask_x" or
	// "function x".
	object string
	needs  backing
	// uses names the entities it reads and writes (Markdown).
	uses string
	// without says what it lacks on a database without the extension;
	// empty when nothing (Markdown).
	without string
}

const (
	failsWithout        = "fails at plan, with an error naming every object that needs the extension"
	catalogueOnly       = "the built-in catalogue; no API call, no credentials"
	levelSupportUses    = "`Resources` (the `userType` picklist lists every level); `SecurityLevels` with the extension"
	levelSupportWithout = "a custom level has its ID, name and state; its permissions, license and base level are null " +
		"(a system level is complete, from the catalogue)"
	apiUserSupportUses    = "`Resources` on the API User license (`licenseType` 7), the level from `userType`; `ApiUsers` with the extension"
	apiUserSupportWithout = "`integration` and `tracking_identifier` are null"
)

// objectSupports lists every object of the provider. Add a row with each
// new object.
var objectSupports = []objectSupport{
	{"resource autotask_security_level", extension, "`SecurityLevels`", failsWithout},
	{"resource autotask_api_user", extension, "`ApiUsers` (the API users of `Resources`)", failsWithout},
	{"resource autotask_client_portal_security_level", extension, "`ClientPortalSecurityLevels`", failsWithout},
	{"resource autotask_client_portal_user", documented, "`ClientPortalUsers`, `Contacts`, `Companies`; `ClientPortalSecurityLevels` with the extension",
		"a custom portal level is checked by Autotask at apply, not at plan (a system one is checked from the catalogue)"},
	{"resource autotask_user_defined_field", documented, "`UserDefinedFieldDefinitions`, `UserDefinedFieldListItems`", ""},
	{"resource autotask_protected_data_access", extension, "`ProtectedDataPermissions`, `Resources`", failsWithout},
	{"resource autotask_security_settings", extension, "`SecuritySettings`", failsWithout},
	{"data source autotask_system_security_levels", offline, catalogueOnly, ""},
	{"data source autotask_integration_profile", offline, catalogueOnly, ""},
	{"data source autotask_security_level", documented, levelSupportUses, levelSupportWithout},
	{"data source autotask_security_levels", documented, levelSupportUses, levelSupportWithout + "; `license_type` keeps only system levels"},
	{"data source autotask_resource", documented, "`Resources` (the level's name from the `userType` picklist)", ""},
	{"data source autotask_contact", documented, "`Contacts`, `Companies`", ""},
	{"data source autotask_api_user", documented, apiUserSupportUses, apiUserSupportWithout},
	{"data source autotask_api_users", documented, apiUserSupportUses, apiUserSupportWithout + "; the `vendor` and `internal_name` filters fail"},
	{"data source autotask_client_portal_security_level", extension, "`ClientPortalSecurityLevels`", failsWithout},
	{"data source autotask_client_portal_security_levels", extension, "`ClientPortalSecurityLevels`", failsWithout},
	{"data source autotask_access_report", documented, "the catalogue (`system_levels` alone needs no credentials); `Resources`, `ClientPortalUsers`; " +
		"`SecurityLevels`, `ApiUsers`, `ProtectedDataPermissions`, `ClientPortalSecurityLevels` with the extension",
		"custom levels' cells are `" + evaluate.CellUnknown + "`; API users are judged on system levels only, against `api_user_profiles`; " +
			"no protected-data access; custom portal levels by ID"},
	{"function effective_permissions", offline, catalogueOnly, ""},
	{"function can_access", offline, catalogueOnly, ""},
	{"function profile_permissions", offline, catalogueOnly, ""},
}

// objectsNeeding lists the objects with the given backing; functions are
// named together as "the provider functions".
func objectsNeeding(keep func(backing) bool) []string {
	var out []string
	functions := false
	for _, o := range objectSupports {
		switch {
		case !keep(o.needs):
		case strings.HasPrefix(o.object, "function "):
			functions = true
		default:
			out = append(out, o.object)
		}
	}
	if functions {
		out = append(out, "the provider functions")
	}
	return out
}

// extensionObjects are the objects that fail on a PSA without the
// extension; extensionFreeObjects work against any Autotask database.
var (
	extensionObjects     = objectsNeeding(func(b backing) bool { return b == extension })
	extensionFreeObjects = objectsNeeding(func(b backing) bool { return b != extension })
)

// realTenantTable renders objectSupports as the README's Markdown table.
func realTenantTable() string {
	var b strings.Builder
	b.WriteString("| object | works with | uses | without the extension |\n|---|---|---|---|\n")
	for _, o := range objectSupports {
		kind, name, _ := strings.Cut(o.object, " autotask_")
		var ref string
		switch kind {
		case "resource":
			ref = "autotask_" + name
		case "data source":
			ref = "data.autotask_" + name
		default:
			ref = "provider::autotask::" + strings.TrimPrefix(o.object, "function ")
		}
		without := o.without
		if without == "" {
			without = "works the same"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", ref, o.needs, o.uses, without)
	}
	return b.String()
}

// inputNeedsExtension reports whether an evaluator input holds an object
// that lives in the extension's entities. The objects of documented
// entities (user-defined fields, portal users) are planned without the
// PSA view that a PSA without the extension cannot give.
func inputNeedsExtension(in evaluate.Input) bool {
	return len(in.Levels) > 0 || len(in.APIUsers) > 0 || len(in.PortalLevels) > 0 || len(in.ProtectedData) > 0 || in.Settings != nil
}

// reportNotServed turns an error saying the PSA does not serve an entity
// of the extension into one error for the whole plan: the first caller
// adds it, later callers add nothing. It reports whether err was such an
// error (the caller then stops handling it).
func (d *providerData) reportNotServed(err error, diags *diag.Diagnostics) bool {
	if !autotask.IsNotServed(err) {
		return false
	}
	d.existing.notServed.Do(func() {
		diags.AddError("This Autotask database does not serve the security-administration extension", notServedDetail(err))
	})
	return true
}

// notServedDetail says which entity answered 404, which objects need the
// extension and which do not.
func notServedDetail(err error) string {
	var ns *autotask.NotServedError
	entity := "an entity of the extension"
	if errors.As(err, &ns) {
		entity = ns.Entity
		if x, ok := catalog.ExtensionEntityByName(ns.Entity); ok {
			entity = fmt.Sprintf("%s (%s)", x.Name, x.Manages)
		}
	}
	var manages []string
	for _, x := range catalog.ExtensionEntities() {
		manages = append(manages, x.Manages)
	}
	return fmt.Sprintf("The PSA answered HTTP 404 for %s: it has no such endpoint. "+
		"Autotask manages %s only in its web UI; this provider reaches them through the security-administration extension, "+
		"which this database, or the server at base_url, does not serve.\n\n"+
		"These objects need the extension: %s.\nThese work without it: %s.\n\n"+
		"Check that base_url points at a PSA that serves the extension, or manage these settings in the Autotask web UI.",
		entity, joinAnd(manages), strings.Join(extensionObjects, ", "), strings.Join(extensionFreeObjects, ", "))
}

// accessErrorDetail explains the errors that say the provider cannot reach
// or see what it manages — extension not served, object hidden by the API
// user's level, integration code or user name unknown to Autotask — with
// the setting to fix. It never repeats a secret.
func (d *providerData) accessErrorDetail(err error) (string, bool) {
	var (
		nv     *autotask.NotVisibleError
		apiErr *autotask.APIError
	)
	switch {
	case autotask.IsNotServed(err):
		return notServedDetail(err), true
	case errors.As(err, &nv):
		perm := "the Admin permission for " + nv.Entity
		if x, ok := catalog.ExtensionEntityByName(nv.Entity); ok {
			if p, ok := catalog.PermissionByKey(x.Visibility); ok {
				perm = fmt.Sprintf("Admin › %s (admin.%s)", p.Label, x.Visibility.Name())
			}
		}
		return fmt.Sprintf("%s %d is not visible to API user %q: Autotask answered with an empty item, as it does when the user's "+
			"security level hides what is asked for. It is not taken for deleted and stays in Terraform's state. Give that user's "+
			"security level %s, or run Terraform as an API user whose level has it.", nv.Entity, nv.ID, d.username, perm), true
	case autotask.IsBadIntegrationCode(err):
		return fmt.Sprintf("Autotask does not accept the integration code given in `integration_code` (or %s): it is not the API "+
			"tracking identifier of an integration of this database. Copy the tracking identifier from the API user's settings in Autotask.",
			EnvIntegrationCode), true
	case errors.As(err, &apiErr) && apiErr.Status >= 500 && strings.Contains(strings.ToLower(apiErr.Path), "zoneinformation"):
		return fmt.Sprintf("Autotask knows no API user named %q: zone discovery found no database for it. Check `username` (or %s); "+
			"it is the API user's user name, an e-mail address.", d.username, EnvUsername), true
	}
	return "", false
}

// servesExtension tells whether the PSA serves the security-administration
// extension. The client decides it once per provider process — from the
// first answer of an extension entity, or from one probe of its entity
// information — and from then on never sends a request for an extension
// entity to a PSA that does not serve it. ok is false when it could not be
// told; diags then say why.
func (d *providerData) servesExtension(ctx context.Context, c *autotask.Client, diags *diag.Diagnostics) (served, ok bool) {
	served, err := c.ExtensionServed(ctx)
	if err != nil {
		diags.AddError("Could not tell whether the PSA serves the security-administration extension", d.apiErrorDetail(err))
		return false, false
	}
	return served, true
}

// extensionNotServed is the error of a PSA whose probe said that it does not
// serve the extension.
func extensionNotServed() error {
	probe := catalog.ExtensionEntities()[0].Name
	return &autotask.NotServedError{Entity: probe, Extension: true, Method: "GET", Path: probe + "/entityInformation"}
}
