package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// badConfig is one configuration that must fail, with the exact diagnostic
// it must produce. Rows for a new resource are added by appending to
// badConfigs; nothing else changes.
type badConfig struct {
	// name identifies the row; it also names the row's block (`%[1]s`
	// in hcl is replaced by a label derived from it).
	name string
	// phase is when the diagnostic appears: phaseValidate (schema
	// validators: terraform stops before planning), phasePlan (ModifyPlan
	// and the evaluator) or phaseConfigure (the provider block's values
	// checked when the provider is configured).
	phase badPhase
	// hcl is the configuration. The line of the attribute the diagnostic
	// must point at ends with « (removed before use); %[1]s is the block
	// label.
	hcl string
	// kind is "resource.autotask_security_level", "provider" or
	// "data.autotask_…": with the label it gives the address terraform
	// names.
	kind string
	// path is the attribute path the diagnostic is attached to. For a
	// top-level attribute terraform shows its line (marked «), which must
	// hold the attribute; for a path into an object, or an attribute the
	// configuration does not set, terraform can only show the block (mark
	// the block's first line) and the provider's detail must name the path.
	path string
	// summary and detail are the provider's own words (whitespace is
	// normalised before matching; never text terraform quotes from the
	// configuration).
	summary, detail string
	// secret, when set, must appear in none of the provider's words.
	secret string
}

type badPhase int

const (
	phaseValidate badPhase = iota
	phasePlan
	phaseConfigure
)

const providerSource = `provider["registry.terraform.io/hashicorp/autotask"]`

// useAlias makes a row's aliased provider part of the plan (terraform
// validates and configures only the providers something uses).
const useAlias = `
data "autotask_system_security_levels" "%[1]s" {
  provider = autotask.%[1]s
}`

// badConfigHeader pins the provider's source, so the test framework adds
// nothing above the rows and terraform's line numbers are the rows' own.
const badConfigHeader = `terraform {
  required_providers {
    autotask = {
      source = "registry.terraform.io/hashicorp/autotask"
    }
  }
}
`

