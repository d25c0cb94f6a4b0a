package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// evaluateInto runs the evaluator over in and adds the findings about the
// object at address to diags, on the attribute each concerns. Findings
// about other objects are left to those objects' own plans. Findings of the
// rules in acks (the object's `acknowledge` attribute) are logged with
// their reason instead.
func (d *providerData) evaluateInto(ctx context.Context, in evaluate.Input, address string, topLevel map[string]bool, acks map[string]string, diags *diag.Diagnostics) {
	remote, self, err := d.remoteView(ctx)
	switch {
	case err == nil, autotask.IsNotServed(err) && !inputNeedsExtension(in):
	case !d.reportNotServed(err, diags):
		d.reportPSAUnavailable(err, diags) // said once per plan, not once per object
	}
	diags.Append(d.takeUsageWarnings()...)
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
		fields := map[string]any{"rule": f.RuleID, "severity": f.Severity.String(), "path": strings.Join(f.Path, "."), "summary": f.Summary}
		if reason, ok := acks[f.RuleID]; ok {
			fields["acknowledged"] = reason
			tflog.Info(ctx, "plan-time finding (acknowledged)", fields)
			continue
		}
		if f.Severity == evaluate.SeverityInfo {
			// Informational findings are not plan warnings: they are in the
			// access report and the log; rule_severity can raise them.
			tflog.Info(ctx, "plan-time finding (info)", fields)
			continue
		}
		tflog.Debug(ctx, "plan-time finding", fields)
		addFinding(diags, f, topLevel)
	}
}

// writeFix renders a finding's fix for a diagnostic's detail: the HCL
// indented under "Fix:" (terraform prints indented lines as they are, so
// the HCL keeps its layout and can be copied), the prose on its own line
// after it.
func writeFix(b *strings.Builder, f evaluate.Finding) {
	switch {
	case f.FixHCL != "":
		b.WriteString("Fix:\n")
		for _, line := range strings.Split(f.FixHCL, "\n") {
			b.WriteString("  " + line + "\n")
		}
		if f.Fix != "" {
			b.WriteString(f.Fix + "\n")
		}
		b.WriteString("\n")
	case f.Fix != "":
		fmt.Fprintf(b, "Fix: %s\n\n", f.Fix)
	}
}

// mapAttributes are the top-level attributes that are maps of strings in
// every resource that has them (permission groups, an API user's
// integration): a finding's next path step into one is a map key.
var mapAttributes = func() map[string]bool {
	m := map[string]bool{attrIntegration: true}
	for _, g := range append(append([]permGroup{}, levelGroups...), portalOverrideGroups...) {
		m[g.Name] = true
	}
	return m
}()

// addFinding maps one finding onto a diagnostic. Errors fail the plan;
// warnings do not; informational findings are no diagnostic at all
// (evaluateInto logs them, the access report lists them).
func addFinding(diags *diag.Diagnostics, f evaluate.Finding, topLevel map[string]bool) {
	summary := fmt.Sprintf("%s: %s", f.RuleID, f.Summary)
	var b strings.Builder
	if f.Detail != "" {
		b.WriteString(f.Detail)
		b.WriteString("\n\n")
	}
	writeFix(&b, f)
	fmt.Fprintf(&b, "Rule %s, severity %s. Change it with rule_severity in the provider block.", f.RuleID, f.Severity)
	detail := b.String()

	var at path.Path
	if len(f.Path) > 0 && topLevel[f.Path[0]] {
		at = path.Root(f.Path[0])
		for _, step := range f.Path[1:] {
			if mapAttributes[f.Path[0]] && len(at.Steps()) == 1 {
				at = at.AtMapKey(step) // Terraform then underlines the entry
			} else {
				at = at.AtName(step)
			}
		}
	}
	switch f.Severity {
	case evaluate.SeverityError:
		if at.Equal(path.Empty()) {
			diags.AddError(summary, detail)
		} else {
			diags.AddAttributeError(at, summary, detail)
		}
	case evaluate.SeverityWarning:
		if at.Equal(path.Empty()) {
			diags.AddWarning(summary, detail)
		} else {
			diags.AddAttributeWarning(at, summary, detail)
		}
	case evaluate.SeverityInfo, evaluate.SeverityOff:
	}
}
