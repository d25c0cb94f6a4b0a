package mockpsa

import (
	"bufio"
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// respWriter records the status of a response and supports hijacking.
type respWriter struct {
	http.ResponseWriter
	status  int
	dropped bool
}

func (w *respWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *respWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// drop closes the connection without an answer.
func (w *respWriter) drop() {
	w.dropped = true
	hj, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

// laterWriter records a response to send later, or never: the answer of a
// slow-answer fault, or the lost one of a commit-then-drop fault.
type laterWriter struct {
	h      http.Header
	status int
	body   bytes.Buffer
}

func newLaterWriter() *laterWriter { return &laterWriter{h: http.Header{}} }

func (l *laterWriter) Header() http.Header         { return l.h }
func (l *laterWriter) Write(b []byte) (int, error) { return l.body.Write(b) }
func (l *laterWriter) WriteHeader(code int) {
	if l.status == 0 {
		l.status = code
	}
}

// sendTo writes the recorded response to w.
func (l *laterWriter) sendTo(w http.ResponseWriter) {
	maps.Copy(w.Header(), l.h)
	if l.status != 0 {
		w.WriteHeader(l.status)
	}
	_, _ = w.Write(l.body.Bytes())
}

// Hijack lets handlers further down hijack too.
func (w *respWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("mockpsa: connection cannot be hijacked")
	}
	return hj.Hijack()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	var ae *APIError
	if !errors.As(err, &ae) {
		ae = &APIError{Status: http.StatusInternalServerError, Messages: []string{err.Error()}}
	}
	if ae.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.FormatInt(int64((ae.RetryAfter+time.Second-1)/time.Second), 10))
	}
	if ae.Status == http.StatusMethodNotAllowed {
		writeJSON(w, ae.Status, map[string]string{"Message": strings.Join(ae.Messages, " ")})
		return
	}
	writeJSON(w, ae.Status, map[string][]string{"errors": ae.Messages})
}

func methodNotAllowed(method string) *APIError {
	return errorf(http.StatusMethodNotAllowed, "The requested resource does not support http method '%s'.", method)
}

func notFound() *APIError {
	return errorf(http.StatusNotFound, "No HTTP resource was found that matches the request URI.")
}

// ServeHTTP serves the Autotask REST API and, for loopback clients, the
// /_mock/ control API.
func (s *Server) ServeHTTP(w0 http.ResponseWriter, r *http.Request) {
	w := &respWriter{ResponseWriter: w0}
	start := time.Now()
	tenantName := ""
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler { //nolint:errorlint // sentinel compared as net/http does
				panic(v)
			}
			s.log.Error("mockpsa: handler panic", "panic", fmt.Sprint(v), "path", r.URL.Path)
			if w.status == 0 {
				writeError(w, errorf(http.StatusInternalServerError, "An unexpected error occurred while processing the request."))
			}
		}
		s.log.Info("mockpsa request", "method", r.Method, "path", r.URL.Path, "status", w.status, "dropped", w.dropped,
			"tenant", tenantName, "duration", time.Since(start))
	}()
	var segs []string
	for _, sg := range strings.Split(r.URL.Path, "/") {
		if sg != "" { // tolerate doubled slashes from naive URL joining
			segs = append(segs, sg)
		}
	}
	if len(segs) == 0 {
		writeError(w, notFound())
		return
	}
	lower := make([]string, len(segs))
	for i, sg := range segs {
		lower[i] = strings.ToLower(sg)
	}
	if lower[0] == "_mock" {
		s.serveControl(w, r, segs[1:])
		return
	}
	i := -1
	for j := 0; j < len(lower) && j < 2; j++ {
		if lower[j] == "atservicesrest" {
			i = j
			break
		}
	}
	if i < 0 {
		writeError(w, notFound())
		return
	}
	zone := ""
	if i == 1 {
		zone = lower[0]
	}
	rest, lrest := segs[i+1:], lower[i+1:]
	switch {
	case len(rest) == 1 && lrest[0] == "versioninformation":
		if r.Method != http.MethodGet {
			writeError(w, methodNotAllowed(r.Method))
			return
		}
		writeJSON(w, http.StatusOK, map[string][]string{"apiVersions": {"V1.0", "V2.0"}})
	case len(rest) == 2 && lrest[1] == "zoneinformation":
		if lrest[0] != "v1.0" {
			writeError(w, notFound())
			return
		}
		if r.Method != http.MethodGet {
			writeError(w, methodNotAllowed(r.Method))
			return
		}
		s.serveZoneInformation(w, r)
	case len(rest) >= 2 && lrest[0] == "v1.0":
		tenantName = s.serveEntityCall(w, r, zone, rest[1:])
	default:
		writeError(w, notFound())
	}
}

