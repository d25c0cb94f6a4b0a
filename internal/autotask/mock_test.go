package autotask

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

var tenantSeq atomic.Int64

// mockEnv is a mock PSA on loopback with one tenant and a client for it.
type mockEnv struct {
	srv *mockpsa.Server
	ts  *httptest.Server
	ten *mockpsa.Tenant
	c   *Client
	log *captureLogger
	cfg Config
}

func newMockEnv(t testing.TB, seed mockpsa.Seed, opts mockpsa.Options, tune func(*Config)) *mockEnv {
	t.Helper()
	srv := mockpsa.New(opts)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	name := fmt.Sprintf("t%d", tenantSeq.Add(1))
	ten, err := srv.CreateTenant(mockpsa.TenantSpec{Name: name, Zone: "webservices3", Seed: seed})
	if err != nil {
		t.Fatalf("CreateTenant: %v", err)
	}
	creds := ten.Credentials(ts.URL)
	log := &captureLogger{}
	cfg := Config{
		BaseURL: creds.BaseURL, Username: creds.Username, Secret: creds.Secret, IntegrationCode: creds.IntegrationCode,
		Version: "test", Logger: log,
		RetryMax: 4, RetryWaitMin: time.Millisecond, RetryWaitMax: 5 * time.Millisecond, RetryAfterMax: 20 * time.Millisecond,
	}
	if tune != nil {
		tune(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &mockEnv{srv: srv, ts: ts, ten: ten, c: c, log: log, cfg: cfg}
}

func TestMockSecurityLevelLifecycle(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	ctx := context.Background()
	levels := env.c.SecurityLevels()

	sys, err := levels.Get(ctx, int64(catalog.APIUser))
	if err != nil {
		t.Fatal(err)
	}
	apiLevel, _ := catalog.SystemLevelByID(catalog.APIUser)
	if d := sys.Permissions.Diff(apiLevel.Defaults()); len(d) > 0 {
		t.Errorf("system level API User differs from the catalogue on %v", d)
	}
	if sys.IsSystem == nil || !*sys.IsSystem {
		t.Error("API User not marked as system")
	}

	want := catalog.Settings{catalog.KeyProjectView: catalog.None, catalog.KeyCompaniesView: catalog.All}
	id, err := levels.Create(ctx, &SecurityLevel{
		Name: String("Rewst Integration"), Description: String("least privilege"), IsActive: Bool(true),
		CopiedFromSecurityLevelID: Int64(int64(catalog.APIUserNoCosts)), Permissions: want,
	}, CreateOptions{NaturalKey: Eq("name", "Rewst Integration")})
	if err != nil {
		t.Fatal(err)
	}
	if catalog.IsSystemLevelID(id) || id <= 0 {
		t.Errorf("custom level id %d", id)
	}
	got, err := levels.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := catalog.SystemLevelByID(catalog.APIUserNoCosts)
	if d := got.Permissions.Diff(base.Defaults().Apply(want)); len(d) > 0 {
		t.Errorf("created level differs on %v", d)
	}
	lic, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	if got.LicenseType == nil || *got.LicenseType != lic.ID {
		t.Errorf("licenseType %v, want %d", got.LicenseType, lic.ID)
	}

	// Partial update: one permission, everything else untouched.
	if err := levels.Update(ctx, &SecurityLevel{ID: id, Permissions: catalog.Settings{catalog.KeyProjectView: catalog.All}}); err != nil {
		t.Fatal(err)
	}
	after, err := levels.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d := after.Permissions.Diff(got.Permissions); len(d) != 1 || d[0] != catalog.KeyProjectView {
		t.Errorf("partial update changed %v", d)
	}
	if *after.Name != "Rewst Integration" || *after.Description != "least privilege" {
		t.Errorf("plain fields changed: %+v", after)
	}

	// Query, count, GET-form.
	found, err := Query(ctx, levels, Eq("name", "rewst integration"))
	if err != nil || len(found) != 1 || found[0].ID != id {
		t.Fatalf("query: %v %v", found, err)
	}
	n, err := levels.Count(ctx, Eq("isSystem", false))
	if err != nil || n != 1 {
		t.Errorf("count %d %v", n, err)
	}
	env.ten.ResetCounters()
	viaGET, err := levels.Query(ctx, QueryOptions{Filter: []Filter{Eq("name", "Rewst Integration")}, UseGET: true})
	if err != nil || len(viaGET) != 1 || viaGET[0].ID != id {
		t.Errorf("GET-form query: %v %v", viaGET, err)
	}
	if m := env.ten.Counters().ByMethod; m["GET"] != 1 || m["POST"] != 0 {
		t.Errorf("GET-form query used %v", m)
	}
	all, err := Query(ctx, levels)
	if err != nil || len(all) != len(catalog.SystemLevels())+1 {
		t.Errorf("all levels: %d %v", len(all), err)
	}

	// Errors the provider acts on.
	err = levels.Update(ctx, &SecurityLevel{ID: int64(catalog.APIUser), Description: String("x")})
	if !IsValidation(err) {
		t.Errorf("updating a system level: %v", err)
	}
	_, err = levels.Create(ctx, &SecurityLevel{Name: String("Dash"), CopiedFromSecurityLevelID: Int64(int64(catalog.DashboardUser))}, CreateOptions{})
	if !IsValidation(err) {
		t.Errorf("copying Dashboard User: %v", err)
	}
	_, err = levels.Create(ctx, &SecurityLevel{Name: String("REWST INTEGRATION"), CopiedFromSecurityLevelID: Int64(int64(catalog.APIUser))}, CreateOptions{})
	if !IsValidation(err) {
		t.Errorf("duplicate name: %v", err)
	}

	if err := levels.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := levels.Get(ctx, id); !IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
	if _, ok := env.ten.Get(EntitySecurityLevels, id); ok {
		t.Error("level still in the mock")
	}
}

func TestMockEntities(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, nil)
	ctx := context.Background()
	c := env.c

	// API user: created with a secret, visible in Resources.
	uid, err := c.APIUsers().Create(ctx, &APIUser{
		UserName: String("rewst@example.com"), FirstName: String("Rewst"), LastName: String("Integration"),
		Email: String("rewst@example.com"), SecurityLevelID: Int64(int64(catalog.APIUser)),
		Secret: String("Rewst-Secret-123"),
	}, CreateOptions{NaturalKey: Eq("userName", "rewst@example.com")})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Resources().Get(ctx, uid)
	if err != nil {
		t.Fatal(err)
	}
	lic, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	if res.LicenseType == nil || *res.LicenseType != lic.ID {
		t.Errorf("API user in Resources: %+v", res)
	}
	au, err := c.APIUsers().Get(ctx, uid)
	if err != nil || au.Secret != nil || au.IntegrationCode == nil || len(*au.IntegrationCode) != 27 {
		t.Errorf("API user read back: %+v %v", au, err)
	}
	for _, l := range env.log.all() {
		if strings.Contains(l, "Rewst-Secret-123") || strings.Contains(l, env.cfg.Secret) {
			t.Errorf("secret in log: %s", l)
		}
	}

	// Companies and child contacts.
	cid, err := c.Companies().Create(ctx, &Company{CompanyName: String("Contoso"), CompanyType: Int(1), IsActive: Bool(true)},
		CreateOptions{NaturalKey: Eq("companyName", "Contoso")})
	if err != nil {
		t.Fatal(err)
	}
	ctID, err := c.CompanyContacts(cid).Create(ctx, &Contact{CompanyID: Int64(cid), FirstName: String("Jo"), LastName: String("Doe"),
		EmailAddress: String("jo@contoso.example"), IsActive: ContactActive(true)}, CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	contacts, err := Query(ctx, c.Contacts(), Eq("companyID", cid))
	if err != nil || len(contacts) != 1 || contacts[0].ID != ctID {
		t.Errorf("contacts of the company: %+v %v", contacts, err)
	}

	// Client portal user with a write-only password.
	levelsPortal, err := Query(ctx, c.ClientPortalSecurityLevels())
	if err != nil || len(levelsPortal) < len(catalog.PortalLevels()) {
		t.Fatalf("portal levels: %d %v", len(levelsPortal), err)
	}
	pu, err := c.ClientPortalUsers().Create(ctx, &ClientPortalUser{ContactID: Int64(ctID), UserName: String("jo@contoso.example"),
		Password: String("Portal-Pass-1"), SecurityLevel: Int64(int64(catalog.PortalBasic)), IsClientPortalActive: Bool(true)},
		CreateOptions{NaturalKey: Eq("userName", "jo@contoso.example")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.ClientPortalUsers().Get(ctx, pu)
	if err != nil || got.Password != nil || *got.ContactID != ctID {
		t.Errorf("portal user %+v %v", got, err)
	}

	// Custom portal level.
	plID, err := c.ClientPortalSecurityLevels().Create(ctx, &ClientPortalSecurityLevel{Name: String("Contoso Users"), Type: Int(PortalTypeClientAccess),
		Permissions: catalog.Settings{catalog.PortalKeyCreateTickets: catalog.Yes}}, CreateOptions{NaturalKey: Eq("name", "Contoso Users")})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := c.ClientPortalSecurityLevels().Get(ctx, plID)
	if err != nil || pl.Permissions[catalog.PortalKeyCreateTickets] != catalog.Yes {
		t.Errorf("portal level %+v %v", pl, err)
	}

	// UDF definition.
	udf, err := c.UDFDefinitions().Create(ctx, &UDFDefinition{Name: String("Escalation Code"), UDFType: Int(1), DataType: Int(1), IsProtected: Bool(true)},
		CreateOptions{NaturalKey: Eq("name", "Escalation Code")})
	if err != nil {
		t.Fatal(err)
	}
	if d, err := c.UDFDefinitions().Get(ctx, udf); err != nil || !*d.IsProtected || *d.Name != "Escalation Code" {
		t.Errorf("udf %+v %v", d, err)
	}
	if err := c.UDFDefinitions().Update(ctx, &UDFDefinition{ID: udf, DataType: Int(2)}); !IsValidation(err) {
		t.Errorf("changing a create-only field: %v", err)
	}

	// Protected data permissions of the new API user.
	if err := c.ProtectedDataPermissions().Update(ctx, &ProtectedDataPermission{ID: uid, CanEditProtectedData: Bool(false)}); err != nil {
		t.Fatal(err)
	}
	pdp, err := c.ProtectedDataPermissions().Get(ctx, uid)
	if err != nil || *pdp.CanEditProtectedData || *pdp.ResourceID != uid {
		t.Errorf("protected data %+v %v", pdp, err)
	}

	// Security settings singleton.
	recips := []string{"soc@example.com", "it@example.com"}
	if err := c.SecuritySettings().Update(ctx, &SecuritySettings{ID: SecuritySettingsID, TwoFactorRequired: Bool(true), LockoutThreshold: Int(5),
		SecurityEventRecipients: &recips}); err != nil {
		t.Fatal(err)
	}
	ss, err := c.GetSecuritySettings(ctx)
	if err != nil || !*ss.TwoFactorRequired || *ss.LockoutThreshold != 5 || len(*ss.SecurityEventRecipients) != 2 {
		t.Errorf("security settings %+v %v", ss, err)
	}
	if err := c.SecuritySettings().Update(ctx, &SecuritySettings{ID: SecuritySettingsID, LockoutThreshold: Int(500)}); !IsValidation(err) {
		t.Errorf("lockout threshold 500: %v", err)
	}

	// Entity information, threshold, 405.
	info, err := c.EntityInfo(ctx, EntityClientPortalUsers)
	if err != nil || info.CanDelete || !info.CanCreate {
		t.Errorf("entity info %+v %v", info, err)
	}
	fields, err := c.EntityFields(ctx, EntitySecurityLevels)
	if err != nil {
		t.Fatal(err)
	}
	pv, _ := catalog.PermissionByKey(catalog.KeyProjectView)
	fi, ok := Field(fields, pv.Field)
	if !ok || !fi.IsPickList || len(fi.PicklistValues) != len(pv.Options) {
		t.Errorf("field info %+v", fi)
	}
	for _, v := range fi.PicklistValues {
		id, err := v.ID()
		if _, known := pv.OptionByID(id); err != nil || !known {
			t.Errorf("picklist value %+v", v)
		}
	}
	th, err := c.Threshold(ctx)
	if err != nil || th.CurrentTimeframeRequestCount == 0 || th.ExternalRequestThreshold != 10000 {
		t.Errorf("threshold %+v %v", th, err)
	}
	var ae *APIError
	if err := c.ClientPortalUsers().Delete(ctx, pu); !errors.As(err, &ae) || ae.Status != 405 {
		t.Errorf("delete of a portal user: %v", err)
	}
}

func TestMockFaults(t *testing.T) {
	cases := []struct {
		name  string
		fault mockpsa.Fault
		hits  int64 // requests the tenant counts for the one call
	}{
		{"429 with Retry-After", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 429, RetryAfter: "1", Count: 2}, 3},
		{"429 without Retry-After", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 429, Count: 3}, 4},
		{"500", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Count: 2}, 3},
		{"503", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 503, RetryAfter: "0", Count: 2}, 3},
		{"dropped connection", mockpsa.Fault{Kind: mockpsa.FaultDrop, Count: 2}, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
			ctx := context.Background()
			if _, err := env.c.SecurityLevels().Get(ctx, int64(catalog.SystemAdministrator)); err != nil { // discovery + warm-up
				t.Fatal(err)
			}
			env.ten.ResetCounters()
			f := tc.fault
			f.Entity = EntitySecurityLevels
			if err := env.ten.InjectFault(f); err != nil {
				t.Fatal(err)
			}
			lvl, err := env.c.SecurityLevels().Get(ctx, int64(catalog.Sales))
			if err != nil {
				t.Fatal(err)
			}
			if lvl.Name == nil || *lvl.Name == "" {
				t.Errorf("level %+v", lvl)
			}
			if got := env.ten.Counters().Total; got != tc.hits {
				t.Errorf("tenant counted %d requests, want %d", got, tc.hits)
			}
		})
	}
}

