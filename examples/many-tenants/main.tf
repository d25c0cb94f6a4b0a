# One root configuration, one state per tenant. Every run manages exactly
# one Autotask database: var.tenant names it in the tenants file
# (tenants.json), whose entry gives the connection (user name, tracking
# identifier, base URL) and what differs per tenant (the baseline module's
# inputs). The run's workspace is named after the tenant, so each tenant has
# its own state and its own state lock; tenants.sh runs many tenants in
# parallel this way, and a CI matrix job or a Terraform Cloud workspace per
# tenant runs this same configuration with the same two inputs.
#
# Secrets are never in the tenants file: the API secret comes from
# AUTOTASK_SECRET and the integrations' secrets and portal passwords from
# ephemeral variables, all set for this one tenant's run only.

terraform {
  required_version = ">= 1.11"
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }

  # Without a backend block the states are local, one per workspace in
  # terraform.tfstate.d/<tenant>/. A remote backend keeps them the same way,
  # e.g. backend "s3" { bucket = "msp-terraform", key = "autotask.tfstate",
  # workspace_key_prefix = "autotask-tenants" } stores
  # autotask-tenants/<tenant>/autotask.tfstate.
}

variable "tenant" {
  type        = string
  description = "The tenant this run manages: its key in the tenants file. Its workspace must be named after it (or end in -<tenant>, as Terraform Cloud workspace names often do)."

  validation {
    condition     = contains(keys(local.tenants), var.tenant)
    error_message = "Tenant \"${var.tenant}\" is not in ${var.tenants_file}; it lists ${join(", ", sort(keys(local.tenants)))}."
  }
  # A run must never plan one tenant's configuration against another
  # tenant's state: the objects it holds would be read from the wrong
  # database.
  validation {
    condition     = terraform.workspace == var.tenant || endswith(terraform.workspace, "-${var.tenant}")
    error_message = "Workspace \"${terraform.workspace}\" does not belong to tenant \"${var.tenant}\": select the tenant's own workspace (terraform workspace select ${var.tenant}) so that its state is the one used."
  }
  validation {
    condition     = length(lookup(local.unknown_keys, var.tenant, [])) == 0
    error_message = "The entry of tenant \"${var.tenant}\" in ${var.tenants_file} has settings this configuration does not know: ${join(", ", lookup(local.unknown_keys, var.tenant, []))}. Secrets never go in the tenants file; other keys may be misspelt."
  }
}

variable "tenants_file" {
  type        = string
  default     = "tenants.json"
  description = "Path of the tenants file (JSON), relative to this directory or absolute."
}

variable "integration_secrets" {
  type        = map(string)
  default     = {}
  sensitive   = true
  ephemeral   = true
  description = "Secrets of this tenant's integrations that set secret_version, by integration key."
}

variable "portal_passwords" {
  type        = map(string)
  default     = {}
  sensitive   = true
  ephemeral   = true
  description = "Initial portal passwords of this tenant's co-managed administrators, by customer key."
}

locals {
  tenants  = jsondecode(file(var.tenants_file))
  tenant   = lookup(local.tenants, var.tenant, {})
  baseline = lookup(local.tenant, "baseline", {})

  # What a tenant's entry may hold: the connection, the secret command the
  # script runs, and the baseline module's non-secret inputs.
  tenant_keys   = ["base_url", "username", "integration_code", "secret_command", "baseline"]
  baseline_keys = ["name_prefix", "api_user_domain", "service_desk_sees_all_projects", "integrations", "integration_permissions", "co_managed_admins", "protected_viewers", "protected_editors", "alert_recipients", "password_minimum_length", "sso_required"]
  unknown_keys = { for name, t in local.tenants : name => concat(
    sort(setsubtract(keys(t), local.tenant_keys)),
    [for k in sort(setsubtract(keys(lookup(t, "baseline", {})), local.baseline_keys)) : "baseline.${k}"],
  ) }
}

# The API secret is not set here: the provider reads AUTOTASK_SECRET, which
# tenants.sh (or the CI job, or the workspace) sets to this tenant's secret.
provider "autotask" {
  base_url         = try(local.tenant.base_url, null)
  username         = local.tenant.username
  integration_code = local.tenant.integration_code
}

# The baseline every tenant shares. Pin a version when the module lives in
# its own repository or a registry, e.g.
#   source = "git::https://git.msp.example/terraform/msp-baseline.git?ref=v1.4.0"
# so that a new baseline reaches the tenants one reviewed plan at a time.
module "baseline" {
  source = "../modules/msp-baseline"

  name_prefix                    = try(local.baseline.name_prefix, null)
  api_user_domain                = local.baseline.api_user_domain
  service_desk_sees_all_projects = try(local.baseline.service_desk_sees_all_projects, null)
  integrations                   = try(local.baseline.integrations, null)
  integration_permissions        = try(local.baseline.integration_permissions, null)
  co_managed_admins              = try(local.baseline.co_managed_admins, null)
  protected_viewers              = try(local.baseline.protected_viewers, null)
  protected_editors              = try(local.baseline.protected_editors, null)
  alert_recipients               = local.baseline.alert_recipients
  password_minimum_length        = try(local.baseline.password_minimum_length, null)
  sso_required                   = try(local.baseline.sso_required, null)

  integration_secrets = var.integration_secrets
  portal_passwords    = var.portal_passwords
}

output "level_ids" {
  description = "The people's security level IDs."
  value       = module.baseline.level_ids
}

output "api_users" {
  description = "The integrations' API users with their tracking identifiers."
  value       = module.baseline.api_users
}

output "access_report" {
  description = "The tenant's access report in Markdown, e.g. to commit for review."
  value       = module.baseline.access_report
}
