package evaluate

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Rule describes one check: its stable ID, how it is reported unless the
// provider configuration says otherwise, what it means, and what it needs.
type Rule struct {
	ID string
	// Category is the family the ID belongs to ("Autotask constraint",
	// "Least privilege", "Risky grant", "Lock-out and policy").
	Category        string
	DefaultSeverity Severity
	// Summary is one line; Description explains why the rule exists; Fix is
	// the general remedy and FixHCL an example of it as the configuration
	// writes it, empty when no configuration change fixes the rule in
	// general (findings carry specific ones, see Finding).
	Summary     string
	Description string
	Fix         string
	FixHCL      string
	// Objects are the Terraform object types whose plans the rule checks
	// (ObjectSecurityLevel, ...): it can fire only where one of them is
	// planned.
	Objects []string
	// NeedsPSA says what the rule must know about the PSA as it stands
	// (Input.Remote or Input.Self); empty when the configuration alone
	// decides. Without that knowledge the rule cannot run, and a provider
	// should say so.
	NeedsPSA string
}

// ruleDef is how the rule texts are written below; the rest of a Rule
// comes from the tables of rule_scope.go.
type ruleDef struct {
	ID              string
	Category        string
	DefaultSeverity Severity
	Summary         string
	Description     string
	Fix             string
}

// Rule IDs.
const (
	RuleSystemLevelEdited      = "AT101"
	RuleBaseNotCopyable        = "AT103"
	RuleUnknownBase            = "AT104"
	RuleAPIUserLicense         = "AT105"
	RuleAPILicenseLevelLimit   = "AT106"
	RulePortalTaskfireAssign   = "AT107"
	RulePortalNoProjectAccess  = "AT108"
	RuleOutsideLicense         = "AT109"
	RuleInvalidValue           = "AT110"
	RuleUnknownLevelRef        = "AT111"
	RuleUnknownIntegration     = "AT112"
	RuleEditWithoutView        = "AT150"
	RuleProtectedFieldOnPortal = "AT151"
	RuleUDFFixedAtCreate       = "AT152"
	RuleUDFConstraint          = "AT153"
	RuleIntegrationMissing     = "AT201"
	RuleIntegrationExtra       = "AT202"
	RuleIntegrationFullAPIUser = "AT203"
	RuleIntegrationCosts       = "AT204"
	RuleIntegrationDuplicate   = "AT205"
	RuleIntegrationProtected   = "AT206"
	RuleIntegrationsShareUser  = "AT207"
	RuleCoManagedAdmin         = "AT301"
	RuleApprovePostOverride    = "AT302"
	RuleRemovableAssociation   = "AT303"
	RuleHiddenAdministrator    = "AT304"
	RulePortalFinancials       = "AT305"
	RulePortalManageLogins     = "AT306"
	RuleProtectedDataOverride  = "AT307"
	RuleSelfLosesAdmin         = "AT401"
	RuleSelfDeactivated        = "AT403"
	RuleSelfMoved              = "AT404"
	RuleNoStrongLogin          = "AT405"
	RuleNoNotificationRecips   = "AT406"
	RuleNoLockout              = "AT407"
	RuleAccessChange           = "AT501"
	RuleDeniedAccess           = "AT502"
	RuleSelfTrackingChanged    = "AT408"
	RuleSelfRenamed            = "AT409"
	RuleWeakPasswords          = "AT450"
)

// Rule categories.
const (
	CategoryConstraint     = "Autotask constraint"
	CategoryLeastPrivilege = "Least privilege"
	CategoryRisk           = "Risky grant"
	CategoryLockout        = "Lock-out and policy"
	CategoryReview         = "Access review"
)

func systemLevelList() string {
	return strings.Join(catalog.SystemLevelNames(), ", ")
}

