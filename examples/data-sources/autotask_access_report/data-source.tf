data "autotask_access_report" "msp" {
  system_levels  = ["Service Desk User", "Project Manager", "Contractor"]
  include_custom = true
  objects        = ["project", "ticket", "charge", "expense"]
}

# Write the matrix next to the configuration for review.
resource "local_file" "access_matrix" {
  filename = "${path.module}/ACCESS.md"
  content  = data.autotask_access_report.msp.markdown
}

# Structured use: which levels can edit every ticket?
output "ticket_editors" {
  value = [for r in data.autotask_access_report.msp.rows : r.level if r.cells["ticket.edit"] == "All"]
}
