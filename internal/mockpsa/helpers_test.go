package mockpsa

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// env is a server with one demo tenant and a client for its API user.
type env struct {
	t     *testing.T
	srv   *Server
	ts    *httptest.Server
	ten   *Tenant
	creds Credentials
	zone  string // ".../ATServicesRest/" of the tenant
}

func newEnv(t *testing.T, opts Options, spec TenantSpec) *env {
	t.Helper()
	srv := New(opts)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	if spec.Name == "" {
		spec.Name = "acme"
	}
	if spec.Seed == "" {
		spec.Seed = SeedDemo
	}
	ten, err := srv.CreateTenant(spec)
	if err != nil {
		t.Fatalf("CreateTenant: %v", err)
	}
	e := &env{t: t, srv: srv, ts: ts, ten: ten, creds: ten.Credentials(ts.URL)}
	e.zone = e.discover(e.creds.Username)
	return e
}

func demoEnv(t *testing.T) *env { return newEnv(t, Options{}, TenantSpec{Zone: "webservices3"}) }

// discover runs zone discovery and returns the zone URL.
func (e *env) discover(user string) string {
	e.t.Helper()
	resp := e.raw(http.MethodGet, e.ts.URL+"/ATServicesRest/V1.0/zoneInformation?user="+url.QueryEscape(user), nil, nil)
	if resp.status != http.StatusOK {
		e.t.Fatalf("zoneInformation: %d %s", resp.status, resp.body)
	}
	u, _ := resp.json()["url"].(string)
	return u
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json() map[string]any {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(r.body))
	dec.UseNumber()
	_ = dec.Decode(&m)
	return m
}

func (r response) errors() []string {
	var body struct {
		Errors []string `json:"errors"`
	}
	_ = json.Unmarshal(r.body, &body)
	return body.Errors
}

func (r response) item() map[string]any {
	m, _ := r.json()["item"].(map[string]any)
	return m
}

func (r response) items() []map[string]any {
	list, _ := r.json()["items"].([]any)
	out := make([]map[string]any, 0, len(list))
	for _, x := range list {
		m, _ := x.(map[string]any)
		out = append(out, m)
	}
	return out
}

func (r response) itemID() int64 {
	n, _ := r.json()["itemId"].(json.Number)
	id, _ := n.Int64()
	return id
}

func (e *env) raw(method, u string, body any, header http.Header) response {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(e.t.Context(), method, u, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: b}
}

func credHeader(c Credentials) http.Header {
	h := http.Header{}
	h.Set("ApiIntegrationCode", c.IntegrationCode)
	h.Set("UserName", c.Username)
	h.Set("Secret", c.Secret)
	return h
}

// call sends an authenticated entity call; path is relative to V1.0/.
func (e *env) call(method, path string, body any) response {
	e.t.Helper()
	return e.raw(method, e.zone+"V1.0/"+path, body, credHeader(e.creds))
}

// async sends an entity call in the background (it may be held by a
// fault); its answer arrives on the channel. A transport failure arrives
// as status 0 with the error as the body: testing.T must not fail from
// another goroutine.
func (e *env) async(method, path string, body any) <-chan response {
	ch := make(chan response, 1)
	var rd io.Reader
	if body != nil {
		buf, err := json.Marshal(body)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(e.t.Context(), method, e.zone+"V1.0/"+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header = credHeader(e.creds)
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	go func() {
		resp, err := e.ts.Client().Do(req)
		if err != nil {
			ch <- response{body: []byte(err.Error())}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			b = []byte(err.Error())
		}
		ch <- response{status: resp.StatusCode, header: resp.Header, body: b}
	}()
	return ch
}

func (e *env) mustStatus(r response, want int) {
	e.t.Helper()
	if r.status != want {
		e.t.Fatalf("status %d, want %d: %s", r.status, want, r.body)
	}
}

func num(v any) int64 {
	switch n := v.(type) {
	case json.Number:
		i, _ := n.Int64()
		return i
	case int64:
		return n
	case float64:
		return int64(n)
	case int:
		return int64(n)
	}
	return -1
}

func errorsContain(r response, sub string) bool {
	for _, m := range r.errors() {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wireValue is how the API encodes value v of permission p, computed from
// the catalogue alone: picklists as the option ID, booleans as JSON
// booleans, text as a string.
func wireValue(t *testing.T, p *catalog.Permission, v catalog.Value) any {
	t.Helper()
	switch p.Kind {
	case catalog.KindAccess, catalog.KindChoice:
		o, ok := p.Option(v)
		if !ok {
			t.Fatalf("%s has no option %q", p.Key, v)
		}
		return int64(o.ID)
	case catalog.KindBool:
		return v.IsYes()
	}
	return string(v)
}

// sameWire compares a decoded JSON value with a wire value.
func sameWire(got, want any) bool {
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	return string(a) == string(b)
}

func apiUserLicenseID(t *testing.T) int64 {
	t.Helper()
	l, ok := catalog.LicenseByType(catalog.LicenseAPIUser)
	if !ok {
		t.Fatal("no API User license")
	}
	return int64(l.ID)
}

// lv is a system level's ID as the wire carries it.
func lv(id catalog.LevelID) int64 { return int64(id) }

// levelPath is the path of a security level: "SecurityLevels/{id}".
func levelPath(id catalog.LevelID) string { return "SecurityLevels/" + itoa(int64(id)) }

// resourceID finds a resource of the tenant by user name.
func (e *env) resourceID(userName string) int64 {
	e.t.Helper()
	list, err := e.ten.List("Resources")
	if err != nil {
		e.t.Fatal(err)
	}
	for _, r := range list {
		if strings.EqualFold(r["userName"].(string), userName) {
			return r["id"].(int64)
		}
	}
	e.t.Fatalf("no resource %q", userName)
	return 0
}

// northwind is the id of the first demo company, Northwind Dental.
func (e *env) northwind() int64 {
	e.t.Helper()
	return findID(e.t, e, "Companies", "companyName", "Northwind Dental")
}

// firstContact is the id of Northwind Dental's first contact, Laura Finch.
func (e *env) firstContact() int64 {
	e.t.Helper()
	return findID(e.t, e, "Contacts", "lastName", "Finch")
}
