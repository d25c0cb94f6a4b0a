package autotask

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// callKind selects the retry policy of a call.
type callKind int

const (
	// kindRead: GET and queries; retried on 429, 5xx and connection errors.
	kindRead callKind = iota
	// kindWrite: PATCH, PUT, DELETE; idempotent, retried like reads except
	// that a 500 with an errors body (a validation failure) is final.
	kindWrite
	// kindCreate: POST /{Entity}; retried only when the request never
	// reached the server or the answer was 429.
	kindCreate
	// kindDiscovery: versioninformation and zoneInformation; no auth, no
	// budget, no thread slot.
	kindDiscovery
)

func (k callKind) isWrite() bool { return k == kindWrite || k == kindCreate }

// callState follows one logical call through its HTTP attempts.
type callState struct {
	kind     callKind
	method   string
	path     string
	endpoint string // thread-limit key; "" for discovery

	attempts   atomic.Int32
	wrote      atomic.Bool // the current attempt's request was fully written
	lastStatus atomic.Int32

	// held is a thread slot taken before the call; heldUsed marks it
	// handed to an attempt.
	held     func()
	heldUsed atomic.Bool
}

// takeHeld returns the slot held for the call, once.
func (st *callState) takeHeld() func() {
	if st.held == nil || !st.heldUsed.CompareAndSwap(false, true) {
		return nil
	}
	return st.held
}

func stateFrom(ctx context.Context) *callState {
	st, _ := ctx.Value(ctxKeyState).(*callState)
	return st
}

// request is one logical call.
type request struct {
	method string
	// path is below the zone's V1.0/ root ("SecurityLevels/query"); absURL,
	// when set, is used instead (a nextPageUrl).
	path   string
	absURL string
	query  url.Values
	body   []byte
	kind   callKind
	// held, when set, is a thread slot the caller already holds on the
	// request's endpoint; the first attempt uses it instead of waiting for
	// one (a read batch keeps gathering until it has its slot).
	held func()
}

type response struct {
	status   int
	header   http.Header
	body     []byte
	attempts int
}

// ambiguousError means a create may have been committed: its answer was
// lost after the request reached the server.
type ambiguousError struct{ cause error }

func (e *ambiguousError) Error() string {
	return "autotask: create outcome unknown: " + e.cause.Error()
}
func (e *ambiguousError) Unwrap() error { return e.cause }

// do runs a call against the zone: discovery on first use, retries, and one
// re-discovery when the zone answers 401 (the tenant may have moved).
func (c *Client) do(ctx context.Context, r request) (*response, error) {
	if ctx == nil {
		return nil, errors.New("autotask: nil context")
	}
	rediscovered := false
	for {
		zone, err := c.zoneURL(ctx)
		if err != nil {
			return nil, err
		}
		var target string
		if r.absURL != "" {
			target = r.absURL
		} else {
			target = zone.String() + APIVersion + "/" + strings.TrimPrefix(r.path, "/")
			if len(r.query) > 0 {
				target += "?" + r.query.Encode()
			}
		}
		resp, err := c.send(ctx, r, target)
		r.held = nil // a held slot serves the first send only
		if err != nil && !rediscovered && r.absURL == "" && IsUnauthorized(err) {
			rediscovered = true
			changed, derr := c.rediscover(ctx, zone)
			if derr == nil && changed {
				c.log.Info(ctx, "autotask: zone changed after 401; retrying on the new zone", "method", r.method, "path", r.path)
				continue
			}
		}
		return resp, err
	}
}

