package provider

import (
	"sort"
	"sync"
)

// plannedCreates records, for the life of one provider process (one plan,
// or one apply), the objects that the plan creates, by kind and natural key.
//
// Terraform plans one resource instance per ModifyPlan call, often several
// at once, yet some rules limit a whole plan: Autotask allows 50 levels on
// the API User license, so two new levels must see each other. Each
// ModifyPlan of a create records its object here and evaluates against the
// others recorded so far; whichever of two objects is planned second sees the
// first, so a plan that exceeds a limit fails however Terraform orders the
// calls. Keys make repeated calls for one object (plan and apply in one
// process, the second plan of a replacement) count once.
//
// Objects whose natural key is unknown at plan time are not recorded: they
// cannot be told apart from their own later calls, and counting them twice
// would fail correct applies. The PSA still refuses what exceeds its limits.
type plannedCreates struct {
	mu    sync.Mutex
	kinds map[plannedKind]map[string]string
}

// plannedKind names one family of planned objects.
type plannedKind string

// plannedAPILicenseLevels are new security levels on the API User license
// (AT106); keys are evaluate.NameKey of the level's name.
const plannedAPILicenseLevels plannedKind = "API-license security levels"

// record adds the object with key (display name name) under kind and
// returns the names of every other object of that kind recorded so far,
// sorted. An empty key records nothing.
func (p *plannedCreates) record(kind plannedKind, key, name string) []string { //nolint:unparam // kinds are the extension point: each plan-wide limit adds its own
	if key != "" {
		p.mu.Lock()
		if p.kinds == nil {
			p.kinds = map[plannedKind]map[string]string{}
		}
		if p.kinds[kind] == nil {
			p.kinds[kind] = map[string]string{}
		}
		p.kinds[kind][key] = name
		p.mu.Unlock()
	}
	return p.others(kind, key)
}

// others returns the names recorded under kind except key's, sorted.
func (p *plannedCreates) others(kind plannedKind, key string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]string, 0, len(p.kinds[kind]))
	for k, n := range p.kinds[kind] {
		if k != key {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
