package evaluate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

type ruleCase struct {
	name  string
	rule  string
	in    func(t *testing.T) Input
	fires bool
	// when fires: a finding of the rule must exist at addr/path.
	addr string
	path []string
	// contains, when set, must appear in the finding's summary.
	contains string
	// opts are the evaluation options (zero: defaults).
	opts Options
	// fix, when set, must be the FixHCL of a finding of the rule.
	fix string
	// severity, when set, is the severity the findings must have instead
	// of the rule's default.
	severity Severity
}

const tfAddr = "autotask_security_level.terraform"

// tfLevel is a level fit for Terraform's own API user.
func tfLevel(ov catalog.Settings) Level {
	return Level{Address: tfAddr, ID: 500, Name: "Terraform", CopyFrom: "API User (system) (API-only)", Overrides: ov}
}

func selfOn(ref LevelRef) *Self { return &Self{UserName: "terraform", Level: ref} }

func goodSite() *SiteSettings {
	return &SiteSettings{Address: "autotask_security_settings.this", TwoFactorRequired: true, LockoutEnabled: true, LockoutThreshold: 5, Recipients: []string{"secops@example.com"}}
}

func portal(typ catalog.PortalType, s catalog.Settings) Input {
	return Input{PortalLevels: []PortalLevel{{Address: "autotask_client_portal_security_level.p", Name: "p", Type: typ, Settings: s}}}
}

const puAddr = "autotask_client_portal_user.u"

// sysPortal is Client Portal Basic, imported, changed by edit.
func sysPortal(edit func(*PortalLevel)) func(*testing.T) Input {
	return func(*testing.T) Input {
		l := PortalLevel{Address: "autotask_client_portal_security_level.p", ID: int64(catalog.PortalBasic), Name: "Client Portal Basic", System: true}
		edit(&l)
		return Input{PortalLevels: []PortalLevel{l}}
	}
}

// portalUser is a new portal user on a Taskfire level, at an organization
// without Taskfire, changed by edit.
func portalUser(edit func(*PortalUser)) func(*testing.T) Input {
	return func(*testing.T) Input {
		u := PortalUser{Address: puAddr, UserName: "irene.cole@harbor.example.org", Assigning: true,
			Level:   PortalUserLevel{Name: "Customer IT", Type: catalog.PortalTaskfire},
			Company: &PortalUserCompany{Name: "Harbor Veterinary"}}
		edit(&u)
		return Input{PortalUsers: []PortalUser{u}}
	}
}