// send performs one logical call on target with retries.
func (c *Client) send(ctx context.Context, r request, target string) (*response, error) {
	st := &callState{kind: r.kind, method: r.method, path: r.path, held: r.held}
	if r.kind != kindDiscovery {
		if r.absURL != "" {
			st.endpoint = endpointFromURL(target)
		} else {
			st.endpoint = endpointOf(r.path)
		}
	}
	if st.path == "" {
		st.path = pathForLog(target)
	}
	ctx = context.WithValue(ctx, ctxKeyState, st)
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) {
			if info.Err == nil {
				st.wrote.Store(true)
			}
		},
	})
	if r.body != nil {
		c.trackSecrets(r.body)
	}

	start := time.Now()
	var (
		out *response
		err error
	)
	// Reading the body can fail after the headers arrived (a dropped
	// connection); reads and idempotent writes then start over.
	for bodyTry := 0; ; bodyTry++ {
		out, err = c.attempt(ctx, st, r, target)
		var be *bodyReadError
		if errors.As(err, &be) && r.kind != kindCreate && bodyTry < c.cfg.RetryMax && ctx.Err() == nil {
			wait := c.backoff(c.cfg.RetryWaitMin, c.cfg.RetryWaitMax, bodyTry, nil)
			if serr := sleepCtx(ctx, wait); serr != nil {
				err = serr
				break
			}
			continue
		}
		break
	}
	attempts := int(st.attempts.Load())
	status := 0
	if out != nil {
		status = out.status
		out.attempts = attempts
	}
	kv := []any{"method", r.method, "path", st.path, "status", status,
		"duration_ms", time.Since(start).Milliseconds(), "attempts", attempts}
	if err != nil {
		kv = append(kv, "error", err)
	}
	c.log.Debug(ctx, "autotask: request", kv...)
	return out, c.red.cleanErr(err)
}

type bodyReadError struct{ err error }

func (e *bodyReadError) Error() string { return "autotask: reading response: " + e.err.Error() }
func (e *bodyReadError) Unwrap() error { return e.err }