func TestMockCreateFaultsMakeExactlyOneObject(t *testing.T) {
	cases := []struct {
		name  string
		fault mockpsa.Fault
		posts int64
	}{
		{"commit then drop", mockpsa.Fault{Kind: mockpsa.FaultCommitThenDrop, Method: "POST"}, 1},
		{"drop before processing", mockpsa.Fault{Kind: mockpsa.FaultDrop, Method: "POST"}, 2},
		{"503 without errors body", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 503, Method: "POST"}, 2},
		{"429", mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 429, Method: "POST", Count: 2}, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
			ctx := context.Background()
			if _, err := env.c.ZoneURL(ctx); err != nil {
				t.Fatal(err)
			}
			f := tc.fault
			f.Entity = EntitySecurityLevels
			if err := env.ten.InjectFault(f); err != nil {
				t.Fatal(err)
			}
			id, err := env.c.SecurityLevels().Create(ctx, &SecurityLevel{Name: String("Once"), CopiedFromSecurityLevelID: Int64(int64(catalog.APIUser))},
				CreateOptions{NaturalKey: Eq("name", "Once")})
			if err != nil {
				t.Fatal(err)
			}
			levels, err := env.ten.List(EntitySecurityLevels)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, l := range levels {
				if l["name"] == "Once" {
					n++
					if fmt.Sprint(l["id"]) != fmt.Sprint(id) {
						t.Errorf("returned id %d, stored %v", id, l["id"])
					}
				}
			}
			if n != 1 {
				t.Errorf("%d objects named Once, want exactly 1", n)
			}
			if got := env.ten.Counters().ByMethod["POST"]; got < tc.posts {
				t.Errorf("POSTs counted: %d, want at least %d", got, tc.posts)
			}
		})
	}
	t.Run("commit then drop without a natural key", func(t *testing.T) {
		env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
		if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultCommitThenDrop, Method: "POST", Entity: EntitySecurityLevels}); err != nil {
			t.Fatal(err)
		}
		_, err := env.c.SecurityLevels().Create(context.Background(), &SecurityLevel{Name: String("Maybe"), CopiedFromSecurityLevelID: Int64(int64(catalog.APIUser))}, CreateOptions{})
		if !errors.Is(err, ErrCreateOutcomeUnknown) {
			t.Fatalf("got %v", err)
		}
		levels, _ := env.ten.List(EntitySecurityLevels)
		n := 0
		for _, l := range levels {
			if l["name"] == "Maybe" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d objects, want 1 (committed once, never repeated)", n)
		}
	})
}

