package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// adoption is one resource type's row of the adoption test: what an
// administrator set up by hand in the web UI, and the import IDs (natural
// keys wherever the resource has one) that adopt it.
type adoption struct {
	resourceType string
	// entities are listed before and after the apply: adopting changes
	// nothing in the PSA.
	entities []string
	// setup creates the objects out of band and returns the import ID of
	// each, by the resource name the import block gives it.
	setup func(t *testing.T, ten *mockpsa.Tenant) map[string]string
	// generated must appear in the generated configuration (regular
	// expressions), so the test knows it adopted what setup made.
	generated []string
	// findings must appear in the import plan: the plan-time checks run on
	// what is adopted (step 6 of the adoption guide).
	findings []string
}

// mustCreate creates an object out of band (as an administrator in the
// web UI) and returns its ID.
func mustCreate(t *testing.T, ten *mockpsa.Tenant, entity string, fields map[string]any) int64 {
	t.Helper()
	id, err := ten.Create(entity, fields)
	if err != nil {
		t.Fatalf("create %s out of band: %v", entity, err)
	}
	return id
}

// handMadeCustomer is a Taskfire customer with one contact.
func handMadeCustomer(t *testing.T, ten *mockpsa.Tenant) (contact int64) {
	t.Helper()
	company := mustCreate(t, ten, "Companies", map[string]any{"companyName": "Summit Accounting", "companyType": 1, "isActive": true, "isTaskFireActive": true})
	return mustCreate(t, ten, "Contacts", map[string]any{"companyID": company, "firstName": "George", "lastName": "Hart",
		"emailAddress": "george.hart@summit.example.org", "isActive": 1})
}

