package autotask

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Sentinel errors. An *APIError matches the sentinel of its class with
// errors.Is, so callers may use either errors.Is(err, ErrNotFound) or
// IsNotFound(err).
var (
	// ErrNotFound matches a 404 answer. (An item envelope holding null is
	// ErrNotVisible; a 404 for an entity the PSA does not serve at all is
	// ErrNotServed.)
	ErrNotFound = errors.New("autotask: not found")
	// ErrUnauthorized matches a 401 answer, or a 403 that is not a
	// suspension.
	ErrUnauthorized = errors.New("autotask: unauthorized")
	// ErrValidation matches an HTTP 500 answer carrying an errors body to a
	// write (create, update, replace, delete): Autotask's way to reject input.
	ErrValidation = errors.New("autotask: validation failed")
	// ErrThreadLimited matches a 429 answer for the per-endpoint thread
	// threshold (three concurrent requests per integration and endpoint).
	ErrThreadLimited = errors.New("autotask: API thread threshold exceeded")
	// ErrRateLimited matches a refusal because the hourly request budget is
	// spent, whether the client refused locally (*BudgetError) or the PSA
	// said so.
	ErrRateLimited = errors.New("autotask: request budget exhausted")
	// ErrSuspended matches an answer saying the tenant's API access is
	// suspended because the hourly request threshold was reached (403 or 429
	// with "request threshold exceeded" / "suspended").
	ErrSuspended = errors.New("autotask: API access suspended")
	// ErrServerError matches a 5xx answer that is not a validation failure.
	ErrServerError = errors.New("autotask: server error")
	// ErrCreateOutcomeUnknown is returned when a create may or may not have
	// been committed (its answer was lost) and no natural key was given to
	// find out; the create is deliberately not repeated.
	ErrCreateOutcomeUnknown = errors.New("autotask: create outcome unknown")
	// ErrForeignPageURL is returned when the PSA hands out a nextPageUrl on a
	// different scheme or host than the zone: credentials are never sent there.
	ErrForeignPageURL = errors.New("autotask: next page URL is not on the zone host")
	// ErrMethodNotAllowed: the path does not take the method (HTTP 405),
	// e.g. a contact written at the root instead of under its company.
	ErrMethodNotAllowed = errors.New("autotask: method not allowed")
)

// APIError is an answer of the PSA with an HTTP status of 300 or more
// (redirects are never followed off the zone host).
// Messages are the strings of the {"errors":[...]} body (or the "Message"
// of a 405 answer), with any known secret masked.
type APIError struct {
	Status   int
	Messages []string
	Method   string
	// Path is the request path below the zone's V1.0/ root, e.g.
	// "SecurityLevels/1001" (or the discovery path).
	Path string
	// Write is true when the request was a create, update, replace or
	// delete.
	Write bool
	// RetryAfter is the server's Retry-After hint, when it gave one.
	RetryAfter time.Duration
	// Attempts is how many HTTP attempts were made for this call.
	Attempts int
	// hasErrorsBody records whether the body was an errors envelope.
	hasErrorsBody bool
}

// Error implements error.
func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("autotask: ")
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
	}
	b.WriteString("/")
	b.WriteString(strings.TrimPrefix(e.Path, "/"))
	fmt.Fprintf(&b, ": HTTP %d", e.Status)
	if t := http.StatusText(e.Status); t != "" {
		b.WriteString(" " + t)
	}
	if len(e.Messages) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(e.Messages, "; "))
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " (after %d attempts)", e.Attempts)
	}
	return b.String()
}

// Is lets errors.Is match the sentinel errors of the error's class.
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.Status == http.StatusNotFound
	case ErrMethodNotAllowed:
		return e.Status == http.StatusMethodNotAllowed
	case ErrUnauthorized:
		return e.Status == http.StatusUnauthorized || (e.Status == http.StatusForbidden && !e.isSuspended()) || e.isAuthFailure()
	case ErrValidation:
		return e.isValidation() && !e.isAuthFailure()
	case ErrThreadLimited:
		return e.Status == http.StatusTooManyRequests && e.mentions("thread")
	case ErrSuspended:
		return e.isSuspended()
	case ErrRateLimited:
		return e.isSuspended() || (e.Status == http.StatusTooManyRequests && !e.mentions("thread"))
	case ErrServerError:
		return e.Status >= 500 && !e.isValidation() && !e.isSuspended() && !e.isAuthFailure()
	}
	return false
}

