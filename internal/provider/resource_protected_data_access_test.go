package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const grantRes = "autotask_protected_data_access.g"

// resourceID finds a demo resource by user name.
func resourceID(t *testing.T, psa *testPSA, userName string) int64 {
	t.Helper()
	all, err := psa.Tenant.List("Resources")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if strings.EqualFold(fmt.Sprint(r["userName"]), userName) {
			return r["id"].(int64)
		}
	}
	t.Fatalf("no resource %q", userName)
	return 0
}

// protectedAccessOf reads a resource's four permissions from the mock.
func protectedAccessOf(t *testing.T, psa *testPSA, id int64) catalog.ProtectedAccess {
	t.Helper()
	rec, ok := psa.Tenant.Get("ProtectedDataPermissions", id)
	if !ok {
		t.Fatalf("resource %d has no ProtectedDataPermissions", id)
	}
	var v [4]bool
	for i, f := range catalog.ProtectedAccessFields {
		v[i], _ = rec[f].(bool)
	}
	return catalog.ProtectedAccessFromValues(v)
}

func grantConfig(target string, perms ...string) string {
	return fmt.Sprintf("resource \"autotask_protected_data_access\" \"g\" {\n  %s\n  %s\n}\n", target, strings.Join(perms, "\n  "))
}

func TestAccProtectedDataAccessResource_basic(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	jdoe, tbecker := resourceID(t, psa, "jdoe"), resourceID(t, psa, "tbecker")
	professional := catalog.ProtectedAccessDefault(catalog.LicenseProfessional)
	byName := func(user string, perms ...string) string {
		return grantConfig(fmt.Sprintf("user_name = %q", user), perms...)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			for _, id := range []int64{jdoe, tbecker} {
				if got := protectedAccessOf(t, psa, id); got != professional {
					return fmt.Errorf("resource %d kept %+v after destroy, want the Professional defaults %+v", id, got, professional)
				}
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create by user name
				Config: byName("JDoe", "view_protected = true"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("resource_id"), knownvalue.Int64Exact(jdoe)),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("id"), knownvalue.StringExact(strconv.FormatInt(jdoe, 10))),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("user_name"), knownvalue.StringExact("JDoe")),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("license_type"), knownvalue.StringExact("Professional")),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("edit_protected"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("edit_unprotected"), knownvalue.Bool(true)),
				},
				Check: func(*terraform.State) error {
					if got := protectedAccessOf(t, psa, jdoe); !got.ViewProtected || got.EditProtected || !got.EditUnprotected {
						return fmt.Errorf("the PSA holds %+v", got)
					}
					return nil
				},
			},
			{ // import by user name
				ResourceName: grantRes, ImportState: true, ImportStateVerify: true, ImportStateId: "jdoe",
				ImportStateVerifyIgnore: []string{"user_name"}, // the configuration spells it JDoe
			},
			{ // import by resource ID
				ResourceName: grantRes, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"user_name"},
			},
			{ // update
				Config: byName("JDoe", "view_protected = true", "edit_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(grantRes, plancheck.ResourceActionUpdate),
				}},
				Check: func(*terraform.State) error {
					if got := protectedAccessOf(t, psa, jdoe); !got.EditProtected {
						return fmt.Errorf("the PSA holds %+v", got)
					}
					return nil
				},
			},
			{ // drift in a permission the configuration leaves at its default
				PreConfig: func() {
					if err := psa.Tenant.Patch("ProtectedDataPermissions", jdoe, map[string]any{"canEditUnprotectedData": false}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: byName("JDoe", "view_protected = true", "edit_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(grantRes, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(grantRes, tfjsonpath.New("edit_unprotected"), knownvalue.Bool(true)),
				}},
				Check: func(*terraform.State) error {
					if got := protectedAccessOf(t, psa, jdoe); !got.EditUnprotected {
						return fmt.Errorf("drift not corrected: %+v", got)
					}
					return nil
				},
			},
			{ // drift in a configured permission
				PreConfig: func() {
					if err := psa.Tenant.Patch("ProtectedDataPermissions", jdoe, map[string]any{"canEditProtectedData": false, "canViewProtectedData": false}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: byName("JDoe", "view_protected = true", "edit_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(grantRes, plancheck.ResourceActionUpdate),
				}},
			},
			{ // the same user by resource ID: nothing to do
				Config:           grantConfig(fmt.Sprintf("resource_id = %d", jdoe), "view_protected = true", "edit_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{ // another user: replaced, and the first one is back at the defaults
				Config: byName("tbecker", "view_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(grantRes, plancheck.ResourceActionReplace),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("resource_id"), knownvalue.Int64Exact(tbecker)),
				},
				Check: func(*terraform.State) error {
					if got := protectedAccessOf(t, psa, jdoe); got != professional {
						return fmt.Errorf("jdoe kept %+v", got)
					}
					if got := protectedAccessOf(t, psa, tbecker); !got.ViewProtected {
						return fmt.Errorf("tbecker holds %+v", got)
					}
					return nil
				},
			},
		},
	})
}

