# The tenant's login policy. There is one per tenant: creating this resource
# adopts it, destroying the resource leaves the tenant's policy as it is.
resource "autotask_security_settings" "this" {
  two_factor_required = true
  sso_required        = false

  strong_passwords_required  = true
  password_minimum_length    = 14
  password_character_classes = ["lowercase", "uppercase", "digit", "symbol"]
  password_expiry_days       = 0 # never: long passwords and 2FA instead of forced rotation
  password_history_count     = 12

  lockout_enabled   = true
  lockout_threshold = 5
  lockout_release   = "administrator"

  notification_recipients = [
    "soc@msp.example.com",
    "it-security@msp.example.com",
  ]
}
