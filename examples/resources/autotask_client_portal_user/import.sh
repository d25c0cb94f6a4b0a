# Import by numeric ID ...
terraform import autotask_client_portal_user.lucy 512

# ... or by user name. The password is not read back: set password_wo and
# password_wo_version only when you want to send a new one.
terraform import autotask_client_portal_user.lucy "lucy.reid@summit.example.org"
