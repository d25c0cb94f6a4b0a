package provider

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// readmeSection returns the text of the README section under heading.
func readmeSection(t *testing.T, heading string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	start := strings.Index(s, "\n## "+heading+"\n")
	if start < 0 {
		t.Fatalf("README has no section %q", heading)
	}
	s = s[start+1:]
	if end := strings.Index(s[3:], "\n## "); end >= 0 {
		s = s[:end+3]
	}
	return s
}

// fencedBlocks returns the bodies of the section's ```lang blocks.
func fencedBlocks(section, lang string) []string {
	re := regexp.MustCompile("(?s)```" + lang + "\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(section, -1) {
		out = append(out, m[1])
	}
	return out
}

// repoRoot is the repository's top directory (the package is two below).
func repoRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Clean(filepath.Join(wd, "..", ".."))
}

// The README's "Use it from your own directory" runs as written: its
// configuration in $HOME/my-msp, then each shell block from the repository
// (dev_overrides without init; make install and terraform init with no
// network), in a fresh home directory against the mock PSA.
func TestAccREADME_useItFromYourOwnDirectory(t *testing.T) {
	psa := newTestPSA(t, mockpsa.SeedEmpty)
	section := readmeSection(t, "Use it from your own directory")
	hcl, sh := fencedBlocks(section, "hcl"), fencedBlocks(section, "sh")
	if len(hcl) != 1 || len(sh) != 2 {
		t.Fatalf("the section has %d hcl and %d sh blocks, want 1 and 2", len(hcl), len(sh))
	}
	home := t.TempDir()
	msp := filepath.Join(home, "my-msp")
	if err := os.MkdirAll(msp, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(msp, "main.tf"), strings.ReplaceAll(hcl[0], "terraform@acme.example.com", psa.Creds.Username))

	// The Go caches stay where they are: a fresh home must not mean a cold build.
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HOME=") && !strings.HasPrefix(kv, "TF_CLI_CONFIG_FILE=") && !strings.HasPrefix(kv, "TF_PLUGIN_CACHE_DIR=") {
			env = append(env, kv)
		}
	}
	for _, v := range []string{"GOCACHE", "GOMODCACHE", "GOPATH"} {
		out, err := exec.CommandContext(context.Background(), "go", "env", v).Output()
		if err != nil {
			t.Fatal(err)
		}
		env = append(env, v+"="+strings.TrimSpace(string(out)))
	}
	env = append(env, "HOME="+home, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	run := func(script string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, "bash", "-euo", "pipefail", "-c", script)
		cmd.Dir, cmd.Env = repoRoot(t), env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("README block failed (%v):\n%s\n--- output ---\n%s", err, script, out.String())
		}
		return out.String()
	}

	out := run(sh[0])
	if !strings.Contains(out, "Provider development overrides are in effect") || !strings.Contains(out, "No changes.") {
		t.Errorf("dev_overrides block: no override warning or no clean plan:\n%s", out)
	}
	out = run(sh[1])
	if !strings.Contains(out, "Terraform has been successfully initialized") || !strings.Contains(out, "No changes.") ||
		strings.Contains(out, "development overrides") {
		t.Errorf("make install block: init or plan did not run from the local plugin directory:\n%s", out)
	}
	lock, err := os.ReadFile(filepath.Join(msp, ".terraform.lock.hcl"))
	if err != nil || !strings.Contains(string(lock), `provider "registry.terraform.io/autotask-iac/autotask"`) || !regexp.MustCompile(`version\s+= "0.0.1"`).Match(lock) {
		t.Errorf("the lock file does not record the installed provider 0.0.1 (%v):\n%s", err, string(lock))
	}
}
