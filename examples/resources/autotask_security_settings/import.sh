# The import ID is the Autotask database number (CI) of the tenant the
# provider is configured for: zone discovery reports it as `ci`, and the
# resource's `id` holds it. Another tenant's number is refused.
terraform import autotask_security_settings.this 12345