// Administrators and API users hold all four by default; managing one with
// less shows the loss in the plan, and destroy gives all four back.
func TestAccProtectedDataAccessResource_administratorDefaults(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	admin := resourceID(t, psa, "amorgan")
	full := catalog.ProtectedAccessDefault(catalog.LicenseAdministrator)
	if !full.Full() || protectedAccessOf(t, psa, admin) != full {
		t.Fatalf("amorgan starts with %+v", protectedAccessOf(t, psa, admin))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			if got := protectedAccessOf(t, psa, admin); got != full {
				return fmt.Errorf("after destroy amorgan holds %+v, want all four", got)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: grantConfig(fmt.Sprintf("resource_id = %d", admin), "view_protected = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(grantRes, plancheck.ResourceActionCreate),
					plancheck.ExpectKnownValue(grantRes, tfjsonpath.New("edit_protected"), knownvalue.Bool(false)),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("user_name"), knownvalue.StringExact("amorgan")),
					statecheck.ExpectKnownValue(grantRes, tfjsonpath.New("license_type"), knownvalue.StringExact("Administrator")),
				},
				Check: func(*terraform.State) error {
					if got := protectedAccessOf(t, psa, admin); got.EditProtected || !got.ViewProtected {
						return fmt.Errorf("amorgan holds %+v", got)
					}
					return nil
				},
			},
		},
	})
}

func TestAccProtectedDataAccessResource_badInput(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	jdoe, tbecker := resourceID(t, psa, "jdoe"), resourceID(t, psa, "tbecker")
	before := protectedAccessOf(t, psa, jdoe)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			// edit_protected without view_protected, by user name, is a row of
			// TestAccBadConfigurations; here the user is named by resource ID.
			{
				Config: grantConfig(fmt.Sprintf("resource_id = %d", jdoe), "view_unprotected = false"), PlanOnly: true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(fmt.Sprintf(`Error: AT150: resource %d would be allowed to edit unprotected data without viewing it.`, jdoe))),
			},
			{ // both, naming different users: the plan says which is whose
				Config:      grantConfig(fmt.Sprintf("resource_id = %d\n  user_name = \"tbecker\"", jdoe), "view_protected = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)Error: resource_id and user_name name different users.*User name "tbecker" belongs to resource\s+%d,\s+but\s+resource_id\s+is\s+%d\.`, tbecker, jdoe)),
			},
			{ // neither
				Config:      grantConfig("", "view_protected = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Missing Attribute Configuration.*At least one of these attributes must be configured: \[resource_id,user_name\]`),
			},
			{
				Config:      grantConfig(`user_name = "nobody"`, "view_protected = true"),
				ExpectError: regexp.MustCompile(`(?s)Resource not found.*` + words(`0 resources have the user name "nobody"`)),
			},
		},
	})
	if after := protectedAccessOf(t, psa, jdoe); after != before {
		t.Errorf("a failed plan changed jdoe: %+v -> %+v", before, after)
	}
}
