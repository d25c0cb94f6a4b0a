# One module of the recipe ...
resource "autotask_security_level" "rewst_projects_only" {
  name      = "Rewst (projects)"
  copy_from = "API User Can't Read Costs"
  projects  = provider::autotask::profile_permissions("rewst").projects
}

# ... or all of them: Terraform cannot spread an object into a resource's
# arguments, so take every module block from one local value.
locals {
  rewst = provider::autotask::profile_permissions("rewst")
}

resource "autotask_security_level" "rewst" {
  name      = "Rewst Automation"
  copy_from = "API User Can't Read Costs"

  crm          = local.rewst.crm
  contracts    = local.rewst.contracts
  projects     = local.rewst.projects
  service_desk = local.rewst.service_desk
  timesheets   = local.rewst.timesheets
  documents    = local.rewst.documents
  admin        = local.rewst.admin
  other        = local.rewst.other
}
