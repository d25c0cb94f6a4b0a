# Every API user, for an audit.
data "autotask_api_users" "all" {}

# Integrations with more than one active API user (usually a forgotten
# credential).
locals {
  users_by_integration = {
    for u in data.autotask_api_users.all.api_users :
    one(compact([u.integration.vendor, u.integration.internal_name])) => u.user_name... if u.active
  }
}

output "integrations_with_several_users" {
  value = { for k, v in local.users_by_integration : k => v if length(v) > 1 }
}

# Active API users on the full-access system level.
data "autotask_api_users" "full_access" {
  security_level_id = 13 # API User (system)
  active            = true
}

output "full_access_api_users" {
  value = data.autotask_api_users.full_access.api_users[*].user_name
}

# The users of one integration vendor.
data "autotask_api_users" "rewst" {
  vendor = "rewst"
}
