package provider

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The shared lifecycle (lifecycle.go), type by type, called directly on a
// mock PSA: every resource must behave alike, so each test runs over all
// of them.

// lifecycleCase is one resource type and an object of it in the demo PSA.
type lifecycleCase struct {
	name     string
	resource func(*providerData) resource.Resource
	// entity is where the object is read (faults and counters).
	entity string
	// pick finds an object of the type: its ID and its import key ("" when
	// the type is imported otherwise).
	pick func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string)
}

// firstOf returns the first object a query finds.
func firstOf[T any](t *testing.T, found []T, err error) T {
	t.Helper()
	if err != nil || len(found) == 0 {
		t.Fatalf("no object to test with (%d found, %v)", len(found), err)
	}
	return found[0]
}

var lifecycleCases = []lifecycleCase{
	{name: "security level", entity: autotask.EntitySecurityLevels,
		resource: func(d *providerData) resource.Resource { return &SecurityLevelResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("isSystem", false)}})
			l := firstOf(t, found, err)
			return l.ID, *l.Name
		}},
	{name: "portal level", entity: autotask.EntityClientPortalSecurityLevels,
		resource: func(d *providerData) resource.Resource { return &ClientPortalSecurityLevelResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.ClientPortalSecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("isSystem", false)}})
			l := firstOf(t, found, err)
			return l.ID, *l.Name
		}},
	{name: "portal user", entity: autotask.EntityClientPortalUsers,
		resource: func(d *providerData) resource.Resource { return &ClientPortalUserResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.ClientPortalUsers().Query(ctx, autotask.QueryOptions{})
			u := firstOf(t, found, err)
			return u.ID, *u.UserName
		}},
	{name: "API user", entity: autotask.EntityAPIUsers,
		resource: func(d *providerData) resource.Resource { return &APIUserResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.NotEq("userName", d.username)}})
			u := firstOf(t, found, err)
			return u.ID, *u.UserName
		}},
	{name: "user-defined field", entity: autotask.EntityUDFDefinitions,
		resource: func(d *providerData) resource.Resource { return &UserDefinedFieldResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.UDFDefinitions().Query(ctx, autotask.QueryOptions{})
			f := firstOf(t, found, err)
			typ, _ := catalog.UDFTypeByID(*f.UDFType)
			return f.ID, string(typ.Type) + "/" + *f.Name
		}},
	{name: "protected-data access", entity: autotask.EntityProtectedDataPermissions,
		resource: func(d *providerData) resource.Resource { return &ProtectedDataAccessResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			found, err := c.Resources().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("isActive", true)}})
			r := firstOf(t, found, err)
			return r.ID, *r.UserName
		}},
	{name: "security settings", entity: autotask.EntitySecuritySettings,
		resource: func(d *providerData) resource.Resource { return &SecuritySettingsResource{data: d} },
		pick: func(t *testing.T, ctx context.Context, c *autotask.Client, d *providerData) (int64, string) {
			db, err := c.Database(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return int64(db.CI), ""
		}},
}

// lifecycleEnv is a demo PSA and the provider data of a client for it.
type lifecycleEnv struct {
	ten *mockpsa.Tenant
	d   *providerData
	c   *autotask.Client
}

func newLifecycleEnv(t *testing.T) *lifecycleEnv {
	t.Helper()
	// Plain GETs, so that a fault on the entity's GET is what a read sees.
	t.Setenv(EnvReadBatchWindow, "0")
	run, err := mockpsa.Start("127.0.0.1:0", mockpsa.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = run.Close() })
	ten, err := run.Server.CreateTenant(mockpsa.TenantSpec{Name: "lifecycle", Seed: mockpsa.SeedDemo})
	if err != nil {
		t.Fatal(err)
	}
	creds := ten.Credentials(run.URL)
	d := &providerData{version: "test", baseURL: creds.BaseURL, username: creds.Username, secret: creds.Secret, integrationCode: creds.IntegrationCode}
	c, diags := d.Client(context.Background())
	if diags.HasError() {
		t.Fatalf("client: %v", diags)
	}
	return &lifecycleEnv{ten: ten, d: d, c: c}
}

// schemaOf is the resource's schema.
func schemaOf(r resource.Resource) tfsdk.State {
	var sresp resource.SchemaResponse
	r.Schema(context.Background(), resource.SchemaRequest{}, &sresp)
	return tfsdk.State{Schema: sresp.Schema}
}

// stateWithID is the state an import leaves: every attribute null but the
// id (nil: null too).
func stateWithID(r resource.Resource, id *string) tfsdk.State {
	st := schemaOf(r)
	typ := st.Schema.Type().TerraformType(context.Background()).(tftypes.Object)
	vals := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		vals[name] = tftypes.NewValue(at, nil)
	}
	if id != nil {
		vals["id"] = tftypes.NewValue(tftypes.String, *id)
	}
	st.Raw = tftypes.NewValue(typ, vals)
	return st
}

// errorsOf lists the error diagnostics, but the one a test's missing
// private state causes (the framework makes it for a real request).
func errorsOf(diags diag.Diagnostics) []string {
	var out []string
	for _, d := range diags.Errors() {
		if d.Summary() != "Uninitialized ProviderData" {
			out = append(out, d.Summary()+": "+d.Detail())
		}
	}
	return out
}

