# Import by numeric ID ...
terraform import autotask_client_portal_security_level.staff 1003

# ... or by exact name. System levels import read-only, by name in any
# letter case; keep them in state with a removed block (destroy = false).
terraform import autotask_client_portal_security_level.staff "Customer Staff"
terraform import autotask_client_portal_security_level.basic "Client Portal Basic"
