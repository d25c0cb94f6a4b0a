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

# Who is who: every user with their level, protected-data access and portal
# level, as a second Markdown table and as structured data.
data "autotask_access_report" "users" {
  include_users = true
}

resource "local_file" "user_access" {
  filename = "${path.module}/USERS.md"
  content  = data.autotask_access_report.users.markdown
}

# Everyone who can see protected fields, defaults (administrators, API users)
# included.
output "protected_data_readers" {
  value = [for u in data.autotask_access_report.users.users : u.user_name if try(u.protected_data.view_protected, false)]
}

# Least privilege for every integration: each listed API user's level is
# judged against its integration's recipe. On a database without the
# security-administration extension this map is the only source of which
# integration a user serves; a Rewst user on "API User (system)" is flagged
# as holding every permission.
data "autotask_access_report" "integrations" {
  include_api_users = true
  api_user_profiles = {
    "rewst@msp.example.com" = "rewst"
  }
}

output "integration_findings" {
  value = [for f in data.autotask_access_report.integrations.findings : "${f.rule_id} ${f.object}: ${f.summary}"]
}