var badConfigs = []badConfig{
	// ---- provider block ----
	{name: "max_in_flight zero", phase: phaseValidate, kind: "provider", path: "max_in_flight", hcl: `
provider "autotask" {
  alias         = "%[1]s"
  max_in_flight = 0 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute max_in_flight value must be between 1 and 3, got: 0`},
	{name: "max_in_flight above the thread limit", phase: phaseValidate, kind: "provider", path: "max_in_flight", hcl: `
provider "autotask" {
  alias         = "%[1]s"
  max_in_flight = 4 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute max_in_flight value must be between 1 and 3, got: 4`},
	{name: "request_budget zero", phase: phaseValidate, kind: "provider", path: "request_budget", hcl: `
provider "autotask" {
  alias          = "%[1]s"
  request_budget = 0 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute request_budget value must be at least 1, got: 0`},
	{name: "base_url not http", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "ftp://webservices.autotask.net/" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host`},
	{name: "base_url relative", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "webservices.autotask.net" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host`},
	{name: "base_url with credentials", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://admin:Hunter2Secret@webservices.autotask.net/" «
}` + useAlias, summary: `Credentials in base_url`, secret: "Hunter2Secret",
		detail: "base_url must not contain a user name or password \\(user:password@host\\)\\. Give the API user's name in `username`"},
	{name: "base_url with a user name", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://tfadmin@webservices.autotask.net/" «
}` + useAlias, summary: `Credentials in base_url`, secret: "tfadmin", detail: `base_url must not contain a user name or password`},
	{name: "base_url without host", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host, such as https://webservices\.autotask\.net/`},
	{name: "rule_severity unknown rule", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT999"]`, hcl: `
provider "autotask" {
  rule_severity = { AT999 = "error" } «
}`, summary: `Unknown rule ID`, detail: `"AT999" is not a rule of this provider. Rule IDs look like AT101`},
	{name: "rule_severity unknown severity", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT101"]`, hcl: `
provider "autotask" {
  rule_severity = { AT101 = "loud" } «
}`, summary: `Invalid severity`, detail: `AT101: "loud" is not a severity; use error, warning, info or off\.`},
	{name: "rule_severity empty severity", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT202"]`, hcl: `
provider "autotask" {
  rule_severity = { AT202 = "" } «
}`, summary: `Invalid severity`, detail: `AT202: "" is not a severity; use error, warning, info or off\.`},

	// ---- autotask_security_level ----
	{name: "level name empty", phase: phaseValidate, kind: "resource.autotask_security_level", path: "name", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "" «
  copy_from = "Sales"
}`, summary: `Invalid Attribute Value Length`, detail: `Attribute name string length must be between 1 and 100, got: 0`},
	{name: "level name too long", phase: phaseValidate, kind: "resource.autotask_security_level", path: "name", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "` + strings.Repeat("n", 101) + `" «
  copy_from = "Sales"
}`, summary: `Invalid Attribute Value Length`, detail: `Attribute name string length must be between 1 and 100, got: 101`},
	{name: "level access value unknown", phase: phaseValidate, kind: "resource.autotask_security_level", path: `projects["project_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad access value"
  copy_from = "Sales"
  projects = {
    project_view = "Everything" «
  }
}`, summary: `Invalid permission value`, detail: `projects\.project_view \(".*"\) must be one of "None", "Mine", "All", not "Everything"\.`},
	{name: "level access value in the wrong case", phase: phaseValidate, kind: "resource.autotask_security_level", path: `projects["project_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Lower-case value"
  copy_from = "Sales"
  projects = {
    project_view = "all" «
  }
}`, summary: `Invalid permission value`, detail: `projects\.project_view \(".*"\) must be one of "None", "Mine", "All", not "all"\. Write "All": values are compared exactly\.`},
	{name: "level choice value unknown", phase: phaseValidate, kind: "resource.autotask_security_level", path: `projects["time_entry_task_scope"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad scope"
  copy_from = "Sales"
  projects = {
    time_entry_task_scope = "Some Tasks" «
  }
}`, summary: `Invalid permission value`, detail: `projects\.time_entry_task_scope \(".*"\) must be one of "My Tasks", .*"All Tasks".*, not "Some Tasks"\.`},
	{name: "level text value empty", phase: phaseValidate, kind: "resource.autotask_security_level", path: `projects["render_tasks_as"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad render"
  copy_from = "Sales"
  projects = {
    render_tasks_as = "" «
  }
}`, summary: `Invalid permission value`, detail: `projects\.render_tasks_as \(".*"\) needs a task category name, or ".*" for each task's own category; it cannot be empty\.`},
	{name: "level service desk value", phase: phaseValidate, kind: "resource.autotask_security_level", path: `service_desk["tickets_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad tickets"
  copy_from = "Service Desk User"
  service_desk = {
    tickets_view = "Some" «
  }
}`, summary: `Invalid permission value`, detail: `service_desk\.tickets_view \(".*"\) must be one of "None", "Mine", "All", not "Some"\.`},
	{name: "level crm value", phase: phaseValidate, kind: "resource.autotask_security_level", path: `crm["companies_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad companies"
  copy_from = "Sales"
  crm = {
    companies_view = "yes" «
  }
}`, summary: `Invalid permission value`, detail: `crm\.companies_view \("Organizations: View"\) must be one of "None", "Mine", "All", not "yes"\.`},
	{name: "level contracts value", phase: phaseValidate, kind: "resource.autotask_security_level", path: `contracts["contracts_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Bad contracts"
  copy_from = "Manager"
  contracts = {
    contracts_view = "Own" «
  }
}`, summary: `Invalid permission value`, detail: `contracts\.contracts_view \(".*"\) must be one of "None", "Mine", "All", not "Own"\.`},
	{name: "level check box given an access value", phase: phaseValidate, kind: "resource.autotask_security_level", path: `crm["companies_add"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Check box as access"
  copy_from = "Sales"
  crm = {
    companies_add = "All" «
  }
}`, summary: `Invalid permission value`, detail: `crm\.companies_add is a check box \("Organizations: Add"\): write true or false, not "All"\.`},
	{name: "level access permission given a bool", phase: phaseValidate, kind: "resource.autotask_security_level", path: `projects["project_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Access as check box"
  copy_from = "Sales"
  projects = {
    project_view = true «
  }
}`, summary: `Invalid permission value`, detail: `projects\.project_view \(".*"\) must be one of "None", "Mine", "All", not "true"\.`},
	// Terraform drops unknown keys of object attributes before a provider
	// sees them: with typed module objects these two planned clean and the
	// level kept the base level's companies_add = true (issue 20).
	{name: "level misspelled permission", phase: phaseValidate, kind: "resource.autotask_security_level", path: `crm["company_add"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Misspelled"
  copy_from = "Sales"
  crm = {
    company_add = false «
  }
}`, summary: `Unknown permission`, detail: `crm\.company_add is not a permission\. Did you mean "companies_add"\? The permissions of crm \(CRM\) are companies_view, companies_add, companies_edit, contacts_view, contacts_add, contacts_edit\.`},
	{name: "level permission in the wrong module", phase: phaseValidate, kind: "resource.autotask_security_level", path: `crm["project_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wrong module"
  copy_from = "Sales"
  crm = {
    project_view = "Mine" «
  }
}`, summary: `Unknown permission`, detail: `crm\.project_view is not a permission: project_view is in projects \(Projects\)\. Write it as projects = \{ project_view = … \}\.`},
	{name: "level misspelled permission of another module", phase: phaseValidate, kind: "resource.autotask_security_level", path: `crm["projects_view"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wrong module, misspelled"
  copy_from = "Sales"
  crm = {
    projects_view = "Mine" «
  }
}`, summary: `Unknown permission`, detail: `crm\.projects_view is not a permission\. Did you mean "project_view", in projects\? The permissions of crm`},
	{name: "level copies Dashboard User", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wallboard"
  copy_from = "Dashboard User" «
}`, summary: `AT103: Dashboard User \(system\) cannot be copied\.`,
		detail: `Autotask does not allow copies of Dashboard User \(system\).* Fix: copy_from = "Minimal Access" Or copy another system level; Minimal Access grants the least\. Rule AT103, severity error\.`},
	{name: "level copies Dashboard User by its system name", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wallboard 2"
  copy_from = "dashboard user (system)" «
}`, summary: `AT103: Dashboard User \(system\) cannot be copied\.`, detail: `Fix: copy_from = "Minimal Access" Or copy another system level`},
	{name: "level copies nothing", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "No base"
  copy_from = "" «
}`, summary: `AT104: The base level of security level "No base" is missing or unknown\.`, detail: `Fix: Name one of the system levels:`},
	{name: "level copies an unknown level", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wizards"
  copy_from = "Chief Wizard" «
}`, summary: `AT104: The base level of security level "Wizards" is missing or unknown\.`,
		detail: `"Chief Wizard" is not a system level\. Fix: Name one of the system levels: System Administrator, .* Rule AT104, severity error\.`},
	{name: "level copies an unknown level ID", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "By number"
  copy_from = "999" «
}`, summary: `AT104: The base level of security level "By number" is missing or unknown\.`,
		detail: `"999" is not a system level\. Fix: Name one of the system levels:`},
	{name: "level grants outside its license", phase: phasePlan, kind: "resource.autotask_security_level", path: `admin["manage_resources"]`, hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Night Technicians"
  copy_from = "Team Member"
  admin = {
    manage_resources = true «
  }
}`, summary: `AT109: The Team Member license cannot grant "Resources/Users" \(admin\.manage_resources\) = "Yes"\.`,
		detail: `includes no Admin permissions; they must stay "No"\. Fix: admin = \{ manage_resources = false \} Or copy a system level whose license includes Admin\. Rule AT109, severity error\.`},

	// ---- autotask_api_user ----
	{name: "API user name with a space", phase: phaseValidate, kind: "resource.autotask_api_user", path: "user_name", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "sync job" «
  first_name        = "Sync"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Sync" }
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute user_name must not contain spaces or quotes, got: sync job`},
	{name: "API user e-mail invalid", phase: phaseValidate, kind: "resource.autotask_api_user", path: "email", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "mail@acme.example.com"
  first_name        = "Mail"
  last_name         = "Job"
  email             = "owner.acme.example.com" «
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Mail" }
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute email must be an email address, got: owner\.acme\.example\.com`},
	{name: "API user with vendor and internal name", phase: phaseValidate, kind: "resource.autotask_api_user", path: "integration", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "both@acme.example.com"
  first_name        = "Both"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { vendor = "Rewst", internal_name = "Mine" } «
}`, summary: `Invalid integration`,
		detail: `integration must set exactly one of vendor and internal_name; this one sets both\.`},
	{name: "API user without an integration", phase: phaseValidate, kind: "resource.autotask_api_user", path: "integration", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "neither@acme.example.com"
  first_name        = "Neither"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { vendor = null } «
}`, summary: `Invalid integration`,
		detail: `integration must set exactly one of vendor and internal_name; this one sets neither\.`},
	{name: "API user unknown vendor", phase: phaseValidate, kind: "resource.autotask_api_user", path: `integration["vendor"]`, hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "vendor@acme.example.com"
  first_name        = "Vendor"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { vendor = "Acme Magic Sync" } «
}`, summary: `Unknown integration vendor`,
		detail: `integration\.vendor "Acme Magic Sync" is not a built-in integration profile\. The profiles are "rewst".* \(any letter case\); for an integration of your own, write internal_name instead\.`},
	{name: "API user misspelled vendor", phase: phaseValidate, kind: "resource.autotask_api_user", path: `integration["vendor"]`, hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "rewts@acme.example.com"
  first_name        = "Rewst"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { vendor = "rewts" } «
}`, summary: `Unknown integration vendor`,
		detail: `integration\.vendor "rewts" is not a built-in integration profile\. Did you mean "rewst"\?`},
	// With integration an object, Terraform dropped internl_name and the
	// user got Rewst's tracking identifier without a word (issue 20).
	{name: "API user misspelled integration key", phase: phaseValidate, kind: "resource.autotask_api_user", path: `integration["internl_name"]`, hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "typo@acme.example.com"
  first_name        = "Typo"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internl_name = "Backup reports" } «
}`, summary: `Unknown integration key`,
		detail: `integration\.internl_name is not a key of integration\. Did you mean "internal_name"\? integration takes vendor \(a built-in integration profile\) or internal_name \(an integration of your own\), exactly one of them\.`},
	{name: "API user internal name too long", phase: phaseValidate, kind: "resource.autotask_api_user", path: `integration["internal_name"]`, hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "long@acme.example.com"
  first_name        = "Long"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "` + strings.Repeat("n", catalog.IntegrationNameMaxLen+1) + `" } «
}`, summary: `Invalid internal integration name`,
		detail: `integration\.internal_name must be 1 to ` + strconv.Itoa(catalog.IntegrationNameMaxLen) + ` characters long \(this one has ` + strconv.Itoa(catalog.IntegrationNameMaxLen+1) + `\)\.`},
	{name: "API user secret too short", phase: phaseValidate, kind: "resource.autotask_api_user", path: "secret_wo", secret: "Sh0rt", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "short@acme.example.com"
  first_name        = "Short"
  last_name         = "Secret"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Short" }
  secret_wo         = "Sh0rt" «
  secret_wo_version = 1
}`, summary: `Invalid API user secret`,
		detail: `an API user secret must be 8 to 128 characters long \(this one has 5\)\.`},
	{name: "API user secret version without secret", phase: phaseValidate, kind: "resource.autotask_api_user", path: "secret_wo_version", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "version@acme.example.com"
  first_name        = "Version"
  last_name         = "Only"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Version" }
  secret_wo_version = 2 «
}`, summary: `Invalid Attribute Combination`,
		detail: `Attribute "secret_wo" must be specified when "secret_wo_version" is specified`},
	{name: "API user on a level without the API license", phase: phasePlan, kind: "resource.autotask_api_user", path: "security_level_id", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name         = "tech@acme.example.com"
  first_name        = "Tech"
  last_name         = "Level"
  security_level_id = {{level.ProjectManager}} «
  integration       = { internal_name = "Tech" }
}`, summary: `AT105: API user "tech@acme\.example\.com" is on Project Manager \(system\), which uses the Professional license, not API User\.`,
		detail: `Only levels on the API User license \(the API User system levels and their copies\) can use the Autotask API\. Fix: # API User \(system\) Can't Read Costs security_level_id = 25 Better, a custom copy of it trimmed to what the integration needs\. Rule AT105, severity error\.`},
	{name: "API user unknown least-privilege profile", phase: phaseValidate, kind: "resource.autotask_api_user", path: "least_privilege_profile", hcl: `
resource "autotask_api_user" "%[1]s" {
  user_name               = "profile@acme.example.com"
  first_name              = "Profile"
  last_name               = "Check"
  security_level_id       = {{level.APIUserNoCosts}}
  integration             = { internal_name = "Profile" }
  least_privilege_profile = "Everything" «
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute least_privilege_profile value must be one of: .*got: "Everything"`},

	// ---- autotask_client_portal_security_level ----
	{name: "portal level unknown type", phase: phaseValidate, kind: "resource.autotask_client_portal_security_level", path: "type", hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "Customer Admins"
  type = "portal" «
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute type value must be one of: \["client_portal" "taskfire"\], got: "portal"`},
	{name: "portal level name empty", phase: phaseValidate, kind: "resource.autotask_client_portal_security_level", path: "name", hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "" «
  type = "client_portal"
}`, summary: `Invalid Attribute Value Length`,
		detail: `Attribute name string length must be between 1 and 100, got: 0`},
	{name: "portal level misspelled permission", phase: phaseValidate, kind: "resource.autotask_client_portal_security_level", path: `tickets["create_service_request"]`, hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "Misspelled portal permission"
  type = "client_portal"
  tickets = {
    create_service_request = true «
  }
}`, summary: `Unknown permission`,
		detail: `tickets\.create_service_request is not a permission\. Did you mean "create_service_requests"\? The permissions of tickets \(Tickets\) are create_service_requests, `},
	{name: "portal level setting of the level in a group", phase: phaseValidate, kind: "resource.autotask_client_portal_security_level", path: `tickets["assignable_by_client_user"]`, hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "Assignable in a group"
  type = "client_portal"
  tickets = {
    assignable_by_client_user = false «
  }
}`, summary: `Unknown permission`,
		detail: `tickets\.assignable_by_client_user is not a permission: assignable_by_client_user is an argument of the level itself, written outside the permission maps\.`},
	{name: "portal level check box given a string", phase: phaseValidate, kind: "resource.autotask_client_portal_security_level", path: `tickets["create_service_requests"]`, hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "Portal check box"
  type = "client_portal"
  tickets = {
    create_service_requests = "Yes" «
  }
}`, summary: `Invalid permission value`,
		detail: `tickets\.create_service_requests is a check box \(".*"\): write true or false, not "Yes"\.`},
	{name: "Taskfire level assignable by client users", phase: phasePlan, kind: "resource.autotask_client_portal_security_level", path: "assignable_by_client_user", hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name                      = "Co-managed Desk"
  type                      = "taskfire"
  assignable_by_client_user = true «
}`, summary: `AT107: "Allow this Security Level to be Assigned by a Client User" \(portal\.assignable_by_client_user\) applies only to Client Access levels; on a Taskfire level it must stay "No"\.`,
		detail: `Taskfire levels cannot be assigned by client users\..*Fix: assignable_by_client_user = false Rule AT107, severity error\.`},
	{name: "Taskfire Setup on a Client Access level", phase: phasePlan, kind: "resource.autotask_client_portal_security_level", path: `taskfire["taskfire_setup"]`, hcl: `
resource "autotask_client_portal_security_level" "%[1]s" {
  name = "Customer Setup"
  type = "client_portal"
  taskfire = {
    taskfire_setup = true «
  }
}`, summary: `AT121: "Taskfire Setup" \(portal\.taskfire_setup\) applies only to Taskfire levels; on a Client Access level it must stay "No"\.`,
		detail: `Taskfire Setup exists only on Taskfire levels\..*Fix: taskfire = \{ taskfire_setup = false \} Rule AT121, severity error\.`},

	// ---- autotask_client_portal_user ----
	{name: "portal user name not an e-mail", phase: phaseValidate, kind: "resource.autotask_client_portal_user", path: "user_name", hcl: `
resource "autotask_client_portal_user" "%[1]s" {
  contact_id        = 30682001
  user_name         = "laura finch" «
  password_wo       = "Good-Pass-1"
  security_level_id = {{portal.Basic}}
}`, summary: `Not an e-mail address`,
		detail: `"laura finch" is not a bare e-mail address \(like jane\.doe@customer\.example\); portal user names are e-mail addresses\.`},
	{name: "portal password with a space", phase: phaseValidate, kind: "resource.autotask_client_portal_user", path: "password_wo", secret: "bad pass9", hcl: `
resource "autotask_client_portal_user" "%[1]s" {
  contact_id        = 30682001
  user_name         = "laura.finch@northwind.example.org"
  password_wo       = "bad pass9" «
  security_level_id = {{portal.Basic}}
}`, summary: `Invalid Client Portal password`,
		detail: `A Client Portal password must be 5 to 50 characters and may not contain spaces or single quotes \('\)\. Choose another password\.`},
	{name: "portal password version without password", phase: phaseValidate, kind: "resource.autotask_client_portal_user", path: "password_wo_version", hcl: `
resource "autotask_client_portal_user" "%[1]s" {
  contact_id          = 30682001
  user_name           = "peter.quinn@northwind.example.org"
  password_wo_version = 2 «
  security_level_id   = {{portal.Basic}}
}`, summary: `password_wo_version needs password_wo`,
		detail: `password_wo_version says when to send the password again; set password_wo as well\.`},
	{name: "portal user without a password", phase: phasePlan, kind: "resource.autotask_client_portal_user", path: "password_wo", hcl: `
data "autotask_contact" "%[1]s" {
  email_address = "peter.quinn@northwind.example.org"
}
resource "autotask_client_portal_user" "%[1]s" { «
  contact_id        = data.autotask_contact.%[1]s.id
  user_name         = "peter.quinn@northwind.example.org"
  security_level_id = {{portal.Basic}}
}`, summary: `A new portal login needs a password`,
		detail: `Autotask requires a password when a Client Portal login is created: set password_wo \(write-only, never stored\)\.`},
	{name: "Taskfire level for a contact without Taskfire", phase: phasePlan, kind: "resource.autotask_client_portal_user", path: "security_level_id", hcl: `
data "autotask_contact" "%[1]s" {
  email_address = "amy.stone@bluebird.example.org"
}
resource "autotask_client_portal_user" "%[1]s" {
  contact_id        = data.autotask_contact.%[1]s.id
  user_name         = "amy.stone@bluebird.example.org"
  password_wo       = "Good-Pass-1"
  security_level_id = {{portal.TaskfireAdministrator}} «
}`, summary: `AT125: "Taskfire Administrator" is a Taskfire level, and "Bluebird Logistics" \(the contact's organization\) does not have Taskfire\.`,
		detail: `Autotask gives Taskfire levels only to contacts of organizations with Taskfire enabled; Client Portal user "amy\.stone@bluebird\.example\.org" belongs to "Bluebird Logistics"\. Fix: # Client Portal Basic security_level_id = 1 Or another Client Access level; or enable Taskfire for "Bluebird Logistics" first\. Rule AT125, severity error\.`},
	{name: "portal user unknown date format", phase: phasePlan, kind: "resource.autotask_client_portal_user", path: "date_format", hcl: `
data "autotask_contact" "%[1]s" {
  email_address = "rosa.diaz@northwind.example.org"
}
resource "autotask_client_portal_user" "%[1]s" {
  contact_id        = data.autotask_contact.%[1]s.id
  user_name         = "rosa.diaz@northwind.example.org"
  password_wo       = "Good-Pass-1"
  security_level_id = {{portal.Basic}}
  date_format       = "YYYY/DD/MM" «
}`, summary: `Unknown date format`,
		detail: "\"YYYY/DD/MM\" is not a dateFormat of this PSA; use one of `MM/dd/yyyy`, `dd/MM/yyyy`"},

	// ---- autotask_user_defined_field ----
	{name: "protected field visible in the portal", phase: phasePlan, kind: "resource.autotask_user_defined_field", path: "visible_to_client_portal", hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name                     = "Vault Reference"
  udf_type                 = "organization"
  data_type                = "text"
  protected                = true
  visible_to_client_portal = true «
}`, summary: `AT151: Protected field "Vault Reference" cannot be visible in the Client Portal\.`,
		detail: `Portal and Taskfire users never see protected fields.*Fix: visible_to_client_portal = false Or stop protecting the field: ` + "`protected = false`" + `\. Rule AT151, severity error\.`},
	{name: "encrypted field not protected", phase: phasePlan, kind: "resource.autotask_user_defined_field", path: "encrypted", hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name      = "Local Admin Password"
  udf_type  = "device"
  data_type = "text"
  encrypted = true «
}`, summary: `AT153: Encrypted field "Local Admin Password" must be protected\.`,
		detail: `Autotask encrypts protected fields only\. Fix: protected = true Or stop encrypting it: ` + "`encrypted = false`" + `\. Rule AT153, severity error\.`},
	{name: "protected contact field", phase: phasePlan, kind: "resource.autotask_user_defined_field", path: "protected", hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name      = "Home Address"
  udf_type  = "contact"
  data_type = "text"
  protected = true «
}`, summary: `AT153: Contact field "Home Address" cannot be protected\.`,
		detail: `Autotask protects organization and device fields only.*Fix: protected = false Rule AT153, severity error\.`},
	{name: "list values on a text field", phase: phasePlan, kind: "resource.autotask_user_defined_field", path: "picklist_values", hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name            = "Support Tier"
  udf_type        = "organization"
  data_type       = "text"
  picklist_values = [{ value = "Gold" }] «
}`, summary: `AT153: Text field "Support Tier" cannot have picklist values\.`,
		detail: `Only "list" fields offer a list of values to pick from\. Fix: picklist_values = null That is, leave picklist_values out; or, for a new field, ` + "`data_type = \"list\"`" + `\. Rule AT153, severity error\.`},
	// With list values as objects, Terraform dropped exprt_value and the
	// item was exported as "Gold" (issue 20).
	{name: "list value with a misspelled key", phase: phaseValidate, kind: "resource.autotask_user_defined_field", path: `picklist_values["exprt_value"]`, hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name            = "Support Level"
  udf_type        = "organization"
  data_type       = "list"
  picklist_values = [{ value = "Gold", exprt_value = "AU" }] «
}`, summary: `Unknown list value key`,
		detail: `picklist_values: \{ exprt_value = "AU", value = "Gold" \} has the key exprt_value, which is not a key of a list value\. Did you mean "export_value"\? Each list value takes value \(required\) and export_value \(optional\)\.`},
	{name: "list value without a value", phase: phaseValidate, kind: "resource.autotask_user_defined_field", path: `picklist_values["value"]`, hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name            = "Support Grade"
  udf_type        = "organization"
  data_type       = "list"
  picklist_values = [{ export_value = "AU" }] «
}`, summary: `List value without a value`,
		detail: `picklist_values: \{ export_value = "AU" \} has no value; each list value needs value = "…" \(what users see\)\.`},
	{name: "field of an unknown type", phase: phaseValidate, kind: "resource.autotask_user_defined_field", path: "udf_type", hcl: `
resource "autotask_user_defined_field" "%[1]s" {
  name      = "Ticket Tag"
  udf_type  = "ticket" «
  data_type = "text"
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute udf_type value must be one of: \["organization" "contact" "resource" "device"\], got: "ticket"`},

	// ---- autotask_protected_data_access ----
	{name: "edit protected without view", phase: phasePlan, kind: "resource.autotask_protected_data_access", path: "edit_protected", hcl: `
resource "autotask_protected_data_access" "%[1]s" {
  user_name      = "jdoe"
  view_protected = false
  edit_protected = true «
}`, summary: `AT150: "jdoe" would be allowed to edit protected data without viewing it\.`,
		detail: `edit_protected = true needs view_protected = true: a value that cannot be seen cannot be edited, and Autotask refuses the combination\. Fix: view_protected = true Or take the edit permission away: ` + "`edit_protected = false`" + `\. Rule AT150, severity error\.`},
	{name: "edit unprotected without view", phase: phasePlan, kind: "resource.autotask_protected_data_access", path: "edit_unprotected", hcl: `
resource "autotask_protected_data_access" "%[1]s" {
  user_name        = "tbecker"
  view_unprotected = false
  edit_unprotected = true «
}`, summary: `AT150: "tbecker" would be allowed to edit unprotected data without viewing it\.`,
		detail: `edit_unprotected = true needs view_unprotected = true.*Fix: view_unprotected = true Or take the edit permission away: ` + "`edit_unprotected = false`" + `\. Rule AT150, severity error\.`},
	{name: "protected-data access of resource 0", phase: phaseValidate, kind: "resource.autotask_protected_data_access", path: "resource_id", hcl: `
resource "autotask_protected_data_access" "%[1]s" {
  resource_id = 0 «
}`, summary: `Invalid Attribute Value`,
		detail: `Attribute resource_id value must be at least 1, got: 0`},

	// ---- autotask_security_settings ----
	{name: "neither SSO nor 2FA", phase: phasePlan, kind: "resource.autotask_security_settings", path: "two_factor_required", hcl: `
resource "autotask_security_settings" "%[1]s" {
  sso_required        = false
  two_factor_required = false «
}`, summary: `AT405: Neither single sign-on nor two-factor authentication would be required\.`,
		detail: `Autotask requires every user to sign in with SSO or two-factor authentication; with neither, a password alone opens the PSA\. Fix: two_factor_required = true Or require single sign-on instead: ` + "`sso_required = true`" + `\. Rule AT405, severity error\.`},
	{name: "lock-out threshold zero", phase: phasePlan, kind: "resource.autotask_security_settings", path: "lockout_threshold", hcl: `
resource "autotask_security_settings" "%[1]s" {
  lockout_threshold = 0 «
}`, summary: `AT110: Lock-out threshold 0 is out of range: lockout_threshold takes 1 to 99 failed logins\.`,
		detail: `Fix: lockout_threshold = 1 Or any value from 1 to 99\. Rule AT110, severity error\.`},
	{name: "password length out of range", phase: phasePlan, kind: "resource.autotask_security_settings", path: "password_minimum_length", hcl: `
resource "autotask_security_settings" "%[1]s" {
  password_minimum_length = 200 «
}`, summary: `AT110: Minimum password length 200 is out of range: password_minimum_length takes 8 to 64 characters\.`,
		detail: `Fix: password_minimum_length = 64 Or any value from 8 to 64\. Rule AT110, severity error\.`},
	{name: "unknown character class", phase: phasePlan, kind: "resource.autotask_security_settings", path: "password_character_classes", hcl: `
resource "autotask_security_settings" "%[1]s" {
  password_character_classes = ["lowercase", "emoji"] «
}`, summary: `AT110: "emoji" is not a character class\.`,
		detail: `Passwords can be required to contain characters of these classes: "lowercase", "uppercase", "digit", "symbol"\. Fix: password_character_classes = \["lowercase"\] Add any of "uppercase", "digit", "symbol" as well\. Rule AT110, severity error\.`},
	{name: "recipient not an e-mail address", phase: phasePlan, kind: "resource.autotask_security_settings", path: "notification_recipients", hcl: `
resource "autotask_security_settings" "%[1]s" {
  notification_recipients = ["SOC Team <soc@msp.example>"] «
}`, summary: `AT110: Security event notification recipient "SOC Team <soc@msp\.example>" is not a valid e-mail address\.`,
		detail: `Recipients are e-mail addresses, written as name@domain without a display name.*Fix: notification_recipients = \["soc@msp\.example"\] That writes "SOC Team <soc@msp\.example>" as the bare address\. Rule AT110, severity error\.`},
	{name: "unknown lock-out release", phase: phaseValidate, kind: "resource.autotask_security_settings", path: "lockout_release", hcl: `
resource "autotask_security_settings" "%[1]s" {
  lockout_release = "never" «
}`, summary: `Invalid Attribute Value Match`,
		detail: `Attribute lockout_release value must be one of: \["automatic" "administrator"\], got: "never"`},
}

