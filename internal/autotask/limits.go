package autotask

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// threadLimit is Autotask's thread threshold: requests in flight per
// tracking identifier (integration code) and entity endpoint; a fourth gets
// HTTP 429.
const threadLimit = 3

// semaphores holds one counting semaphore per entity endpoint, each of the
// same capacity.
type semaphores struct {
	max  int
	mu   sync.Mutex
	sems map[string]chan struct{}
}

func newSemaphores(size int) *semaphores {
	return &semaphores{max: size, sems: map[string]chan struct{}{}}
}

func (l *semaphores) sem(endpoint string) chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, ok := l.sems[endpoint]
	if !ok {
		s = make(chan struct{}, l.max)
		l.sems[endpoint] = s
	}
	return s
}

// acquire waits for a free slot on endpoint; the returned func gives it
// back and may be called more than once.
func (l *semaphores) acquire(ctx context.Context, endpoint string) (func(), error) {
	s := l.sem(endpoint)
	select {
	case s <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var once sync.Once
	return func() { once.Do(func() { <-s }) }, nil
}

// limiter enforces the thread threshold for one Client. Autotask counts
// threads per integration code and endpoint, whoever sends them, so every
// Client of the process with the same integration code shares one set of
// semaphores of the threshold's size. (The provider makes one Client per
// process, and Terraform starts a process per provider configuration:
// aliases do not share these semaphores.) A Client configured for fewer (max_in_flight) also holds a slot of
// its own, which lowers its own use without lowering anyone else's.
type limiter struct {
	shared *semaphores
	own    *semaphores // nil when the client may use the whole threshold
}

var (
	limitersMu sync.Mutex
	limiters   = map[string]*semaphores{}
)

func newLimiter(integrationCode string, maxInFlight int) *limiter {
	limitersMu.Lock()
	shared, ok := limiters[integrationCode]
	if !ok {
		shared = newSemaphores(threadLimit)
		limiters[integrationCode] = shared
	}
	limitersMu.Unlock()
	l := &limiter{shared: shared}
	if maxInFlight < threadLimit {
		l.own = newSemaphores(maxInFlight)
	}
	return l
}

// acquire takes the client's own slot first (a client waiting for itself
// holds nothing others could use), then the shared one.
func (l *limiter) acquire(ctx context.Context, endpoint string) (func(), error) {
	releaseOwn := func() {}
	if l.own != nil {
		r, err := l.own.acquire(ctx, endpoint)
		if err != nil {
			return nil, err
		}
		releaseOwn = r
	}
	releaseShared, err := l.shared.acquire(ctx, endpoint)
	if err != nil {
		releaseOwn()
		return nil, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			releaseShared()
			releaseOwn()
		})
	}, nil
}

// usageMonitor counts requests in a rolling hour, refuses requests beyond the
// budget, and warns once when usage crosses 75% and 90%. It also takes the
// PSA's own count from ThresholdInformation into account.
type usageMonitor struct {
	mu sync.Mutex
	// budget is the configured budget; 0 means the server's threshold, or
	// DefaultRequestBudget until the server has reported one.
	budget int
	window time.Duration
	now    func() time.Time
	log    Logger
	notify func(context.Context, Usage, int)
	// stamps is a ring of request times, oldest first.
	stamps []time.Time
	// server is the latest count reported by the PSA and when it was seen.
	serverCount     int
	serverThreshold int
	serverAt        time.Time
	// total counts every reservation ever; totalAtServer is its value when
	// the server last reported.
	total         int
	totalAtServer int
	warned        [2]bool
}

var warnLevels = [2]float64{0.75, 0.90}

func newUsageMonitor(budget int, now func() time.Time, log Logger, notify func(context.Context, Usage, int)) *usageMonitor {
	return &usageMonitor{budget: budget, window: time.Hour, now: now, log: log, notify: notify}
}

func (m *usageMonitor) prune(now time.Time) {
	cut := now.Add(-m.window)
	i := 0
	for i < len(m.stamps) && !m.stamps[i].After(cut) {
		i++
	}
	if i > 0 {
		m.stamps = append(m.stamps[:0], m.stamps[i:]...)
	}
}

// usedLocked is the best estimate of requests in the current window: the
// larger of the client's own count and the server's count plus what this
// client sent since the server reported.
func (m *usageMonitor) usedLocked(now time.Time) int {
	used := len(m.stamps)
	if !m.serverAt.IsZero() && now.Sub(m.serverAt) < m.window {
		if s := m.serverCount + m.total - m.totalAtServer; s > used {
			used = s
		}
	}
	return used
}

