package provider

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// remoteCache holds what the evaluator needs to know about the PSA as it
// stands (existing custom levels, API users, Terraform's own API user). It
// is read once per provider process, that is once per plan or apply.
type remoteCache struct {
	once     sync.Once
	remote   *evaluate.Remote
	self     *evaluate.Self
	err      error
	reported sync.Once
}

// remoteView reads the PSA's security levels and API users once. Without
// credentials it returns nothing and no error: the checks that need the
// remote view are then skipped.
func (d *providerData) remoteView(ctx context.Context) (*evaluate.Remote, *evaluate.Self, error) {
	if d.username == "" || d.secret == "" || d.integrationCode == "" {
		return nil, nil, nil
	}
	d.remote.once.Do(func() {
		c, diags := d.Client(ctx)
		if diags.HasError() {
			d.remote.err = fmt.Errorf("the API client is not configured")
			return
		}
		levels, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Gt("id", int64(catalog.MaxSystemLevelID))}})
		if err != nil {
			d.remote.err = err
			return
		}
		users, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Exist("id")}})
		if err != nil {
			d.remote.err = err
			return
		}
		r := &evaluate.Remote{}
		for _, l := range levels {
			rl := evaluate.RemoteLevel{ID: l.ID, Name: deref(l.Name), Settings: l.Permissions}
			if l.LicenseType != nil {
				if lic, ok := catalog.LicenseByID(*l.LicenseType); ok {
					rl.License = lic.Type
				}
			}
			r.Levels = append(r.Levels, rl)
		}
		for _, u := range users {
			r.APIUsers = append(r.APIUsers, evaluate.RemoteAPIUser{UserName: deref(u.UserName)})
			if strings.EqualFold(deref(u.UserName), d.username) && u.SecurityLevelID != nil {
				d.remote.self = &evaluate.Self{UserName: d.username, Level: evaluate.LevelRef{ID: *u.SecurityLevelID}}
			}
		}
		d.remote.remote = r
	})
	return d.remote.remote, d.remote.self, d.remote.err
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// evaluateInto runs the evaluator over in and adds the findings about the
// object at address to diags, on the attribute each concerns. Findings
// about other objects are left to those objects' own plans.
func (d *providerData) evaluateInto(ctx context.Context, in evaluate.Input, address string, topLevel map[string]bool, diags *diag.Diagnostics) {
	remote, self, err := d.remoteView(ctx)
	if err != nil && !d.reportNotServed(err, diags) {
		// Said once per plan, not once per object.
		d.remote.reported.Do(func() {
			if autotask.IsUnauthorized(err) {
				diags.AddError("Autotask rejected the provider's credentials", d.apiErrorDetail(err))
				return
			}
			diags.AddWarning("Plan-time checks ran without the PSA's current state",
				"Reading existing security levels and API users failed, so checks that compare with them (API-license level count, "+
					"Terraform's own API user) were skipped: "+d.apiErrorDetail(err))
		})
	}
	if in.Remote == nil {
		in.Remote = remote
	}
	if in.Self == nil {
		in.Self = self
	}
	for _, f := range evaluate.Evaluate(in, d.evalOptions) {
		if f.Address != address {
			continue
		}
		tflog.Debug(ctx, "plan-time finding", map[string]any{"rule": f.RuleID, "severity": f.Severity.String(), "path": strings.Join(f.Path, ".")})
		addFinding(diags, f, topLevel)
	}
}

// addFinding maps one finding onto a diagnostic. Errors fail the plan;
// warnings and informational findings are shown as warnings.
func addFinding(diags *diag.Diagnostics, f evaluate.Finding, topLevel map[string]bool) {
	summary := fmt.Sprintf("%s: %s", f.RuleID, f.Summary)
	var b strings.Builder
	if f.Detail != "" {
		b.WriteString(f.Detail)
		b.WriteString("\n\n")
	}
	if f.Fix != "" {
		fmt.Fprintf(&b, "Fix: %s\n\n", f.Fix)
	}
	fmt.Fprintf(&b, "Rule %s, severity %s. Change it with rule_severity in the provider block.", f.RuleID, f.Severity)
	detail := b.String()

	var at path.Path
	if len(f.Path) > 0 && topLevel[f.Path[0]] {
		at = path.Root(f.Path[0])
		for _, step := range f.Path[1:] {
			at = at.AtName(step)
		}
	}
	switch f.Severity {
	case evaluate.SeverityError:
		if at.Equal(path.Empty()) {
			diags.AddError(summary, detail)
		} else {
			diags.AddAttributeError(at, summary, detail)
		}
	case evaluate.SeverityWarning, evaluate.SeverityInfo:
		if f.Severity == evaluate.SeverityInfo {
			summary += " (info)"
		}
		if at.Equal(path.Empty()) {
			diags.AddWarning(summary, detail)
		} else {
			diags.AddAttributeWarning(at, summary, detail)
		}
	case evaluate.SeverityOff:
	}
}
