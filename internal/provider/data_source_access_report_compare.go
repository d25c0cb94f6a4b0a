package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// The review part of autotask_access_report: a JSON snapshot of the report
// (`json`), the differences from an earlier snapshot (`compare_to` →
// `differences`), and the findings of every rule on the custom levels it
// reports (`findings`), informational ones included: those are not plan
// warnings, the report is where they are read.

var reportDifferenceAttrTypes = map[string]attr.Type{
	"subject": types.StringType, "item": types.StringType, "before": types.StringType, "after": types.StringType,
}

var reportFindingAttrTypes = map[string]attr.Type{
	"rule_id": types.StringType, "severity": types.StringType, "object": types.StringType, "summary": types.StringType,
}

// reportSnapshot is what `json` holds: every subject (a level, an API user,
// a user) with its items (a cell of the matrix, a user's level, …).
type reportSnapshot struct {
	Version  int                          `json:"version"`
	Subjects map[string]map[string]string `json:"subjects"`
}

const reportSnapshotVersion = 1

// reviewReportAttributes are the schema attributes of the review part.
func reviewReportAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"json": schema.StringAttribute{Computed: true,
			MarkdownDescription: "The report as JSON, for keeping (in a file or an output) and passing to `compare_to` later: every level, " +
				"API user and user with what they can do."},
		"compare_to": schema.StringAttribute{Optional: true,
			MarkdownDescription: "A `json` of an earlier report. `differences` then lists what changed since, and `markdown` gains a " +
				"table of the changes: who gained or lost which access, which levels and users appeared or went."},
		"differences": schema.ListNestedAttribute{Computed: true,
			MarkdownDescription: "With `compare_to`: one entry per changed item, ordered by subject and item. A subject or item that did " +
				"not exist on one side has an empty `before` or `after`.",
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"subject": schema.StringAttribute{Computed: true, MarkdownDescription: "`level: <name>`, `api_user: <user name>` or `user: <user name>`."},
				"item":    schema.StringAttribute{Computed: true, MarkdownDescription: "The cell key (`project.view`) or user attribute (`security_level`)."},
				"before":  schema.StringAttribute{Computed: true, MarkdownDescription: "Value in `compare_to`."},
				"after":   schema.StringAttribute{Computed: true, MarkdownDescription: "Value now."},
			}}},
		"findings": schema.ListNestedAttribute{Computed: true,
			MarkdownDescription: "With `include_custom`: the plan-time rules applied to every custom level as it stands in the PSA, " +
				"informational findings (such as AT303, access that rests on associations) included — they are not shown as plan " +
				"warnings, this is where to read them. With `include_api_users`: the least-privilege rules (AT201–AT207) applied to every " +
				"active API user whose integration profile (`api_user_profiles`, or its vendor with the extension) and level permissions " +
				"(a system level, or a custom level read through the extension) are known. `rule_severity` applies.",
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"rule_id":  schema.StringAttribute{Computed: true, MarkdownDescription: "Rule ID, e.g. `AT303`."},
				"severity": schema.StringAttribute{Computed: true, MarkdownDescription: "`error`, `warning` or `info`."},
				"object":   schema.StringAttribute{Computed: true, MarkdownDescription: "The object concerned."},
				"summary":  schema.StringAttribute{Computed: true, MarkdownDescription: "What the rule found."},
			}}},
	}
}

