package provider

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// badConfig is one configuration that must fail, with the exact diagnostic
// it must produce. Rows for a new resource are added by appending to
// badConfigs; nothing else changes.
type badConfig struct {
	// name identifies the row; it also names the row's block (`%[1]s`
	// in hcl is replaced by a label derived from it).
	name string
	// phase is when the diagnostic appears: phaseValidate (schema
	// validators: terraform stops before planning), phasePlan (ModifyPlan
	// and the evaluator) or phaseConfigure (the provider block's values
	// checked when the provider is configured).
	phase badPhase
	// hcl is the configuration. The line of the attribute the diagnostic
	// must point at ends with « (removed before use); %[1]s is the block
	// label.
	hcl string
	// kind is "resource.autotask_security_level", "provider" or
	// "data.autotask_…": with the label it gives the address terraform
	// names.
	kind string
	// path is the attribute path the diagnostic is attached to. For a
	// top-level attribute terraform shows its line (marked «), which must
	// hold the attribute; for a path into an object terraform can only show
	// the block (mark the block's first line) and the provider's detail
	// must name the path.
	path string
	// summary and detail are the provider's own words (whitespace is
	// normalised before matching; never text terraform quotes from the
	// configuration).
	summary, detail string
	// secret, when set, must appear in none of the provider's words.
	secret string
}

type badPhase int

const (
	phaseValidate badPhase = iota
	phasePlan
	phaseConfigure
)

const providerSource = `provider["registry.terraform.io/hashicorp/autotask"]`

// useAlias makes a row's aliased provider part of the plan (terraform
// validates and configures only the providers something uses).
const useAlias = `
data "autotask_system_security_levels" "%[1]s" {
  provider = autotask.%[1]s
}`

// badConfigHeader pins the provider's source, so the test framework adds
// nothing above the rows and terraform's line numbers are the rows' own.
const badConfigHeader = `terraform {
  required_providers {
    autotask = {
      source = "registry.terraform.io/hashicorp/autotask"
    }
  }
}
`

