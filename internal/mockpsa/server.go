package mockpsa

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Defaults of Options.
const (
	DefaultRequestBudget = 10000
	DefaultThreadLimit   = 3
	DefaultZone          = "webservices1"
	budgetWindow         = time.Hour
)

// Options configure a Server. The zero value is a usable in-memory server.
type Options struct {
	// Clock returns the current time (default time.Now). It drives the
	// rolling-hour request budget.
	Clock func() time.Time
	// Logger receives one line per request (default: discarded). Secrets
	// are never logged.
	Logger *slog.Logger
	// RequestBudget is the default per-tenant budget of requests per rolling
	// hour (default 10,000). TenantSpec.RequestBudget overrides it.
	RequestBudget int
	// ThrottleDelay is added to every request of a tenant once its usage
	// passes half of its budget (default 0: no delay).
	ThrottleDelay time.Duration
	// ThreadLimit is how many requests one integration code may have in
	// flight per entity endpoint (default 3).
	ThreadLimit int
	// StatePath, when set, is a JSON snapshot of every tenant: loaded at
	// start and rewritten atomically after each change.
	StatePath string
	// Latency is added to every entity call once it holds its thread slot,
	// like the processing time of a real PSA (default 0). Benchmarks use it
	// to measure pipelining against the three-in-flight limit.
	Latency time.Duration
}

// Server is a mock Autotask PSA. It implements http.Handler.
type Server struct {
	opts Options
	log  *slog.Logger

	mu      sync.Mutex
	tenants []*tenant
	nextCI  int
	// seeding defers persistence until a new tenant is complete.
	seeding bool
}

// tenant is one Autotask database.
type tenant struct {
	name     string
	zone     string
	ci       int
	budget   int
	identity int64 // resource id of the API user Credentials returns
	codeSeq  int
	data     *tenantData

	window   []time.Time
	inflight map[string]int
	faults   []*Fault
	release  chan struct{}
	held     int // requests held by faults now (Counters.Held)
	counters Counters

	// random is the armed random fault mode, if any.
	random *randomMode
	// noExtension: the extension's entities answer 404.
	noExtension bool
}

// New returns a server. When opts.StatePath names an existing snapshot it
// is loaded; New panics if that snapshot cannot be read (use Open to get
// the error instead).
func New(opts Options) *Server {
	s, err := Open(opts)
	if err != nil {
		panic(err)
	}
	return s
}

