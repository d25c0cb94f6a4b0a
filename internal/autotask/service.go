package autotask

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Service is the typed client of one entity. T is the entity's struct;
// pointer fields left nil are not sent, which gives PATCH its meaning.
type Service[T any] struct {
	c *Client
	// entity is the entity name, used for query, count and entity
	// information ("Contacts").
	entity string
	// base is the path of gets and writes ("Contacts", or
	// "Companies/7/Contacts" for a child service).
	base string
	// readOnlyOnUpdate and readOnlyOnCreate name fields never sent in
	// those writes even when set (read-only or fixed after create).
	readOnlyOnUpdate []string
	readOnlyOnCreate []string
}

func newService[T any](c *Client, entity string, readOnlyOnCreate, readOnlyOnUpdate []string) *Service[T] {
	return &Service[T]{c: c, entity: entity, base: entity, readOnlyOnCreate: readOnlyOnCreate, readOnlyOnUpdate: readOnlyOnUpdate}
}

// Entity returns the entity name.
func (s *Service[T]) Entity() string { return s.entity }

// Client returns the client the service uses.
func (s *Service[T]) Client() *Client { return s.c }

// Get reads one object. A missing id gives an error for which IsNotFound is
// true. With Config.ReadBatchWindow set, concurrent Gets of the entity are
// answered together by one query (see readBatcher); otherwise identical
// concurrent Gets share one request. Either way a Get asked after a write
// returned never takes an answer from a request sent before that write
// ended (see readStamp): it sees the write.
func (s *Service[T]) Get(ctx context.Context, id int64) (*T, error) {
	if err := s.checkID(id); err != nil {
		return nil, err
	}
	path := s.base + "/" + strconv.FormatInt(id, 10)
	// Child services (Companies/7/Contacts) read through their parent, which
	// a query of the entity cannot check: they are never batched.
	if s.base == s.entity && s.c.batch.batchable(s.entity) {
		raw, outcome, err := s.c.batch.load(ctx, s.c, s.entity, id)
		switch outcome {
		case batchFound:
			item, derr := decodeObject[T](raw)
			if derr != nil {
				return nil, fmt.Errorf("autotask: %s %d (batched read): %w", s.entity, id, derr)
			}
			return item, nil
		case batchAbsent:
			// Missing from the answer: deleted, or hidden from this API
			// user. Only a GET tells the two apart (404 or an empty
			// item), so ask once on its own.
		case batchFailed:
			return nil, fmt.Errorf("autotask: reading %s %d in a batch: %w", s.entity, id, err)
		case batchCanceled:
			return nil, err
		case batchUseGET:
		}
	}
	key := "GET " + strings.ToLower(path) + "#" + strconv.FormatInt(s.c.impersonation(ctx), 10)
	fetch := func() (*response, error) {
		return s.call(ctx, request{method: http.MethodGet, path: path, kind: kindRead})
	}
	asked := s.c.batch.epoch()
	resp, err := s.c.flight.do(ctx, key, asked, s.c.batch.stamp, fetch)
	if err != nil && ctx.Err() == nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		// The shared call died with its caller's context; this caller's
		// context is still live, so it asks on its own.
		resp, err = fetch()
	}
	if IsNotFound(err) && s.base == s.entity {
		s.c.batch.markKnown(s.entity, id, false)
	}
	if err != nil {
		return nil, err
	}
	item, err := decodeItem[T](resp.body)
	if err == nil && s.base == s.entity {
		s.c.batch.markKnown(s.entity, id, true)
	}
	if errors.Is(err, errNullItem) {
		// Autotask answers a missing id with 404; an empty item means the
		// API user's security level hides the object.
		return nil, &NotVisibleError{Entity: s.entity, ID: id}
	}
	if err != nil {
		return nil, fmt.Errorf("autotask: GET /%s: %w", path, err)
	}
	return item, nil
}

// Query returns every object matching q, following nextPageUrl.
func (s *Service[T]) Query(ctx context.Context, q QueryOptions) ([]T, error) {
	var all []T
	err := s.Pages(ctx, q, func(page []T) error {
		all = append(all, page...)
		return nil
	})
	if q.Limit > 0 && len(all) > q.Limit {
		all = all[:q.Limit]
	}
	return all, err
}

