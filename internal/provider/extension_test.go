package provider

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	tfresource "github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Every resource, data source and function the provider registers has
// exactly one row in objectSupports, so that the error a PSA without the
// extension gets, and the README's table, name every object.
func TestObjectSupportListsEveryObject(t *testing.T) {
	ctx := context.Background()
	p := New("test")().(*AutotaskProvider)
	var objects []string
	for _, f := range p.Resources(ctx) {
		var resp resource.MetadataResponse
		f().Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "autotask"}, &resp)
		objects = append(objects, "resource "+resp.TypeName)
	}
	for _, f := range p.DataSources(ctx) {
		var resp datasource.MetadataResponse
		f().Metadata(ctx, datasource.MetadataRequest{ProviderTypeName: "autotask"}, &resp)
		objects = append(objects, "data source "+resp.TypeName)
	}
	for _, f := range p.Functions(ctx) {
		var resp function.MetadataResponse
		f().Metadata(ctx, function.MetadataRequest{}, &resp)
		objects = append(objects, "function "+resp.Name)
	}
	listed := map[string]int{}
	for _, o := range objectSupports {
		listed[o.object]++
		if o.uses == "" {
			t.Errorf("%s does not say what it uses", o.object)
		}
	}
	for _, o := range objects {
		switch listed[o] {
		case 0:
			t.Errorf("%s has no row in objectSupports", o)
		case 1:
		default:
			t.Errorf("%s has %d rows in objectSupports", o, listed[o])
		}
		delete(listed, o)
	}
	for name := range listed {
		t.Errorf("%s is in objectSupports but not registered", name)
	}
	if len(extensionObjects) == 0 || len(extensionFreeObjects) == 0 {
		t.Errorf("extension objects %v, extension-free objects %v", extensionObjects, extensionFreeObjects)
	}
}

// The table "On a real Autotask tenant today" of the README and of the
// docs' index page is objectSupports, rendered: they never disagree.
func TestReadmeRealTenantTable(t *testing.T) {
	want := realTenantTable()
	for _, file := range []string{"../../README.md", "../../templates/index.md.tmpl"} {
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(text), "## On a real Autotask tenant today\n") {
			t.Errorf(`%s has no section "## On a real Autotask tenant today"`, file)
		}
		if !strings.Contains(string(text), want) {
			t.Errorf("%s: the table of what works on a real tenant differs from objectSupports (extension.go); put this in its place:\n\n%s", file, want)
		}
	}
}

// A PSA without the security-administration extension gets one error for a
// plan of every object that needs it, naming them all; objects of the
// documented entities (user-defined fields, portal users) are planned,
// created and destroyed as usual there.
func TestAccProvider_extensionNotServedEveryObject(t *testing.T) {
	requireAcc(t)
	psa := newParallelPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo, WithoutExtension: true})
	contact := contactOf(t, psa, "Quinn")
	documented := fmt.Sprintf(`
resource "autotask_user_defined_field" "tier" {
  name      = "Support Tier"
  udf_type  = "organization"
  data_type = "text"
}

resource "autotask_client_portal_user" "peter" {
  contact_id        = %d
  user_name         = "peter.quinn@northwind.example.org"
  password_wo       = "Good-Pass-1"
  security_level_id = 1
}
`, contact)
	every := documented + withLevelIDs(`
resource "autotask_security_level" "ops" {
  name      = "Ops"
  copy_from = "Service Desk User"
}

resource "autotask_api_user" "sync" {
  user_name         = "sync@acme.example.com"
  first_name        = "Sync"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Sync" }
}

resource "autotask_api_user" "backup" {
  user_name         = "backup@acme.example.com"
  first_name        = "Backup"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Backup" }
}

resource "autotask_client_portal_security_level" "staff" {
  name = "Customer Staff"
  type = "client_portal"
}

resource "autotask_protected_data_access" "jdoe" {
  user_name      = "jdoe"
  view_protected = true
}

resource "autotask_security_settings" "site" {
  two_factor_required = true
}
`)
	phrases := []string{`Error: This Autotask database does not serve the security-administration extension`,
		`These objects need the extension: ` + strings.Join(extensionObjects, ", ") + `.`,
		`These work without it: ` + strings.Join(extensionFreeObjects, ", ") + `.`}
	want := wordsRE(phrases...)
	failed := 0
	tfresource.Test(t, tfresource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		ErrorCheck: func(err error) error {
			failed++
			out := err.Error()
			if n := strings.Count(out, "Error: "); n != 1 || !want.MatchString(out) {
				return fmt.Errorf("want exactly one error matching %s, got %d:\n%s", want, n, out)
			}
			return nil
		},
		CheckDestroy: func(*terraform.State) error {
			u, ok := psa.Tenant.Get("ClientPortalUsers", portalUserOf(t, psa, contact))
			if !ok || u["isClientPortalActive"] != false {
				return fmt.Errorf("the portal login is not deactivated: %v", u)
			}
			return nil
		},
		Steps: []tfresource.TestStep{
			{ // fails: ErrorCheck wants exactly that one error
				Config:   every,
				PlanOnly: true,
			},
			{ // the documented entities work without the extension
				Config: documented,
				Check: func(*terraform.State) error {
					if portalUserOf(t, psa, contact) == 0 {
						return fmt.Errorf("no portal login created")
					}
					return nil
				},
			},
		},
	})
	if failed != 1 {
		t.Errorf("%d steps failed, want the first", failed)
	}
}

// portalUserOf is the ID of a contact's portal login, or 0.
func portalUserOf(t *testing.T, psa *testPSA, contact int64) int64 {
	t.Helper()
	all, err := psa.Tenant.List("ClientPortalUsers")
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range all {
		if u["contactID"] == contact {
			return u["id"].(int64)
		}
	}
	return 0
}