// levelFindings evaluates the custom levels as they stand, each with the
// integration profiles of the active API users on it (AT304 is
// informational for what a recipe needs). Without the extension the custom
// levels' permissions are not known, and there is nothing to judge. The
// caller has read the custom levels already (customLevelRows).
func (d *AccessReportDataSource) levelFindings(ctx context.Context, psa *reportPSA) []evaluate.Finding {
	custom, err := psa.customLevels(ctx)
	if err != nil || len(custom) == 0 {
		return nil
	}
	users, err := psa.apiUsers(ctx)
	if err != nil {
		users = nil // the findings then treat every level as serving no recipe
	}
	in := evaluate.Input{}
	for _, l := range custom {
		var profiles []string
		for _, u := range users {
			if u.LevelID == l.ID && u.Active && u.Profile != "" && !slices.Contains(profiles, u.Profile) {
				profiles = append(profiles, u.Profile)
			}
		}
		lvl := evaluate.Level{Address: fmt.Sprintf("security level %q", deref(l.Name)), ID: l.ID, Name: deref(l.Name),
			Overrides: l.Permissions, Inactive: !deref(l.IsActive), Profiles: profiles}
		if l.CopiedFromSecurityLevelID != nil {
			lvl.CopyFromID = catalog.LevelID(*l.CopiedFromSecurityLevelID)
		}
		in.Levels = append(in.Levels, lvl)
	}
	return evaluate.Evaluate(in, d.evalOptions())
}

// fillReview sets json, differences and findings, and appends their
// Markdown. unjudged names the API users whose level's permissions only
// the extension could tell.
func (d *AccessReportDataSource) fillReview(ctx context.Context, m *accessReportModel, findings []evaluate.Finding, unjudged []string, diags *diag.Diagnostics) {
	snap := reportSnapshot{Version: reportSnapshotVersion, Subjects: map[string]map[string]string{}}
	d.snapshotInto(ctx, m, &snap, diags)
	raw, err := json.Marshal(snap)
	if err != nil {
		diags.AddError("Could not encode the access report", err.Error())
		return
	}
	m.JSON = types.StringValue(string(raw))
	md := m.Markdown.ValueString()

	m.Differences = types.ListNull(types.ObjectType{AttrTypes: reportDifferenceAttrTypes})
	if !m.CompareTo.IsNull() && !m.CompareTo.IsUnknown() {
		var before reportSnapshot
		if err := json.Unmarshal([]byte(m.CompareTo.ValueString()), &before); err != nil || before.Version != reportSnapshotVersion || before.Subjects == nil {
			diags.AddAttributeError(path.Root("compare_to"), "compare_to is not an access report",
				"compare_to takes the `json` attribute of an earlier autotask_access_report (for example read back with file() from where a "+
					"previous run wrote it); this value is not one.")
			return
		}
		diffs := compareSnapshots(before, snap)
		vals := make([]attr.Value, len(diffs))
		var b strings.Builder
		b.WriteString("\n\n### Changes since the previous report\n\n")
		if len(diffs) == 0 {
			b.WriteString("No changes.\n")
		} else {
			b.WriteString("| subject | item | before | after |\n|---|---|---|---|\n")
		}
		for i, x := range diffs {
			vals[i] = types.ObjectValueMust(reportDifferenceAttrTypes, map[string]attr.Value{
				"subject": types.StringValue(x[0]), "item": types.StringValue(x[1]), "before": types.StringValue(x[2]), "after": types.StringValue(x[3]),
			})
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", x[0], x[1], orDash(x[2]), orDash(x[3]))
		}
		m.Differences = types.ListValueMust(types.ObjectType{AttrTypes: reportDifferenceAttrTypes}, vals)
		md += strings.TrimSuffix(b.String(), "\n")
	}

	m.Findings = types.ListNull(types.ObjectType{AttrTypes: reportFindingAttrTypes})
	if m.IncludeCustom.ValueBool() || m.IncludeAPIUsers.ValueBool() {
		vals := make([]attr.Value, len(findings))
		var b strings.Builder
		if len(findings) > 0 {
			b.WriteString("\n\n### Findings\n\n| rule | severity | object | finding |\n|---|---|---|---|\n")
		}
		for i, f := range findings {
			vals[i] = types.ObjectValueMust(reportFindingAttrTypes, map[string]attr.Value{
				"rule_id": types.StringValue(f.RuleID), "severity": types.StringValue(f.Severity.String()),
				"object": types.StringValue(f.Address), "summary": types.StringValue(f.Summary),
			})
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f.RuleID, f.Severity, f.Address, strings.ReplaceAll(f.Summary, "|", "\\|"))
		}
		if len(unjudged) > 0 {
			fmt.Fprintf(&b, "\n\nNot judged: %s — their levels are custom, and only the security-administration extension, which this "+
				"database does not serve, shows a custom level's permissions.\n", strings.Join(unjudged, ", "))
		}
		m.Findings = types.ListValueMust(types.ObjectType{AttrTypes: reportFindingAttrTypes}, vals)
		md += strings.TrimSuffix(b.String(), "\n")
	}
	m.Markdown = types.StringValue(md)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// snapshotInto records every row, API user and user of the report.
