# One API user, by user name or by ID.
data "autotask_api_user" "sync" {
  user_name = "accounting-sync@msp.example.com"
}

output "sync_level" {
  value = "${data.autotask_api_user.sync.user_name} is on ${data.autotask_api_user.sync.security_level_name}"
}
