# A copy of Service Desk User: only what differs is written; every other
# permission is pinned to the base level's default.
resource "autotask_security_level" "service_desk" {
  name        = "MSP Service Desk"
  description = "First-line technicians."
  copy_from   = "Service Desk User"

  projects = {
    project_view  = "Mine"
    template_view = "None"
    template_add  = false
  }
  service_desk = {
    tickets_view = "All"
  }
}

# An integration level built exactly to a built-in least-privilege recipe.
data "autotask_integration_profile" "rewst" {
  name = "rewst"
}

resource "autotask_security_level" "rewst" {
  name      = data.autotask_integration_profile.rewst.recommended_level_name
  copy_from = data.autotask_integration_profile.rewst.base_level

  crm          = data.autotask_integration_profile.rewst.least_privilege.crm
  contracts    = data.autotask_integration_profile.rewst.least_privilege.contracts
  projects     = data.autotask_integration_profile.rewst.least_privilege.projects
  service_desk = data.autotask_integration_profile.rewst.least_privilege.service_desk
  timesheets   = data.autotask_integration_profile.rewst.least_privilege.timesheets
  documents    = data.autotask_integration_profile.rewst.least_privilege.documents
  admin        = data.autotask_integration_profile.rewst.least_privilege.admin
  other        = data.autotask_integration_profile.rewst.least_privilege.other
}

# Every permission the level grants, e.g. for an audit output.
output "service_desk_can_delete_task_notes" {
  value = autotask_security_level.service_desk.effective_permissions.projects.task_notes_delete
}
