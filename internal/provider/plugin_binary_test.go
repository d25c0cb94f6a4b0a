package provider

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// terraformCLI runs the real terraform in one working directory against
// the provider built as a plugin binary and installed through dev_overrides,
// as an MSP would run it. Tests that in-process providers cannot serve (two
// aliases, for_each resources that the test framework's state shim cannot
// read) use it.
type terraformCLI struct {
	t    *testing.T
	ctx  context.Context
	work string
	env  []string
}

// newTerraformCLI installs the plugin binary through a CLI configuration
// in dir and runs terraform in work with the given extra environment.
func newTerraformCLI(ctx context.Context, t *testing.T, dir, work string, env ...string) *terraformCLI {
	t.Helper()
	rc := devOverridesConfig(ctx, t, dir)
	env = append(append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1"), env...)
	return &terraformCLI{t: t, ctx: ctx, work: work, env: env}
}

// run runs terraform with args and returns its combined output.
func (c *terraformCLI) run(args ...string) (string, error) {
	cmd := exec.CommandContext(c.ctx, "terraform", append([]string{"-chdir=" + c.work}, args...)...)
	cmd.Env = c.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// must runs terraform and fails the test when it fails.
func (c *terraformCLI) must(args ...string) string {
	c.t.Helper()
	out, err := c.run(args...)
	if err != nil {
		c.t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}
