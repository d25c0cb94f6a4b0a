package autotask

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// pageRequest is one query request the mock received.
type pageRequest struct {
	method, path, query, body string
}

// recordingMock serves a mock PSA tenant with extra resources and contacts
// and records every query request (path, method, body).
func recordingMock(t *testing.T, resources, contacts int) (*Client, *mockpsa.Tenant, func() []pageRequest) {
	t.Helper()
	srv := mockpsa.New(mockpsa.Options{RequestBudget: 1 << 20})
	var (
		mu   sync.Mutex
		seen []pageRequest
	)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(strings.ToLower(r.URL.Path), "/query") {
			b, _ := io.ReadAll(r.Body)
			r.Body = io.NopCloser(strings.NewReader(string(b)))
			mu.Lock()
			seen = append(seen, pageRequest{method: r.Method, path: r.URL.Path, query: r.URL.RawQuery, body: string(b)})
			mu.Unlock()
		}
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	ten, err := srv.CreateTenant(mockpsa.TenantSpec{Name: "pages", Zone: "webservices3", Seed: mockpsa.SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	for i := range resources {
		if _, err := ten.Create("Resources", map[string]any{"firstName": "Bulk", "lastName": fmt.Sprintf("R%04d", i), "userName": fmt.Sprintf("bulk%04d", i),
			"email": fmt.Sprintf("bulk%04d@pages.example.com", i), "userType": int64(catalog.TeamMember), "resourceType": []string{"Employee", "Contractor"}[i%2]}); err != nil {
			t.Fatal(err)
		}
	}
	companies, _ := ten.List("Companies")
	for i := range contacts {
		if _, err := ten.Create("Contacts", map[string]any{"companyID": companies[i%len(companies)]["id"], "firstName": "Bulk", "lastName": fmt.Sprintf("C%04d", i),
			"isActive": int64(1 - i%3/2)}); err != nil {
			t.Fatal(err)
		}
	}
	creds := ten.Credentials(ts.URL)
	c, err := New(Config{BaseURL: creds.BaseURL, Username: creds.Username, Secret: creds.Secret, IntegrationCode: creds.IntegrationCode, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return c, ten, func() []pageRequest {
		mu.Lock()
		defer mu.Unlock()
		out := seen
		seen = nil
		return out
	}
}

// The client pages as Autotask pages: after a POST query it POSTs the same
// body to each nextPageUrl (…/query/next?paging=…); a GET-form query pages
// with GET. Every row of more than 1,000 arrives once, decoded with the
// real types.
func TestPagingPastAThousandRowsAgainstTheMock(t *testing.T) {
	ctx := context.Background()
	c, ten, requests := recordingMock(t, 1234, 0)
	want, _ := ten.List("Resources")
	if len(want) <= 1000 {
		t.Fatalf("only %d resources", len(want))
	}

	got, err := c.Resources().Query(ctx, QueryOptions{Filter: []Filter{Gt("id", 0)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d resources, want %d", len(got), len(want))
	}
	ids := map[int64]bool{}
	for _, r := range got {
		if ids[r.ID] {
			t.Fatalf("resource %d twice", r.ID)
		}
		ids[r.ID] = true
		if r.ResourceType == nil || (*r.ResourceType != ResourceTypeEmployee && *r.ResourceType != ResourceTypeContractor) || r.UserType == nil || r.LicenseType == nil {
			t.Fatalf("resource %+v lacks the real types", r)
		}
	}
	reqs := requests()
	pages := (len(want) + MaxPageSize - 1) / MaxPageSize
	if len(reqs) != pages {
		t.Fatalf("%d page requests, want %d", len(reqs), pages)
	}
	first := reqs[0]
	if first.method != http.MethodPost || !strings.HasSuffix(first.path, "/V1.0/Resources/query") || !strings.Contains(first.body, `"op":"gt"`) {
		t.Errorf("first page %+v", first)
	}
	for i, r := range reqs[1:] {
		if r.method != http.MethodPost || !strings.HasSuffix(r.path, "/V1.0/Resources/query/next") || !strings.HasPrefix(r.query, "paging=") || r.body != first.body {
			t.Errorf("page %d: %s %s?%s body %q; want POST of the first body to query/next", i+2, r.method, r.path, r.query, r.body)
		}
	}

	// A GET-form query pages with GET and sends no body.
	viaGET, err := c.Resources().Query(ctx, QueryOptions{Filter: []Filter{Eq("resourceType", ResourceTypeContractor)}, UseGET: true})
	if err != nil {
		t.Fatal(err)
	}
	contractors := 0
	for _, r := range want {
		if r["resourceType"] == ResourceTypeContractor {
			contractors++
		}
	}
	if len(viaGET) != contractors || contractors <= MaxPageSize {
		t.Errorf("GET-form query: %d contractors, want %d (more than one page)", len(viaGET), contractors)
	}
	for i, r := range requests() {
		if r.method != http.MethodGet || r.body != "" || !strings.HasSuffix(r.path, "/V1.0/Resources/query") || !strings.Contains(r.query, "search=") {
			t.Errorf("GET-form page %d: %s %s?%s %q", i+1, r.method, r.path, r.query, r.body)
		}
	}
}

// Contacts past 500, decoded with the integer isActive.
func TestContactsPageWithIntegerIsActive(t *testing.T) {
	ctx := context.Background()
	c, ten, requests := recordingMock(t, 0, 900)
	want, _ := ten.List("Contacts")
	active := 0
	for _, ct := range want {
		if ct["isActive"] == int64(1) {
			active++
		}
	}
	got, err := c.Contacts().Query(ctx, QueryOptions{Filter: []Filter{Eq("isActive", 1)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != active || active <= MaxPageSize {
		t.Fatalf("%d active contacts, want %d (more than a page)", len(got), active)
	}
	for _, ct := range got {
		if !ct.Active() {
			t.Fatalf("contact %+v not active", ct)
		}
	}
	if reqs := requests(); len(reqs) != 2 || reqs[1].method != http.MethodPost || reqs[1].body != reqs[0].body {
		t.Errorf("contact pages %+v", reqs)
	}
	// Contacts are written under their company; the root answers 405.
	co := *got[0].CompanyID
	if err := c.Contacts().Update(ctx, &Contact{ID: got[0].ID, IsActive: ContactActive(false)}); !IsMethodNotAllowed(err) {
		t.Errorf("root update: %v", err)
	}
	if err := c.CompanyContacts(co).Update(ctx, &Contact{ID: got[0].ID, IsActive: ContactActive(false)}); err != nil {
		t.Fatal(err)
	}
	if after, err := c.Contacts().Get(ctx, got[0].ID); err != nil || after.Active() || after.IsActive == nil || *after.IsActive != 0 {
		t.Errorf("after deactivation %+v %v", after, err)
	}
}
