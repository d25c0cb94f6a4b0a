package autotask

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// ErrNotServed matches an answer saying that the PSA does not serve an
// entity at all: a 404 on a call whose entity's own entityInformation
// answers 404 too. It is not ErrNotFound: the objects may well exist, the
// API just has no route to them (a database without the
// security-administration extension, say).
var ErrNotServed = errors.New("autotask: entity not served")

// ErrNotVisible matches a read that the PSA answered with an empty item:
// the object may exist, but the API user's security level hides it. It is
// not ErrNotFound, so a caller never mistakes "not visible" for "deleted".
var ErrNotVisible = errors.New("autotask: object not visible to this API user")

// NotServedError is returned when the PSA answers 404 for an entity it
// does not serve.
type NotServedError struct {
	// Entity is the entity name ("SecurityLevels").
	Entity string
	// Extension is true when the entity belongs to the
	// security-administration extension (catalog.ExtensionEntities).
	Extension bool
	// Method and Path are the call that answered 404.
	Method, Path string
}

func (e *NotServedError) Error() string {
	what := "the entity " + e.Entity
	if e.Extension {
		what += " of the security-administration extension"
	}
	return fmt.Sprintf("autotask: %s /%s: HTTP 404: the PSA does not serve %s (its entityInformation answers 404 too)",
		e.Method, strings.TrimPrefix(e.Path, "/"), what)
}

// Is matches ErrNotServed (and never ErrNotFound).
func (e *NotServedError) Is(target error) bool { return target == ErrNotServed }

// NotVisibleError is returned by Get when the PSA answers {"item":null}.
type NotVisibleError struct {
	Entity string
	ID     int64
}

func (e *NotVisibleError) Error() string {
	return fmt.Sprintf("autotask: GET /%s/%d: the PSA answered an empty item: the object is not visible to this API user "+
		"(its security level hides %s), which does not mean it was deleted", e.Entity, e.ID, e.Entity)
}

// Is matches ErrNotVisible (and never ErrNotFound).
func (e *NotVisibleError) Is(target error) bool { return target == ErrNotVisible }

// IsNotServed reports whether the PSA does not serve the entity of the call
// at all.
func IsNotServed(err error) bool { return errors.Is(err, ErrNotServed) }

// IsNotVisible reports whether a read came back empty because the API
// user's security level hides the object.
func IsNotVisible(err error) bool { return errors.Is(err, ErrNotVisible) }

// checkServed turns a 404 into a *NotServedError when the entity itself is
// not served; any other error, and a 404 on an entity that is served (a
// missing object), is returned unchanged.
func (c *Client) checkServed(ctx context.Context, entity string, err error) error {
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !IsNotFound(err) {
		return err
	}
	served, perr := c.entityServed(ctx, entity)
	if perr != nil || served {
		return err
	}
	_, ext := catalog.ExtensionEntityByName(entity)
	return &NotServedError{Entity: entity, Extension: ext, Method: apiErr.Method, Path: apiErr.Path}
}

// extensionState is what the client knows of the security-administration
// extension: nothing yet, served, or not served. It is decided once per
// Client — by the first answer of any extension entity, or by
// ExtensionServed's one probe — and a Client is made once per provider
// process.
type extensionState int

const (
	extensionUnknown extensionState = iota
	extensionServed
	extensionNotServed
)

// ExtensionServed reports whether the PSA serves the security-administration
// extension (catalog.ExtensionEntities). When no extension entity has
// answered yet it asks once, GET {first extension entity}/entityInformation:
// an answer means served, a 404 means not served; concurrent callers share
// that one request. Other failures are returned and not remembered.
//
// Once the answer is "not served", every call of an extension entity fails
// at once with a *NotServedError and sends nothing: a database without the
// extension never sees a request for one of its entities after the probe.
func (c *Client) ExtensionServed(ctx context.Context) (bool, error) {
	if s := c.extension(); s != extensionUnknown {
		return s == extensionServed, nil
	}
	c.extProbe.Lock()
	defer c.extProbe.Unlock()
	if s := c.extension(); s != extensionUnknown { // decided while waiting
		return s == extensionServed, nil
	}
	probe := catalog.ExtensionEntities()[0].Name
	served, err := c.entityServed(ctx, probe)
	if err != nil {
		return false, err
	}
	c.noteExtension(served)
	return served, nil
}

func (c *Client) extension() extensionState {
	c.servedMu.Lock()
	defer c.servedMu.Unlock()
	return c.ext
}

// noteExtension records whether the extension is served; the first answer
// wins (one process talks to one database).
func (c *Client) noteExtension(served bool) {
	c.servedMu.Lock()
	defer c.servedMu.Unlock()
	if c.ext != extensionUnknown {
		return
	}
	c.ext = extensionNotServed
	if served {
		c.ext = extensionServed
	}
}

// entityServed asks GET {entity}/entityInformation once per Client and
// entity: true when it answers, false on a 404. Other failures are not
// remembered.
func (c *Client) entityServed(ctx context.Context, entity string) (bool, error) {
	key := strings.ToLower(entity)
	c.servedMu.Lock()
	served, known := c.served[key]
	c.servedMu.Unlock()
	if known {
		return served, nil
	}
	_, err := c.EntityInfo(ctx, entity)
	switch {
	case err == nil:
		served = true
	case IsNotFound(err):
		served = false
	default:
		return false, err
	}
	c.servedMu.Lock()
	if c.served == nil {
		c.served = map[string]bool{}
	}
	c.served[key] = served
	c.servedMu.Unlock()
	if !served {
		c.log.Warn(ctx, "autotask: the PSA does not serve an entity", "entity", entity)
	}
	return served, nil
}

// call runs a call of the service's entity, telling "not served" apart
// from "not found". A call of an extension entity on a PSA known not to
// serve the extension fails without a request; any answer of one (even a
// 404 for a missing object) shows that the extension is served.
func (s *Service[T]) call(ctx context.Context, r request) (*response, error) {
	_, ext := catalog.ExtensionEntityByName(s.entity)
	if ext && s.c.extension() == extensionNotServed {
		return nil, &NotServedError{Entity: s.entity, Extension: true, Method: r.method, Path: r.path}
	}
	resp, err := s.c.do(ctx, r)
	if err != nil {
		err = s.c.checkServed(ctx, s.entity, err)
	}
	if ext {
		switch {
		case err == nil, IsNotFound(err):
			s.c.noteExtension(true)
		case IsNotServed(err):
			s.c.noteExtension(false)
		}
	}
	return resp, err
}

// redactURL shows a URL for an error message or log line without any
// credentials it may carry: a userinfo part becomes "REDACTED@", and text
// that does not parse as a URL is cut at its first "@".
func redactURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Opaque != "" {
		if i := strings.LastIndex(raw, "@"); i >= 0 {
			if j := strings.Index(raw, "://"); j >= 0 && j < i {
				return raw[:j+3] + redacted + "@" + raw[i+1:]
			}
			return redacted + "@" + raw[i+1:]
		}
		return raw
	}
	if u.User == nil {
		return u.String()
	}
	u.User = nil
	s := u.String()
	if i := strings.Index(s, "://"); i >= 0 {
		return s[:i+3] + redacted + "@" + s[i+3:]
	}
	return s
}
