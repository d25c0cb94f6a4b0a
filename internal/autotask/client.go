// Package autotask is the Go client of the Autotask PSA REST API (and of the
// security-administration extension the provider manages): version and zone
// discovery, authentication headers, typed entity services, the query
// language and paging, typed errors, safe retries, the per-endpoint thread
// limit, the hourly request budget, read batching and coalescing, and
// secret redaction.
//
// It knows nothing about Terraform; the provider maps Logger to tflog and
// acts on the typed errors (IsNotFound, IsValidation, ...).
//
// Guarantees:
//
//   - Discovery: versioninformation must list V1.0; zoneInformation?user=
//     gives the zone, cached per Client and re-run once when a call answers
//     401 (the tenant moved).
//   - Retries (go-retryablehttp): reads, queries, PATCH, PUT and DELETE are
//     retried on 429, 5xx and connection errors, honouring Retry-After
//     (seconds or HTTP date, capped by Config.RetryAfterMax). A 500 with an
//     errors body to a write is a validation failure and final; so is a
//     suspension. A create (POST /{Entity}) is retried only when the request
//     never reached the server or the answer was 429; after an ambiguous
//     failure it looks the object up by CreateOptions.NaturalKey and returns
//     the existing id, re-creating only when it is absent.
//   - Limits: at most 3 requests in flight per integration code and entity
//     endpoint, shared by every Client of the process, and at most
//     Config.MaxInFlightPerEndpoint of them from one Client; at most Config.RequestBudget requests per rolling hour (by
//     default the tenant's own threshold once ThresholdInformation has been
//     read, else 10,000; refused with a *BudgetError beyond); Logger.Warn
//     and Config.OnUsageWarning once when usage crosses 75% and 90%.
//   - Reads: with Config.ReadBatchWindow set, concurrent Gets of one
//     entity (same client, same impersonation) are answered by one
//     POST {Entity}/query with an "in" filter on id (up to MaxReadBatch ids
//     per query); an id the answer lacks is asked once by GET, which alone
//     tells deleted (404) from hidden (empty item). Service.ExpectReads
//     names ids that will be read next: the next batch asks for them too and
//     answers each one Get without a request of its own (read-ahead;
//     Service.KnownIDs is what to expect next time). Errors of a batch reach
//     every waiter; a waiter that gives up does not cancel the others.
//   - Read after write: a Get is answered either by a request sent after it
//     was asked, or by one already under way (a batch or an identical GET)
//     that went out while no write (create, update, replace, delete) was in
//     progress on the client and before which no write has started since.
//     So a Get asked after a write returned sees that write — a request
//     sent while the write ran may have reached the PSA first, and is never
//     shared with it — and a Get asked after a write started never takes
//     an answer fetched before that write started. Once the client has
//     started a write, nothing is read ahead and no Get is answered from a
//     read-ahead. A Get asked while a write is in progress may see the
//     object before or after it, as any read concurrent with a write.
//   - Paging follows nextPageUrl only on the zone's scheme and host;
//     redirects to another host are never followed. Discovery started over
//     https refuses an http zone URL, and a BaseURL carrying credentials
//     (user:password@) is refused without echoing them.
//   - "Gone" is only ever a 404 on a served entity (IsNotFound). An empty
//     item is IsNotVisible (the API user's level hides the object); a 404
//     from an entity whose entityInformation answers 404 too is
//     IsNotServed (a PSA without the security-administration extension).
//   - Secrets: Config.Secret and every write-only value sent (ApiUsers
//     secret, ClientPortalUsers password) are masked in every log line and
//     error text, also in their JSON- and URL-encoded forms.
package autotask

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// APIVersion is the REST version the client speaks. Autotask lists V2.0 in
// versioninformation, but zoneInformation only exists under V1.0.
const APIVersion = "V1.0"

// Defaults applied by New to zero Config fields.
const (
	DefaultMaxInFlightPerEndpoint = 3
	DefaultRequestBudget          = 10000
	DefaultRetryMax               = 4
	DefaultRetryWaitMin           = 250 * time.Millisecond
	DefaultRetryWaitMax           = 10 * time.Second
	DefaultRetryAfterMax          = 60 * time.Second
	DefaultTimeout                = 60 * time.Second
)

