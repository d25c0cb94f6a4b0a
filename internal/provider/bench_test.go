package provider

import (
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// The per-object plan-time work of the provider besides the evaluator:
// turning a level's settings into the Terraform object and back.

func BenchmarkSettingsObject(b *testing.B) {
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	s := sd.Defaults()
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := settingsObject(levelGroups, s); diags.HasError() {
			b.Fatal(diags)
		}
	}
}

func BenchmarkSettingsFromValue(b *testing.B) {
	sd, _ := catalog.SystemLevelByID(catalog.ServiceDeskUser)
	obj, diags := settingsObject(levelGroups, sd.Defaults())
	if diags.HasError() {
		b.Fatal(diags)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := settingsFromValue(obj)
		if err != nil || len(s) != len(catalog.Permissions()) {
			b.Fatalf("%d settings, %v", len(s), err)
		}
	}
}
