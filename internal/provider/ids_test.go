package provider

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func TestIDOf(t *testing.T) {
	for in, want := range map[types.String]int64{
		types.StringNull(): 0, types.StringUnknown(): 0, types.StringValue("42"): 42, types.StringValue(" 7 "): 7,
	} {
		if got, err := idOf(in); err != nil || got != want {
			t.Errorf("idOf(%v) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "0", "-1", "12x", "9999999999999999999999"} {
		if got, err := idOf(types.StringValue(bad)); err == nil {
			t.Errorf("idOf(%q) = %d without an error", bad, got)
		}
	}
}

// securityLevelState is a state of the resource with the given id (nil for
// null) and every other attribute null but the name.
func securityLevelState(t *testing.T, r *SecurityLevelResource, id *string) tfsdk.State {
	t.Helper()
	ctx := context.Background()
	var sresp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &sresp)
	typ := sresp.Schema.Type().TerraformType(ctx).(tftypes.Object)
	vals := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		vals[name] = tftypes.NewValue(at, nil)
	}
	if id != nil {
		vals["id"] = tftypes.NewValue(tftypes.String, *id)
	}
	vals["name"] = tftypes.NewValue(tftypes.String, "Broken State")
	return tfsdk.State{Schema: sresp.Schema, Raw: tftypes.NewValue(typ, vals)}
}

// A state whose id is malformed, zero or missing makes Delete fail with a
// clear error and send nothing: a DELETE of id 0 would answer 404, which
// reads as "already gone", and the level would silently stay in the PSA.
func TestSecurityLevelDeleteRefusesInvalidID(t *testing.T) {
	run, err := mockpsa.Start("127.0.0.1:0", mockpsa.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = run.Close() })
	ten, err := run.Server.CreateTenant(mockpsa.TenantSpec{Name: "ids", Seed: mockpsa.SeedEmpty})
	if err != nil {
		t.Fatal(err)
	}
	creds := ten.Credentials(run.URL)
	r := &SecurityLevelResource{data: &providerData{version: "test", baseURL: creds.BaseURL, username: creds.Username,
		secret: creds.Secret, integrationCode: creds.IntegrationCode}}
	str := func(s string) *string { return &s }
	for _, id := range []*string{str("abc"), str("0"), str(""), nil} {
		st := securityLevelState(t, r, id)
		resp := resource.DeleteResponse{State: st}
		r.Delete(context.Background(), resource.DeleteRequest{State: st}, &resp)
		if !resp.Diagnostics.HasError() {
			t.Errorf("id %v: Delete succeeded", id)
			continue
		}
		if got := resp.Diagnostics.Errors()[0].Summary(); !strings.Contains(got, "Invalid ID in state") {
			t.Errorf("id %v: error %q", id, got)
		}
	}
	if c := ten.Counters(); c.ByMethod["DELETE"] != 0 {
		t.Errorf("%d DELETE requests sent for invalid ids", c.ByMethod["DELETE"])
	}
}
