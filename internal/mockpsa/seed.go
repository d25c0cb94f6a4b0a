package mockpsa

import (
	"fmt"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// insertSystemLevels writes the catalogue's system security levels and
// system portal levels with their fixed IDs and defaults.
func insertSystemLevels(t *tenant) error {
	lvls := levelEntity()
	for _, sl := range catalog.SystemLevels() {
		lic, ok := catalog.LicenseByType(sl.License)
		if !ok {
			return fmt.Errorf("system level %s has unknown license %s", sl.Name, sl.License)
		}
		r := record{
			"id": int64(sl.ID), "name": sl.DisplayName, "description": sl.Purpose, "isActive": true, "isSystem": true,
			"copiedFromSecurityLevelID": nil, "licenseType": int64(lic.ID),
		}
		defs := sl.Defaults()
		for _, f := range lvls.fields {
			if f.perm != nil {
				r[f.name] = defaultPermValue(f, defs[f.perm.Key])
			}
		}
		t.data.tables[lvls.table][int64(sl.ID)] = r
	}
	pl := portalLvlEntity()
	for _, l := range catalog.PortalLevels() {
		typ := int64(portalTypeClientAccess)
		if l.Type == catalog.PortalTaskfire {
			typ = portalTypeTaskfire
		}
		r := record{"id": int64(l.ID), "name": l.Name, "description": l.Purpose, "type": typ, "isActive": true, "isSystem": true}
		defs := l.Defaults()
		for _, f := range pl.fields {
			if f.portal != nil {
				r[f.name] = defaultPermValue(f, defs[f.portal.Key])
			}
		}
		t.data.tables[pl.table][int64(l.ID)] = r
	}
	return nil
}

// seedBase gives a tenant what every database has.
func (s *Server) seedBase(t *tenant) error {
	if err := insertSystemLevels(t); err != nil {
		return err
	}
	ss, _ := lookupEntity(entSecuritySettings)
	if _, err := s.create(t, ss, map[string]any{
		"ssoRequired": false, "twoFactorRequired": true, "strongPasswordsRequired": true,
		"lockoutEnabled": true, "lockoutThreshold": int64(5), "lockoutDurationMinutes": int64(30),
		"securityEventRecipients": []any{"security@" + t.name + ".example.com"},
	}, writeOpts{oob: true}); err != nil {
		return err
	}
	api, _ := lookupEntity(entAPIUsers)
	user := "terraform@" + t.name + ".example.com"
	id, err := s.create(t, api, map[string]any{
		"userName": user, "firstName": "Terraform", "lastName": "Automation",
		"email": "it-automation@" + t.name + ".example.com", "securityLevelID": int64(catalog.APIUser),
		"internalIntegrationName": "Terraform", "secret": deterministicSecret(t.name, user),
	}, writeOpts{oob: true})
	if err != nil {
		return err
	}
	t.identity = id
	return nil
}

type demoPerson struct {
	first, last string
	level       catalog.LevelID
	custom      string // name of a custom level instead of level
	contractor  bool
	inactive    bool
}

var demoPeople = []demoPerson{
	{first: "Alex", last: "Morgan", level: catalog.SystemAdministrator},
	{first: "Priya", last: "Raman", level: catalog.FullAccess},
	{first: "Dana", last: "Whitfield", level: catalog.Manager},
	{first: "Marcus", last: "Hale", level: catalog.Manager},
	{first: "Jane", last: "Doe", level: catalog.ServiceDeskUser},
	{first: "Tom", last: "Becker", level: catalog.ServiceDeskUser},
	{first: "Aisha", last: "Khan", level: catalog.ServiceDeskUser},
	{first: "Luis", last: "Ortega", level: catalog.ServiceDeskUser},
	{first: "Emma", last: "Schulz", level: catalog.ServiceDeskUser},
	{first: "Kofi", last: "Mensah", level: catalog.ServiceDeskUser},
	{first: "Hannah", last: "Lee", custom: "Legacy Helpdesk"},
	{first: "Oliver", last: "Grant", custom: "Legacy Helpdesk"},
	{first: "Sofia", last: "Rossi", custom: "Helpdesk Lead"},
	{first: "Noah", last: "Fischer", level: catalog.ProjectManager},
	{first: "Chloe", last: "Martin", level: catalog.ProjectManager},
	{first: "Ravi", last: "Patel", level: catalog.ProjectManager},
	{first: "Grace", last: "Kim", level: catalog.Sales},
	{first: "Ben", last: "Carter", level: catalog.Sales},
	{first: "Lena", last: "Novak", level: catalog.PrivateCRM},
	{first: "Sam", last: "Okafor", level: catalog.TeamMember},
	{first: "Mia", last: "Jensen", level: catalog.TeamMember},
	{first: "Ethan", last: "Brooks", level: catalog.TeamMember},
	{first: "Zoe", last: "Adams", level: catalog.MinimalAccess},
	{first: "Victor", last: "Petrov", level: catalog.Contractor, contractor: true},
	{first: "Nina", last: "Clarke", level: catalog.CoManagedHelpDesk},
	{first: "Omar", last: "Haddad", level: catalog.CoManagedHelpDesk},
	{first: "Ruth", last: "Evans", level: catalog.TimeAndAttendance},
	{first: "Paul", last: "Young", level: catalog.DashboardUser},
	{first: "Carl", last: "Winters", custom: "Legacy Helpdesk", inactive: true},
	{first: "Ivy", last: "Chen", level: catalog.ServiceDeskUser},
}

// title is what the person's level suggests for a job title.
func (p demoPerson) title() string {
	if p.custom != "" {
		return "Service Desk Technician"
	}
	if l, ok := catalog.SystemLevelByID(p.level); ok {
		return l.Name
	}
	return ""
}

type demoCompany struct {
	name, city string
	typ        int64
	contacts   [][2]string
}

var demoCompanies = []demoCompany{
	{"Northwind Dental", "Portland", 1, [][2]string{{"Laura", "Finch"}, {"Peter", "Quinn"}, {"Rosa", "Diaz"}}},
	{"Bluebird Logistics", "Denver", 1, [][2]string{{"Henry", "Walsh"}, {"Amy", "Stone"}}},
	{"Cedar Law Group", "Austin", 1, [][2]string{{"Martha", "Lowe"}, {"Jon", "Pratt"}}},
	{"Harbor Veterinary", "San Diego", 1, [][2]string{{"Irene", "Cole"}, {"Felix", "Nash"}}},
	{"Summit Accounting", "Boise", 1, [][2]string{{"George", "Hart"}, {"Lucy", "Reid"}, {"Dev", "Sharma"}}},
	{"Maple Street Clinic", "Madison", 1, [][2]string{{"Karen", "Fox"}, {"Will", "Barnes"}}},
	{"Ironworks Manufacturing", "Toledo", 1, [][2]string{{"Frank", "Miller"}, {"Tina", "Park"}}},
	{"Greenfield Schools", "Lansing", 3, [][2]string{{"Olga", "Ivanova"}, {"Mark", "Sutton"}}},
	{"Atlas Realty", "Phoenix", 2, [][2]string{{"Diego", "Luna"}, {"Sara", "Holt"}}},
	{"Pioneer Cloud Distribution", "Reno", 7, [][2]string{{"Chris", "Yates"}, {"Ana", "Silva"}}},
}

// seedDemo adds a realistic MSP's data. Everything is deterministic.
func (s *Server) seedDemo(t *tenant) error {
	oob := writeOpts{oob: true}
	mustCreate := func(entity string, fields map[string]any) (int64, error) {
		e, _ := lookupEntity(entity)
		id, err := s.create(t, e, fields, oob)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", entity, err)
		}
		return id, nil
	}
	domain := t.name + ".example.com"
	// User-defined fields, some protected.
	for _, u := range []map[string]any{
		{"name": "Contract Tier", "udfType": int64(udfTypeCompany), "dataType": int64(1), "description": "Managed-services tier"},
		{"name": "Billing Code", "udfType": int64(udfTypeCompany), "dataType": int64(1), "isProtected": true, "description": "Accounting system customer code"},
		{"name": "Admin Password Vault Ref", "udfType": int64(udfTypeCompany), "dataType": int64(1), "isProtected": true, "isEncrypted": true, "description": "Reference of the customer's admin credentials"},
		{"name": "Seats Under Contract", "udfType": int64(udfTypeCompany), "dataType": int64(2)},
		{"name": "Emergency Phone", "udfType": int64(udfTypeContact), "dataType": int64(1), "isVisibleToClientPortal": true},
		{"name": "Badge Number", "udfType": int64(udfTypeResource), "dataType": int64(1), "isPrivate": true},
	} {
		if _, err := mustCreate(entUDFDefinitions, u); err != nil {
			return err
		}
	}
	// Custom security levels.
	customs := map[string]int64{}
	legacy, err := mustCreate(entSecurityLevels, map[string]any{
		"name": "Legacy Helpdesk", "description": "Old helpdesk level kept for long-serving technicians; sees every project.",
		"copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser), "projectsProjectView": int64(1),
	})
	if err != nil {
		return err
	}
	customs["Legacy Helpdesk"] = legacy
	lead, err := mustCreate(entSecurityLevels, map[string]any{
		"name": "Helpdesk Lead", "description": "Service desk team leads.",
		"copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser), "contractsContractsView": int64(1),
	})
	if err != nil {
		return err
	}
	customs["Helpdesk Lead"] = lead
	syncLevel, err := mustCreate(entSecurityLevels, map[string]any{
		"name": "API - Accounting Sync", "description": "Integration level of the accounting sync.",
		"copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts),
	})
	if err != nil {
		return err
	}
	// Resources.
	var firstTech int64
	for _, p := range demoPeople {
		lvl := int64(p.level)
		if p.custom != "" {
			lvl = customs[p.custom]
		}
		rt := resourceTypeEmployee
		if p.contractor {
			rt = resourceTypeContractor
		}
		user := strings.ToLower(p.first[:1] + p.last)
		id, err := mustCreate(entResources, map[string]any{
			"firstName": p.first, "lastName": p.last, "userName": user,
			"email": user + "@" + domain, "userType": lvl, "resourceType": rt, "title": p.title(),
			"isActive":          !p.inactive,
			"userDefinedFields": []any{map[string]any{"name": "Badge Number", "value": fmt.Sprintf("B-%04d", len(user)*97%10000)}},
		})
		if err != nil {
			return err
		}
		if p.level == catalog.ServiceDeskUser && firstTech == 0 {
			firstTech = id
		}
	}
	// A second integration on its own API level.
	apiUser := "accounting-sync@" + domain
	if _, err := mustCreate(entAPIUsers, map[string]any{
		"userName": apiUser, "firstName": "Accounting", "lastName": "Sync", "securityLevelID": syncLevel,
		"internalIntegrationName": "Accounting Sync", "secret": deterministicSecret(t.name, apiUser),
	}); err != nil {
		return err
	}
	// A custom portal level.
	finance, err := mustCreate(entPortalLevels, map[string]any{
		"name": "Customer Finance", "type": int64(portalTypeClientAccess), "description": "Customer bookkeepers: invoices and quotes only.",
		"viewFinancials": true, "viewApproveQuotes": true,
	})
	if err != nil {
		return err
	}
	// Companies and contacts.
	tiers := []string{"Gold", "Silver", "Bronze"}
	var portalContacts []int64
	for i, c := range demoCompanies {
		slug := strings.ToLower(strings.Fields(c.name)[0])
		cid, err := mustCreate(entCompanies, map[string]any{
			"companyName": c.name, "companyType": c.typ, "city": c.city, "isActive": true,
			"phone": fmt.Sprintf("+1-555-01%02d", i), "webAddress": "https://" + slug + ".example.org", "ownerResourceID": firstTech,
			"isTaskFireActive": i == 4, // Summit Accounting runs its own help desk on Taskfire
			"userDefinedFields": []any{
				map[string]any{"name": "Contract Tier", "value": tiers[i%len(tiers)]},
				map[string]any{"name": "Billing Code", "value": fmt.Sprintf("CUST-%03d", 100+i)},
				map[string]any{"name": "Seats Under Contract", "value": fmt.Sprint(10 + 7*i)},
			},
		})
		if err != nil {
			return err
		}
		for j, n := range c.contacts {
			ctID, err := mustCreate(entContacts, map[string]any{
				"companyID": cid, "firstName": n[0], "lastName": n[1], "isActive": int64(1), "primaryContact": j == 0,
				"emailAddress": strings.ToLower(n[0]+"."+n[1]) + "@" + slug + ".example.org",
				"title":        []string{"Office Manager", "Owner", "Bookkeeper"}[j%3],
			})
			if err != nil {
				return err
			}
			if j == 0 && i < 2 {
				portalContacts = append(portalContacts, ctID)
			}
		}
	}
	// Client Portal users.
	for i, ct := range portalContacts {
		lvl := int64(catalog.PortalManager)
		if i == 1 {
			lvl = finance
		}
		if _, err := mustCreate(entClientPortalUsers, map[string]any{
			"contactID": ct, "userName": fmt.Sprintf("portal-user-%d@customer.example.org", i+1),
			"password": fmt.Sprintf("Portal-%d-Passw0rd", i+1), "securityLevel": lvl,
		}); err != nil {
			return err
		}
	}
	return nil
}
