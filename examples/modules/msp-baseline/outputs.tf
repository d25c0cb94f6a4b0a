output "level_ids" {
  description = "IDs of the people's security levels, by role."
  value = {
    service_desk     = autotask_security_level.service_desk.id
    project_managers = autotask_security_level.project_managers.id
    contractor       = autotask_security_level.contractor.id
  }
}

output "integration_level_ids" {
  description = "ID of each integration's security level, by integration key."
  value       = local.integration_level_ids
}

output "api_users" {
  description = "Each integration's API user: ID, user name and the tracking identifier it must send as ApiIntegrationCode."
  value = {
    for k, u in autotask_api_user.integration : k => {
      id                  = u.id
      user_name           = u.user_name
      tracking_identifier = u.tracking_identifier
    }
  }
}

output "portal_level_ids" {
  description = "IDs of the customer portal levels."
  value = {
    customer_staff   = autotask_client_portal_security_level.customer_staff.id
    co_managed_admin = autotask_client_portal_security_level.co_managed_admin.id
  }
}

output "co_managed_logins" {
  description = "The Taskfire login of each co-managed customer's IT lead, with the organization it belongs to."
  value = {
    for k, u in autotask_client_portal_user.co_managed_admin : k => {
      id           = u.id
      user_name    = u.user_name
      organization = data.autotask_contact.co_managed_admin[k].company_name
    }
  }
}

output "protected_field_ids" {
  description = "IDs of the protected device fields."
  value = {
    local_admin_account  = autotask_user_defined_field.local_admin_account.id
    local_admin_password = autotask_user_defined_field.local_admin_password.id
  }
}

# Who can do what in this tenant after the baseline is applied: every custom
# level's access matrix, every API user with what its level lets the
# integration do, and every user with their level, protected-data access
# and portal level. Read after the baseline's objects are written.
data "autotask_access_report" "tenant" {
  include_custom    = true
  include_api_users = true
  include_users     = true

  depends_on = [
    autotask_security_level.service_desk,
    autotask_security_level.project_managers,
    autotask_security_level.contractor,
    autotask_security_level.vendor_integration,
    autotask_security_level.internal_integration,
    autotask_api_user.integration,
    autotask_client_portal_user.co_managed_admin,
    autotask_protected_data_access.viewer,
    autotask_protected_data_access.editor,
  ]
}

output "access_report" {
  description = "The tenant's access report as Markdown, e.g. for a review file per tenant."
  value       = data.autotask_access_report.tenant.markdown
}