var ruleDefs = []ruleDef{
	{RuleSystemLevelEdited, CategoryConstraint, SeverityError,
		"A system security level cannot be changed.",
		"Autotask ships its system levels read-only: the editor opens them for review but never saves a change, and only Dashboard User can be inactivated. A configuration that sets a permission of a system level to anything but its default, or inactivates one that cannot be inactivated, can never be applied.",
		"Create a custom level copied from the system level and change the copy; leave the system level as it is."},
	{RuleBaseNotCopyable, CategoryConstraint, SeverityError,
		"The chosen base level cannot be copied.",
		"Dashboard User (system) cannot be copied: it exists only to show shared dashboards in presentation mode.",
		"Copy another system level."},
	{RuleUnknownBase, CategoryConstraint, SeverityError,
		"A custom security level must be copied from a known system level.",
		"A custom level starts as a copy of a system level and inherits its defaults and its license. The base named here is missing or is not one of: " + systemLevelList() + ".",
		"Set copy_from to the name (or ID) of a system level."},
	{RuleAPIUserLicense, CategoryConstraint, SeverityError,
		"An API user must be assigned a level with the API User license.",
		"Only levels on the API User license can reach the Autotask API: the two API User system levels and their copies. An API user on any other level cannot authenticate.",
		"Assign a level copied from API User (system) Can't Read Costs, or from API User (system) if the integration needs cost data."},
	{RuleAPILicenseLevelLimit, CategoryConstraint, SeverityError,
		fmt.Sprintf("At most %d security levels may use the API User license.", catalog.MaxAPILicenseLevels),
		fmt.Sprintf("Autotask allows %d levels (system and custom together) on the API User license in one database. The count includes the two system API levels, the API-license levels that already exist in the PSA and the new ones this plan creates.", catalog.MaxAPILicenseLevels),
		"Reuse an existing API-license level or delete unused ones before creating more."},
	{RulePortalTaskfireAssign, CategoryConstraint, SeverityError,
		"A Taskfire portal level cannot be assignable by client users.",
		"Client users who manage portal logins may hand out Client Access levels marked as assignable, never Taskfire levels: Taskfire access is granted by the service provider alone, and Autotask clears the check box on every Taskfire level.",
		"Turn assignable_by_client_user off on Taskfire levels."},
	{RulePortalNoProjectAccess, CategoryConstraint, SeverityWarning,
		"A project-data portal permission has no effect without project access.",
		"With Project Security Access set to None the portal hides the Projects menu, so the schedule, team e-mail, notes, attachments, calendar, issues, charges and estimated-hours permissions do nothing. Granting them is harmless but misleads whoever reviews the level.",
		"Turn the project-data permissions off, or give the level project access (Team Member or All)."},
	{RuleOutsideLicense, CategoryConstraint, SeverityError,
		"A permission is granted in a module the level's license does not include.",
		"A level's license (inherited from its base system level) decides which modules it may grant anything in; settings in other modules must stay at their least-privileged value.",
		"Set the permission back to its least-privileged value, or copy a system level whose license includes the module."},
	{RuleInvalidValue, CategoryConstraint, SeverityError,
		"A value is not allowed.",
		"Every permission takes only the values the catalogue lists for it (in canonical spelling), and unknown permission names or malformed settings cannot be saved.",
		"Use one of the allowed values named in the finding."},
	{RuleUnknownLevelRef, CategoryConstraint, SeverityError,
		"An API user refers to a security level that does not exist.",
		"The level named by the API user is neither a system level, nor a level in this configuration, nor a level known to exist in the PSA.",
		"Refer to an existing security level."},
	{RuleUnknownIntegration, CategoryConstraint, SeverityError,
		"An API user names an unknown integration profile.",
		"Least-privilege checks need the integration's recipe; the name given matches no built-in profile.",
		"Use one of the built-in profile names, or leave integration unset."},
	{RuleEditWithoutView, CategoryConstraint, SeverityError,
		"A resource would be allowed to edit user-defined field data it cannot view.",
		"Each edit permission of protected-data access (protected and unprotected fields alike) needs the matching view permission: nobody can edit a value they cannot see, and Autotask refuses the combination.",
		"Grant the view permission too, or take the edit permission away."},
	{RuleProtectedFieldOnPortal, CategoryConstraint, SeverityError,
		"A protected user-defined field cannot be visible in the Client Portal.",
		"Client Portal and Taskfire users never have access to protected fields, so a field cannot be both protected and shown to them; Autotask refuses to save it.",
		"Hide the field from the Client Portal, or stop protecting it."},
	{RuleUDFFixedAtCreate, CategoryConstraint, SeverityError,
		"A setting that Autotask fixes when a user-defined field is created would change.",
		"Autotask fixes a field's type (organization, device, ...), data type and encryption when the field is created. A replacement is no way out: definitions cannot be deleted, so the old field would stay behind (inactive, with its name and every value stored in it) and the new one would start empty.",
		"Keep the setting; for a different kind of field, create a new field under another name and move the values over."},
	{RuleUDFConstraint, CategoryConstraint, SeverityError,
		"A user-defined field's settings contradict each other.",
		"Only organization and device fields can be protected; only protected text fields can be encrypted; only List fields have picklist values, each listed once.",
		"Change the setting named in the finding."},

	{RulePortalTaskfirePriority, CategoryConstraint, SeverityError,
		"A Taskfire portal level cannot set the service provider's priority on ticket creation.",
		"Taskfire users work their own help desk and choose a Taskfire priority; the service provider's priority is never theirs to set, and Autotask disables the option on Taskfire levels.",
		"Turn set_service_provider_priority (tickets) off on Taskfire levels."},
	{RulePortalTaskfireSetup, CategoryConstraint, SeverityError,
		"Taskfire set-up permissions exist only on Taskfire levels.",
		"The Taskfire set-up permissions let a customer's Taskfire administrator manage their own portal settings; Autotask offers them only when the level's type is Taskfire.",
		"Turn taskfire_setup off, or make the level a Taskfire level (`type = \"taskfire\"`)."},
	{RulePortalNoDevicesScope, CategoryConstraint, SeverityError,
		"A portal level without device access must see no devices.",
		"When a level can neither add, edit nor view devices, Autotask sets which devices its users see to None and keeps it there.",
		"Let the level see no devices (device_scope None), or give it device access (View or Add/Edit)."},
	{RulePortalDeviceDetails, CategoryConstraint, SeverityWarning,
		"An additional device detail has no effect without device access.",
		"Additional device details are extra read-only fields on the devices a portal user may see; a level that cannot view devices shows none of them.",
		"Turn the device details off, or give the level device access (View or Add/Edit)."},
	{RulePortalPriorityNoCreate, CategoryConstraint, SeverityWarning,
		"Setting the service provider's priority has no effect for users who cannot create tickets.",
		"The priority is chosen in the new-ticket form; without permission to create service requests the user never sees that form.",
		"Turn tickets.set_service_provider_priority off, or let the level create service requests."},
	{RulePortalUserTaskfire, CategoryConstraint, SeverityError,
		"A Taskfire level is given to a contact whose organization does not have Taskfire.",
		"Taskfire is enabled per organization by the service provider; Autotask refuses a Taskfire security level for a contact of an organization without it.",
		"Give the user a Client Access level, or enable Taskfire for the organization first."},
	{RulePortalUserInactiveLvl, CategoryConstraint, SeverityError,
		"A portal user is given an inactive portal level.",
		"Inactive portal levels stay on the users who already have them but cannot be assigned again.",
		"Activate the level, or give the user an active one."},

	{RuleIntegrationMissing, CategoryLeastPrivilege, SeverityError,
		"An integration's level lacks a permission the integration needs.",
		"The integration profile lists the least each permission must grant for the integration to work. A level that grants less makes some of the integration's calls fail.",
		"Raise the permission to the value the profile requires."},
	{RuleIntegrationExtra, CategoryLeastPrivilege, SeverityWarning,
		"An integration's level grants a permission the integration does not need.",
		"One API user and one tailored level per integration keep a leaked credential from reaching more than the integration itself uses. Each permission granted above both the profile's need and the least-privileged value widens that reach.",
		"Lower the permission to what the profile requires (or to its least-privileged value when the profile needs none of it)."},
	{RuleIntegrationFullAPIUser, CategoryLeastPrivilege, SeverityWarning,
		"An integration runs on the full API User (system) level.",
		"API User (system) grants every module, all data and internal costs. An integration should have its own custom copy trimmed to its profile.",
		"Create a custom level copied from API User (system) Can't Read Costs and trimmed to the profile, and assign it to the API user."},
	{RuleIntegrationCosts, CategoryLeastPrivilege, SeverityWarning,
		"An integration can read internal cost data it does not need.",
		"Internal costs (cost rates, product and expense costs, margins) are among the most sensitive data in the PSA. The API User Can't Read Costs system level exists so that integrations do not see them.",
		"Turn view_internal_costs (other) off, or base the level on API User (system) Can't Read Costs."},
	{RuleIntegrationDuplicate, CategoryLeastPrivilege, SeverityWarning,
		"Several API users serve the same integration.",
		"The vendor's advice is one API user per integration, so that each credential can be traced, rotated and revoked on its own. A second user for the same integration is usually a leftover credential.",
		"Keep one API user per integration and remove the others."},
	{RuleIntegrationProtected, CategoryLeastPrivilege, SeverityWarning,
		"An integration's API user has access to protected data.",
		"Protected user-defined fields hold the data an MSP chose to hide from most users; access to them is granted per resource and overrides security levels. Integration profiles do not need it.",
		"Remove the protected-data grant from the integration's API user."},
	{RuleIntegrationsShareUser, CategoryLeastPrivilege, SeverityWarning,
		"One API user serves several integrations.",
		"Every API user carries one tracking identifier, which attributes its calls to one integration. A user whose identifier names one integration while its level is sized for another's recipe, or the API user Terraform runs as also carrying an integration vendor's identifier or recipe, is shared: the integrations' calls are misattributed, each holds the other's rights, and neither credential can be rotated or revoked alone.",
		"Give every integration its own API user with its own tracking identifier and level."},

	{RuleCoManagedAdmin, CategoryRisk, SeverityWarning,
		"A copy of Co-managed Help Desk grants Admin permissions.",
		"Co-managed levels are for a customer's own IT staff. Autotask allows Admin permissions on copies of them but advises against it: they would let people outside the MSP administer the whole instance.",
		"Turn the Admin permissions off on co-managed levels."},
	{RuleApprovePostOverride, CategoryRisk, SeverityWarning,
		"Approve & Post overrides the level's restricted charge and expense access.",
		"Approve & Post takes precedence over the charge and expense View, Add, Edit and Delete settings: a level that sets those to None but grants Approve & Post can still change charges and expenses.",
		"Remove Approve & Post, or accept that charge and expense access is effectively granted."},
	{RuleRemovableAssociation, CategoryRisk, SeverityInfo,
		"Access rests on an association the user can remove (Mine).",
		"With Mine, a user sees only objects they are associated with (team member, department lead, account manager or opportunity owner, workgroup lead, account team, assigned resource). Users can often remove that association themselves and then lose access; access reviews should not count on it either way.",
		"Use All or None where access should not depend on associations."},
	{RuleHiddenAdministrator, CategoryRisk, SeverityWarning,
		"A level without the Administrator license can manage resources or security levels.",
		"Whoever can manage resources can move anyone, themselves included, to any security level, and whoever can manage security levels can grant any level anything. Such a level is an administrator in all but name, whatever its license.",
		"Grant these permissions only to administrator levels; if an integration requires them, keep its credentials as safe as an administrator's."},
	{RulePortalFinancials, CategoryRisk, SeverityWarning,
		"Client Portal users can see invoices and pay them.",
		"The financials permission opens invoices and financial reports in the portal, and a client who can see an invoice can also pay it from there.",
		"Grant it only to portal levels meant for the customer's billing contacts."},
	{RulePortalManageLogins, CategoryRisk, SeverityWarning,
		"Client Portal users can create and manage portal logins.",
		"Managing portal logins lets a customer contact add portal users, assign them any client-assignable level and reset their passwords.",
		"Grant it only to the customer's designated portal administrators."},
	{RuleProtectedDataOverride, CategoryRisk, SeverityInfo,
		"A resource is granted access to protected data.",
		"Protected-data permissions are set per resource and override every security level: the resource sees (or edits) protected user-defined fields whatever its level says.",
		"Keep protected-data grants to the people who need them and review them with the security levels."},

	{RuleSelfLosesAdmin, CategoryLockout, SeverityError,
		"The level Terraform's own API user is on would lose security administration.",
		"Terraform manages security through its own API user; that user's level needs Manage Resources and Manage Security Levels. A plan that removes either would leave Terraform unable to finish or undo its own changes.",
		"Keep admin.manage_resources and admin.manage_security_levels on that level, or move Terraform to another suitable level first."},
	{RuleSelfDeactivated, CategoryLockout, SeverityError,
		"Terraform's own API user, or its level, would be deactivated.",
		"An inactive API user cannot authenticate, so Terraform could not apply the rest of the plan nor any later one. Destroying an API user deactivates it (Autotask cannot delete resources).",
		"Keep Terraform's own API user and its level active."},
	{RuleSelfMoved, CategoryLockout, SeverityError,
		"Terraform's own API user would move to a level that cannot administer security.",
		"After the move Terraform would lack Manage Resources or Manage Security Levels (or its level would be gone or inactive), locking it out of security administration.",
		"Move Terraform's API user only to an active level that grants admin.manage_resources and admin.manage_security_levels."},
	{RuleNoStrongLogin, CategoryLockout, SeverityError,
		"Neither single sign-on nor two-factor authentication is required.",
		"Autotask requires every user to sign in with SSO or 2FA. Turning both off is not allowed and would weaken every account.",
		"Keep SSO or two-factor authentication required."},
	{RuleNoNotificationRecips, CategoryLockout, SeverityWarning,
		"No one is notified of security-related changes.",
		"Security event notification recipients hear about changes that affect what resources can see or do; with none, such changes go unnoticed.",
		"Add at least one security event notification recipient."},
	{RuleNoLockout, CategoryLockout, SeverityWarning,
		"Users are not locked out after failed logins.",
		"Locking a user out after a number of failed logins stops password guessing.",
		"Enable lock-out with a small positive threshold."},

	{RuleAccessChange, CategoryReview, SeverityWarning,
		"A change gives existing users more or less access.",
		"Changing a security level, a portal level, an API user's level or protected-data access changes what the people on it can do the moment it is applied. The finding names the users (read from the PSA once per plan) and each permission they gain or lose, so a reviewer of the plan sees the effect, not only the setting.",
		"Review the users and permissions listed; apply if intended."},
	{RuleDeniedAccess, CategoryReview, SeverityError,
		"A change grants a permission that deny_new_access forbids.",
		"The provider block's deny_new_access lists permissions that no plan may grant more of — a guardrail a reviewer can rely on, like a policy check in CI. Lowering or keeping them is always allowed.",
		"Keep the permission at its current value, or change deny_new_access deliberately in a reviewed change."},
	{RuleSelfTrackingChanged, CategoryLockout, SeverityError,
		"Terraform's own API user would get another API tracking identifier.",
		"The provider sends its API user's tracking identifier (integration_code) with every call. Moving that user to another integration vendor, or between a vendor and a custom internal integration, gives it another identifier, and the PSA refuses the old one from then on.",
		"Keep the integration of Terraform's own API user; to change it, do so in the Autotask UI and update integration_code at the same time."},
	{RuleSelfRenamed, CategoryLockout, SeverityError,
		"Terraform's own API user would be renamed.",
		"The provider signs in with its API user's user name (username); once the user is renamed the PSA refuses the old name, so Terraform could not finish the apply nor run again.",
		"Keep the user name of Terraform's own API user; to change it, do so in the Autotask UI and update username at the same time."},
	{RuleWeakPasswords, CategoryLockout, SeverityWarning,
		"Strong passwords are not required.",
		"Without the strong-password requirement Autotask accepts short passwords of any make-up, and the minimum length, character classes, expiry and history rules are not enforced.",
		"Require strong passwords."},
}

