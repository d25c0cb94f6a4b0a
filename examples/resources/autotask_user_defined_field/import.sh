# Import by numeric ID ...
terraform import autotask_user_defined_field.local_admin_password 29682807

# ... or by udf_type/name (organization, contact, resource or device).
terraform import autotask_user_defined_field.local_admin_password "device/Local Admin Password"
