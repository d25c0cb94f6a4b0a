package provider

import (
	"fmt"
	"regexp"
	"sort"
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

const udfRes = "autotask_user_defined_field.f"

func udfConfig(lines ...string) string {
	return "resource \"autotask_user_defined_field\" \"f\" {\n  " + strings.Join(lines, "\n  ") + "\n}\n"
}

// udfRecords lists every definition of a type and name (not a map: a
// duplicate must show).
func udfRecords(t *testing.T, psa *testPSA, typ catalog.UDFType, name string) []map[string]any {
	t.Helper()
	info, _ := catalog.UDFTypeByName(string(typ))
	all, err := psa.Tenant.List("UserDefinedFieldDefinitions")
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, d := range all {
		if d["udfType"] == int64(info.ID) && strings.EqualFold(fmt.Sprint(d["name"]), name) {
			out = append(out, d)
		}
	}
	return out
}

func oneUDF(t *testing.T, psa *testPSA, typ catalog.UDFType, name string) map[string]any {
	t.Helper()
	recs := udfRecords(t, psa, typ, name)
	if len(recs) != 1 {
		t.Fatalf("%d %s fields named %q, want 1", len(recs), typ, name)
	}
	return recs[0]
}

// listItems gives the display value -> "export/active" of a field's items.
func listItems(t *testing.T, psa *testPSA, fieldID int64) map[string]string {
	t.Helper()
	all, err := psa.Tenant.List("UserDefinedFieldListItems")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, it := range all {
		if it["udfFieldId"] == fieldID {
			out[fmt.Sprint(it["valueForDisplay"])] = fmt.Sprintf("%v/%v", it["valueForExport"], it["isActive"])
		}
	}
	return out
}

func TestAccUserDefinedFieldResource_protectedDevice(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	base := []string{`name = "Local Admin Password"`, `udf_type = "device"`, `data_type = "text"`, "protected = true", "encrypted = true"}
	cfg := func(extra ...string) string { return udfConfig(append(append([]string{}, base...), extra...)...) }
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		CheckDestroy: func(*terraform.State) error {
			if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isActive"] != false {
				return fmt.Errorf("destroy left the field active: %v", rec)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: cfg(`description = "Local administrator password of the device"`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(udfRes, tfjsonpath.New("active"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(udfRes, tfjsonpath.New("visible_to_client_portal"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(udfRes, tfjsonpath.New("picklist_values"), knownvalue.Null()),
				},
				Check: func(*terraform.State) error {
					rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password")
					if rec["isProtected"] != true || rec["isEncrypted"] != true || rec["dataType"] != int64(1) || rec["udfType"] != int64(4) {
						return fmt.Errorf("the PSA holds %v", rec)
					}
					return nil
				},
			},
			{ResourceName: udfRes, ImportState: true, ImportStateVerify: true},
			{ResourceName: udfRes, ImportState: true, ImportStateVerify: true, ImportStateId: "device/local admin password"},
			{ResourceName: udfRes, ImportState: true, ImportStateId: "organization/Local Admin Password",
				ExpectError: regexp.MustCompile(`(?s)` + words(`0 user-defined fields have the type and name "organization/Local Admin Password"`))},
			{ // update in place
				Config: cfg(`description = "Rotated monthly"`, "private = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate),
				}},
				Check: func(*terraform.State) error {
					if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isPrivate"] != true || rec["description"] != "Rotated monthly" {
						return fmt.Errorf("the PSA holds %v", rec)
					}
					return nil
				},
			},
			{ // drift in settings the configuration never names
				PreConfig: func() {
					id := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password")["id"].(int64)
					if err := psa.Tenant.Patch("UserDefinedFieldDefinitions", id, map[string]any{"isRequired": true, "isActive": false}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: cfg(`description = "Rotated monthly"`, "private = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(udfRes, tfjsonpath.New("required"), knownvalue.Bool(false)),
					plancheck.ExpectKnownValue(udfRes, tfjsonpath.New("active"), knownvalue.Bool(true)),
				}},
				Check: func(*terraform.State) error {
					if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isRequired"] != false || rec["isActive"] != true {
						return fmt.Errorf("drift not corrected: %v", rec)
					}
					return nil
				},
			},
			{ // drift in a configured setting
				PreConfig: func() {
					id := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password")["id"].(int64)
					if err := psa.Tenant.Patch("UserDefinedFieldDefinitions", id, map[string]any{"description": "changed in the UI"}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: cfg(`description = "Rotated monthly"`, "private = true"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate),
				}},
			},
			{ // the data type of an existing field is refused with the reason
				Config:   udfConfig(`name = "Local Admin Password"`, `udf_type = "device"`, `data_type = "number"`, "protected = true"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)` + regexp.QuoteMeta(`Error: AT152: The data type of field "Local Admin Password" cannot change from "text" to "number".`) +
					`.*definitions are never\s+deleted`),
			},
			{ // so is encryption
				Config: udfConfig(`name = "Local Admin Password"`, `udf_type = "device"`, `data_type = "text"`, "protected = true",
					`description = "Rotated monthly"`, "private = true", "encrypted = false"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT152: The encryption of field "Local Admin Password" cannot change from "true" to "false".`)),
			},
			{ // a protected field cannot be shown in the portal
				Config:      cfg(`description = "Rotated monthly"`, "private = true", "visible_to_client_portal = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT151: Protected field "Local Admin Password" cannot be visible in the Client Portal.`)),
			},
		},
	})
	if n := len(udfRecords(t, psa, catalog.UDFDevice, "Local Admin Password")); n != 1 {
		t.Errorf("%d definitions after the test, want 1 (destroy deactivates)", n)
	}
}

