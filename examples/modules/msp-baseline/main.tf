# A reusable MSP security baseline: the same access control in every
# Autotask database the MSP runs. Call it once per tenant with an aliased
# provider (see examples/multi-tenant), or once per state (see
# examples/many-tenants).
#
#   main.tf          the people's levels and the login policy
#   integrations.tf  one API user per integration, each on its own level
#   portal.tf        customer portal levels and co-managed Taskfire logins
#   protected.tf     protected device fields and who may see or change them
#   outputs.tf       IDs and the access report

terraform {
  required_version = ">= 1.11"
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

# First-line technicians: every ticket, but only the projects they are on
# (unless the tenant says otherwise), and no project templates.
resource "autotask_security_level" "service_desk" {
  name        = "${var.name_prefix} Service Desk"
  description = "First-line technicians."
  copy_from   = "Service Desk User"

  projects = {
    project_view  = var.service_desk_sees_all_projects ? "All" : "Mine"
    template_view = "None"
    template_add  = false
  }
}

resource "autotask_security_level" "project_managers" {
  name        = "${var.name_prefix} Project Managers"
  description = "Project managers and coordinators."
  copy_from   = "Project Manager"

  projects = {
    project_view          = "All"
    time_entry_task_scope = "All Tasks"
  }
}

resource "autotask_security_level" "contractor" {
  name        = "${var.name_prefix} Contractor"
  description = "Subcontracted engineers: their own tasks only."
  copy_from   = "Contractor"

  projects = {
    view_internal_notes_attachments = false
  }
}

# The login policy: two-factor authentication (or SSO), long passwords from
# every character class, no reuse, lock-out until an administrator unlocks
# the user, and the tenant's alert recipients told about every
# security-related change.
resource "autotask_security_settings" "site" {
  sso_required        = var.sso_required
  two_factor_required = !var.sso_required

  strong_passwords_required  = true
  password_minimum_length    = var.password_minimum_length
  password_character_classes = ["lowercase", "uppercase", "digit", "symbol"]
  password_expiry_days       = 0
  password_history_count     = 12

  lockout_enabled   = true
  lockout_threshold = 5
  lockout_release   = "administrator"

  notification_recipients = var.alert_recipients
}