// maxPages guards against a server that never stops paging.
const maxPages = 100000

// Pages calls fn with each page of the answer to q, in order. Returning an
// error from fn stops paging and Pages returns that error.
func (s *Service[T]) Pages(ctx context.Context, q QueryOptions, fn func(page []T) error) error {
	return s.pages(ctx, q, nil, fn)
}

// pages is Pages whose first request may use a thread slot the caller
// already holds.
func (s *Service[T]) pages(ctx context.Context, q QueryOptions, held func(), fn func(page []T) error) error {
	body, err := q.body()
	if err != nil {
		return err
	}
	path := s.entity + "/query"
	first := request{method: http.MethodPost, path: path, body: body, kind: kindRead, held: held}
	if q.UseGET {
		first = request{method: http.MethodGet, path: path, query: url.Values{"search": {string(body)}}, kind: kindRead, held: held}
	}
	resp, err := s.call(ctx, first)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	total := 0
	for page := 1; ; page++ {
		items, pd, err := decodeItems[T](resp.body)
		if err != nil {
			return fmt.Errorf("autotask: %s query page %d: %w", s.entity, page, err)
		}
		if err := fn(items); err != nil {
			return err
		}
		total += len(items)
		if q.Limit > 0 && total >= q.Limit {
			return nil
		}
		next := pd.NextPageURL
		if next == "" || len(items) == 0 {
			return nil
		}
		if seen[next] || page >= maxPages {
			return fmt.Errorf("autotask: %s query: paging does not end (page %d repeats %s)", s.entity, page, pathForLog(next))
		}
		seen[next] = true
		target, err := s.c.checkPageURL(ctx, next)
		if err != nil {
			return err
		}
		// Autotask continues a POST query with a POST of the same body to
		// nextPageUrl (…/query/next?paging=…; a GET there is 405); a GET
		// query (?search=) continues with GET.
		follow := request{method: http.MethodPost, absURL: target, body: body, kind: kindRead}
		if q.UseGET {
			follow = request{method: http.MethodGet, absURL: target, kind: kindRead}
		}
		resp, err = s.call(ctx, follow)
		if err != nil {
			return err
		}
	}
}

// errStopIteration ends Pages early when an All loop breaks.
var errStopIteration = errors.New("autotask: iteration stopped")

// All iterates over every object matching q, fetching pages as the loop
// advances. A failure is yielded once, with a zero T, and ends the loop.
func (s *Service[T]) All(ctx context.Context, q QueryOptions) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		err := s.Pages(ctx, q, func(page []T) error {
			for _, it := range page {
				if !yield(it, nil) {
					return errStopIteration
				}
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStopIteration) {
			var zero T
			yield(zero, err)
		}
	}
}

// checkPageURL accepts a nextPageUrl only on the zone's scheme and host,
// so credentials never leave it.
func (c *Client) checkPageURL(ctx context.Context, next string) (string, error) {
	zone, err := c.zoneURL(ctx)
	if err != nil {
		return "", err
	}
	u, err := url.Parse(next)
	if err != nil {
		return "", fmt.Errorf("autotask: unusable nextPageUrl: %w", err)
	}
	if !u.IsAbs() {
		u = zone.ResolveReference(u)
	}
	if !sameOrigin(u, zone) {
		return "", fmt.Errorf("%w: %s://%s (zone is %s://%s)", ErrForeignPageURL, u.Scheme, u.Host, zone.Scheme, zone.Host)
	}
	return u.String(), nil
}

// Count returns how many objects match the filters (all when none).
func (s *Service[T]) Count(ctx context.Context, filters ...Filter) (int64, error) {
	body, err := QueryOptions{Filter: filters}.body()
	if err != nil {
		return 0, err
	}
	path := s.entity + "/query/count"
	resp, err := s.call(ctx, request{method: http.MethodPost, path: path, body: body, kind: kindRead})
	if err != nil {
		return 0, err
	}
	n, err := decodeCount(resp.body)
	if err != nil {
		return 0, fmt.Errorf("autotask: POST /%s: %w", path, err)
	}
	return n, nil
}