// isAuthFailure recognises Autotask's answer to an unknown user name or
// integration code: HTTP 500 with an errors body saying the request could
// not be authenticated. It is final, like a 401.
func (e *APIError) isAuthFailure() bool {
	return e.Status == http.StatusInternalServerError && e.hasErrorsBody && e.mentions("authenticat")
}

// IsBadIntegrationCode reports whether the PSA refused the call's
// ApiIntegrationCode (the API tracking identifier).
func IsBadIntegrationCode(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.isAuthFailure() && (e.mentions("integrationcode") || e.mentions("integration code"))
}

func (e *APIError) isValidation() bool {
	return e.Status == http.StatusInternalServerError && e.Write && e.hasErrorsBody && len(e.Messages) > 0 && !e.isSuspended()
}

func (e *APIError) isSuspended() bool { return isSuspension(e.Messages) }

// isSuspension reports whether an answer's messages say that the database
// has used its hourly request threshold (its API access is suspended), as
// opposed to the per-endpoint thread limit. Such an answer is never retried.
func isSuspension(msgs []string) bool {
	has := func(word string) bool { return mentionsAny(msgs, word) }
	return has("suspend") || (has("threshold") && has("request") && !has("thread"))
}

func (e *APIError) mentions(word string) bool {
	for _, m := range e.Messages {
		if strings.Contains(strings.ToLower(m), word) {
			return true
		}
	}
	return false
}

// BudgetError is returned, without contacting the PSA, when a request would
// exceed the client's hourly request budget (Config.RequestBudget).
type BudgetError struct {
	Used   int
	Budget int
	// RetryIn is when the oldest counted request leaves the rolling hour.
	RetryIn time.Duration
}

func (e *BudgetError) Error() string {
	return fmt.Sprintf("autotask: request budget exhausted: %d of %d requests used in the last hour; next slot in %s",
		e.Used, e.Budget, e.RetryIn.Round(time.Second))
}

// Is matches ErrRateLimited.
func (e *BudgetError) Is(target error) bool { return target == ErrRateLimited }

// IsNotFound reports whether err says the object does not exist (404).
// An API user whose level hides a module gets empty answers instead
// (IsNotVisible on a direct read); only a 404 on a direct read of a served
// entity means "gone".
func IsNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// IsUnauthorized reports whether the PSA rejected the credentials (401, or
// a 403 that is not a suspension).
func IsUnauthorized(err error) bool { return errors.Is(err, ErrUnauthorized) }

// IsMethodNotAllowed reports whether the PSA answered that the path does
// not take the request's method (HTTP 405).
func IsMethodNotAllowed(err error) bool { return errors.Is(err, ErrMethodNotAllowed) }

// IsValidation reports whether a write was rejected with HTTP 500 and an
// errors body, Autotask's way of reporting invalid input.
func IsValidation(err error) bool { return errors.Is(err, ErrValidation) }

// IsRateLimited reports whether the hourly request budget is spent, either
// by the client's own accounting or according to the PSA.
func IsRateLimited(err error) bool { return errors.Is(err, ErrRateLimited) }

// IsThreadLimited reports whether the PSA answered 429 for the per-endpoint
// thread threshold (after the client's retries were used up).
func IsThreadLimited(err error) bool { return errors.Is(err, ErrThreadLimited) }

// IsSuspended reports whether the PSA says the tenant's API access is
// suspended.
func IsSuspended(err error) bool { return errors.Is(err, ErrSuspended) }

// IsServerError reports whether the PSA failed with a 5xx that is not a
// validation failure.
func IsServerError(err error) bool { return errors.Is(err, ErrServerError) }