// maxBodyBytes bounds how much of an answer the client reads.
const maxBodyBytes = 64 << 20

// Config configures a Client. BaseURL, Username, Secret and IntegrationCode
// are required.
type Config struct {
	// BaseURL is the root discovery starts from, e.g.
	// "https://webservices.autotask.net/". If it already contains
	// "/ATServicesRest/" it is taken as the zone URL and zone discovery is
	// skipped (until a 401 asks for it).
	BaseURL string
	// Username is the API user's user name (an e-mail address).
	Username string
	// Secret is the API user's password. It is never logged.
	Secret string
	// IntegrationCode is the API tracking identifier (27 characters).
	IntegrationCode string
	// ImpersonationResourceID, when non-zero, is sent as
	// ImpersonationResourceId on every call (WithImpersonation overrides it
	// per call).
	ImpersonationResourceID int64

	// UserAgent replaces the whole User-Agent header when set; otherwise it
	// is "terraform-provider-autotask/<Version>".
	UserAgent string
	Version   string

	// Logger receives redacted log lines; nil discards them.
	Logger Logger
	// HTTPClient is the transport to use; nil means a pooled client with
	// Timeout per attempt. The client copies it and wraps its transport.
	HTTPClient *http.Client
	// Timeout bounds one HTTP attempt when HTTPClient is nil (default 60s).
	Timeout time.Duration

	// MaxInFlightPerEndpoint bounds this client's concurrent requests per
	// entity endpoint, 1 to 3 (default 3). Whatever it says, all clients of
	// the process with the same integration code together keep at most 3 in
	// flight per endpoint: Autotask's thread threshold is per integration
	// code and endpoint.
	MaxInFlightPerEndpoint int
	// RetryMax is how many times a failed attempt is retried (default 4;
	// negative disables retries).
	RetryMax int
	// RetryWaitMin and RetryWaitMax bound the exponential backoff
	// (defaults 250ms and 10s).
	RetryWaitMin time.Duration
	RetryWaitMax time.Duration
	// RetryAfterMax caps how long a Retry-After header can make the client
	// wait (default 60s).
	RetryAfterMax time.Duration
	// RequestBudget is how many requests the database may make per rolling
	// hour, shared by all its integrations: the client warns at 75% and 90%
	// of it and refuses requests beyond. Zero means the tenant's own
	// threshold as ThresholdInformation reports it (Client.Threshold), and
	// DefaultRequestBudget until that has been read.
	RequestBudget int
	// OnUsageWarning, when set, is called (outside any lock) each time the
	// database's usage crosses 75% or 90% of the budget, in addition to the
	// Logger's warning.
	OnUsageWarning func(ctx context.Context, u Usage, percent int)
	// ReadBatchWindow, when positive, batches reads: Gets of one entity
	// that arrive within this window of each other (and while the entity's
	// thread slots are busy) are answered by one query with an "in" filter
	// on id, up to MaxReadBatch ids each. Once the client has written, a
	// batch goes out as soon as no write of its entity is in progress (see
	// readBatcher). 0 disables batching; the provider uses
	// DefaultReadBatchWindow.
	ReadBatchWindow time.Duration

	// Now is the clock of the budget accounting (default time.Now).
	Now func() time.Time
}

// String hides the secret from %v and %s.
func (c Config) String() string {
	return fmt.Sprintf("autotask.Config{BaseURL:%q Username:%q Secret:%s IntegrationCode:%q}",
		redactURL(c.BaseURL), c.Username, maskSet(c.Secret), maskSet(c.IntegrationCode))
}

// GoString hides the secret from %#v.
func (c Config) GoString() string { return c.String() }

func maskSet(s string) string {
	if s == "" {
		return `""`
	}
	return redacted
}

