package provider

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// renameFixture is a provider process planning a renamed resource: the PSA
// holds level 1000 "Ops", which Terraform's state holds at the old address
// (destroyed by this plan) while the new address creates "Ops".
func renameFixture(adopt bool) (*providerData, keyClaim) {
	d := &providerData{baseURL: "https://psa.invalid/", username: "u", secret: "s", integrationCode: "c", adoptExisting: adopt}
	spec := &naturalKeySpec{resourceType: "autotask_security_level", what: "security level", keyAttr: "name",
		list: func(context.Context, *providerData, *autotask.Client) ([]keyedObject, error) {
			return []keyedObject{{ID: 1000, Key: "Ops", Active: true}}, nil
		}}
	return d, keyClaim{spec: spec, key: "Ops", compare: func(context.Context, keyedObject) ([]string, bool, error) { return nil, true, nil }}
}

// Terraform plans the destroy of the old address first: the create's check
// knows the object is in state and is being destroyed, and answers with the
// `moved` block, never with an import block (followed, two addresses would
// manage one object and the old one's destroy would delete it).
func TestNaturalKeyRename_destroyPlannedFirst(t *testing.T) {
	for _, adopt := range []bool{false, true} {
		d, k := renameFixture(adopt)
		var diags diag.Diagnostics
		d.planDestroyKey(k.spec, 1000, &diags)
		if diags.HasError() {
			t.Fatalf("adopt=%t: the destroy alone is no error: %v", adopt, diags)
		}
		d.planKey(context.Background(), k, &diags)
		errs := diags.Errors()
		if len(errs) != 1 {
			t.Fatalf("adopt=%t: want one error on the create, got %v", adopt, diags)
		}
		detail := errs[0].Detail()
		if !strings.Contains(detail, "moved {\n  from = autotask_security_level.<old name>") || strings.Contains(detail, "import {") {
			t.Errorf("adopt=%t: the create's error does not give the moved block (or still gives an import block):\n%s", adopt, detail)
		}
	}
}

// Terraform plans the create first: its check cannot know yet that the
// object is in state, so it names the object with the import block but
// says that a renamed resource needs a `moved` block instead (with
// adopt_existing it announces the adoption); then the destroy's plan,
// finding the object claimed by that create, gives the `moved` block.
func TestNaturalKeyRename_createPlannedFirst(t *testing.T) {
	for _, adopt := range []bool{false, true} {
		d, k := renameFixture(adopt)
		var create diag.Diagnostics
		d.planKey(context.Background(), k, &create)
		switch errs := create.Errors(); {
		case adopt && len(errs) != 0:
			t.Errorf("adopt=true: the create alone matches and is adopted, got %v", create)
		case !adopt && (len(errs) != 1 || !strings.Contains(errs[0].Detail(), "import {") ||
			!strings.Contains(errs[0].Detail(), "add a `moved` block from the old address to the new one instead")):
			t.Errorf("adopt=false: the create's error must give the import block and the moved caveat: %v", create)
		}
		var destroy diag.Diagnostics
		d.planDestroyKey(k.spec, 1000, &destroy)
		errs := destroy.Errors()
		if len(errs) != 1 || !strings.Contains(errs[0].Detail(), "moved {\n  from = autotask_security_level.<old name>   # this resource's address") {
			t.Errorf("adopt=%t: the destroy's plan must give the moved block: %v", adopt, destroy)
		}
	}
}

// An object another resource of the configuration keeps (in state, not
// destroyed) is neither an orphan to import nor a rename.
func TestNaturalKeyManagedElsewhere(t *testing.T) {
	d, k := renameFixture(true)
	d.plan.keys.inState(k.spec.resourceType, 1000, false)
	var diags diag.Diagnostics
	d.planKey(context.Background(), k, &diags)
	errs := diags.Errors()
	if len(errs) != 1 || !strings.Contains(errs[0].Detail(), "another resource of this configuration manages it") {
		t.Errorf("want the managed-elsewhere error, got %v", diags)
	}
}

// The create half of a replacement does not take the object it replaces
// for an orphan, nor does a rename take its own object.
func TestNaturalKeyOwnObjects(t *testing.T) {
	for _, k := range []func(keyClaim) keyClaim{
		func(k keyClaim) keyClaim { k.replaced = 1000; return k },
		func(k keyClaim) keyClaim { k.self = 1000; return k },
	} {
		d, claim := renameFixture(false)
		var diags diag.Diagnostics
		d.planKey(context.Background(), k(claim), &diags)
		if len(diags) != 0 {
			t.Errorf("%+v: want no finding, got %v", k(claim), diags)
		}
	}
}