// CreateOptions tunes Create.
type CreateOptions struct {
	// NaturalKey finds the object being created (e.g. Eq("name", "X")).
	// When a create's answer is lost after the request reached the server,
	// the client looks the object up with it and returns the existing id
	// instead of creating a duplicate. Without it such a create fails with
	// ErrCreateOutcomeUnknown rather than risk a duplicate.
	NaturalKey Filter
}

// Create creates item and returns its id. Retried only when safe; see
// CreateOptions.
func (s *Service[T]) Create(ctx context.Context, item *T, opts CreateOptions) (int64, error) {
	if item == nil {
		return 0, errors.New("autotask: Create with a nil item")
	}
	body, err := s.encode(item, s.readOnlyOnCreate, false)
	if err != nil {
		return 0, err
	}
	if !opts.NaturalKey.IsZero() {
		if err := opts.NaturalKey.Validate(); err != nil {
			return 0, fmt.Errorf("autotask: natural key: %w", err)
		}
	}
	defer s.c.batch.beginWrite(s.entity)()
	rounds := max(s.c.cfg.RetryMax, 1)
	for round := 0; ; round++ {
		resp, err := s.call(ctx, request{method: http.MethodPost, path: s.base, body: body, kind: kindCreate})
		if err == nil {
			id, derr := decodeItemID(resp.body)
			if derr != nil {
				return 0, fmt.Errorf("autotask: POST /%s: %w", s.base, derr)
			}
			s.c.batch.markKnown(s.entity, id, true)
			return id, nil
		}
		var amb *ambiguousError
		if !errors.As(err, &amb) {
			return 0, err
		}
		if opts.NaturalKey.IsZero() {
			return 0, fmt.Errorf("%w: POST /%s: %w (no natural key to check; not retried)", ErrCreateOutcomeUnknown, s.base, amb.cause)
		}
		s.c.log.Warn(ctx, "autotask: create answer lost; looking the object up by its natural key",
			"entity", s.entity, "round", round+1, "error", amb.cause)
		// Give a commit still under way a moment to land before looking.
		if err := sleepCtx(ctx, s.c.backoff(s.c.cfg.RetryWaitMin, s.c.cfg.RetryWaitMax, round, nil)); err != nil {
			return 0, fmt.Errorf("%w: POST /%s: %w", ErrCreateOutcomeUnknown, s.base, err)
		}
		ids, lerr := s.lookupIDs(ctx, opts.NaturalKey)
		if lerr != nil {
			return 0, fmt.Errorf("%w: POST /%s: %w; natural-key lookup failed: %w", ErrCreateOutcomeUnknown, s.base, amb.cause, lerr)
		}
		switch {
		case len(ids) == 1:
			s.c.log.Info(ctx, "autotask: create had been committed; using the existing object", "entity", s.entity, "id", ids[0])
			s.c.batch.markKnown(s.entity, ids[0], true)
			return ids[0], nil
		case len(ids) > 1:
			return 0, fmt.Errorf("%w: POST /%s: natural key matches %d objects", ErrCreateOutcomeUnknown, s.base, len(ids))
		}
		if round+1 >= rounds {
			return 0, fmt.Errorf("%w: POST /%s: %w (gave up after %d rounds)", ErrCreateOutcomeUnknown, s.base, amb.cause, round+1)
		}
	}
}

// idOnly decodes the ids of a natural-key lookup.
type idOnly struct {
	ID int64 `json:"id"`
}

func (s *Service[T]) lookupIDs(ctx context.Context, key Filter) ([]int64, error) {
	svc := &Service[idOnly]{c: s.c, entity: s.entity, base: s.base}
	rows, err := svc.Query(ctx, QueryOptions{Filter: []Filter{key}, IncludeFields: []string{"id"}})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids, nil
}

// Update sends a PATCH with the fields set in item (its id included); the
// other fields keep their values on the server.
func (s *Service[T]) Update(ctx context.Context, item *T) error {
	return s.write(ctx, http.MethodPatch, item)
}

// Replace sends a PUT: writable fields not set in item become null.
func (s *Service[T]) Replace(ctx context.Context, item *T) error {
	return s.write(ctx, http.MethodPut, item)
}