var adoptions = []adoption{
	{
		resourceType: "autotask_security_level",
		entities:     []string{"SecurityLevels"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			mustCreate(t, ten, "SecurityLevels", map[string]any{
				"name": "Hand-made Helpdesk", "description": "Made in the web UI years ago.",
				"copiedFromSecurityLevelID":          int64(catalog.ServiceDeskUser),
				wireField(t, catalog.KeyProjectView): wirePicklist(t, catalog.KeyProjectView, catalog.All),
				wireField(t, catalog.KeyTemplateAdd): false,
			})
			mustCreate(t, ten, "SecurityLevels", map[string]any{
				"name": "Customer IT (co-managed)", "copiedFromSecurityLevelID": int64(catalog.CoManagedHelpDesk),
				wireField(t, catalog.KeyManageResources): true,
			})
			mustCreate(t, ten, "SecurityLevels", map[string]any{
				"name": "Old Integration Level", "copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts), "isActive": false,
			})
			return map[string]string{"helpdesk": "Hand-made Helpdesk", "old_integration": "old integration level", "co_managed": "Customer IT (co-managed)"}
		},
		generated: []string{`copy_from\s*=\s*"Service Desk User"`, `project_view\s*=\s*"All"`, `template_add\s*=\s*"false"`, `manage_resources\s*=\s*"true"`, `active\s*=\s*false`},
		findings:  []string{`Warning: AT304: `},
	},
	{
		resourceType: "autotask_api_user",
		entities:     []string{"ApiUsers", "SecurityLevels"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			lvl := mustCreate(t, ten, "SecurityLevels", map[string]any{"name": "API - Backup Reports", "copiedFromSecurityLevelID": int64(catalog.APIUserNoCosts)})
			mustCreate(t, ten, "ApiUsers", map[string]any{"userName": "backup-reports@acme.example.com", "firstName": "Backup", "lastName": "Reports",
				"email": "ops@acme.example.com", "securityLevelID": lvl, "internalIntegrationName": "Backup Reports", "secret": "Hand-Made-Secret-1"})
			mustCreate(t, ten, "ApiUsers", map[string]any{"userName": "rewst@acme.example.com", "firstName": "Rewst", "lastName": "Automation",
				"securityLevelID": int64(catalog.APIUser), "integrationVendor": "Rewst", "secret": "Hand-Made-Secret-2"})
			return map[string]string{"backup_reports": "backup-reports@acme.example.com", "rewst": "REWST@acme.example.com"}
		},
		generated: []string{`internal_name\s*=\s*"Backup Reports"`, `vendor\s*=\s*"rewst"`, `secret_wo\s*=\s*null`},
	},
	{
		resourceType: "autotask_client_portal_security_level",
		entities:     []string{"ClientPortalSecurityLevels"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			mustCreate(t, ten, "ClientPortalSecurityLevels", map[string]any{"name": "Customer Finance", "type": 1,
				"description": "Bookkeepers: invoices and quotes.",
				portalField(t, catalog.PortalKeyFinancials): true, portalField(t, catalog.PortalKeyQuotes): true})
			mustCreate(t, ten, "ClientPortalSecurityLevels", map[string]any{"name": "Customer IT", "type": 2,
				portalField(t, catalog.PortalKeyCreateTickets): true, portalField(t, catalog.PortalKeyTaskfireSetup): true,
				portalField(t, catalog.PortalKeyManageLogins): true})
			return map[string]string{"finance": "Customer Finance", "customer_it": "Customer IT", "manager": "client portal manager"}
		},
		generated: []string{`view_financials\s*=\s*"true"`, `type\s*=\s*"taskfire"`, `taskfire_setup\s*=\s*"true"`, `name\s*=\s*"Client Portal Manager"`},
		findings:  []string{`Warning: AT306: `},
	},
	{
		resourceType: "autotask_client_portal_user",
		entities:     []string{"ClientPortalUsers"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			contact := handMadeCustomer(t, ten)
			mustCreate(t, ten, "ClientPortalUsers", map[string]any{"contactID": contact, "userName": "george.hart@summit.example.org",
				"password": "Hand-made-1", "securityLevel": int64(catalog.PortalTaskfireAdministrator), "dateFormat": 2})
			return map[string]string{"summit_it_lead": "george.hart@summit.example.org"}
		},
		generated: []string{`date_format\s*=\s*"dd/MM/yyyy"`, `security_level_id\s*=\s*` + strconv.Itoa(int(catalog.PortalTaskfireAdministrator)) + `\b`, `password_wo\s*=\s*null`},
	},
	{
		resourceType: "autotask_user_defined_field",
		entities:     []string{"UserDefinedFieldDefinitions", "UserDefinedFieldListItems"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			mustCreate(t, ten, "UserDefinedFieldDefinitions", map[string]any{"name": "Local Admin Password", "udfType": 4, "dataType": 1,
				"isProtected": true, "isEncrypted": true, "description": "Local administrator password."})
			list := mustCreate(t, ten, "UserDefinedFieldDefinitions", map[string]any{"name": "Backup Plan", "udfType": 1, "dataType": 4})
			for _, it := range []map[string]any{
				{"valueForDisplay": "Gold", "valueForExport": "BKP-GOLD", "isActive": true},
				{"valueForDisplay": "Silver", "valueForExport": "Silver", "isActive": true},
				{"valueForDisplay": "Bronze", "valueForExport": "BKP-BRONZE", "isActive": false},
			} {
				it["udfFieldId"] = list
				mustCreate(t, ten, "UserDefinedFieldListItems", it)
			}
			return map[string]string{"local_admin_password": "device/Local Admin Password", "backup_plan": "organization/backup plan"}
		},
		generated: []string{`encrypted\s*=\s*true`, `export_value\s*=\s*"BKP-GOLD"`, `value\s*=\s*"Silver"`},
	},
	{
		resourceType: "autotask_protected_data_access",
		entities:     []string{"ProtectedDataPermissions"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			jdoe := mustCreate(t, ten, "Resources", map[string]any{"firstName": "Jane", "lastName": "Doe", "userName": "jdoe",
				"email": "jdoe@acme.example.com", "userType": int64(catalog.ServiceDeskUser), "resourceType": "Employee", "isActive": true})
			if err := ten.Patch("ProtectedDataPermissions", jdoe, map[string]any{"canViewProtectedData": true}); err != nil {
				t.Fatal(err)
			}
			return map[string]string{"jdoe": "jdoe", "terraform": strconv.FormatInt(ten.IdentityResourceID(), 10)}
		},
		generated: []string{`view_protected\s*=\s*true`, `user_name\s*=\s*"jdoe"`},
	},
	{
		resourceType: "autotask_security_settings",
		entities:     []string{"SecuritySettings"},
		setup: func(t *testing.T, ten *mockpsa.Tenant) map[string]string {
			if err := ten.Patch("SecuritySettings", 1, map[string]any{"passwordMinimumLength": 12, "lockoutReleaseMode": 2, "lockoutEnabled": false,
				"securityEventRecipients": []any{"soc@acme.example.com", "it@acme.example.com"}}); err != nil {
				t.Fatal(err)
			}
			return map[string]string{"site": strconv.Itoa(ten.CI())}
		},
		generated: []string{`password_minimum_length\s*=\s*12`, `"soc@acme.example.com"`, `lockout_enabled\s*=\s*false`},
		findings:  []string{`Warning: AT407: `},
	},
}