// Open is New that reports a snapshot that cannot be loaded.
func Open(opts Options) (*Server, error) {
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.RequestBudget <= 0 {
		opts.RequestBudget = DefaultRequestBudget
	}
	if opts.ThreadLimit <= 0 {
		opts.ThreadLimit = DefaultThreadLimit
	}
	lg := opts.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	s := &Server{opts: opts, log: lg, nextCI: 1}
	if opts.StatePath != "" {
		if err := s.load(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Running is a server listening on a TCP address.
type Running struct {
	// URL is the root URL, e.g. "http://127.0.0.1:40123".
	URL    string
	Server *Server
	http   *http.Server
	done   chan struct{}
	once   sync.Once
	err    error
}

// Start listens on addr (e.g. "127.0.0.1:0") and serves a new Server.
func Start(addr string, opts Options) (*Running, error) {
	s, err := Open(opts)
	if err != nil {
		return nil, err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", addr)
	if err != nil {
		return nil, err
	}
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	r := &Running{URL: "http://" + ln.Addr().String(), Server: s, http: hs, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("mockpsa: serve", "error", err)
		}
	}()
	return r, nil
}

// Close stops the listener, waits up to five seconds for requests in flight,
// then closes what is left.
// It is safe to call more than once.
func (r *Running) Close() error {
	r.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := r.http.Shutdown(ctx); err != nil {
			r.err = r.http.Close()
		}
		<-r.done
	})
	return r.err
}

func (s *Server) now() time.Time { return s.opts.Clock() }

// seedTime is the creation time of seeded records, so seeds stay the same
// on every run.
var seedTime = time.Date(2024, time.January, 8, 9, 0, 0, 0, time.UTC)

// stamp is the time a record is created or changed, as the API shows it;
// it runs under s.mu.
func (s *Server) stamp() string {
	if s.seeding {
		return formatDateTime(seedTime)
	}
	return formatDateTime(s.now())
}

// Seed selects the data a new tenant starts with.
type Seed string

// Seeds.
const (
	// SeedEmpty holds what every Autotask database has: the system security
	// levels, the system Client Portal levels, the security settings and
	// one API user (the identity Credentials returns).
	SeedEmpty Seed = "empty"
	// SeedDemo adds a realistic MSP: resources, companies and contacts,
	// custom security levels, Client Portal users and user-defined fields.
	SeedDemo Seed = "demo"
)

// TenantSpec describes a tenant to create.
type TenantSpec struct {
	// Name identifies the tenant (lower-case letters, digits, '-').
	Name string `json:"name"`
	// Zone is the path segment of the tenant's zone (default
	// "webservices1"). Tenants may share a zone.
	Zone string `json:"zone"`
	// Seed is SeedEmpty (default) or SeedDemo.
	Seed Seed `json:"seed"`
	// RequestBudget overrides Options.RequestBudget when positive.
	RequestBudget int `json:"request_budget"`
	// WithoutExtension makes the tenant a PSA that does not run the
	// security-administration extension: its entities (catalog
	// ExtensionEntities) answer 404 as unknown routes do, while the
	// documented entities work as usual. The data still exists underneath
	// (the web UI keeps it), so Tenant methods still see it.
	WithoutExtension bool `json:"without_extension,omitempty"`
}

var (
	tenantNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)
	zoneRE       = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{0,62}$`)
)

func checkZone(zone string) error {
	if !zoneRE.MatchString(zone) || zone == "atservicesrest" || zone == "_mock" {
		return fmt.Errorf("mockpsa: invalid zone %q (lower-case letters, digits, '.', '-')", zone)
	}
	return nil
}

// CreateTenant adds a tenant and seeds it.
func (s *Server) CreateTenant(spec TenantSpec) (*Tenant, error) {
	if !tenantNameRE.MatchString(spec.Name) {
		return nil, fmt.Errorf("mockpsa: invalid tenant name %q (lower-case letters, digits, '-')", spec.Name)
	}
	if spec.Zone == "" {
		spec.Zone = DefaultZone
	}
	spec.Zone = strings.ToLower(spec.Zone)
	if err := checkZone(spec.Zone); err != nil {
		return nil, err
	}
	switch spec.Seed {
	case "":
		spec.Seed = SeedEmpty
	case SeedEmpty, SeedDemo:
	default:
		return nil, fmt.Errorf("mockpsa: unknown seed %q (want %q or %q)", spec.Seed, SeedEmpty, SeedDemo)
	}
	if spec.RequestBudget < 0 {
		return nil, fmt.Errorf("mockpsa: negative request budget %d", spec.RequestBudget)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tenantLocked(spec.Name) != nil {
		return nil, fmt.Errorf("mockpsa: tenant %q already exists", spec.Name)
	}
	t := &tenant{name: spec.Name, zone: spec.Zone, ci: s.nextCI, budget: spec.RequestBudget, noExtension: spec.WithoutExtension, data: newTenantData(spec.Name)}
	t.initRuntime()
	s.nextCI++
	s.tenants = append(s.tenants, t)
	s.seeding = true
	defer func() { s.seeding = false }()
	if err := s.seedBase(t); err != nil {
		s.tenants = s.tenants[:len(s.tenants)-1]
		return nil, fmt.Errorf("mockpsa: seeding %s: %w", spec.Name, err)
	}
	if spec.Seed == SeedDemo {
		if err := s.seedDemo(t); err != nil {
			s.tenants = s.tenants[:len(s.tenants)-1]
			return nil, fmt.Errorf("mockpsa: seeding %s: %w", spec.Name, err)
		}
	}
	s.seeding = false
	s.changed()
	return &Tenant{s: s, t: t}, nil
}

func (t *tenant) initRuntime() {
	t.inflight = map[string]int{}
	t.release = make(chan struct{})
	t.counters = newCounters()
}

func (s *Server) tenantLocked(name string) *tenant {
	for _, t := range s.tenants {
		if t.name == name {
			return t
		}
	}
	return nil
}

// Tenant returns the tenant with that name.
func (s *Server) Tenant(name string) (*Tenant, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tenantLocked(name)
	if t == nil {
		return nil, false
	}
	return &Tenant{s: s, t: t}, true
}

// Tenants lists every tenant in creation order.
func (s *Server) Tenants() []*Tenant {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Tenant, len(s.tenants))
	for i, t := range s.tenants {
		out[i] = &Tenant{s: s, t: t}
	}
	return out
}

// DeleteTenant removes a tenant and all its data.
func (s *Server) DeleteTenant(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, t := range s.tenants {
		if t.name == name {
			s.tenants = append(s.tenants[:i], s.tenants[i+1:]...)
			close(t.release)
			t.release = make(chan struct{})
			s.changed()
			return true
		}
	}
	return false
}

// findUser locates an API user by user name across tenants.
func (s *Server) findUser(name string) (*tenant, record) {
	if name == "" {
		return nil, nil
	}
	for _, t := range s.tenants {
		for _, r := range t.data.tables[entResources] {
			if isAPIUser(r) && strings.EqualFold(asString(r["userName"]), name) {
				return t, r
			}
		}
	}
	return nil, nil
}

func (t *tenant) effectiveBudget(s *Server) int {
	if t.budget > 0 {
		return t.budget
	}
	return s.opts.RequestBudget
}

// newIntegrationCode derives a deterministic 27-character tracking
// identifier.
func (t *tenant) newIntegrationCode() string {
	t.codeSeq++
	sum := sha256.Sum256([]byte(fmt.Sprintf("mockpsa-integration:%s:%d", t.name, t.codeSeq)))
	return base32.StdEncoding.EncodeToString(sum[:])[:integrationCodeLen]
}

// vendorIntegrationCode is an integration vendor's tracking identifier: the
// same in every database, as Autotask issues one per vendor.
func vendorIntegrationCode(vendor string) string {
	sum := sha256.Sum256([]byte("mockpsa-vendor:" + strings.ToLower(vendor)))
	return base32.StdEncoding.EncodeToString(sum[:])[:integrationCodeLen]
}

func deterministicSecret(tenantName, user string) string {
	sum := sha256.Sum256([]byte("mockpsa-secret:" + tenantName + ":" + user))
	enc := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:])
	return "S" + strings.ToLower(enc[:23])
}

// render projects a stored record on the fields of e (write-only fields
// left out); include, when non-nil, limits the fields.
func render(e *entity, r record, include []*field) map[string]any {
	fs := e.fields
	if include != nil {
		fs = include
	}
	out := make(map[string]any, len(fs))
	for _, f := range fs {
		if f.writeOnly {
			continue
		}
		switch v := r[f.name].(type) {
		case []udfValue:
			list := make([]map[string]any, 0, len(v))
			for _, u := range v {
				var val any
				if u.Value != nil {
					val = *u.Value
				}
				list = append(list, map[string]any{"name": u.Name, "value": val})
			}
			out[f.name] = list
		case []string:
			out[f.name] = append([]string{}, v...)
		case nil:
			if f.kind == kindUDF {
				out[f.name] = []map[string]any{}
			} else {
				out[f.name] = nil
			}
		default:
			out[f.name] = v
		}
	}
	return out
}

// baseURL is the root URL of a request ("http://host:port").
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// readBody reads at most 4 MiB.
func readBody(r *http.Request) ([]byte, *APIError) {
	if r.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, 4<<20+1))
	if err != nil {
		return nil, validation("Unable to read the request body: %v", err)
	}
	if len(b) > 4<<20 {
		return nil, errorf(http.StatusRequestEntityTooLarge, "The request body is larger than 4 MiB")
	}
	return b, nil
}
