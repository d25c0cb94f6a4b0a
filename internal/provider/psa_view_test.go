package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const twoLevels = `
resource "autotask_security_level" "a" {
  name      = "Fail Open A"
  copy_from = "API User Can't Read Costs"
}
resource "autotask_security_level" "b" {
  name      = "Fail Open B"
  copy_from = "Service Desk User"
}
`

var skippedChecks = regexp.MustCompile(`Warning: Plan-time checks that need the PSA did not run`)

// assertSkippedOnce checks that a plan said exactly once which checks did
// not run, with the reason and the rule IDs.
func assertSkippedOnce(t *testing.T, out string, reason *regexp.Regexp) {
	t.Helper()
	if n := count(skippedChecks, out); n != 1 {
		t.Fatalf("the plan says %d times that checks did not run, want once:\n%s", n, out)
	}
	if !reason.MatchString(flat(out)) {
		t.Errorf("the warning does not give the reason %s:\n%s", reason, out)
	}
	for _, id := range []string{"AT106", "AT111", "AT401", "AT404"} {
		if !strings.Contains(flat(out), "- "+id+": ") {
			t.Errorf("the warning does not list %s:\n%s", id, out)
		}
	}
}

// Without credentials the plan still runs the configuration-only checks
// and says, once, which checks it skipped and why.
func TestAccPSAView_missingCredentials(t *testing.T) {
	newTestPSA(t, mockpsa.SeedEmpty)
	t.Setenv(EnvSecret, "")
	t.Setenv(EnvIntegrationCode, "")
	cli := newTFCLI(t, twoLevels)
	out := cli.must("plan", "-no-color", "-input=false")
	assertSkippedOnce(t, out, regexp.MustCompile("no credentials: `secret` \\(or AUTOTASK_SECRET\\) and `integration_code` \\(or AUTOTASK_INTEGRATION_CODE\\) are not set"))
}

// A provider setting computed from another resource is unknown at plan:
// the provider must not read the PSA with the environment's secret in its
// place, and says so.
func TestAccPSAView_unknownProviderSetting(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	cli := psa.cli(t, `
resource "terraform_data" "secret" {
  input = "`+psa.Creds.Secret+`"
}
provider "autotask" {
  secret = terraform_data.secret.output
}
`+twoLevels)
	psa.Tenant.ResetCounters()
	out := cli.must("plan", "-no-color", "-input=false")
	assertSkippedOnce(t, out, regexp.MustCompile("the provider's `secret` is not known until apply"))
	if n := psa.Tenant.Counters().Total; n != 0 {
		t.Errorf("the plan made %d requests to the PSA; with its secret unknown it must make none (the environment's secret is not the configured one)", n)
	}
	// At apply the secret is known, and it is the one used.
	cli.must("apply", "-no-color", "-input=false", "-auto-approve")
	if n := len(levelsNamed(t, psa.Tenant, "Fail Open A")); n != 1 {
		t.Errorf("%d levels named Fail Open A after apply, want 1", n)
	}
}

// A read error does not fail the plan; the plan says which checks it
// skipped and why.
func TestAccPSAView_readError(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Method: "POST", Entity: "SecurityLevels", Count: 10,
		Message: "The database is being maintained."}); err != nil {
		t.Fatal(err)
	}
	cli := psa.cli(t, twoLevels)
	out := cli.must("plan", "-no-color", "-input=false")
	assertSkippedOnce(t, out, regexp.MustCompile(`reading it failed\. Autotask answered: The database is being maintained`))
	if strings.Contains(out, psa.Creds.Secret) {
		t.Error("the plan output holds the secret")
	}
}

// What a plan reads does not grow with the tenant: refreshing and planning
// the managed levels costs the same requests with 1,200 unmanaged custom
// levels as with none. (Only a plan that creates a level reads the names of
// the existing ones, one page per 500, to find orphans of an interrupted
// apply: see orphans.go.)
func TestAccPSAView_costIndependentOfTenantSize(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	var costs []int64
	var detail []map[string]int64
	measure := func() {
		costs = append(costs, psa.Tenant.Counters().Total)
		detail = append(detail, psa.Tenant.Counters().ByEntity)
		psa.Tenant.ResetCounters()
	}
	plan := resource.TestStep{
		Config:   twoLevels,
		PlanOnly: true,
	}
	first := plan
	first.PreConfig = psa.Tenant.ResetCounters
	grow := plan
	grow.PreConfig = func() {
		measure()
		for i := range 1200 {
			if _, err := psa.Tenant.Create("SecurityLevels", map[string]any{
				"name": fmt.Sprintf("Unmanaged %04d", i), "copiedFromSecurityLevelID": int64(catalog.ServiceDeskUser),
			}); err != nil {
				t.Fatalf("seed level %d: %v", i, err)
			}
		}
		psa.Tenant.ResetCounters()
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		// The last step only takes the measure of grow (the destroy at
		// the end of the test would count otherwise).
		Steps: []resource.TestStep{{Config: twoLevels}, first, grow, {Config: twoLevels, PlanOnly: true, PreConfig: measure}},
	})
	if len(costs) != 2 || costs[0] == 0 || costs[0] != costs[1] {
		t.Errorf("requests of one plan: %v with 0 and with 1,200 unmanaged levels; want equal (and not zero); by entity %v", costs, detail)
	}
	// The remote view and the API-user and level checks share one read:
	// one per provider run, like the threshold (a plan step runs terraform
	// more than once).
	for i, d := range detail {
		if runs := d["ThresholdInformation"]; runs == 0 || d["ApiUsers"] != runs {
			t.Errorf("plan step %d read ApiUsers %d times in %d provider runs, want once a run; by entity %v", i+1, d["ApiUsers"], runs, d)
		}
	}
}
