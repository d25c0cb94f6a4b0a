# Import by numeric ID ...
terraform import autotask_api_user.rewst 29682034

# ... or by user name (any letter case).
terraform import autotask_api_user.rewst "rewst@msp.example.com"

# Destroying an API user deactivates it (Autotask cannot delete resources).
# To stop managing one without deactivating it, remove it from state:
#
#   removed {
#     from = autotask_api_user.rewst
#     lifecycle {
#       destroy = false
#     }
#   }
