package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"
)

// tfCLI drives the real terraform CLI against this provider served in
// process (reattached, as terraform-plugin-testing does), for the tests
// that must see what a user sees: warnings, which TestStep cannot check.
type tfCLI struct {
	t   *testing.T
	dir string
	env []string
}

// newTFCLI writes config into a fresh directory and serves the provider.
// The provider serves every command of the test; Terraform configures it
// anew for each, as it would a plugin it starts itself.
func newTFCLI(t *testing.T, config string) *tfCLI {
	t.Helper()
	return newTFCLIWith(t, New("test")(), config)
}

// cli is newTFCLI for a provider with this PSA's credentials (no process
// environment), for parallel tests.
func (p *testPSA) cli(t *testing.T, config string) *tfCLI {
	t.Helper()
	return newTFCLIWith(t, providerWith(p.Creds), config)
}

// newTFCLIWith is newTFCLI serving prov.
func newTFCLIWith(t *testing.T, prov provider.Provider, config string) *tfCLI {
	t.Helper()
	requireAcc(t)
	ctx, cancel := context.WithCancel(context.Background())
	reattach := make(chan *plugin.ReattachConfig, 1)
	closed := make(chan struct{})
	const addr = "registry.terraform.io/hashicorp/autotask"
	go func() {
		err := tf6server.Serve(addr, providerserver.NewProtocol6(prov),
			tf6server.WithDebug(ctx, reattach, closed), tf6server.WithoutLogStderrOverride(), tf6server.WithLoggingSink(t),
			tf6server.WithGoPluginLogger(hclog.NewNullLogger()))
		if err != nil {
			t.Errorf("serve provider: %v", err)
		}
	}()
	var rc *plugin.ReattachConfig
	select {
	case rc = <-reattach:
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatal("the provider server did not start")
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
		}
	})
	cfg, err := json.Marshal(map[string]any{addr: map[string]any{
		"Protocol": string(rc.Protocol), "ProtocolVersion": rc.ProtocolVersion, "Pid": rc.Pid, "Test": true,
		"Addr": map[string]string{"Network": rc.Addr.Network(), "String": rc.Addr.String()},
	}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "main.tf"), config)
	rcFile := filepath.Join(dir, ".terraformrc")
	writeFile(t, rcFile, "")
	c := &tfCLI{t: t, dir: dir, env: append(os.Environ(),
		"TF_REATTACH_PROVIDERS="+string(cfg), "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1", "TF_CLI_CONFIG_FILE="+rcFile)}
	return c
}

// run runs terraform with args in the test's directory and returns its
// combined output.
func (c *tfCLI) run(args ...string) (string, error) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + c.dir}, args...)...)
	cmd.Env = c.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// must runs terraform and fails the test when it fails.
func (c *tfCLI) must(args ...string) string {
	c.t.Helper()
	out, err := c.run(args...)
	if err != nil {
		c.t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// count reports how often re matches out.
func count(re *regexp.Regexp, out string) int { return len(re.FindAllStringIndex(out, -1)) }

// flat joins terraform's output into one line: the CLI wraps long
// diagnostics at its terminal width.
func flat(out string) string { return strings.Join(strings.Fields(out), " ") }