// diagnostic is one error as terraform prints it.
type diagnostic struct {
	summary, address, file, snippet, detail string
	line                                    int
}

var (
	diagWithRE = regexp.MustCompile(`^\s+with (.+),$`)
	diagOnRE   = regexp.MustCompile(`^\s+on (\S+) line (\d+)`)
	diagSnipRE = regexp.MustCompile(`^\s+(\d+):(.*)$`)
)

// parseDiagnostics splits terraform's human output into its errors. The
// configuration lines terraform quotes are kept apart (snippet), so that
// rows match the provider's words only.
func parseDiagnostics(out string) []diagnostic {
	var (
		diags []diagnostic
		cur   *diagnostic
		stage int // 0 summary, 1 context, 2 detail
		det   []string
	)
	flush := func() {
		if cur != nil {
			cur.detail = strings.Join(strings.Fields(strings.Join(det, " ")), " ")
			diags = append(diags, *cur)
		}
		cur, det = nil, nil
	}
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimPrefix(strings.TrimPrefix(l, "│ "), "│")
		switch {
		case strings.HasPrefix(l, "Error: "):
			flush()
			cur = &diagnostic{summary: strings.TrimPrefix(l, "Error: ")}
			stage = 0
			continue
		case strings.HasPrefix(l, "Warning: ") || strings.HasPrefix(l, "╷") || strings.HasPrefix(l, "╵"):
			flush()
			continue
		case cur == nil:
			continue
		}
		if m := diagWithRE.FindStringSubmatch(l); m != nil && stage <= 1 {
			cur.address, stage = m[1], 1
			continue
		}
		if m := diagOnRE.FindStringSubmatch(l); m != nil && stage <= 1 {
			cur.file = m[1]
			cur.line, _ = strconv.Atoi(m[2])
			stage = 1
			continue
		}
		if m := diagSnipRE.FindStringSubmatch(l); m != nil && stage == 1 {
			cur.snippet += m[2]
			continue
		}
		if stage == 1 && strings.HasPrefix(strings.TrimSpace(l), "├") || stage == 1 && strings.HasPrefix(strings.TrimSpace(l), "│") {
			continue // expression values under a snippet
		}
		if strings.TrimSpace(l) == "" {
			if stage == 0 {
				continue
			}
			if stage == 1 && cur.snippet != "" {
				stage = 2
			}
			if stage == 2 {
				det = append(det, "")
			}
			continue
		}
		if stage == 0 && cur.address == "" && cur.line == 0 {
			// a summary wrapped onto a second line, or a detail without context
			stage = 2
		}
		stage = max(stage, 2)
		det = append(det, l)
	}
	flush()
	return diags
}

