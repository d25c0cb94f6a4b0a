package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"sync"
)

// Logger receives the client's log lines. The provider maps it to tflog.
// kv holds alternating keys and values. Every line passes through the
// client's redactor first, so no secret reaches a Logger.
type Logger interface {
	Debug(ctx context.Context, msg string, kv ...any)
	Info(ctx context.Context, msg string, kv ...any)
	Warn(ctx context.Context, msg string, kv ...any)
}

// NopLogger discards everything; it is the default Logger.
type NopLogger struct{}

// Debug implements Logger.
func (NopLogger) Debug(context.Context, string, ...any) {}

// Info implements Logger.
func (NopLogger) Info(context.Context, string, ...any) {}

// Warn implements Logger.
func (NopLogger) Warn(context.Context, string, ...any) {}

const redacted = "[REDACTED]"

// minSecretLen is the shortest value the redactor masks: masking one or two
// characters would shred every log line while protecting nothing.
const minSecretLen = 3

// maxTrackedSecrets bounds how many write-only values (API user secrets,
// portal passwords) the redactor remembers.
const maxTrackedSecrets = 512

// redactor masks known secrets in strings. It knows the configured Secret
// and every write-only value (secret, password) the client has sent.
type redactor struct {
	mu      sync.RWMutex
	secrets map[string]struct{}
	order   []string
	fixed   string
}

func newRedactor(secret string) *redactor {
	r := &redactor{secrets: map[string]struct{}{}, fixed: secret}
	for _, v := range encodedForms(secret) {
		r.addOne(v)
	}
	return r
}

// encodedForms lists how s may appear when echoed back inside JSON or a
// URL, besides itself.
func encodedForms(s string) []string {
	var out []string
	if b, err := json.Marshal(s); err == nil && len(b) >= 2 {
		if j := string(b[1 : len(b)-1]); j != s {
			out = append(out, j)
		}
	}
	if q := url.QueryEscape(s); q != s {
		out = append(out, q)
	}
	return out
}

func (r *redactor) add(s string) {
	r.addOne(s)
	for _, v := range encodedForms(s) {
		r.addOne(v)
	}
}

func (r *redactor) addOne(s string) {
	if len(s) < minSecretLen || s == r.fixed {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.secrets[s]; ok {
		return
	}
	if len(r.order) >= maxTrackedSecrets {
		delete(r.secrets, r.order[0])
		r.order = r.order[1:]
	}
	r.secrets[s] = struct{}{}
	r.order = append(r.order, s)
}

// clean returns s with every known secret replaced by [REDACTED].
func (r *redactor) clean(s string) string {
	if r == nil || s == "" {
		return s
	}
	if len(r.fixed) >= minSecretLen && strings.Contains(s, r.fixed) {
		s = strings.ReplaceAll(s, r.fixed, redacted)
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	for sec := range r.secrets {
		if strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, redacted)
		}
	}
	return s
}

// cleanErr returns err unchanged when its text holds no secret, and
// otherwise an error with the masked text that still unwraps to err, so
// errors.Is and errors.As keep working.
func (r *redactor) cleanErr(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if c := r.clean(msg); c != msg {
		return &redactedError{msg: c, err: err}
	}
	return err
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// Format keeps %+v and %#v from reaching the wrapped error's text.
func (e *redactedError) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(e.msg)) }

// safeLogger wraps the configured Logger and redacts message and values.
type safeLogger struct {
	next Logger
	red  *redactor
}

func (l *safeLogger) scrub(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch x := v.(type) {
		case string:
			out[i] = l.red.clean(x)
		case error:
			out[i] = l.red.clean(x.Error())
		case fmt.Stringer:
			out[i] = l.red.clean(x.String())
		case nil, bool, int, int32, int64, uint, uint32, uint64, float32, float64:
			out[i] = x
		default:
			out[i] = l.red.clean(fmt.Sprint(x))
		}
	}
	return out
}

func (l *safeLogger) Debug(ctx context.Context, msg string, kv ...any) {
	l.next.Debug(ctx, l.red.clean(msg), l.scrub(kv)...)
}

func (l *safeLogger) Info(ctx context.Context, msg string, kv ...any) {
	l.next.Info(ctx, l.red.clean(msg), l.scrub(kv)...)
}

func (l *safeLogger) Warn(ctx context.Context, msg string, kv ...any) {
	l.next.Warn(ctx, l.red.clean(msg), l.scrub(kv)...)
}
