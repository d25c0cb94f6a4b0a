package mockpsa

import (
	"fmt"
	"net/mail"
	"sort"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// defaultPermValue is the stored form of a catalogue value for f.
func defaultPermValue(f *field, v catalog.Value) any {
	p := f.perm
	if p == nil && f.portal != nil {
		p = &f.portal.Permission
	}
	switch f.kind {
	case kindInt:
		if o, ok := p.Option(v); ok {
			return int64(o.ID)
		}
		return nil
	case kindBool:
		return v.IsYes()
	default:
		return string(v)
	}
}

// storedPermValue turns a stored value back into a catalogue value.
func storedPermValue(f *field, v any) (catalog.Value, bool) {
	p := f.perm
	if p == nil && f.portal != nil {
		p = &f.portal.Permission
	}
	if p == nil || v == nil {
		return "", false
	}
	switch f.kind {
	case kindInt:
		o, ok := p.OptionByID(int(asInt(v)))
		return o.Value, ok
	case kindBool:
		return catalog.Bool(asBool(v)), true
	default:
		return catalog.Value(asString(v)), true
	}
}

func setDefault(obj record, name string, v any) {
	if obj[name] == nil {
		obj[name] = v
	}
}

func levelName(r record) string { return asString(r["name"]) }

// requireName trims and checks a name field and its uniqueness among
// others (case-insensitive).
func requireName(c *change, fieldName string, others []record, what string) error {
	name := strings.TrimSpace(asString(c.obj[fieldName]))
	if name == "" {
		return validation("Field '%s' cannot be empty", fieldName)
	}
	c.obj[fieldName] = name
	for _, r := range others {
		if c.old != nil && asInt(r["id"]) == asInt(c.old["id"]) {
			continue
		}
		if strings.EqualFold(asString(r[fieldName]), name) {
			return validation("A %s named '%s' already exists (id %d); %s must be unique", what, asString(r[fieldName]), asInt(r["id"]), fieldName)
		}
	}
	return nil
}

// permsNotNull rejects null permission values.
func permsNotNull(c *change) error {
	var problems errs
	for _, f := range c.e.fields {
		if (f.perm != nil || f.portal != nil) && c.obj[f.name] == nil {
			if len(f.picklist) > 0 {
				problems.add("Field '%s' cannot be null; allowed values: %s", f.name, allowedPicks(f.picklist))
			} else if f.kind == kindBool {
				problems.add("Field '%s' cannot be null; allowed values: true, false", f.name)
			} else {
				problems.add("Field '%s' cannot be null", f.name)
			}
		}
	}
	return problems.err()
}

func levelEntity() *entity     { e, _ := lookupEntity(entSecurityLevels); return e }
func resourceEntity() *entity  { e, _ := lookupEntity(entResources); return e }
func portalLvlEntity() *entity { e, _ := lookupEntity(entPortalLevels); return e }
func companyEntity() *entity   { e, _ := lookupEntity(entCompanies); return e }

// resourcesOnLevel lists "First Last (userName)" of every resource on level id.
func resourcesOnLevel(d *tenantData, id int64, activeOnly bool) []string {
	var out []string
	for _, r := range d.list(resourceEntity()) {
		if asInt(r["userType"]) != id || (activeOnly && !asBool(r["isActive"])) {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s (%s)", asString(r["firstName"]), asString(r["lastName"]), asString(r["userName"])))
	}
	return out
}

func prepareSecurityLevel(c *change) error {
	d := c.data()
	lvls := levelEntity()
	if c.op == opUpdate && asBool(c.old["isSystem"]) && !c.force {
		return validation("Security level '%s' is a system security level and cannot be edited; copy it to a custom level instead", levelName(c.old))
	}
	if err := requireName(c, "name", d.list(lvls), "security level"); err != nil {
		return err
	}
	if c.op == opCreate {
		baseID := asInt(c.obj["copiedFromSecurityLevelID"])
		base, ok := d.get(lvls, baseID)
		if !ok {
			return validation("Field 'copiedFromSecurityLevelID': security level %d does not exist", baseID)
		}
		if asBool(base["isSystem"]) {
			if sl, ok := catalog.SystemLevelByID(catalog.LevelID(baseID)); ok && !sl.Copyable {
				return validation("Field 'copiedFromSecurityLevelID': security level '%s' cannot be copied", levelName(base))
			}
		}
		c.obj["licenseType"] = base["licenseType"]
		c.obj["isSystem"] = false
		for _, f := range c.e.fields {
			if f.perm != nil && !c.sent(f.name) {
				c.obj[f.name] = base[f.name]
			}
		}
		setDefault(c.obj, "isActive", true)
		setDefault(c.obj, "description", "")
		if asInt(c.obj["licenseType"]) == int64(apiLicenseID) {
			n := 0
			for _, r := range d.list(lvls) {
				if asInt(r["licenseType"]) == int64(apiLicenseID) {
					n++
				}
			}
			if n >= catalog.MaxAPILicenseLevels {
				return validation("At most %d security levels may use the API User license; this database already has %d", catalog.MaxAPILicenseLevels, n)
			}
		}
	} else {
		setDefault(c.obj, "isActive", false)
		if asBool(c.old["isActive"]) && !asBool(c.obj["isActive"]) {
			if users := resourcesOnLevel(d, asInt(c.old["id"]), true); len(users) > 0 {
				return validation("Security level '%s' cannot be made inactive while active resources use it: %s", levelName(c.old), strings.Join(users, ", "))
			}
		}
	}
	if err := permsNotNull(c); err != nil {
		return err
	}
	return checkLicenseModules(c)
}

// checkLicenseModules keeps permissions of modules the level's license does
// not open at their floor.
func checkLicenseModules(c *change) error {
	lic, ok := catalog.LicenseByID(int(asInt(c.obj["licenseType"])))
	if !ok {
		return nil
	}
	var problems errs
	for _, f := range c.e.fields {
		if f.perm == nil || lic.Allows(f.perm.Module) {
			continue
		}
		v, ok := storedPermValue(f, c.obj[f.name])
		if !ok || v == f.perm.Floor {
			continue
		}
		mod, _ := catalog.ModuleByName(string(f.perm.Module))
		problems.add("Field '%s' (%s): a level on the %s license cannot grant %s permissions; the only allowed value is %s",
			f.name, f.perm.Label, lic.Type, mod.Label, floorText(f))
	}
	return problems.err()
}

func floorText(f *field) string {
	p := f.perm
	if p == nil {
		p = &f.portal.Permission
	}
	switch f.kind {
	case kindInt:
		o, _ := p.Option(p.Floor)
		return fmt.Sprintf("%d (%s)", o.ID, p.Floor)
	case kindBool:
		return fmt.Sprint(p.Floor.IsYes())
	}
	return string(p.Floor)
}

func beforeDeleteSecurityLevel(c *change) error {
	if asBool(c.old["isSystem"]) && !c.force {
		return validation("Security level '%s' is a system security level and cannot be deleted", levelName(c.old))
	}
	if users := resourcesOnLevel(c.data(), asInt(c.old["id"]), false); len(users) > 0 {
		return validation("Security level '%s' is assigned to resources: %s", levelName(c.old), strings.Join(users, ", "))
	}
	return nil
}

// userNameTaken reports whether a resource user name is in use: by any
// resource of the same tenant, or by an API user of another tenant when
// the name is an API user's (zone discovery finds API users by name).
func (s *Server) userNameTaken(name string, selfTenant *tenant, selfID int64, api bool) bool {
	for _, t := range s.tenants {
		for _, r := range t.data.tables[entResources] {
			if t == selfTenant && asInt(r["id"]) == selfID {
				continue
			}
			if t != selfTenant && (!api || !isAPIUser(r)) {
				continue
			}
			if strings.EqualFold(asString(r["userName"]), name) {
				return true
			}
		}
	}
	return false
}

// checkResourceLevel validates the security level of a resource or API
// user: userType in the record, sent as field (userType out of band,
// securityLevelID through ApiUsers). The licence follows the level.
func checkResourceLevel(c *change, api bool, field string) error {
	id := asInt(c.obj["userType"])
	lvl, ok := c.data().get(levelEntity(), id)
	if !ok {
		return validation("Field '%s': security level %d does not exist", field, id)
	}
	changed := c.op == opCreate || asInt(c.old["userType"]) != id
	if changed && !asBool(lvl["isActive"]) {
		return validation("Field '%s': security level '%s' is inactive", field, levelName(lvl))
	}
	isAPILevel := asInt(lvl["licenseType"]) == int64(apiLicenseID)
	if api && !isAPILevel {
		return validation("Field '%s': security level '%s' does not use the API User license; API users need a level copied from 'API User' or 'API User Can't Read Costs'", field, levelName(lvl))
	}
	if !api && isAPILevel {
		return validation("Field '%s': security level '%s' uses the API User license, which only API users may have", field, levelName(lvl))
	}
	c.obj["licenseType"] = lvl["licenseType"]
	// The ApiUsers view of the record names the level securityLevelID.
	c.obj["securityLevelID"] = id
	return nil
}

func checkEmail(c *change, name string) error {
	v := strings.TrimSpace(asString(c.obj[name]))
	if v == "" {
		return nil
	}
	if _, err := mail.ParseAddress(v); err != nil || !strings.Contains(v, "@") {
		return validation("Field '%s': '%s' is not a valid email address", name, v)
	}
	return nil
}

func checkUserName(c *change, api bool) error {
	name := strings.TrimSpace(asString(c.obj["userName"]))
	if name == "" || strings.ContainsAny(name, " \t'\"") {
		return validation("Field 'userName' must be non-empty without spaces or quotes")
	}
	c.obj["userName"] = name
	if c.op == opCreate || !strings.EqualFold(asString(c.old["userName"]), name) {
		if c.srv.userNameTaken(name, c.ten, asInt(c.obj["id"]), api) {
			return validation("Field 'userName': the user name '%s' is already in use", name)
		}
	}
	return nil
}

// fillResourceDefaults gives a new resource what the UI fills in when the
// administrator leaves it: the Resources fields with a default, and a hire
// date.
func fillResourceDefaults(c *change) {
	for _, f := range resourceEntity().fields {
		if f.uiDefault != nil {
			setDefault(c.obj, f.name, c.srv.uiDefault(f))
		}
	}
}

func prepareResource(c *change) error {
	api := c.op == opUpdate && isAPIUser(c.old)
	if c.op == opCreate {
		fillResourceDefaults(c)
	}
	if c.op == opUpdate {
		setDefault(c.obj, "isActive", false)
	}
	if err := checkUserName(c, api); err != nil {
		return err
	}
	if err := checkEmail(c, "email"); err != nil {
		return err
	}
	return checkResourceLevel(c, api, "userType")
}

const integrationCodeLen = catalog.TrackingIdentifierLen

func prepareAPIUser(c *change) error {
	if c.sent("securityLevelID") || c.op == opCreate {
		c.obj["userType"] = c.obj["securityLevelID"]
	}
	if c.op == opCreate {
		setDefault(c.obj, "isActive", true)
		fillResourceDefaults(c)
		if c.obj["secret"] == nil {
			// As the UI's "Generate Secret": nobody learns it until it is
			// set again.
			c.obj["secret"] = deterministicSecret(c.ten.name, asString(c.obj["userName"]))
		}
	} else {
		setDefault(c.obj, "isActive", false)
		if c.sent("secret") && c.obj["secret"] == nil {
			return validation("Field 'secret' cannot be null")
		}
		if !c.sent("secret") {
			c.obj["secret"] = c.old["secret"]
		}
	}
	if err := checkTrackingIdentifier(c); err != nil {
		return err
	}
	if err := catalog.CheckAPISecret(asString(c.obj["secret"])); err != nil {
		return validation("Field 'secret': %v", err)
	}
	if err := checkUserName(c, true); err != nil {
		return err
	}
	if err := checkEmail(c, "email"); err != nil {
		return err
	}
	return checkResourceLevel(c, true, "securityLevelID")
}

// checkTrackingIdentifier settles an API user's tracking identifier: either
// an integration vendor's (the same in every database) or one generated for
// a custom internal integration, kept while the user stays internal. A
// write that names one kind clears the other; an API user created with
// neither becomes a custom internal integration named after its user name.
func checkTrackingIdentifier(c *change) error {
	vendor := strings.TrimSpace(asString(c.obj["integrationVendor"]))
	internal := strings.TrimSpace(asString(c.obj["internalIntegrationName"]))
	sentVendor := c.sent("integrationVendor") && vendor != ""
	sentInternal := c.sent("internalIntegrationName") && internal != ""
	switch {
	case sentVendor && sentInternal:
		return validation("Set either 'integrationVendor' or 'internalIntegrationName', not both: an API user carries one API tracking identifier")
	case sentVendor:
		internal = ""
	case sentInternal:
		vendor = ""
	}
	if vendor == "" && internal == "" {
		if c.op != opCreate {
			return validation("An API user needs an API tracking identifier: set 'integrationVendor' (one of %s) or 'internalIntegrationName'", strings.Join(catalog.Vendors(), ", "))
		}
		internal = asString(c.obj["userName"])
	}
	c.obj["integrationVendor"], c.obj["internalIntegrationName"] = nilIfEmpty(vendor), nilIfEmpty(internal)
	if vendor != "" {
		p, ok := catalog.ProfileByName(vendor)
		if !ok {
			return validation("Field 'integrationVendor': '%s' is not an integration vendor of this database; known vendors: %s", vendor, strings.Join(catalog.Vendors(), ", "))
		}
		c.obj["integrationVendor"] = p.Vendor
		c.obj["integrationCode"] = vendorIntegrationCode(p.Vendor)
		return nil
	}
	if c.old != nil && asString(c.old["integrationVendor"]) == "" && asString(c.old["integrationCode"]) != "" {
		c.obj["integrationCode"] = c.old["integrationCode"]
	} else {
		c.obj["integrationCode"] = c.ten.newIntegrationCode()
	}
	return nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func afterCreateResource(c *change) {
	pdp, _ := lookupEntity(entProtectedData)
	id := asInt(c.obj["id"])
	if _, ok := c.data().get(pdp, id); ok {
		return
	}
	r := record{"id": id, "resourceID": id}
	lic, _ := catalog.LicenseByID(int(asInt(c.obj["licenseType"])))
	var def [4]bool
	if lic != nil {
		def = catalog.ProtectedAccessDefault(lic.Type).Values()
	}
	for i, f := range catalog.ProtectedAccessFields {
		r[f] = def[i]
	}
	c.data().tables[pdp.table][id] = r
}

func afterDeleteResource(c *change) {
	pdp, _ := lookupEntity(entProtectedData)
	delete(c.data().tables[pdp.table], asInt(c.old["id"]))
}

func beforeDeleteResource(c *change) error {
	if c.e.name == entResources && !c.oob {
		return errorf(405, "The requested resource does not support http method 'DELETE'.")
	}
	return nil
}

func prepareCompany(c *change) error {
	name := strings.TrimSpace(asString(c.obj["companyName"]))
	if name == "" {
		return validation("Field 'companyName' cannot be empty")
	}
	c.obj["companyName"] = name
	setDefault(c.obj, "companyType", int64(1))
	setDefault(c.obj, "isTaskFireActive", false)
	setDefault(c.obj, "isActive", c.op == opCreate)
	if c.op == opCreate {
		c.obj["createDate"] = c.srv.stamp()
	}
	return nil
}

func prepareContact(c *change) error {
	if strings.TrimSpace(asString(c.obj["lastName"])) == "" {
		return validation("Field 'lastName' cannot be empty")
	}
	if c.op == opCreate {
		c.obj["createDate"] = c.srv.stamp()
	}
	if a := c.obj["isActive"]; a != nil && asInt(a) != 0 && asInt(a) != 1 {
		return validation("Invalid value %d for field 'isActive'; allowed values: 1 (active), 0 (inactive)", asInt(a))
	}
	setDefault(c.obj, "primaryContact", false)
	return checkEmail(c, "emailAddress")
}

func portalUserOf(d *tenantData, contactID int64) (record, bool) {
	e, _ := lookupEntity(entClientPortalUsers)
	for _, r := range d.list(e) {
		if asInt(r["contactID"]) == contactID {
			return r, true
		}
	}
	return nil, false
}

func beforeDeleteContact(c *change) error {
	if u, ok := portalUserOf(c.data(), asInt(c.old["id"])); ok {
		return validation("Contact %d has Client Portal user '%s' (id %d); deactivate the contact instead", asInt(c.old["id"]), asString(u["userName"]), asInt(u["id"]))
	}
	return nil
}

func preparePortalUser(c *change) error {
	d := c.data()
	if c.op == opCreate {
		if u, ok := portalUserOf(d, asInt(c.obj["contactID"])); ok {
			return validation("Contact %d already has Client Portal user '%s' (id %d)", asInt(c.obj["contactID"]), asString(u["userName"]), asInt(u["id"]))
		}
		setDefault(c.obj, "isClientPortalActive", true)
		for _, f := range []struct {
			name string
			pick []pick
		}{{"dateFormat", dateFormatPick}, {"timeFormat", timeFormatPick}, {"numberFormat", numberFormatPick}} {
			setDefault(c.obj, f.name, defaultPick(f.pick, kindInt))
		}
		if c.obj["password"] == nil {
			return validation("Field 'password' is required when a Client Portal user is created")
		}
	} else {
		setDefault(c.obj, "isClientPortalActive", false)
		if c.sent("password") && c.obj["password"] == nil {
			return validation("Field 'password' cannot be null")
		}
		if !c.sent("password") {
			c.obj["password"] = c.old["password"]
		}
	}
	if c.sent("password") {
		pw := asString(c.obj["password"])
		if n := len([]rune(pw)); n < 5 || n > 50 || strings.ContainsAny(pw, " '") {
			return validation("Field 'password' must be 5 to 50 characters and may not contain spaces or single quotes")
		}
	}
	name := strings.TrimSpace(asString(c.obj["userName"]))
	if name == "" || strings.ContainsAny(name, " '") {
		return validation("Field 'userName' must be non-empty without spaces or single quotes")
	}
	c.obj["userName"] = name
	e, _ := lookupEntity(entClientPortalUsers)
	for _, r := range d.list(e) {
		if c.old != nil && asInt(r["id"]) == asInt(c.old["id"]) {
			continue
		}
		if strings.EqualFold(asString(r["userName"]), name) {
			return validation("Field 'userName': the Client Portal user name '%s' is already in use (id %d)", name, asInt(r["id"]))
		}
	}
	lvlID := asInt(c.obj["securityLevel"])
	lvl, ok := d.get(portalLvlEntity(), lvlID)
	if !ok {
		return validation("Field 'securityLevel': Client Portal security level %d does not exist", lvlID)
	}
	assigning := c.op == opCreate || asInt(c.old["securityLevel"]) != lvlID
	if active, known := lvl["isActive"].(bool); assigning && known && !active { // snapshots from before isActive: active
		return validation("Field 'securityLevel': Client Portal security level '%s' is inactive", levelName(lvl))
	}
	if asInt(lvl["type"]) == portalTypeTaskfire && assigning {
		contactEnt, _ := lookupEntity(entContacts)
		ct, _ := d.get(contactEnt, asInt(c.obj["contactID"]))
		co, _ := d.get(companyEntity(), asInt(ct["companyID"]))
		if !asBool(co["isTaskFireActive"]) {
			return validation("Field 'securityLevel': '%s' is a Taskfire level and the contact's organization '%s' has no Taskfire access (isTaskFireActive)", levelName(lvl), asString(co["companyName"]))
		}
	}
	return nil
}

func prepareUDFDefinition(c *change) error {
	e, _ := lookupEntity(entUDFDefinitions)
	var same []record
	for _, r := range c.data().list(e) {
		if asInt(r["udfType"]) == asInt(c.obj["udfType"]) {
			same = append(same, r)
		}
	}
	if err := requireName(c, "name", same, "user-defined field of this udfType"); err != nil {
		return err
	}
	for _, n := range []string{"isProtected", "isEncrypted", "isPrivate", "isVisibleToClientPortal", "isRequired"} {
		setDefault(c.obj, n, false)
	}
	setDefault(c.obj, "isActive", c.op == opCreate)
	setDefault(c.obj, "description", "")
	if c.op == opCreate {
		c.obj["createDate"] = c.srv.stamp()
		setDefault(c.obj, "isFieldMapping", false)
		setDefault(c.obj, "sortOrder", int64(1))
	}
	typ, _ := catalog.UDFTypeByID(int(asInt(c.obj["udfType"])))
	dt, _ := catalog.UDFDataTypeByID(int(asInt(c.obj["dataType"])))
	var problems errs
	if asBool(c.obj["isProtected"]) && typ.Type != "" && !typ.Protectable {
		problems.add("Field 'isProtected': %s user-defined fields cannot be protected; only %s fields can", typ.Label, protectableLabels())
	}
	if asBool(c.obj["isProtected"]) && asBool(c.obj["isVisibleToClientPortal"]) {
		problems.add("Field 'isVisibleToClientPortal': a protected user-defined field cannot be visible in the Client Portal")
	}
	if asBool(c.obj["isEncrypted"]) && !asBool(c.obj["isProtected"]) {
		problems.add("Field 'isEncrypted': an encrypted user-defined field must also be protected (isProtected true)")
	}
	if asBool(c.obj["isEncrypted"]) && dt.Type != "" && !dt.Encryptable {
		problems.add("Field 'isEncrypted': %s fields cannot be encrypted; only String fields can", dt.Label)
	}
	return problems.err()
}

func protectableLabels() string {
	var out []string
	for _, t := range catalog.UDFTypes() {
		if t.Protectable {
			out = append(out, t.Label)
		}
	}
	return strings.Join(out, " and ")
}

// udfListItems lists the items of definition id.
func udfListItems(d *tenantData, id int64) []record {
	e, _ := lookupEntity(entUDFListItems)
	var out []record
	for _, r := range d.list(e) {
		if asInt(r["udfFieldId"]) == id {
			out = append(out, r)
		}
	}
	return out
}

func prepareUDFListItem(c *change) error {
	defs, _ := lookupEntity(entUDFDefinitions)
	parent := asInt(c.obj["udfFieldId"])
	def, ok := c.data().get(defs, parent)
	if !ok {
		return validation("Field 'udfFieldId': user-defined field %d does not exist", parent)
	}
	if dt, _ := catalog.UDFDataTypeByID(int(asInt(def["dataType"]))); !dt.HasPicklist {
		return validation("Field 'udfFieldId': user-defined field '%s' is not a List field and has no list items", asString(def["name"]))
	}
	if c.op == opCreate {
		c.obj["createDate"] = c.srv.stamp()
	}
	display := strings.TrimSpace(asString(c.obj["valueForDisplay"]))
	if display == "" {
		return validation("Field 'valueForDisplay' cannot be empty")
	}
	c.obj["valueForDisplay"] = display
	if strings.TrimSpace(asString(c.obj["valueForExport"])) == "" {
		c.obj["valueForExport"] = display
	}
	setDefault(c.obj, "isActive", c.op == opCreate)
	for _, r := range udfListItems(c.data(), parent) {
		if c.old != nil && asInt(r["id"]) == asInt(c.old["id"]) {
			continue
		}
		if strings.EqualFold(asString(r["valueForDisplay"]), display) {
			return validation("User-defined field '%s' already has the list item '%s' (id %d)", asString(def["name"]), asString(r["valueForDisplay"]), asInt(r["id"]))
		}
	}
	return nil
}

func portalTypeOf(n int64) catalog.PortalType {
	if n == portalTypeTaskfire {
		return catalog.PortalTaskfire
	}
	return catalog.PortalClientAccess
}

func preparePortalLevel(c *change) error {
	d := c.data()
	if c.op == opUpdate && asBool(c.old["isSystem"]) && !c.force {
		return validation("Client Portal security level '%s' is a system level and cannot be edited", levelName(c.old))
	}
	if err := requireName(c, "name", d.list(portalLvlEntity()), "Client Portal security level"); err != nil {
		return err
	}
	typ := asInt(c.obj["type"])
	if !inPicklist(portalTypePick, typ) {
		return validation("Invalid value %d for field 'type'; allowed values: %s", typ, allowedPicks(portalTypePick))
	}
	pt := portalTypeOf(typ)
	if c.op == opCreate {
		c.obj["isSystem"] = false
		setDefault(c.obj, "description", "")
		setDefault(c.obj, "isActive", true)
		defaults := catalog.PortalCustomDefaults(pt)
		for _, f := range c.e.fields {
			if f.portal != nil && !c.sent(f.name) {
				c.obj[f.name] = defaultPermValue(f, defaults[f.portal.Key])
			}
		}
	}
	setDefault(c.obj, "isActive", false)
	if err := permsNotNull(c); err != nil {
		return err
	}
	if err := checkCommon(c); err != nil {
		return err
	}
	fieldOf := func(k catalog.Key) *field {
		p, ok := catalog.PortalPermissionByKey(k)
		if !ok {
			return nil
		}
		f, _ := c.e.field(p.Field)
		return f
	}
	var problems errs
	for _, r := range catalog.PortalRules() {
		f := fieldOf(r.Key)
		if f == nil {
			continue
		}
		v, _ := storedPermValue(f, c.obj[f.name])
		switch {
		case r.OnlyFor != "" && r.OnlyFor != pt && v != f.portal.Floor:
			problems.add("Field '%s' (%s) must be %s on %s levels: %s", f.name, f.portal.Label, floorText(f), pt, r.Summary)
		case r.WhenKey != "" && r.Forced != "":
			wf := fieldOf(r.WhenKey)
			if wf == nil {
				continue
			}
			if wv, _ := storedPermValue(wf, c.obj[wf.name]); wv == r.WhenValue && v != r.Forced {
				problems.add("Field '%s' (%s) must be %v while '%s' is %v: %s", f.name, f.portal.Label, defaultPermValue(f, r.Forced), wf.name, defaultPermValue(wf, r.WhenValue), r.Summary)
			}
		}
	}
	return problems.err()
}

func beforeDeletePortalLevel(c *change) error {
	if asBool(c.old["isSystem"]) && !c.force {
		return validation("Client Portal security level '%s' is a system level and cannot be deleted", levelName(c.old))
	}
	e, _ := lookupEntity(entClientPortalUsers)
	var users []string
	for _, r := range c.data().list(e) {
		if asInt(r["securityLevel"]) == asInt(c.old["id"]) {
			users = append(users, asString(r["userName"]))
		}
	}
	if len(users) > 0 {
		sort.Strings(users)
		return validation("Client Portal security level '%s' is assigned to Client Portal users: %s", levelName(c.old), strings.Join(users, ", "))
	}
	return nil
}

func prepareProtectedData(c *change) error {
	rid := asInt(c.obj["resourceID"])
	if c.op == opCreate {
		if _, ok := c.data().get(resourceEntity(), rid); !ok {
			return validation("Field 'resourceID': resource %d does not exist", rid)
		}
		pdp, _ := lookupEntity(entProtectedData)
		if _, ok := c.data().get(pdp, rid); ok {
			return validation("Resource %d already has ProtectedDataPermissions (id %d); update them instead", rid, rid)
		}
	}
	for _, n := range []string{"canViewProtectedData", "canEditProtectedData", "canViewUnprotectedData", "canEditUnprotectedData"} {
		setDefault(c.obj, n, false)
	}
	var problems errs
	if asBool(c.obj["canEditProtectedData"]) && !asBool(c.obj["canViewProtectedData"]) {
		problems.add("Field 'canEditProtectedData' requires 'canViewProtectedData': a resource cannot edit data it cannot see")
	}
	if asBool(c.obj["canEditUnprotectedData"]) && !asBool(c.obj["canViewUnprotectedData"]) {
		problems.add("Field 'canEditUnprotectedData' requires 'canViewUnprotectedData': a resource cannot edit data it cannot see")
	}
	return problems.err()
}

func prepareSecuritySettings(c *change) error {
	if c.op == opCreate && !c.oob {
		return errorf(405, "The requested resource does not support http method 'POST'.")
	}
	for _, n := range []string{"ssoRequired", "twoFactorRequired", "strongPasswordsRequired", "lockoutEnabled"} {
		setDefault(c.obj, n, false)
	}
	for _, cl := range catalog.CharacterClasses() {
		setDefault(c.obj, cl.Field, cl.Default)
	}
	setDefault(c.obj, "passwordMinimumLength", int64(catalog.PasswordMinimumLength.Default))
	setDefault(c.obj, "passwordExpiryDays", int64(catalog.PasswordExpiryDays.Default))
	setDefault(c.obj, "passwordHistoryCount", int64(catalog.PasswordHistoryCount.Default))
	def, _ := catalog.LockoutReleaseByName(string(catalog.DefaultLockoutRelease))
	setDefault(c.obj, "lockoutReleaseMode", int64(def.ID))
	var problems errs
	if !asBool(c.obj["ssoRequired"]) && !asBool(c.obj["twoFactorRequired"]) {
		problems.add("Fields 'ssoRequired' and 'twoFactorRequired': every user must sign in with single sign-on or two-factor authentication; at least one must be true")
	}
	inRange := func(name string, r catalog.Range) {
		if n := asInt(c.obj[name]); !r.Contains(int(n)) {
			problems.add("Field '%s' must be %s, got %d", name, r, n)
		}
	}
	inRange("passwordMinimumLength", catalog.PasswordMinimumLength)
	inRange("passwordExpiryDays", catalog.PasswordExpiryDays)
	inRange("passwordHistoryCount", catalog.PasswordHistoryCount)
	inRange("lockoutThreshold", catalog.LockoutThreshold)
	if mode, _ := catalog.LockoutReleaseByID(int(asInt(c.obj["lockoutReleaseMode"]))); mode.Release == catalog.ReleaseAutomatic {
		if c.obj["lockoutDurationMinutes"] == nil {
			problems.add("Field 'lockoutDurationMinutes' is required while lockoutReleaseMode is %d (%s)", mode.ID, mode.Label)
		} else {
			inRange("lockoutDurationMinutes", catalog.LockoutReleaseMinutes)
		}
	} else if c.obj["lockoutDurationMinutes"] != nil {
		inRange("lockoutDurationMinutes", catalog.LockoutReleaseMinutes)
	}
	rec, _ := c.obj["securityEventRecipients"].([]string)
	if len(rec) > catalog.MaxNotificationRecipients {
		problems.add("Field 'securityEventRecipients' holds at most %d addresses, got %d", catalog.MaxNotificationRecipients, len(rec))
	}
	seen := map[string]bool{}
	clean := make([]string, 0, len(rec))
	for _, r := range rec {
		r = strings.TrimSpace(r)
		if err := catalog.CheckEmailAddress(r); err != nil {
			problems.add("Field 'securityEventRecipients': %v", err)
			continue
		}
		if seen[strings.ToLower(r)] {
			problems.add("Field 'securityEventRecipients': '%s' is listed more than once", r)
			continue
		}
		seen[strings.ToLower(r)] = true
		clean = append(clean, r)
	}
	c.obj["securityEventRecipients"] = clean
	return problems.err()
}