func TestAccUserDefinedFieldResource_picklist(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	values := func(vs ...string) string {
		return "picklist_values = [\n    " + strings.Join(vs, ",\n    ") + "\n  ]"
	}
	cfg := func(vs ...string) string {
		return udfConfig(`name = "Backup Plan"`, `udf_type = "organization"`, `data_type = "list"`, values(vs...))
	}
	fieldID := func() int64 { return oneUDF(t, psa, catalog.UDFOrganization, "Backup Plan")["id"].(int64) }
	expectItems := func(want map[string]string) func(*terraform.State) error {
		return func(*terraform.State) error {
			got := listItems(t, psa, fieldID())
			if fmt.Sprint(got) != fmt.Sprint(want) {
				return fmt.Errorf("list items %v, want %v", got, want)
			}
			return nil
		}
	}
	gold, silver, bronze := `{ value = "Gold", export_value = "GLD" }`, `{ value = "Silver" }`, `{ value = "Bronze" }`
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg(gold, silver, bronze),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(udfRes, tfjsonpath.New("picklist_values"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.MapExact(map[string]knownvalue.Check{"value": knownvalue.StringExact("Gold"), "export_value": knownvalue.StringExact("GLD")}),
						knownvalue.MapExact(map[string]knownvalue.Check{"value": knownvalue.StringExact("Silver")}),
						knownvalue.MapExact(map[string]knownvalue.Check{"value": knownvalue.StringExact("Bronze")}),
					})),
				},
				Check: expectItems(map[string]string{"Gold": "GLD/true", "Silver": "Silver/true", "Bronze": "Bronze/true"}),
			},
			{ResourceName: udfRes, ImportState: true, ImportStateVerify: true, ImportStateId: "organization/Backup Plan"},
			{ // in another order, and with an export value spelled out that equals the value: nothing to do
				Config: cfg(bronze, `{ value = "Silver", export_value = "Silver" }`, gold),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate), // null -> "Silver" is a change of the configuration only
				}},
			},
			{
				Config:           cfg(bronze, `{ value = "Silver", export_value = "Silver" }`, gold),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{ // a removed value is retired, a new one added, an export value changed
				Config: cfg(`{ value = "Gold", export_value = "GOLD" }`, silver, `{ value = "Platinum" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate),
				}},
				Check: expectItems(map[string]string{"Gold": "GOLD/true", "Silver": "Silver/true", "Bronze": "Bronze/false", "Platinum": "Platinum/true"}),
			},
			{ // drift: an item retired and one added in the UI
				PreConfig: func() {
					id := fieldID()
					all, _ := psa.Tenant.List("UserDefinedFieldListItems")
					for _, it := range all {
						if it["udfFieldId"] == id && it["valueForDisplay"] == "Gold" {
							if err := psa.Tenant.Patch("UserDefinedFieldListItems", it["id"].(int64), map[string]any{"isActive": false}); err != nil {
								t.Fatal(err)
							}
						}
					}
					if _, err := psa.Tenant.Create("UserDefinedFieldListItems", map[string]any{"udfFieldId": id, "valueForDisplay": "Tin"}); err != nil {
						t.Fatal(err)
					}
				},
				Config: cfg(`{ value = "Gold", export_value = "GOLD" }`, silver, `{ value = "Platinum" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(udfRes, plancheck.ResourceActionUpdate),
				}},
				Check: expectItems(map[string]string{"Gold": "GOLD/true", "Silver": "Silver/true", "Bronze": "Bronze/false", "Platinum": "Platinum/true", "Tin": "Tin/false"}),
			},
			{ // picklist values on a text field
				Config:      udfConfig(`name = "Backup Plan"`, `udf_type = "organization"`, `data_type = "text"`, values(silver)),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT153: Text field "Backup Plan" cannot have picklist values.`)),
			},
			{ // the same value twice, in two spellings
				Config:      cfg(silver, `{ value = "silver" }`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`Error: AT153: Field "Backup Plan" lists the picklist value "(silver|Silver)" twice`),
			},
			{ // destroyed: the field is deactivated, not deleted
				Config: `# nothing`,
				Check: func(*terraform.State) error {
					if rec := oneUDF(t, psa, catalog.UDFOrganization, "Backup Plan"); rec["isActive"] != false {
						return fmt.Errorf("after destroy %v", rec)
					}
					return nil
				},
			},
			{ // applied again: the inactive field is taken back, not duplicated
				Config: cfg(silver, `{ value = "Bronze" }`),
				Check: func(s *terraform.State) error {
					rec := oneUDF(t, psa, catalog.UDFOrganization, "Backup Plan")
					if rec["isActive"] != true || s.RootModule().Resources[udfRes].Primary.ID != fmt.Sprint(rec["id"]) {
						return fmt.Errorf("reactivated %v, state %v", rec, s.RootModule().Resources[udfRes].Primary.ID)
					}
					return expectItems(map[string]string{"Gold": "GOLD/false", "Silver": "Silver/true", "Bronze": "Bronze/true", "Platinum": "Platinum/false", "Tin": "Tin/false"})(s)
				},
			},
		},
	})
}