var badConfigs = []badConfig{
	// ---- provider block ----
	{name: "max_in_flight zero", phase: phaseValidate, kind: "provider", path: "max_in_flight", hcl: `
provider "autotask" {
  alias         = "%[1]s"
  max_in_flight = 0 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute max_in_flight value must be between 1 and 3, got: 0`},
	{name: "max_in_flight above the thread limit", phase: phaseValidate, kind: "provider", path: "max_in_flight", hcl: `
provider "autotask" {
  alias         = "%[1]s"
  max_in_flight = 4 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute max_in_flight value must be between 1 and 3, got: 4`},
	{name: "request_budget zero", phase: phaseValidate, kind: "provider", path: "request_budget", hcl: `
provider "autotask" {
  alias          = "%[1]s"
  request_budget = 0 «
}` + useAlias, summary: `Invalid Attribute Value`, detail: `Attribute request_budget value must be at least 1, got: 0`},
	{name: "base_url not http", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "ftp://webservices.autotask.net/" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host`},
	{name: "base_url relative", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "webservices.autotask.net" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host`},
	{name: "base_url with credentials", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://admin:Hunter2Secret@webservices.autotask.net/" «
}` + useAlias, summary: `Credentials in base_url`, secret: "Hunter2Secret",
		detail: "base_url must not contain a user name or password \\(user:password@host\\)\\. Give the API user's name in `username`"},
	{name: "base_url with a user name", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://tfadmin@webservices.autotask.net/" «
}` + useAlias, summary: `Credentials in base_url`, secret: "tfadmin", detail: `base_url must not contain a user name or password`},
	{name: "base_url without host", phase: phaseValidate, kind: "provider", path: "base_url", hcl: `
provider "autotask" {
  alias    = "%[1]s"
  base_url = "https://" «
}` + useAlias, summary: `Invalid base_url`, detail: `base_url must be an absolute http or https URL with a host, such as https://webservices\.autotask\.net/`},
	{name: "rule_severity unknown rule", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT999"]`, hcl: `
provider "autotask" {
  rule_severity = { AT999 = "error" } «
}`, summary: `Unknown rule ID`, detail: `"AT999" is not a rule of this provider; rule IDs look like AT101`},
	{name: "rule_severity unknown severity", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT101"]`, hcl: `
provider "autotask" {
  rule_severity = { AT101 = "loud" } «
}`, summary: `Invalid severity`, detail: `AT101: "loud" is not a severity; use error, warning, info or off\.`},
	{name: "rule_severity empty severity", phase: phaseConfigure, kind: "provider", path: `rule_severity["AT202"]`, hcl: `
provider "autotask" {
  rule_severity = { AT202 = "" } «
}`, summary: `Invalid severity`, detail: `AT202: "" is not a severity; use error, warning, info or off\.`},

	// ---- autotask_security_level ----
	{name: "level name empty", phase: phaseValidate, kind: "resource.autotask_security_level", path: "name", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "" «
  copy_from = "Sales"
}`, summary: `Invalid Attribute Value Length`, detail: `Attribute name string length must be between 1 and 100, got: 0`},
	{name: "level name too long", phase: phaseValidate, kind: "resource.autotask_security_level", path: "name", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "` + strings.Repeat("n", 101) + `" «
  copy_from = "Sales"
}`, summary: `Invalid Attribute Value Length`, detail: `Attribute name string length must be between 1 and 100, got: 101`},
	{name: "level access value unknown", phase: phaseValidate, kind: "resource.autotask_security_level", path: "projects.project_view", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad access value"
  copy_from = "Sales"
  projects = {
    project_view = "Everything"
  }
}`, summary: `Invalid Attribute Value Match`, detail: `Attribute projects.project_view value must be one of: \["None" "Mine" "All"\], got: "Everything"`},
	{name: "level choice value unknown", phase: phaseValidate, kind: "resource.autotask_security_level", path: "projects.time_entry_task_scope", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad scope"
  copy_from = "Sales"
  projects = {
    time_entry_task_scope = "Some Tasks"
  }
}`, summary: `Invalid Attribute Value Match`, detail: `Attribute projects.time_entry_task_scope value must be one of:`},
	{name: "level text value empty", phase: phaseValidate, kind: "resource.autotask_security_level", path: "projects.render_tasks_as", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad render"
  copy_from = "Sales"
  projects = {
    render_tasks_as = ""
  }
}`, summary: `Invalid Attribute Value Length`, detail: `Attribute projects.render_tasks_as string length must be at least 1, got: 0`},
	{name: "level service desk value", phase: phaseValidate, kind: "resource.autotask_security_level", path: "service_desk.tickets_view", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad tickets"
  copy_from = "Service Desk User"
  service_desk = {
    tickets_view = "Some"
  }
}`, summary: `Invalid Attribute Value Match`, detail: `Attribute service_desk.tickets_view value must be one of:`},
	{name: "level crm value", phase: phaseValidate, kind: "resource.autotask_security_level", path: "crm.companies_view", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad companies"
  copy_from = "Sales"
  crm = {
    companies_view = "yes"
  }
}`, summary: `Invalid Attribute Value Match`, detail: `Attribute crm.companies_view value must be one of:`},
	{name: "level contracts value", phase: phaseValidate, kind: "resource.autotask_security_level", path: "contracts.contracts_view", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Bad contracts"
  copy_from = "Manager"
  contracts = {
    contracts_view = "Own"
  }
}`, summary: `Invalid Attribute Value Match`, detail: `Attribute contracts.contracts_view value must be one of: \["None" "Mine" "All"\], got: "Own"`},
	{name: "level copies Dashboard User", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wallboard"
  copy_from = "Dashboard User" «
}`, summary: `AT103: Dashboard User \(system\) cannot be copied\.`,
		detail: `Autotask does not allow copies of Dashboard User \(system\).* Fix: Copy another system level\. Rule AT103, severity error\.`},
	{name: "level copies Dashboard User by its system name", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wallboard 2"
  copy_from = "dashboard user (system)" «
}`, summary: `AT103: Dashboard User \(system\) cannot be copied\.`, detail: `Fix: Copy another system level\.`},
	{name: "level copies nothing", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "No base"
  copy_from = "" «
}`, summary: `AT104: The base level of security level "No base" is missing or unknown\.`, detail: `Fix: Name one of the system levels:`},
	{name: "level copies an unknown level", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "Wizards"
  copy_from = "Chief Wizard" «
}`, summary: `AT104: The base level of security level "Wizards" is missing or unknown\.`,
		detail: `"Chief Wizard" is not a system level\. Fix: Name one of the system levels: System Administrator, .* Rule AT104, severity error\.`},
	{name: "level copies an unknown level ID", phase: phasePlan, kind: "resource.autotask_security_level", path: "copy_from", hcl: `
resource "autotask_security_level" "%[1]s" {
  name      = "By number"
  copy_from = "999" «
}`, summary: `AT104: The base level of security level "By number" is missing or unknown\.`,
		detail: `"999" is not a system level\. Fix: Name one of the system levels:`},
	{name: "level grants outside its license", phase: phasePlan, kind: "resource.autotask_security_level", path: "admin.manage_resources", hcl: `
resource "autotask_security_level" "%[1]s" { «
  name      = "Night Technicians"
  copy_from = "Team Member"
  admin = {
    manage_resources = true
  }
}`, summary: `AT109: The Team Member license cannot grant "Resources/Users" \(admin\.manage_resources\) = "Yes"\.`,
		detail: `includes no Admin permissions; they must stay "No"\. Fix: Set admin\.manage_resources = "No", or copy a system level whose license includes Admin\.`},
}

