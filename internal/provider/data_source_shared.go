package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// apiDataSource is embedded by every data source that reads the PSA: it
// receives the provider data and reads the configuration.
type apiDataSource struct{ data *providerData }

// Configure receives the provider data.
func (d *apiDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// readConfig reads the configuration into the model *m and returns the API
// client; false when either failed (the diagnostics say why).
func (d *apiDataSource) readConfig(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse, m any) (*autotask.Client, bool) {
	resp.Diagnostics.Append(req.Config.Get(ctx, m)...)
	c, diags := d.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	return c, !resp.Diagnostics.HasError()
}