func (s *Server) serveZoneInformation(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	var (
		t    *tenant
		zone string
		ci   int
	)
	s.locked(func() {
		t, _ = s.findUser(user)
		if t != nil {
			zone, ci = t.zone, t.ci
		}
	})
	if t == nil {
		writeJSON(w, http.StatusInternalServerError, map[string][]string{"errors": {"Zone information could not be determined"}})
		return
	}
	base := baseURL(r)
	writeJSON(w, http.StatusOK, map[string]any{
		"zoneName": zoneDisplayName(zone),
		"url":      base + "/" + zone + "/ATServicesRest/",
		"webUrl":   base + "/" + zone + "/",
		"ci":       ci,
	})
}

func zoneDisplayName(zone string) string {
	digits := strings.TrimLeft(zone, "abcdefghijklmnopqrstuvwxyz.-")
	if digits != "" {
		if _, err := strconv.Atoi(digits); err == nil {
			return "Zone " + digits
		}
	}
	return "Zone " + zone
}

// authenticate checks the three headers and returns the tenant and the
// resource whose permissions apply (the impersonated one, if any); it runs
// under s.mu.
func (s *Server) authenticate(r *http.Request, zone string) (*tenant, record, *APIError) {
	user := r.Header.Get("UserName")
	secret := r.Header.Get("Secret")
	code := r.Header.Get("ApiIntegrationCode")
	if user == "" || secret == "" {
		return nil, nil, errorf(http.StatusUnauthorized, "Authorization has been denied for this request: the UserName and Secret headers are required")
	}
	t, u := s.findUser(user)
	if t == nil {
		return nil, nil, validation("Unable to authenticate: no API user named '%s' exists", user)
	}
	if t.zone != zone {
		return t, nil, errorf(http.StatusUnauthorized, "Authorization has been denied for this request: the database is not served by this zone")
	}
	if subtle.ConstantTimeCompare([]byte(asString(u["secret"])), []byte(secret)) != 1 {
		return t, nil, errorf(http.StatusUnauthorized, "Authorization has been denied for this request")
	}
	if !asBool(u["isActive"]) {
		return t, nil, errorf(http.StatusUnauthorized, "Authorization has been denied for this request: the API user is inactive")
	}
	if code == "" {
		return t, nil, validation("The ApiIntegrationCode header is required")
	}
	known := false
	for _, r := range t.data.tables[entResources] {
		if isAPIUser(r) && asString(r["integrationCode"]) == code {
			known = true
			break
		}
	}
	if !known {
		return t, nil, validation("Unable to authenticate: the ApiIntegrationCode is not valid")
	}
	if imp := r.Header.Get("ImpersonationResourceId"); imp != "" {
		id, err := strconv.ParseInt(imp, 10, 64)
		res, ok := t.data.get(resourceEntity(), id)
		if err != nil || !ok || !asBool(res["isActive"]) || isAPIUser(res) {
			return t, nil, validation("ImpersonationResourceId '%s' is not an active resource of this database", imp)
		}
		return t, res, nil
	}
	return t, u, nil
}

// endpointOf names the entity endpoint of a call (for thread limits,
// counters and faults).
func endpointOf(segs []string) string {
	name := segs[0]
	if len(segs) >= 3 {
		if _, err := strconv.ParseInt(segs[1], 10, 64); err == nil {
			if rt, ok := childRouteOf(segs[0], segs[2]); ok {
				return rt.child
			}
			name = segs[2]
		}
	}
	if e, ok := lookupEntity(name); ok {
		return e.name
	}
	if strings.EqualFold(name, entThresholdInformation) {
		return entThresholdInformation
	}
	return name
}

