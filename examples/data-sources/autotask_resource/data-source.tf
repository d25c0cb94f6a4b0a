data "autotask_resource" "terraform" {
  user_name = "terraform@example-msp.com"
}

data "autotask_resource" "jane" {
  email = "jane.doe@example-msp.com"
}

output "terraform_level" {
  value = data.autotask_resource.terraform.security_level_id
}