func TestAccUserDefinedFieldResource_conflicts(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	existing := oneUDF(t, psa, catalog.UDFOrganization, "Billing Code")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{ // an active field of that name: caught at plan, with the import block to paste
				Config:   udfConfig(`name = "Billing Code"`, `udf_type = "organization"`, `data_type = "text"`, "protected = true"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(fmt.Sprintf(`(?s)A user-defined field named "Billing Code" already exists in\s+Autotask \(ID %d\).*import \{.*id = "%d"`,
					existing["id"], existing["id"])),
			},
			{ // contact fields cannot be protected
				Config:      udfConfig(`name = "Home Address"`, `udf_type = "contact"`, `data_type = "text"`, "protected = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT153: Contact field "Home Address" cannot be protected.`)),
			},
			{ // only protected text can be encrypted
				Config:      udfConfig(`name = "Warranty End"`, `udf_type = "device"`, `data_type = "date"`, "protected = true", "encrypted = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT153: Date field "Warranty End" cannot be encrypted.`)),
			},
			{
				Config:      udfConfig(`name = "PIN"`, `udf_type = "device"`, `data_type = "text"`, "encrypted = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT153: Encrypted field "PIN" must be protected.`)),
			},
			{ // protected and visible in the portal, on a new field
				Config:      udfConfig(`name = "Rack Code"`, `udf_type = "device"`, `data_type = "text"`, "protected = true", "visible_to_client_portal = true"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(regexp.QuoteMeta(`Error: AT151: Protected field "Rack Code" cannot be visible in the Client Portal.`)),
			},
		},
	})
	names := []string{}
	all, _ := psa.Tenant.List("UserDefinedFieldDefinitions")
	for _, d := range all {
		names = append(names, fmt.Sprint(d["name"]))
	}
	sort.Strings(names)
	if n := len(udfRecords(t, psa, catalog.UDFOrganization, "Billing Code")); n != 1 {
		t.Errorf("%d Billing Code fields, want 1: %v", n, names)
	}
}

// The PSA commits the field and one of its list items but the answers are
// lost: the apply still ends with exactly one field and one item per value,
// found again by their natural keys.
func TestAccUserDefinedFieldResource_lostCreateAnswers(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				for _, f := range []mockpsa.Fault{
					{Kind: mockpsa.FaultCommitThenDrop, Method: "POST", Entity: "UserDefinedFieldDefinitions"},
					{Kind: mockpsa.FaultCommitThenDrop, Method: "POST", Entity: "UserDefinedFieldListItems"},
				} {
					if err := psa.Tenant.InjectFault(f); err != nil {
						t.Fatalf("inject %s: %v", f.Kind, err)
					}
				}
			},
			Config: udfConfig(`name = "Patch Window"`, `udf_type = "device"`, `data_type = "list"`,
				`picklist_values = [{ value = "Weekly" }, { value = "Monthly" }]`),
			Check: func(*terraform.State) error {
				rec := oneUDF(t, psa, catalog.UDFDevice, "Patch Window")
				items := listItems(t, psa, rec["id"].(int64))
				if fmt.Sprint(items) != fmt.Sprint(map[string]string{"Monthly": "Monthly/true", "Weekly": "Weekly/true"}) {
					return fmt.Errorf("list items %v", items)
				}
				all, _ := psa.Tenant.List("UserDefinedFieldListItems")
				if len(all) != 2 {
					return fmt.Errorf("%d list items in the PSA, want 2: %v", len(all), all)
				}
				if left := psa.Tenant.Faults(); len(left) != 0 {
					return fmt.Errorf("faults never fired: %+v", left)
				}
				return nil
			},
		}},
	})
}