// Client talks to one Autotask tenant as one API user. It is safe for
// concurrent use.
type Client struct {
	cfg     Config
	log     Logger
	red     *redactor
	rc      *retryablehttp.Client
	hc      *http.Client
	limiter *limiter
	monitor *usageMonitor
	flight  flightGroup
	batch   *readBatcher

	root *url.URL // discovery root, ends in "/"
	// zoneMu guards zone and zoneCall; it is never held across I/O.
	zoneMu    sync.Mutex
	zone      *url.URL  // zone URL, ends in "/ATServicesRest/"
	zoneCall  *zoneCall // the discovery under way, if any
	zoneInfo  *ZoneInfo // what the last discovery answered (nil when BaseURL names the zone)
	versionOK atomic.Bool

	infoMu     sync.Mutex
	fieldCache map[string][]FieldInfo

	servedMu sync.Mutex
	served   map[string]bool // entity (lower case) -> its entityInformation answers
	ext      extensionState  // guarded by servedMu (served.go)
	extProbe sync.Mutex      // held during ExtensionServed's probe
}

// New validates cfg, applies defaults and returns a Client. It does no I/O:
// discovery runs on the first call.
func New(cfg Config) (*Client, error) {
	var errs []error
	if strings.TrimSpace(cfg.BaseURL) == "" {
		errs = append(errs, errors.New("autotask: Config.BaseURL is required"))
	}
	if strings.TrimSpace(cfg.Username) == "" {
		errs = append(errs, errors.New("autotask: Config.Username is required"))
	}
	if cfg.Secret == "" {
		errs = append(errs, errors.New("autotask: Config.Secret is required"))
	}
	if strings.TrimSpace(cfg.IntegrationCode) == "" {
		errs = append(errs, errors.New("autotask: Config.IntegrationCode is required"))
	}
	if cfg.MaxInFlightPerEndpoint < 0 || cfg.MaxInFlightPerEndpoint > threadLimit {
		errs = append(errs, fmt.Errorf("autotask: Config.MaxInFlightPerEndpoint must be between 1 and %d (Autotask's thread threshold), or 0 for %d", threadLimit, DefaultMaxInFlightPerEndpoint))
	}
	if cfg.RequestBudget < 0 {
		errs = append(errs, errors.New("autotask: Config.RequestBudget must not be negative"))
	}
	if cfg.RetryWaitMin < 0 || cfg.RetryWaitMax < 0 || cfg.RetryAfterMax < 0 || cfg.Timeout < 0 || cfg.ReadBatchWindow < 0 {
		errs = append(errs, errors.New("autotask: Config.RetryWaitMin, RetryWaitMax, RetryAfterMax, Timeout and ReadBatchWindow must not be negative"))
	}
	var root, zone *url.URL
	if strings.TrimSpace(cfg.BaseURL) != "" {
		var err error
		root, zone, err = parseBaseURL(cfg.BaseURL)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	if cfg.MaxInFlightPerEndpoint == 0 {
		cfg.MaxInFlightPerEndpoint = DefaultMaxInFlightPerEndpoint
	}
	switch {
	case cfg.RetryMax == 0:
		cfg.RetryMax = DefaultRetryMax
	case cfg.RetryMax < 0:
		cfg.RetryMax = 0
	}
	if cfg.RetryWaitMin == 0 {
		cfg.RetryWaitMin = DefaultRetryWaitMin
	}
	if cfg.RetryWaitMax == 0 {
		cfg.RetryWaitMax = DefaultRetryWaitMax
	}
	if cfg.RetryWaitMax < cfg.RetryWaitMin {
		cfg.RetryWaitMax = cfg.RetryWaitMin
	}
	if cfg.RetryAfterMax == 0 {
		cfg.RetryAfterMax = DefaultRetryAfterMax
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.UserAgent == "" {
		v := cfg.Version
		if v == "" {
			v = "dev"
		}
		cfg.UserAgent = "terraform-provider-autotask/" + v
	}

	red := newRedactor(cfg.Secret)
	var next Logger = NopLogger{}
	if cfg.Logger != nil {
		next = cfg.Logger
	}
	log := &safeLogger{next: next, red: red}

	c := &Client{
		cfg:        cfg,
		log:        log,
		red:        red,
		root:       root,
		zone:       zone,
		limiter:    newLimiter(cfg.IntegrationCode, cfg.MaxInFlightPerEndpoint),
		monitor:    newUsageMonitor(cfg.RequestBudget, cfg.Now, log, cfg.OnUsageWarning),
		batch:      newReadBatcher(cfg.ReadBatchWindow),
		fieldCache: map[string][]FieldInfo{},
	}
	c.hc = c.buildHTTPClient(cfg.HTTPClient)
	c.rc = &retryablehttp.Client{
		HTTPClient:     c.hc,
		Logger:         nil,
		RetryWaitMin:   cfg.RetryWaitMin,
		RetryWaitMax:   cfg.RetryWaitMax,
		RetryMax:       cfg.RetryMax,
		CheckRetry:     c.checkRetry,
		Backoff:        c.backoff,
		ErrorHandler:   retryablehttp.PassthroughErrorHandler,
		RequestLogHook: c.beforeAttempt,
	}
	return c, nil
}

// parseBaseURL splits BaseURL into the discovery root and, when BaseURL is
// already a zone URL, the zone.
func parseBaseURL(raw string) (root, zone *url.URL, err error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err == nil && u.User != nil {
		// Refused rather than stripped, and never echoed: whatever sits
		// before the @ may be a password.
		return nil, nil, errors.New("autotask: Config.BaseURL must not contain credentials (user:password@host); give them as Username and Secret")
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, nil, fmt.Errorf("autotask: Config.BaseURL %q must be an absolute http(s) URL", redactURL(raw))
	}
	u.RawQuery, u.Fragment = "", ""
	lower := strings.ToLower(u.Path)
	if i := strings.Index(lower, "/atservicesrest/"); i >= 0 || strings.HasSuffix(lower, "/atservicesrest") {
		if i < 0 {
			i = len(lower) - len("/atservicesrest")
		}
		z := *u
		z.Path = u.Path[:i] + "/ATServicesRest/"
		z.RawPath = ""
		r := *u
		r.Path = u.Path[:i] + "/"
		r.RawPath = ""
		return &r, &z, nil
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u, nil, nil
}

func (c *Client) buildHTTPClient(given *http.Client) *http.Client {
	var hc http.Client
	if given != nil {
		hc = *given
	} else {
		if dt, ok := http.DefaultTransport.(*http.Transport); ok {
			t := dt.Clone()
			t.MaxIdleConnsPerHost = 32
			hc.Transport = t
		}
		hc.Timeout = c.cfg.Timeout
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc.Transport = &limitTransport{base: base, limiter: c.limiter, monitor: c.monitor}
	// Go forwards custom headers such as Secret on redirects; the PSA never
	// redirects API calls, so the client refuses to follow any redirect to
	// another host.
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) == 0 || len(via) >= 5 || !sameOrigin(req.URL, via[0].URL) {
			return http.ErrUseLastResponse
		}
		return nil
	}
	return &hc
}

func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Host, b.Host)
}

// Usage reports the client's view of the hourly request threshold.
func (c *Client) Usage() Usage { return c.monitor.usage() }

// ZoneURL returns the zone URL, discovering it if needed.
func (c *Client) ZoneURL(ctx context.Context) (string, error) {
	z, err := c.zoneURL(ctx)
	if err != nil {
		return "", err
	}
	return z.String(), nil
}

type ctxKey int

const (
	ctxKeyState ctxKey = iota
	ctxKeyImpersonation
)

// WithImpersonation returns a context whose calls carry
// ImpersonationResourceId: resourceID (overriding the Config).
func WithImpersonation(ctx context.Context, resourceID int64) context.Context {
	return context.WithValue(ctx, ctxKeyImpersonation, resourceID)
}

func (c *Client) impersonation(ctx context.Context) int64 {
	if v, ok := ctx.Value(ctxKeyImpersonation).(int64); ok {
		return v
	}
	return c.cfg.ImpersonationResourceID
}
