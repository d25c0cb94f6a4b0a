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

// writeDenied returns the error Autotask gives when the calling resource's
// level lacks the permission to write e, or nil. It runs under s.mu.
func (s *Server) writeDenied(t *tenant, caller int64, e *entity, method string) *APIError {
	key, guarded := writeGuards[e.name]
	verb, isWrite := writeVerb(method)
	if !guarded || !isWrite {
		return nil
	}
	res, ok := t.data.get(resourceEntity(), caller)
	if !ok {
		return nil
	}
	lvls := levelEntity()
	lvl, ok := t.data.get(lvls, asInt(res["securityLevelID"]))
	p, _ := catalog.PermissionByKey(key)
	if ok {
		f, _ := lvls.field(p.Field)
		if v, known := storedPermValue(f, lvl[f.name]); known && v.IsYes() {
			return nil
		}
	}
	mod, _ := catalog.ModuleByName(string(p.Module))
	return &APIError{Status: http.StatusInternalServerError, Messages: []string{
		"The logged in Resource does not have the adequate permissions to " + verb + " this entity type.",
		"Writing " + e.name + " needs " + mod.Label + " › " + p.Label + " (" + string(key) + ") on the caller's security level '" + levelName(lvl) + "'.",
	}}
}
