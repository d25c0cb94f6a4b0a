package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"
)

// registryAddress is the provider's registry address.
const registryAddress = "registry.terraform.io/autotask-iac/autotask"

// Serve serves the provider at the given version over Terraform's plugin
// protocol 6 until Terraform stops it; debug serves it for a debugger
// instead. It calls tf6server directly rather than providerserver.Serve,
// whose support of protocol 5 links that protocol's server into the
// binary: 0.5 MB more to load in every plugin process (BENCHMARKS.md).
func Serve(version string, debug bool) error {
	var opts []tf6server.ServeOpt
	if debug {
		opts = append(opts, tf6server.WithManagedDebug())
	}
	return tf6server.Serve(registryAddress, providerserver.NewProtocol6(New(version)()), opts...)
}
