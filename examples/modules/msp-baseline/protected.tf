# Device credentials live in protected, encrypted user-defined fields: only
# the people granted protected-data access here (and, by default,
# administrators and API users) can see them, whatever their security level
# says.

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
  description = "Password of the device's local administrator account."
}

# Read only for the technicians ...
resource "autotask_protected_data_access" "viewer" {
  for_each = setsubtract(var.protected_viewers, var.protected_editors)

  user_name      = each.key
  view_protected = true
}

# ... read and change for the engineers who rotate the credentials.
resource "autotask_protected_data_access" "editor" {
  for_each = var.protected_editors

  user_name      = each.key
  view_protected = true
  edit_protected = true
}
