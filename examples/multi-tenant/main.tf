# One configuration, many Autotask databases: an aliased provider per tenant
# and the same baseline module (examples/modules/msp-baseline) for each, with
# what differs per tenant written in its module block. Credentials, API
# secrets and portal passwords come in through ephemeral variables (from a
# secret store or TF_VAR_*), so none of them is written to a plan or state
# file.

terraform {
  required_version = ">= 1.11"
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
  description = "The API secret of Terraform's API user, per tenant."
  type        = map(string)
  sensitive   = true
  ephemeral   = true
}

variable "integration_secrets" {
  description = "Secrets handed to integrations, per tenant and integration key."
  type        = map(map(string))
  default     = {}
  sensitive   = true
  ephemeral   = true
}

variable "portal_passwords" {
  description = "Initial portal passwords of co-managed administrators, per tenant and customer key."
  type        = map(map(string))
  default     = {}
  sensitive   = true
  ephemeral   = true
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

provider "autotask" {
  alias            = "tailspin"
  base_url         = var.tenants["tailspin"].base_url
  username         = var.tenants["tailspin"].username
  secret           = var.secrets["tailspin"]
  integration_code = var.tenants["tailspin"].integration_code
}

# Contoso: Rewst and an internal backup-reporting script, one co-managed
# customer (Summit Accounting runs its own help desk on Taskfire), and a
# service desk that reads device credentials while one engineer maintains
# them.
module "contoso" {
  source    = "../modules/msp-baseline"
  providers = { autotask = autotask.contoso }

  name_prefix     = "Contoso"
  api_user_domain = "contoso.msp.example"

  integrations = {
    rewst = { vendor = "rewst", first_name = "Rewst", last_name = "Automation", email = "automation@contoso.msp.example", secret_version = 1 }
    backup-reports = {
      internal_name = "Backup Reports"
      first_name    = "Backup"
      last_name     = "Reports"
    }
  }
  integration_permissions = {
    backup-reports = {
      service_desk = { tickets_view = "All", tickets_add = false }
    }
  }
  integration_secrets = lookup(var.integration_secrets, "contoso", {})

  co_managed_admins = {
    summit = { email = "george.hart@summit.example.org" }
  }
  portal_passwords = lookup(var.portal_passwords, "contoso", {})

  protected_viewers = ["jdoe", "tbecker", "akhan"]
  protected_editors = ["srossi"]
  alert_recipients  = ["soc@contoso.msp.example"]
}

# Fabrikam: Rewst only, technicians see every project, one co-managed
# customer, two engineers who maintain device credentials.
module "fabrikam" {
  source    = "../modules/msp-baseline"
  providers = { autotask = autotask.fabrikam }

  name_prefix                    = "Fabrikam"
  api_user_domain                = "fabrikam.msp.example"
  service_desk_sees_all_projects = true

  integrations = {
    rewst = { vendor = "rewst", first_name = "Rewst", last_name = "Automation" }
  }

  co_managed_admins = {
    lakeside = { email = "it-lead@lakeside.example.org" }
  }
  portal_passwords = lookup(var.portal_passwords, "fabrikam", {})

  protected_viewers = ["mlopez"]
  protected_editors = ["kwong", "dpatel"]
  alert_recipients  = ["soc@fabrikam.msp.example", "it-security@fabrikam.msp.example"]
}

# Tailspin: no Rewst, one internal PSA sync on the cost-reading API level,
# no co-managed customers, SSO for everyone.
module "tailspin" {
  source    = "../modules/msp-baseline"
  providers = { autotask = autotask.tailspin }

  name_prefix     = "Tailspin"
  api_user_domain = "tailspin.msp.example"
  sso_required    = true

  integrations = {
    psa-sync = {
      internal_name = "PSA Sync"
      first_name    = "PSA"
      last_name     = "Sync"
      copy_from     = "API User"
    }
  }

  protected_viewers = ["rbaker"]
  alert_recipients  = ["soc@tailspin.msp.example"]
}

output "level_ids" {
  description = "The people's level IDs, per tenant."
  value = {
    contoso  = module.contoso.level_ids
    fabrikam = module.fabrikam.level_ids
    tailspin = module.tailspin.level_ids
  }
}

output "api_users" {
  description = "Integration API users, per tenant."
  value = {
    contoso  = module.contoso.api_users
    fabrikam = module.fabrikam.api_users
    tailspin = module.tailspin.api_users
  }
}

output "access_reports" {
  description = "Each tenant's access report in Markdown, e.g. to commit for review: terraform output -json access_reports."
  value = {
    contoso  = module.contoso.access_report
    fabrikam = module.fabrikam.access_report
    tailspin = module.tailspin.access_report
  }
}
