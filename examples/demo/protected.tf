# Protected device data and the site's login policy.
#
# Device credentials live in protected user-defined fields: only the people
# granted protected-data access below (and, by default, administrators and
# API users) can see them, whatever their security level says. The service
# desk may read them; two named engineers also maintain them.

locals {
  # Technicians of the service desk (user names of the demo tenant).
  service_desk_users = ["jdoe", "tbecker", "akhan", "lortega", "eschulz", "kmensah", "ichen"]
  # The engineers who rotate device credentials.
  device_credential_engineers = ["srossi", "tbecker"]
}

resource "autotask_user_defined_field" "local_admin_account" {
  name        = "Local Admin Account"
  udf_type    = "device"
  data_type   = "text"
  protected   = true
  description = "Name of the device's local administrator account."
}

resource "autotask_user_defined_field" "local_admin_password" {
  name        = "Local Admin Password"
  udf_type    = "device"
  data_type   = "text"
  protected   = true
  encrypted   = true
  description = "Password of the device's local administrator account; rotated by the device engineers."
}

resource "autotask_user_defined_field" "credential_rotation" {
  name        = "Credential Rotation"
  udf_type    = "device"
  data_type   = "list"
  protected   = true
  description = "How often the local administrator password is changed."

  picklist_values = [
    { value = "Monthly" },
    { value = "Quarterly" },
    { value = "On technician change", export_value = "ON-CHANGE" },
  ]
}

# View only for the service desk ...
resource "autotask_protected_data_access" "service_desk" {
  for_each = setsubtract(toset(local.service_desk_users), toset(local.device_credential_engineers))

  user_name      = each.key
  view_protected = true
}

# ... view and edit for the two engineers.
resource "autotask_protected_data_access" "engineers" {
  for_each = toset(local.device_credential_engineers)

  user_name      = each.key
  view_protected = true
  edit_protected = true
}

# A hardened login policy: 2FA for everyone, long passwords from every
# character class, no reuse of the last twelve, lock-out after five failed
# logins until an administrator unlocks the user, and the security team told
# about every security-related change.
resource "autotask_security_settings" "site" {
  two_factor_required = true

  strong_passwords_required  = true
  password_minimum_length    = 14
  password_character_classes = ["lowercase", "uppercase", "digit", "symbol"]
  password_expiry_days       = 0
  password_history_count     = 12

  lockout_enabled   = true
  lockout_threshold = 5
  lockout_release   = "administrator"

  notification_recipients = ["soc@msp.example.com", "it-security@msp.example.com"]
}

# Who can read protected device data now: the grants above plus everyone who
# holds it by default (administrators and API users).
data "autotask_access_report" "users" {
  include_users = true
  # Read after the grants and the API users (api_users.tf) are in place.
  depends_on = [
    autotask_protected_data_access.service_desk,
    autotask_protected_data_access.engineers,
    autotask_protected_data_access.rewst,
    autotask_api_user.rewst,
    autotask_api_user.accounting_sync,
  ]
}

output "protected_data_readers" {
  description = "Users who can see protected fields, and whether that is their license's default."
  value = {
    for u in data.autotask_access_report.users.users : u.user_name => (u.protected_data.edit_protected ? "view + edit" : "view")
    if u.active && try(u.protected_data.view_protected, false)
  }
}