// serveEntityCall authenticates, applies limits and faults, and dispatches.
// It returns the tenant name for logging.
func (s *Server) serveEntityCall(w *respWriter, r *http.Request, zone string, segs []string) string {
	endpoint := endpointOf(segs)
	key := r.Header.Get("ApiIntegrationCode") + "|" + strings.ToLower(endpoint)
	ad, aerr := s.admit(r, zone, endpoint, key, operationOf(r.Method, segs))
	if ad.t == nil {
		writeError(w, aerr)
		return ""
	}
	t := ad.t
	defer s.count(t, r.Method, endpoint, w)
	if aerr != nil {
		writeError(w, aerr)
		return t.name
	}
	defer s.locked(func() {
		t.inflight[key]--
		if t.inflight[key] <= 0 {
			delete(t.inflight, key)
		}
	})
	delay, fault, release := ad.delay, ad.fault, ad.release
	if delay > 0 && !wait(r, release, delay) {
		return t.name
	}
	if !s.serviceLatency(r) {
		return t.name
	}
	if fault != nil {
		switch fault.Kind {
		case FaultStatus:
			if fault.RetryAfter != "" {
				w.Header().Set("Retry-After", fault.RetryAfter)
			}
			writeError(w, &APIError{Status: fault.Status, Messages: []string{fault.message()}})
			return t.name
		case FaultDrop:
			w.drop()
			return t.name
		case FaultLatency:
			if !s.hold(r, t, release, fault) {
				return t.name
			}
		case FaultCommitThenDrop:
			s.dispatch(newLaterWriter(), r, t, zone, segs, ad.caller)
			w.drop()
			return t.name
		case FaultSlowAnswer:
			answer := newLaterWriter()
			s.dispatch(answer, r, t, zone, segs, ad.caller)
			if s.hold(r, t, release, fault) {
				answer.sendTo(w)
			}
			return t.name
		}
	}
	s.dispatch(w, r, t, zone, segs, ad.caller)
	return t.name
}

// admission is the outcome of admit.
type admission struct {
	t       *tenant // nil when authentication failed
	delay   time.Duration
	fault   *Fault
	release chan struct{}
	caller  int64 // resource whose permissions apply
}

// admit authenticates a call and applies the hourly budget and the thread
// limit. With a tenant and no error, the call holds a thread slot that the
// caller must give back.
func (s *Server) admit(r *http.Request, zone, endpoint, key string, op Operation) (admission, *APIError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, caller, aerr := s.authenticate(r, zone)
	if aerr != nil {
		return admission{}, aerr
	}
	ad := admission{t: t, release: t.release, caller: asInt(caller["id"])}
	budget := t.effectiveBudget(s)
	now := s.now()
	t.prune(now)
	if len(t.window) >= budget {
		e := errorf(http.StatusForbidden, "API request threshold exceeded: this database has made %d requests in the last 60 minutes (limit %d); API access is suspended until usage falls below the threshold", len(t.window), budget)
		// When the oldest counted request leaves the hour, a slot frees up.
		e.RetryAfter = max(t.window[len(t.window)-budget].Add(budgetWindow).Sub(now), time.Second)
		return ad, e
	}
	t.window = append(t.window, now)
	if s.opts.ThrottleDelay > 0 && len(t.window) > budget/2 {
		ad.delay = s.opts.ThrottleDelay
	}
	if t.inflight[key] >= s.opts.ThreadLimit {
		return ad, errorf(http.StatusTooManyRequests, "API thread threshold of %d threads has been exceeded", s.opts.ThreadLimit)
	}
	t.inflight[key]++
	ad.fault = t.pickFault(r.Method, endpoint, op)
	return ad, nil
}

// wait sleeps for d unless the request ends or faults are cleared; it
// reports whether the request should still be served.
func wait(r *http.Request, release <-chan struct{}, d time.Duration) bool {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-release:
		return true
	case <-r.Context().Done():
		return false
	}
}

// hold keeps a request for a latency or slow-answer fault f until
// f.Latency passes (when set), f.Release is closed, the tenant's faults are
// cleared (cleared is closed) or the request ends; Counters.Held counts it
// meanwhile. It reports whether the request should still be answered.
func (s *Server) hold(r *http.Request, t *tenant, cleared <-chan struct{}, f *Fault) bool {
	s.locked(func() { t.held++ })
	defer s.locked(func() { t.held-- })
	var timeout <-chan time.Time
	if f.Latency > 0 {
		timer := time.NewTimer(f.Latency)
		defer timer.Stop()
		timeout = timer.C
	}
	select {
	case <-timeout:
	case <-f.Release:
	case <-cleared:
	case <-r.Context().Done():
		return false
	}
	return true
}

