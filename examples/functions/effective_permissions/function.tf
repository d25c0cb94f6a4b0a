# What would a copy of Service Desk User with two overrides grant?
locals {
  tier1 = provider::autotask::effective_permissions("Service Desk User", {
    projects = {
      project_view = "All"
      template_add = false
    }
  })
}

output "tier1_can_delete_task_notes" {
  value = local.tier1.projects.task_notes_delete # "All", inherited
}
