# The password arrives through an ephemeral variable, so it is in no file:
# not in the configuration, the plan or the state.
variable "portal_password" {
  type      = string
  ephemeral = true
  sensitive = true
}

data "autotask_contact" "lucy" {
  email_address = "lucy.reid@summit.example.org"
}

data "autotask_client_portal_security_level" "manager" {
  lookup_name = "Client Portal Manager"
}

resource "autotask_client_portal_user" "lucy" {
  contact_id          = data.autotask_contact.lucy.id
  user_name           = data.autotask_contact.lucy.email_address
  password_wo         = var.portal_password
  password_wo_version = 1 # raise it to send a new password
  security_level_id   = data.autotask_client_portal_security_level.manager.id

  date_format = "dd/MM/yyyy"
  time_format = "HH:mm"
}
