// Command docgen writes the tfplugindocs templates whose content comes from
// the catalogue (and, once present, the evaluator's rule catalogue), so the
// docs never restate a permission, default or rule by hand. `make docs` runs
// it before tfplugindocs.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

func main() {
	dir := flag.String("templates", "templates", "templates directory to write into")
	flag.Parse()
	files := map[string]string{
		"data-sources/system_security_levels.md.tmpl":    systemLevelsTemplate(),
		"guides/plan-time-findings.md.tmpl":              findingsGuide(),
		"resources/client_portal_security_level.md.tmpl": portalLevelTemplate(),
		"resources/security_level.md.tmpl":               securityLevelTemplate(),
	}
	for name, body := range files {
		p := filepath.Join(*dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

const header = `---
page_title: "{{.Name}} {{.Type}} - {{.RenderedProviderName}}"
subcategory: ""
description: |-
{{ .Description | plainmarkdown | trimspace | prefixlines "  " }}
---

# {{.Name}} ({{.Type}})

{{ .Description | trimspace }}

{{ if .HasExample -}}
## Example Usage

{{ tffile .ExampleFile }}
{{- end }}

{{ .SchemaMarkdown | trimspace }}
`

// systemLevelsTemplate adds the defaults matrix to the data source page.
func systemLevelsTemplate() string {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("\n## Defaults of the system levels\n\n")
	b.WriteString("Generated from the provider's catalogue. Columns are the system levels, with the ID each has in every Autotask " +
		"database (the level's `id` here, its `userType` on resources):\n\n")
	levels := catalog.SystemLevels()
	for i, l := range levels {
		fmt.Fprintf(&b, "- **L%d** %s (ID %d) — %s license. %s\n", i+1, l.DisplayName, l.ID, l.License, l.Purpose)
	}
	b.WriteString("\nA value marked `*` is not documented by the vendor: the catalogue uses a conservative value and lists it in the level's `assumed_permissions`.\n")
	for _, m := range catalog.Modules() {
		fmt.Fprintf(&b, "\n### %s (`%s`)\n\n| permission |", m.Label, m.Module)
		for i := range levels {
			fmt.Fprintf(&b, " L%d |", i+1)
		}
		b.WriteString("\n|---|")
		b.WriteString(strings.Repeat("---|", len(levels)))
		b.WriteString("\n")
		for _, p := range catalog.PermissionsOf(m.Module) {
			fmt.Fprintf(&b, "| `%s` |", p.Name)
			for _, l := range levels {
				v, _ := l.Default(p.Key)
				cell := string(v)
				if p.Kind == catalog.KindText && v == catalog.TaskCategoryOwn {
					cell = "own"
				}
				if l.Assumed(p.Key) {
					cell += "\\*"
				}
				fmt.Fprintf(&b, " %s |", cell)
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "\n`own` in `render_tasks_as` stands for `%s`: each task shows with its own category.\n", catalog.TaskCategoryOwn)
	return b.String()
}

// findingsGuide documents the evaluator's rule catalogue.
func findingsGuide() string {
	var b bytes.Buffer
	b.WriteString(`---
page_title: "Plan-time findings"
subcategory: ""
description: |-
  The rules the provider checks at plan time, their IDs, default severities and fixes.
---

# Plan-time findings

Every plan evaluates the configuration locally, before anything changes, and reports findings on the attribute
concerned. A finding has a stable rule ID, a severity, a one-line summary and a fix:

- ` + "`AT1xx`" + ` — constraints Autotask itself enforces;
- ` + "`AT2xx`" + ` — least privilege for API users that name an integration profile;
- ` + "`AT3xx`" + ` — risky grants and privilege-escalation paths;
- ` + "`AT4xx`" + ` — lock-out of Terraform's own API user and the site's login policy;
- ` + "`AT5xx`" + ` — the access review: who gains or loses which permission (AT501), and ` + "`deny_new_access`" + ` (AT502).

Errors fail the plan; warnings do not. Informational findings are not shown in the plan: they are in the provider's
log and in the ` + "`findings`" + ` of the ` + "`autotask_access_report`" + ` data source. Change any
rule's severity in the provider block:

` + "```terraform" + `
provider "autotask" {
  rule_severity = {
    AT303 = "warning" # error, warning, info or off
  }
}
` + "```" + `

## Where API user findings appear

An API user's level is usually another resource, or a level that already exists in the PSA. Findings that compare
that level with the user's ` + "`least_privilege_profile`" + ` (AT201, AT202, AT204) are reported on the API user, on
` + "`security_level_id`" + `, one per permission, and each names the permission, for example
` + "`AT202: \"API User (system)\" grants \"Manage Surveys\" (other.manage_surveys) = \"Yes\"; Rewst needs none of it.`" + `
So are AT105 (the level is not on the API User license), AT203 (the integration runs on API User (system)) and AT404
(Terraform's own user would move to a level that cannot administer security). AT205, AT207 and AT408 concern the
tracking identifier and are reported on ` + "`integration`" + `; AT403 on ` + "`active`" + `, or on ` + "`user_name`" + ` when the
user is destroyed (which deactivates it). When the level is created in the same run its ID is unknown at plan time:
the checks then run when the apply plans the API user, and an error stops the apply before the user is written.

## Where rules run

The *Runs on* column names the resources whose plans a rule checks: a rule fires only where one of them is planned.
A resource marked *(coming)* is not in this version of the provider yet, so a rule that runs only on such resources
cannot fire yet. Rules marked *(needs the PSA)* compare the plan with what already exists in Autotask (the API-license
levels, the API users, the level Terraform's own API user is on). When the PSA cannot be read at plan time (no
credentials, credentials known only at apply, a read error), the plan says once, as a warning, which of them did not
run and why; the other rules still run.

## Fixes

Each finding ends with its fix. Where the fix is a change of the configuration, it is printed as HCL, the way the
resource writes it, ready to copy: a permission inside its module's object with a value of its kind (` + "`true`" + ` or
` + "`false`" + ` for a check box, the option's exact name otherwise), an argument of the resource, or a whole block when
the change belongs elsewhere (another resource, a ` + "`removed`" + ` block, the provider block). A line of prose after
the HCL gives an alternative or a caveat:

` + "```text" + `
Fix:
  admin = {
    manage_resources = false
  }
Or copy a system level whose license includes Admin.
` + "```" + `

The provider is not told the address of the resource it plans, so a block that must name it (` + "`removed`" + `)
writes ` + "`this`" + ` where the address goes: use the one the diagnostic names in its *with* line. The fixes of
` + ruleIDList(evaluate.RulesWithoutFixHCL()) + ` are prose only: no change of the configuration resolves them, or the
value is not known at plan time. The table links each rule to an example of its fix in HCL below it.

## Rules

`)
	b.WriteString(evaluate.RulesMarkdown(resourceTypes()...))
	b.WriteString("\nNo rule runs when a plan destroys an object, so none can block a destroy. Retired rule IDs, which " +
		"`rule_severity` still accepts with a warning:\n\n")
	for _, id := range evaluate.RetiredRuleIDs() {
		why, _ := evaluate.RetiredRule(id)
		fmt.Fprintf(&b, "- %s: %s.\n", id, why)
	}
	b.WriteString("\n## Fixes in HCL\n\nAn example of each rule's fix; a finding's own fix names the attributes and values of the " +
		"configuration it is about.\n\n")
	b.WriteString(evaluate.RuleFixesMarkdown())
	return b.String()
}

// ruleIDList writes rule IDs as "AT106 and AT408".
func ruleIDList(ids []string) string {
	switch len(ids) {
	case 0:
		return "none"
	case 1:
		return ids[0]
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
}

// importSection is the template's import section (tfplugindocs writes it
// only on its default page).
const importSection = `{{- if .HasImport }}

## Import

Import is supported using the following syntax:

{{ codefile "shell" .ImportFile }}
{{- end }}
`

// permissionGroup is one map of a resource's permissions, for its table.
type permissionGroup struct {
	name, label, description string
	perms                    []*catalog.Permission
}

// writePermissionTables writes, for each group, the permissions its map
// takes: the key, what the Autotask UI calls it, and the values it allows
// as they are written in HCL.
func writePermissionTables(b *bytes.Buffer, intro string, groups []permissionGroup) {
	b.WriteString("\n## Permissions\n\n" + intro + " Generated from the provider's catalogue: a key that is not in the table, or a " +
		"value that is not in its row, fails `terraform validate` and `terraform plan` with the closest name or the allowed values. " +
		"Options are listed least privilege first. State and references hold the values as strings (`\"false\"`, `\"All\"`); `effective_permissions` keeps their types.\n")
	for _, g := range groups {
		fmt.Fprintf(b, "\n### %s (`%s`)\n\n%s\n\n| permission | Autotask UI | values |\n|---|---|---|\n", g.label, g.name, g.description)
		for _, p := range g.perms {
			fmt.Fprintf(b, "| `%s` | %s | %s |\n", p.Name, strings.ReplaceAll(p.Label, "|", "\\|"), hclValues(p))
		}
	}
}

// hclValues lists the values a permission takes, as HCL.
func hclValues(p *catalog.Permission) string {
	switch p.Kind {
	case catalog.KindBool:
		return "`true`, `false`"
	case catalog.KindText:
		return fmt.Sprintf("a task category name, or `%q` (each task's own category)", catalog.TaskCategoryOwn)
	}
	vals := p.Values()
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = fmt.Sprintf("`%q`", v)
	}
	return strings.Join(out, ", ")
}

// securityLevelTemplate adds, to the security level resource page, the
// permissions each module map takes.
func securityLevelTemplate() string {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString(importSection)
	var groups []permissionGroup
	for _, m := range catalog.Modules() {
		groups = append(groups, permissionGroup{string(m.Module), m.Label, m.Description, catalog.PermissionsOf(m.Module)})
	}
	writePermissionTables(&b, "Each module is a map of the permissions that differ from `copy_from`: "+
		"`projects = { project_view = \"Mine\", template_add = false }`.", groups)
	return b.String()
}

// portalLevelTemplate adds, to the portal level resource page, the rules
// checked at plan time and the values of every portal permission on a new
// custom level and on each system level.
func portalLevelTemplate() string {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString(importSection)
	byGroup := map[catalog.Module][]*catalog.PortalPermission{}
	for _, p := range catalog.PortalPermissions() {
		byGroup[p.Group] = append(byGroup[p.Group], p)
	}
	var groups []permissionGroup
	for _, g := range catalog.PortalGroups() {
		if g.Group == catalog.PortalGroupGeneral {
			continue // the level's own settings: top-level arguments
		}
		pg := permissionGroup{name: string(g.Group), label: g.Label, description: g.Description}
		for _, p := range byGroup[g.Group] {
			pg.perms = append(pg.perms, &p.Permission)
		}
		groups = append(groups, pg)
	}
	writePermissionTables(&b, "Each group is a map of the permissions that differ from a new custom level: "+
		"`tickets = { create_service_requests = true, ticket_visibility = \"All\" }`. `assignable_by_client_user` is an argument of its own.", groups)
	b.WriteString("\n## Rules between portal permissions\n\nChecked at plan time on the attribute concerned; generated from the provider's catalogue. " +
		"Severities can be changed with `rule_severity` (see the plan-time findings guide).\n\n| Rule | Severity | Permissions | Rule |\n|---|---|---|---|\n")
	seen := map[string][]string{}
	var order []string
	summary := map[string]string{}
	for _, r := range catalog.PortalRules() {
		if _, ok := seen[r.Family]; !ok {
			order = append(order, r.Family)
			summary[r.Family] = r.Summary
		}
		seen[r.Family] = append(seen[r.Family], "`"+r.Key.Name()+"`")
	}
	for _, fam := range order {
		id, ok := evaluate.PortalRuleID(fam)
		if !ok {
			log.Fatalf("docgen: portal rule family %s has no rule ID", fam)
		}
		rule, _ := evaluate.RuleByID(id)
		keys := seen[fam]
		if len(keys) > 4 {
			keys = append(keys[:3], fmt.Sprintf("and %d more", len(seen[fam])-3))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", id, rule.DefaultSeverity, strings.Join(keys, ", "), summary[fam])
	}
	b.WriteString("\nA portal user's level is checked too (`autotask_client_portal_user`): ")
	for i, id := range []string{evaluate.RulePortalUserTaskfire, evaluate.RulePortalUserInactiveLvl} {
		rule, _ := evaluate.RuleByID(id)
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s — %s", id, strings.TrimSuffix(rule.Summary, "."))
	}
	b.WriteString(". Financials (AT305) and portal-login management (AT306) are flagged as risky grants.\n")

	b.WriteString("\n## Starting values and system levels\n\nGenerated from the provider's catalogue. Columns: **CA** and **TF** are a new custom " +
		"Client Access and Taskfire level (what unset permissions stay at); then the system levels:\n\n")
	levels := catalog.PortalLevels()
	for i, l := range levels {
		fmt.Fprintf(&b, "- **S%d** %s (%s, ID %d). %s\n", i+1, l.Name, l.Type, l.ID, l.Purpose)
	}
	b.WriteString("\nA value marked `*` is not documented by the vendor: the catalogue uses a conservative value.\n")
	ca, tf := catalog.PortalCustomDefaults(catalog.PortalClientAccess), catalog.PortalCustomDefaults(catalog.PortalTaskfire)
	for _, g := range catalog.PortalGroups() {
		fmt.Fprintf(&b, "\n### %s (`%s`)\n\n%s\n\n| permission | CA | TF |", g.Label, g.Group, g.Description)
		for i := range levels {
			fmt.Fprintf(&b, " S%d |", i+1)
		}
		b.WriteString("\n|---|---|---|")
		b.WriteString(strings.Repeat("---|", len(levels)))
		b.WriteString("\n")
		for _, p := range byGroup[g.Group] {
			name := "`" + p.Name + "`"
			if g.Group == catalog.PortalGroupGeneral {
				name += " (top level)"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |", name, ca[p.Key], tf[p.Key])
			for _, l := range levels {
				cell := string(l.Defaults()[p.Key])
				if l.Assumed(p.Key) {
					cell += "\\*"
				}
				fmt.Fprintf(&b, " %s |", cell)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// resourceTypes lists the resource types the provider implements, so the
// rule table can tell the objects that exist from those still to come.
func resourceTypes() []string {
	ctx := context.Background()
	var out []string
	for _, newResource := range provider.New("docs")().Resources(ctx) {
		var resp resource.MetadataResponse
		newResource().Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "autotask"}, &resp)
		out = append(out, resp.TypeName)
	}
	return out
}
