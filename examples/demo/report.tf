# Who can do what in this tenant, as a Markdown table the MSP can file with
# its change records: the custom levels (read after they and the API users on
# them are applied: a risky permission an integration's recipe needs is
# reported for information only), what
# their users can do with organizations, contacts, tickets and projects, and
# the findings of every rule on them (informational ones included).
data "autotask_access_report" "levels" {
  include_custom = true
  objects        = ["organization", "contact", "ticket", "project"]
  depends_on = [
    autotask_security_level.service_desk,
    autotask_security_level.project_managers,
    autotask_security_level.contractor,
    autotask_security_level.rewst,
    autotask_security_level.co_managed,
    autotask_api_user.rewst,
  ]
}

output "access_report_markdown" {
  description = "The access report as Markdown."
  value       = data.autotask_access_report.levels.markdown
}
