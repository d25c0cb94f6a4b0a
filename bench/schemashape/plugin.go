package main

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
)

// shapeEnv names the shape the plugin serves; terraform passes its
// environment on to the plugins it starts.
const shapeEnv = "SCHEMASHAPE"

// isPlugin reports whether terraform started this binary as a plugin.
func isPlugin() bool { return os.Getenv("TF_PLUGIN_MAGIC_COOKIE") != "" }

// servePlugin serves the provider in the shape $SCHEMASHAPE names.
func servePlugin() error {
	id := os.Getenv(shapeEnv)
	s, ok := shapeByID(id)
	if !ok {
		return fmt.Errorf("%s=%q names no shape", shapeEnv, id)
	}
	return providerserver.Serve(context.Background(), func() provider.Provider { return &shapeProvider{shape: s} },
		providerserver.ServeOpts{Address: providerAddress})
}
