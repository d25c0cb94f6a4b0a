package provider

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// plannedObjects records, for the life of one provider process (one plan,
// or one apply), what the ModifyPlan of each object of one kind planned, so
// that the rules about other objects judge what the plan will make rather
// than what the PSA holds today.
//
// Terraform plans an object only after everything its configuration refers
// to, so an API user whose security_level_id refers to a managed level is
// planned after that level, and finds it here: a level the plan changes is
// judged as planned (the drift the plan undoes never fails the plan), and a
// level the plan creates is judged before it exists (its ID is unknown until
// apply, but it is one of the levels this plan creates).
//
// Objects with a known ID are kept by ID; objects the plan creates by the
// key of their natural key, until Create reports their ID (apply plans each
// object again right before it is applied, after what it refers to).
type plannedObjects[T any] struct {
	mu      sync.Mutex
	byID    map[int64]T
	created map[string]T
	// createdID maps a created object's key to the ID apply gave it.
	createdID map[string]int64
}

// record keeps obj, planned for the object with id (0 when the plan creates
// it) and natural key key. An object the plan creates without a known key
// is not recorded: it could not be told from its own later calls.
func (p *plannedObjects[T]) record(id int64, key string, obj T) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case id != 0:
		if p.byID == nil {
			p.byID = map[int64]T{}
		}
		p.byID[id] = obj
	case key != "":
		if p.created == nil {
			p.created = map[string]T{}
		}
		if id, ok := p.createdID[key]; ok {
			p.byID[id] = obj
			return
		}
		p.created[key] = obj
	}
}

// createdAs tells the registry that the object the plan created under key
// now has id: later plans of objects that refer to it by ID find it.
func (p *plannedObjects[T]) createdAs(key string, id int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	obj, ok := p.created[key]
	if !ok || id == 0 {
		return
	}
	delete(p.created, key)
	if p.byID == nil {
		p.byID = map[int64]T{}
	}
	if p.createdID == nil {
		p.createdID = map[string]int64{}
	}
	p.byID[id] = obj
	p.createdID[key] = id
}

// get returns what the plan makes of the object with id.
func (p *plannedObjects[T]) get(id int64) (T, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	obj, ok := p.byID[id]
	return obj, ok
}

// creates lists the objects the plan creates and whose ID is not known
// yet, ordered by key.
func (p *plannedObjects[T]) creates() []T {
	p.mu.Lock()
	defer p.mu.Unlock()
	keys := make([]string, 0, len(p.created))
	for k := range p.created {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = p.created[k]
	}
	return out
}

// plannedGrants records the protected-data access each grant of the plan
// gives, by the resource's ID and by its user name.
type plannedGrants struct {
	mu     sync.Mutex
	byUser map[string]catalog.ProtectedAccess
}

func (p *plannedGrants) record(g evaluate.ProtectedGrant) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.byUser == nil {
		p.byUser = map[string]catalog.ProtectedAccess{}
	}
	a := catalog.ProtectedAccess{ViewProtected: g.ViewProtected, EditProtected: g.EditProtected,
		ViewUnprotected: g.ViewUnprotected, EditUnprotected: g.EditUnprotected}
	if g.ResourceID != 0 {
		p.byUser["id:"+strconv.FormatInt(g.ResourceID, 10)] = a
	}
	if g.UserName != "" {
		p.byUser["name:"+strings.ToLower(g.UserName)] = a
	}
}

// of returns the access a grant of this plan gives the resource with id or
// userName.
func (p *plannedGrants) of(id int64, userName string) (catalog.ProtectedAccess, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if a, ok := p.byUser["id:"+strconv.FormatInt(id, 10)]; ok && id != 0 {
		return a, true
	}
	a, ok := p.byUser["name:"+strings.ToLower(userName)]
	return a, ok && userName != ""
}

// planRegistry is what this provider process has planned so far, by kind.
type planRegistry struct {
	levels       plannedObjects[evaluate.Level]
	portalLevels plannedObjects[evaluate.PortalLevel]
	grants       plannedGrants
}