func (c *Client) attempt(ctx context.Context, st *callState, r request, target string) (*response, error) {
	var body any
	if r.body != nil {
		body = r.body
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, r.method, target, body)
	if err != nil {
		return nil, fmt.Errorf("autotask: building request: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	if r.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if r.kind != kindDiscovery {
		req.Header.Set("ApiIntegrationCode", c.cfg.IntegrationCode)
		req.Header.Set("UserName", c.cfg.Username)
		req.Header.Set("Secret", c.cfg.Secret)
		if id := c.impersonation(ctx); id != 0 {
			req.Header.Set("ImpersonationResourceId", strconv.FormatInt(id, 10))
		}
	}

	hr, err := c.rc.Do(req)
	if err != nil {
		if hr != nil && hr.Body != nil {
			_ = hr.Body.Close()
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("autotask: %s /%s: %w", r.method, st.path, ctx.Err())
		}
		var be *BudgetError
		if errors.As(err, &be) {
			return nil, be
		}
		err = fmt.Errorf("autotask: %s /%s: %w", r.method, st.path, err)
		if r.kind == kindCreate && st.wrote.Load() {
			return nil, &ambiguousError{cause: err}
		}
		return nil, err
	}
	data, rerr := io.ReadAll(io.LimitReader(hr.Body, maxBodyBytes))
	_ = hr.Body.Close()
	if rerr != nil {
		rerr = &bodyReadError{err: fmt.Errorf("%s /%s: %w", r.method, st.path, rerr)}
		if r.kind == kindCreate {
			return nil, &ambiguousError{cause: rerr}
		}
		return nil, rerr
	}
	out := &response{status: hr.StatusCode, header: hr.Header, body: data}
	if hr.StatusCode < 300 {
		return out, nil
	}
	apiErr := c.apiError(r.method, st.path, r.kind, hr.StatusCode, hr.Header, data)
	apiErr.Attempts = int(st.attempts.Load())
	if r.kind == kindCreate && hr.StatusCode >= 500 && !apiErr.isValidation() && hr.StatusCode != http.StatusNotImplemented {
		return out, &ambiguousError{cause: apiErr}
	}
	return out, apiErr
}

// apiError builds the typed error of an answer with status >= 400.
func (c *Client) apiError(method, path string, kind callKind, status int, h http.Header, body []byte) *APIError {
	e := &APIError{Status: status, Method: method, Path: path, Write: kind.isWrite()}
	msgs, ok := decodeErrorBody(body)
	e.hasErrorsBody = ok
	for _, m := range msgs {
		e.Messages = append(e.Messages, c.red.clean(m))
	}
	if h != nil {
		if d, ok := parseRetryAfter(h.Get("Retry-After"), time.Now()); ok {
			e.RetryAfter = d
		}
	}
	return e
}

// decodeErrorBody extracts the messages of an error answer. ok is true when
// the body was an {"errors":[...]} envelope with at least one message.
func decodeErrorBody(body []byte) (msgs []string, ok bool) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 || body[0] != '{' {
		if len(body) > 0 && len(body) < 512 && !bytes.ContainsAny(body, "<>") {
			return []string{string(body)}, false
		}
		return nil, false
	}
	var env struct {
		Errors  []json.RawMessage `json:"errors"`
		Message string            `json:"Message"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, false
	}
	for _, raw := range env.Errors {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			msgs = append(msgs, s)
			continue
		}
		var obj struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(raw, &obj) == nil && obj.Message != "" {
			msgs = append(msgs, obj.Message)
			continue
		}
		msgs = append(msgs, string(raw))
	}
	if len(msgs) > 0 {
		return msgs, true
	}
	if env.Message != "" {
		return []string{env.Message}, false
	}
	return nil, false
}

// beforeAttempt runs before each HTTP attempt.
func (c *Client) beforeAttempt(_ retryablehttp.Logger, req *http.Request, i int) {
	st := stateFrom(req.Context())
	if st == nil {
		return
	}
	st.attempts.Add(1)
	st.wrote.Store(false)
	if i > 0 {
		c.log.Info(req.Context(), "autotask: retrying request", "method", st.method, "path", st.path,
			"attempt", i+1, "previous_status", int(st.lastStatus.Load()))
	}
}

// checkRetry is the retry policy (see callKind).
func (c *Client) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	st := stateFrom(ctx)
	kind := kindRead
	if st != nil {
		kind = st.kind
	}
	if err != nil {
		if st != nil {
			st.lastStatus.Store(0)
		}
		if !retryableTransportError(err) {
			return false, nil
		}
		if kind == kindCreate {
			// Retry only when the request never reached the server.
			return st == nil || !st.wrote.Load(), nil
		}
		return true, nil
	}
	if st != nil {
		st.lastStatus.Store(int32(resp.StatusCode))
	}
	code := resp.StatusCode
	switch {
	case code == http.StatusTooManyRequests:
		msgs, _ := peekErrors(resp)
		if isSuspension(msgs) {
			return false, nil // waiting out an hourly threshold is not a retry
		}
		return true, nil
	case code >= 500 && code != http.StatusNotImplemented:
		if kind == kindCreate {
			return false, nil
		}
		msgs, hasErrors := peekErrors(resp)
		if isSuspension(msgs) {
			return false, nil
		}
		if code == http.StatusInternalServerError && hasErrors && mentionsAny(msgs, "authenticat") {
			// An unknown user or integration code: no retry changes that.
			return false, nil
		}
		if code == http.StatusInternalServerError && hasErrors {
			// A write rejected with reasons is final; discovery's
			// "could not be determined" is too.
			if kind == kindWrite || kind == kindDiscovery {
				return false, nil
			}
		}
		return true, nil
	}
	return false, nil
}

func mentionsAny(msgs []string, word string) bool {
	for _, m := range msgs {
		if strings.Contains(strings.ToLower(m), word) {
			return true
		}
	}
	return false
}

// peekErrors reads an error answer's body and puts it back.
func peekErrors(resp *http.Response) ([]string, bool) {
	if resp == nil || resp.Body == nil {
		return nil, false
	}
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	resp.Body = struct {
		io.Reader
		io.Closer
	}{bytes.NewReader(data), resp.Body}
	return decodeErrorBody(data)
}

// retryableTransportError is false for errors that another attempt cannot
// fix: the budget, cancellation, a bad URL, TLS certificate problems.
func retryableTransportError(err error) bool {
	var be *BudgetError
	if errors.As(err, &be) {
		return false
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) && !isTimeout(err) {
		return false
	}
	var cv *tls.CertificateVerificationError
	if errors.As(err, &cv) {
		return false
	}
	return !strings.Contains(err.Error(), "unsupported protocol scheme")
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff waits per Retry-After on 429/503 (seconds or an HTTP date, capped
// by RetryAfterMax) and otherwise exponentially with jitter.
func (c *Client) backoff(lo, hi time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp == nil {
		return expBackoff(lo, hi, attempt)
	}
	return c.retryDelay(lo, hi, attempt, resp.StatusCode, resp.Header)
}

func (c *Client) retryDelay(lo, hi time.Duration, attempt, status int, h http.Header) time.Duration {
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		if d, ok := parseRetryAfter(h.Get("Retry-After"), time.Now()); ok {
			return min(d, c.cfg.RetryAfterMax)
		}
	}
	return expBackoff(lo, hi, attempt)
}

// expBackoff is lo*2^attempt capped at hi, with the upper half jittered.
func expBackoff(lo, hi time.Duration, attempt int) time.Duration {
	if lo <= 0 {
		return 0
	}
	d := lo
	for i := 0; i < attempt && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + rand.N(half+1)
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(24*time.Hour/time.Second) {
			n = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// trackSecrets teaches the redactor the write-only values of a body.
func (c *Client) trackSecrets(body []byte) {
	if !bytes.Contains(bytes.ToLower(body), []byte("secret")) && !bytes.Contains(bytes.ToLower(body), []byte("password")) {
		return
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) != nil {
		return
	}
	for k, v := range m {
		if isSensitiveField(k) {
			var s string
			if json.Unmarshal(v, &s) == nil {
				c.red.add(s)
			}
		}
	}
}

func isSensitiveField(name string) bool {
	n := strings.ToLower(name)
	return n == "secret" || n == "password" || strings.HasSuffix(n, "secret") || strings.HasSuffix(n, "password")
}

// pathForLog shortens an absolute URL to its path below V1.0/.
func pathForLog(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return ""
	}
	p := u.Path
	if i := strings.Index(strings.ToLower(p), "/"+strings.ToLower(APIVersion)+"/"); i >= 0 {
		p = p[i+len(APIVersion)+2:]
	}
	return strings.TrimPrefix(p, "/")
}

func endpointFromURL(target string) string { return endpointOf(pathForLog(target)) }

// flightGroup coalesces identical concurrent reads: callers asking for the
// same GET while one is in flight share its answer, when it is fresh enough
// for them (see do).
type flightGroup struct {
	mu sync.Mutex
	m  map[string]*flightCall
}

type flightCall struct {
	waiters int
	stamp   readStamp
	done    chan struct{}
	resp    *response
	err     error
}

// unchangedByWrites stamps a call whose answer no write of the client
// changes (field lists): asked with epoch 0, such calls are always shared.
func unchangedByWrites() readStamp { return readStamp{quiet: true} }

// do runs fn once for the callers that ask for key at the same time. asked
// is the write epoch when the caller's read was asked (readBatcher.epoch).
// The caller joins a call under way only when the call's stamp answers
// that epoch: the call went out with no write in progress and no write has
// started since (readStamp.answers). Otherwise it makes a call of its own,
// stamped by stamp() just before it is sent.
func (g *flightGroup) do(ctx context.Context, key string, asked uint64, stamp func() readStamp, fn func() (*response, error)) (*response, error) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*flightCall{}
	}
	if call, ok := g.m[key]; ok && call.stamp.answers(asked) {
		call.waiters++
		g.mu.Unlock()
		select {
		case <-call.done:
			return call.resp, call.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	call := &flightCall{stamp: stamp(), done: make(chan struct{})}
	g.m[key] = call
	g.mu.Unlock()

	call.resp, call.err = fn()
	g.mu.Lock()
	if g.m[key] == call {
		delete(g.m, key)
	}
	g.mu.Unlock()
	close(call.done)
	return call.resp, call.err
}

// waiting reports how many callers share the flight of key (tests).
func (g *flightGroup) waiting(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if call, ok := g.m[key]; ok {
		return call.waiters
	}
	return 0
}