func ruleCases() []ruleCase {
	const sd = "autotask_security_level.sd"
	const pAddr = "autotask_client_portal_security_level.p"
	const site = "autotask_security_settings.this"
	one := func(l Level) func(*testing.T) Input {
		return func(*testing.T) Input { return Input{Levels: []Level{l}} }
	}
	rewstPlus := func(s catalog.Settings) func(*testing.T) Input {
		return func(t *testing.T) Input {
			return Input{Levels: []Level{with(rewstLevel(t), s)}, APIUsers: []APIUser{rewstUser()}}
		}
	}
	userOn := func(l Level) func(*testing.T) Input {
		return func(*testing.T) Input {
			return Input{Levels: []Level{l}, APIUsers: []APIUser{{Address: "autotask_api_user.u", UserName: "u", Level: LevelRef{Address: l.Address}}}}
		}
	}
	sysSales := func(ov catalog.Settings) Level {
		return Level{Address: sd, Name: "Sales (system)", System: true, Overrides: ov}
	}
	selfCase := func(levels []Level, users []APIUser, cur LevelRef) func(*testing.T) Input {
		return func(*testing.T) Input { return Input{Levels: levels, APIUsers: users, Self: selfOn(cur)} }
	}
	tfUser := func(ref LevelRef) APIUser {
		return APIUser{Address: "autotask_api_user.terraform", UserName: "terraform", Level: ref}
	}
	tfRef := LevelRef{Address: tfAddr}
	siteWith := func(f func(*SiteSettings), prev *SiteSettings) func(*testing.T) Input {
		return func(*testing.T) Input {
			s := goodSite()
			f(s)
			in := Input{Settings: s}
			if prev != nil {
				in.Remote = &Remote{Settings: prev}
			}
			return in
		}
	}
	apiLimit := func(extra int, levels ...Level) func(*testing.T) Input {
		return func(*testing.T) Input { return Input{Levels: levels, Remote: &Remote{ExtraAPILicenseLevels: extra}} }
	}
	newAPI := func(addr string, id int64) Level {
		return Level{Address: addr, ID: id, Name: addr, CopyFrom: "API User Can't Read Costs"}
	}
	grant := func(user string, view, edit bool) func(*testing.T) Input {
		return func(t *testing.T) Input {
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{rewstUser(), {Address: "autotask_api_user.other", UserName: "other", Level: LevelRef{Address: rewstAddr}}},
				ProtectedData: []ProtectedGrant{{Address: "autotask_protected_data_access.g", UserName: user, ViewProtected: view, EditProtected: edit, ViewUnprotected: true}}}
		}
	}

	return append([]ruleCase{
		{name: "system level edited", rule: RuleSystemLevelEdited, in: one(sysSales(catalog.Settings{catalog.KeyProjectAdd: catalog.No})), fires: true, addr: sd, path: []string{"projects", "project_add"}},
		{name: "system level inactivated", rule: RuleSystemLevelEdited, in: one(Level{Address: sd, ID: int64(catalog.MinimalAccess), Inactive: true}), fires: true, addr: sd, path: []string{AttrActive}},
		{name: "system level restating its defaults", rule: RuleSystemLevelEdited, in: one(sysSales(catalog.Settings{catalog.KeyProjectAdd: catalog.Yes, catalog.KeyProjectView: catalog.Mine}))},
		{name: "dashboard user inactivated", rule: RuleSystemLevelEdited, in: one(Level{Address: sd, System: true, Name: "Dashboard User", Inactive: true})},

		{name: "system portal level edited", rule: RuleSystemLevelEdited, in: sysPortal(func(l *PortalLevel) { l.Settings = catalog.Settings{catalog.PortalKeyQuotes: catalog.Yes} }),
			fires: true, addr: pAddr, path: []string{"quotes", "view_approve_quotes"}},
		{name: "system portal level renamed", rule: RuleSystemLevelEdited, in: sysPortal(func(l *PortalLevel) { l.Name = "Basic Customers" }),
			fires: true, addr: pAddr, path: []string{AttrName}},
		{name: "system portal level described anew", rule: RuleSystemLevelEdited, in: sysPortal(func(l *PortalLevel) { l.Edited = []string{"description"} }),
			fires: true, addr: pAddr, path: []string{"description"}},
		{name: "system portal level inactivated", rule: RuleSystemLevelEdited, in: sysPortal(func(l *PortalLevel) { l.Inactive = true }),
			fires: true, addr: pAddr, path: []string{AttrActive}},
		{name: "system portal level as it is", rule: RuleSystemLevelEdited, in: sysPortal(func(l *PortalLevel) {
			l.Settings = catalog.Settings{catalog.PortalKeyQuotes: catalog.No, catalog.PortalKeySetSPPriority: catalog.Yes}
		})},

		{name: "copy of dashboard user", rule: RuleBaseNotCopyable, in: one(custom(sd, "Dashboard User (system)", nil)), fires: true, addr: sd, path: []string{AttrCopyFrom}},
		{name: "copy of sales", rule: RuleBaseNotCopyable, in: one(custom(sd, "Sales", nil))},

		{name: "unknown base", rule: RuleUnknownBase, in: one(custom(sd, "Wizard", nil)), fires: true, addr: sd, path: []string{AttrCopyFrom}},
		{name: "misspelled base", rule: RuleUnknownBase, in: one(custom(sd, "Service Dsk User", nil)), fires: true, addr: sd, path: []string{AttrCopyFrom}, fix: `copy_from = "Service Desk User"`},
		{name: "no base", rule: RuleUnknownBase, in: one(custom(sd, "", nil)), fires: true, addr: sd, path: []string{AttrCopyFrom}},
		{name: "conflicting base", rule: RuleUnknownBase, in: one(Level{Address: sd, CopyFrom: "Sales", CopyFromID: catalog.Manager}), fires: true, addr: sd, path: []string{AttrCopyFrom}},
		{name: "system level with unknown name", rule: RuleUnknownBase, in: one(Level{Address: sd, System: true, Name: "Wizard"}), fires: true, addr: sd, path: []string{AttrName}},
		{name: "base by ID", rule: RuleUnknownBase, in: one(Level{Address: sd, CopyFromID: catalog.ServiceDeskUser})},
		{name: "base by display name", rule: RuleUnknownBase, in: one(custom(sd, "API User (system) (API-only)", nil))},

		{name: "API user on professional level", rule: RuleAPIUserLicense, in: userOn(custom(sd, "Service Desk User", nil)), fires: true, addr: "autotask_api_user.u", path: []string{AttrSecurityLevel}},
		{name: "API user on system manager", rule: RuleAPIUserLicense, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{Name: "Manager (system)"}}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrSecurityLevel}},
		{name: "API user on API level", rule: RuleAPIUserLicense, in: userOn(custom(sd, "API User Can't Read Costs", nil))},
		{name: "API user on remote API level", rule: RuleAPIUserLicense, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{ID: 77}}}, Remote: &Remote{Levels: []RemoteLevel{{ID: 77, Name: "Old API", License: catalog.LicenseAPIUser}}}}
		}},

		{name: "51st API level", rule: RuleAPILicenseLevelLimit, in: apiLimit(48, newAPI("autotask_security_level.new", 0)), fires: true, addr: "autotask_security_level.new", path: []string{AttrCopyFrom}},
		{name: "existing planned level counts", rule: RuleAPILicenseLevelLimit, in: apiLimit(47, newAPI("autotask_security_level.old", 1000), newAPI("autotask_security_level.new", 0)), fires: true, addr: "autotask_security_level.new"},
		{name: "remote levels count", rule: RuleAPILicenseLevelLimit, in: func(*testing.T) Input {
			rl := make([]RemoteLevel, 48)
			for i := range rl {
				rl[i] = RemoteLevel{ID: int64(100 + i), Name: fmt.Sprint("api", i), License: catalog.LicenseAPIUser}
			}
			return Input{Levels: []Level{newAPI("autotask_security_level.new", 0)}, Remote: &Remote{Levels: rl}}
		}, fires: true, addr: "autotask_security_level.new"},
		{name: "50th API level", rule: RuleAPILicenseLevelLimit, in: apiLimit(47, newAPI("autotask_security_level.new", 0))},
		{name: "other objects of the plan count", rule: RuleAPILicenseLevelLimit, in: func(*testing.T) Input {
			in := apiLimit(46, newAPI("autotask_security_level.new", 0))(nil)
			in.PlannedAPILicenseLevels = []string{"Other A", "other  a", "Other B"}
			return in
		}, fires: true, addr: "autotask_security_level.new", path: []string{AttrCopyFrom}},
		{name: "the object in hand is not counted twice", rule: RuleAPILicenseLevelLimit, in: func(*testing.T) Input {
			in := apiLimit(46, newAPI("autotask_security_level.new", 0))(nil)
			in.PlannedAPILicenseLevels = []string{"autotask_security_level.new", "Other A"}
			return in
		}},
		{name: "a replacement counts once", rule: RuleAPILicenseLevelLimit, in: func(*testing.T) Input {
			rl := make([]RemoteLevel, 48)
			for i := range rl {
				rl[i] = RemoteLevel{ID: int64(100 + i), Name: fmt.Sprint("api", i), License: catalog.LicenseAPIUser}
			}
			l := newAPI("autotask_security_level.new", 0)
			l.Name = "API0"
			return Input{Levels: []Level{l}, Remote: &Remote{Levels: rl}, PlannedAPILicenseLevels: []string{"api1"}}
		}},

		{name: "taskfire level assignable by clients", rule: RulePortalTaskfireAssign, in: func(*testing.T) Input {
			return portal(catalog.PortalTaskfire, catalog.Settings{catalog.PortalKeyAssignable: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"assignable_by_client_user"}},
		{name: "client access level assignable by clients", rule: RulePortalTaskfireAssign, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyAssignable: catalog.Yes})
		}},
		{name: "taskfire level sets the provider's priority", rule: RulePortalTaskfirePriority, in: func(*testing.T) Input {
			return portal(catalog.PortalTaskfire, catalog.Settings{catalog.PortalKeyCreateTickets: catalog.Yes, catalog.PortalKeySetSPPriority: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"tickets", "set_service_provider_priority"}},
		{name: "client access level sets the provider's priority", rule: RulePortalTaskfirePriority, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyCreateTickets: catalog.Yes, catalog.PortalKeySetSPPriority: catalog.Yes})
		}},
		{name: "taskfire setup on client access", rule: RulePortalTaskfireSetup, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyTaskfireSetup: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"taskfire", "taskfire_setup"}},
		{name: "taskfire setup on taskfire", rule: RulePortalTaskfireSetup, in: func(*testing.T) Input {
			return portal(catalog.PortalTaskfire, catalog.Settings{catalog.PortalKeyTaskfireSetup: catalog.Yes})
		}},
		{name: "no devices but sees all", rule: RulePortalNoDevicesScope, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyDeviceScope: catalog.All})
		}, fires: true, addr: pAddr, path: []string{"devices", "device_scope"}},
		{name: "device scope with device access", rule: RulePortalNoDevicesScope, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyDeviceAccess: catalog.PortalDevicesViewOnly, catalog.PortalKeyDeviceScope: catalog.All})
		}},
		{name: "project schedule without projects", rule: RulePortalNoProjectAccess, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{"portal.view_project_schedule": catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"projects", "view_project_schedule"}},
		{name: "project schedule with projects", rule: RulePortalNoProjectAccess, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{"portal.view_project_schedule": catalog.Yes, catalog.PortalKeyProjectAccess: catalog.PortalProjectsTeamMember})
		}},
		{name: "device detail without devices", rule: RulePortalDeviceDetails, in: func(*testing.T) Input {
			return portal(catalog.PortalTaskfire, catalog.Settings{"portal.rmm_hostname": catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"device_details", "rmm_hostname"}},
		{name: "device detail with read-only devices", rule: RulePortalDeviceDetails, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{"portal.rmm_hostname": catalog.Yes, catalog.PortalKeyDeviceAccess: catalog.PortalDevicesViewOnly})
		}},
		{name: "priority without ticket creation", rule: RulePortalPriorityNoCreate, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeySetSPPriority: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"tickets", "set_service_provider_priority"}},
		{name: "priority with ticket creation", rule: RulePortalPriorityNoCreate, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeySetSPPriority: catalog.Yes, catalog.PortalKeyCreateTickets: catalog.Yes})
		}},
		{name: "taskfire level for a contact without taskfire", rule: RulePortalUserTaskfire, in: portalUser(func(u *PortalUser) {}),
			fires: true, addr: puAddr, path: []string{AttrSecurityLevel}, contains: `"Harbor Veterinary"`},
		{name: "taskfire level for a taskfire organization", rule: RulePortalUserTaskfire, in: portalUser(func(u *PortalUser) { u.Company.Taskfire = true })},
		{name: "client access level for a contact without taskfire", rule: RulePortalUserTaskfire, in: portalUser(func(u *PortalUser) { u.Level.Type = catalog.PortalClientAccess })},
		{name: "taskfire level kept after the organization lost taskfire", rule: RulePortalUserTaskfire, in: portalUser(func(u *PortalUser) { u.Assigning = false })},
		{name: "inactive portal level assigned", rule: RulePortalUserInactiveLvl, in: portalUser(func(u *PortalUser) { u.Company.Taskfire, u.Level.Inactive = true, true }),
			fires: true, addr: puAddr, path: []string{AttrSecurityLevel}},
		{name: "active portal level assigned", rule: RulePortalUserInactiveLvl, in: portalUser(func(u *PortalUser) { u.Company.Taskfire = true })},

		{name: "contracts on team member license", rule: RuleOutsideLicense, in: one(custom(sd, "Team Member", catalog.Settings{"contracts.manage_contracts": catalog.Yes})), fires: true, addr: sd, path: []string{"contracts", "manage_contracts"}},
		{name: "admin on professional license", rule: RuleOutsideLicense, in: one(custom(sd, "Service Desk User", catalog.Settings{catalog.KeyManageResources: catalog.Yes})), fires: true, addr: sd, path: []string{"admin", "manage_resources"}},
		{name: "CRM on team member license", rule: RuleOutsideLicense, in: one(custom(sd, "Team Member", catalog.Settings{"crm.companies_add": catalog.Yes}))},
		{name: "floor value outside license", rule: RuleOutsideLicense, in: one(custom(sd, "Team Member", catalog.Settings{"contracts.manage_contracts": catalog.No}))},

		{name: "value not allowed", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyProjectView: "Everything"})), fires: true, addr: sd, path: []string{"projects", "project_view"}},
		{name: "non-canonical spelling", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyProjectView: "all"})), fires: true, addr: sd, path: []string{"projects", "project_view"}},
		{name: "unknown permission", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{"projects.teleport": catalog.Yes})), fires: true, addr: sd, path: []string{"projects", "teleport"}},
		{name: "misspelled permission", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{"crm.company_add": "false"})), fires: true, addr: sd, path: []string{"crm", "company_add"},
			fix: "crm = {\n  companies_add = false\n}"},
		{name: "empty task category", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyRenderTasksAs: ""})), fires: true, addr: sd, path: []string{"projects", "render_tasks_as"}},
		{name: "invalid portal value", rule: RuleInvalidValue, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyProjectAccess: "Some"})
		}, fires: true, addr: pAddr, path: []string{"projects", "project_access"}},
		{name: "invalid portal type", rule: RuleInvalidValue, in: func(*testing.T) Input { return portal("Kiosk", nil) }, fires: true, addr: pAddr, path: []string{AttrType}},
		{name: "zero lock-out threshold", rule: RuleInvalidValue, in: siteWith(func(s *SiteSettings) { s.LockoutThreshold = 0 }, nil), fires: true, addr: site, path: []string{AttrLockoutThreshold}},
		{name: "blank recipient", rule: RuleInvalidValue, in: siteWith(func(s *SiteSettings) { s.Recipients = append(s.Recipients, " ") }, nil), fires: true, addr: site, path: []string{AttrNotificationRecipients}},
		{name: "valid values", rule: RuleInvalidValue, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyProjectView: catalog.All, catalog.KeyRenderTasksAs: "Contractor view", catalog.KeyTimeEntryTaskScope: catalog.ScopeAllTasks}))},

		{name: "unknown level ref", rule: RuleUnknownLevelRef, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{Name: "Ghost"}}}, Remote: &Remote{}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrSecurityLevel}},
		{name: "unknown level ref among API-license levels", rule: RuleUnknownLevelRef, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{ID: 4321}}},
				Remote: &Remote{APILicenseLevelsOnly: true, Levels: []RemoteLevel{{ID: 77, Name: "Old API", License: catalog.LicenseAPIUser}}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrSecurityLevel}, contains: "ID 4321"},
		{name: "level ref without the PSA view", rule: RuleUnknownLevelRef, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{ID: 4321}}}}
		}},
		{name: "system level ref", rule: RuleUnknownLevelRef, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{Name: "API User Can't Read Costs"}}}}
		}},
		{name: "unknown-at-plan ref", rule: RuleUnknownLevelRef, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u"}}}
		}},

		{name: "unknown integration", rule: RuleUnknownIntegration, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Integration: "nonesuch"}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrIntegration}},
		{name: "integration by vendor name", rule: RuleUnknownIntegration, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Integration: "Rewst"}}}
		}},
		{name: "unknown profile at its own attribute", rule: RuleUnknownIntegration, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Integration: "nonesuch", IntegrationPath: []string{AttrLeastPrivilegeProfile}}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrLeastPrivilegeProfile}},
		{name: "unknown vendor", rule: RuleUnknownIntegration, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Vendor: "Acme Sync"}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrIntegration, AttrVendor}},
		{name: "internal integration", rule: RuleUnknownIntegration, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", InternalName: "Acme Sync"}}}
		}},

		{name: "integration missing tickets view", rule: RuleIntegrationMissing, in: rewstPlus(catalog.Settings{catalog.KeyTicketsView: catalog.Mine}), fires: true, addr: rewstAddr, path: []string{"service_desk", "tickets_view"}},
		{name: "integration on exact recipe", rule: RuleIntegrationMissing, in: rewstPlus(nil)},

		{name: "integration with extra template view", rule: RuleIntegrationExtra, in: rewstPlus(catalog.Settings{catalog.KeyTemplateView: catalog.All}), fires: true, addr: rewstAddr, path: []string{"projects", "template_view"}},
		{name: "integration on exact recipe has no extras", rule: RuleIntegrationExtra, in: rewstPlus(nil)},
		{name: "text permission is never extra", rule: RuleIntegrationExtra, in: rewstPlus(catalog.Settings{catalog.KeyRenderTasksAs: "Minimal"})},

		{name: "integration on API User (system)", rule: RuleIntegrationFullAPIUser, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: rewstUserAddr, Integration: "rewst", Level: LevelRef{ID: int64(catalog.APIUser)}}}}
		}, fires: true, addr: rewstUserAddr, path: []string{AttrSecurityLevel}},
		{name: "integration on its own level", rule: RuleIntegrationFullAPIUser, in: rewstPlus(nil)},
		{name: "plain API user on API User (system)", rule: RuleIntegrationFullAPIUser, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", Level: LevelRef{ID: int64(catalog.APIUser)}}}}
		}},

		{name: "integration reads costs", rule: RuleIntegrationCosts, in: rewstPlus(catalog.Settings{catalog.KeyViewInternalCosts: catalog.Yes}), fires: true, addr: rewstAddr, path: []string{"other", "view_internal_costs"}},
		{name: "integration on copy of API User", rule: RuleIntegrationCosts, in: func(t *testing.T) Input {
			l := rewstLevel(t)
			l.CopyFromID, l.Overrides = catalog.APIUser, nil
			return Input{Levels: []Level{l}, APIUsers: []APIUser{rewstUser()}}
		}, fires: true, addr: rewstAddr, path: []string{"other", "view_internal_costs"}},
		{name: "integration without costs", rule: RuleIntegrationCosts, in: rewstPlus(nil)},

		{name: "two users for one integration", rule: RuleIntegrationDuplicate, in: func(t *testing.T) Input {
			u2 := rewstUser()
			u2.Address, u2.UserName = "autotask_api_user.rewst2", "svc-rewst2"
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{rewstUser(), u2}}
		}, fires: true, addr: "autotask_api_user.rewst2", path: []string{AttrIntegration}},
		{name: "second user exists remotely", rule: RuleIntegrationDuplicate, in: func(t *testing.T) Input {
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{rewstUser()}, Remote: &Remote{APIUsers: []RemoteAPIUser{{UserName: "old-rewst", Integration: "Rewst"}}}}
		}, fires: true, addr: rewstUserAddr, path: []string{AttrIntegration}, contains: "old-rewst"},
		{name: "remote copy of the same user", rule: RuleIntegrationDuplicate, in: func(t *testing.T) Input {
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{rewstUser()}, Remote: &Remote{APIUsers: []RemoteAPIUser{{UserName: "SVC-REWST", Integration: "rewst"}}}}
		}},
		{name: "two users of one internal integration", rule: RuleIntegrationDuplicate, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.a", UserName: "a", InternalName: "Backup Reports"}},
				Remote: &Remote{APIUsers: []RemoteAPIUser{{UserName: "b", InternalName: "backup  reports"}}}}
		}, fires: true, addr: "autotask_api_user.a", path: []string{AttrIntegration}, contains: `internal integration "Backup Reports" has 2 active API users`},
		{name: "second user inactive in the PSA", rule: RuleIntegrationDuplicate, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.a", UserName: "a", Vendor: "rewst"}},
				Remote: &Remote{APIUsers: []RemoteAPIUser{{UserName: "b", Vendor: "Rewst", Inactive: true}}}}
		}},
		{name: "internal integration named like a vendor", rule: RuleIntegrationDuplicate, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.a", UserName: "a", Vendor: "rewst"}, {Address: "autotask_api_user.b", UserName: "b", InternalName: "Rewst"}}}
		}},

		{name: "integration user sees protected data", rule: RuleIntegrationProtected, in: grant("svc-rewst", true, false), fires: true, addr: "autotask_protected_data_access.g", path: []string{AttrViewProtected}},
		{name: "integration user edits protected data", rule: RuleIntegrationProtected, in: grant("SVC-Rewst", false, true), fires: true, addr: "autotask_protected_data_access.g", path: []string{AttrEditProtected}},
		{name: "integration user matched by resource ID", rule: RuleIntegrationProtected, in: func(t *testing.T) Input {
			u := rewstUser()
			u.ID = 31
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{u},
				ProtectedData: []ProtectedGrant{{Address: "autotask_protected_data_access.g", ResourceID: 31, UserName: "renamed", ViewProtected: true}}}
		}, fires: true, addr: "autotask_protected_data_access.g", path: []string{AttrViewProtected}},
		{name: "other resource ID with the same user name", rule: RuleIntegrationProtected, in: func(t *testing.T) Input {
			u := rewstUser()
			u.ID = 31
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{u},
				ProtectedData: []ProtectedGrant{{Address: "autotask_protected_data_access.g", ResourceID: 32, UserName: "svc-rewst", ViewProtected: true}}}
		}},
		{name: "integration user keeps the API license's protected access", rule: RuleIntegrationProtected, in: func(t *testing.T) Input {
			u := rewstUser()
			def := catalog.ProtectedAccessDefault(catalog.LicenseAPIUser)
			u.Protected = &def
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{u}}
		}, fires: true, addr: rewstUserAddr, path: []string{AttrIntegration}, contains: "can view and edit protected data"},
		{name: "integration user without protected access", rule: RuleIntegrationProtected, in: func(t *testing.T) Input {
			u := rewstUser()
			u.Protected = &catalog.ProtectedAccess{ViewUnprotected: true, EditUnprotected: true}
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{u}}
		}},
		{name: "plain user sees protected data", rule: RuleIntegrationProtected, in: grant("other", true, true)},
		{name: "integration user with unprotected only", rule: RuleIntegrationProtected, in: grant("svc-rewst", false, false)},

		{name: "internal integration sized for rewst", rule: RuleIntegrationsShareUser, in: func(*testing.T) Input {
			return Input{APIUsers: []APIUser{{Address: "autotask_api_user.u", UserName: "u", InternalName: "Billing Sync", Integration: "rewst", Level: LevelRef{ID: int64(catalog.APIUserNoCosts)}}}}
		}, fires: true, addr: "autotask_api_user.u", path: []string{AttrIntegration}, contains: "serves two integrations"},
		{name: "terraform's user carries a vendor", rule: RuleIntegrationsShareUser, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.Vendor = "rewst"
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrIntegration}, contains: "also serves Rewst"},
		{name: "terraform's user sized for rewst", rule: RuleIntegrationsShareUser, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.InternalName, u.Integration = "Terraform", "rewst"
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrIntegration}},
		{name: "vendor user sized for its own vendor", rule: RuleIntegrationsShareUser, in: func(t *testing.T) Input {
			u := rewstUser()
			u.Vendor = "Rewst"
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{u}}
		}},
		{name: "terraform's user as an internal integration", rule: RuleIntegrationsShareUser, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.InternalName = "Terraform"
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}},

		{name: "admin on co-managed copy", rule: RuleCoManagedAdmin, in: one(custom(sd, "Co-managed Help Desk", catalog.Settings{catalog.KeyManageSystemSettings: catalog.Yes})), fires: true, addr: sd, path: []string{"admin", "manage_system_settings"}},
		{name: "co-managed copy without admin", rule: RuleCoManagedAdmin, in: one(custom(sd, "Co-managed Help Desk", catalog.Settings{catalog.KeyTicketsView: catalog.All}))},
		{name: "admin on administrator copy", rule: RuleCoManagedAdmin, in: one(custom(sd, "System Administrator", nil))},

		{name: "approve and post over hidden charges", rule: RuleApprovePostOverride, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyApproveAndPost: catalog.Yes, catalog.KeyChargesExpensesView: catalog.None})), fires: true, addr: sd, path: []string{"contracts", "approve_and_post"}},
		{name: "approve and post with charge access", rule: RuleApprovePostOverride, in: one(custom(sd, "Manager", nil))},
		{name: "hidden charges without approve and post", rule: RuleApprovePostOverride, in: one(custom(sd, "Sales", catalog.Settings{catalog.KeyChargesExpensesView: catalog.None}))},

		{name: "mine on projects", rule: RuleRemovableAssociation, in: one(custom(sd, "Sales", nil)), fires: true, addr: sd, path: []string{"crm", "companies_view"}, contains: "Client & Internal and Proposals: View"},
		{name: "mine only on authored objects", rule: RuleRemovableAssociation, in: one(custom(sd, "API User Can't Read Costs", catalog.Settings{catalog.KeyTaskNotesEdit: catalog.Mine, catalog.KeyChargesExpensesView: catalog.Mine}))},

		{name: "manager copy manages resources", rule: RuleHiddenAdministrator, in: one(custom(sd, "Manager", catalog.Settings{catalog.KeyManageResources: catalog.Yes})), fires: true, addr: sd, path: []string{"admin", "manage_resources"}, contains: "effectively an administrator"},
		{name: "API copy manages security levels", rule: RuleHiddenAdministrator, in: one(custom(sd, "API User Can't Read Costs", nil)), fires: true, addr: sd, path: []string{"admin", "manage_security_levels"}},
		{name: "rewst needs manage resources", rule: RuleHiddenAdministrator, in: rewstPlus(nil), fires: true, addr: rewstAddr, path: []string{"admin", "manage_resources"}, contains: "Rewst recipe requires", severity: SeverityInfo},
		{name: "rewst's API user is on it in the PSA", rule: RuleHiddenAdministrator, in: func(t *testing.T) Input {
			in := one(custom(sd, "API User Can't Read Costs", catalog.Settings{catalog.KeyManageSecurityLevels: catalog.No}))(t)
			in.Levels[0].Profiles = []string{"rewst"}
			return in
		}, fires: true, addr: sd, path: []string{"admin", "manage_resources"}, contains: "Rewst recipe requires", severity: SeverityInfo},
		{name: "rewst needs it, raised by rule_severity", rule: RuleHiddenAdministrator, in: rewstPlus(nil), opts: Options{SeverityOverrides: map[string]Severity{RuleHiddenAdministrator: SeverityWarning}},
			fires: true, addr: rewstAddr, path: []string{"admin", "manage_resources"}, contains: "Rewst recipe requires"},
		{name: "administrator copy", rule: RuleHiddenAdministrator, in: one(custom(sd, "System Administrator", nil))},
		{name: "manager copy without admin", rule: RuleHiddenAdministrator, in: one(custom(sd, "Manager", nil))},

		{name: "portal financials", rule: RulePortalFinancials, in: func(*testing.T) Input {
			return portal(catalog.PortalClientAccess, catalog.Settings{catalog.PortalKeyFinancials: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"financials", "view_financials"}, contains: "pay"},
		{name: "portal without financials", rule: RulePortalFinancials, in: func(*testing.T) Input { return portal(catalog.PortalClientAccess, nil) }},

		{name: "portal manages logins", rule: RulePortalManageLogins, in: func(*testing.T) Input {
			return portal(catalog.PortalTaskfire, catalog.Settings{catalog.PortalKeyManageLogins: catalog.Yes})
		}, fires: true, addr: pAddr, path: []string{"account", "manage_portal_logins"}},
		{name: "portal without login management", rule: RulePortalManageLogins, in: func(*testing.T) Input { return portal(catalog.PortalTaskfire, nil) }},

		{name: "protected data grant", rule: RuleProtectedDataOverride, in: grant("other", true, false), fires: true, addr: "autotask_protected_data_access.g", path: []string{AttrViewProtected}},
		{name: "unprotected-only grant", rule: RuleProtectedDataOverride, in: grant("other", false, false)},

		{name: "own level loses manage resources", rule: RuleSelfLosesAdmin, in: selfCase([]Level{tfLevel(catalog.Settings{catalog.KeyManageResources: catalog.No})}, nil, tfRef), fires: true, addr: tfAddr, path: []string{"admin", "manage_resources"}},
		{name: "own level loses manage security levels", rule: RuleSelfLosesAdmin, in: selfCase([]Level{tfLevel(catalog.Settings{catalog.KeyManageSecurityLevels: catalog.No})}, []APIUser{tfUser(tfRef)}, LevelRef{ID: 500}), fires: true, addr: tfAddr, path: []string{"admin", "manage_security_levels"}},
		{name: "own level keeps admin", rule: RuleSelfLosesAdmin, in: selfCase([]Level{tfLevel(catalog.Settings{catalog.KeyViewInternalCosts: catalog.No})}, nil, tfRef)},
		{name: "own level never had manage security levels", rule: RuleSelfLosesAdmin, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(catalog.Settings{catalog.KeyManageSecurityLevels: catalog.No, catalog.KeyViewInternalCosts: catalog.No})}, Self: selfOn(LevelRef{ID: 500}),
				Remote: &Remote{Levels: []RemoteLevel{{ID: 500, License: catalog.LicenseAPIUser, Settings: catalog.Settings{catalog.KeyManageResources: catalog.Yes, catalog.KeyManageSecurityLevels: catalog.No}}}}}
		}},
		{name: "own level loses what the PSA shows it has", rule: RuleSelfLosesAdmin, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(catalog.Settings{catalog.KeyManageResources: catalog.No})}, Self: selfOn(LevelRef{ID: 500}),
				Remote: &Remote{Levels: []RemoteLevel{{ID: 500, License: catalog.LicenseAPIUser, Settings: catalog.Settings{catalog.KeyManageResources: catalog.Yes, catalog.KeyManageSecurityLevels: catalog.Yes}}}}}
		}, fires: true, addr: tfAddr, path: []string{"admin", "manage_resources"}},
		{name: "another level loses admin", rule: RuleSelfLosesAdmin, in: selfCase([]Level{tfLevel(nil), custom(sd, "API User", catalog.Settings{catalog.KeyManageResources: catalog.No})}, nil, tfRef)},

		{name: "own user deactivated", rule: RuleSelfDeactivated, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.Inactive = true
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrActive}},
		{name: "own level inactivated", rule: RuleSelfDeactivated, in: func(*testing.T) Input {
			l := tfLevel(nil)
			l.Inactive = true
			return Input{Levels: []Level{l}, Self: selfOn(tfRef)}
		}, fires: true, addr: tfAddr, path: []string{AttrActive}},
		{name: "other user deactivated", rule: RuleSelfDeactivated, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{{Address: "autotask_api_user.x", UserName: "x", Inactive: true}, tfUser(tfRef)}, Self: selfOn(tfRef)}
		}},

		{name: "own user moved to rewst level", rule: RuleSelfMoved, in: func(t *testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil), rewstLevel(t)}, APIUsers: []APIUser{tfUser(LevelRef{Address: rewstAddr})}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrSecurityLevel}, contains: "Security Levels"},
		{name: "own user moved to API User (system)", rule: RuleSelfMoved, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{tfUser(LevelRef{Name: "API User"})}, Self: selfOn(tfRef)}
		}},
		{name: "own user moved from a level that lacked the same", rule: RuleSelfMoved, in: func(t *testing.T) Input {
			return Input{Levels: []Level{rewstLevel(t)}, APIUsers: []APIUser{tfUser(LevelRef{Address: rewstAddr})}, Self: selfOn(LevelRef{Name: "Old"}),
				Remote: &Remote{Levels: []RemoteLevel{{ID: 600, Name: "Old", License: catalog.LicenseAPIUser, Settings: catalog.Settings{catalog.KeyManageResources: catalog.Yes}}}}}
		}},
		{name: "own user stays", rule: RuleSelfMoved, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{tfUser(LevelRef{ID: 500})}, Self: selfOn(tfRef)}
		}},

		{name: "own user changes vendor", rule: RuleSelfTrackingChanged, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.Vendor, u.TrackingChanging = "rewst", true
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrIntegration}},
		{name: "another user changes vendor", rule: RuleSelfTrackingChanged, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{tfUser(tfRef), {Address: "autotask_api_user.x", UserName: "x", Vendor: "rewst", TrackingChanging: true}}, Self: selfOn(tfRef)}
		}},

		{name: "own user renamed", rule: RuleSelfRenamed, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.UserName, u.PreviousUserName = "terraform-v2", "Terraform"
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}, fires: true, addr: "autotask_api_user.terraform", path: []string{AttrUserName}, contains: `renamed to "terraform-v2"`},
		{name: "own user name in another letter case", rule: RuleSelfRenamed, in: func(*testing.T) Input {
			u := tfUser(tfRef)
			u.UserName, u.PreviousUserName = "TERRAFORM", "terraform"
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{u}, Self: selfOn(tfRef)}
		}},
		{name: "another user renamed", rule: RuleSelfRenamed, in: func(*testing.T) Input {
			return Input{Levels: []Level{tfLevel(nil)}, APIUsers: []APIUser{tfUser(tfRef), {Address: "autotask_api_user.x", UserName: "y", PreviousUserName: "x"}}, Self: selfOn(tfRef)}
		}},

		{name: "neither SSO nor 2FA", rule: RuleNoStrongLogin, in: siteWith(func(s *SiteSettings) { s.TwoFactorRequired = false }, nil), fires: true, addr: site, path: []string{AttrTwoFactorRequired}, contains: "Neither"},
		{name: "2FA no longer required", rule: RuleNoStrongLogin, in: siteWith(func(s *SiteSettings) { s.TwoFactorRequired = false }, goodSite()), fires: true, addr: site, path: []string{AttrTwoFactorRequired}, contains: "stop requiring two-factor"},
		{name: "SSO instead of 2FA", rule: RuleNoStrongLogin, in: siteWith(func(s *SiteSettings) { s.TwoFactorRequired, s.SSORequired = false, true }, goodSite())},

		{name: "no recipients", rule: RuleNoNotificationRecips, in: siteWith(func(s *SiteSettings) { s.Recipients = nil }, nil), fires: true, addr: site, path: []string{AttrNotificationRecipients}},
		{name: "only blank recipients", rule: RuleNoNotificationRecips, in: siteWith(func(s *SiteSettings) { s.Recipients = []string{""} }, nil), fires: true, addr: site, path: []string{AttrNotificationRecipients}},
		{name: "one recipient", rule: RuleNoNotificationRecips, in: siteWith(func(*SiteSettings) {}, nil)},

		{name: "lock-out disabled", rule: RuleNoLockout, in: siteWith(func(s *SiteSettings) { s.LockoutEnabled = false }, nil), fires: true, addr: site, path: []string{AttrLockoutEnabled}},
		{name: "lock-out enabled", rule: RuleNoLockout, in: siteWith(func(*SiteSettings) {}, nil)},

		{name: "users of a level gain and lose", rule: RuleAccessChange, in: change([]string{"Ann", "Bob"}, catalog.None, catalog.All),
			fires: true, addr: sd, path: []string{"effective_permissions"}, contains: "2 users of security level \"SD\" gain Organizations: View = All"},
		{name: "the one user of a level gains", rule: RuleAccessChange, in: change([]string{"Ann Lee (alee)"}, catalog.None, catalog.All),
			fires: true, addr: sd, path: []string{"effective_permissions"}, contains: `Ann Lee (alee), the only user of security level "SD", gains Organizations: View = All`},
		{name: "an API user moves", rule: RuleAccessChange, in: func(t *testing.T) Input {
			in := change([]string{"svc-rewst"}, catalog.All, catalog.None)(t)
			in.Changes[0].Address, in.Changes[0].Object, in.Changes[0].Path = rewstUserAddr, `API user "svc-rewst"`, []string{AttrSecurityLevel}
			return in
		}, fires: true, addr: rewstUserAddr, path: []string{AttrSecurityLevel}, contains: "svc-rewst loses Organizations: View (All → None)"},
		{name: "a level nobody is on", rule: RuleAccessChange, in: change(nil, catalog.None, catalog.All)},
		{name: "no permission changes", rule: RuleAccessChange, in: change([]string{"Ann"}, catalog.All, catalog.All)},
		{name: "denied permission gained", rule: RuleDeniedAccess, in: change(nil, catalog.None, catalog.Mine),
			opts: Options{DenyNewAccess: []catalog.Key{catalog.KeyCompaniesView}}, fires: true, addr: sd, path: []string{"effective_permissions", "crm", "companies_view"}},
		{name: "denied permission lowered", rule: RuleDeniedAccess, in: change([]string{"Ann"}, catalog.All, catalog.None),
			opts: Options{DenyNewAccess: []catalog.Key{catalog.KeyCompaniesView}}},
		{name: "denied permission gained by a move", rule: RuleDeniedAccess, in: func(t *testing.T) Input {
			in := change([]string{"svc-rewst"}, catalog.None, catalog.All)(t)
			in.Changes[0].Address, in.Changes[0].Object, in.Changes[0].Path = rewstUserAddr, `API user "svc-rewst"`, []string{AttrSecurityLevel}
			return in
		}, opts: Options{DenyNewAccess: []catalog.Key{catalog.KeyCompaniesView}}, fires: true, addr: rewstUserAddr, path: []string{AttrSecurityLevel}},
		{name: "other permission gained", rule: RuleDeniedAccess, in: change([]string{"Ann"}, catalog.None, catalog.All),
			opts: Options{DenyNewAccess: []catalog.Key{catalog.KeyTicketsView}}},
	}, protectedRuleCases()...)
}

