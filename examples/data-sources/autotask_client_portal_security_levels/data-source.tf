# Every active Taskfire level.
data "autotask_client_portal_security_levels" "taskfire" {
  type   = "taskfire"
  active = true
}

# Custom levels whose users can pay invoices: a list to review.
data "autotask_client_portal_security_levels" "custom" {
  system = false
}

output "levels_that_pay_invoices" {
  value = [
    for l in data.autotask_client_portal_security_levels.custom.levels : l.name
    if l.permissions.financials.view_financials
  ]
}
