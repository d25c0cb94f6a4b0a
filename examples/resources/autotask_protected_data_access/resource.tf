# The service desk may read protected fields (local administrator passwords
# and the like) but not change them.
locals {
  service_desk = ["jdoe", "tbecker", "akhan"]
}

resource "autotask_protected_data_access" "service_desk" {
  for_each = toset(local.service_desk)

  user_name      = each.key
  view_protected = true
}

# A named engineer who also maintains them.
resource "autotask_protected_data_access" "senior_engineer" {
  user_name      = "srossi"
  view_protected = true
  edit_protected = true
}

# Administrators and API users hold all four permissions by default; an
# integration that never needs protected fields should not keep them.
data "autotask_resource" "sync" {
  user_name = "accounting-sync@msp.example.com"
}

resource "autotask_protected_data_access" "accounting_sync" {
  resource_id      = data.autotask_resource.sync.id
  view_protected   = false
  edit_protected   = false
  view_unprotected = true
  edit_unprotected = true
}
