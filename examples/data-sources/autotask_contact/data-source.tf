data "autotask_contact" "it_lead" {
  email_address = "george.hart@summit.example.org"
}

output "it_lead" {
  value = {
    id                = data.autotask_contact.it_lead.id
    organization      = data.autotask_contact.it_lead.company_name
    can_have_taskfire = data.autotask_contact.it_lead.company_taskfire_enabled
  }
}
