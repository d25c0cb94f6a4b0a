# One API user per integration, each on its own API-license level and with
# its own tracking identifier. Destroying an API user deactivates it
# (Autotask cannot delete resources) and frees its level for deletion.

locals {
  vendor_integrations   = { for k, v in var.integrations : k => v if v.vendor != null }
  internal_integrations = { for k, v in var.integrations : k => v if v.vendor == null }
}

data "autotask_integration_profile" "vendor" {
  for_each = local.vendor_integrations
  name     = each.value.vendor
}

# A vendor's level is built exactly to its least-privilege recipe.
resource "autotask_security_level" "vendor_integration" {
  for_each = local.vendor_integrations

  name        = "${var.name_prefix} ${data.autotask_integration_profile.vendor[each.key].recommended_level_name}"
  description = "Least-privilege level of the ${data.autotask_integration_profile.vendor[each.key].vendor} integration."
  copy_from   = data.autotask_integration_profile.vendor[each.key].base_level

  crm          = provider::autotask::profile_permissions(each.value.vendor).crm
  contracts    = provider::autotask::profile_permissions(each.value.vendor).contracts
  projects     = provider::autotask::profile_permissions(each.value.vendor).projects
  service_desk = provider::autotask::profile_permissions(each.value.vendor).service_desk
  timesheets   = provider::autotask::profile_permissions(each.value.vendor).timesheets
  documents    = provider::autotask::profile_permissions(each.value.vendor).documents
  admin        = provider::autotask::profile_permissions(each.value.vendor).admin
  other        = provider::autotask::profile_permissions(each.value.vendor).other
}

# An internal integration's level: its base level with the overrides the
# tenant gives for it.
resource "autotask_security_level" "internal_integration" {
  for_each = local.internal_integrations

  name        = "${var.name_prefix} API - ${each.value.internal_name}"
  description = "Level of the internal integration ${each.value.internal_name}."
  copy_from   = each.value.copy_from

  crm          = try(var.integration_permissions[each.key].crm, null)
  contracts    = try(var.integration_permissions[each.key].contracts, null)
  projects     = try(var.integration_permissions[each.key].projects, null)
  service_desk = try(var.integration_permissions[each.key].service_desk, null)
  timesheets   = try(var.integration_permissions[each.key].timesheets, null)
  documents    = try(var.integration_permissions[each.key].documents, null)
  admin        = try(var.integration_permissions[each.key].admin, null)
  other        = try(var.integration_permissions[each.key].other, null)
}

locals {
  integration_level_ids = merge(
    { for k, l in autotask_security_level.vendor_integration : k => l.id },
    { for k, l in autotask_security_level.internal_integration : k => l.id },
  )
}

resource "autotask_api_user" "integration" {
  for_each = var.integrations

  user_name         = "${each.key}@${var.api_user_domain}"
  first_name        = each.value.first_name
  last_name         = each.value.last_name
  email             = each.value.email
  security_level_id = local.integration_level_ids[each.key]

  integration = each.value.vendor != null ? { vendor = each.value.vendor, internal_name = null } : { vendor = null, internal_name = each.value.internal_name }

  # Every plan compares a vendor's level with the vendor's recipe: a missing
  # permission fails the plan, an extra one is a warning.
  least_privilege_profile = each.value.vendor

  # Write-only: sent when the user is created and when the version changes;
  # never stored in state or plan.
  secret_wo         = each.value.secret_version != null ? var.integration_secrets[each.key] : null
  secret_wo_version = each.value.secret_version
}
