# A system level by name, in any letter case.
data "autotask_client_portal_security_level" "advanced" {
  lookup_name = "Client Portal Advanced"
}

# A level by ID: the system levels have the same ID in every database
# (Client Portal Manager is 3).
data "autotask_client_portal_security_level" "by_id" {
  id = 3
}

output "advanced_pays_invoices" {
  value = data.autotask_client_portal_security_level.advanced.permissions.financials.view_financials
}