func TestMockZoneMove(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	ctx := context.Background()
	before, err := env.c.ZoneURL(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.ten.MoveZone("webservices5"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.c.SecurityLevels().Get(ctx, int64(catalog.SystemAdministrator)); err != nil {
		t.Fatalf("after the move: %v", err)
	}
	after, _ := env.c.ZoneURL(ctx)
	if before == after || !strings.Contains(after, "/webservices5/") {
		t.Errorf("zone %s -> %s", before, after)
	}
}

func TestMockWrongSecret(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, func(c *Config) { c.Secret = "wrong-secret-value" })
	_, err := env.c.SecurityLevels().Get(context.Background(), 1)
	if !IsUnauthorized(err) {
		t.Fatalf("got %v", err)
	}
	if strings.Contains(err.Error(), "wrong-secret-value") {
		t.Errorf("secret in error: %v", err)
	}
	env2 := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, func(c *Config) { c.IntegrationCode = "UNKNOWNCODE0000000000000000" })
	_, err = env2.c.SecurityLevels().Get(context.Background(), 1)
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != 500 || IsValidation(err) {
		t.Errorf("unknown integration code: %v", err)
	}
}

func TestMockBudgetSuspension(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{RequestBudget: 10}, nil)
	ctx := context.Background()
	var err error
	for i := 0; i < 11 && err == nil; i++ {
		ids := catalog.SystemLevelIDs()
		_, err = env.c.SecurityLevels().Get(ctx, int64(ids[i%len(ids)]))
	}
	if !IsSuspended(err) || !IsRateLimited(err) || IsUnauthorized(err) {
		t.Fatalf("after the budget: %v", err)
	}
	if got := env.ten.Counters().Suspended; got != 1 {
		t.Errorf("suspended answers %d, want 1 (not retried)", got)
	}
	// The client's own budget stops it before the server has to.
	env2 := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, func(c *Config) { c.RequestBudget = 5 })
	for i := 0; i < 5; i++ {
		if _, err := env2.c.SecurityLevels().Get(ctx, int64(catalog.SystemAdministrator)); err != nil {
			t.Fatal(err)
		}
	}
	_, err = env2.c.SecurityLevels().Get(ctx, int64(catalog.SystemAdministrator))
	var be *BudgetError
	if !errors.As(err, &be) || !IsRateLimited(err) {
		t.Fatalf("client budget: %v", err)
	}
	if got := env2.ten.Counters().Total; got != 5 {
		t.Errorf("server counted %d, want 5", got)
	}
	if w := env2.log.warnings(); len(w) != 2 {
		t.Errorf("usage warnings %v", w)
	}
}