func (t *tenant) prune(now time.Time) {
	cut := now.Add(-budgetWindow)
	i := 0
	for i < len(t.window) && !t.window[i].After(cut) {
		i++
	}
	if i > 0 {
		t.window = append(t.window[:0:0], t.window[i:]...)
	}
}

// dispatch routes an authenticated entity call.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request, t *tenant, zone string, segs []string, caller int64) {
	if len(segs) == 1 && strings.EqualFold(segs[0], entThresholdInformation) {
		if r.Method != http.MethodGet {
			writeError(w, methodNotAllowed(r.Method))
			return
		}
		var body map[string]int
		s.locked(func() {
			t.prune(s.now())
			body = map[string]int{
				"externalRequestThreshold":     t.effectiveBudget(s),
				"requestThresholdTimeframe":    60,
				"currentTimeframeRequestCount": len(t.window),
			}
		})
		writeJSON(w, http.StatusOK, body)
		return
	}
	if len(segs) >= 3 {
		if _, err := strconv.ParseInt(segs[1], 10, 64); err == nil {
			if rt, ok := childRouteOf(segs[0], segs[2]); ok {
				s.handleChild(w, r, t, rt, segs[1:], caller)
				return
			}
		}
	}
	e, ok := lookupEntity(segs[0])
	if !ok {
		writeError(w, errorf(http.StatusNotFound, "The entity '%s' does not exist", segs[0]))
		return
	}
	if e.extension && t.noExtension {
		// A PSA without the extension has no such route at all.
		writeError(w, notFound())
		return
	}
	rest := make([]string, len(segs)-1)
	for i, sg := range segs[1:] {
		rest[i] = strings.ToLower(sg)
	}
	var hidden bool
	var denied *APIError
	m := r.Method
	isWrite := len(rest) == 0 || (len(rest) == 1 && m == http.MethodDelete)
	if isWrite && e.parentWrites && m != http.MethodGet {
		// Written only under its parent: the root has no such method.
		writeError(w, methodNotAllowed(m))
		return
	}
	s.locked(func() {
		hidden = s.hiddenFrom(t, caller, e)
		if isWrite {
			denied = s.writeDenied(t, caller, e, m)
		}
	})
	if denied != nil {
		writeError(w, denied)
		return
	}
	switch {
	case len(rest) == 0:
		switch m {
		case http.MethodPost:
			s.handleCreate(w, r, t, e, nil)
		case http.MethodPatch, http.MethodPut:
			s.handleUpdate(w, r, t, e, m == http.MethodPut, nil)
		default:
			writeError(w, methodNotAllowed(m))
		}
	case len(rest) == 1 && rest[0] == "query":
		if m != http.MethodPost && m != http.MethodGet {
			writeError(w, methodNotAllowed(m))
			return
		}
		s.handleQuery(w, r, t, e, zone, false, hidden)
	case len(rest) == 2 && rest[0] == "query" && rest[1] == "count":
		if m != http.MethodPost && m != http.MethodGet {
			writeError(w, methodNotAllowed(m))
			return
		}
		s.handleQuery(w, r, t, e, zone, true, hidden)
	case len(rest) == 2 && rest[0] == "query" && rest[1] == "next":
		// The nextPageUrl of a POST query: POST with the same body, or
		// with none (the position and the query are in paging).
		if m != http.MethodPost {
			writeError(w, methodNotAllowed(m))
			return
		}
		if r.URL.Query().Get("paging") == "" {
			writeError(w, validation("The paging parameter is required to continue a query"))
			return
		}
		s.handleQuery(w, r, t, e, zone, false, hidden)
	case len(rest) == 1 && rest[0] == "entityinformation":
		if m != http.MethodGet {
			writeError(w, methodNotAllowed(m))
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"info": entityInfo(e)})
	case len(rest) == 2 && rest[0] == "entityinformation" && rest[1] == "fields":
		if m != http.MethodGet {
			writeError(w, methodNotAllowed(m))
			return
		}
		var list []map[string]any
		s.locked(func() { list = fieldsInfo(t.data, e) })
		writeJSON(w, http.StatusOK, map[string]any{"fields": list})
	case len(rest) == 2 && rest[0] == "entityinformation" && rest[1] == "userdefinedfields":
		if m != http.MethodGet {
			writeError(w, methodNotAllowed(m))
			return
		}
		var list []map[string]any
		s.locked(func() { list = udfInfo(t, e) })
		writeJSON(w, http.StatusOK, map[string]any{"fields": list})
	case len(rest) == 1:
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil {
			writeError(w, notFound())
			return
		}
		switch m {
		case http.MethodGet:
			s.handleGet(w, t, e, id, nil, hidden)
		case http.MethodDelete:
			s.handleDelete(w, t, e, id, nil)
		default:
			writeError(w, methodNotAllowed(m))
		}
	default:
		writeError(w, notFound())
	}
}

