// Command terraform-provider-autotask is the Terraform provider for Autotask
// PSA access control: security levels, API users, Client Portal levels,
// protected-data access and the site's login policy.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

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

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/autotask-iac/autotask",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err.Error())
	}
}
