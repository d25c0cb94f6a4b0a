package mockpsa

import (
	"strconv"
	"strings"
)

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
		if f.name == "id" || strings.HasSuffix(f.name, "ID") {
			return "long"
		}
		return "integer"
	case kindBool:
		return "boolean"
	case kindStrings:
		return "string[]"
	}
	return "string"
}

func fieldsInfo(e *entity) []map[string]any {
	out := make([]map[string]any, 0, len(e.fields))
	for _, f := range e.fields {
		if f.kind == kindUDF {
			continue
		}
		picks := make([]map[string]any, 0, len(f.picklist))
		for i, p := range f.picklist {
			picks = append(picks, map[string]any{
				"value":          strconv.Itoa(p.value),
				"label":          p.label,
				"isDefaultValue": p.def,
				"sortOrder":      i,
				"parentValue":    "",
				"isActive":       true,
				"isSystem":       true,
			})
		}
		info := map[string]any{
			"name":                     f.name,
			"dataType":                 dataTypeName(f),
			"length":                   f.maxLen,
			"isRequired":               f.required,
			"isReadOnly":               f.readOnly,
			"isQueryable":              !f.writeOnly,
			"isReference":              f.ref != "",
			"referenceEntityType":      f.ref,
			"isPickList":               len(f.picklist) > 0,
			"picklistValues":           nil,
			"picklistParentValueField": "",
			"isSupportedWebhookField":  false,
			"isWriteOnly":              f.writeOnly,
			"isCreateOnly":             f.createOnly,
		}
		if len(picks) > 0 {
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
