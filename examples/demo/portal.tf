# Client Portal and Taskfire access for the MSP's customers.

# Customer staff: tickets and their own devices (read-only), but no
# projects and no invoices. Everything not written here stays off.
resource "autotask_client_portal_security_level" "customer_staff" {
  name        = "Customer Staff (no projects)"
  description = "Customer employees: raise and follow tickets, see devices read-only."
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
    rmm_patch_status     = true
  }
  account = {
    edit_own_profile = true
  }
  knowledge = {
    knowledge_base = true
  }
}

# A customer's IT lead who runs their own help desk on Taskfire next to the
# MSP (co-managed). Managing portal logins is flagged at plan (AT306).
resource "autotask_client_portal_security_level" "co_managed_admin" {
  name        = "Co-managed Customer Admin"
  description = "The customer's IT lead on Taskfire: own help desk, portal logins and set-up."
  type        = "taskfire"

  tickets = {
    create_service_requests        = true
    view_service_provider_priority = true
    ticket_visibility              = "All"
  }
  projects = {
    project_access         = "All"
    view_project_schedule  = true
    view_add_project_notes = true
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
  quotes = {
    view_approve_quotes = true
  }
}

# Summit Accounting runs its own help desk on Taskfire; George Hart is its
# IT lead.
data "autotask_contact" "summit_it_lead" {
  email_address = "george.hart@summit.example.org"
}

variable "portal_admin_password" {
  type        = string
  description = "Initial portal password of the co-managed administrator (run.sh generates one)."
  ephemeral   = true
  sensitive   = true
}

resource "autotask_client_portal_user" "summit_it_lead" {
  contact_id          = data.autotask_contact.summit_it_lead.id
  user_name           = data.autotask_contact.summit_it_lead.email_address
  password_wo         = var.portal_admin_password
  password_wo_version = 1
  security_level_id   = autotask_client_portal_security_level.co_managed_admin.id
}

output "portal" {
  description = "Portal levels and the co-managed administrator's login."
  value = {
    levels = {
      for l in [autotask_client_portal_security_level.customer_staff, autotask_client_portal_security_level.co_managed_admin] :
      l.name => { id = l.id, type = l.type, projects = l.effective_permissions.projects.project_access, devices = l.effective_permissions.devices.device_access }
    }
    co_managed_admin = {
      user_name    = autotask_client_portal_user.summit_it_lead.user_name
      organization = data.autotask_contact.summit_it_lead.company_name
    }
  }
}