// limitLocked is the budget in force: the configured one, else the
// server's threshold, else DefaultRequestBudget.
func (m *usageMonitor) limitLocked() int {
	switch {
	case m.budget > 0:
		return m.budget
	case m.serverThreshold > 0:
		return m.serverThreshold
	}
	return DefaultRequestBudget
}

// reserve counts one request, or refuses it with a *BudgetError.
func (m *usageMonitor) reserve(ctx context.Context) error {
	m.mu.Lock()
	now := m.now()
	m.prune(now)
	used, limit := m.usedLocked(now), m.limitLocked()
	if used >= limit {
		retry := m.window
		if len(m.stamps) > 0 {
			retry = m.stamps[0].Add(m.window).Sub(now)
		}
		m.mu.Unlock()
		return &BudgetError{Used: used, Budget: limit, RetryIn: retry}
	}
	m.stamps = append(m.stamps, now)
	m.total++
	warn := m.checkLocked(used+1, limit)
	m.mu.Unlock()
	warn(ctx)
	return nil
}

// observe records the PSA's own count.
func (m *usageMonitor) observe(ctx context.Context, count, threshold int) {
	m.mu.Lock()
	now := m.now()
	m.prune(now)
	m.serverCount, m.serverThreshold, m.serverAt = count, threshold, now
	m.totalAtServer = m.total
	warn := m.checkLocked(m.usedLocked(now), m.limitLocked())
	m.mu.Unlock()
	warn(ctx)
}

// checkLocked arms or fires the threshold warnings; the returned func logs
// outside the lock.
func (m *usageMonitor) checkLocked(used, limit int) func(context.Context) {
	if limit <= 0 {
		return func(context.Context) {}
	}
	ratio := float64(used) / float64(limit)
	fire := -1
	for i, lvl := range warnLevels {
		switch {
		case ratio >= lvl && !m.warned[i]:
			m.warned[i] = true
			fire = i
		case ratio < lvl:
			m.warned[i] = false // re-arm once usage falls back
		}
	}
	if fire < 0 {
		return func(context.Context) {}
	}
	pct := int(warnLevels[fire] * 100)
	server := m.serverThreshold
	return func(ctx context.Context) {
		m.log.Warn(ctx, "autotask: API request usage crossed "+itoa(int64(pct))+"% of the hourly threshold",
			"used", used, "limit", limit, "percent", pct)
		if m.notify != nil {
			m.notify(ctx, Usage{Used: used, Limit: limit, TenantThreshold: server}, pct)
		}
	}
}

// Usage is a snapshot of the client's view of the hourly request threshold.
type Usage struct {
	Used  int
	Limit int
	// TenantThreshold is the threshold the PSA last reported
	// (ThresholdInformation), 0 before it has.
	TenantThreshold int
}

func (m *usageMonitor) usage() Usage {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	m.prune(now)
	return Usage{Used: m.usedLocked(now), Limit: m.limitLocked(), TenantThreshold: m.serverThreshold}
}

// limitTransport enforces the budget and the per-endpoint thread limit on
// every HTTP attempt (retries included) to the zone. A slot is held until
// the response body is closed, which is when the server has finished with
// the request.
type limitTransport struct {
	base    http.RoundTripper
	limiter *limiter
	monitor *usageMonitor
}

func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	st := stateFrom(req.Context())
	if st == nil || st.endpoint == "" {
		return t.base.RoundTrip(req)
	}
	release := st.takeHeld()
	if release == nil {
		var err error
		release, err = t.limiter.acquire(req.Context(), st.endpoint)
		if err != nil {
			return nil, err
		}
	}
	if err := t.monitor.reserve(req.Context()); err != nil {
		release()
		return nil, err
	}
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}

// endpointOf names the endpoint a path below V1.0/ counts against: its
// entity, lower-cased because paths are case-insensitive. A child call
// (Companies/7/Contacts...) counts against the child entity.
func endpointOf(path string) string {
	path = strings.TrimPrefix(path, "/")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	segs := strings.Split(path, "/")
	name := segs[0]
	if len(segs) >= 3 {
		if _, err := strconv.ParseInt(segs[1], 10, 64); err == nil {
			name = segs[2]
			if child, ok := childEndpoints[strings.ToLower(segs[0]+"/"+segs[2])]; ok {
				name = child
			}
		}
	}
	return strings.ToLower(name)
}

// childEndpoints names the entity of child paths whose last segment is not
// the entity's own name (/UserDefinedFields/{id}/ListItems).
var childEndpoints = map[string]string{
	"userdefinedfields/listitems": EntityUDFListItems,
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