// rules are the rule catalogue: each definition with its scope.
var rules = func() []Rule {
	out := make([]Rule, len(ruleDefs))
	for i, d := range ruleDefs {
		out[i] = Rule{ID: d.ID, Category: d.Category, DefaultSeverity: d.DefaultSeverity,
			Summary: d.Summary, Description: d.Description, Fix: d.Fix, FixHCL: ruleFixHCL[d.ID],
			Objects: slices.Clone(ruleObjects[d.ID]), NeedsPSA: ruleNeedsPSA[d.ID]}
	}
	return out
}()

var ruleByID = func() map[string]*Rule {
	m := make(map[string]*Rule, len(rules))
	for i := range rules {
		m[rules[i].ID] = &rules[i]
	}
	return m
}()

// Rules returns the rule catalogue in ID order.
func Rules() []Rule {
	out := slices.Clone(rules)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// retiredRules are rule IDs that no longer exist, each with the reason.
// Destroy runs no rule (a plan-time rule never blocks a destroy), so the
// rules about destroying went: a configuration that still names one in
// rule_severity or acknowledge gets a warning, not an error.
var retiredRules = map[string]string{
	"AT102": "destroy runs no rule: destroying a system level only removes it from Terraform's state",
	"AT113": "destroy runs no rule: Autotask itself refuses to delete a security level that resources still use, and names them",
	"AT402": "destroy runs no rule: Autotask itself refuses to delete the level Terraform's own API user is on",
}

// RetiredRule reports whether id names a retired rule, and why it went.
func RetiredRule(id string) (string, bool) {
	why, ok := retiredRules[strings.ToUpper(strings.TrimSpace(id))]
	return why, ok
}

// RetiredRuleIDs lists the retired rule IDs in order.
func RetiredRuleIDs() []string {
	ids := make([]string, 0, len(retiredRules))
	for id := range retiredRules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// RuleByID finds a rule.
func RuleByID(id string) (Rule, bool) {
	r, ok := ruleByID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return Rule{}, false
	}
	return *r, true
}

// RulesMarkdown renders the rule catalogue as a GitHub-flavoured Markdown
// table (ID, category, default severity, the objects it runs on, summary,
// fix), for generated docs. When available names the object types a
// provider implements, the others are marked "(coming)". A rule's fix in
// HCL is linked to its section of RuleFixesMarkdown.
func RulesMarkdown(available ...string) string {
	var b strings.Builder
	b.WriteString("| Rule | Category | Default severity | Runs on | What it catches | Fix |\n|---|---|---|---|---|---|\n")
	for _, r := range Rules() {
		objects := make([]string, len(r.Objects))
		for i, o := range r.Objects {
			objects[i] = "`" + o + "`"
			if len(available) > 0 && !slices.Contains(available, o) {
				objects[i] += " (coming)"
			}
		}
		runsOn := strings.Join(objects, ", ")
		if r.NeedsPSA != "" {
			runsOn += " (needs the PSA)"
		}
		fix := r.Fix
		if r.FixHCL != "" {
			fix += " [In HCL](#" + strings.ToLower(r.ID) + ")."
		}
		for _, cell := range []string{r.ID, r.Category, r.DefaultSeverity.String(), runsOn, r.Summary + " " + r.Description, fix} {
			b.WriteString("| ")
			b.WriteString(escapeCell(cell))
			b.WriteString(" ")
		}
		b.WriteString("|\n")
	}
	return b.String()
}

// RuleFixesMarkdown renders, for generated docs, one section per rule with
// a fix in HCL: a heading with the rule ID (the anchor RulesMarkdown links
// to), the summary and general fix, and the example as a terraform code
// block.
func RuleFixesMarkdown() string {
	var b strings.Builder
	for _, r := range Rules() {
		if r.FixHCL == "" {
			continue
		}
		fmt.Fprintf(&b, "### %s\n\n%s %s\n\n```terraform\n%s\n```\n\n", r.ID, r.Summary, r.Fix, r.FixHCL)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