// childRoute is a child path /{Parent}/{parentId}/{Child}[/{id}] as the
// published description lists it: the path segments, the entities, the
// child's field naming its parent and whether one child may be deleted
// there.
type childRoute struct {
	parentSeg, childSeg string
	parent, child       string
	field               string
	canDelete           bool
}

var childRoutes = []childRoute{
	{parentSeg: "Companies", childSeg: "Contacts", parent: entCompanies, child: entContacts, field: "companyID", canDelete: true},
	{parentSeg: "UserDefinedFields", childSeg: "ListItems", parent: entUDFDefinitions, child: entUDFListItems, field: "udfFieldId"},
}

func childRouteOf(parentSeg, childSeg string) (childRoute, bool) {
	for _, rt := range childRoutes {
		if strings.EqualFold(rt.parentSeg, parentSeg) && strings.EqualFold(rt.childSeg, childSeg) {
			return rt, true
		}
	}
	return childRoute{}, false
}

type parentRef struct {
	field string
	id    int64
}

// handleChild serves /{Parent}/{parentId}/{Child}[/{id}]; segs starts at
// the parent id.
func (s *Server) handleChild(w http.ResponseWriter, r *http.Request, t *tenant, rt childRoute, segs []string, caller int64) {
	pid, err := strconv.ParseInt(segs[0], 10, 64)
	if err != nil || len(segs) > 3 {
		writeError(w, notFound())
		return
	}
	parent, _ := lookupEntity(rt.parent)
	child, _ := lookupEntity(rt.child)
	var exists bool
	s.locked(func() { _, exists = t.data.get(parent, pid) })
	if !exists {
		writeError(w, errorf(http.StatusNotFound, "%s with id %d was not found", parent.name, pid))
		return
	}
	ref := &parentRef{field: rt.field, id: pid}
	var hidden bool
	s.locked(func() { hidden = s.hiddenFrom(t, caller, child) })
	if len(segs) == 3 {
		id, err := strconv.ParseInt(segs[2], 10, 64)
		if err != nil {
			writeError(w, notFound())
			return
		}
		switch {
		case r.Method == http.MethodGet:
			s.handleGet(w, t, child, id, ref, hidden)
		case r.Method == http.MethodDelete && rt.canDelete:
			s.handleDelete(w, t, child, id, ref)
		default:
			writeError(w, methodNotAllowed(r.Method))
		}
		return
	}
	switch r.Method {
	case http.MethodGet:
		var items []map[string]any
		s.locked(func() {
			for _, rec := range t.data.list(child) {
				if !hidden && asInt(rec[rt.field]) == pid {
					items = append(items, render(child, rec, nil))
				}
			}
		})
		if items == nil {
			items = []map[string]any{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"items": items, "pageDetails": map[string]any{
			"count": len(items), "requestCount": maxPageSize, "prevPageUrl": nil, "nextPageUrl": nil}})
	case http.MethodPost:
		s.handleCreate(w, r, t, child, ref)
	case http.MethodPatch, http.MethodPut:
		s.handleUpdate(w, r, t, child, r.Method == http.MethodPut, ref)
	default:
		writeError(w, methodNotAllowed(r.Method))
	}
}

func (s *Server) readObject(r *http.Request) (map[string]any, *APIError) {
	body, aerr := readBody(r)
	if aerr != nil {
		return nil, aerr
	}
	m, err := decodeJSONObject(body)
	if err != nil {
		return nil, validation("%v", err)
	}
	return m, nil
}

