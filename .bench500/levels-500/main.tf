terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

# Credentials come from AUTOTASK_*; the budget is raised so that the
# unbatched comparison runs are not refused by the client's own accounting.
provider "autotask" {
  request_budget = 100000000
}

resource "autotask_security_level" "l0000" {
  name        = "Bench Level 0000"
  description = "Generated level 0 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0001" {
  name        = "Bench Level 0001"
  description = "Generated level 1 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0002" {
  name        = "Bench Level 0002"
  description = "Generated level 2 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0003" {
  name        = "Bench Level 0003"
  description = "Generated level 3 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0004" {
  name        = "Bench Level 0004"
  description = "Generated level 4 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0005" {
  name        = "Bench Level 0005"
  description = "Generated level 5 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0006" {
  name        = "Bench Level 0006"
  description = "Generated level 6 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0007" {
  name        = "Bench Level 0007"
  description = "Generated level 7 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0008" {
  name        = "Bench Level 0008"
  description = "Generated level 8 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0009" {
  name        = "Bench Level 0009"
  description = "Generated level 9 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0010" {
  name        = "Bench Level 0010"
  description = "Generated level 10 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0011" {
  name        = "Bench Level 0011"
  description = "Generated level 11 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0012" {
  name        = "Bench Level 0012"
  description = "Generated level 12 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0013" {
  name        = "Bench Level 0013"
  description = "Generated level 13 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0014" {
  name        = "Bench Level 0014"
  description = "Generated level 14 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0015" {
  name        = "Bench Level 0015"
  description = "Generated level 15 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0016" {
  name        = "Bench Level 0016"
  description = "Generated level 16 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0017" {
  name        = "Bench Level 0017"
  description = "Generated level 17 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0018" {
  name        = "Bench Level 0018"
  description = "Generated level 18 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0019" {
  name        = "Bench Level 0019"
  description = "Generated level 19 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0020" {
  name        = "Bench Level 0020"
  description = "Generated level 20 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0021" {
  name        = "Bench Level 0021"
  description = "Generated level 21 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0022" {
  name        = "Bench Level 0022"
  description = "Generated level 22 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0023" {
  name        = "Bench Level 0023"
  description = "Generated level 23 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0024" {
  name        = "Bench Level 0024"
  description = "Generated level 24 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0025" {
  name        = "Bench Level 0025"
  description = "Generated level 25 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0026" {
  name        = "Bench Level 0026"
  description = "Generated level 26 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0027" {
  name        = "Bench Level 0027"
  description = "Generated level 27 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0028" {
  name        = "Bench Level 0028"
  description = "Generated level 28 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0029" {
  name        = "Bench Level 0029"
  description = "Generated level 29 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0030" {
  name        = "Bench Level 0030"
  description = "Generated level 30 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0031" {
  name        = "Bench Level 0031"
  description = "Generated level 31 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0032" {
  name        = "Bench Level 0032"
  description = "Generated level 32 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0033" {
  name        = "Bench Level 0033"
  description = "Generated level 33 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0034" {
  name        = "Bench Level 0034"
  description = "Generated level 34 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0035" {
  name        = "Bench Level 0035"
  description = "Generated level 35 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0036" {
  name        = "Bench Level 0036"
  description = "Generated level 36 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0037" {
  name        = "Bench Level 0037"
  description = "Generated level 37 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0038" {
  name        = "Bench Level 0038"
  description = "Generated level 38 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0039" {
  name        = "Bench Level 0039"
  description = "Generated level 39 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0040" {
  name        = "Bench Level 0040"
  description = "Generated level 40 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0041" {
  name        = "Bench Level 0041"
  description = "Generated level 41 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0042" {
  name        = "Bench Level 0042"
  description = "Generated level 42 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0043" {
  name        = "Bench Level 0043"
  description = "Generated level 43 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0044" {
  name        = "Bench Level 0044"
  description = "Generated level 44 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0045" {
  name        = "Bench Level 0045"
  description = "Generated level 45 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0046" {
  name        = "Bench Level 0046"
  description = "Generated level 46 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0047" {
  name        = "Bench Level 0047"
  description = "Generated level 47 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0048" {
  name        = "Bench Level 0048"
  description = "Generated level 48 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0049" {
  name        = "Bench Level 0049"
  description = "Generated level 49 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0050" {
  name        = "Bench Level 0050"
  description = "Generated level 50 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0051" {
  name        = "Bench Level 0051"
  description = "Generated level 51 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0052" {
  name        = "Bench Level 0052"
  description = "Generated level 52 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0053" {
  name        = "Bench Level 0053"
  description = "Generated level 53 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0054" {
  name        = "Bench Level 0054"
  description = "Generated level 54 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0055" {
  name        = "Bench Level 0055"
  description = "Generated level 55 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0056" {
  name        = "Bench Level 0056"
  description = "Generated level 56 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0057" {
  name        = "Bench Level 0057"
  description = "Generated level 57 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0058" {
  name        = "Bench Level 0058"
  description = "Generated level 58 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0059" {
  name        = "Bench Level 0059"
  description = "Generated level 59 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0060" {
  name        = "Bench Level 0060"
  description = "Generated level 60 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0061" {
  name        = "Bench Level 0061"
  description = "Generated level 61 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0062" {
  name        = "Bench Level 0062"
  description = "Generated level 62 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0063" {
  name        = "Bench Level 0063"
  description = "Generated level 63 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0064" {
  name        = "Bench Level 0064"
  description = "Generated level 64 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0065" {
  name        = "Bench Level 0065"
  description = "Generated level 65 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0066" {
  name        = "Bench Level 0066"
  description = "Generated level 66 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0067" {
  name        = "Bench Level 0067"
  description = "Generated level 67 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0068" {
  name        = "Bench Level 0068"
  description = "Generated level 68 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0069" {
  name        = "Bench Level 0069"
  description = "Generated level 69 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0070" {
  name        = "Bench Level 0070"
  description = "Generated level 70 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0071" {
  name        = "Bench Level 0071"
  description = "Generated level 71 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0072" {
  name        = "Bench Level 0072"
  description = "Generated level 72 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0073" {
  name        = "Bench Level 0073"
  description = "Generated level 73 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0074" {
  name        = "Bench Level 0074"
  description = "Generated level 74 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0075" {
  name        = "Bench Level 0075"
  description = "Generated level 75 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0076" {
  name        = "Bench Level 0076"
  description = "Generated level 76 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0077" {
  name        = "Bench Level 0077"
  description = "Generated level 77 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0078" {
  name        = "Bench Level 0078"
  description = "Generated level 78 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0079" {
  name        = "Bench Level 0079"
  description = "Generated level 79 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0080" {
  name        = "Bench Level 0080"
  description = "Generated level 80 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0081" {
  name        = "Bench Level 0081"
  description = "Generated level 81 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0082" {
  name        = "Bench Level 0082"
  description = "Generated level 82 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0083" {
  name        = "Bench Level 0083"
  description = "Generated level 83 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0084" {
  name        = "Bench Level 0084"
  description = "Generated level 84 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0085" {
  name        = "Bench Level 0085"
  description = "Generated level 85 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0086" {
  name        = "Bench Level 0086"
  description = "Generated level 86 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0087" {
  name        = "Bench Level 0087"
  description = "Generated level 87 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0088" {
  name        = "Bench Level 0088"
  description = "Generated level 88 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0089" {
  name        = "Bench Level 0089"
  description = "Generated level 89 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0090" {
  name        = "Bench Level 0090"
  description = "Generated level 90 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0091" {
  name        = "Bench Level 0091"
  description = "Generated level 91 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0092" {
  name        = "Bench Level 0092"
  description = "Generated level 92 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0093" {
  name        = "Bench Level 0093"
  description = "Generated level 93 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0094" {
  name        = "Bench Level 0094"
  description = "Generated level 94 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0095" {
  name        = "Bench Level 0095"
  description = "Generated level 95 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0096" {
  name        = "Bench Level 0096"
  description = "Generated level 96 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0097" {
  name        = "Bench Level 0097"
  description = "Generated level 97 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0098" {
  name        = "Bench Level 0098"
  description = "Generated level 98 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0099" {
  name        = "Bench Level 0099"
  description = "Generated level 99 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0100" {
  name        = "Bench Level 0100"
  description = "Generated level 100 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0101" {
  name        = "Bench Level 0101"
  description = "Generated level 101 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0102" {
  name        = "Bench Level 0102"
  description = "Generated level 102 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0103" {
  name        = "Bench Level 0103"
  description = "Generated level 103 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0104" {
  name        = "Bench Level 0104"
  description = "Generated level 104 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0105" {
  name        = "Bench Level 0105"
  description = "Generated level 105 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0106" {
  name        = "Bench Level 0106"
  description = "Generated level 106 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0107" {
  name        = "Bench Level 0107"
  description = "Generated level 107 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0108" {
  name        = "Bench Level 0108"
  description = "Generated level 108 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0109" {
  name        = "Bench Level 0109"
  description = "Generated level 109 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0110" {
  name        = "Bench Level 0110"
  description = "Generated level 110 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0111" {
  name        = "Bench Level 0111"
  description = "Generated level 111 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0112" {
  name        = "Bench Level 0112"
  description = "Generated level 112 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0113" {
  name        = "Bench Level 0113"
  description = "Generated level 113 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0114" {
  name        = "Bench Level 0114"
  description = "Generated level 114 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0115" {
  name        = "Bench Level 0115"
  description = "Generated level 115 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0116" {
  name        = "Bench Level 0116"
  description = "Generated level 116 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0117" {
  name        = "Bench Level 0117"
  description = "Generated level 117 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0118" {
  name        = "Bench Level 0118"
  description = "Generated level 118 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0119" {
  name        = "Bench Level 0119"
  description = "Generated level 119 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0120" {
  name        = "Bench Level 0120"
  description = "Generated level 120 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0121" {
  name        = "Bench Level 0121"
  description = "Generated level 121 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0122" {
  name        = "Bench Level 0122"
  description = "Generated level 122 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0123" {
  name        = "Bench Level 0123"
  description = "Generated level 123 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0124" {
  name        = "Bench Level 0124"
  description = "Generated level 124 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0125" {
  name        = "Bench Level 0125"
  description = "Generated level 125 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0126" {
  name        = "Bench Level 0126"
  description = "Generated level 126 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0127" {
  name        = "Bench Level 0127"
  description = "Generated level 127 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0128" {
  name        = "Bench Level 0128"
  description = "Generated level 128 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0129" {
  name        = "Bench Level 0129"
  description = "Generated level 129 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0130" {
  name        = "Bench Level 0130"
  description = "Generated level 130 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0131" {
  name        = "Bench Level 0131"
  description = "Generated level 131 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0132" {
  name        = "Bench Level 0132"
  description = "Generated level 132 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0133" {
  name        = "Bench Level 0133"
  description = "Generated level 133 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0134" {
  name        = "Bench Level 0134"
  description = "Generated level 134 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0135" {
  name        = "Bench Level 0135"
  description = "Generated level 135 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0136" {
  name        = "Bench Level 0136"
  description = "Generated level 136 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0137" {
  name        = "Bench Level 0137"
  description = "Generated level 137 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0138" {
  name        = "Bench Level 0138"
  description = "Generated level 138 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0139" {
  name        = "Bench Level 0139"
  description = "Generated level 139 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0140" {
  name        = "Bench Level 0140"
  description = "Generated level 140 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0141" {
  name        = "Bench Level 0141"
  description = "Generated level 141 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0142" {
  name        = "Bench Level 0142"
  description = "Generated level 142 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0143" {
  name        = "Bench Level 0143"
  description = "Generated level 143 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0144" {
  name        = "Bench Level 0144"
  description = "Generated level 144 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0145" {
  name        = "Bench Level 0145"
  description = "Generated level 145 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0146" {
  name        = "Bench Level 0146"
  description = "Generated level 146 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0147" {
  name        = "Bench Level 0147"
  description = "Generated level 147 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0148" {
  name        = "Bench Level 0148"
  description = "Generated level 148 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0149" {
  name        = "Bench Level 0149"
  description = "Generated level 149 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0150" {
  name        = "Bench Level 0150"
  description = "Generated level 150 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0151" {
  name        = "Bench Level 0151"
  description = "Generated level 151 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0152" {
  name        = "Bench Level 0152"
  description = "Generated level 152 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0153" {
  name        = "Bench Level 0153"
  description = "Generated level 153 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0154" {
  name        = "Bench Level 0154"
  description = "Generated level 154 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0155" {
  name        = "Bench Level 0155"
  description = "Generated level 155 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0156" {
  name        = "Bench Level 0156"
  description = "Generated level 156 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0157" {
  name        = "Bench Level 0157"
  description = "Generated level 157 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0158" {
  name        = "Bench Level 0158"
  description = "Generated level 158 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0159" {
  name        = "Bench Level 0159"
  description = "Generated level 159 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0160" {
  name        = "Bench Level 0160"
  description = "Generated level 160 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0161" {
  name        = "Bench Level 0161"
  description = "Generated level 161 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0162" {
  name        = "Bench Level 0162"
  description = "Generated level 162 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0163" {
  name        = "Bench Level 0163"
  description = "Generated level 163 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0164" {
  name        = "Bench Level 0164"
  description = "Generated level 164 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0165" {
  name        = "Bench Level 0165"
  description = "Generated level 165 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0166" {
  name        = "Bench Level 0166"
  description = "Generated level 166 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0167" {
  name        = "Bench Level 0167"
  description = "Generated level 167 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0168" {
  name        = "Bench Level 0168"
  description = "Generated level 168 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0169" {
  name        = "Bench Level 0169"
  description = "Generated level 169 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0170" {
  name        = "Bench Level 0170"
  description = "Generated level 170 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0171" {
  name        = "Bench Level 0171"
  description = "Generated level 171 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0172" {
  name        = "Bench Level 0172"
  description = "Generated level 172 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0173" {
  name        = "Bench Level 0173"
  description = "Generated level 173 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0174" {
  name        = "Bench Level 0174"
  description = "Generated level 174 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0175" {
  name        = "Bench Level 0175"
  description = "Generated level 175 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0176" {
  name        = "Bench Level 0176"
  description = "Generated level 176 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0177" {
  name        = "Bench Level 0177"
  description = "Generated level 177 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0178" {
  name        = "Bench Level 0178"
  description = "Generated level 178 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0179" {
  name        = "Bench Level 0179"
  description = "Generated level 179 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0180" {
  name        = "Bench Level 0180"
  description = "Generated level 180 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0181" {
  name        = "Bench Level 0181"
  description = "Generated level 181 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0182" {
  name        = "Bench Level 0182"
  description = "Generated level 182 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0183" {
  name        = "Bench Level 0183"
  description = "Generated level 183 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0184" {
  name        = "Bench Level 0184"
  description = "Generated level 184 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0185" {
  name        = "Bench Level 0185"
  description = "Generated level 185 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0186" {
  name        = "Bench Level 0186"
  description = "Generated level 186 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0187" {
  name        = "Bench Level 0187"
  description = "Generated level 187 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0188" {
  name        = "Bench Level 0188"
  description = "Generated level 188 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0189" {
  name        = "Bench Level 0189"
  description = "Generated level 189 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0190" {
  name        = "Bench Level 0190"
  description = "Generated level 190 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0191" {
  name        = "Bench Level 0191"
  description = "Generated level 191 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0192" {
  name        = "Bench Level 0192"
  description = "Generated level 192 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0193" {
  name        = "Bench Level 0193"
  description = "Generated level 193 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0194" {
  name        = "Bench Level 0194"
  description = "Generated level 194 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0195" {
  name        = "Bench Level 0195"
  description = "Generated level 195 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0196" {
  name        = "Bench Level 0196"
  description = "Generated level 196 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0197" {
  name        = "Bench Level 0197"
  description = "Generated level 197 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0198" {
  name        = "Bench Level 0198"
  description = "Generated level 198 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0199" {
  name        = "Bench Level 0199"
  description = "Generated level 199 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0200" {
  name        = "Bench Level 0200"
  description = "Generated level 200 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0201" {
  name        = "Bench Level 0201"
  description = "Generated level 201 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0202" {
  name        = "Bench Level 0202"
  description = "Generated level 202 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0203" {
  name        = "Bench Level 0203"
  description = "Generated level 203 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0204" {
  name        = "Bench Level 0204"
  description = "Generated level 204 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0205" {
  name        = "Bench Level 0205"
  description = "Generated level 205 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0206" {
  name        = "Bench Level 0206"
  description = "Generated level 206 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0207" {
  name        = "Bench Level 0207"
  description = "Generated level 207 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0208" {
  name        = "Bench Level 0208"
  description = "Generated level 208 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0209" {
  name        = "Bench Level 0209"
  description = "Generated level 209 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0210" {
  name        = "Bench Level 0210"
  description = "Generated level 210 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0211" {
  name        = "Bench Level 0211"
  description = "Generated level 211 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0212" {
  name        = "Bench Level 0212"
  description = "Generated level 212 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0213" {
  name        = "Bench Level 0213"
  description = "Generated level 213 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0214" {
  name        = "Bench Level 0214"
  description = "Generated level 214 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0215" {
  name        = "Bench Level 0215"
  description = "Generated level 215 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0216" {
  name        = "Bench Level 0216"
  description = "Generated level 216 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0217" {
  name        = "Bench Level 0217"
  description = "Generated level 217 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0218" {
  name        = "Bench Level 0218"
  description = "Generated level 218 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0219" {
  name        = "Bench Level 0219"
  description = "Generated level 219 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0220" {
  name        = "Bench Level 0220"
  description = "Generated level 220 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0221" {
  name        = "Bench Level 0221"
  description = "Generated level 221 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0222" {
  name        = "Bench Level 0222"
  description = "Generated level 222 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0223" {
  name        = "Bench Level 0223"
  description = "Generated level 223 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0224" {
  name        = "Bench Level 0224"
  description = "Generated level 224 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0225" {
  name        = "Bench Level 0225"
  description = "Generated level 225 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0226" {
  name        = "Bench Level 0226"
  description = "Generated level 226 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0227" {
  name        = "Bench Level 0227"
  description = "Generated level 227 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0228" {
  name        = "Bench Level 0228"
  description = "Generated level 228 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0229" {
  name        = "Bench Level 0229"
  description = "Generated level 229 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0230" {
  name        = "Bench Level 0230"
  description = "Generated level 230 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0231" {
  name        = "Bench Level 0231"
  description = "Generated level 231 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0232" {
  name        = "Bench Level 0232"
  description = "Generated level 232 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0233" {
  name        = "Bench Level 0233"
  description = "Generated level 233 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0234" {
  name        = "Bench Level 0234"
  description = "Generated level 234 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0235" {
  name        = "Bench Level 0235"
  description = "Generated level 235 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0236" {
  name        = "Bench Level 0236"
  description = "Generated level 236 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0237" {
  name        = "Bench Level 0237"
  description = "Generated level 237 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0238" {
  name        = "Bench Level 0238"
  description = "Generated level 238 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0239" {
  name        = "Bench Level 0239"
  description = "Generated level 239 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0240" {
  name        = "Bench Level 0240"
  description = "Generated level 240 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0241" {
  name        = "Bench Level 0241"
  description = "Generated level 241 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0242" {
  name        = "Bench Level 0242"
  description = "Generated level 242 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0243" {
  name        = "Bench Level 0243"
  description = "Generated level 243 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0244" {
  name        = "Bench Level 0244"
  description = "Generated level 244 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0245" {
  name        = "Bench Level 0245"
  description = "Generated level 245 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0246" {
  name        = "Bench Level 0246"
  description = "Generated level 246 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0247" {
  name        = "Bench Level 0247"
  description = "Generated level 247 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0248" {
  name        = "Bench Level 0248"
  description = "Generated level 248 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0249" {
  name        = "Bench Level 0249"
  description = "Generated level 249 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0250" {
  name        = "Bench Level 0250"
  description = "Generated level 250 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0251" {
  name        = "Bench Level 0251"
  description = "Generated level 251 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0252" {
  name        = "Bench Level 0252"
  description = "Generated level 252 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0253" {
  name        = "Bench Level 0253"
  description = "Generated level 253 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0254" {
  name        = "Bench Level 0254"
  description = "Generated level 254 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0255" {
  name        = "Bench Level 0255"
  description = "Generated level 255 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0256" {
  name        = "Bench Level 0256"
  description = "Generated level 256 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0257" {
  name        = "Bench Level 0257"
  description = "Generated level 257 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0258" {
  name        = "Bench Level 0258"
  description = "Generated level 258 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0259" {
  name        = "Bench Level 0259"
  description = "Generated level 259 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0260" {
  name        = "Bench Level 0260"
  description = "Generated level 260 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0261" {
  name        = "Bench Level 0261"
  description = "Generated level 261 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0262" {
  name        = "Bench Level 0262"
  description = "Generated level 262 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0263" {
  name        = "Bench Level 0263"
  description = "Generated level 263 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0264" {
  name        = "Bench Level 0264"
  description = "Generated level 264 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0265" {
  name        = "Bench Level 0265"
  description = "Generated level 265 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0266" {
  name        = "Bench Level 0266"
  description = "Generated level 266 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0267" {
  name        = "Bench Level 0267"
  description = "Generated level 267 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0268" {
  name        = "Bench Level 0268"
  description = "Generated level 268 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0269" {
  name        = "Bench Level 0269"
  description = "Generated level 269 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0270" {
  name        = "Bench Level 0270"
  description = "Generated level 270 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0271" {
  name        = "Bench Level 0271"
  description = "Generated level 271 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0272" {
  name        = "Bench Level 0272"
  description = "Generated level 272 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0273" {
  name        = "Bench Level 0273"
  description = "Generated level 273 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0274" {
  name        = "Bench Level 0274"
  description = "Generated level 274 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0275" {
  name        = "Bench Level 0275"
  description = "Generated level 275 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0276" {
  name        = "Bench Level 0276"
  description = "Generated level 276 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0277" {
  name        = "Bench Level 0277"
  description = "Generated level 277 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0278" {
  name        = "Bench Level 0278"
  description = "Generated level 278 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0279" {
  name        = "Bench Level 0279"
  description = "Generated level 279 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0280" {
  name        = "Bench Level 0280"
  description = "Generated level 280 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0281" {
  name        = "Bench Level 0281"
  description = "Generated level 281 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0282" {
  name        = "Bench Level 0282"
  description = "Generated level 282 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0283" {
  name        = "Bench Level 0283"
  description = "Generated level 283 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0284" {
  name        = "Bench Level 0284"
  description = "Generated level 284 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0285" {
  name        = "Bench Level 0285"
  description = "Generated level 285 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0286" {
  name        = "Bench Level 0286"
  description = "Generated level 286 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0287" {
  name        = "Bench Level 0287"
  description = "Generated level 287 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0288" {
  name        = "Bench Level 0288"
  description = "Generated level 288 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0289" {
  name        = "Bench Level 0289"
  description = "Generated level 289 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0290" {
  name        = "Bench Level 0290"
  description = "Generated level 290 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0291" {
  name        = "Bench Level 0291"
  description = "Generated level 291 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0292" {
  name        = "Bench Level 0292"
  description = "Generated level 292 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0293" {
  name        = "Bench Level 0293"
  description = "Generated level 293 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0294" {
  name        = "Bench Level 0294"
  description = "Generated level 294 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0295" {
  name        = "Bench Level 0295"
  description = "Generated level 295 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0296" {
  name        = "Bench Level 0296"
  description = "Generated level 296 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0297" {
  name        = "Bench Level 0297"
  description = "Generated level 297 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0298" {
  name        = "Bench Level 0298"
  description = "Generated level 298 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0299" {
  name        = "Bench Level 0299"
  description = "Generated level 299 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0300" {
  name        = "Bench Level 0300"
  description = "Generated level 300 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0301" {
  name        = "Bench Level 0301"
  description = "Generated level 301 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0302" {
  name        = "Bench Level 0302"
  description = "Generated level 302 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0303" {
  name        = "Bench Level 0303"
  description = "Generated level 303 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0304" {
  name        = "Bench Level 0304"
  description = "Generated level 304 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0305" {
  name        = "Bench Level 0305"
  description = "Generated level 305 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0306" {
  name        = "Bench Level 0306"
  description = "Generated level 306 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0307" {
  name        = "Bench Level 0307"
  description = "Generated level 307 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0308" {
  name        = "Bench Level 0308"
  description = "Generated level 308 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0309" {
  name        = "Bench Level 0309"
  description = "Generated level 309 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0310" {
  name        = "Bench Level 0310"
  description = "Generated level 310 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0311" {
  name        = "Bench Level 0311"
  description = "Generated level 311 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0312" {
  name        = "Bench Level 0312"
  description = "Generated level 312 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0313" {
  name        = "Bench Level 0313"
  description = "Generated level 313 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0314" {
  name        = "Bench Level 0314"
  description = "Generated level 314 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0315" {
  name        = "Bench Level 0315"
  description = "Generated level 315 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0316" {
  name        = "Bench Level 0316"
  description = "Generated level 316 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0317" {
  name        = "Bench Level 0317"
  description = "Generated level 317 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0318" {
  name        = "Bench Level 0318"
  description = "Generated level 318 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0319" {
  name        = "Bench Level 0319"
  description = "Generated level 319 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0320" {
  name        = "Bench Level 0320"
  description = "Generated level 320 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0321" {
  name        = "Bench Level 0321"
  description = "Generated level 321 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0322" {
  name        = "Bench Level 0322"
  description = "Generated level 322 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0323" {
  name        = "Bench Level 0323"
  description = "Generated level 323 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0324" {
  name        = "Bench Level 0324"
  description = "Generated level 324 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0325" {
  name        = "Bench Level 0325"
  description = "Generated level 325 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0326" {
  name        = "Bench Level 0326"
  description = "Generated level 326 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0327" {
  name        = "Bench Level 0327"
  description = "Generated level 327 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0328" {
  name        = "Bench Level 0328"
  description = "Generated level 328 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0329" {
  name        = "Bench Level 0329"
  description = "Generated level 329 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0330" {
  name        = "Bench Level 0330"
  description = "Generated level 330 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0331" {
  name        = "Bench Level 0331"
  description = "Generated level 331 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0332" {
  name        = "Bench Level 0332"
  description = "Generated level 332 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0333" {
  name        = "Bench Level 0333"
  description = "Generated level 333 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0334" {
  name        = "Bench Level 0334"
  description = "Generated level 334 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0335" {
  name        = "Bench Level 0335"
  description = "Generated level 335 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0336" {
  name        = "Bench Level 0336"
  description = "Generated level 336 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0337" {
  name        = "Bench Level 0337"
  description = "Generated level 337 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0338" {
  name        = "Bench Level 0338"
  description = "Generated level 338 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0339" {
  name        = "Bench Level 0339"
  description = "Generated level 339 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0340" {
  name        = "Bench Level 0340"
  description = "Generated level 340 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0341" {
  name        = "Bench Level 0341"
  description = "Generated level 341 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0342" {
  name        = "Bench Level 0342"
  description = "Generated level 342 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0343" {
  name        = "Bench Level 0343"
  description = "Generated level 343 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0344" {
  name        = "Bench Level 0344"
  description = "Generated level 344 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0345" {
  name        = "Bench Level 0345"
  description = "Generated level 345 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0346" {
  name        = "Bench Level 0346"
  description = "Generated level 346 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0347" {
  name        = "Bench Level 0347"
  description = "Generated level 347 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0348" {
  name        = "Bench Level 0348"
  description = "Generated level 348 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0349" {
  name        = "Bench Level 0349"
  description = "Generated level 349 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0350" {
  name        = "Bench Level 0350"
  description = "Generated level 350 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0351" {
  name        = "Bench Level 0351"
  description = "Generated level 351 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0352" {
  name        = "Bench Level 0352"
  description = "Generated level 352 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0353" {
  name        = "Bench Level 0353"
  description = "Generated level 353 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0354" {
  name        = "Bench Level 0354"
  description = "Generated level 354 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0355" {
  name        = "Bench Level 0355"
  description = "Generated level 355 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0356" {
  name        = "Bench Level 0356"
  description = "Generated level 356 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0357" {
  name        = "Bench Level 0357"
  description = "Generated level 357 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0358" {
  name        = "Bench Level 0358"
  description = "Generated level 358 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0359" {
  name        = "Bench Level 0359"
  description = "Generated level 359 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0360" {
  name        = "Bench Level 0360"
  description = "Generated level 360 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0361" {
  name        = "Bench Level 0361"
  description = "Generated level 361 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0362" {
  name        = "Bench Level 0362"
  description = "Generated level 362 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0363" {
  name        = "Bench Level 0363"
  description = "Generated level 363 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0364" {
  name        = "Bench Level 0364"
  description = "Generated level 364 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0365" {
  name        = "Bench Level 0365"
  description = "Generated level 365 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0366" {
  name        = "Bench Level 0366"
  description = "Generated level 366 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0367" {
  name        = "Bench Level 0367"
  description = "Generated level 367 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0368" {
  name        = "Bench Level 0368"
  description = "Generated level 368 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0369" {
  name        = "Bench Level 0369"
  description = "Generated level 369 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0370" {
  name        = "Bench Level 0370"
  description = "Generated level 370 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0371" {
  name        = "Bench Level 0371"
  description = "Generated level 371 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0372" {
  name        = "Bench Level 0372"
  description = "Generated level 372 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0373" {
  name        = "Bench Level 0373"
  description = "Generated level 373 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0374" {
  name        = "Bench Level 0374"
  description = "Generated level 374 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0375" {
  name        = "Bench Level 0375"
  description = "Generated level 375 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0376" {
  name        = "Bench Level 0376"
  description = "Generated level 376 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0377" {
  name        = "Bench Level 0377"
  description = "Generated level 377 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0378" {
  name        = "Bench Level 0378"
  description = "Generated level 378 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0379" {
  name        = "Bench Level 0379"
  description = "Generated level 379 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0380" {
  name        = "Bench Level 0380"
  description = "Generated level 380 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0381" {
  name        = "Bench Level 0381"
  description = "Generated level 381 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0382" {
  name        = "Bench Level 0382"
  description = "Generated level 382 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0383" {
  name        = "Bench Level 0383"
  description = "Generated level 383 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0384" {
  name        = "Bench Level 0384"
  description = "Generated level 384 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0385" {
  name        = "Bench Level 0385"
  description = "Generated level 385 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0386" {
  name        = "Bench Level 0386"
  description = "Generated level 386 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0387" {
  name        = "Bench Level 0387"
  description = "Generated level 387 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0388" {
  name        = "Bench Level 0388"
  description = "Generated level 388 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0389" {
  name        = "Bench Level 0389"
  description = "Generated level 389 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0390" {
  name        = "Bench Level 0390"
  description = "Generated level 390 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0391" {
  name        = "Bench Level 0391"
  description = "Generated level 391 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0392" {
  name        = "Bench Level 0392"
  description = "Generated level 392 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0393" {
  name        = "Bench Level 0393"
  description = "Generated level 393 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0394" {
  name        = "Bench Level 0394"
  description = "Generated level 394 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0395" {
  name        = "Bench Level 0395"
  description = "Generated level 395 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0396" {
  name        = "Bench Level 0396"
  description = "Generated level 396 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0397" {
  name        = "Bench Level 0397"
  description = "Generated level 397 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0398" {
  name        = "Bench Level 0398"
  description = "Generated level 398 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0399" {
  name        = "Bench Level 0399"
  description = "Generated level 399 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0400" {
  name        = "Bench Level 0400"
  description = "Generated level 400 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0401" {
  name        = "Bench Level 0401"
  description = "Generated level 401 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0402" {
  name        = "Bench Level 0402"
  description = "Generated level 402 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0403" {
  name        = "Bench Level 0403"
  description = "Generated level 403 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0404" {
  name        = "Bench Level 0404"
  description = "Generated level 404 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0405" {
  name        = "Bench Level 0405"
  description = "Generated level 405 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0406" {
  name        = "Bench Level 0406"
  description = "Generated level 406 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0407" {
  name        = "Bench Level 0407"
  description = "Generated level 407 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0408" {
  name        = "Bench Level 0408"
  description = "Generated level 408 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0409" {
  name        = "Bench Level 0409"
  description = "Generated level 409 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0410" {
  name        = "Bench Level 0410"
  description = "Generated level 410 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0411" {
  name        = "Bench Level 0411"
  description = "Generated level 411 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0412" {
  name        = "Bench Level 0412"
  description = "Generated level 412 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0413" {
  name        = "Bench Level 0413"
  description = "Generated level 413 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0414" {
  name        = "Bench Level 0414"
  description = "Generated level 414 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0415" {
  name        = "Bench Level 0415"
  description = "Generated level 415 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0416" {
  name        = "Bench Level 0416"
  description = "Generated level 416 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0417" {
  name        = "Bench Level 0417"
  description = "Generated level 417 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0418" {
  name        = "Bench Level 0418"
  description = "Generated level 418 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0419" {
  name        = "Bench Level 0419"
  description = "Generated level 419 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0420" {
  name        = "Bench Level 0420"
  description = "Generated level 420 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0421" {
  name        = "Bench Level 0421"
  description = "Generated level 421 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0422" {
  name        = "Bench Level 0422"
  description = "Generated level 422 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0423" {
  name        = "Bench Level 0423"
  description = "Generated level 423 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0424" {
  name        = "Bench Level 0424"
  description = "Generated level 424 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0425" {
  name        = "Bench Level 0425"
  description = "Generated level 425 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0426" {
  name        = "Bench Level 0426"
  description = "Generated level 426 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0427" {
  name        = "Bench Level 0427"
  description = "Generated level 427 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0428" {
  name        = "Bench Level 0428"
  description = "Generated level 428 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0429" {
  name        = "Bench Level 0429"
  description = "Generated level 429 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0430" {
  name        = "Bench Level 0430"
  description = "Generated level 430 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0431" {
  name        = "Bench Level 0431"
  description = "Generated level 431 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0432" {
  name        = "Bench Level 0432"
  description = "Generated level 432 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0433" {
  name        = "Bench Level 0433"
  description = "Generated level 433 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0434" {
  name        = "Bench Level 0434"
  description = "Generated level 434 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0435" {
  name        = "Bench Level 0435"
  description = "Generated level 435 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0436" {
  name        = "Bench Level 0436"
  description = "Generated level 436 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0437" {
  name        = "Bench Level 0437"
  description = "Generated level 437 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0438" {
  name        = "Bench Level 0438"
  description = "Generated level 438 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0439" {
  name        = "Bench Level 0439"
  description = "Generated level 439 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0440" {
  name        = "Bench Level 0440"
  description = "Generated level 440 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0441" {
  name        = "Bench Level 0441"
  description = "Generated level 441 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0442" {
  name        = "Bench Level 0442"
  description = "Generated level 442 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0443" {
  name        = "Bench Level 0443"
  description = "Generated level 443 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0444" {
  name        = "Bench Level 0444"
  description = "Generated level 444 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0445" {
  name        = "Bench Level 0445"
  description = "Generated level 445 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0446" {
  name        = "Bench Level 0446"
  description = "Generated level 446 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0447" {
  name        = "Bench Level 0447"
  description = "Generated level 447 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0448" {
  name        = "Bench Level 0448"
  description = "Generated level 448 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0449" {
  name        = "Bench Level 0449"
  description = "Generated level 449 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0450" {
  name        = "Bench Level 0450"
  description = "Generated level 450 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0451" {
  name        = "Bench Level 0451"
  description = "Generated level 451 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0452" {
  name        = "Bench Level 0452"
  description = "Generated level 452 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0453" {
  name        = "Bench Level 0453"
  description = "Generated level 453 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0454" {
  name        = "Bench Level 0454"
  description = "Generated level 454 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0455" {
  name        = "Bench Level 0455"
  description = "Generated level 455 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0456" {
  name        = "Bench Level 0456"
  description = "Generated level 456 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0457" {
  name        = "Bench Level 0457"
  description = "Generated level 457 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0458" {
  name        = "Bench Level 0458"
  description = "Generated level 458 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0459" {
  name        = "Bench Level 0459"
  description = "Generated level 459 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0460" {
  name        = "Bench Level 0460"
  description = "Generated level 460 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0461" {
  name        = "Bench Level 0461"
  description = "Generated level 461 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0462" {
  name        = "Bench Level 0462"
  description = "Generated level 462 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0463" {
  name        = "Bench Level 0463"
  description = "Generated level 463 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0464" {
  name        = "Bench Level 0464"
  description = "Generated level 464 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0465" {
  name        = "Bench Level 0465"
  description = "Generated level 465 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0466" {
  name        = "Bench Level 0466"
  description = "Generated level 466 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0467" {
  name        = "Bench Level 0467"
  description = "Generated level 467 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0468" {
  name        = "Bench Level 0468"
  description = "Generated level 468 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0469" {
  name        = "Bench Level 0469"
  description = "Generated level 469 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0470" {
  name        = "Bench Level 0470"
  description = "Generated level 470 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0471" {
  name        = "Bench Level 0471"
  description = "Generated level 471 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0472" {
  name        = "Bench Level 0472"
  description = "Generated level 472 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0473" {
  name        = "Bench Level 0473"
  description = "Generated level 473 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0474" {
  name        = "Bench Level 0474"
  description = "Generated level 474 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0475" {
  name        = "Bench Level 0475"
  description = "Generated level 475 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0476" {
  name        = "Bench Level 0476"
  description = "Generated level 476 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0477" {
  name        = "Bench Level 0477"
  description = "Generated level 477 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0478" {
  name        = "Bench Level 0478"
  description = "Generated level 478 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0479" {
  name        = "Bench Level 0479"
  description = "Generated level 479 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0480" {
  name        = "Bench Level 0480"
  description = "Generated level 480 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0481" {
  name        = "Bench Level 0481"
  description = "Generated level 481 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0482" {
  name        = "Bench Level 0482"
  description = "Generated level 482 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0483" {
  name        = "Bench Level 0483"
  description = "Generated level 483 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0484" {
  name        = "Bench Level 0484"
  description = "Generated level 484 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0485" {
  name        = "Bench Level 0485"
  description = "Generated level 485 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0486" {
  name        = "Bench Level 0486"
  description = "Generated level 486 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0487" {
  name        = "Bench Level 0487"
  description = "Generated level 487 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0488" {
  name        = "Bench Level 0488"
  description = "Generated level 488 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0489" {
  name        = "Bench Level 0489"
  description = "Generated level 489 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0490" {
  name        = "Bench Level 0490"
  description = "Generated level 490 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0491" {
  name        = "Bench Level 0491"
  description = "Generated level 491 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0492" {
  name        = "Bench Level 0492"
  description = "Generated level 492 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0493" {
  name        = "Bench Level 0493"
  description = "Generated level 493 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0494" {
  name        = "Bench Level 0494"
  description = "Generated level 494 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0495" {
  name        = "Bench Level 0495"
  description = "Generated level 495 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0496" {
  name        = "Bench Level 0496"
  description = "Generated level 496 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0497" {
  name        = "Bench Level 0497"
  description = "Generated level 497 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0498" {
  name        = "Bench Level 0498"
  description = "Generated level 498 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}

resource "autotask_security_level" "l0499" {
  name        = "Bench Level 0499"
  description = "Generated level 499 of the benchmark"
  copy_from   = "Service Desk User"

  crm = {
    companies_view = "All"
    companies_add = true
    companies_edit = "None"
    contacts_view = "All"
    contacts_add = true
    contacts_edit = "None"
  }

  contracts = {
    contracts_view = "None"
    manage_contracts = false
    manage_adjustments = false
    approve_and_post = false
  }

  projects = {
    project_view = "None"
    project_add = true
    template_view = "None"
    template_add = true
    task_notes_edit = "All"
    task_notes_delete = "All"
    charges_expenses_view = "All"
    charges_add = true
    expenses_add = true
    charges_expenses_edit = "All"
    charges_expenses_delete = "All"
    render_tasks_as = "[Task's Task Category]"
    modify_contract = true
    modify_billable = false
    modify_show_on_invoice = false
    modify_work_type = true
    modify_service_bundle = false
    time_entry_task_scope = "My Tasks and Department Tasks"
    checklist_library_add_edit = false
    checklist_library_delete = false
    checklist_items_add_edit = true
    checklist_items_delete_uncomplete = false
    legacy_projects_dashboard = true
    view_internal_notes_attachments = true
    activity_feed_billing_data = false
  }

  service_desk = {
    tickets_view = "All"
    tickets_add = true
    tickets_edit = "All"
  }

  timesheets = {
    time_entries_create = true
    time_entries_edit = "Mine"
    time_entries_delete = "Mine"
  }

  documents = {
    view_documents = true
    add_documents = true
    view_knowledge_base = true
  }

  admin = {
    manage_security_levels = false
    manage_resources = false
    manage_financials = false
    manage_system_settings = false
  }

  other = {
    view_internal_costs = false
    manage_surveys = false
  }
}
