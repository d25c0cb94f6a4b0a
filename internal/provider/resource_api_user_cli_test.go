package provider

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// rewstUserConfig is the Rewst API user on the given level, checked
// against the Rewst recipe, next to a level built with
// profile_permissions.
func rewstUserConfig(level string) string {
	return `
locals {
  rewst = provider::autotask::profile_permissions("rewst")
}

resource "autotask_security_level" "rewst" {
  name      = "Rewst Automation"
  copy_from = "API User Can't Read Costs"

  crm          = local.rewst.crm
  contracts    = local.rewst.contracts
  projects     = local.rewst.projects
  service_desk = local.rewst.service_desk
  timesheets   = local.rewst.timesheets
  documents    = local.rewst.documents
  admin        = local.rewst.admin
  other        = local.rewst.other
}

resource "autotask_api_user" "rewst" {
  user_name               = "rewst@acme.example.com"
  first_name              = "Rewst"
  last_name               = "Integration"
  security_level_id       = ` + level + `
  integration             = { vendor = "rewst" }
  least_privilege_profile = "rewst"
}
`
}

// extrasOf lists the permissions level grants beyond what profile needs
// (or beyond their floor when it needs none of them), computed from the
// catalogue alone: the AT202/AT204 findings a plan must show.
func extrasOf(t *testing.T, level catalog.LevelID, profile string) []catalog.Key {
	t.Helper()
	l, _ := catalog.SystemLevelByID(level)
	p, ok := catalog.ProfileByName(profile)
	if !ok {
		t.Fatalf("no profile %s", profile)
	}
	req := p.Required()
	var out []catalog.Key
	for _, pm := range catalog.Permissions() {
		if !pm.Ranked() {
			continue
		}
		need := pm.Floor
		if v, ok := req[pm.Key]; ok {
			need = v
		}
		if v, _ := l.Default(pm.Key); !pm.Grants(need, v) {
			out = append(out, pm.Key)
		}
	}
	return out
}

// The Rewst recipe, checked through the real CLI: a level built with
// profile_permissions plans with no least-privilege finding at all, and
// the same user on stock API User (system) gets one warning per extra
// permission, each naming it, on security_level_id.
func TestAccAPIUserResource_rewstProfileThroughCLI(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedDemo)
	tf := newRealTerraform(t, psa.env()...)
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id"))
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")

	out := tf.Must(nil, "plan", "-input=false", "-json", "-detailed-exitcode")
	var protected []jsonDiagnostic
	for _, d := range diagnostics(t, out) {
		if strings.HasPrefix(d.Summary, "AT206") {
			protected = append(protected, d)
			continue
		}
		// The level manages resources because the recipe needs it, and
		// Rewst's API user is on it now: AT304 is for information only.
		if strings.HasPrefix(d.Summary, "AT2") || strings.HasPrefix(d.Summary, "AT304") {
			t.Errorf("least-privilege level: %s finding %q", d.Severity, d.Summary)
		}
	}
	// The user keeps the API license's protected-data access, which the
	// recipe does not need: one warning, whose fix takes it away.
	if len(protected) != 1 || protected[0].Severity != "warning" || protected[0].Address != "autotask_api_user.rewst" ||
		!strings.Contains(protected[0].Summary, "can view and edit protected data") || !strings.Contains(protected[0].Detail, "view_protected = false") {
		t.Errorf("want one AT206 warning on the Rewst user with its fix, got %+v", protected)
	}
	grant := `
resource "autotask_protected_data_access" "rewst" {
  user_name      = autotask_api_user.rewst.user_name
  view_protected = false
  edit_protected = false
}
`
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id") + grant)
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")
	for _, d := range diagnostics(t, tf.Must(nil, "plan", "-input=false", "-json")) {
		if strings.HasPrefix(d.Summary, "AT206") {
			t.Errorf("AT206 after the grant took protected access away: %q", d.Summary)
		}
	}
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id"))
	tf.Must(nil, "apply", "-input=false", "-no-color", "-auto-approve")

	tf.Write(rewstUserConfig(strconv.Itoa(int(catalog.APIUser))))
	out, err := tf.Run(nil, "plan", "-input=false", "-json")
	if err != nil {
		t.Fatalf("plan on API User (system) failed (extras are warnings, not errors): %v\n%s", err, out)
	}
	want := extrasOf(t, catalog.APIUser, "rewst")
	if len(want) < 10 {
		t.Fatalf("only %d extras computed for API User (system)", len(want))
	}
	got := map[string][]string{}
	for _, d := range diagnostics(t, out) {
		rule, _, _ := strings.Cut(d.Summary, ":")
		if !strings.HasPrefix(rule, "AT2") || rule == "AT206" { // AT206: protected data, checked above
			continue
		}
		got[rule] = append(got[rule], d.Summary)
		if d.Severity != "warning" || d.Address != "autotask_api_user.rewst" || d.Snippet == nil || !strings.Contains(d.Snippet.Code, "security_level_id") {
			t.Errorf("%s: severity %s at %s %+v, want a warning on autotask_api_user.rewst's security_level_id", d.Summary, d.Severity, d.Address, d.Snippet)
		}
	}
	if len(got["AT203"]) != 1 || len(got["AT201"]) != 0 {
		t.Errorf("want one AT203 and no AT201, got %v", got)
	}
	extras := append(got["AT202"], got["AT204"]...)
	if len(extras) != len(want) {
		sort.Strings(extras)
		t.Errorf("%d extra-permission warnings, want %d (%v):\n%s", len(extras), len(want), want, strings.Join(extras, "\n"))
	}
	for _, k := range want {
		found := false
		for _, s := range extras {
			found = found || strings.Contains(s, "("+string(k)+")")
		}
		if !found {
			t.Errorf("no warning names %s", k)
		}
	}

	// What the checks need from the PSA is read once per plan, however many
	// API users the plan creates.
	more := ""
	for i := range 4 {
		more += fmt.Sprintf(`
resource "autotask_api_user" "job%d" {
  user_name         = "job%d@acme.example.com"
  first_name        = "Job"
  last_name         = "%d"
  security_level_id = autotask_security_level.rewst.id
  integration       = { internal_name = "Job %d" }
}
`, i, i, i, i)
	}
	tf.Write(rewstUserConfig("autotask_security_level.rewst.id") + more)
	psa.Tenant.ResetCounters()
	tf.Must(nil, "plan", "-input=false", "-no-color", "-refresh=false")
	if c := psa.Tenant.Counters(); c.ByEntity["Resources"] != 1 || c.ByEntity["ApiUsers"] > 2 {
		t.Errorf("planning 4 API users read Resources %d times and ApiUsers %d times, want once and at most twice",
			c.ByEntity["Resources"], c.ByEntity["ApiUsers"])
	}
}

