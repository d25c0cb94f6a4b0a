# Customer staff who raise tickets and follow every ticket of their
# organization, see their devices read-only, and never see projects.
# Permissions that are not set stay as a new custom level has them (off),
# so a change made in the Autotask UI to any of them shows in the plan.
resource "autotask_client_portal_security_level" "staff" {
  name        = "Customer Staff"
  description = "Tickets and devices; no projects, no invoices."
  type        = "client_portal"

  tickets = {
    create_service_requests = true
    ticket_visibility       = "All"
  }
  projects = {
    project_access = "None"
  }
  devices = {
    device_access = "View"
    device_scope  = "Created or Location"
  }
  device_details = {
    rmm_hostname         = true
    rmm_operating_system = true
    rmm_last_user        = true
  }
  account = {
    edit_own_profile = true
  }
  knowledge = {
    knowledge_base = true
  }
}

# A Taskfire level for a customer's IT lead: their own help desk, portal
# logins and set-up. Taskfire levels are never assignable by client users
# and never set the service provider's priority (checked at plan).
resource "autotask_client_portal_security_level" "customer_it" {
  name = "Customer IT Lead"
  type = "taskfire"

  tickets = {
    create_service_requests        = true
    view_service_provider_priority = true
    ticket_visibility              = "All"
  }
  account = {
    edit_own_profile     = true
    manage_portal_logins = true
  }
  devices = {
    device_access = "Add/Edit"
    device_scope  = "All"
  }
  taskfire = {
    taskfire_setup = true
  }
}
