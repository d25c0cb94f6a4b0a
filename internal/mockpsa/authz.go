package mockpsa

import (
	"net/http"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// writeGuards names, per entity, the Admin permission the caller's own
// security level must grant for the API to accept a create, update or
// delete: resources and API users are managed under Admin › Resources/Users,
// security levels under Admin › Security Levels. Reads are not guarded here
// (see visibility).
var writeGuards = map[string]catalog.Key{
	entResources:      catalog.KeyManageResources,
	entAPIUsers:       catalog.KeyManageResources,
	entSecurityLevels: catalog.KeyManageSecurityLevels,
}

// writeVerb is the word Autotask's permission error uses for a method.
func writeVerb(method string) (string, bool) {
	switch method {
	case http.MethodPost:
		return "create", true
	case http.MethodPatch, http.MethodPut:
		return "update", true
	case http.MethodDelete:
		return "delete", true
	}
	return "", false
}

// callerPermission reads permission field fieldName (an API field name of
// SecurityLevels) on the level of resource caller; ok is false when the
// caller, its level or the value is unknown. It runs under s.mu.
func callerPermission(t *tenant, caller int64, fieldName string) (v catalog.Value, p *catalog.Permission, lvl record, ok bool) {
	res, found := t.data.get(resourceEntity(), caller)
	if !found {
		return "", nil, nil, false
	}
	lvls := levelEntity()
	lvl, found = t.data.get(lvls, asInt(res["userType"]))
	f, known := lvls.field(fieldName)
	if !found || !known || f.perm == nil {
		return "", nil, lvl, false
	}
	v, ok = storedPermValue(f, lvl[f.name])
	return v, f.perm, lvl, ok
}

// writeDenied returns the error Autotask gives when the calling resource's
// level lacks the permission to write e, or nil. It runs under s.mu.
func (s *Server) writeDenied(t *tenant, caller int64, e *entity, method string) *APIError {
	key, guarded := writeGuards[e.name]
	verb, isWrite := writeVerb(method)
	if !guarded || !isWrite {
		return nil
	}
	if _, ok := t.data.get(resourceEntity(), caller); !ok {
		return nil
	}
	p, _ := catalog.PermissionByKey(key)
	v, _, lvl, ok := callerPermission(t, caller, p.Field)
	if ok && v.IsYes() {
		return nil
	}
	mod, _ := catalog.ModuleByName(string(p.Module))
	return &APIError{Status: http.StatusInternalServerError, Messages: []string{
		"The logged in Resource does not have the adequate permissions to " + verb + " this entity type.",
		"Writing " + e.name + " needs " + mod.Label + " › " + p.Label + " (" + string(key) + ") on the caller's security level '" + levelName(lvl) + "'.",
	}}
}
