package evaluate

import "strings"

// The Terraform object types the rules run on (Rule.Objects). Findings carry
// the address of one of them.
const (
	ObjectSecurityLevel       = "autotask_security_level"
	ObjectAPIUser             = "autotask_api_user"
	ObjectPortalLevel         = "autotask_client_portal_security_level"
	ObjectPortalUser          = "autotask_client_portal_user"
	ObjectUserDefinedField    = "autotask_user_defined_field"
	ObjectProtectedDataAccess = "autotask_protected_data_access"
	ObjectSecuritySettings    = "autotask_security_settings"
)

// ObjectTypes lists every object type a rule may name, in documentation
// order.
func ObjectTypes() []string {
	return []string{ObjectSecurityLevel, ObjectAPIUser, ObjectPortalLevel, ObjectPortalUser,
		ObjectUserDefinedField, ObjectProtectedDataAccess, ObjectSecuritySettings}
}

// ruleObjects says which objects' plans each rule checks (Rule.Objects):
// the object a finding is reported on, and the objects whose planned values
// the rule reads.
var ruleObjects = map[string][]string{
	RuleSystemLevelEdited:      {ObjectSecurityLevel, ObjectPortalLevel},
	RuleBaseNotCopyable:        {ObjectSecurityLevel},
	RuleUnknownBase:            {ObjectSecurityLevel, ObjectPortalLevel},
	RuleAPIUserLicense:         {ObjectAPIUser},
	RuleAPILicenseLevelLimit:   {ObjectSecurityLevel},
	RulePortalTaskfireAssign:   {ObjectPortalLevel},
	RulePortalNoProjectAccess:  {ObjectPortalLevel},
	RulePortalTaskfirePriority: {ObjectPortalLevel},
	RulePortalTaskfireSetup:    {ObjectPortalLevel},
	RulePortalNoDevicesScope:   {ObjectPortalLevel},
	RulePortalDeviceDetails:    {ObjectPortalLevel},
	RulePortalPriorityNoCreate: {ObjectPortalLevel},
	RulePortalUserTaskfire:     {ObjectPortalUser},
	RulePortalUserInactiveLvl:  {ObjectPortalUser},
	RuleEditWithoutView:        {ObjectProtectedDataAccess},
	RuleProtectedFieldOnPortal: {ObjectUserDefinedField},
	RuleUDFFixedAtCreate:       {ObjectUserDefinedField},
	RuleUDFConstraint:          {ObjectUserDefinedField},
	RuleWeakPasswords:          {ObjectSecuritySettings},
	RuleIntegrationsShareUser:  {ObjectAPIUser},
	RuleSelfTrackingChanged:    {ObjectAPIUser},
	RuleSelfRenamed:            {ObjectAPIUser},
	RuleAccessChange:           {ObjectSecurityLevel, ObjectAPIUser, ObjectPortalLevel, ObjectProtectedDataAccess},
	RuleDeniedAccess:           {ObjectSecurityLevel, ObjectAPIUser, ObjectPortalLevel, ObjectProtectedDataAccess},
	RuleOutsideLicense:         {ObjectSecurityLevel},
	RuleInvalidValue:           {ObjectSecurityLevel, ObjectPortalLevel, ObjectSecuritySettings},
	RuleUnknownLevelRef:        {ObjectAPIUser},
	RuleUnknownIntegration:     {ObjectAPIUser},
	RuleIntegrationMissing:     {ObjectAPIUser, ObjectSecurityLevel},
	RuleIntegrationExtra:       {ObjectAPIUser, ObjectSecurityLevel},
	RuleIntegrationFullAPIUser: {ObjectAPIUser},
	RuleIntegrationCosts:       {ObjectAPIUser, ObjectSecurityLevel},
	RuleIntegrationDuplicate:   {ObjectAPIUser},
	RuleIntegrationProtected:   {ObjectProtectedDataAccess, ObjectAPIUser},
	RuleCoManagedAdmin:         {ObjectSecurityLevel},
	RuleApprovePostOverride:    {ObjectSecurityLevel},
	RuleRemovableAssociation:   {ObjectSecurityLevel},
	RuleHiddenAdministrator:    {ObjectSecurityLevel},
	RulePortalFinancials:       {ObjectPortalLevel},
	RulePortalManageLogins:     {ObjectPortalLevel},
	RuleProtectedDataOverride:  {ObjectProtectedDataAccess},
	RuleSelfLosesAdmin:         {ObjectSecurityLevel},
	RuleSelfDeactivated:        {ObjectSecurityLevel, ObjectAPIUser},
	RuleSelfMoved:              {ObjectAPIUser},
	RuleNoStrongLogin:          {ObjectSecuritySettings},
	RuleNoNotificationRecips:   {ObjectSecuritySettings},
	RuleNoLockout:              {ObjectSecuritySettings},
}

// ruleNeedsPSA says, for the rules that compare a plan with the PSA as it
// stands, what they must know about it (Rule.NeedsPSA).
var ruleNeedsPSA = map[string]string{
	RuleAPILicenseLevelLimit:   "the API User license levels that already exist",
	RuleUnknownLevelRef:        "the security levels that exist in the PSA",
	RuleIntegrationMissing:     "the permissions of existing levels that API users are on but this configuration does not manage",
	RuleIntegrationExtra:       "the permissions of existing levels that API users are on but this configuration does not manage",
	RuleIntegrationFullAPIUser: "the levels existing API users are on",
	RuleIntegrationCosts:       "the permissions of existing levels that API users are on but this configuration does not manage",
	RuleIntegrationDuplicate:   "the API users that already exist",
	RuleSelfLosesAdmin:         "the level Terraform's own API user is on and what it grants today",
	RuleSelfDeactivated:        "the level Terraform's own API user is on",
	RuleSelfMoved:              "the level Terraform's own API user is on and what it grants today",
}

// PSARules returns, in ID order, the rules that need to know the PSA as it
// stands and that opts does not switch off: the checks that cannot run
// when the PSA cannot be read at plan time.
func PSARules(opts Options) []Rule {
	var out []Rule
	for _, r := range Rules() {
		if r.NeedsPSA == "" {
			continue
		}
		if s, ok := opts.SeverityOverrides[r.ID]; ok && s == SeverityOff {
			continue
		}
		out = append(out, r)
	}
	return out
}

// PSARulesText lists PSARules(opts) one per line ("AT106 (needs …)") for a
// diagnostic.
func PSARulesText(opts Options) string {
	var b strings.Builder
	for _, r := range PSARules(opts) {
		b.WriteString("- ")
		b.WriteString(r.ID)
		b.WriteString(": ")
		b.WriteString(strings.TrimSuffix(r.Summary, "."))
		b.WriteString(" (needs ")
		b.WriteString(r.NeedsPSA)
		b.WriteString(")\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
