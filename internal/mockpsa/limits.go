package mockpsa

import (
	"fmt"
	"maps"
	"net/http"
	"strings"
	"time"
)

// FaultKind is what an injected fault does.
type FaultKind string

// Fault kinds.
const (
	// FaultStatus answers Status (429, 500, 503, …) with an Autotask error
	// body and, when RetryAfter is set, a Retry-After header. The request is
	// not processed.
	FaultStatus FaultKind = "status"
	// FaultDrop closes the connection without processing the request.
	FaultDrop FaultKind = "drop"
	// FaultLatency holds the request (see Fault.Latency and Fault.Release),
	// then serves it. The request keeps its thread slot meanwhile.
	FaultLatency FaultKind = "latency"
	// FaultCommitThenDrop processes the request (a create is committed),
	// then closes the connection without answering.
	FaultCommitThenDrop FaultKind = "commit_then_drop"
	// FaultSlowAnswer processes the request at once — a write is committed,
	// a read sees the data as it is on arrival — then holds the answer (see
	// Fault.Latency and Fault.Release) before sending it: a reply that is
	// overtaken by later changes on its way back. The request keeps its
	// thread slot meanwhile.
	FaultSlowAnswer FaultKind = "slow_answer"
)

// Fault is one injected fault. It applies to the next Count requests of the
// tenant that match Method, Entity and Op (empty matches any).
type Fault struct {
	Kind FaultKind `json:"kind"`
	// Status is the HTTP status of a FaultStatus (default 500).
	Status int `json:"status,omitempty"`
	// RetryAfter is the Retry-After header value of a FaultStatus ("" = none).
	RetryAfter string `json:"retry_after,omitempty"`
	// Message replaces the default error message of a FaultStatus.
	Message string `json:"message,omitempty"`
	// Count is how many requests the fault applies to (default 1).
	Count int `json:"count,omitempty"`
	// Method limits the fault to one HTTP method ("POST"), any case.
	Method string `json:"method,omitempty"`
	// Entity limits the fault to one entity endpoint ("SecurityLevels"),
	// any case. Child calls (/Companies/1/Contacts) match the child entity.
	Entity string `json:"entity,omitempty"`
	// Op limits the fault to one operation (OpCreate, OpQuery, …): a fault
	// on creates of an entity leaves its queries alone, although both are
	// POSTs.
	Op Operation `json:"op,omitempty"`
	// Latency is how long a FaultLatency or FaultSlowAnswer holds the
	// request. A hold also ends when Release is closed, when the tenant's
	// faults are cleared (ClearFaults) or when the client goes away.
	Latency time.Duration `json:"-"`
	// Release, when set, ends the hold of a FaultLatency or FaultSlowAnswer
	// when it is closed; Latency may then be zero (hold until released).
	// It lets a Go test decide the order in which held requests finish
	// (Counters.Held says how many are held). The control API cannot set it.
	Release <-chan struct{} `json:"-"`
}

func (f *Fault) validate() error {
	switch f.Kind {
	case FaultStatus:
		if f.Status == 0 {
			f.Status = http.StatusInternalServerError
		}
		if f.Status < 400 || f.Status > 599 {
			return fmt.Errorf("mockpsa: fault status %d is not an error status (400-599)", f.Status)
		}
	case FaultLatency, FaultSlowAnswer:
		if f.Latency < 0 || (f.Latency == 0 && f.Release == nil) {
			return fmt.Errorf("mockpsa: a %s fault needs a positive Latency (or, from Go, a Release channel)", f.Kind)
		}
	case FaultDrop, FaultCommitThenDrop:
	default:
		return fmt.Errorf("mockpsa: unknown fault kind %q (want %s, %s, %s, %s or %s)", f.Kind, FaultStatus, FaultDrop, FaultLatency, FaultCommitThenDrop, FaultSlowAnswer)
	}
	if f.Count < 0 {
		return fmt.Errorf("mockpsa: negative fault count %d", f.Count)
	}
	if f.Count == 0 {
		f.Count = 1
	}
	if f.Entity != "" {
		name, err := canonicalEndpoint(f.Entity)
		if err != nil {
			return err
		}
		f.Entity = name
	}
	if f.Op != "" {
		op, err := parseOperation(string(f.Op))
		if err != nil {
			return err
		}
		f.Op = op
	}
	f.Method = strings.ToUpper(f.Method)
	return nil
}