func (s *Service[T]) write(ctx context.Context, method string, item *T) error {
	if item == nil {
		return fmt.Errorf("autotask: %s with a nil item", method)
	}
	body, err := s.encode(item, s.readOnlyOnUpdate, true)
	if err != nil {
		return err
	}
	defer s.c.batch.beginWrite(s.entity)()
	resp, err := s.call(ctx, request{method: method, path: s.base, body: body, kind: kindWrite})
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(resp.body)) > 0 {
		if _, err := decodeItemID(resp.body); err != nil {
			return fmt.Errorf("autotask: %s /%s: %w", method, s.base, err)
		}
	}
	return nil
}

// Delete deletes the object with id. An id that cannot exist (0 or
// negative) is an error without a request: a 404 for it would look like an
// object already gone.
func (s *Service[T]) Delete(ctx context.Context, id int64) error {
	if err := s.checkID(id); err != nil {
		return err
	}
	path := s.base + "/" + strconv.FormatInt(id, 10)
	defer s.c.batch.beginWrite(s.entity)()
	_, err := s.call(ctx, request{method: http.MethodDelete, path: path, kind: kindWrite})
	if err == nil || IsNotFound(err) {
		s.c.batch.markKnown(s.entity, id, false)
	}
	return err
}

// ExpectReads says that the objects with ids will be read soon, e.g. the
// ids a previous run read alongside the one about to be read: the next
// batched read of the entity asks for them as well (up to MaxReadBatch ids
// in one query), and a Get of one of them within the same command is then
// answered from that query — unless a write has started since, in which
// case it is read again. Child services and unbatched clients ignore it.
func (s *Service[T]) ExpectReads(ctx context.Context, ids []int64) {
	if s.base == s.entity && s.c.batch.batchable(s.entity) {
		s.c.batch.expect(ctx, s.c, s.entity, ids)
	}
}

// KnownIDs returns, in ascending order, the ids of the entity this client
// has created, read or been told to expect, less those found deleted:
// what a caller keeps to pass to ExpectReads in its next run.
func (s *Service[T]) KnownIDs() []int64 {
	return s.c.batch.knownIDs(s.entity)
}

// ErrInvalidID is returned, without a request, for an id no object can
// have (0 or negative). It is never a not-found error.
var ErrInvalidID = errors.New("autotask: invalid id")

func (s *Service[T]) checkID(id int64) error {
	if id <= 0 {
		return fmt.Errorf("%w: %s id %d (ids are positive)", ErrInvalidID, s.entity, id)
	}
	return nil
}

// encode marshals item and drops the named fields (case-insensitively).
// needID demands a non-zero id (updates); creates drop a zero id.
func (s *Service[T]) encode(item *T, drop []string, needID bool) ([]byte, error) {
	raw, err := json.Marshal(item)
	if err != nil {
		return nil, fmt.Errorf("autotask: encoding %s: %w", s.entity, err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("autotask: encoding %s: %w", s.entity, err)
	}
	for k := range m {
		for _, d := range drop {
			if strings.EqualFold(k, d) {
				delete(m, k)
			}
		}
	}
	var id int64
	for k, v := range m {
		if strings.EqualFold(k, "id") {
			if err := json.Unmarshal(v, &id); err != nil {
				return nil, fmt.Errorf("autotask: %s id: %w", s.entity, err)
			}
			if !needID && id == 0 {
				delete(m, k)
			}
		}
	}
	if needID && id == 0 {
		return nil, fmt.Errorf("autotask: updating %s needs the object's id", s.entity)
	}
	return json.Marshal(m)
}

// Query returns every object of svc matching all filters (every object
// when none are given), following every page.
func Query[T any](ctx context.Context, svc *Service[T], filters ...Filter) ([]T, error) {
	// The items of a query's filter array must all match.
	return svc.Query(ctx, QueryOptions{Filter: filters})
}

// Count returns how many objects of svc match all filters.
func Count[T any](ctx context.Context, svc *Service[T], filters ...Filter) (int64, error) {
	return svc.Count(ctx, filters...)
}
