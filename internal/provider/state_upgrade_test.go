package provider

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Version 0 of the four resources held as objects what version 1 holds as
// maps of strings. These tests write the state the provider of version 0
// wrote — every permission of a written module an attribute (null when
// unset, a JSON bool for a check box), an empty module an object of nulls,
// integration and list values objects with both keys — and run the real
// terraform against it with the current plugin: the unchanged configuration
// plans no change, and the state, once refreshed, is exactly what the
// current provider writes itself.

// v0Object is a version-0 object of the given attribute names from a
// version-1 map: absent keys are null; bools are JSON bools.
func v0Object(m any, names []string, isBool func(string) bool) any {
	if m == nil {
		return nil
	}
	elems := m.(map[string]any)
	out := make(map[string]any, len(names))
	for _, n := range names {
		v, ok := elems[n]
		switch {
		case !ok || v == nil:
			out[n] = nil
		case isBool(n):
			out[n] = v == "true"
		default:
			out[n] = v
		}
	}
	return out
}

// v0Groups rewrites each group's map of attrs as version 0's object.
func v0Groups(attrs map[string]any, groups []permGroup) {
	for _, g := range groups {
		var names []string
		kinds := map[string]catalog.Kind{}
		for _, p := range g.Perms {
			names = append(names, p.Name)
			kinds[p.Name] = p.Kind
		}
		attrs[g.Name] = v0Object(attrs[g.Name], names, func(n string) bool { return kinds[n] == catalog.KindBool })
	}
}

func noBools(string) bool { return false }

// v0Attributes are the version-0 rewrites of each resource type's state.
var v0Attributes = map[string]func(attrs map[string]any){
	"autotask_security_level":               func(a map[string]any) { v0Groups(a, levelGroups) },
	"autotask_client_portal_security_level": func(a map[string]any) { v0Groups(a, portalOverrideGroups) },
	"autotask_api_user": func(a map[string]any) {
		a[attrIntegration] = v0Object(a[attrIntegration], integrationKeys, noBools)
	},
	"autotask_user_defined_field": func(a map[string]any) {
		if list, ok := a[attrPicklistValues].([]any); ok {
			for i, e := range list {
				list[i] = v0Object(e, picklistKeys, noBools)
			}
		}
	},
}

// tfState is what the tests read of a terraform.tfstate.
type tfState struct {
	raw       map[string]any
	resources []map[string]any
}

func readState(t *testing.T, file string) tfState {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var s tfState
	if err := json.Unmarshal(b, &s.raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range s.raw["resources"].([]any) {
		s.resources = append(s.resources, r.(map[string]any))
	}
	return s
}

// instances calls f with each managed instance's type and instance object.
func (s tfState) instances(f func(typ string, inst map[string]any)) {
	for _, r := range s.resources {
		if r["mode"] != "managed" {
			continue
		}
		for _, inst := range r["instances"].([]any) {
			f(r["type"].(string), inst.(map[string]any))
		}
	}
}

// attributes maps each managed instance's address to its attributes.
func (s tfState) attributes() map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, r := range s.resources {
		if r["mode"] != "managed" {
			continue
		}
		for _, inst := range r["instances"].([]any) {
			out[r["type"].(string)+"."+r["name"].(string)] = inst.(map[string]any)["attributes"].(map[string]any)
		}
	}
	return out
}

// upgradeCases are one configuration per changed resource type: modules
// with check boxes and options, an empty module, whole modules from
// profile_permissions and merge(), both kinds of integration, list values
// with and without export values.
var upgradeCases = []struct{ name, config string }{
	{"security_level", `
locals {
  rewst = provider::autotask::profile_permissions("rewst")
}

resource "autotask_security_level" "tier1" {
  name      = "Service Desk - Tier 1"
  copy_from = "Service Desk User"

  crm = {
    companies_add = false
  }
  projects = {
    project_view    = "All"
    template_add    = false
    render_tasks_as = "Internal"
  }
  documents = {}
}

resource "autotask_security_level" "rewst" {
  name      = "Rewst Automation"
  copy_from = "API User Can't Read Costs"

  crm   = local.rewst.crm
  admin = local.rewst.admin
  other = merge(local.rewst.other, { manage_surveys = true })
}
`},
	{"client_portal_security_level", `
resource "autotask_client_portal_security_level" "staff" {
  name = "Customer staff"
  type = "client_portal"

  tickets = {
    create_service_requests = true
    ticket_visibility       = "All"
  }
  devices = {
    device_access = "View"
  }
}
`},
	{"api_user", `
resource "autotask_api_user" "rewst" {
  user_name         = "rewst@acme.example.com"
  first_name        = "Rewst"
  last_name         = "Integration"
  security_level_id = 25
  integration       = { vendor = "Rewst" }
}

resource "autotask_api_user" "backup" {
  user_name         = "backup@acme.example.com"
  first_name        = "Backup"
  last_name         = "Reports"
  security_level_id = 25
  integration       = { internal_name = "Backup reports" }
}
`},
	{"user_defined_field", `
resource "autotask_user_defined_field" "tier" {
  name      = "Support Tier"
  udf_type  = "organization"
  data_type = "list"
  picklist_values = [
    { value = "Gold", export_value = "AU" },
    { value = "Silver" },
    { value = "Bronze", export_value = "Bronze" },
  ]
}
`},
}