// diagnostic is one error as terraform prints it.
type diagnostic struct {
	summary, address, file, snippet, detail string
	line                                    int
}

var (
	diagWithRE = regexp.MustCompile(`^\s+with (.+),$`)
	diagOnRE   = regexp.MustCompile(`^\s+on (\S+) line (\d+)`)
	diagSnipRE = regexp.MustCompile(`^\s+(\d+):(.*)$`)
)

// parseDiagnostics splits terraform's human output into its errors. The
// configuration lines terraform quotes are kept apart (snippet), so that
// rows match the provider's words only.
func parseDiagnostics(out string) []diagnostic {
	var (
		diags []diagnostic
		cur   *diagnostic
		stage int // 0 summary, 1 context, 2 detail
		det   []string
	)
	flush := func() {
		if cur != nil {
			cur.detail = strings.Join(strings.Fields(strings.Join(det, " ")), " ")
			diags = append(diags, *cur)
		}
		cur, det = nil, nil
	}
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimPrefix(strings.TrimPrefix(l, "│ "), "│")
		switch {
		case strings.HasPrefix(l, "Error: "):
			flush()
			cur = &diagnostic{summary: strings.TrimPrefix(l, "Error: ")}
			stage = 0
			continue
		case strings.HasPrefix(l, "Warning: ") || strings.HasPrefix(l, "╷") || strings.HasPrefix(l, "╵"):
			flush()
			continue
		case cur == nil:
			continue
		}
		if m := diagWithRE.FindStringSubmatch(l); m != nil && stage <= 1 {
			cur.address, stage = m[1], 1
			continue
		}
		if m := diagOnRE.FindStringSubmatch(l); m != nil && stage <= 1 {
			cur.file = m[1]
			cur.line, _ = strconv.Atoi(m[2])
			stage = 1
			continue
		}
		if m := diagSnipRE.FindStringSubmatch(l); m != nil && stage == 1 {
			cur.snippet += m[2]
			continue
		}
		if stage == 1 && strings.HasPrefix(strings.TrimSpace(l), "├") || stage == 1 && strings.HasPrefix(strings.TrimSpace(l), "│") {
			continue // expression values under a snippet
		}
		if strings.TrimSpace(l) == "" {
			if stage == 0 {
				continue
			}
			if stage == 1 && cur.snippet != "" {
				stage = 2
			}
			if stage == 2 {
				det = append(det, "")
			}
			continue
		}
		if stage == 0 && cur.address == "" && cur.line == 0 {
			// a summary wrapped onto a second line, or a detail without context
			stage = 2
		}
		stage = max(stage, 2)
		det = append(det, l)
	}
	flush()
	return diags
}

