package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// testAccProtoV6ProviderFactories runs the provider in-process for the real
// terraform binary that terraform-plugin-testing drives. Its credentials
// come from the AUTOTASK_* environment, so a test that uses it with a PSA
// sets the environment (newTestPSA) and cannot run in parallel; a parallel
// test uses its PSA's own factories (testPSA.factories).
var testAccProtoV6ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
	"autotask": providerserver.NewProtocol6WithError(New("test")()),
}

// factoriesWith runs the provider in-process with creds standing in for
// the AUTOTASK_* environment: a connection attribute the configuration
// leaves null or empty takes the credential's value, exactly where the
// provider would otherwise read the environment. Tests with factories of
// their own share no process state and can run in parallel.
func factoriesWith(creds mockpsa.Credentials) map[string]func() (tfprotov6.ProviderServer, error) {
	return map[string]func() (tfprotov6.ProviderServer, error){
		"autotask": providerserver.NewProtocol6WithError(providerWith(creds)),
	}
}

// providerWith is the provider with creds in place of the environment.
func providerWith(creds mockpsa.Credentials) provider.Provider {
	return &credentialedProvider{
		AutotaskProvider: &AutotaskProvider{version: "test"},
		defaults: map[string]string{
			"base_url":         creds.BaseURL,
			"username":         creds.Username,
			"secret":           creds.Secret,
			"integration_code": creds.IntegrationCode,
		},
	}
}

// credentialedProvider is the provider with per-test defaults for its
// connection attributes in place of the process environment. Every other
// method is the provider's own.
type credentialedProvider struct {
	*AutotaskProvider
	defaults map[string]string
}

func (p *credentialedProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	cfg, err := withDefaults(req.Config, p.defaults)
	if err != nil {
		resp.Diagnostics.AddError("Test provider configuration", err.Error())
		return
	}
	req.Config = cfg
	p.AutotaskProvider.Configure(ctx, req, resp)
}

// withDefaults sets every string attribute of cfg named in defaults that is
// null or empty (but known) to its default.
func withDefaults(cfg tfsdk.Config, defaults map[string]string) (tfsdk.Config, error) {
	typ, ok := cfg.Raw.Type().(tftypes.Object)
	if !ok {
		return cfg, nil
	}
	attrs := map[string]tftypes.Value{}
	if cfg.Raw.IsNull() {
		for name, at := range typ.AttributeTypes {
			attrs[name] = tftypes.NewValue(at, nil)
		}
	} else if err := cfg.Raw.As(&attrs); err != nil {
		return cfg, err
	}
	for name, def := range defaults {
		v, ok := attrs[name]
		if !ok || !v.IsKnown() {
			continue
		}
		var s string
		if !v.IsNull() {
			if err := v.As(&s); err != nil {
				return cfg, err
			}
		}
		if s == "" {
			attrs[name] = tftypes.NewValue(tftypes.String, def)
		}
	}
	cfg.Raw = tftypes.NewValue(typ, attrs)
	return cfg, nil
}