// Existing state upgrades without a diff: for each changed resource, the
// state of schema version 0 plans no change with the current provider, and
// refreshed it is exactly the state the current provider writes.
func TestAccStateUpgradeFromObjects(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	for _, c := range upgradeCases {
		t.Run(c.name, func(t *testing.T) {
			tf := newRealTerraform(t, psa.env()...)
			tf.Write(c.config)
			tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
			file := filepath.Join(tf.Dir, "terraform.tfstate")
			current := readState(t, file)
			want := current.attributes()

			old := readState(t, file)
			old.instances(func(typ string, inst map[string]any) {
				rewrite, ok := v0Attributes[typ]
				if !ok {
					t.Fatalf("no version 0 rewrite for %s", typ)
				}
				if v := inst["schema_version"]; v != float64(1) {
					t.Errorf("%s: schema_version %v, want 1", typ, v)
				}
				inst["schema_version"] = 0
				rewrite(inst["attributes"].(map[string]any))
			})
			b, err := json.MarshalIndent(old.raw, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, file, string(b))

			if out, err := tf.Run(nil, "plan", "-input=false", "-no-color", "-detailed-exitcode"); exitCode(err) != 0 {
				t.Fatalf("plan with version 0 state: exit code %d, want 0 (no changes)\n%s", exitCode(err), out)
			}
			tf.Must(nil, "apply", "-refresh-only", "-input=false", "-no-color", "-auto-approve")
			upgraded := readState(t, file)
			upgraded.instances(func(typ string, inst map[string]any) {
				if v := inst["schema_version"]; v != float64(1) {
					t.Errorf("%s: schema_version %v after the upgrade, want 1", typ, v)
				}
			})
			for addr, attrs := range upgraded.attributes() {
				if !reflect.DeepEqual(attrs, want[addr]) {
					got, _ := json.Marshal(attrs)
					exp, _ := json.Marshal(want[addr])
					t.Errorf("%s upgraded:\n%s\nwant, as the provider writes it:\n%s", addr, got, exp)
				}
			}
			if out, err := tf.Run(nil, "plan", "-input=false", "-no-color", "-detailed-exitcode"); exitCode(err) != 0 {
				t.Errorf("plan after the upgrade: exit code %d, want 0\n%s", exitCode(err), out)
			}
		})
	}
}

// The upgrader itself: a module with check boxes and an option, an empty
// module and an absent one; the attributes it does not convert are copied.
func TestObjectsToMapsUpgrader(t *testing.T) {
	ctx := context.Background()
	r := &SecurityLevelResource{}
	upgrader := r.UpgradeState(ctx)[0]
	prior := tfsdk.State{Schema: *upgrader.PriorSchema}
	typ := prior.Schema.Type().TerraformType(ctx).(tftypes.Object)
	vals := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		vals[name] = tftypes.NewValue(at, nil)
	}
	module := func(name string, set map[string]any) tftypes.Value {
		ot := typ.AttributeTypes[name].(tftypes.Object)
		m := map[string]tftypes.Value{}
		for n, at := range ot.AttributeTypes {
			m[n] = tftypes.NewValue(at, set[n])
		}
		return tftypes.NewValue(ot, m)
	}
	vals["id"] = tftypes.NewValue(tftypes.String, "7")
	vals["crm"] = module("crm", map[string]any{"companies_add": false, "companies_view": "All"})
	vals["documents"] = module("documents", nil)
	prior.Raw = tftypes.NewValue(typ, vals)

	var schemaResp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &schemaResp)
	resp := resource.UpgradeStateResponse{State: tfsdk.State{Schema: schemaResp.Schema}}
	upgrader.StateUpgrader(ctx, resource.UpgradeStateRequest{State: &prior}, &resp)
	if resp.Diagnostics.HasError() {
		t.Fatal(resp.Diagnostics)
	}
	var got map[string]tftypes.Value
	if err := resp.State.Raw.As(&got); err != nil {
		t.Fatal(err)
	}
	strMap := func(m map[string]string) tftypes.Value {
		if m == nil {
			return tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, nil)
		}
		elems := map[string]tftypes.Value{}
		for k, v := range m {
			elems[k] = tftypes.NewValue(tftypes.String, v)
		}
		return tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, elems)
	}
	for name, want := range map[string]tftypes.Value{
		"id":        tftypes.NewValue(tftypes.String, "7"),
		"crm":       strMap(map[string]string{"companies_add": "false", "companies_view": "All"}),
		"documents": strMap(map[string]string{}),
		"projects":  strMap(nil),
	} {
		if !got[name].Equal(want) {
			t.Errorf("%s = %s, want %s", name, got[name], want)
		}
	}
}
