// Command terraform-provider-autotask is the Terraform provider for Autotask
// PSA access control: security levels, API users, Client Portal levels,
// protected-data access and the site's login policy.
package main

import (
	"flag"
	"log"

	"github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

// version is set by the release build (-ldflags "-X main.version=…").
var version = "dev"

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()
	provider.SetMemoryPolicy()
	provider.QuietSDKLogsUnlessTerraformKeepsThem()

	if err := provider.Serve(version, debug); err != nil {
		log.Fatal(err.Error())
	}
}