func TestMockThreadLimitTenGoroutines(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	ctx := context.Background()
	if _, err := env.c.ZoneURL(ctx); err != nil {
		t.Fatal(err)
	}
	// Hold every request a little so that they overlap at the server.
	if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultLatency, Latency: 3 * time.Millisecond, Count: 1000}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	maxInFlight := 0
	errs := make(chan error, 100)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				// Counts are never coalesced, so all 50 reach the server.
				if _, err := env.c.SecurityLevels().Count(ctx, Eq("id", g*100+i)); err != nil {
					errs <- err
				}
				if n := env.ten.Counters().InFlight; n > 0 {
					mu.Lock()
					maxInFlight = max(maxInFlight, n)
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	cnt := env.ten.Counters()
	if cnt.TooManyRequests != 0 {
		t.Errorf("server answered 429 %d times: more than 3 requests were in flight", cnt.TooManyRequests)
	}
	if maxInFlight > 3 {
		t.Errorf("observed %d in flight", maxInFlight)
	}
	if cnt.ByEntity[EntitySecurityLevels] != 50 {
		t.Errorf("server counted %d level requests, want 50 (no retries needed)", cnt.ByEntity[EntitySecurityLevels])
	}
}

func TestMockPagedQueryOf5000(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	for i := 0; i < 5000; i++ {
		if _, err := env.ten.Create(EntityCompanies, map[string]any{"companyName": fmt.Sprintf("Company %04d", i), "companyType": 1, "isActive": true}); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	if _, err := env.c.ZoneURL(ctx); err != nil {
		t.Fatal(err)
	}
	env.ten.ResetCounters()
	items, err := Query(ctx, env.c.Companies(), BeginsWith("companyName", "Company "))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 5000 {
		t.Fatalf("%d items, want 5000", len(items))
	}
	ids := map[int64]bool{}
	for _, it := range items {
		ids[it.ID] = true
	}
	if len(ids) != 5000 {
		t.Errorf("%d distinct ids", len(ids))
	}
	if got := env.ten.Counters().Total; got != 10 {
		t.Errorf("%d requests, want 10 pages", got)
	}
	n, err := env.c.Companies().Count(ctx, BeginsWith("companyName", "Company "))
	if err != nil || n != 5000 {
		t.Errorf("count %d %v", n, err)
	}
}

func TestMockZoneURLAsBaseURLThenMove(t *testing.T) {
	var zoneURL string
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, func(c *Config) {
		c.BaseURL = strings.TrimSuffix(c.BaseURL, "/") + "/webservices3/ATServicesRest/"
		zoneURL = c.BaseURL
	})
	ctx := context.Background()
	if _, err := env.c.SecurityLevels().Get(ctx, int64(catalog.SystemAdministrator)); err != nil {
		t.Fatal(err)
	}
	if got, _ := env.c.ZoneURL(ctx); got != zoneURL {
		t.Errorf("zone %s, want the configured %s", got, zoneURL)
	}
	if err := env.ten.MoveZone("webservices7"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.c.SecurityLevels().Get(ctx, int64(catalog.FullAccess)); err != nil {
		t.Fatalf("after the move: %v", err)
	}
	if got, _ := env.c.ZoneURL(ctx); !strings.Contains(got, "/webservices7/") {
		t.Errorf("zone after move %s", got)
	}
}
