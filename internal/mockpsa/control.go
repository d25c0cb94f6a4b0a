package mockpsa

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// isLoopback reports whether the request comes from the local host.
func isLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func controlError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, map[string][]string{"errors": {fmt.Sprintf(format, args...)}})
}

type tenantView struct {
	Name               string      `json:"name"`
	Zone               string      `json:"zone"`
	CI                 int         `json:"ci"`
	RequestBudget      int         `json:"request_budget"`
	IdentityResourceID int64       `json:"identity_resource_id"`
	Credentials        Credentials `json:"credentials"`
	WithoutExtension   bool        `json:"without_extension,omitempty"`
}

func (s *Server) viewLocked(t *tenant, base string) tenantView {
	r := t.data.tables[entResources][t.identity]
	return tenantView{
		Name: t.name, Zone: t.zone, CI: t.ci, RequestBudget: t.effectiveBudget(s), IdentityResourceID: t.identity, WithoutExtension: t.noExtension,
		Credentials: Credentials{BaseURL: base, Username: asString(r["userName"]), Secret: asString(r["secret"]), IntegrationCode: asString(r["integrationCode"])},
	}
}

func (s *Server) view(t *tenant, base string) tenantView {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.viewLocked(t, base)
}

// faultJSON is a Fault on the control API (latency as a Go duration string).
type faultJSON struct {
	Fault
	Latency string `json:"latency,omitempty"`
}

