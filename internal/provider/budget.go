package provider

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// usageState follows the database's hourly request usage for one provider
// process: the tenant's own figures, read once from ThresholdInformation
// when the client is built, and the warnings the client raised since the
// last diagnostics were handed out.
type usageState struct {
	mu        sync.Mutex
	threshold *autotask.ThresholdInfo
	pending   diag.Diagnostics
}

// readUsage reads the tenant's real usage once per process (plan, apply);
// crossing 75% or 90% of the budget then becomes a warning of the next
// operation, like any crossing later in the run.
func (d *providerData) readUsage(ctx context.Context, c *autotask.Client) {
	ti, err := c.Threshold(ctx)
	if err != nil {
		// The operation that follows meets the same problem and reports it.
		tflog.Debug(ctx, "reading ThresholdInformation failed", map[string]any{"error": err.Error()})
		return
	}
	d.usage.mu.Lock()
	d.usage.threshold = ti
	d.usage.mu.Unlock()
}

// noteUsage is the client's OnUsageWarning: it queues one warning.
func (d *providerData) noteUsage(_ context.Context, u autotask.Usage, percent int) {
	var diags diag.Diagnostics
	diags.AddWarning(fmt.Sprintf("Autotask API usage passed %d%% of the hourly request budget", percent),
		fmt.Sprintf("The database has used %s of its %s API requests in the current hour (%s). The count is shared by every "+
			"integration of the database: at the budget Autotask suspends API access for all of them until older requests "+
			"leave the hour, and Terraform stops before that. Plan fewer objects at once, or run Terraform when the database is quieter.",
			thousands(u.Used), thousands(u.Limit), d.budgetSource(u.TenantThreshold)))
	d.usage.mu.Lock()
	d.usage.pending.Append(diags...)
	d.usage.mu.Unlock()
}

// takeUsageWarnings hands out the queued usage warnings, each once.
func (d *providerData) takeUsageWarnings() diag.Diagnostics {
	d.usage.mu.Lock()
	defer d.usage.mu.Unlock()
	out := d.usage.pending
	d.usage.pending = nil
	return out
}

// putBackUsageWarnings queues warnings a caller could not show.
func (d *providerData) putBackUsageWarnings(w diag.Diagnostics) {
	if len(w) == 0 {
		return
	}
	d.usage.mu.Lock()
	d.usage.pending = append(w, d.usage.pending...)
	d.usage.mu.Unlock()
}

// budgetSource says where the budget in force comes from, given the
// threshold the tenant reported (0 when it has not).
func (d *providerData) budgetSource(tenantThreshold int) string {
	switch {
	case d.requestBudget > 0:
		return "the provider's `request_budget`"
	case tenantThreshold > 0:
		return "the database's own threshold, as Autotask reports it"
	}
	return "the default budget; set `request_budget` to the database's threshold"
}

// tenantThreshold is the threshold the tenant reported, or 0.
func (d *providerData) tenantThreshold() int {
	d.usage.mu.Lock()
	defer d.usage.mu.Unlock()
	if d.usage.threshold == nil {
		return 0
	}
	return d.usage.threshold.ExternalRequestThreshold
}

// budgetErrorDetail explains a refusal for the hourly budget: the
// client's own (BudgetError) or Autotask's suspension of the database.
func (d *providerData) budgetErrorDetail(err error) string {
	var be *autotask.BudgetError
	if errors.As(err, &be) {
		return fmt.Sprintf("Terraform stopped before the database's hourly API request budget runs out: %s of %s requests have been "+
			"used in the last hour (%s), and Autotask would suspend API access for every integration of the database beyond it. "+
			"A request slot frees up in %s. Run Terraform again then, or raise `request_budget` if the database allows more.",
			thousands(be.Used), thousands(be.Budget), d.budgetSource(d.tenantThreshold()), aboutDuration(be.RetryIn))
	}
	d.usage.mu.Lock()
	ti := d.usage.threshold
	d.usage.mu.Unlock()
	limit, minutes := 0, 60
	if ti != nil {
		limit = ti.ExternalRequestThreshold
		if ti.RequestThresholdTimeframe > 0 {
			minutes = ti.RequestThresholdTimeframe
		}
	}
	if limit == 0 {
		limit = d.requestBudget // the database's budget, as configured
	}
	var when string
	var ae *autotask.APIError
	if errors.As(err, &ae) && ae.RetryAfter > 0 {
		at := time.Now().Add(ae.RetryAfter).UTC().Format("15:04 UTC")
		when = "a request slot frees up in " + aboutDuration(ae.RetryAfter) + " (around " + at + ")"
	} else {
		when = fmt.Sprintf("a request slot frees up within %d minutes at the latest, as the oldest requests leave the window", minutes)
	}
	limitText := "its API request limit"
	if limit > 0 {
		limitText = fmt.Sprintf("its API request limit of %s requests per %d minutes", thousands(limit), minutes)
	}
	detail := fmt.Sprintf("The Autotask database has reached %s (shared by every integration of the database) and refuses API calls "+
		"until older requests leave that window: %s. Run Terraform again after that.", limitText, when)
	if ae != nil && len(ae.Messages) > 0 {
		detail += " Autotask answered: " + ae.Messages[0]
	}
	return detail
}

// aboutDuration renders d for people: "45 seconds", "about 12 minutes".
func aboutDuration(d time.Duration) string {
	switch {
	case d < 2*time.Second:
		return "1 second"
	case d < time.Minute:
		return strconv.Itoa(int(d.Round(time.Second)/time.Second)) + " seconds"
	case d < 90*time.Second:
		return "about a minute"
	}
	return "about " + strconv.Itoa(int(d.Round(time.Minute)/time.Minute)) + " minutes"
}

// thousands renders n with thousands separators (10,000).
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
