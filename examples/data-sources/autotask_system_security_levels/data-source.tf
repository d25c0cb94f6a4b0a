data "autotask_system_security_levels" "all" {}

# Look a system level up by name and read its defaults.
locals {
  system_levels = { for l in data.autotask_system_security_levels.all.levels : l.name => l }
}

output "service_desk_project_view" {
  value = local.system_levels["Service Desk User"].permissions.projects.project_view # "Mine"
}

output "copyable_levels" {
  value = [for l in data.autotask_system_security_levels.all.levels : l.name if l.copyable]
}