// lockedBuffer is a bytes.Buffer safe for the mock's concurrent logging.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A known secret reaches the PSA (it authenticates) but none of: the
// state file, `terraform show -json` of the plan and of the state, the
// CLI's output and diagnostics, TF_LOG=trace output, the mock's request
// log — not even when the PSA echoes it back in an error, and not when the
// provider rejects it.
func TestAccAPIUserResource_secretNeverLeaks(t *testing.T) {
	var mockLog lockedBuffer
	psa := newParallelPSAWith(t, mockpsa.TenantSpec{Name: "acme", Seed: mockpsa.SeedEmpty}, mockpsa.Options{Logger: slog.New(slog.NewJSONHandler(&mockLog, nil))})
	logPath := filepath.Join(t.TempDir(), "trace.log")
	tf := newRealTerraform(t, append(psa.env(), "TF_LOG=trace", "TF_LOG_PATH="+logPath)...)
	const (
		first  = "Kq7xW2-first-secret"
		second = "Vb9zR4-second-secret"
		echoed = "Hn3pL8-echoed-secret"
		badOne = "Tz5 bad-secret"
	)
	secrets := []string{first, second, echoed, badOne}
	var outputs []string
	run := func(secret string, args ...string) (string, error) {
		out, err := tf.Run([]string{"TF_VAR_secret=" + secret}, args...)
		outputs = append(outputs, strings.Join(args, " ")+":\n"+out)
		return out, err
	}
	must := func(secret string, args ...string) string {
		out, err := run(secret, args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	config := func(version int) string {
		return withLevelIDs(fmt.Sprintf(`
variable "secret" {
  type      = string
  sensitive = true
  ephemeral = true # kept out of plan and state files, as the write-only argument is
}

resource "autotask_api_user" "sync" {
  user_name         = "sync@acme.example.com"
  first_name        = "Sync"
  last_name         = "Job"
  security_level_id = {{level.APIUserNoCosts}}
  integration       = { internal_name = "Nightly Sync" }
  secret_wo         = var.secret
  secret_wo_version = %d
}
`, version))
	}

	// An inactive API user already has the name: the plan says it will be
	// reactivated, and the apply does that, secret included.
	leftover, err := psa.Tenant.Create("ApiUsers", map[string]any{"userName": "sync@acme.example.com", "firstName": "Old", "lastName": "Sync",
		"securityLevelID": int64(catalog.APIUser), "internalIntegrationName": "Old Sync", "isActive": false})
	if err != nil {
		t.Fatal(err)
	}
	tf.Write(config(1))
	out := must(first, "plan", "-input=false", "-no-color", "-out=tfplan")
	if !strings.Contains(out, fmt.Sprintf(`Warning: Apply takes back the inactive API user "sync@acme.example.com" (ID %d)`, leftover)) {
		t.Errorf("the plan does not announce the reactivation of %d:\n%s", leftover, out)
	}
	must(first, "show", "-json", "tfplan")
	must(first, "apply", "-input=false", "-no-color", "tfplan")
	must(first, "show", "-json")
	users := apiUsersNamed(t, psa.Tenant, "sync@acme.example.com")
	if len(users) != 1 {
		t.Fatalf("API users: %v", users)
	}
	id, code := users[0]["id"].(int64), fmt.Sprint(users[0]["integrationCode"])
	if id != leftover || users[0]["isActive"] != true || users[0]["securityLevelID"] != int64(catalog.APIUserNoCosts) {
		t.Errorf("want %d reactivated on level 4: %v", leftover, users[0])
	}
	if !authenticates(t, psa, "sync@acme.example.com", first, code, id) {
		t.Fatal("the first secret did not reach the PSA")
	}

	// Rotation.
	tf.Write(config(2))
	must(second, "plan", "-input=false", "-json", "-out=tfplan")
	must(second, "show", "-json", "tfplan")
	must(second, "apply", "-input=false", "-json", "tfplan")
	must(second, "show", "-json")
	if !authenticates(t, psa, "sync@acme.example.com", second, code, id) {
		t.Fatal("the rotated secret did not reach the PSA")
	}

	// The PSA answers the next rotation with an error quoting the secret.
	if err := psa.Tenant.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Method: "PATCH", Entity: "ApiUsers",
		Message: "Field 'secret': value '" + echoed + "' is not accepted"}); err != nil {
		t.Fatal(err)
	}
	tf.Write(config(3))
	out, err = run(echoed, "apply", "-input=false", "-no-color", "-auto-approve")
	if err == nil || !strings.Contains(out, "Could not update API user") || !strings.Contains(out, "[REDACTED]") {
		t.Errorf("want the PSA's error with the secret redacted (%v):\n%s", err, out)
	}
	if left := psa.Tenant.Faults(); len(left) != 0 {
		t.Errorf("fault never fired: %+v", left)
	}

	// A secret the provider rejects at plan.
	tf.Write(config(4))
	out, err = run(badOne, "plan", "-input=false", "-no-color")
	if err == nil || !strings.Contains(out, "Invalid API user secret") {
		t.Errorf("want the secret rejected at plan (%v):\n%s", err, out)
	}

	files := map[string]string{"mock request log": mockLog.String()}
	for i, o := range outputs {
		files[fmt.Sprintf("terraform output %d", i)] = o
	}
	for name, p := range map[string]string{
		"state file": filepath.Join(tf.Dir, "terraform.tfstate"), "state backup": filepath.Join(tf.Dir, "terraform.tfstate.backup"),
		"trace log": logPath,
	} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		files[name] = string(b)
		if strings.HasPrefix(name, "state") { // private state is base64 in the file: search it decoded
			if files[name], err = stateFileText(b); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The saved plan is a zip archive: search its uncompressed contents.
	zr, err := zip.OpenReader(filepath.Join(tf.Dir, "tfplan"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		_ = rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files["plan file "+f.Name] = string(b)
	}
	// The artefacts are real: they hold what they should.
	for name, want := range map[string]string{
		"state file": "sync@acme.example.com", "trace log": "ApiUsers", "mock request log": "ApiUsers", "plan file tfplan": "secret_wo_version",
	} {
		if !strings.Contains(files[name], want) {
			t.Errorf("%s lacks %q (%d bytes)", name, want, len(files[name]))
		}
	}
	if !strings.Contains(files["state file"], "\nprivate state of autotask_api_user.sync") {
		t.Errorf("the state file holds no private state of the API user: its check proves nothing there")
	}
	if !strings.Contains(files["trace log"], "[TRACE]") {
		t.Errorf("trace log has no TRACE lines")
	}
	for name, content := range files {
		for _, s := range secrets {
			if i := strings.Index(content, s); i >= 0 {
				t.Errorf("%s holds a secret near: %q", name, content[max(0, i-200):min(len(content), i+50)])
			} else if holdsSecret(content, s) {
				t.Errorf("%s holds a secret base64-encoded", name)
			}
		}
	}
}