// applyParent forces the parent field of a child body.
func applyParent(body map[string]any, ref *parentRef) *APIError {
	if ref == nil {
		return nil
	}
	for k, v := range body {
		if strings.EqualFold(k, ref.field) {
			if n, ok := toInt(v); !ok || n != ref.id {
				return validation("Field '%s' must be %d, the parent in the URL", ref.field, ref.id)
			}
			delete(body, k)
		}
	}
	body[ref.field] = ref.id
	return nil
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request, t *tenant, e *entity, ref *parentRef) {
	body, aerr := s.readObject(r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	if aerr := applyParent(body, ref); aerr != nil {
		writeError(w, aerr)
		return
	}
	var (
		id  int64
		err error
	)
	s.locked(func() { id, err = s.create(t, e, body, writeOpts{}) })
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int64{"itemId": id})
}

func (s *Server) handleUpdate(w http.ResponseWriter, r *http.Request, t *tenant, e *entity, put bool, ref *parentRef) {
	body, aerr := s.readObject(r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ref != nil {
		if aerr := s.checkChild(t, e, body, ref); aerr != nil {
			writeError(w, aerr)
			return
		}
	}
	id, err := s.update(t, e, body, put, writeOpts{})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int64{"itemId": id})
}

// checkChild makes sure the record named in body belongs to the parent.
func (s *Server) checkChild(t *tenant, e *entity, body map[string]any, ref *parentRef) *APIError {
	var id int64
	for k, v := range body {
		if strings.EqualFold(k, "id") {
			id, _ = toInt(v)
		}
	}
	rec, ok := t.data.get(e, id)
	if !ok || asInt(rec[ref.field]) != ref.id {
		return errorf(http.StatusNotFound, "%s with id %d was not found under this parent", e.name, id)
	}
	return nil
}

func (s *Server) handleGet(w http.ResponseWriter, t *tenant, e *entity, id int64, ref *parentRef, hidden bool) {
	if hidden {
		writeJSON(w, http.StatusOK, map[string]any{"item": nil})
		return
	}
	var (
		item map[string]any
		ok   bool
	)
	s.locked(func() {
		var rec record
		rec, ok = t.data.get(e, id)
		if ok && ref != nil && asInt(rec[ref.field]) != ref.id {
			ok = false
		}
		if ok {
			item = render(e, rec, nil)
		}
	})
	if !ok {
		writeError(w, errorf(http.StatusNotFound, "%s with id %d was not found", e.name, id))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"item": item})
}

func (s *Server) handleDelete(w http.ResponseWriter, t *tenant, e *entity, id int64, ref *parentRef) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ref != nil {
		if rec, ok := t.data.get(e, id); !ok || asInt(rec[ref.field]) != ref.id {
			writeError(w, errorf(http.StatusNotFound, "%s with id %d was not found", e.name, id))
			return
		}
	}
	if err := s.remove(t, e, id, writeOpts{}); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int64{"itemId": id})
}

// pageToken is what the paging parameter of a nextPageUrl or prevPageUrl
// carries, opaque to clients: the query it continues (canonical JSON) and
// the last id before the page. A POST to query/next may therefore come
// with the query body or without one.
type pageToken struct {
	Query json.RawMessage `json:"q"`
	After *int64          `json:"after,omitempty"`
}

func encodePaging(p pageToken) string {
	b, _ := json.Marshal(p)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodePaging(s string) (*pageToken, *APIError) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var p pageToken
	if err == nil {
		err = json.Unmarshal(b, &p)
	}
	if err != nil || len(p.Query) == 0 {
		return nil, validation("Invalid paging parameter: use the nextPageUrl or prevPageUrl of a query answer as it is")
	}
	return &p, nil
}