// TestAccAdoption_generateConfigPlansClean adopts a tenant configured by
// hand, one resource type at a time, as the adoption guide describes:
// import blocks by natural key, `terraform plan -generate-config-out`,
// apply (imports only), and then a plan with no changes. Nothing in the
// PSA changes along the way.
func TestAccAdoption_generateConfigPlansClean(t *testing.T) {
	t.Parallel()
	for _, a := range adoptions {
		t.Run(a.resourceType, func(t *testing.T) {
			psa := newParallelPSA(t, mockpsa.SeedEmpty)
			ids := a.setup(t, psa.Tenant)
			tf := newRealTerraform(t, psa.env()...)
			names := make([]string, 0, len(ids))
			for n := range ids {
				names = append(names, n)
			}
			sort.Strings(names)
			var cfg strings.Builder
			cfg.WriteString("provider \"autotask\" {}\n")
			for _, n := range names {
				fmt.Fprintf(&cfg, "\nimport {\n  to = %s.%s\n  id = %q\n}\n", a.resourceType, n, ids[n])
			}
			tf.Write(cfg.String())

			out := tf.Must(nil, "plan", "-input=false", "-no-color", "-generate-config-out=generated.tf")
			if !strings.Contains(out, fmt.Sprintf("%d to import, 0 to add, 0 to change, 0 to destroy", len(ids))) {
				t.Errorf("the import plan is not imports only:\n%s", out)
			}
			for _, re := range a.findings {
				if !regexp.MustCompile(re).MatchString(out) {
					t.Errorf("the import plan does not report %s:\n%s", re, out)
				}
			}
			b, err := os.ReadFile(filepath.Join(tf.Dir, "generated.tf"))
			if err != nil {
				t.Fatal(err)
			}
			generated := string(b)
			for _, n := range names {
				if !strings.Contains(generated, fmt.Sprintf("resource %q %q", a.resourceType, n)) {
					t.Errorf("no configuration generated for %s.%s:\n%s", a.resourceType, n, generated)
				}
			}
			for _, re := range a.generated {
				if !regexp.MustCompile(re).MatchString(generated) {
					t.Errorf("generated configuration lacks %s:\n%s", re, generated)
				}
			}
			before := snapshot(t, psa.Tenant, a.entities)

			out = tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
			if !strings.Contains(out, fmt.Sprintf("Resources: %d imported, 0 added, 0 changed, 0 destroyed", len(ids))) {
				t.Errorf("the adopting apply did more than import:\n%s", out)
			}
			if out, err := tf.Run(nil, "plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
				t.Errorf("the generated configuration does not plan clean (%v):\n%s\n--- generated.tf:\n%s", err, out, generated)
			}
			if after := snapshot(t, psa.Tenant, a.entities); !reflect.DeepEqual(before, after) {
				t.Errorf("adopting changed the PSA:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// snapshot lists every object of the entities.
func snapshot(t *testing.T, ten *mockpsa.Tenant, entities []string) map[string][]map[string]any {
	t.Helper()
	out := map[string][]map[string]any{}
	for _, e := range entities {
		all, err := ten.List(e)
		if err != nil {
			t.Fatal(err)
		}
		out[e] = all
	}
	return out
}
