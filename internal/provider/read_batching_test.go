package provider

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func TestReadBatchWindowSetting(t *testing.T) {
	for v, want := range map[string]time.Duration{"": autotask.DefaultReadBatchWindow, "0": 0, "20ms": 20 * time.Millisecond, " 1s ": time.Second} {
		t.Setenv(EnvReadBatchWindow, v)
		if got, err := readBatchWindow(); err != nil || got != want {
			t.Errorf("%q: %v, %v; want %v", v, got, err, want)
		}
	}
	for _, v := range []string{"soon", "-5ms", "2s", "5"} {
		t.Setenv(EnvReadBatchWindow, v)
		if _, err := readBatchWindow(); err == nil || !strings.Contains(err.Error(), EnvReadBatchWindow) {
			t.Errorf("%q: %v; want an error naming the variable", v, err)
		}
	}
	t.Setenv(EnvReadBatchWindow, "soon")
	d := &providerData{baseURL: "https://x.example/", username: "u", secret: "s", integrationCode: "c"}
	if _, diags := d.Client(context.Background()); !diags.HasError() || !strings.Contains(diags.Errors()[0].Detail(), "between 0 and 1s") {
		t.Errorf("bad setting reached the client: %v", diags)
	}
}

// countersCheck checks the mock's counters when the plan is checked (after
// terraform plan, before apply).
func countersCheck(ten *mockpsa.Tenant, check func(mockpsa.Counters) error) plancheck.PlanCheck {
	return countersPlanCheck{ten: ten, check: check}
}

type countersPlanCheck struct {
	ten   *mockpsa.Tenant
	check func(mockpsa.Counters) error
}

func (c countersPlanCheck) CheckPlan(_ context.Context, _ plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	resp.Error = c.check(c.ten.Counters())
}

const batchLevels = 5

func batchLevelsConfig() string {
	var b strings.Builder
	for i := 1; i <= batchLevels; i++ {
		fmt.Fprintf(&b, `
resource "autotask_security_level" "l%d" {
  name      = "Batch Level %d"
  copy_from = "Service Desk User"
  projects = {
    project_view = "Mine"
  }
}
`, i, i)
	}
	return b.String()
}

// Levels changed out of band between two plans are seen by the second plan,
// while every refresh read goes through the batcher (no GET of a level; the
// levels' reads share queries).
func TestAccSecurityLevelResource_outOfBandChangeSeenWithBatching(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	// A window wide enough that the reads terraform sends together meet on
	// a loaded machine.
	t.Setenv(EnvReadBatchWindow, "250ms")
	ids := make([]int64, batchLevels+1)
	var captures []statecheck.StateCheck
	addr := func(i int) string { return fmt.Sprintf("autotask_security_level.l%d", i) }
	for i := 1; i <= batchLevels; i++ {
		captures = append(captures, statecheck.ExpectKnownValue(addr(i), tfjsonpath.New("id"), knownvalue.NotNull()))
	}
	eff := func(module, name string) tfjsonpath.Path {
		return tfjsonpath.New("effective_permissions").AtMapKey(module).AtMapKey(name)
	}
	batched := func(c mockpsa.Counters) error {
		// Refresh read all five levels through queries only, and fewer
		// queries than levels (the plan-time remote view adds one query).
		// (The one GET allowed is ThresholdInformation: the budget check.)
		if gets := c.ByMethod["GET"] - c.ByEntity["ThresholdInformation"]; gets != 0 {
			return fmt.Errorf("the plan sent %d GETs besides ThresholdInformation; every refresh read should go through a batch query (%v)", gets, c.ByEntity)
		}
		t.Logf("plan requests: %v", c.ByEntity)
		if q := c.ByEntity["SecurityLevels"]; q > batchLevels {
			return fmt.Errorf("the plan sent %d SecurityLevels queries for %d levels: reads were not batched", q, batchLevels)
		}
		return nil
	}
	noop := func(except ...int) []plancheck.PlanCheck {
		var checks []plancheck.PlanCheck
		for i := 1; i <= batchLevels; i++ {
			action := plancheck.ResourceActionNoop
			for _, e := range except {
				if e == i {
					action = plancheck.ResourceActionUpdate
				}
			}
			checks = append(checks, plancheck.ExpectResourceAction(addr(i), action))
		}
		return checks
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:            batchLevelsConfig(),
				ConfigStateChecks: captures,
				Check: func(s *terraform.State) error {
					for i := 1; i <= batchLevels; i++ {
						if err := captureID(addr(i), &ids[i])(s); err != nil {
							return err
						}
					}
					return nil
				},
			},
			{ // nothing changed: an empty plan, read in batches
				PreConfig: psa.Tenant.ResetCounters,
				Config:    batchLevelsConfig(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: append(noop(),
					plancheck.ExpectEmptyPlan(), countersCheck(psa.Tenant, batched))},
			},
			{ // two levels changed in the UI between plans: both seen, the others not touched
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", ids[2], map[string]any{
						wireField(t, catalog.KeyTaskNotesDelete): wirePicklist(t, catalog.KeyTaskNotesDelete, catalog.None),
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
					if err := psa.Tenant.Patch("SecurityLevels", ids[4], map[string]any{"description": "edited in the UI"}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
					psa.Tenant.ResetCounters()
				},
				Config: batchLevelsConfig(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: append(noop(2, 4),
					plancheck.ExpectKnownValue(addr(2), eff("projects", "task_notes_delete"), knownvalue.StringExact("All")),
					plancheck.ExpectKnownValue(addr(4), tfjsonpath.New("description"), knownvalue.StringExact("")),
					countersCheck(psa.Tenant, batched))},
			},
			{ // right after the apply that corrected them, a new change is seen too
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", ids[5], map[string]any{
						wireField(t, catalog.KeyProjectView): wirePicklist(t, catalog.KeyProjectView, catalog.All),
					}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
				},
				Config: batchLevelsConfig(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: append(noop(5),
					plancheck.ExpectKnownValue(addr(5), eff("projects", "project_view"), knownvalue.StringExact("Mine")))},
			},
		},
	})
}