// A name that exists in the PSA but not in state is caught at plan: an
// active field with the import block (by natural key) that adopts it, an
// inactive one that cannot be taken back with the reason, and a rename
// onto a taken name. Nothing is written.
func TestAccUserDefinedFieldResource_nameTakenAtPlan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	active := mustCreate(t, psa.Tenant, "UserDefinedFieldDefinitions", map[string]any{"name": "Local Admin Password", "udfType": 4, "dataType": 1, "isProtected": true})
	mustCreate(t, psa.Tenant, "UserDefinedFieldDefinitions", map[string]any{"name": "Old PIN", "udfType": 4, "dataType": 2, "isActive": false})
	rack := mustCreate(t, psa.Tenant, "UserDefinedFieldDefinitions", map[string]any{"name": "Rack Code", "udfType": 4, "dataType": 1, "isActive": false})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config:   udfConfig(`name = "local admin password"`, `udf_type = "device"`, `data_type = "text"`, "protected = true"),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: ` + words(fmt.Sprintf(`A user-defined field named "local admin password" already exists in Autotask (ID %d)`, active)) +
					`.*` + words(fmt.Sprintf(`import { to = autotask_user_defined_field.<name of this resource> id = "%d" }`, active))),
			},
			{ // inactive, but created as a number field: cannot become a text field
				Config:   udfConfig(`name = "Old PIN"`, `udf_type = "device"`, `data_type = "text"`),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error: ` + words(`A user-defined field named "Old PIN" already exists in Autotask`) + `\s+\(ID\s+\d+\)\s+with\s+other\s+settings.*` +
					words("data_type: number in Autotask, text configured (fixed when the field was created)")),
			},
			{ // inactive and compatible: apply takes it back (same ID)
				Config: udfConfig(`name = "Rack Code"`, `udf_type = "device"`, `data_type = "text"`),
				Check:  resource.TestCheckResourceAttr(udfRes, "id", strconv.FormatInt(rack, 10)),
			},
			{ // renamed onto a taken name
				Config:      udfConfig(`name = "Local Admin Password"`, `udf_type = "device"`, `data_type = "text"`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error: The name "Local Admin Password" is\s+taken.*` + words(fmt.Sprintf(`The user-defined field "Local Admin Password" (ID %d, active) already has it`, active))),
			},
		},
	})
	for _, name := range []string{"Local Admin Password", "Old PIN", "Rack Code"} {
		if n := len(udfRecords(t, psa, catalog.UDFDevice, name)); n != 1 {
			t.Errorf("%d device fields named %q, want 1", n, name)
		}
	}
	if rec := oneUDF(t, psa, catalog.UDFDevice, "Local Admin Password"); rec["isProtected"] != true {
		t.Errorf("the existing field changed: %v", rec)
	}
}

// Taking back an inactive field is announced at plan, as a warning on
// name, before the apply does it.
func TestAccUserDefinedFieldResource_takeBackWarnedAtPlan(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	rack := mustCreate(t, psa.Tenant, "UserDefinedFieldDefinitions", map[string]any{"name": "Rack Code", "udfType": 4, "dataType": 1, "isActive": false})
	tf := newRealTerraform(t, psa.env()...)
	tf.Write(udfConfig(`name = "Rack Code"`, `udf_type = "device"`, `data_type = "text"`))
	out := tf.Must(nil, "plan", "-input=false", "-json")
	var found bool
	for _, d := range diagnostics(t, out) {
		if d.Severity == "warning" && d.Summary == fmt.Sprintf(`Apply takes back the inactive user-defined field "Rack Code" (ID %d)`, rack) {
			found = strings.Contains(d.Detail, fmt.Sprintf("its ID stays %d", rack))
		}
	}
	if !found {
		t.Errorf("no take-back warning naming field %d:\n%s", rack, out)
	}
}
