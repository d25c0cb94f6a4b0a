package mockpsa

func entityInfo(e *entity) map[string]any {
	access := func(ok bool) string {
		if ok {
			return "All"
		}
		return "None"
	}
	return map[string]any{
		"name":                    e.name,
		"canCreate":               e.canCreate,
		"canUpdate":               e.canUpdate,
		"canQuery":                e.canQuery,
		"canDelete":               e.canDelete,
		"hasUserDefinedFields":    e.udfType != 0,
		"supportsWebhookCallouts": false,
		"userAccessForCreate":     access(e.canCreate),
		"userAccessForQuery":      access(e.canQuery),
		"userAccessForUpdate":     access(e.canUpdate),
		"userAccessForDelete":     access(e.canDelete),
	}
}

func dataTypeName(f *field) string {
	switch f.kind {
	case kindInt:
		if f.long {
			return "long"
		}
		return "integer"
	case kindBool:
		return "boolean"
	case kindStrings:
		return "string[]"
	case kindDateTime:
		return "datetime"
	case kindDecimal:
		return "decimal"
	}
	return "string"
}

// fieldsInfo is the entityInformation/fields answer of e for tenant data d
// (picklists such as userType list the tenant's own values); it runs under
// s.mu.
func fieldsInfo(d *tenantData, e *entity) []map[string]any {
	out := make([]map[string]any, 0, len(e.fields))
	for _, f := range e.fields {
		if f.kind == kindUDF {
			continue
		}
		ps := f.picks(d)
		picks := make([]map[string]any, 0, len(ps))
		for i, p := range ps {
			sortOrder := p.sort
			if sortOrder == 0 {
				sortOrder = i + 1
			}
			picks = append(picks, map[string]any{
				"value":          p.value,
				"label":          p.label,
				"isDefaultValue": p.def,
				"sortOrder":      sortOrder,
				"parentValue":    "",
				"isActive":       !p.inactive,
				"isSystem":       !p.custom,
			})
		}
		info := map[string]any{
			"name":                     f.name,
			"dataType":                 dataTypeName(f),
			"length":                   f.maxLen,
			"isRequired":               f.required,
			"isReadOnly":               f.readOnly,
			"isQueryable":              f.queryable(),
			"isReference":              f.ref != "",
			"referenceEntityType":      f.ref,
			"isPickList":               f.isPickList(),
			"picklistValues":           nil,
			"picklistParentValueField": "",
			"isSupportedWebhookField":  false,
		}
		if f.isPickList() {
			info["picklistValues"] = picks
		}
		switch {
		case f.perm != nil:
			info["label"] = f.perm.Label
			info["description"] = f.perm.Description
		case f.portal != nil:
			info["label"] = f.portal.Label
			info["description"] = f.portal.Description
		}
		out = append(out, info)
	}
	return out
}

// udfInfo lists the user-defined fields of e; it runs under s.mu.
func udfInfo(t *tenant, e *entity) []map[string]any {
	out := []map[string]any{}
	if e.udfType == 0 {
		return out
	}
	defs, _ := lookupEntity(entUDFDefinitions)
	for _, d := range t.data.list(defs) {
		if asInt(d["udfType"]) != int64(e.udfType) {
			continue
		}
		dt := "string"
		if asInt(d["dataType"]) == 2 {
			dt = "decimal"
		}
		out = append(out, map[string]any{
			"name":        asString(d["name"]),
			"label":       asString(d["name"]),
			"dataType":    dt,
			"isRequired":  asBool(d["isRequired"]),
			"isActive":    asBool(d["isActive"]),
			"isProtected": asBool(d["isProtected"]),
			"isEncrypted": asBool(d["isEncrypted"]),
			"isPickList":  asInt(d["dataType"]) == 4,
		})
	}
	return out
}
