package provider

import (
	"context"
	"errors"
	"net"
	"net/url"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// connectionProblems makes a problem with the provider's connection
// settings or credentials — missing, not known until apply, rejected by
// Autotask (wrong secret, unknown user name or integration code), or a PSA
// that cannot be reached — one error per provider process (one plan),
// however many objects meet it. Every object of a plan needs the same
// connection, so one diagnostic that names the setting to fix says it all;
// without this, each object in state adds its own copy at refresh.
//
// Client and apiErrorDetail note each such problem as they describe it;
// the quiet* wrappers (below) then keep, across every Read, ModifyPlan
// and data-source Read of the process, the first diagnostic that carries
// it — with a summary that names the problem rather than the object — and
// drop the copies. Errors of Create, Update and Delete are left alone:
// there each object must say whether it was written.
type connectionProblems struct {
	mu sync.Mutex
	// summaries maps the detail text of each problem seen to the summary
	// its one diagnostic carries.
	summaries map[string]string
	said      bool
}

// note records that detail describes a connection problem.
func (c *connectionProblems) note(summary, detail string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.summaries == nil {
		c.summaries = map[string]string{}
	}
	c.summaries[detail] = summary
}

// filter drops from diags every diagnostic that repeats a connection
// problem, and keeps the first error of the process that states one.
func (c *connectionProblems) filter(diags *diag.Diagnostics) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.summaries) == 0 || !diags.HasError() && !c.said {
		return
	}
	var out diag.Diagnostics
	for _, d := range *diags {
		summary, problem := c.match(d)
		switch {
		case !problem:
			out = append(out, d)
		case d.Severity() == diag.SeverityError && !c.said:
			c.said = true
			out.AddError(summary, d.Detail())
		}
	}
	*diags = out
}

func (c *connectionProblems) match(d diag.Diagnostic) (string, bool) {
	for detail, summary := range c.summaries {
		if strings.Contains(d.Detail(), detail) {
			return summary, true
		}
	}
	return "", false
}

// connectionProblemSummary names err's problem when it is one of the
// connection settings or credentials.
func connectionProblemSummary(err error) (string, bool) {
	var apiErr *autotask.APIError
	var netErr net.Error
	var urlErr *url.Error
	switch {
	case autotask.IsUnauthorized(err), autotask.IsBadIntegrationCode(err),
		errors.As(err, &apiErr) && apiErr.Status >= 500 && strings.Contains(strings.ToLower(apiErr.Path), "zoneinformation"):
		return "Autotask rejected the provider's credentials", true
	case errors.As(err, &netErr), errors.As(err, &urlErr):
		return "Autotask could not be reached", true
	}
	return "", false
}

// quietResource wraps a resource so that its reads say a connection
// problem once per plan (connectionProblems).
type quietResource struct {
	resource.ResourceWithConfigure
	data *providerData
}

var (
	_ resource.ResourceWithConfigure        = &quietResource{}
	_ resource.ResourceWithModifyPlan       = &quietResource{}
	_ resource.ResourceWithImportState      = &quietResource{}
	_ resource.ResourceWithConfigValidators = &quietResource{}
	_ resource.ResourceWithValidateConfig   = &quietResource{}
	_ resource.ResourceWithUpgradeState     = &quietResource{}
)

// quietResources wraps every resource constructor. Each resource must
// implement ImportState (all of this provider's do).
func quietResources(ctors ...func() resource.Resource) []func() resource.Resource {
	out := make([]func() resource.Resource, len(ctors))
	for i, ctor := range ctors {
		out[i] = func() resource.Resource {
			r, ok := ctor().(resource.ResourceWithConfigure)
			if !ok {
				panic("provider: a resource without Configure cannot be wrapped")
			}
			return &quietResource{ResourceWithConfigure: r}
		}
	}
	return out
}

func (q *quietResource) Configure(ctx context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	q.ResourceWithConfigure.Configure(ctx, req, resp)
	q.data, _ = req.ProviderData.(*providerData)
}

func (q *quietResource) quiet(diags *diag.Diagnostics) {
	if q.data != nil {
		q.data.connection.filter(diags)
	}
}

func (q *quietResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	q.ResourceWithConfigure.Read(ctx, req, resp)
	q.quiet(&resp.Diagnostics)
}

func (q *quietResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if m, ok := q.ResourceWithConfigure.(resource.ResourceWithModifyPlan); ok {
		m.ModifyPlan(ctx, req, resp)
		q.quiet(&resp.Diagnostics)
	}
}

func (q *quietResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if i, ok := q.ResourceWithConfigure.(resource.ResourceWithImportState); ok {
		i.ImportState(ctx, req, resp)
		return
	}
	resp.Diagnostics.AddError("Import not supported", "This resource type cannot be imported.")
}

func (q *quietResource) ConfigValidators(ctx context.Context) []resource.ConfigValidator {
	if v, ok := q.ResourceWithConfigure.(resource.ResourceWithConfigValidators); ok {
		return v.ConfigValidators(ctx)
	}
	return nil
}

func (q *quietResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	if v, ok := q.ResourceWithConfigure.(resource.ResourceWithValidateConfig); ok {
		v.ValidateConfig(ctx, req, resp)
	}
}

func (q *quietResource) UpgradeState(ctx context.Context) map[int64]resource.StateUpgrader {
	if u, ok := q.ResourceWithConfigure.(resource.ResourceWithUpgradeState); ok {
		return u.UpgradeState(ctx)
	}
	return nil
}

// quietDataSource is quietResource for data sources.
type quietDataSource struct {
	datasource.DataSourceWithConfigure
	data *providerData
}

var (
	_ datasource.DataSourceWithConfigure        = &quietDataSource{}
	_ datasource.DataSourceWithConfigValidators = &quietDataSource{}
)

// quietDataSources wraps the constructors of data sources that read the
// PSA; catalogue-only data sources need no wrapper.
func quietDataSources(ctors ...func() datasource.DataSource) []func() datasource.DataSource {
	out := make([]func() datasource.DataSource, len(ctors))
	for i, ctor := range ctors {
		out[i] = func() datasource.DataSource {
			ds := ctor()
			if c, ok := ds.(datasource.DataSourceWithConfigure); ok {
				return &quietDataSource{DataSourceWithConfigure: c}
			}
			return ds
		}
	}
	return out
}

func (q *quietDataSource) Configure(ctx context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	q.DataSourceWithConfigure.Configure(ctx, req, resp)
	q.data, _ = req.ProviderData.(*providerData)
}

func (q *quietDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	q.DataSourceWithConfigure.Read(ctx, req, resp)
	if q.data != nil {
		q.data.connection.filter(&resp.Diagnostics)
	}
}

func (q *quietDataSource) ConfigValidators(ctx context.Context) []datasource.ConfigValidator {
	if v, ok := q.DataSourceWithConfigure.(datasource.DataSourceWithConfigValidators); ok {
		return v.ConfigValidators(ctx)
	}
	return nil
}
