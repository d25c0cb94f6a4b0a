package provider

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// levelState is an empty security level state (null object).
func levelState(t testing.TB) tfsdk.State {
	t.Helper()
	var resp resource.SchemaResponse
	(&SecurityLevelResource{}).Schema(context.Background(), resource.SchemaRequest{}, &resp)
	if resp.Diagnostics.HasError() {
		t.Fatal(resp.Diagnostics)
	}
	return tfsdk.State{Schema: resp.Schema, Raw: tftypes.NewValue(resp.Schema.Type().TerraformType(context.Background()), nil)}
}

func sampleLevel(t testing.TB, name string) securityLevelResourceModel {
	t.Helper()
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	eff, diags := settingsObject(levelGroups, sd.Defaults())
	if diags.HasError() {
		t.Fatal(diags)
	}
	return securityLevelResourceModel{
		ID: types.StringValue("1001"), Name: types.StringValue(name), Description: types.StringValue("d"),
		Active: types.BoolValue(true), CopyFrom: types.StringValue("Service Desk User"), CopyFromID: types.Int64Value(int64(catalog.ServiceDeskUser)),
		System: types.BoolValue(false), LicenseType: types.StringNull(), Effective: eff,
	}
}

// configuredMaps are module maps holding the given permission keys (with a
// placeholder value), as a level's state holds its configured overrides.
func configuredMaps(keys ...string) map[string]types.Map {
	elems := map[string]map[string]attr.Value{}
	for _, k := range keys {
		key := catalog.Key(k)
		if elems[string(key.Module())] == nil {
			elems[string(key.Module())] = map[string]attr.Value{}
		}
		elems[string(key.Module())][key.Name()] = types.StringValue("configured")
	}
	out := map[string]types.Map{}
	for mod, e := range elems {
		out[mod] = types.MapValueMust(types.StringType, e)
	}
	return out
}

// The one-pass field helpers give exactly what the per-attribute calls give.
func TestFieldHelpersMatchPerAttributeCalls(t *testing.T) {
	ctx := context.Background()
	base := levelState(t)
	first := sampleLevel(t, "First")
	if diags := setFields(ctx, &base, &first); diags.HasError() { // null object: the per-attribute path
		t.Fatal(diags)
	}
	if base.Raw.IsNull() {
		t.Fatal("setFields left the state null")
	}

	second := sampleLevel(t, "Second")
	second.Description = types.StringValue("changed")
	second.LicenseType = types.StringValue("Professional")
	fast := tfsdk.State{Schema: base.Schema, Raw: base.Raw.Copy()}
	slow := tfsdk.State{Schema: base.Schema, Raw: base.Raw.Copy()}
	if !setTopLevel(ctx, &fast, fieldValues(reflect.ValueOf(&second).Elem())) {
		t.Fatal("the one-pass path declined a known object")
	}
	v := reflect.ValueOf(&second).Elem()
	for i := 0; i < v.NumField(); i++ {
		if d := slow.SetAttribute(ctx, path.Root(v.Type().Field(i).Tag.Get("tfsdk")), v.Field(i).Interface()); d.HasError() {
			t.Fatal(d)
		}
	}
	if !fast.Raw.Equal(slow.Raw) {
		t.Errorf("one-pass set differs:\n%s\nvs\n%s", fast.Raw, slow.Raw)
	}

	var got, want securityLevelResourceModel
	if d := getFields(ctx, fast, &got); d.HasError() {
		t.Fatal(d)
	}
	gv := reflect.ValueOf(&want).Elem()
	for i := 0; i < gv.NumField(); i++ {
		if d := fast.GetAttribute(ctx, path.Root(gv.Type().Field(i).Tag.Get("tfsdk")), gv.Field(i).Addr().Interface()); d.HasError() {
			t.Fatal(d)
		}
	}
	if !reflect.DeepEqual(got, want) || got.Description.ValueString() != "changed" {
		t.Errorf("one-pass get differs:\n%+v\nvs\n%+v", got, want)
	}

	// Module maps in one pass.
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	blocks, diags := refreshedOverrides(levelGroups, configuredMaps(string(catalog.KeyProjectView)), sd.Defaults(), sd.Defaults())
	if diags.HasError() || len(blocks) == 0 {
		t.Fatalf("blocks %v %v", blocks, diags)
	}
	slowBlocks := tfsdk.State{Schema: fast.Schema, Raw: fast.Raw.Copy()}
	if d := setAttributes(ctx, &fast, blocks); d.HasError() {
		t.Fatal(d)
	}
	for name, obj := range blocks {
		if d := slowBlocks.SetAttribute(ctx, path.Root(name), obj); d.HasError() {
			t.Fatal(d)
		}
	}
	if !fast.Raw.Equal(slowBlocks.Raw) {
		t.Error("one-pass module objects differ from SetAttribute's")
	}

	// A null object, a value (not a pointer) or nothing to set: declined.
	null := levelState(t)
	one := map[string]attr.Value{"name": types.StringValue("x")}
	if setTopLevel(ctx, &null, one) || setTopLevel(ctx, fast, one) || setTopLevel(ctx, &fast, nil) {
		t.Error("setTopLevel accepted what it must leave to SetAttribute")
	}
	if setTopLevel(ctx, &fast, map[string]attr.Value{"name": types.BoolValue(true)}) {
		t.Error("setTopLevel accepted a value of the wrong type")
	}
}

// BenchmarkSetFieldsState measures writing a level's fixed attributes and
// module objects into state, as Read does for every level of a plan.
func BenchmarkSetFieldsState(b *testing.B) {
	ctx := context.Background()
	st := levelState(b)
	m := sampleLevel(b, "Bench")
	if d := setFields(ctx, &st, &m); d.HasError() {
		b.Fatal(d)
	}
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	var projects []string
	for _, p := range catalog.PermissionsOf(catalog.ModuleProjects) {
		projects = append(projects, string(p.Key))
	}
	blocks, _ := refreshedOverrides(levelGroups, configuredMaps(projects...), sd.Defaults(), sd.Defaults())
	b.ReportAllocs()
	for b.Loop() {
		if d := setFields(ctx, &st, &m); d.HasError() {
			b.Fatal(d)
		}
		if d := setAttributes(ctx, &st, blocks); d.HasError() {
			b.Fatal(d)
		}
		var back securityLevelResourceModel
		if d := getFields(ctx, st, &back); d.HasError() {
			b.Fatal(d)
		}
	}
}