// readImported reads object id as after an import.
func readImported(t *testing.T, r resource.Resource, id int64) tfsdk.State {
	t.Helper()
	s := strconv.FormatInt(id, 10)
	st := stateWithID(r, &s)
	resp := resource.ReadResponse{State: st}
	r.Read(context.Background(), resource.ReadRequest{State: st}, &resp)
	if errs := errorsOf(resp.Diagnostics); len(errs) > 0 || resp.State.Raw.IsNull() {
		t.Fatalf("read %d: %v (state null: %v)", id, errs, resp.State.Raw.IsNull())
	}
	return resp.State
}

// label shows an id of state, or null.
func label(id *string) string {
	if id == nil {
		return "null"
	}
	return strconv.Quote(*id)
}

// An ID in state that is not a positive whole number is one clear error
// from Read and Delete, for every type, and nothing reaches the PSA: a
// read or delete of id 0 would answer 404, which reads as "gone".
func TestLifecycleRejectsInvalidIDs(t *testing.T) {
	env := newLifecycleEnv(t)
	ctx := context.Background()
	str := func(s string) *string { return &s }
	for _, tc := range lifecycleCases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.resource(env.d)
			env.ten.ResetCounters()
			for _, id := range []*string{str("abc"), str("0"), str("-3"), str(""), nil} {
				st := stateWithID(r, id)
				read := resource.ReadResponse{State: st}
				r.Read(ctx, resource.ReadRequest{State: st}, &read)
				del := resource.DeleteResponse{State: st}
				r.Delete(ctx, resource.DeleteRequest{State: st}, &del)
				for op, diags := range map[string]diag.Diagnostics{"Read": read.Diagnostics, "Delete": del.Diagnostics} {
					if op == "Delete" && tc.name == "security settings" {
						continue // only forgotten: nothing to address
					}
					errs := errorsOf(diags)
					if len(errs) != 1 || !strings.HasPrefix(errs[0], "Invalid ID in state") {
						t.Errorf("%s of id %s: %q, want one %q error", op, label(id), errs, "Invalid ID in state")
					}
				}
			}
			if n := env.ten.Counters().ByEntity[tc.entity]; n != 0 {
				t.Errorf("%d requests to %s for invalid ids", n, tc.entity)
			}
		})
	}
}

// An object that is gone when its update is read back is an error for
// every type: the update did not take.
func TestLifecycleVanishedAfterUpdate(t *testing.T) {
	env := newLifecycleEnv(t)
	ctx := context.Background()
	for _, tc := range lifecycleCases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.resource(env.d)
			id, _ := tc.pick(t, ctx, env.c, env.d)
			st := readImported(t, r, id)
			if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 404, Op: mockpsa.OpGet, Entity: tc.entity}); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(env.ten.ClearFaults)
			resp := resource.UpdateResponse{State: st}
			r.Update(ctx, resource.UpdateRequest{State: st, Plan: tfsdk.Plan(st), Config: tfsdk.Config(st)}, &resp)
			if left := env.ten.Faults(); len(left) != 0 {
				t.Fatalf("the read-back never came: %v", errorsOf(resp.Diagnostics))
			}
			errs := errorsOf(resp.Diagnostics)
			if len(errs) != 1 || !strings.Contains(errs[0], "vanished") {
				t.Errorf("update of a vanishing %s: %q, want one \"vanished\" error", tc.name, errs)
			}
		})
	}
}

// Import takes a valid numeric ID or the type's natural key, resolved by
// an exactly-one lookup; 0, a negative ID or a key nothing has is an
// error that says so.
func TestLifecycleImportByIDOrKey(t *testing.T) {
	env := newLifecycleEnv(t)
	ctx := context.Background()
	for _, tc := range lifecycleCases {
		if tc.name == "security settings" {
			continue // imported by its tenant's database number (resource_security_settings_test.go)
		}
		t.Run(tc.name, func(t *testing.T) {
			r := tc.resource(env.d).(resource.ResourceWithImportState)
			id, key := tc.pick(t, ctx, env.c, env.d)
			imp := func(importID string) (string, []string) {
				resp := resource.ImportStateResponse{State: stateWithID(r, nil)}
				r.ImportState(ctx, resource.ImportStateRequest{ID: importID}, &resp)
				var got *string
				if errs := errorsOf(resp.Diagnostics); len(errs) > 0 {
					return "", errs
				}
				resp.Diagnostics.Append(resp.State.GetAttribute(ctx, path.Root("id"), &got)...)
				if got == nil {
					return "", nil
				}
				return *got, nil
			}
			for _, in := range []string{strconv.FormatInt(id, 10), key, " " + key + " "} {
				if got, errs := imp(in); got != strconv.FormatInt(id, 10) {
					t.Errorf("import %q: id %q, %q; want %d", in, got, errs, id)
				}
			}
			for _, bad := range []string{"0", "-7"} {
				if _, errs := imp(bad); len(errs) != 1 || !strings.HasPrefix(errs[0], "Invalid import ID") {
					t.Errorf("import %q: %q, want one Invalid import ID error", bad, errs)
				}
			}
			missing := "no-such-" + strings.ReplaceAll(key, "/", "-x")
			if tc.name == "user-defined field" {
				missing = strings.Replace(key, "/", "/no such ", 1)
			}
			if _, errs := imp(missing); len(errs) != 1 || !strings.Contains(errs[0], "not found") || !strings.Contains(errs[0], ": 0 ") {
				t.Errorf("import %q: %q, want one not-found error counting 0", missing, errs)
			}
		})
	}
}
