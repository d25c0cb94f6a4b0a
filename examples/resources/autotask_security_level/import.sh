# Import by numeric ID ...
terraform import autotask_security_level.service_desk 1042

# ... or by exact name.
terraform import autotask_security_level.service_desk "MSP Service Desk"
