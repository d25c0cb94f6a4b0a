# Every custom level on the API User license (at most 50 may exist).
data "autotask_security_levels" "api" {
  system       = false
  license_type = "API User"
}

# Custom levels that can manage resources: effectively administrators.
output "levels_that_manage_resources" {
  value = [for l in data.autotask_security_levels.api.levels : l.name if l.permissions.admin.manage_resources]
}
