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

## Where rules run

The *Runs on* column names the resources whose plans a rule checks: a rule fires only where one of them is planned.
A resource marked *(coming)* is not in this version of the provider yet, so a rule that runs only on such resources
cannot fire yet. Rules marked *(needs the PSA)* compare the plan with what already exists in Autotask (the API-license
levels, the API users, the level Terraform's own API user is on). When the PSA cannot be read at plan time (no
credentials, credentials known only at apply, a read error), the plan says once, as a warning, which of them did not
run and why; the other rules still run.

## Rules

`)
	b.WriteString(evaluate.RulesMarkdown(resourceTypes()...))
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
