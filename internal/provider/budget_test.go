package provider

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const tooLateConfig = `
resource "autotask_security_level" "x" {
  name      = "Too Late"
  copy_from = "Sales"
}`

// spend makes the tenant's usage reach n requests in the current hour, as
// the database's other integrations would.
func spend(t *testing.T, psa *testPSA, n int) {
	t.Helper()
	c, err := autotask.New(autotask.Config{BaseURL: psa.Creds.BaseURL, Username: psa.Creds.Username, Secret: psa.Creds.Secret,
		IntegrationCode: psa.Creds.IntegrationCode, RequestBudget: 1 << 30, RetryMax: -1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for psa.Tenant.Counters().WindowRequests < n {
		if _, err := c.Threshold(ctx); err != nil {
			t.Fatalf("spend requests: %v", err)
		}
	}
}

// The plan shows the database's real usage as a warning at 75% and at
// 90% of the budget: by default the tenant's own threshold, else the
// configured request_budget.
func TestAccRequestBudget_warnings(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	if err := psa.Tenant.SetRequestBudget(100); err != nil {
		t.Fatal(err)
	}
	passed := func(pct string) *regexp.Regexp {
		return regexp.MustCompile(`Warning: Autotask API usage passed ` + pct + `% of the hourly request budget`)
	}
	cli := psa.cli(t, twoLevels)

	spend(t, psa, 76)
	out := cli.must("plan", "-no-color", "-input=false")
	if count(passed("75"), out) != 1 || count(passed("90"), out) != 0 {
		t.Fatalf("at 76 of 100 the plan should warn once, at 75%%:\n%s", out)
	}
	if !regexp.MustCompile(`The database has used \d+ of its 100 API requests in the current hour \(the database's own threshold, as Autotask reports it\)`).MatchString(flat(out)) {
		t.Errorf("the warning does not give the usage and the budget:\n%s", out)
	}

	spend(t, psa, 91)
	out = cli.must("plan", "-no-color", "-input=false")
	if count(passed("90"), out) != 1 || count(passed("75"), out) != 0 {
		t.Fatalf("at 91 of 100 the plan should warn once, at 90%%:\n%s", out)
	}

	// A configured budget is the one that counts.
	if err := psa.Tenant.SetRequestBudget(10000); err != nil {
		t.Fatal(err)
	}
	psa.Tenant.ResetCounters()
	spend(t, psa, 160)
	cli = psa.cli(t, "provider \"autotask\" {\n  request_budget = 200\n}\n"+twoLevels)
	out = cli.must("plan", "-no-color", "-input=false")
	if count(passed("75"), out) != 1 || !strings.Contains(flat(out), "of its 200 API requests in the current hour (the provider's `request_budget`)") {
		t.Fatalf("at 160 of a configured 200 the plan should warn at 75%% of 200:\n%s", out)
	}
	if strings.Contains(out, "10,000") || strings.Contains(out, "10000") {
		t.Errorf("the output names 10,000, not the budget in force:\n%s", out)
	}
}

// A database at its hourly limit fails the run at once with an error that
// names the limit and when it frees up; nothing waits out the hour.
func TestAccRequestBudget_suspendedTenant(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	if err := psa.Tenant.SetRequestBudget(40); err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			PreConfig:   func() { spend(t, psa, 40) },
			Config:      tooLateConfig,
			ExpectError: regexp.MustCompile(`(?s)The Autotask database has reached its API request limit\s+\(shared by every\s+integration.*frees up in about \d+\s+minutes\s+\(around\s+\d\d:\d\d\s+UTC\)`),
		}, {
			// Nothing was created, and every refused call was answered once.
			PreConfig: func() {
				if n := len(levelsNamed(t, psa.Tenant, "Too Late")); n != 0 {
					t.Fatalf("%d levels created by a suspended run", n)
				}
				if c := psa.Tenant.Counters(); c.Suspended == 0 || c.Suspended > 10 {
					t.Fatalf("%d suspended answers; want a few (no retry loop)", c.Suspended)
				}
				if err := psa.Tenant.SetRequestBudget(10000); err != nil {
					t.Fatal(err)
				}
			},
			Config: tooLateConfig,
			Check:  oneLevelNamed(t, psa, "Too Late"),
		}},
	})
}

// Reaching the limit during a run: the provider read the tenant's
// threshold when it started, so the error names the limit in its own words,
// and Autotask's Retry-After says when a slot frees up.
func TestAccRequestBudget_limitReachedDuringRun(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	if err := psa.Tenant.SetRequestBudget(400); err != nil {
		t.Fatal(err)
	}
	// The create is the request that meets the limit (another integration
	// used the rest of the hour in the meantime).
	if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 403, Op: mockpsa.OpCreate, Entity: "SecurityLevels",
		RetryAfter: "1500", Message: "API request threshold exceeded: this database has made 400 requests in the last 60 minutes"}); err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{{
			Config:      tooLateConfig,
			ExpectError: regexp.MustCompile(`(?s)Could not create security level "Too Late".*The Autotask database has reached its API request limit of 400\s+requests\s+per\s+60\s+minutes.*a\s+request\s+slot\s+frees\s+up\s+in\s+about\s+25\s+minutes`),
		}, {
			PreConfig: func() {
				if left := psa.Tenant.Faults(); len(left) != 0 {
					t.Fatalf("the fault did not hit the create: %+v", left)
				}
			},
			Config: tooLateConfig,
			Check:  oneLevelNamed(t, psa, "Too Late"),
		}},
	})
}

// Without Retry-After the error still says when the limit frees up at the
// latest, from the tenant's timeframe; the client's own refusal says when
// its next slot comes.
func TestBudgetErrorDetail(t *testing.T) {
	d := &providerData{}
	d.usage.threshold = &autotask.ThresholdInfo{ExternalRequestThreshold: 2500, RequestThresholdTimeframe: 60}
	suspended := &autotask.APIError{Status: 403, Messages: []string{"API request threshold exceeded"}}
	got := d.apiErrorDetail(suspended)
	for _, want := range []string{"limit of 2,500 requests per 60 minutes", "frees up within 60 minutes at the latest", "Autotask answered: API request threshold exceeded"} {
		if !strings.Contains(got, want) {
			t.Errorf("suspension detail lacks %q: %s", want, got)
		}
	}
	d = &providerData{requestBudget: 300}
	got = d.apiErrorDetail(&autotask.BudgetError{Used: 300, Budget: 300, RetryIn: 90 * time.Second})
	for _, want := range []string{"300 of 300 requests", "the provider's `request_budget`", "frees up in about 2 minutes"} {
		if !strings.Contains(got, want) {
			t.Errorf("budget detail lacks %q: %s", want, got)
		}
	}
	if got := d.apiErrorDetail(suspended); !strings.Contains(got, "limit of 300 requests per 60 minutes") {
		t.Errorf("with no ThresholdInformation the configured budget is the limit: %s", got)
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	for d, want := range map[time.Duration]string{0: "1 second", 45 * time.Second: "45 seconds", 80 * time.Second: "about a minute", 25 * time.Minute: "about 25 minutes"} {
		if got := aboutDuration(d); got != want {
			t.Errorf("aboutDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
