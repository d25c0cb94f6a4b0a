package evaluate

import (
	"slices"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// rulesWithoutFixHCL are the rules whose findings have no fix in HCL: the
// API-license limit (the fix is fewer levels: removing resources, or
// deleting levels the configuration does not manage) and a change of
// Terraform's own tracking identifier (the fix is the integration as the PSA
// holds it, which the plan does not tell).
var rulesWithoutFixHCL = []string{RuleAPILicenseLevelLimit, RuleSelfTrackingChanged}

// RulesWithoutFixHCL lists, in ID order, the rules whose findings say what
// to do in prose only: no change of the configuration resolves them, or the
// change needs a value the plan does not tell.
func RulesWithoutFixHCL() []string {
	out := slices.Clone(rulesWithoutFixHCL)
	slices.Sort(out)
	return out
}

// ruleFixHCL is each rule's general remedy as an example in HCL
// (Rule.FixHCL), for the docs; findings carry their own. A rule missing
// here has no configuration change that fixes it in general (its Fix says
// what to do instead).
var ruleFixHCL = func() map[string]string {
	sales, _ := catalog.SystemLevelByID(catalog.Sales)
	least, _ := catalog.SystemLevelByID(catalog.MinimalAccess)
	sdUser, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	profile := catalog.Profiles()[0]
	flag := func(attr string, v bool) string { return renderHCL(hclAttr(attr, hclBool(v))) }
	return map[string]string{
		RuleSystemLevelEdited:      customCopyFix(sales, kv{catalog.KeyProjectAdd, catalog.No}),
		RuleBaseNotCopyable:        renderHCL(hclAttr(AttrCopyFrom, hclString(least.Name))),
		RuleUnknownBase:            renderHCL(hclAttr(AttrCopyFrom, hclString(sdUser.Name))),
		RuleAPIUserLicense:         noCostsLevelFix(),
		RulePortalTaskfireAssign:   portalFamilyFix(catalog.PortalRuleTaskfireNotAssignable),
		RulePortalNoProjectAccess:  portalFamilyFix(catalog.PortalRuleNoProjectAccess),
		RuleOutsideLicense:         permissionFix(kv{catalog.KeyManageResources, catalog.No}),
		RuleInvalidValue:           permissionFix(kv{catalog.KeyProjectView, catalog.All}),
		RuleUnknownLevelRef:        noCostsLevelFix(),
		RuleUnknownIntegration:     renderHCL(hclAttr(AttrLeastPrivilegeProfile, hclString(profile.Name))),
		RuleEditWithoutView:        flag(AttrViewProtected, true),
		RuleProtectedFieldOnPortal: flag(AttrVisibleToPortal, false),
		RuleUDFFixedAtCreate:       renderHCL(hclAttr(AttrDataType, hclString(string(catalog.UDFText)))),
		RuleUDFConstraint:          flag(AttrProtected, false),
		RulePortalTaskfirePriority: portalFamilyFix(catalog.PortalRuleTaskfireNoSPPriority),
		RulePortalTaskfireSetup:    portalFamilyFix(catalog.PortalRuleTaskfireSetupOnly),
		RulePortalNoDevicesScope:   portalFamilyFix(catalog.PortalRuleNoDevicesSeesNone),
		RulePortalDeviceDetails:    portalFamilyFix(catalog.PortalRuleNoDevicesNoDetails),
		RulePortalPriorityNoCreate: portalFamilyFix(catalog.PortalRulePriorityNeedsCreate),
		RulePortalUserTaskfire:     clientAccessLevelFix(),
		RulePortalUserInactiveLvl:  partialResource(ObjectPortalLevel, "Customer IT", hclAttr(AttrName, hclString("Customer IT")), hclAttr(AttrActive, hclBool(true))),
		RuleIntegrationMissing:     permissionFix(kv{catalog.KeyTicketsView, catalog.All}),
		RuleIntegrationExtra:       permissionFix(kv{catalog.KeyTemplateView, catalog.None}),
		RuleIntegrationFullAPIUser: profileLevelFix(profile),
		RuleIntegrationCosts:       permissionFix(kv{catalog.KeyViewInternalCosts, catalog.No}),
		RuleIntegrationDuplicate:   flag(AttrActive, false),
		RuleIntegrationProtected:   noProtectedFix,
		RuleIntegrationsShareUser:  renderHCL(hclAttr(AttrLeastPrivilegeProfile, hclNull)),
		RuleCoManagedAdmin:         permissionFix(kv{catalog.KeyManageSystemSettings, catalog.No}),
		RuleApprovePostOverride:    permissionFix(kv{catalog.KeyApproveAndPost, catalog.No}),
		RuleRemovableAssociation:   permissionFix(kv{catalog.KeyCompaniesView, catalog.None}, kv{catalog.KeyProjectView, catalog.None}),
		RuleHiddenAdministrator:    permissionFix(kv{catalog.KeyManageResources, catalog.No}),
		RulePortalFinancials:       permissionFix(kv{catalog.PortalKeyFinancials, catalog.No}),
		RulePortalManageLogins:     permissionFix(kv{catalog.PortalKeyManageLogins, catalog.No}),
		RuleProtectedDataOverride:  noProtectedFix,
		RuleSelfLosesAdmin:         permissionFix(kv{catalog.KeyManageResources, catalog.Yes}, kv{catalog.KeyManageSecurityLevels, catalog.Yes}),
		RuleSelfDeactivated:        flag(AttrActive, true),
		RuleSelfMoved:              renderHCL(hclAttr(AttrSecurityLevel, ObjectSecurityLevel+".terraform.id").withComment("a level that grants Manage Resources and Manage Security Levels")),
		RuleNoStrongLogin:          flag(AttrTwoFactorRequired, true),
		RuleNoNotificationRecips:   renderHCL(hclAttr(AttrNotificationRecipients, hclStrings([]string{"security@example.com"}))),
		RuleNoLockout:              renderHCL(hclAttr(AttrLockoutEnabled, hclBool(true)), hclAttr(AttrLockoutThreshold, hclNumber(defaultLockoutThreshold))),
		RuleAccessChange:           ruleToInfoFix(RuleAccessChange),
		RuleDeniedAccess:           permissionFix(kv{catalog.KeyCompaniesView, catalog.None}),
		RuleSelfRenamed:            renderHCL(hclAttr(AttrUserName, hclString("terraform"))),
		RuleWeakPasswords:          flag(AttrStrongPasswords, true),
	}
}()

// portalFamilyFix is the fix of the first catalogue portal rule of a
// family: its permission set to the value the rule asks for.
func portalFamilyFix(family string) string {
	for _, pr := range catalog.PortalRules() {
		if pr.Family != family {
			continue
		}
		v := pr.Forced
		if v == "" {
			p, _ := catalog.PortalPermissionByKey(pr.Key)
			v = p.Floor
		}
		return permissionFix(kv{pr.Key, v})
	}
	panic("evaluate: no portal rule of family " + family)
}
