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
	// the general remedy (findings carry a specific one).
	Summary     string
	Description string
	Fix         string
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
	RuleSystemLevelDeleted     = "AT102"
	RuleBaseNotCopyable        = "AT103"
	RuleUnknownBase            = "AT104"
	RuleAPIUserLicense         = "AT105"
	RuleAPILicenseLevelLimit   = "AT106"
	RulePortalConstraint       = "AT107"
	RulePortalNoEffect         = "AT108"
	RuleOutsideLicense         = "AT109"
	RuleInvalidValue           = "AT110"
	RuleUnknownLevelRef        = "AT111"
	RuleUnknownIntegration     = "AT112"
	RuleDeletedLevelInUse      = "AT113"
	RuleIntegrationMissing     = "AT201"
	RuleIntegrationExtra       = "AT202"
	RuleIntegrationFullAPIUser = "AT203"
	RuleIntegrationCosts       = "AT204"
	RuleIntegrationDuplicate   = "AT205"
	RuleIntegrationProtected   = "AT206"
	RuleCoManagedAdmin         = "AT301"
	RuleApprovePostOverride    = "AT302"
	RuleRemovableAssociation   = "AT303"
	RuleHiddenAdministrator    = "AT304"
	RulePortalFinancials       = "AT305"
	RulePortalManageLogins     = "AT306"
	RuleProtectedDataOverride  = "AT307"
	RuleSelfLosesAdmin         = "AT401"
	RuleSelfLevelDeleted       = "AT402"
	RuleSelfDeactivated        = "AT403"
	RuleSelfMoved              = "AT404"
	RuleNoStrongLogin          = "AT405"
	RuleNoNotificationRecips   = "AT406"
	RuleNoLockout              = "AT407"
)

// Rule categories.
const (
	CategoryConstraint     = "Autotask constraint"
	CategoryLeastPrivilege = "Least privilege"
	CategoryRisk           = "Risky grant"
	CategoryLockout        = "Lock-out and policy"
)

func systemLevelList() string {
	return strings.Join(catalog.SystemLevelNames(), ", ")
}

var ruleDefs = []ruleDef{
	{RuleSystemLevelEdited, CategoryConstraint, SeverityError,
		"A system security level cannot be changed.",
		"Autotask ships its system levels read-only: the editor opens them for review but never saves a change, and only Dashboard User can be inactivated. A configuration that sets a permission of a system level to anything but its default, or inactivates one that cannot be inactivated, can never be applied.",
		"Create a custom level with copy_from set to the system level and change the copy."},
	{RuleSystemLevelDeleted, CategoryConstraint, SeverityError,
		"A system security level cannot be deleted.",
		"System levels are permanent. Destroying one would fail in Autotask.",
		"Stop managing the system level (remove it from state) instead of destroying it."},
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
		"Assign a level copied from API User (system) Can't Read Costs (API-only), or from API User (system) (API-only) if the integration needs cost data."},
	{RuleAPILicenseLevelLimit, CategoryConstraint, SeverityError,
		fmt.Sprintf("At most %d security levels may use the API User license.", catalog.MaxAPILicenseLevels),
		fmt.Sprintf("Autotask allows %d levels (system and custom together) on the API User license in one database. The count includes the two system API levels, the API-license levels that already exist in the PSA and the new ones this plan creates.", catalog.MaxAPILicenseLevels),
		"Reuse an existing API-license level or delete unused ones before creating more."},
	{RulePortalConstraint, CategoryConstraint, SeverityError,
		"A Client Portal permission breaks a rule between portal permissions.",
		"Some portal permissions exist only on one level type (Client Access or Taskfire) and must stay off on the other, and some are forced by another permission (a level without device access sees no devices). Autotask enforces these in its editor.",
		"Set the permission to the value the rule requires."},
	{RulePortalNoEffect, CategoryConstraint, SeverityWarning,
		"A Client Portal permission has no effect.",
		"Some portal permissions do nothing while another one switches their area off (project data permissions while Project Security Access is None). Granting them is harmless but misleading to reviewers.",
		"Turn the permission off, or enable the area it belongs to."},
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
	{RuleDeletedLevelInUse, CategoryConstraint, SeverityError,
		"A security level is deleted while API users are still assigned to it.",
		"Autotask will not delete a security level that resources still use.",
		"Move the API users to another level first, or keep the level."},

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
		"Base the level on API User (system) Can't Read Costs, or set other.view_internal_costs to No."},
	{RuleIntegrationDuplicate, CategoryLeastPrivilege, SeverityWarning,
		"Several API users serve the same integration.",
		"The vendor's advice is one API user per integration, so that each credential can be traced, rotated and revoked on its own. A second user for the same integration is usually a leftover credential.",
		"Keep one API user per integration and remove the others."},
	{RuleIntegrationProtected, CategoryLeastPrivilege, SeverityWarning,
		"An integration's API user has access to protected data.",
		"Protected user-defined fields hold the data an MSP chose to hide from most users; access to them is granted per resource and overrides security levels. Integration profiles do not need it.",
		"Remove the protected-data grant from the integration's API user."},

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
	{RuleSelfLevelDeleted, CategoryLockout, SeverityError,
		"The level Terraform's own API user is on would be deleted.",
		"Deleting the level Terraform runs on would strand the provider's own credentials.",
		"Move Terraform's API user to another suitable level before deleting this one."},
	{RuleSelfDeactivated, CategoryLockout, SeverityError,
		"Terraform's own API user, or its level, would be deactivated or deleted.",
		"An inactive or deleted API user cannot authenticate, so Terraform could not apply the rest of the plan nor any later one.",
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
}

// rules are the rule catalogue: each definition with its scope.
var rules = func() []Rule {
	out := make([]Rule, len(ruleDefs))
	for i, d := range ruleDefs {
		out[i] = Rule{ID: d.ID, Category: d.Category, DefaultSeverity: d.DefaultSeverity,
			Summary: d.Summary, Description: d.Description, Fix: d.Fix,
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
// provider implements, the others are marked "(coming)".
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
		for _, cell := range []string{r.ID, r.Category, r.DefaultSeverity.String(), runsOn, r.Summary + " " + r.Description, r.Fix} {
			b.WriteString("| ")
			b.WriteString(escapeCell(cell))
			b.WriteString(" ")
		}
		b.WriteString("|\n")
	}
	return b.String()
}