func (d *AccessReportDataSource) snapshotInto(ctx context.Context, m *accessReportModel, snap *reportSnapshot, diags *diag.Diagnostics) {
	var rows []struct {
		Level types.String `tfsdk:"level"`
		Cells types.Map    `tfsdk:"cells"`
	}
	diags.Append(m.Rows.ElementsAs(ctx, &rows, false)...)
	for _, r := range rows {
		cells := map[string]string{}
		diags.Append(r.Cells.ElementsAs(ctx, &cells, false)...)
		snap.Subjects["level: "+r.Level.ValueString()] = cells
	}
	if !m.APIUsers.IsNull() {
		var users []struct {
			UserName      types.String `tfsdk:"user_name"`
			SecurityLevel types.String `tfsdk:"security_level"`
			Integration   types.String `tfsdk:"integration"`
			Active        types.Bool   `tfsdk:"active"`
			Cells         types.Map    `tfsdk:"cells"`
		}
		diags.Append(m.APIUsers.ElementsAs(ctx, &users, false)...)
		for _, u := range users {
			items := map[string]string{}
			diags.Append(u.Cells.ElementsAs(ctx, &items, false)...)
			items["security_level"] = u.SecurityLevel.ValueString()
			items["integration"] = u.Integration.ValueString()
			items["active"] = fmt.Sprint(u.Active.ValueBool())
			snap.Subjects["api_user: "+u.UserName.ValueString()] = items
		}
	}
	if !m.Users.IsNull() {
		for _, v := range m.Users.Elements() {
			obj, ok := v.(types.Object)
			if !ok {
				continue
			}
			a := obj.Attributes()
			items := map[string]string{}
			for _, k := range []string{"security_level", "license_type", "portal_level", "active", "kind"} {
				if s := attrText(a[k]); s != "" {
					items[k] = s
				}
			}
			if pd, ok := a["protected_data"].(types.Object); ok && !pd.IsNull() {
				for k, pv := range pd.Attributes() {
					items["protected_data."+k] = attrText(pv)
				}
			}
			snap.Subjects["user: "+attrText(a["user_name"])] = items
		}
	}
}

// attrText renders a known string or bool attribute; null is "".
func attrText(v attr.Value) string {
	switch x := v.(type) {
	case types.String:
		return x.ValueString()
	case types.Bool:
		if x.IsNull() {
			return ""
		}
		return fmt.Sprint(x.ValueBool())
	}
	return ""
}

// compareSnapshots lists [subject, item, before, after] for every item that
// differs, ordered by subject and item.
func compareSnapshots(before, after reportSnapshot) [][4]string {
	subjects := map[string]bool{}
	for s := range before.Subjects {
		subjects[s] = true
	}
	for s := range after.Subjects {
		subjects[s] = true
	}
	var out [][4]string
	for s := range subjects {
		b, a := before.Subjects[s], after.Subjects[s]
		items := map[string]bool{}
		for k := range b {
			items[k] = true
		}
		for k := range a {
			items[k] = true
		}
		for k := range items {
			if b[k] != a[k] {
				out = append(out, [4]string{s, k, b[k], a[k]})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}
