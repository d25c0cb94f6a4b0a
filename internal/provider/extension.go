package provider

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// extensionObjects lists the objects of this provider that read or write
// the security-administration extension's entities
// (catalog.ExtensionEntities), for the one error a PSA without it gets.
// Append a row with each new object that uses the extension; every object
// the provider registers is in this list or in extensionFreeObjects
// (TestExtensionObjectsListEveryObject).
var extensionObjects = []string{
	"resource autotask_security_level",
	"resource autotask_api_user",
	"resource autotask_client_portal_security_level",
	"resource autotask_protected_data_access",
	"resource autotask_security_settings",
	"data source autotask_security_level",
	"data source autotask_security_levels",
	"data source autotask_api_user",
	"data source autotask_api_users",
	"data source autotask_client_portal_security_level",
	"data source autotask_client_portal_security_levels",
	"data source autotask_access_report",
}

// extensionFreeObjects work against any Autotask database.
var extensionFreeObjects = []string{
	"resource autotask_user_defined_field",
	"resource autotask_client_portal_user (without the plan-time check of its portal level)",
	"data source autotask_system_security_levels",
	"data source autotask_integration_profile",
	"data source autotask_resource",
	"data source autotask_contact",
	"the provider functions",
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
	return fmt.Sprintf("The PSA answered HTTP 404 for %s and for its entity information: it has no such endpoint. "+
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
