# What the tenant's customers may do in the Client Portal, and Taskfire
# logins for the IT leads of co-managed customers.

# Customer staff: raise and follow their organization's tickets, see their
# devices read-only; no projects, no invoices. Everything not written here
# stays off.
resource "autotask_client_portal_security_level" "customer_staff" {
  name        = "${var.name_prefix} Customer Staff"
  description = "Customer employees: tickets, and their devices read-only."
  type        = "client_portal"

  tickets = {
    create_service_requests = true
    ticket_visibility       = "All"
  }
  devices = {
    device_access = "View"
    device_scope  = "Created or Location"
  }
  account = {
    edit_own_profile = true
  }
  knowledge = {
    knowledge_base = true
  }
}

# The IT lead of a co-managed customer runs their own help desk on
# Taskfire next to the MSP. Managing portal logins is flagged at plan
# (AT306): it lets them give their colleagues portal access.
resource "autotask_client_portal_security_level" "co_managed_admin" {
  name        = "${var.name_prefix} Co-managed Customer Admin"
  description = "A co-managed customer's IT lead on Taskfire: own help desk, devices and portal logins."
  type        = "taskfire"

  tickets = {
    create_service_requests        = true
    view_service_provider_priority = true
    ticket_visibility              = "All"
  }
  projects = {
    project_access = "All"
  }
  devices = {
    device_access = "Add/Edit"
    device_scope  = "All"
  }
  account = {
    edit_own_profile     = true
    manage_portal_logins = true
  }
  knowledge = {
    knowledge_base = true
    documentation  = true
  }
  taskfire = {
    taskfire_setup = true
  }
}

data "autotask_contact" "co_managed_admin" {
  for_each      = var.co_managed_admins
  email_address = each.value.email
}

resource "autotask_client_portal_user" "co_managed_admin" {
  for_each = var.co_managed_admins

  contact_id        = data.autotask_contact.co_managed_admin[each.key].id
  user_name         = data.autotask_contact.co_managed_admin[each.key].email_address
  security_level_id = autotask_client_portal_security_level.co_managed_admin.id

  # Write-only and ephemeral: the password is in no file.
  password_wo         = var.portal_passwords[each.key]
  password_wo_version = each.value.password_version
}
