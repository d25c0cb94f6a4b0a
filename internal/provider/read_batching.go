package provider

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// EnvReadBatchWindow tunes read batching: a Go duration ("150ms") for how
// long the client gathers the reads of one entity before answering them
// with one query, or "0" to read every object with its own GET. Unset means
// autotask.DefaultReadBatchWindow. Meant for troubleshooting and
// benchmarks; the default suits every plan.
const EnvReadBatchWindow = "AUTOTASK_READ_BATCH_WINDOW"

// readBatchWindow resolves EnvReadBatchWindow.
func readBatchWindow() (time.Duration, error) {
	v := strings.TrimSpace(os.Getenv(EnvReadBatchWindow))
	if v == "" {
		return autotask.DefaultReadBatchWindow, nil
	}
	if v == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 || d > time.Second {
		return 0, fmt.Errorf("%s=%q is not a duration between 0 and 1s (e.g. 5ms, or 0 to turn read batching off)", EnvReadBatchWindow, v)
	}
	return d, nil
}
