# What an MSP varies from one customer database to the next. Everything
# else in the module is the MSP's baseline, the same in every tenant.
# Inputs with a default are not nullable: a caller that passes null (as
# examples/many-tenants does for a setting its tenants file leaves out) gets
# the default.

variable "name_prefix" {
  type        = string
  default     = "MSP"
  nullable    = false
  description = "Prefix of every security level and portal level the module creates, e.g. the MSP's short name."
}

variable "service_desk_sees_all_projects" {
  type        = bool
  default     = false
  nullable    = false
  description = "Whether service desk technicians see every project, or only the projects they are associated with."
}

variable "api_user_domain" {
  type        = string
  description = <<-EOT
    Domain of the integrations' API user names: the API user of integration
    "rewst" becomes rewst@<api_user_domain>. Autotask API user names are unique
    across all Autotask databases, so every tenant needs its own domain.
  EOT

  validation {
    condition     = can(regex("^[a-z0-9.-]+\\.[a-z]{2,}$", var.api_user_domain))
    error_message = "api_user_domain must be a lower-case domain name, e.g. contoso.msp.example."
  }
}

variable "integrations" {
  type = map(object({
    # Exactly one of vendor (a built-in integration profile such as "rewst",
    # whose recipe builds the level) and internal_name (your own script or
    # service; its level copies copy_from with integration_permissions).
    vendor         = optional(string)
    internal_name  = optional(string)
    first_name     = string
    last_name      = optional(string, "Integration")
    email          = optional(string)
    copy_from      = optional(string, "API User Can't Read Costs")
    secret_version = optional(number)
  }))
  default     = {}
  nullable    = false
  description = <<-EOT
    One API user per integration, keyed by a short name (the user name's local
    part). Each gets its own security level: a vendor's is built exactly to the
    vendor's least-privilege recipe with provider::autotask::profile_permissions,
    and every plan checks the user against it. Set secret_version (and the
    secret in integration_secrets) to hand the integration its secret; raise
    the version to rotate it.
  EOT

  validation {
    condition     = alltrue([for k, v in var.integrations : (v.vendor == null) != (v.internal_name == null)])
    error_message = "Each integration sets exactly one of vendor and internal_name."
  }
  validation {
    condition     = alltrue([for k, v in var.integrations : can(regex("^[a-z0-9][a-z0-9._-]*$", k))])
    error_message = "Integration keys become user names: lower-case letters, digits, '.', '_' and '-'."
  }
}

variable "integration_permissions" {
  type        = any
  default     = {}
  nullable    = false
  description = <<-EOT
    Permission overrides of the levels of internal integrations, by integration
    key and module block, e.g. { backup-reports = { service_desk = { tickets_view = "All" } } }.
    Everything not written stays as copy_from has it. Vendor integrations take
    their vendor's recipe instead.
  EOT
}

variable "integration_secrets" {
  type        = map(string)
  default     = {}
  nullable    = false
  sensitive   = true
  ephemeral   = true
  description = "Secrets of the integrations that set secret_version, by integration key. Ephemeral: never in a plan or state file."
}

variable "co_managed_admins" {
  type = map(object({
    # The contact's e-mail address, which is also the login's user name. The
    # contact's organization must have Taskfire (checked at plan).
    email            = string
    password_version = optional(number, 1)
  }))
  default     = {}
  nullable    = false
  description = <<-EOT
    Customers on a co-managed help desk: for each (keyed by a short name of the
    customer) its IT lead gets a Taskfire login on the co-managed administrator
    portal level. The initial password comes from portal_passwords; raise
    password_version to send a new one.
  EOT
}

variable "portal_passwords" {
  type        = map(string)
  default     = {}
  nullable    = false
  sensitive   = true
  ephemeral   = true
  description = "Portal passwords of the co-managed administrators, by the same keys as co_managed_admins. Ephemeral."
}

variable "protected_viewers" {
  type        = set(string)
  default     = []
  nullable    = false
  description = "User names of the technicians who may read protected device data (local administrator credentials)."
}

variable "protected_editors" {
  type        = set(string)
  default     = []
  nullable    = false
  description = "User names of the engineers who may also change protected device data. They need not be listed in protected_viewers."
}

variable "alert_recipients" {
  type        = list(string)
  description = "E-mail addresses Autotask tells about security-related changes in this database."

  validation {
    condition     = length(var.alert_recipients) > 0
    error_message = "Name at least one alert recipient: someone must hear about security changes."
  }
}

variable "password_minimum_length" {
  type        = number
  default     = 14
  nullable    = false
  description = "Fewest characters a password may have."
}

variable "sso_required" {
  type        = bool
  default     = false
  nullable    = false
  description = "Whether users sign in with single sign-on instead of passwords with two-factor authentication."
}
