# Credentials come from AUTOTASK_USERNAME, AUTOTASK_SECRET and
# AUTOTASK_INTEGRATION_CODE when not set here. Keep the secret out of
# version control: pass it through the environment or a secret store.
provider "autotask" {
  username         = "terraform@example-msp.com"
  integration_code = var.autotask_integration_code
}

variable "autotask_integration_code" {
  type        = string
  description = "API tracking identifier of the Terraform integration."
}

# One MSP, many tenants: one aliased provider per Autotask database.
provider "autotask" {
  alias            = "customer_a"
  base_url         = "https://webservices.autotask.net/"
  username         = "terraform@customer-a.example"
  integration_code = var.customer_a_integration_code
}

variable "customer_a_integration_code" {
  type = string
}
