# Import by resource ID ...
terraform import autotask_protected_data_access.senior_engineer 29682013

# ... or by user name.
terraform import autotask_protected_data_access.senior_engineer srossi
