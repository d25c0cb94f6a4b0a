# One API user per integration, each on its own API-license level with its
# own tracking identifier. Destroying an API user deactivates it: Autotask
# cannot delete resources.

# Rewst, a vendor integration: it carries Rewst's tracking identifier and
# sits on the level built with provider::autotask::profile_permissions in
# main.tf. least_privilege_profile makes every plan compare that level with
# Rewst's recipe: anything missing is an error, anything extra a warning.
#
# Without secret_wo the PSA generates a secret nobody sees; hand Rewst its
# credentials by setting one from an ephemeral source:
#   secret_wo         = var.rewst_secret   # variable with ephemeral = true
#   secret_wo_version = 1                  # bump to rotate
resource "autotask_api_user" "rewst" {
  user_name         = "rewst@${local.msp_domain}"
  first_name        = "Rewst"
  last_name         = "Automation"
  email             = "automation-team@${local.msp_domain}"
  security_level_id = autotask_security_level.rewst.id

  integration = {
    vendor = "rewst"
  }
  least_privilege_profile = "rewst"
}

# API users can view and edit protected fields (device credentials) until
# that is taken away, and no integration recipe needs them: the plan warns
# (AT206) about an integration's user that keeps them.
resource "autotask_protected_data_access" "rewst" {
  user_name      = autotask_api_user.rewst.user_name
  view_protected = false
  edit_protected = false
}

# The accounting sync, a custom internal integration that already runs on
# the demo database with its own level: adopted as it is, by user name.
locals {
  msp_domain = split("@", var.terraform_user)[1]
}

data "autotask_security_level" "accounting_sync" {
  lookup_name = "API - Accounting Sync"
}

import {
  to = autotask_api_user.accounting_sync
  id = "accounting-sync@${local.msp_domain}"
}

resource "autotask_api_user" "accounting_sync" {
  user_name         = "accounting-sync@${local.msp_domain}"
  first_name        = "Accounting"
  last_name         = "Sync"
  security_level_id = data.autotask_security_level.accounting_sync.id

  integration = {
    internal_name = "Accounting Sync"
  }
}

# The audit view: every API user with its level and integration.
data "autotask_api_users" "all" {
  depends_on = [autotask_api_user.rewst, autotask_api_user.accounting_sync]
}

output "api_users" {
  description = "API users: level and integration of each."
  value = {
    for u in data.autotask_api_users.all.api_users : u.user_name => {
      level       = u.security_level_name
      integration = one(compact([u.integration.vendor, u.integration.internal_name]))
      kind        = u.integration.vendor != null ? "vendor" : "internal"
      active      = u.active
    }
  }
}
