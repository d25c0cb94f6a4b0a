package provider

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// testPSA is an in-process mock PSA on a loopback port, with one tenant
// whose API user the provider runs as (credentials through AUTOTASK_*).
type testPSA struct {
	URL    string
	Server *mockpsa.Server
	Tenant *mockpsa.Tenant
	Creds  mockpsa.Credentials
}

func newTestPSA(t *testing.T, seed mockpsa.Seed) *testPSA {
	t.Helper()
	return newTestPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: seed})
}

// newTestPSAWith is newTestPSA for a tenant of any spec, with server
// options (a request logger, …) when given.
func newTestPSAWith(t *testing.T, spec mockpsa.TenantSpec, opts ...mockpsa.Options) *testPSA {
	t.Helper()
	psa := startTestPSA(t, spec, opts...)
	t.Setenv(EnvBaseURL, psa.Creds.BaseURL)
	t.Setenv(EnvUsername, psa.Creds.Username)
	t.Setenv(EnvSecret, psa.Creds.Secret)
	t.Setenv(EnvIntegrationCode, psa.Creds.IntegrationCode)
	return psa
}

// newParallelPSA marks t parallel and starts a mock PSA with one tenant
// whose credentials reach the provider through psa.factories() (in-process)
// or psa.env() (a terraform subprocess), never the process environment.
func newParallelPSA(t *testing.T, seed mockpsa.Seed) *testPSA {
	t.Helper()
	return newParallelPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: seed})
}

// newParallelPSAWith is newParallelPSA for a tenant of any spec.
func newParallelPSAWith(t *testing.T, spec mockpsa.TenantSpec, opts ...mockpsa.Options) *testPSA {
	t.Helper()
	t.Parallel()
	return startTestPSA(t, spec, opts...)
}

// factories runs the provider in-process with this PSA's credentials.
func (p *testPSA) factories() map[string]func() (tfprotov6.ProviderServer, error) {
	return factoriesWith(p.Creds)
}

// env is this PSA's credentials as AUTOTASK_* environment entries, for a
// terraform subprocess.
func (p *testPSA) env() []string {
	return []string{
		EnvBaseURL + "=" + p.Creds.BaseURL,
		EnvUsername + "=" + p.Creds.Username,
		EnvSecret + "=" + p.Creds.Secret,
		EnvIntegrationCode + "=" + p.Creds.IntegrationCode,
	}
}

// setCredential changes the credential that the environment variable env
// would carry, for this PSA's factories, cli and env.
func (p *testPSA) setCredential(t *testing.T, env, value string) {
	t.Helper()
	switch env {
	case EnvBaseURL:
		p.Creds.BaseURL = value
	case EnvUsername:
		p.Creds.Username = value
	case EnvSecret:
		p.Creds.Secret = value
	case EnvIntegrationCode:
		p.Creds.IntegrationCode = value
	default:
		t.Fatalf("%s is not a credential", env)
	}
}

// startTestPSA starts a mock PSA with one tenant and leaves the
// environment alone (for parallel tests that pass credentials themselves).
func startTestPSA(t *testing.T, spec mockpsa.TenantSpec, opts ...mockpsa.Options) *testPSA {
	t.Helper()
	requireAcc(t)
	var o mockpsa.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	run, err := mockpsa.Start("127.0.0.1:0", o)
	if err != nil {
		t.Fatalf("start mock PSA: %v", err)
	}
	t.Cleanup(func() { _ = run.Close() })
	ten, err := run.Server.CreateTenant(spec)
	if err != nil {
		t.Fatalf("create tenant: %v", err)
	}
	creds := ten.Credentials(run.URL)
	return &testPSA{URL: run.URL, Server: run.Server, Tenant: ten, Creds: creds}
}

// wirePicklist is the wire value of an access or choice permission.
func wirePicklist(t *testing.T, k catalog.Key, v catalog.Value) int64 {
	t.Helper()
	p, ok := catalog.PermissionByKey(k)
	if !ok {
		t.Fatalf("no permission %s", k)
	}
	o, ok := p.Option(v)
	if !ok {
		t.Fatalf("%s has no option %s", k, v)
	}
	return int64(o.ID)
}

func wireField(t *testing.T, k catalog.Key) string {
	t.Helper()
	p, ok := catalog.PermissionByKey(k)
	if !ok {
		t.Fatalf("no permission %s", k)
	}
	return p.Field
}

// captureID stores the ID of a resource in state into *id.
func captureID(addr string, id *int64) func(*terraform.State) error {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[addr]
		if !ok {
			return fmt.Errorf("%s not in state", addr)
		}
		n, err := strconv.ParseInt(rs.Primary.ID, 10, 64)
		if err != nil {
			return fmt.Errorf("%s id %q: %w", addr, rs.Primary.ID, err)
		}
		*id = n
		return nil
	}
}

// requireAcc fails a test that needs the terraform CLI when TF_ACC is not
// set. Acceptance tests here never skip: they run on the in-process mock
// PSA, so a skip would only hide a test from CI.
func requireAcc(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		t.Fatal("TF_ACC must be set for acceptance tests: run `make test` (or TF_ACC=1 go test ...)")
	}
}
