package provider

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// mistake is one mistaken entry of a configuration and the error the
// provider must give for it.
type mistake struct {
	// hcl is a resource (or resources) with one line marked « (removed
	// before use): the line terraform must point at.
	hcl string
	// address is the resource the error belongs to.
	address string
	// summary is the provider's summary; detail must be contained in the
	// provider's detail (the provider's own words).
	summary, detail string
	// atPlan marks a mistake whose value is not known at validate (it
	// comes from a variable): `terraform validate` passes it and
	// `terraform plan` reports it.
	atPlan bool
}

// mistakes are names Terraform itself would drop if the attribute were an
// object (issue 20: `crm = { company_add = false }` planned clean and left
// the level with the base level's companies_add = true), and values of the
// wrong kind — one of each in every resource that takes such a map.
var mistakes = []mistake{
	{address: "autotask_security_level.misspelled", summary: "Unknown permission", hcl: `
resource "autotask_security_level" "misspelled" {
  name      = "Service Desk - Tier 1"
  copy_from = "Service Desk User"
  crm = {
    company_add = false «
  }
}`, detail: `crm.company_add is not a permission. Did you mean "companies_add"? The permissions of crm (CRM) are companies_view, companies_add,`},
	{address: "autotask_security_level.elsewhere", summary: "Unknown permission", hcl: `
resource "autotask_security_level" "elsewhere" {
  name      = "Service Desk - Tier 2"
  copy_from = "Service Desk User"
  crm = {
    project_view = "Mine" «
  }
}`, detail: `crm.project_view is not a permission: project_view is in projects (Projects). Write it as projects = { project_view = … }.`},
	{address: "autotask_security_level.kind", summary: "Invalid permission value", hcl: `
resource "autotask_security_level" "kind" {
  name      = "Service Desk - Tier 3"
  copy_from = "Service Desk User"
  crm = {
    companies_add = "All" «
  }
}`, detail: `crm.companies_add is a check box ("Organizations: Add"): write true or false, not "All".`},
	{address: "autotask_security_level.from_variable", summary: "Unknown permission", atPlan: true, hcl: `
variable "crm" {
  default = { company_edit = "Mine" }
}

resource "autotask_security_level" "from_variable" {
  name      = "Service Desk - Tier 4"
  copy_from = "Service Desk User"
  crm       = var.crm «
}`, detail: `crm.company_edit is not a permission. Did you mean "companies_edit"?`},
	{address: "autotask_client_portal_security_level.portal", summary: "Unknown permission", hcl: `
resource "autotask_client_portal_security_level" "portal" {
  name = "Customer staff"
  type = "client_portal"
  devices = {
    device_acess = "None" «
  }
}`, detail: `devices.device_acess is not a permission. Did you mean "device_access"?`},
	{address: "autotask_client_portal_security_level.portal_kind", summary: "Invalid permission value", hcl: `
resource "autotask_client_portal_security_level" "portal_kind" {
  name = "Customer leads"
  type = "client_portal"
  tickets = {
    ticket_visibility = "Everything" «
  }
}`, detail: `tickets.ticket_visibility (`},
	{address: "autotask_api_user.integration", summary: "Unknown integration key", hcl: `
resource "autotask_api_user" "integration" {
  user_name         = "backup@acme.example.com"
  first_name        = "Backup"
  last_name         = "Reports"
  security_level_id = 25
  integration       = { internal_nme = "Backup reports" } «
}`, detail: `integration.internal_nme is not a key of integration. Did you mean "internal_name"?`},
	{address: "autotask_user_defined_field.picklist", summary: "Unknown list value key", hcl: `
resource "autotask_user_defined_field" "picklist" {
  name            = "Support Tier"
  udf_type        = "organization"
  data_type       = "list"
  picklist_values = [{ value = "Gold", exprt_value = "AU" }] «
}`, detail: `picklist_values: { exprt_value = "AU", value = "Gold" } has the key exprt_value, which is not a key of a list value. Did you mean "export_value"?`},
}

// validateDiagnostic is a diagnostic of `terraform validate -json` or of
// the machine-readable UI, with where it points.
type validateDiagnostic struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Address  string `json:"address"`
	Range    *struct {
		Start struct {
			Line int `json:"line"`
		} `json:"start"`
	} `json:"range"`
}

