# One configuration, many Autotask databases: an aliased provider per tenant
# and the same baseline module for each. Each tenant's credentials come from
# its own variables (keep the secrets in a secret store or TF_VAR_*).

terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

variable "tenants" {
  description = "Connection per tenant; base_url only when not the public Autotask root."
  type = map(object({
    username         = string
    integration_code = string
    base_url         = optional(string)
  }))
}

variable "secrets" {
  description = "API secrets per tenant."
  type        = map(string)
  sensitive   = true
}

provider "autotask" {
  alias            = "contoso"
  base_url         = var.tenants["contoso"].base_url
  username         = var.tenants["contoso"].username
  secret           = var.secrets["contoso"]
  integration_code = var.tenants["contoso"].integration_code
}

provider "autotask" {
  alias            = "fabrikam"
  base_url         = var.tenants["fabrikam"].base_url
  username         = var.tenants["fabrikam"].username
  secret           = var.secrets["fabrikam"]
  integration_code = var.tenants["fabrikam"].integration_code
}

module "contoso" {
  source    = "../modules/msp-baseline"
  providers = { autotask = autotask.contoso }
  prefix    = "Contoso"
}

module "fabrikam" {
  source                         = "../modules/msp-baseline"
  providers                      = { autotask = autotask.fabrikam }
  prefix                         = "Fabrikam"
  service_desk_sees_all_projects = true
}

output "baseline" {
  value = {
    contoso  = module.contoso.level_ids
    fabrikam = module.fabrikam.level_ids
  }
}
