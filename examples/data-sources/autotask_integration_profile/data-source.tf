data "autotask_integration_profile" "rewst" {
  name = "rewst"
}

output "rewst_needs" {
  value = data.autotask_integration_profile.rewst.required_permissions
}

# The level name the vendor recommends and the system level to copy.
output "rewst_level" {
  value = {
    name      = data.autotask_integration_profile.rewst.recommended_level_name
    copy_from = data.autotask_integration_profile.rewst.base_level
  }
}
