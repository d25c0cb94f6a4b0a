# A realistic MSP security baseline, applied by `make demo` to the mock PSA.
#
# Custom levels are copies of system levels with the permissions that differ
# written out; everything else is pinned to the base level's default, so any
# change made in the Autotask UI shows in the next plan.

terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

# Credentials come from AUTOTASK_BASE_URL, AUTOTASK_USERNAME, AUTOTASK_SECRET
# and AUTOTASK_INTEGRATION_CODE (run.sh sets them for the mock PSA).
provider "autotask" {}

data "autotask_integration_profile" "rewst" {
  name = "rewst"
}

data "autotask_resource" "terraform" {
  user_name = var.terraform_user
}

variable "terraform_user" {
  type        = string
  description = "User name of the API user Terraform runs as."
}

# First-line technicians: see and work every ticket, but only the projects
# they are on, and no project templates.
resource "autotask_security_level" "service_desk" {
  name        = "MSP Service Desk"
  description = "First-line technicians."
  copy_from   = "Service Desk User"

  projects = {
    template_view = "None"
    template_add  = false
  }
  crm = {
    companies_add = false
  }
}

# Project managers: all client projects, time on all tasks.
resource "autotask_security_level" "project_managers" {
  name        = "MSP Project Managers"
  description = "Project managers and coordinators."
  copy_from   = "Project Manager"

  projects = {
    project_view          = "All"
    time_entry_task_scope = "All Tasks"
  }
}

# Outside contractors: their own tasks only, shown through a restricted
# task category, expenses but no charges.
resource "autotask_security_level" "contractor" {
  name        = "MSP Contractor"
  description = "Subcontracted field engineers."
  copy_from   = "Contractor"

  projects = {
    render_tasks_as                 = "Contractor View"
    view_internal_notes_attachments = false
  }
}

# The integration level, built exactly to the vendor's recipe on the
# Can't-Read-Costs API level (its API user is in api_users.tf). The recipe
# needs Manage Resources, which the plan flags as effectively administrator
# access (AT304).
locals {
  rewst = provider::autotask::profile_permissions("rewst")
}

resource "autotask_security_level" "rewst" {
  name        = data.autotask_integration_profile.rewst.recommended_level_name
  description = "Least-privilege level of the Rewst integration."
  copy_from   = data.autotask_integration_profile.rewst.base_level

  crm          = local.rewst.crm
  contracts    = local.rewst.contracts
  projects     = local.rewst.projects
  service_desk = local.rewst.service_desk
  timesheets   = local.rewst.timesheets
  documents    = local.rewst.documents
  admin        = local.rewst.admin
  other        = local.rewst.other
}

# A customer's IT staff on a co-managed help desk. Giving them Admin
# permissions is allowed but risky: the plan warns (AT301, AT304).
resource "autotask_security_level" "co_managed" {
  name        = "Customer IT (co-managed)"
  description = "Customer IT staff working alongside the MSP."
  copy_from   = "Co-managed Help Desk"

  admin = {
    manage_resources = true
  }
}

output "levels" {
  description = "Custom levels and the license each consumes."
  value = {
    for l in [
      autotask_security_level.service_desk,
      autotask_security_level.project_managers,
      autotask_security_level.contractor,
      autotask_security_level.rewst,
      autotask_security_level.co_managed,
    ] : l.name => { id = l.id, license = l.license_type, copied_from = l.copy_from }
  }
}

output "terraform_api_user" {
  description = "The API user Terraform runs as and its level."
  value = {
    user_name         = data.autotask_resource.terraform.user_name
    security_level_id = data.autotask_resource.terraform.security_level_id
  }
}