func (s *Server) handleQuery(w http.ResponseWriter, r *http.Request, t *tenant, e *entity, zone string, count, hidden bool) {
	if !e.canQuery {
		writeError(w, methodNotAllowed(r.Method))
		return
	}
	var raw []byte
	if r.Method == http.MethodGet {
		raw = []byte(r.URL.Query().Get("search"))
	} else {
		b, aerr := readBody(r)
		if aerr != nil {
			writeError(w, aerr)
			return
		}
		raw = b
	}
	var pg *pageToken
	if p := r.URL.Query().Get("paging"); p != "" && !count {
		var aerr *APIError
		if pg, aerr = decodePaging(p); aerr != nil {
			writeError(w, aerr)
			return
		}
		switch {
		case len(bytes.TrimSpace(raw)) == 0:
			raw = pg.Query
		case !bytes.Equal(canonicalSearch(raw), canonicalSearch(pg.Query)):
			writeError(w, validation("The query sent does not match the query this page continues; send the same query body as the first request, or none"))
			return
		}
	}
	q, aerr := decodeQuery(e, raw)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	if n, ok := q.idsOnly(); ok && !count && pg == nil {
		s.locked(func() {
			t.counters.ReadsByID[e.name]++
			t.counters.IDsRead[e.name] += int64(n)
		})
	}
	var (
		matched    []record
		items      []map[string]any
		next, prev any
	)
	s.locked(func() {
		for _, rec := range t.data.list(e) {
			if !hidden && q.match(rec) {
				matched = append(matched, rec)
			}
		}
		if count {
			return
		}
		start := 0
		if pg != nil && pg.After != nil {
			for start < len(matched) && asInt(matched[start]["id"]) <= *pg.After {
				start++
			}
		}
		end := min(start+q.maxRecords, len(matched))
		items = make([]map[string]any, 0, end-start)
		for _, rec := range matched[start:end] {
			items = append(items, render(e, rec, q.include))
		}
		canon := canonicalSearch(raw)
		pageURL := func(after *int64) string {
			tok := encodePaging(pageToken{Query: canon, After: after})
			base := fmt.Sprintf("%s/%s/ATServicesRest/V1.0/%s/query", baseURL(r), zone, e.name)
			if r.Method == http.MethodGet {
				// A GET query pages with GET.
				return base + "?search=" + url.QueryEscape(string(canon)) + "&paging=" + tok
			}
			return base + "/next?paging=" + tok
		}
		if end < len(matched) {
			last := asInt(matched[end-1]["id"])
			next = pageURL(&last)
		}
		if start > 0 {
			if ps := start - q.maxRecords; ps <= 0 {
				prev = pageURL(nil)
			} else {
				after := asInt(matched[ps-1]["id"])
				prev = pageURL(&after)
			}
		}
	})
	if count {
		writeJSON(w, http.StatusOK, map[string]int{"queryCount": len(matched)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"items": items,
		"pageDetails": map[string]any{
			"count": len(items), "requestCount": q.maxRecords, "prevPageUrl": prev, "nextPageUrl": next,
		},
	})
}

func canonicalSearch(raw []byte) []byte {
	if len(strings.TrimSpace(string(raw))) == 0 {
		return []byte("{}")
	}
	var buf strings.Builder
	var v any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return raw
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return raw
	}
	return []byte(strings.TrimSpace(buf.String()))
}

// locked runs f under the server lock; the lock is released even if f
// panics.
func (s *Server) locked(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

// visibility names the permission that hides an entity's data from the
// caller when it is at its floor (None, No), as Autotask answers a
// restricted API user with empty results rather than an error. The
// extension's entities follow the Admin permission the catalogue names
// for each (catalog.ExtensionEntity.Visibility).
var visibility = func() map[string]string {
	m := map[string]string{
		entCompanies: mustPermField(catalog.KeyCompaniesView),
		entContacts:  mustPermField(catalog.Key(catalog.ModuleCRM) + ".contacts_view"),
	}
	for _, x := range catalog.ExtensionEntities() {
		m[x.Name] = mustPermField(x.Visibility)
	}
	return m
}()

func mustPermField(k catalog.Key) string {
	p, ok := catalog.PermissionByKey(k)
	if !ok {
		panic("mockpsa: catalogue lacks " + string(k))
	}
	return p.Field
}

// hiddenFrom reports whether e's data is invisible to resource caller; it
// runs under s.mu.
func (s *Server) hiddenFrom(t *tenant, caller int64, e *entity) bool {
	fieldName, ok := visibility[e.name]
	if !ok {
		return false
	}
	v, p, _, ok := callerPermission(t, caller, fieldName)
	return ok && v == p.Floor
}