// readAheadLevels is enough levels that, without read-ahead, a refresh
// needs at least readAheadLevels/10 queries: terraform reads at most
// -parallelism (10) objects at a time, and a batch holds only the reads
// that wait together.
const readAheadLevels = 50

func readAheadConfig() string {
	var b strings.Builder
	for i := 1; i <= readAheadLevels; i++ {
		fmt.Fprintf(&b, `
resource "autotask_security_level" "r%d" {
  name      = "Read Ahead %d"
  copy_from = "Service Desk User"
}
`, i, i)
	}
	return b.String()
}

// Each level keeps the ids of its neighbours in private state, so a later
// refresh asks for all of them in its first query: far fewer queries than
// Terraform's parallelism allows batching alone, with every level still
// read from the PSA (an out-of-band change is seen) and no GET of a level.
func TestAccSecurityLevelResource_refreshReadsAhead(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var changed int64
	readAhead := func(c mockpsa.Counters) error {
		queries, ids := c.ReadsByID["SecurityLevels"], c.IDsRead["SecurityLevels"]
		t.Logf("refresh: %d queries by id asking %d ids; requests %v", queries, ids, c.ByEntity)
		if gets := c.ByMethod["GET"] - c.ByEntity["ThresholdInformation"]; gets != 0 {
			return fmt.Errorf("the plan sent %d GETs besides ThresholdInformation (%v): a level was read on its own", gets, c.ByEntity)
		}
		if ids < readAheadLevels {
			return fmt.Errorf("the refresh queries asked for %d ids, fewer than the %d levels", ids, readAheadLevels)
		}
		// Batching alone needs >= 5 queries here; reading ahead needs one
		// (two when the first readers' lists were still short).
		if queries > 2 {
			return fmt.Errorf("the refresh of %d levels took %d queries by id; reading ahead should take 1 or 2", readAheadLevels, queries)
		}
		return nil
	}
	cfg := readAheadConfig()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check:  captureID("autotask_security_level.r17", &changed),
			},
			// An apply with nothing to change stores what each level's
			// refresh learnt.
			{Config: cfg, ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}}},
			{
				PreConfig: psa.Tenant.ResetCounters,
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(), countersCheck(psa.Tenant, readAhead)}},
			},
			{ // changed in the UI: the read-ahead read it from the PSA, so the plan sees it
				PreConfig: func() {
					if err := psa.Tenant.Patch("SecurityLevels", changed, map[string]any{"description": "edited in the UI"}); err != nil {
						t.Fatalf("out-of-band patch: %v", err)
					}
					psa.Tenant.ResetCounters()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("autotask_security_level.r17", plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue("autotask_security_level.r17", tfjsonpath.New("description"), knownvalue.StringExact("")),
					countersCheck(psa.Tenant, readAhead)}},
			},
		},
	})
}