// badConfigHCL joins rows into one configuration and returns it with each
// row's block label and the line its diagnostic must point at.
func badConfigHCL(t *testing.T, rows []badConfig) (string, []string, []int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(badConfigHeader)
	labels := make([]string, len(rows))
	lines := make([]int, len(rows))
	line := strings.Count(badConfigHeader, "\n") + 1
	for i, r := range rows {
		labels[i] = fmt.Sprintf("row%02d", i)
		text := strings.ReplaceAll(r.hcl, "%[1]s", labels[i])
		marked := 0
		for j, l := range strings.Split(strings.TrimPrefix(text, "\n"), "\n") {
			if strings.HasSuffix(l, " «") {
				lines[i] = line + j
				marked++
				l = strings.TrimSuffix(l, " «")
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
		if marked != 1 {
			t.Fatalf("row %q marks %d lines, want 1", r.name, marked)
		}
		line += strings.Count(strings.TrimPrefix(text, "\n"), "\n") + 1
	}
	return b.String(), labels, lines
}

// checkBadConfigs matches every row with exactly one error of out, and
// every error with a row.
func checkBadConfigs(rows []badConfig, labels []string, lines []int, out string) error {
	diags := parseDiagnostics(out)
	used := make([]bool, len(diags))
	var problems []string
	for i, r := range rows {
		addr := r.kind + "." + labels[i]
		switch {
		case r.kind == "provider":
			addr = providerSource
			if strings.Contains(r.hcl, "alias") {
				addr += "." + labels[i]
			}
		case strings.HasPrefix(r.kind, "resource."):
			addr = strings.TrimPrefix(r.kind, "resource.") + "." + labels[i]
		}
		summary := regexp.MustCompile(`^(?:` + r.summary + `)$`)
		detail := regexp.MustCompile(`(?s)` + r.detail)
		leaf := r.path[strings.LastIndexAny(r.path, ".[")+1:]
		leaf = strings.Trim(leaf, `"]`)
		found := false
		for j, d := range diags {
			if used[j] || d.address != addr || d.line != lines[i] {
				continue
			}
			// terraform shows the line of a top-level attribute; for a path
			// into an object it shows the block, and the provider's words
			// must then name the path.
			pathShown := strings.Contains(d.snippet, leaf+" ") || strings.Contains(d.snippet, leaf+"=")
			if strings.ContainsAny(r.path, ".[") && !pathShown {
				pathShown = strings.Contains(d.detail, r.path) || strings.Contains(d.detail, leaf)
			}
			if !summary.MatchString(d.summary) || !detail.MatchString(d.detail) || !pathShown {
				continue
			}
			if r.secret != "" && (strings.Contains(d.summary, r.secret) || strings.Contains(d.detail, r.secret)) {
				problems = append(problems, fmt.Sprintf("row %q: the provider's diagnostic repeats %q", r.name, r.secret))
			}
			used[j], found = true, true
			break
		}
		if !found {
			problems = append(problems, fmt.Sprintf("row %q: no error at %s line %d (%s) with summary /%s/ and detail /%s/", r.name, addr, lines[i], r.path, r.summary, r.detail))
		}
	}
	for j, d := range diags {
		if !used[j] {
			problems = append(problems, fmt.Sprintf("unexpected error at %s line %d: %q: %q", d.address, d.line, d.summary, d.detail))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problems:\n  %s\n\nterraform said:\n%s", len(problems), strings.Join(problems, "\n  "), out)
	}
	return nil
}

// Every bad configuration of the table fails with its exact diagnostic,
// through terraform: the rows of each phase run together in one plan.
func TestAccBadConfigurations(t *testing.T) {
	newTestPSA(t, mockpsa.SeedEmpty)
	var steps []resource.TestStep
	type batch struct {
		rows   []badConfig
		labels []string
		lines  []int
	}
	var (
		current batch
		checked int
	)
	for _, ph := range []badPhase{phaseValidate, phasePlan, phaseConfigure} {
		var rows []badConfig
		for _, r := range badConfigs {
			if r.phase == ph {
				rows = append(rows, r)
			}
		}
		if ph == phaseConfigure {
			// one provider block per step: the in-process provider serves a
			// single configuration
			for _, r := range rows {
				hcl, labels, lines := badConfigHCL(t, []badConfig{r})
				b := batch{[]badConfig{r}, labels, lines}
				steps = append(steps, resource.TestStep{
					PreConfig: func() { current = b },
					Config: hcl + `
data "autotask_system_security_levels" "all" {}`,
					PlanOnly: true,
				})
			}
			continue
		}
		hcl, labels, lines := badConfigHCL(t, rows)
		b := batch{rows, labels, lines}
		steps = append(steps, resource.TestStep{PreConfig: func() { current = b }, Config: hcl, PlanOnly: true})
	}
	if len(badConfigs) < 25 {
		t.Fatalf("the table lost rows: %d", len(badConfigs))
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testAccProtoV6ProviderFactories,
		ErrorCheck: func(err error) error {
			checked++
			return checkBadConfigs(current.rows, current.labels, current.lines, err.Error())
		},
		Steps: steps,
	})
	if checked != len(steps) {
		t.Errorf("%d of %d steps failed as they must", checked, len(steps))
	}
}
