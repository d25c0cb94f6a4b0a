package mockpsa

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Operation is what an entity call does. Faults can target one operation,
// so that a fault meant for creates does not also hit the queries of the
// same entity (both are POSTs).
type Operation string

// Operations.
const (
	// OpCreate is POST {Entity} and POST {Parent}/{id}/{Child}.
	OpCreate Operation = "create"
	// OpUpdate is PATCH or PUT {Entity} (and under a parent).
	OpUpdate Operation = "update"
	// OpDelete is DELETE {Entity}/{id} (and under a parent).
	OpDelete Operation = "delete"
	// OpGet is GET {Entity}/{id} (and under a parent).
	OpGet Operation = "get"
	// OpQuery is a query page: POST or GET {Entity}/query, GET
	// {Entity}/query/next, and GET {Parent}/{id}/{Child}.
	OpQuery Operation = "query"
	// OpCount is POST or GET {Entity}/query/count.
	OpCount Operation = "count"
	// OpInfo is entityInformation (and its fields and userDefinedFields)
	// and ThresholdInformation.
	OpInfo Operation = "info"
)

var operations = []Operation{OpCreate, OpUpdate, OpDelete, OpGet, OpQuery, OpCount, OpInfo}

func parseOperation(s string) (Operation, error) {
	op := Operation(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(operations, op) {
		return "", fmt.Errorf("mockpsa: unknown operation %q (want one of %s)", s, joinOps(operations))
	}
	return op, nil
}

func joinOps(ops []Operation) string {
	parts := make([]string, len(ops))
	for i, o := range ops {
		parts[i] = string(o)
	}
	return strings.Join(parts, ", ")
}

// operationOf classifies an entity call; segs are the path segments after
// V1.0/. A call the API does not serve (GET {Entity}, say) has no
// operation and matches only faults that name none.
func operationOf(method string, segs []string) Operation {
	if len(segs) == 0 {
		return ""
	}
	if strings.EqualFold(segs[0], entThresholdInformation) {
		return OpInfo
	}
	rest := make([]string, len(segs)-1)
	for i, s := range segs[1:] {
		rest[i] = strings.ToLower(s)
	}
	numeric := func(s string) bool { _, err := strconv.ParseInt(s, 10, 64); return err == nil }
	write := func() Operation {
		switch method {
		case http.MethodPost:
			return OpCreate
		case http.MethodPatch, http.MethodPut:
			return OpUpdate
		}
		return ""
	}
	switch {
	case len(rest) == 0:
		return write()
	case rest[0] == "query":
		if len(rest) == 2 && rest[1] == "count" {
			return OpCount
		}
		return OpQuery
	case rest[0] == "entityinformation":
		return OpInfo
	case len(rest) == 1 && numeric(rest[0]):
		switch method {
		case http.MethodGet:
			return OpGet
		case http.MethodDelete:
			return OpDelete
		}
	case len(rest) == 2 && numeric(rest[0]): // {Parent}/{id}/{Child}
		if method == http.MethodGet {
			return OpQuery
		}
		return write()
	case len(rest) == 3 && numeric(rest[0]): // {Parent}/{id}/{Child}/{id}
		switch method {
		case http.MethodGet:
			return OpGet
		case http.MethodDelete:
			return OpDelete
		}
	}
	return ""
}

// RandomKind is a fault that random mode can draw.
type RandomKind string

// Random fault kinds.
const (
	// RandomThreadLimit answers 429 with Autotask's thread-threshold
	// message and no Retry-After.
	RandomThreadLimit RandomKind = "thread_limit"
	// RandomUnavailableRetryAfter answers 503 with a Retry-After header.
	RandomUnavailableRetryAfter RandomKind = "unavailable_retry_after"
	// RandomUnavailable answers 503 without Retry-After.
	RandomUnavailable RandomKind = "unavailable"
	// RandomDrop closes the connection; the request is not processed.
	RandomDrop RandomKind = "drop"
	// RandomSlow holds the request for RandomFaults.Latency, then serves it.
	RandomSlow RandomKind = "slow"
	// RandomLostAnswer processes the request (a create is committed), then
	// closes the connection without answering. On a read it looks like a
	// drop.
	RandomLostAnswer RandomKind = "lost_answer"
)

// RandomKinds lists every kind random mode can draw, in a fixed order.
func RandomKinds() []RandomKind {
	return []RandomKind{RandomThreadLimit, RandomUnavailableRetryAfter, RandomUnavailable, RandomDrop, RandomSlow, RandomLostAnswer}
}

// Defaults of RandomFaults.
const (
	DefaultRandomLatency    = 100 * time.Millisecond
	DefaultRandomRetryAfter = "1"
)

// RandomFaults is a tenant's random fault mode: each matching request is
// faulted with probability Rate, with a kind drawn uniformly from Kinds.
// The draws come from a generator seeded with Seed, one draw per matching
// request in the order the server admits them, so a run is repeatable as
// far as the order of concurrent requests is. Armed faults
// (Tenant.InjectFault) take precedence; random mode applies to requests no
// armed fault matched.
type RandomFaults struct {
	// Rate is the probability that a matching request is faulted (0 < Rate
	// <= 1).
	Rate float64 `json:"rate"`
	// Seed seeds the generator.
	Seed uint64 `json:"seed"`
	// Kinds are the faults drawn from (default: all of RandomKinds).
	Kinds []RandomKind `json:"kinds,omitempty"`
	// Operations limits the mode to these operations (default: all).
	Operations []Operation `json:"operations,omitempty"`
	// Entity limits the mode to one entity endpoint (default: all).
	Entity string `json:"entity,omitempty"`
	// Latency is how long a slow answer is held (default 100ms).
	Latency time.Duration `json:"-"`
	// RetryAfter is the Retry-After value of RandomUnavailableRetryAfter
	// (default "1", seconds).
	RetryAfter string `json:"retry_after,omitempty"`
}

func (rf *RandomFaults) validate() error {
	if rf.Rate <= 0 || rf.Rate > 1 {
		return fmt.Errorf("mockpsa: random fault rate %v is not in (0, 1]", rf.Rate)
	}
	if len(rf.Kinds) == 0 {
		rf.Kinds = RandomKinds()
	}
	for _, k := range rf.Kinds {
		if !slices.Contains(RandomKinds(), k) {
			return fmt.Errorf("mockpsa: unknown random fault kind %q (want one of %v)", k, RandomKinds())
		}
	}
	for i, op := range rf.Operations {
		o, err := parseOperation(string(op))
		if err != nil {
			return err
		}
		rf.Operations[i] = o
	}
	if rf.Entity != "" {
		name, err := canonicalEndpoint(rf.Entity)
		if err != nil {
			return err
		}
		rf.Entity = name
	}
	if rf.Latency < 0 {
		return fmt.Errorf("mockpsa: negative random fault latency %s", rf.Latency)
	}
	if rf.Latency == 0 {
		rf.Latency = DefaultRandomLatency
	}
	if rf.RetryAfter == "" {
		rf.RetryAfter = DefaultRandomRetryAfter
	}
	return nil
}

// canonicalEndpoint spells an entity endpoint as the server does.
func canonicalEndpoint(name string) (string, error) {
	if e, ok := lookupEntity(name); ok {
		return e.name, nil
	}
	if strings.EqualFold(name, entThresholdInformation) {
		return entThresholdInformation, nil
	}
	return "", fmt.Errorf("mockpsa: unknown entity %q in fault", name)
}

// randomMode is the armed random fault mode of a tenant.
type randomMode struct {
	cfg RandomFaults
	rng *rand.Rand
}

func newRandomMode(cfg RandomFaults) *randomMode {
	return &randomMode{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))} //nolint:gosec // a repeatable test generator, not a secret
}

