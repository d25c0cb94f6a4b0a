package provider

import (
	"regexp"
	"strconv"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// systemLevelIDs names the catalogue's system levels for test
// configurations.
var systemLevelIDs = map[string]catalog.LevelID{
	"SystemAdministrator": catalog.SystemAdministrator, "FullAccess": catalog.FullAccess, "APIUser": catalog.APIUser,
	"APIUserNoCosts": catalog.APIUserNoCosts, "Manager": catalog.Manager, "ProjectManager": catalog.ProjectManager,
	"ServiceDeskUser": catalog.ServiceDeskUser, "Sales": catalog.Sales, "PrivateCRM": catalog.PrivateCRM,
	"TeamMember": catalog.TeamMember, "MinimalAccess": catalog.MinimalAccess, "Contractor": catalog.Contractor,
	"CoManagedHelpDesk": catalog.CoManagedHelpDesk, "TimeAndAttendance": catalog.TimeAndAttendance, "DashboardUser": catalog.DashboardUser,
}

// systemPortalLevelIDs names the catalogue's system portal levels.
var systemPortalLevelIDs = map[string]catalog.PortalLevelID{
	"Basic": catalog.PortalBasic, "Advanced": catalog.PortalAdvanced, "Manager": catalog.PortalManager,
	"TaskfireResource": catalog.PortalTaskfireResource, "TaskfireAdministrator": catalog.PortalTaskfireAdministrator,
}

var levelToken = regexp.MustCompile(`\{\{(level|portal)\.(\w+)\}\}`)

// withLevelIDs replaces each {{level.Name}} and {{portal.Name}} in a test
// configuration with the catalogue's ID of that system level or system
// portal level ({{level.APIUserNoCosts}} → 25), so configurations never
// hard-code level numbers.
func withLevelIDs(s string) string {
	return levelToken.ReplaceAllStringFunc(s, func(tok string) string {
		m := levelToken.FindStringSubmatch(tok)
		var id int64
		switch m[1] {
		case "level":
			l, ok := systemLevelIDs[m[2]]
			if !ok {
				panic("test configuration names unknown system level " + m[2])
			}
			id = int64(l)
		default:
			l, ok := systemPortalLevelIDs[m[2]]
			if !ok {
				panic("test configuration names unknown system portal level " + m[2])
			}
			id = int64(l)
		}
		return strconv.FormatInt(id, 10)
	})
}