// change is an Input whose only content is one access change of
// Organizations: View on security level "SD".
func change(users []string, from, to catalog.Value) func(*testing.T) Input {
	return func(*testing.T) Input {
		return Input{Changes: []AccessChange{{Address: "autotask_security_level.sd", Object: `security level "SD"`, Users: users,
			Before: catalog.Settings{catalog.KeyCompaniesView: from}, After: catalog.Settings{catalog.KeyCompaniesView: to}}}}
	}
}

func TestRules(t *testing.T) {
	for _, c := range ruleCases() {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			fs := Evaluate(c.in(t), c.opts)
			got := ofRule(fs, c.rule)
			if !c.fires {
				if len(got) != 0 {
					dump(t, got)
					t.Fatalf("%s fired, want silence", c.rule)
				}
				return
			}
			if len(got) == 0 {
				dump(t, fs)
				t.Fatalf("%s did not fire", c.rule)
			}
			rule, _ := RuleByID(c.rule)
			for _, f := range got {
				// The rule table says which objects a rule runs on; a finding
				// on any other object type would make it wrong.
				if typ, _, ok := strings.Cut(f.Address, "."); ok && strings.HasPrefix(typ, "autotask_") && !slices.Contains(rule.Objects, typ) {
					t.Errorf("%s: reported on %s, which Rule.Objects %v does not name", f, typ, rule.Objects)
				}
				want := rule.DefaultSeverity
				if c.severity != 0 {
					want = c.severity
				}
				if f.Severity != want {
					t.Errorf("%s: severity %s, want %s", f, f.Severity, want)
				}
				if f.Summary == "" || f.Detail == "" || f.Fix == "" && f.FixHCL == "" || len(f.Path) == 0 {
					t.Errorf("incomplete finding %+v", f)
				}
			}
			if c.path != nil && !hasPath(got, c.addr, c.path...) {
				dump(t, got)
				t.Errorf("no %s finding at %s %v", c.rule, c.addr, c.path)
			}
			if c.addr != "" && c.path == nil && !hasAddr(got, c.addr) {
				dump(t, got)
				t.Errorf("no %s finding on %s", c.rule, c.addr)
			}
			if c.fix != "" && !slices.ContainsFunc(got, func(f Finding) bool { return f.FixHCL == c.fix }) {
				for _, f := range got {
					t.Logf("%s: fix\n%s", f, f.FixHCL)
				}
				t.Errorf("no %s finding has the fix\n%s", c.rule, c.fix)
			}
			if c.contains != "" && !containsSummary(got, c.contains) {
				dump(t, got)
				t.Errorf("no %s summary mentions %q", c.rule, c.contains)
			}
		})
	}
}

