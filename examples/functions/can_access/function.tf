# Sales users see a project only while they are its account manager.
output "sales_sees_own_project" {
  value = provider::autotask::can_access("Sales", "view", "project", ["account_manager"]) # true
}

# Guard a module: contractors must never see other people's projects.
resource "autotask_security_level" "contractor" {
  name      = "MSP Contractor"
  copy_from = "Contractor"

  lifecycle {
    postcondition {
      condition     = !provider::autotask::can_access(self.effective_permissions, "view", "project", [])
      error_message = "The contractor level must not see projects it is not associated with."
    }
  }
}