// mistakesConfig joins the mistakes that are (or are not) known at
// validate into one configuration and returns the line each must point
// at (0 for those left out).
func mistakesConfig(t *testing.T, atPlan bool) (string, []int) {
	t.Helper()
	var b strings.Builder
	line := strings.Count(requiredProvidersBlock, "\n") + 1
	lines := make([]int, len(mistakes))
	for i, m := range mistakes {
		if m.atPlan != atPlan {
			continue
		}
		for j, l := range strings.Split(strings.TrimPrefix(m.hcl, "\n"), "\n") {
			if strings.HasSuffix(l, " «") {
				lines[i] = line + j
				l = strings.TrimSuffix(l, " «")
			}
			b.WriteString(l + "\n")
		}
		if lines[i] == 0 {
			t.Fatalf("mistake %d marks no line", i)
		}
		line += strings.Count(strings.TrimPrefix(m.hcl, "\n"), "\n") + 1
	}
	return b.String(), lines
}

// checkMistakes matches every mistake of the configuration (a line to
// point at) with exactly one error of ds, and every error with a mistake.
func checkMistakes(t *testing.T, phase string, ds []validateDiagnostic, lines []int, out string) {
	t.Helper()
	used := make([]bool, len(ds))
	for i, m := range mistakes {
		if lines[i] == 0 {
			continue
		}
		found := false
		for j, d := range ds {
			if used[j] || d.Severity != "error" || d.Address != m.address || d.Summary != m.summary ||
				!strings.Contains(d.Detail, m.detail) || d.Range == nil || d.Range.Start.Line != lines[i] {
				continue
			}
			used[j], found = true, true
			break
		}
		if !found {
			t.Errorf("%s: no error %q on %s at line %d containing %q", phase, m.summary, m.address, lines[i], m.detail)
		}
	}
	for j, d := range ds {
		if !used[j] && d.Severity == "error" {
			t.Errorf("%s: unexpected error %q on %s: %s", phase, d.Summary, d.Address, d.Detail)
		}
	}
	if t.Failed() {
		t.Logf("terraform said:\n%s", out)
	}
}

// Through the real terraform binary: a misspelled permission, a permission
// in the wrong module, a value of the wrong kind, and misspelled keys of an
// API user's integration and of a UDF's list value each fail `terraform
// validate` (no credentials needed) and `terraform plan`, with the
// provider's error on the mistaken entry's line naming the key, its path
// and the right name. A mistake in a value known only at plan (from a
// variable) passes validate and fails the plan. Nothing is created.
func TestAccMistakenNamesFailValidateAndPlan(t *testing.T) {
	t.Parallel()
	config, lines := mistakesConfig(t, false)
	lateConfig, lateLines := mistakesConfig(t, true)

	tf := newRealTerraform(t, "AUTOTASK_BASE_URL=", "AUTOTASK_USERNAME=", "AUTOTASK_SECRET=", "AUTOTASK_INTEGRATION_CODE=")
	tf.Write(config + lateConfig)
	out, err := tf.Run(nil, "validate", "-json", "-no-color")
	if exitCode(err) != 1 {
		t.Fatalf("terraform validate: exit code %d, want 1\n%s", exitCode(err), out)
	}
	var validated struct {
		Diagnostics []validateDiagnostic `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &validated); err != nil {
		t.Fatalf("validate output: %v\n%s", err, out)
	}
	checkMistakes(t, "validate", validated.Diagnostics, lines, out)

	psa := startTestPSA(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedDemo})
	plan := func(phase, config string, lines []int) {
		tf := newRealTerraform(t, psa.env()...)
		tf.Write(config)
		out, err := tf.Run(nil, "plan", "-input=false", "-json")
		if exitCode(err) != 1 {
			t.Fatalf("%s: exit code %d, want 1\n%s", phase, exitCode(err), out)
		}
		var ds []validateDiagnostic
		for _, l := range strings.Split(out, "\n") {
			var msg struct {
				Type       string             `json:"type"`
				Diagnostic validateDiagnostic `json:"diagnostic"`
			}
			if json.Unmarshal([]byte(l), &msg) == nil && msg.Type == "diagnostic" {
				ds = append(ds, msg.Diagnostic)
			}
		}
		checkMistakes(t, phase, ds, lines, out)
	}
	plan("plan", config, lines)
	plan("plan of values known at plan", lateConfig, lateLines)

	for _, entity := range []string{"SecurityLevels", "ClientPortalSecurityLevels", "ApiUsers", "UserDefinedFieldDefinitions"} {
		recs, err := psa.Tenant.List(entity)
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs {
			name, _ := rec["name"].(string)
			user, _ := rec["userName"].(string)
			if strings.HasPrefix(name, "Service Desk - Tier") || name == "Customer staff" || name == "Customer leads" ||
				user == "backup@acme.example.com" || name == "Support Tier" {
				t.Errorf("a failed plan created %s %v", entity, rec["id"])
			}
		}
	}
}