func hasAddr(fs []Finding, addr string) bool {
	for _, f := range fs {
		if f.Address == addr {
			return true
		}
	}
	return false
}

func containsSummary(fs []Finding, s string) bool {
	for _, f := range fs {
		if strings.Contains(f.Summary, s) {
			return true
		}
	}
	return false
}

// TestEveryRuleIsCovered makes sure the table above has, for every rule, a
// case where it fires and one where it must not.
func TestEveryRuleIsCovered(t *testing.T) {
	fires, silent := map[string]bool{}, map[string]bool{}
	for _, c := range ruleCases() {
		if c.fires {
			fires[c.rule] = true
		} else {
			silent[c.rule] = true
		}
	}
	for _, r := range Rules() {
		if !fires[r.ID] {
			t.Errorf("%s has no firing case", r.ID)
		}
		if !silent[r.ID] {
			t.Errorf("%s has no silent case", r.ID)
		}
	}
}

// Every rule names the objects it runs on, from the known list, and the
// scope tables name only rules.
func TestRuleScope(t *testing.T) {
	known := ObjectTypes()
	for _, r := range Rules() {
		if len(r.Objects) == 0 {
			t.Errorf("%s names no object it runs on", r.ID)
		}
		for _, o := range r.Objects {
			if !slices.Contains(known, o) {
				t.Errorf("%s runs on unknown object %q", r.ID, o)
			}
		}
	}
	for id := range ruleObjects {
		if _, ok := RuleByID(id); !ok {
			t.Errorf("ruleObjects names %s, which is not a rule", id)
		}
	}
	for id := range ruleNeedsPSA {
		if _, ok := RuleByID(id); !ok {
			t.Errorf("ruleNeedsPSA names %s, which is not a rule", id)
		}
	}
	md := RulesMarkdown()
	if !strings.Contains(md, "| Runs on |") || !strings.Contains(md, "| AT106 | Autotask constraint | error | `autotask_security_level` (needs the PSA) |") {
		t.Errorf("the rule table lacks the objects column:\n%s", md[:min(len(md), 600)])
	}
	if md := RulesMarkdown(ObjectSecurityLevel); !strings.Contains(md, "| AT105 | Autotask constraint | error | `autotask_api_user` (coming) |") ||
		strings.Contains(md, "`autotask_security_level` (coming)") {
		t.Errorf("objects a provider lacks are not marked (coming):\n%s", md[:min(len(md), 900)])
	}
	off := Options{SeverityOverrides: map[string]Severity{RuleAPILicenseLevelLimit: SeverityOff}}
	for _, r := range PSARules(off) {
		if r.ID == RuleAPILicenseLevelLimit {
			t.Error("PSARules lists a rule that is switched off")
		}
	}
	if !strings.Contains(PSARulesText(Options{}), "- AT401: ") {
		t.Errorf("PSARulesText lacks AT401: %s", PSARulesText(Options{}))
	}
}