// draw decides the fault of one admitted request; it runs under s.mu.
func (m *randomMode) draw(endpoint string, op Operation) *Fault {
	c := m.cfg
	if c.Entity != "" && !strings.EqualFold(c.Entity, endpoint) {
		return nil
	}
	if len(c.Operations) > 0 && !slices.Contains(c.Operations, op) {
		return nil
	}
	if m.rng.Float64() >= c.Rate {
		return nil
	}
	switch c.Kinds[m.rng.IntN(len(c.Kinds))] {
	case RandomThreadLimit:
		return &Fault{Kind: FaultStatus, Status: http.StatusTooManyRequests}
	case RandomUnavailableRetryAfter:
		return &Fault{Kind: FaultStatus, Status: http.StatusServiceUnavailable, RetryAfter: c.RetryAfter}
	case RandomUnavailable:
		return &Fault{Kind: FaultStatus, Status: http.StatusServiceUnavailable}
	case RandomDrop:
		return &Fault{Kind: FaultDrop}
	case RandomSlow:
		return &Fault{Kind: FaultLatency, Latency: c.Latency}
	default: // RandomLostAnswer
		return &Fault{Kind: FaultCommitThenDrop}
	}
}

// label names the effect of a fault in Counters.FaultsByKind: "status_429",
// "status_503_retry_after", "drop", "latency" or "commit_then_drop".
func (f *Fault) label() string {
	if f.Kind == FaultStatus {
		l := "status_" + strconv.Itoa(f.Status)
		if f.RetryAfter != "" {
			l += "_retry_after"
		}
		return l
	}
	return string(f.Kind)
}

// pickFault returns the fault of an admitted request: the first armed
// fault that matches, else a random draw; it runs under s.mu.
func (t *tenant) pickFault(method, endpoint string, op Operation) *Fault {
	f := t.takeFault(method, endpoint, op)
	if f == nil && t.random != nil {
		f = t.random.draw(endpoint, op)
	}
	if f != nil {
		t.counters.FaultsByKind[f.label()]++
	}
	return f
}

// SetRandomFaults arms random fault mode for the tenant, replacing any
// earlier one; a zero Rate turns it off. ClearFaults turns it off too.
func (h *Tenant) SetRandomFaults(rf RandomFaults) error {
	rf.Kinds = slices.Clone(rf.Kinds)
	rf.Operations = slices.Clone(rf.Operations)
	if rf.Rate == 0 {
		h.s.mu.Lock()
		defer h.s.mu.Unlock()
		h.t.random = nil
		return nil
	}
	if err := rf.validate(); err != nil {
		return err
	}
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.random = newRandomMode(rf)
	return nil
}

// RandomFaults returns the tenant's random fault mode, if armed.
func (h *Tenant) RandomFaults() (RandomFaults, bool) {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	if h.t.random == nil {
		return RandomFaults{}, false
	}
	rf := h.t.random.cfg
	rf.Kinds = slices.Clone(rf.Kinds)
	rf.Operations = slices.Clone(rf.Operations)
	return rf, true
}
