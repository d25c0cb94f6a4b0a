package provider

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// readBackProxy serves a mock PSA and refuses, once, the first read of
// entity read (a GET or a query, however the client reads) after a write
// of entity wrote: the read-back of a create.
type readBackProxy struct {
	wrote, read string
	mu          sync.Mutex
	written     bool
	refused     int
}

func (p *readBackProxy) handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := strings.ToLower(r.URL.Path)
		p.mu.Lock()
		refuse := p.written && p.refused == 0 && strings.Contains(path, "/"+p.read)
		if refuse {
			p.refused++
		}
		p.mu.Unlock()
		if refuse {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"errors":["read-back refused"]}`))
			return
		}
		next.ServeHTTP(w, r)
		if r.Method != http.MethodGet && strings.HasSuffix(path, "/"+p.wrote) {
			p.mu.Lock()
			p.written = true // a POST, PATCH or PUT of the entity itself (not a query) was answered
			p.mu.Unlock()
		}
	})
}

// onlyID is the ID of the one object of entity whose field is value
// (case-insensitively), listing every object.
func onlyID(t *testing.T, ten *mockpsa.Tenant, entity, field, value string) string {
	t.Helper()
	all, err := ten.List(entity)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, o := range all {
		if strings.EqualFold(fmt.Sprint(o[field]), value) {
			ids = append(ids, fmt.Sprint(o["id"]))
		}
	}
	if len(ids) != 1 {
		t.Fatalf("%s with %s %q: %v, want one", entity, field, value, ids)
	}
	return ids[0]
}

// A create whose write lands but whose read-back fails does not fail the
// apply: the object exists, so state records it as planned under its ID
// (with a warning), and the next plan reads it and finds nothing to do.
// An error would taint it, and the replacement would then find its own
// name taken (or destroy what was just made); the protected-data access
// even kept an empty ID that failed every later run.
func TestAccReadBackFailsKeepsID(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, address, config string
		wrote, read           string
		entity, field, value  string // the object in the PSA
	}{
		{
			name: "security level", address: "autotask_security_level.ops", wrote: "securitylevels", read: "securitylevels",
			config: oneLevel, entity: "SecurityLevels", field: "name", value: "Visible Ops",
		},
		{
			name: "API user", address: "autotask_api_user.sync", wrote: "apiusers", read: "apiusers",
			entity: "ApiUsers", field: "userName", value: "sync@acme.example.com", config: oneAPIUser,
		},
		{
			name: "portal level", address: "autotask_client_portal_security_level.staff", wrote: "clientportalsecuritylevels",
			read: "clientportalsecuritylevels", entity: "ClientPortalSecurityLevels", field: "name", value: "Customer Staff", config: onePortalLevel,
		},
		{
			name: "portal user", address: "autotask_client_portal_user.peter", wrote: "clientportalusers", read: "clientportalusers",
			entity: "ClientPortalUsers", field: "userName", value: "peter.quinn@northwind.example.org", config: `
data "autotask_contact" "peter" {
  email_address = "peter.quinn@northwind.example.org"
}
resource "autotask_client_portal_user" "peter" {
  contact_id        = data.autotask_contact.peter.id
  user_name         = "peter.quinn@northwind.example.org"
  password_wo       = "Good-Pass-1"
  security_level_id = 1
}`,
		},
		{
			name: "user-defined field", address: "autotask_user_defined_field.tier", wrote: "userdefinedfielddefinitions",
			read: "userdefinedfielddefinitions", entity: "UserDefinedFieldDefinitions", field: "name", value: "Support Tier", config: `
resource "autotask_user_defined_field" "tier" {
  name      = "Support Tier"
  udf_type  = "organization"
  data_type = "text"
}`,
		},
		{
			name: "protected data access", address: "autotask_protected_data_access.g", wrote: "protecteddatapermissions", read: "resources",
			config: grantConfig(`user_name = "jdoe"`, "view_protected = true"), entity: "Resources", field: "userName", value: "jdoe",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			requireAcc(t)
			srv := mockpsa.New(mockpsa.Options{})
			ten, err := srv.CreateTenant(mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo})
			if err != nil {
				t.Fatal(err)
			}
			proxy := &readBackProxy{wrote: tc.wrote, read: tc.read}
			ts := httptest.NewServer(proxy.handler(srv))
			t.Cleanup(ts.Close)
			creds := ten.Credentials(ts.URL)
			// state holds the one object of the PSA, under its ID
			inState := func(s *terraform.State) error {
				if proxy.refused != 1 {
					return fmt.Errorf("the read-back was refused %d times, want 1", proxy.refused)
				}
				rs, ok := s.RootModule().Resources[tc.address]
				if !ok {
					return fmt.Errorf("%s is not in state", tc.address)
				}
				if id := onlyID(t, ten, tc.entity, tc.field, tc.value); rs.Primary.ID != id {
					return fmt.Errorf("%s holds ID %q, the PSA's object is %s", tc.address, rs.Primary.ID, id)
				}
				return nil
			}
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: factoriesWith(creds),
				Steps: []resource.TestStep{
					{Config: tc.config, Check: inState},
					{
						Config:           tc.config,
						ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
						Check:            inState,
					},
				},
			})
		})
	}
}

// The read-back's errors become one warning naming the object and the
// failure; its warnings pass; finding nothing is an error.
func TestReadBackAfterCreate(t *testing.T) {
	var diags diag.Diagnostics
	readBackAfterCreate(&diags, "security level 1003", func(d *diag.Diagnostics) bool {
		d.AddWarning("usage", "half the hourly budget is used")
		d.AddError("Could not read security level 1003", "Autotask answered: The service is temporarily unavailable.")
		return true
	})
	if diags.HasError() || len(diags) != 2 {
		t.Fatalf("want two warnings, got %v", diags)
	}
	w := diags[1]
	if w.Summary() != "Created security level 1003, but could not read it back" ||
		!strings.Contains(w.Detail(), "Could not read security level 1003: Autotask answered: The service is temporarily unavailable.") ||
		!strings.Contains(w.Detail(), "the next plan or refresh reads it") {
		t.Errorf("warning: %q: %q", w.Summary(), w.Detail())
	}

	diags = nil
	readBackAfterCreate(&diags, "API user 7", func(*diag.Diagnostics) bool { return false })
	if !diags.HasError() || diags[0].Summary() != "Created object vanished" || !strings.Contains(diags[0].Detail(), "API user 7 was written") {
		t.Errorf("want the vanished error, got %v", diags)
	}

	diags = nil
	readBackAfterCreate(&diags, "API user 7", func(*diag.Diagnostics) bool { return true })
	if len(diags) != 0 {
		t.Errorf("a read-back that works adds nothing, got %v", diags)
	}
}