// badConfigHCL joins rows into one configuration and returns it with each
// row's block label and the line its diagnostic must point at.
func badConfigHCL(t *testing.T, rows []badConfig) (string, []string, []int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(badConfigHeader)
	labels := make([]string, len(rows))
	lines := make([]int, len(rows))
	line := strings.Count(badConfigHeader, "\n") + 1
	for i, r := range rows {
		labels[i] = fmt.Sprintf("row%02d", i)
		text := withLevelIDs(strings.ReplaceAll(r.hcl, "%[1]s", labels[i]))
		marked := 0
		for j, l := range strings.Split(strings.TrimPrefix(text, "\n"), "\n") {
			if strings.HasSuffix(l, " «") {
				lines[i] = line + j
				marked++
				l = strings.TrimSuffix(l, " «")
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
		if marked != 1 {
			t.Fatalf("row %q marks %d lines, want 1", r.name, marked)
		}
		line += strings.Count(strings.TrimPrefix(text, "\n"), "\n") + 1
	}
	return b.String(), labels, lines
}

// checkBadConfigs matches every row with exactly one error of out, and
// every error with a row.
func checkBadConfigs(rows []badConfig, labels []string, lines []int, out string) error {
	diags := parseDiagnostics(out)
	used := make([]bool, len(diags))
	var problems []string
	for i, r := range rows {
		addr := r.kind + "." + labels[i]
		switch {
		case r.kind == "provider":
			addr = providerSource
			if strings.Contains(r.hcl, "alias") {
				addr += "." + labels[i]
			}
		case strings.HasPrefix(r.kind, "resource."):
			addr = strings.TrimPrefix(r.kind, "resource.") + "." + labels[i]
		}
		summary := regexp.MustCompile(`^(?:` + r.summary + `)$`)
		detail := regexp.MustCompile(`(?s)` + r.detail)
		leaf := r.path[strings.LastIndexAny(r.path, ".[")+1:]
		leaf = strings.Trim(leaf, `"]`)
		found := false
		for j, d := range diags {
			if used[j] || d.address != addr || d.line != lines[i] {
				continue
			}
			// terraform shows the line of a top-level attribute; for a path
			// into an object it shows the block, and the provider's words
			// must then name the path.
			// So does it for an attribute the configuration leaves out (a
			// missing password).
			pathShown := strings.Contains(d.snippet, leaf+" ") || strings.Contains(d.snippet, leaf+"=")
			if !pathShown && (strings.ContainsAny(r.path, ".[") || !strings.Contains(r.hcl, leaf)) {
				pathShown = strings.Contains(d.detail, r.path) || strings.Contains(d.detail, leaf)
			}
			if !summary.MatchString(d.summary) || !detail.MatchString(d.detail) || !pathShown {
				continue
			}
			if r.secret != "" && (strings.Contains(d.summary, r.secret) || strings.Contains(d.detail, r.secret)) {
				problems = append(problems, fmt.Sprintf("row %q: the provider's diagnostic repeats %q", r.name, r.secret))
			}
			used[j], found = true, true
			break
		}
		if !found {
			problems = append(problems, fmt.Sprintf("row %q: no error at %s line %d (%s) with summary /%s/ and detail /%s/", r.name, addr, lines[i], r.path, r.summary, r.detail))
		}
	}
	for j, d := range diags {
		if !used[j] {
			problems = append(problems, fmt.Sprintf("unexpected error at %s line %d: %q: %q", d.address, d.line, d.summary, d.detail))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problems:\n  %s\n\nterraform said:\n%s", len(problems), strings.Join(problems, "\n  "), out)
	}
	return nil
}

// Every bad configuration of the table fails with its exact diagnostic,
// through terraform: the rows of each phase run together in one plan.
func TestAccBadConfigurations(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	var steps []resource.TestStep
	type batch struct {
		rows   []badConfig
		labels []string
		lines  []int
	}
	var (
		current batch
		checked int
	)
	for _, ph := range []badPhase{phaseValidate, phasePlan, phaseConfigure} {
		var rows []badConfig
		for _, r := range badConfigs {
			if r.phase == ph {
				rows = append(rows, r)
			}
		}
		if ph == phaseConfigure {
			// one provider block per step: the in-process provider serves a
			// single configuration
			for _, r := range rows {
				hcl, labels, lines := badConfigHCL(t, []badConfig{r})
				b := batch{[]badConfig{r}, labels, lines}
				steps = append(steps, resource.TestStep{
					PreConfig: func() { current = b },
					Config: hcl + `
data "autotask_system_security_levels" "all" {}`,
					PlanOnly: true,
				})
			}
			continue
		}
		hcl, labels, lines := badConfigHCL(t, rows)
		b := batch{rows, labels, lines}
		steps = append(steps, resource.TestStep{PreConfig: func() { current = b }, Config: hcl, PlanOnly: true})
	}
	if len(badConfigs) < 40 {
		t.Fatalf("the table lost rows: %d", len(badConfigs))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		ErrorCheck: func(err error) error {
			checked++
			return checkBadConfigs(current.rows, current.labels, current.lines, err.Error())
		},
		Steps: steps,
	})
	if checked != len(steps) {
		t.Errorf("%d of %d steps failed as they must", checked, len(steps))
	}
}