func (f *Fault) matches(method, endpoint string, op Operation) bool {
	return (f.Method == "" || f.Method == method) && (f.Entity == "" || strings.EqualFold(f.Entity, endpoint)) &&
		(f.Op == "" || f.Op == op)
}

func (f *Fault) message() string {
	if f.Message != "" {
		return f.Message
	}
	switch f.Status {
	case http.StatusTooManyRequests:
		return fmt.Sprintf("API thread threshold of %d threads has been exceeded", DefaultThreadLimit)
	case http.StatusServiceUnavailable:
		return "The service is temporarily unavailable. Please try again later."
	case http.StatusInternalServerError:
		return "An unexpected error occurred while processing the request."
	}
	return http.StatusText(f.Status)
}

// takeFault consumes one use of the first fault matching the request; it
// runs under s.mu.
func (t *tenant) takeFault(method, endpoint string, op Operation) *Fault {
	for i, f := range t.faults {
		if !f.matches(method, endpoint, op) {
			continue
		}
		cp := *f
		f.Count--
		if f.Count <= 0 {
			t.faults = append(t.faults[:i], t.faults[i+1:]...)
		}
		return &cp
	}
	return nil
}

// Counters are a tenant's request counters. Only authenticated calls to
// the tenant's entity endpoints are counted.
type Counters struct {
	Total    int64            `json:"total"`
	ByEntity map[string]int64 `json:"by_entity"`
	ByMethod map[string]int64 `json:"by_method"`
	ByStatus map[string]int64 `json:"by_status"`
	// ReadsByID counts, per entity, the queries whose only filter is an
	// "in" on id — how a client reads objects it knows, in batches — and
	// IDsRead the ids those queries asked for.
	ReadsByID map[string]int64 `json:"reads_by_id"`
	IDsRead   map[string]int64 `json:"ids_read"`
	// TooManyRequests counts 429 answers (thread limit and injected).
	TooManyRequests int64 `json:"too_many_requests"`
	// Suspended counts 403 answers of the hourly request threshold.
	Suspended int64 `json:"suspended"`
	// Dropped counts connections closed without an answer.
	Dropped int64 `json:"dropped"`
	// InFlight is how many requests are being served now.
	InFlight int `json:"in_flight"`
	// Held is how many requests a latency or slow-answer fault holds now
	// (a slow answer from the moment the request has been processed).
	Held int `json:"held"`
	// FaultsByKind counts the injected faults that fired, armed and random,
	// by effect: "status_429", "status_503_retry_after", "status_503",
	// "drop", "latency", "commit_then_drop", "slow_answer".
	FaultsByKind map[string]int64 `json:"faults_by_kind"`
	// WindowRequests is the usage of the rolling hour.
	WindowRequests int `json:"window_requests"`
	// RequestBudget is the tenant's threshold for the rolling hour.
	RequestBudget int `json:"request_budget"`
}

func newCounters() Counters {
	return Counters{ByEntity: map[string]int64{}, ByMethod: map[string]int64{}, ByStatus: map[string]int64{}, FaultsByKind: map[string]int64{},
		ReadsByID: map[string]int64{}, IDsRead: map[string]int64{}}
}

func (c Counters) clone() Counters {
	c.ByEntity = maps.Clone(c.ByEntity)
	c.ByMethod = maps.Clone(c.ByMethod)
	c.ByStatus = maps.Clone(c.ByStatus)
	c.FaultsByKind = maps.Clone(c.FaultsByKind)
	c.ReadsByID = maps.Clone(c.ReadsByID)
	c.IDsRead = maps.Clone(c.IDsRead)
	return c
}

// count records a finished call.
func (s *Server) count(t *tenant, method, endpoint string, w *respWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &t.counters
	c.Total++
	c.ByEntity[endpoint]++
	c.ByMethod[method]++
	switch {
	case w.dropped:
		c.Dropped++
		c.ByStatus["dropped"]++
	default:
		st := w.status
		if st == 0 {
			st = http.StatusOK
		}
		c.ByStatus[fmt.Sprint(st)]++
		switch st {
		case http.StatusTooManyRequests:
			c.TooManyRequests++
		case http.StatusForbidden:
			c.Suspended++
		}
	}
}

func (s *Server) countersLocked(t *tenant) Counters {
	c := t.counters.clone()
	for _, n := range t.inflight {
		c.InFlight += n
	}
	c.Held = t.held
	t.prune(s.now())
	c.WindowRequests = len(t.window)
	c.RequestBudget = t.effectiveBudget(s)
	return c
}