func decodeStrict(r *http.Request, v any) error {
	body, aerr := readBody(r)
	if aerr != nil {
		return aerr
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// serveControl serves /_mock/… to loopback clients only.
func (s *Server) serveControl(w http.ResponseWriter, r *http.Request, segs []string) {
	if !isLoopback(r) {
		controlError(w, http.StatusForbidden, "the control API answers loopback clients only")
		return
	}
	base := baseURL(r)
	if len(segs) == 0 || segs[0] != "tenants" {
		controlError(w, http.StatusNotFound, "unknown control endpoint %s", r.URL.Path)
		return
	}
	if len(segs) == 1 {
		switch r.Method {
		case http.MethodGet:
			views := []tenantView{}
			s.mu.Lock()
			for _, t := range s.tenants {
				views = append(views, s.viewLocked(t, base))
			}
			s.mu.Unlock()
			writeJSON(w, http.StatusOK, map[string]any{"tenants": views})
		case http.MethodPost:
			var spec TenantSpec
			if err := decodeStrict(r, &spec); err != nil {
				controlError(w, http.StatusBadRequest, "invalid tenant spec: %v", err)
				return
			}
			h, err := s.CreateTenant(spec)
			if err != nil {
				controlError(w, http.StatusBadRequest, "%v", err)
				return
			}
			writeJSON(w, http.StatusCreated, s.view(h.t, base))
		default:
			controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
		}
		return
	}
	h, ok := s.Tenant(segs[1])
	if !ok {
		controlError(w, http.StatusNotFound, "no tenant named %q", segs[1])
		return
	}
	rest := segs[2:]
	switch {
	case len(rest) == 0:
		switch r.Method {
		case http.MethodGet:
			writeJSON(w, http.StatusOK, s.view(h.t, base))
		case http.MethodDelete:
			s.DeleteTenant(h.t.name)
			w.WriteHeader(http.StatusNoContent)
		default:
			controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
		}
	case len(rest) == 1 && rest[0] == "zone" && r.Method == http.MethodPost:
		var body struct {
			Zone string `json:"zone"`
		}
		if err := decodeStrict(r, &body); err != nil {
			controlError(w, http.StatusBadRequest, "invalid body: %v", err)
			return
		}
		if err := h.MoveZone(body.Zone); err != nil {
			controlError(w, http.StatusBadRequest, "%v", err)
			return
		}
		writeJSON(w, http.StatusOK, s.view(h.t, base))
	case len(rest) == 1 && rest[0] == "budget" && r.Method == http.MethodPut:
		var body struct {
			RequestBudget int `json:"request_budget"`
		}
		if err := decodeStrict(r, &body); err != nil {
			controlError(w, http.StatusBadRequest, "invalid body: %v", err)
			return
		}
		if err := h.SetRequestBudget(body.RequestBudget); err != nil {
			controlError(w, http.StatusBadRequest, "%v", err)
			return
		}
		writeJSON(w, http.StatusOK, s.view(h.t, base))
	case len(rest) == 1 && rest[0] == "credentials" && r.Method == http.MethodGet:
		writeJSON(w, http.StatusOK, h.Credentials(base))
	case len(rest) == 1 && rest[0] == "counters":
		switch r.Method {
		case http.MethodGet:
			writeJSON(w, http.StatusOK, h.Counters())
		case http.MethodDelete:
			h.ResetCounters()
			w.WriteHeader(http.StatusNoContent)
		default:
			controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
		}
	case len(rest) == 1 && rest[0] == "faults":
		s.controlFaults(w, r, h)
	case len(rest) == 2 && rest[0] == "faults" && rest[1] == "random":
		s.controlRandomFaults(w, r, h)
	case len(rest) >= 2 && rest[0] == "objects":
		s.controlObjects(w, r, h, rest[1:])
	default:
		controlError(w, http.StatusNotFound, "unknown control endpoint %s %s", r.Method, r.URL.Path)
	}
}

func (s *Server) controlFaults(w http.ResponseWriter, r *http.Request, h *Tenant) {
	switch r.Method {
	case http.MethodGet:
		list := []faultJSON{}
		for _, f := range h.Faults() {
			fj := faultJSON{Fault: f}
			if f.Latency > 0 {
				fj.Latency = f.Latency.String()
			}
			list = append(list, fj)
		}
		body := map[string]any{"faults": list}
		if rf, ok := h.RandomFaults(); ok {
			body["random"] = randomView(rf)
		}
		writeJSON(w, http.StatusOK, body)
	case http.MethodPost:
		var fj faultJSON
		if err := decodeStrict(r, &fj); err != nil {
			controlError(w, http.StatusBadRequest, "invalid fault: %v", err)
			return
		}
		f := fj.Fault
		if fj.Latency != "" {
			d, err := time.ParseDuration(fj.Latency)
			if err != nil {
				controlError(w, http.StatusBadRequest, "invalid latency %q: %v", fj.Latency, err)
				return
			}
			f.Latency = d
		}
		if err := h.InjectFault(f); err != nil {
			controlError(w, http.StatusBadRequest, "%v", err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case http.MethodDelete:
		h.ClearFaults()
		w.WriteHeader(http.StatusNoContent)
	default:
		controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
	}
}

func (s *Server) controlObjects(w http.ResponseWriter, r *http.Request, h *Tenant, segs []string) {
	e, ok := lookupEntity(segs[0])
	if !ok {
		controlError(w, http.StatusNotFound, "unknown entity %q", segs[0])
		return
	}
	var opts []WriteOption
	if force, _ := strconv.ParseBool(r.URL.Query().Get("force")); force {
		opts = append(opts, Force)
	}
	readFields := func() (map[string]any, bool) {
		b, aerr := readBody(r)
		if aerr != nil {
			writeError(w, aerr)
			return nil, false
		}
		m, err := decodeJSONObject(b)
		if err != nil {
			controlError(w, http.StatusBadRequest, "%v", err)
			return nil, false
		}
		return m, true
	}
	if len(segs) == 1 {
		switch r.Method {
		case http.MethodGet:
			items, _ := h.List(e.name)
			writeJSON(w, http.StatusOK, map[string]any{"items": items})
		case http.MethodPost:
			m, ok := readFields()
			if !ok {
				return
			}
			id, err := h.Create(e.name, m, opts...)
			if err != nil {
				writeError(w, err)
				return
			}
			writeJSON(w, http.StatusCreated, map[string]int64{"itemId": id})
		default:
			controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
		}
		return
	}
	id, err := strconv.ParseInt(segs[1], 10, 64)
	if err != nil || len(segs) > 2 {
		controlError(w, http.StatusNotFound, "invalid object path")
		return
	}
	switch r.Method {
	case http.MethodGet:
		item, ok := h.Get(e.name, id)
		if !ok {
			controlError(w, http.StatusNotFound, "%s with id %d was not found", e.name, id)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"item": item})
	case http.MethodPatch:
		m, ok := readFields()
		if !ok {
			return
		}
		if err := h.Patch(e.name, id, m, opts...); err != nil {
			writeError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]int64{"itemId": id})
	case http.MethodDelete:
		if err := h.Delete(e.name, id, opts...); err != nil {
			writeError(w, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	default:
		controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
	}
}

// randomJSON is RandomFaults on the control API (latency as a Go duration
// string).
type randomJSON struct {
	RandomFaults
	Latency string `json:"latency,omitempty"`
}

func randomView(rf RandomFaults) randomJSON {
	return randomJSON{RandomFaults: rf, Latency: rf.Latency.String()}
}

func (s *Server) controlRandomFaults(w http.ResponseWriter, r *http.Request, h *Tenant) {
	switch r.Method {
	case http.MethodGet:
		rf, ok := h.RandomFaults()
		if !ok {
			controlError(w, http.StatusNotFound, "random fault mode is off for tenant %q", h.Name())
			return
		}
		writeJSON(w, http.StatusOK, randomView(rf))
	case http.MethodPut:
		var rj randomJSON
		if err := decodeStrict(r, &rj); err != nil {
			controlError(w, http.StatusBadRequest, "invalid random fault mode: %v", err)
			return
		}
		rf := rj.RandomFaults
		if rj.Latency != "" {
			d, err := time.ParseDuration(rj.Latency)
			if err != nil {
				controlError(w, http.StatusBadRequest, "invalid latency %q: %v", rj.Latency, err)
				return
			}
			rf.Latency = d
		}
		if err := h.SetRandomFaults(rf); err != nil {
			controlError(w, http.StatusBadRequest, "%v", err)
			return
		}
		if rf, ok := h.RandomFaults(); ok {
			writeJSON(w, http.StatusOK, randomView(rf))
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case http.MethodDelete:
		_ = h.SetRandomFaults(RandomFaults{})
		w.WriteHeader(http.StatusNoContent)
	default:
		controlError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
	}
}
