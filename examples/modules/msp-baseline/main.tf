# A reusable MSP security baseline: the same custom levels in every Autotask
# database the MSP runs. Call it once per tenant with an aliased provider.

terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

variable "prefix" {
  type        = string
  default     = "MSP"
  description = "Prefix of every level name, e.g. the MSP's short name."
}

variable "service_desk_sees_all_projects" {
  type        = bool
  default     = false
  description = "Whether service desk technicians see every project, or only those they are associated with."
}

resource "autotask_security_level" "service_desk" {
  name        = "${var.prefix} Service Desk"
  description = "First-line technicians."
  copy_from   = "Service Desk User"

  projects = {
    project_view  = var.service_desk_sees_all_projects ? "All" : "Mine"
    template_view = "None"
    template_add  = false
  }
}

resource "autotask_security_level" "project_managers" {
  name        = "${var.prefix} Project Managers"
  description = "Project managers and coordinators."
  copy_from   = "Project Manager"

  projects = {
    project_view          = "All"
    time_entry_task_scope = "All Tasks"
  }
}

resource "autotask_security_level" "contractor" {
  name        = "${var.prefix} Contractor"
  description = "Subcontracted engineers: their own tasks only."
  copy_from   = "Contractor"

  projects = {
    view_internal_notes_attachments = false
  }
}

output "level_ids" {
  description = "IDs of the baseline levels, by role."
  value = {
    service_desk     = autotask_security_level.service_desk.id
    project_managers = autotask_security_level.project_managers.id
    contractor       = autotask_security_level.contractor.id
  }
}
