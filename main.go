// Command terraform-provider-autotask is the Terraform provider for Autotask
// PSA access control: security levels, API users, Client Portal levels,
// protected-data access and the site's login policy.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	rtdebug "runtime/debug"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

// version is set by the release build (-ldflags "-X main.version=…").
var version = "dev"

// defaultMemoryLimit is the Go runtime's soft memory limit when GOMEMLIMIT
// is not set. A plan allocates a few MB per managed object that is garbage
// moments later (terraform-plugin-framework's value conversions), and with
// Go's default pacing the heap may double before it is collected: 180 MiB
// of peak RSS for 1,000 security levels. Near this limit the collector
// runs more often instead; live data is far below it, and beyond it Go
// only collects harder (it never fails). BENCHMARKS.md has the trade.
const defaultMemoryLimit = 120 << 20

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()
	if os.Getenv("GOMEMLIMIT") == "" {
		rtdebug.SetMemoryLimit(defaultMemoryLimit)
	}
	provider.QuietSDKLogsUnlessTerraformKeepsThem()

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/autotask-iac/autotask",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err.Error())
	}
}
