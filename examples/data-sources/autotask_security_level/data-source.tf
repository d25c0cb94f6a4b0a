# A custom level by name.
data "autotask_security_level" "helpdesk" {
  lookup_name = "Legacy Helpdesk"
}

# A system level, as the PSA reports it.
data "autotask_security_level" "api_user" {
  lookup_name = "API User"
}

output "helpdesk_project_view" {
  value = data.autotask_security_level.helpdesk.permissions.projects.project_view
}
