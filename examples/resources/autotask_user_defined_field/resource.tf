# A protected, encrypted device field: only users granted protected-data
# access (and, by default, administrators and API users) see its values.
resource "autotask_user_defined_field" "local_admin_password" {
  name        = "Local Admin Password"
  udf_type    = "device"
  data_type   = "text"
  protected   = true
  encrypted   = true
  description = "Password of the device's local administrator account."
}

# A List field of organizations. Removing a value retires it; Autotask keeps
# it so that organizations that hold it keep their data.
resource "autotask_user_defined_field" "backup_plan" {
  name      = "Backup Plan"
  udf_type  = "organization"
  data_type = "list"

  picklist_values = [
    { value = "Gold", export_value = "BKP-GOLD" },
    { value = "Silver", export_value = "BKP-SILVER" },
    { value = "None" },
  ]
}
