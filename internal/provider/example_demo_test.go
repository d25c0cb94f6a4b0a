package provider

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestAccExampleDemoScript runs `make demo`'s script end to end — build,
// mock PSA, plan, apply, re-plan, the change made in the web UI, the plan
// that reviews it, the correction and the access report — as a user would.
func TestAccExampleDemoScript(t *testing.T) {
	requireAcc(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "./examples/demo/run.sh")
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("run.sh: %v\n%s", err, out)
	}
	for _, want := range []string{
		"No changes: the PSA matches the configuration.",
		`WARNING  AT501: 2 users of security level "MSP Service Desk" lose Organizations: Edit (All → Mine)  [autotask_security_level.service_desk]`,
		"Apply complete! Resources: 0 added, 1 changed, 0 destroyed.",
		"Custom security levels:\n  Customer IT (co-managed): ID ",
		"| Security level |",
		"### Findings",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the demo does not show %q:\n%s", want, out)
		}
	}
	// Findings are printed whole: each on one line, ending with its object.
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "  AT") && strings.HasPrefix(strings.TrimSpace(line), "WARNING") && !strings.HasSuffix(line, "]") {
			t.Errorf("a finding is cut: %q", line)
		}
	}
}
