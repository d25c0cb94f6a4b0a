package mockpsa

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// benchEnv is a demo tenant plus 1,000 extra companies behind a loopback
// server.
func benchEnv(b *testing.B) (*httptest.Server, http.Header, string) {
	b.Helper()
	srv := New(Options{RequestBudget: 1 << 30})
	ts := httptest.NewServer(srv)
	b.Cleanup(ts.Close)
	ten, err := srv.CreateTenant(TenantSpec{Name: "bench", Zone: "webservices3", Seed: SeedDemo})
	if err != nil {
		b.Fatal(err)
	}
	for i := range 1000 {
		if _, err := ten.Create("Companies", map[string]any{"companyName": fmt.Sprintf("Bench %04d", i)}); err != nil {
			b.Fatal(err)
		}
	}
	return ts, credHeader(ten.Credentials(ts.URL)), ts.URL + "/webservices3/ATServicesRest/V1.0/"
}

func benchDo(b *testing.B, ts *httptest.Server, h http.Header, method, url string, body []byte) {
	req, err := http.NewRequestWithContext(b.Context(), method, url, bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	req.Header = h.Clone()
	req.Header.Set("Content-Type", "application/json")
	resp, err := ts.Client().Do(req)
	if err != nil {
		b.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("%s %s: %d", method, url, resp.StatusCode)
	}
}

func BenchmarkGetSecurityLevel(b *testing.B) {
	ts, h, zone := benchEnv(b)
	b.ReportAllocs()
	for b.Loop() {
		benchDo(b, ts, h, "GET", zone+levelPath(catalog.ServiceDeskUser), nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

func BenchmarkQueryPage500(b *testing.B) {
	ts, h, zone := benchEnv(b)
	body := []byte(`{"MaxRecords":500,"filter":[{"op":"beginsWith","field":"companyName","value":"bench"}]}`)
	b.ReportAllocs()
	for b.Loop() {
		benchDo(b, ts, h, "POST", zone+"Companies/query", body)
	}
	b.ReportMetric(float64(b.N)*500/b.Elapsed().Seconds(), "items/s")
}

func BenchmarkCreateAndPatchLevel(b *testing.B) {
	ts, h, zone := benchEnv(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		benchDo(b, ts, h, "POST", zone+"Companies", []byte(fmt.Sprintf(`{"companyName":"New %d"}`, i)))
		benchDo(b, ts, h, "PATCH", zone+"SecurityLevels", []byte(`{"id":1000,"projectsProjectView":2}`))
	}
	b.ReportMetric(float64(2*b.N)/b.Elapsed().Seconds(), "req/s")
}
