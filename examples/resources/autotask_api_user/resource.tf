# The secret comes from an ephemeral variable (or an ephemeral resource of a
# secrets manager): with the write-only secret_wo it never reaches a plan or
# state file.
variable "rewst_secret" {
  type      = string
  sensitive = true
  ephemeral = true
}

# Rewst's own level, built exactly to its recipe in one expression per
# module.
locals {
  rewst = provider::autotask::profile_permissions("rewst")
}

resource "autotask_security_level" "rewst" {
  name      = "Rewst Automation"
  copy_from = "API User Can't Read Costs"

  crm          = local.rewst.crm
  contracts    = local.rewst.contracts
  projects     = local.rewst.projects
  service_desk = local.rewst.service_desk
  timesheets   = local.rewst.timesheets
  documents    = local.rewst.documents
  admin        = local.rewst.admin
  other        = local.rewst.other
}

# One API user per integration, carrying the vendor's tracking identifier;
# the plan reports any permission its level lacks (error) or grants beyond
# the recipe (warning), on security_level_id.
resource "autotask_api_user" "rewst" {
  user_name         = "rewst@msp.example.com"
  first_name        = "Rewst"
  last_name         = "Integration"
  email             = "automation-team@msp.example.com"
  security_level_id = autotask_security_level.rewst.id

  integration = {
    vendor = "rewst"
  }
  least_privilege_profile = "rewst"

  # Bump the version to send a new secret (rotation).
  secret_wo         = var.rewst_secret
  secret_wo_version = 1
}

# A custom internal integration: the PSA generates its tracking identifier.
resource "autotask_api_user" "backup_reports" {
  user_name         = "backup-reports@msp.example.com"
  first_name        = "Backup"
  last_name         = "Reports"
  security_level_id = 25 # API User (system) Can't Read Costs

  integration = {
    internal_name = "Backup Reports"
  }
}

# What the script must send as ApiIntegrationCode.
output "backup_reports_tracking_identifier" {
  value = autotask_api_user.backup_reports.tracking_identifier
}
