package mockpsa

import (
	"fmt"
	"strconv"
	"strings"
)

// Tenant is a handle on one tenant (Autotask database) of a Server. Its
// methods are safe for concurrent use. Writes through it are out-of-band
// changes, as an administrator would make in the Autotask web UI: they
// bypass the API's create/update/delete permissions per entity but keep
// every validation rule, including the protection of system levels unless
// Force is passed. They do not count as requests.
type Tenant struct {
	s *Server
	t *tenant
}

// Credentials are what a client needs to reach a tenant. BaseURL is the
// server's root: the client runs zone discovery from there.
type Credentials struct {
	BaseURL         string `json:"base_url"`
	Username        string `json:"username"`
	Secret          string `json:"secret"`
	IntegrationCode string `json:"integration_code"`
}

// WriteOption tunes an out-of-band write.
type WriteOption func(*writeOpts)

// Force lets an out-of-band write edit or delete system security levels and
// system Client Portal levels.
func Force(o *writeOpts) { o.force = true }

func buildOpts(opts []WriteOption) writeOpts {
	o := writeOpts{oob: true}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Name is the tenant's name.
func (h *Tenant) Name() string { return h.t.name }

// Zone is the tenant's current zone.
func (h *Tenant) Zone() string {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.t.zone
}

// CI is the tenant's database number, as zoneInformation reports it
// (unique per server, kept when the tenant moves zone).
func (h *Tenant) CI() int { return h.t.ci }

// IdentityResourceID is the resource id of the API user Credentials returns.
func (h *Tenant) IdentityResourceID() int64 { return h.t.identity }

// Credentials returns the identity API user's credentials with baseURL
// (the server's root URL, e.g. httptest.Server.URL) as BaseURL.
func (h *Tenant) Credentials(baseURL string) Credentials {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	r := h.t.data.tables[entResources][h.t.identity]
	return Credentials{
		BaseURL:         strings.TrimRight(baseURL, "/"),
		Username:        asString(r["userName"]),
		Secret:          asString(r["secret"]),
		IntegrationCode: asString(r["integrationCode"]),
	}
}

func entityByName(name string) (*entity, error) {
	e, ok := lookupEntity(name)
	if !ok {
		return nil, fmt.Errorf("mockpsa: unknown entity %q", name)
	}
	return e, nil
}

// Get returns an object as the API shows it (integers as int64, write-only
// fields left out).
func (h *Tenant) Get(entity string, id int64) (map[string]any, bool) {
	e, err := entityByName(entity)
	if err != nil {
		return nil, false
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	r, ok := h.t.data.get(e, id)
	if !ok {
		return nil, false
	}
	return render(e, r, nil), true
}

// WriteOnlyIs reports whether the write-only field of an object (an API
// user's secret, a portal user's password) holds value, so tests can prove
// a rotation without the mock ever handing the value out.
func (h *Tenant) WriteOnlyIs(entity string, id int64, field, value string) bool {
	e, err := entityByName(entity)
	if err != nil {
		return false
	}
	f, ok := e.field(field)
	if !ok || !f.writeOnly {
		return false
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	r, ok := h.t.data.get(e, id)
	return ok && asString(r[f.name]) == value
}

// List returns every object of an entity, ordered by id.
func (h *Tenant) List(entity string) ([]map[string]any, error) {
	e, err := entityByName(entity)
	if err != nil {
		return nil, err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	recs := h.t.data.list(e)
	out := make([]map[string]any, len(recs))
	for i, r := range recs {
		out[i] = render(e, r, nil)
	}
	return out, nil
}

// Create adds an object out of band and returns its id. Field names are
// case-insensitive and values use the API's JSON encoding (Go ints are
// accepted for integers).
func (h *Tenant) Create(entity string, fields map[string]any, opts ...WriteOption) (int64, error) {
	e, err := entityByName(entity)
	if err != nil {
		return 0, err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	body := goValues(fields)
	if err := resolveLabels(h.t.data, e, body); err != nil {
		return 0, err
	}
	return h.s.create(h.t, e, body, buildOpts(opts))
}

// Patch changes the given fields of an object out of band.
func (h *Tenant) Patch(entity string, id int64, fields map[string]any, opts ...WriteOption) error {
	e, err := entityByName(entity)
	if err != nil {
		return err
	}
	body := goValues(fields)
	for k := range body {
		if strings.EqualFold(k, "id") {
			delete(body, k)
		}
	}
	body["id"] = id
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	if err := resolveLabels(h.t.data, e, body); err != nil {
		return err
	}
	_, err = h.s.update(h.t, e, body, false, buildOpts(opts))
	return err
}

// Delete removes an object out of band.
func (h *Tenant) Delete(entity string, id int64, opts ...WriteOption) error {
	e, err := entityByName(entity)
	if err != nil {
		return err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.s.remove(h.t, e, id, buildOpts(opts))
}

// SkipIDs moves the next ID the table of entity hands out forward to id, as
// though the PSA had given the IDs between to other objects: the next
// create takes id (or the first free ID after it). Tests use it to make
// IDs as large and scattered as a real database's. When the table already
// hands out id or a later ID next, nothing changes: IDs only move forward
// and are never handed out twice.
func (h *Tenant) SkipIDs(entity string, id int64) error {
	e, err := entityByName(entity)
	if err != nil {
		return err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	if id <= h.t.data.nextID[e.table] {
		return nil
	}
	h.t.data.nextID[e.table] = id
	h.s.changed()
	return nil
}

// goValues converts Go values a test may pass ([]string, int, []map…) to the
// decoded-JSON shapes the validators take.
func goValues(in map[string]any) map[string]any {
	out := make(map[string]any, len(in))
	for k, v := range in {
		out[k] = goValue(v)
	}
	return out
}

func goValue(v any) any {
	switch t := v.(type) {
	case int:
		return int64(t)
	case int32:
		return int64(t)
	case uint:
		return int64(t) //nolint:gosec // test values are small
	case []string:
		out := make([]any, len(t))
		for i, s := range t {
			out[i] = s
		}
		return out
	case []map[string]any:
		out := make([]any, len(t))
		for i, m := range t {
			out[i] = goValues(m)
		}
		return out
	case map[string]any:
		return goValues(t)
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = goValue(x)
		}
		return out
	}
	return v
}

// InjectFault arms a fault for the tenant's next matching requests.
func (h *Tenant) InjectFault(f Fault) error {
	if err := f.validate(); err != nil {
		return err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.faults = append(h.t.faults, &f)
	return nil
}

// Faults lists the armed faults with their remaining counts.
func (h *Tenant) Faults() []Fault {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	out := make([]Fault, len(h.t.faults))
	for i, f := range h.t.faults {
		out[i] = *f
	}
	return out
}

// ClearFaults disarms every fault, turns random fault mode off and
// releases requests held by latency faults or throttling.
func (h *Tenant) ClearFaults() {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.faults = nil
	h.t.random = nil
	close(h.t.release)
	h.t.release = make(chan struct{})
}

// Counters returns a copy of the tenant's request counters.
func (h *Tenant) Counters() Counters {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.s.countersLocked(h.t)
}

// ResetCounters zeroes the counters and the rolling-hour usage, which also
// lifts a suspension.
func (h *Tenant) ResetCounters() {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.counters = newCounters()
	h.t.window = nil
}

// SetRequestBudget changes the tenant's hourly request budget (0: the
// server default).
func (h *Tenant) SetRequestBudget(n int) error {
	if n < 0 {
		return fmt.Errorf("mockpsa: negative request budget %d", n)
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.budget = n
	h.s.changed()
	return nil
}

// MoveZone moves the tenant to another zone: calls on the old zone answer
// 401 and zone discovery returns the new one.
func (h *Tenant) MoveZone(zone string) error {
	zone = strings.ToLower(zone)
	if err := checkZone(zone); err != nil {
		return err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.zone = zone
	h.s.changed()
	return nil
}

// resolveLabels lets an out-of-band write name picklist values by their
// label, as an administrator picks them in the web UI: {"crmCompaniesEdit":
// "All"}, {"userType": "MSP Service Desk"}, {"lockoutReleaseMode":
// "Administrator"}. A level reference without a picklist
// (copiedFromSecurityLevelID, ApiUsers.securityLevelID) takes a level's
// name too. Numbers pass unchanged; an unknown label is an error listing
// the choices. The REST API itself takes the values, as Autotask does.
func resolveLabels(d *tenantData, e *entity, body map[string]any) error {
	for name, v := range body {
		label, isString := v.(string)
		f, ok := e.field(name)
		if !isString || !ok || f.kind != kindInt {
			continue
		}
		if _, err := strconv.ParseInt(strings.TrimSpace(label), 10, 64); err == nil {
			continue // a number written as a string: the value itself
		}
		picks := f.picks(d)
		if len(picks) == 0 && f.ref == entSecurityLevels {
			picks = levelPicks(d)
		}
		if len(picks) == 0 {
			continue
		}
		found := false
		for _, p := range picks {
			if strings.EqualFold(strings.TrimSpace(p.label), strings.TrimSpace(label)) {
				n, err := strconv.ParseInt(p.value, 10, 64)
				if err != nil {
					break
				}
				body[name], found = n, true
				break
			}
		}
		if !found {
			return validation("%s has no value labelled %q; use one of %s", f.name, label, allowedPicks(picks))
		}
	}
	return nil
}
