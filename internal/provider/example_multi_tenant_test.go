package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// TestAccExampleMultiTenant runs examples/multi-tenant — the baseline module
// once per Autotask database through aliased providers — with the provider
// built as a real plugin binary and installed through dev_overrides, as an
// MSP would run it. (In-process test providers cannot serve two aliases:
// terraform sends both configurations to the one reattached server.)
func TestAccExampleMultiTenant(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Fatal("TF_ACC must be set: run `make test`")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := buildPlugin(t)
	// The example and the module it calls, at the same relative paths.
	copyTree(t, "../../examples/multi-tenant", filepath.Join(dir, "examples", "multi-tenant"))
	copyTree(t, "../../examples/modules/msp-baseline", filepath.Join(dir, "examples", "modules", "msp-baseline"))
	work := filepath.Join(dir, "examples", "multi-tenant")
	rc := filepath.Join(dir, "terraformrc")
	writeFile(t, rc, fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/autotask-iac/autotask\" = %q\n  }\n  direct {}\n}\n", bin))

	run, err := mockpsa.Start("127.0.0.1:0", mockpsa.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = run.Close() }()
	tenants := map[string]any{}
	secrets := map[string]string{}
	handles := map[string]*mockpsa.Tenant{}
	for name, zone := range map[string]string{"contoso": "webservices2", "fabrikam": "webservices17"} {
		ten, err := run.Server.CreateTenant(mockpsa.TenantSpec{Name: name, Zone: zone, Seed: mockpsa.SeedEmpty})
		if err != nil {
			t.Fatal(err)
		}
		c := ten.Credentials(run.URL)
		handles[name] = ten
		tenants[name] = map[string]string{"username": c.Username, "integration_code": c.IntegrationCode, "base_url": c.BaseURL}
		secrets[name] = c.Secret
	}
	env := append(os.Environ(),
		"TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		"TF_VAR_tenants="+mustJSON(t, tenants), "TF_VAR_secrets="+mustJSON(t, secrets),
	)
	terraform := func(args ...string) (string, error) {
		cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + work}, args...)...)
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}
	mustTerraform := func(args ...string) string {
		out, err := terraform(args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}

	// Modules only: with dev_overrides the provider needs no installing, and
	// `terraform init` would ask the registry about it.
	mustTerraform("get", "-no-color")
	mustTerraform("apply", "-input=false", "-no-color", "-auto-approve")

	// Each database holds its own three levels and none of the other's.
	for name, prefix := range map[string]string{"contoso": "Contoso ", "fabrikam": "Fabrikam "} {
		custom := customLevels(t, handles[name])
		if len(custom) != 3 {
			t.Errorf("%s: %d custom levels, want 3: %v", name, len(custom), custom)
		}
		for n := range custom {
			if !strings.HasPrefix(n, prefix) {
				t.Errorf("%s holds level %q of another tenant", name, n)
			}
		}
	}
	view := wireField(t, catalog.KeyProjectView)
	wantView := map[string]catalog.Value{"contoso": catalog.Mine, "fabrikam": catalog.All}
	for name, want := range wantView {
		sd := customLevels(t, handles[name])[strings.ToUpper(name[:1])+name[1:]+" Service Desk"]
		if got := sd[view]; fmt.Sprint(got) != fmt.Sprint(wirePicklist(t, catalog.KeyProjectView, want)) {
			t.Errorf("%s service desk project view = %v, want %s", name, got, want)
		}
	}

	// A second plan is empty.
	if out, err := terraform("plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		t.Errorf("re-plan not empty (%v):\n%s", err, out)
	}
	mustTerraform("destroy", "-input=false", "-no-color", "-auto-approve")
	for name, ten := range handles {
		if left := customLevels(t, ten); len(left) != 0 {
			t.Errorf("%s: levels left after destroy: %v", name, left)
		}
	}
}

func customLevels(t *testing.T, ten *mockpsa.Tenant) map[string]map[string]any {
	t.Helper()
	all, err := ten.List("SecurityLevels")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, l := range all {
		if sys, _ := l["isSystem"].(bool); !sys {
			out[fmt.Sprint(l["name"])] = l
		}
	}
	return out
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if d.Name() == ".terraform" {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if !strings.HasSuffix(p, ".tf") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
