# A system level by name, in any letter case.
data "autotask_client_portal_security_level" "advanced" {
  lookup_name = "Client Portal Advanced"
}

# A level by ID.
data "autotask_client_portal_security_level" "by_id" {
  id = 1000
}

output "advanced_pays_invoices" {
  value = data.autotask_client_portal_security_level.advanced.permissions.financials.view_financials
}
