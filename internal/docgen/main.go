// Command docgen writes the tfplugindocs templates whose content comes from
// the catalogue (and, once present, the evaluator's rule catalogue), so the
// docs never restate a permission, default or rule by hand. `make docs` runs
// it before tfplugindocs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

func main() {
	dir := flag.String("templates", "templates", "templates directory to write into")
	flag.Parse()
	files := map[string]string{
		"data-sources/system_security_levels.md.tmpl": systemLevelsTemplate(),
		"guides/plan-time-findings.md.tmpl":           findingsGuide(),
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
page_title: "{{.Name}} {{.Type}} - {{.ProviderName}}"
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
	b.WriteString("Generated from the provider's catalogue. Columns are the system levels:\n\n")
	levels := catalog.SystemLevels()
	for i, l := range levels {
		fmt.Fprintf(&b, "- **L%d** %s — %s license. %s\n", i+1, l.DisplayName, l.License, l.Purpose)
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
- ` + "`AT4xx`" + ` — lock-out of Terraform's own API user and the site's login policy.

Errors fail the plan; warnings and informational findings (shown as warnings marked "(info)") do not. Change any
rule's severity in the provider block:

` + "```terraform" + `
provider "autotask" {
  rule_severity = {
    AT303 = "off"   # error, warning, info or off
  }
}
` + "```" + `

## Where API user findings appear

An API user's level is usually another resource, or a level that already exists in the PSA. Findings that compare
that level with the user's ` + "`least_privilege_profile`" + ` (AT201, AT202, AT204) are reported on the API user, on
` + "`security_level_id`" + `, one per permission, and each names the permission, for example
` + "`AT202: \"API User (system) (API-only)\" grants \"Manage Surveys\" (other.manage_surveys) = \"Yes\"; Rewst needs none of it.`" + `
So are AT105 (the level is not on the API User license), AT203 (the integration runs on API User (system)) and AT404
(Terraform's own user would move to a level that cannot administer security). AT205, AT207 and AT408 concern the
tracking identifier and are reported on ` + "`integration`" + `; AT403 on ` + "`active`" + `, or on ` + "`user_name`" + ` when the
user is destroyed (which deactivates it). When the level is created in the same run its ID is unknown at plan time:
the checks then run when the apply plans the API user, and an error stops the apply before the user is written.

## Rules

`)
	b.WriteString(evaluate.RulesMarkdown())
	return b.String()
}
