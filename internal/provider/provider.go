// Package provider implements the Terraform provider for Autotask PSA access
// control. Schemas are generated from internal/catalog; plan-time findings
// come from internal/evaluate; remote calls go through internal/autotask.
package provider

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/suggest"
)

// Environment variables read when the matching provider attribute is unset.
const (
	EnvBaseURL         = "AUTOTASK_BASE_URL"
	EnvUsername        = "AUTOTASK_USERNAME"
	EnvSecret          = "AUTOTASK_SECRET"
	EnvIntegrationCode = "AUTOTASK_INTEGRATION_CODE"
)

// DefaultBaseURL is the public Autotask root from which zone discovery starts.
const DefaultBaseURL = "https://webservices.autotask.net/"

var (
	_ provider.Provider              = &AutotaskProvider{}
	_ provider.ProviderWithFunctions = &AutotaskProvider{}
)

// AutotaskProvider is the provider implementation.
type AutotaskProvider struct {
	version string
}

// autotaskProviderModel maps the provider block.
type autotaskProviderModel struct {
	BaseURL         types.String `tfsdk:"base_url"`
	Username        types.String `tfsdk:"username"`
	Secret          types.String `tfsdk:"secret"`
	IntegrationCode types.String `tfsdk:"integration_code"`
	RuleSeverity    types.Map    `tfsdk:"rule_severity"`
	MaxInFlight     types.Int64  `tfsdk:"max_in_flight"`
	RequestBudget   types.Int64  `tfsdk:"request_budget"`
	DenyNewAccess   types.Set    `tfsdk:"deny_new_access"`
	AdoptExisting   types.Bool   `tfsdk:"adopt_existing"`
}

// New returns a constructor for the provider at the given version.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &AutotaskProvider{version: version}
	}
}

// Metadata names the provider.
func (p *AutotaskProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "autotask"
	resp.Version = p.version
}

// Schema describes the provider block.
func (p *AutotaskProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manage Autotask PSA access control as code: custom security levels, " +
			"least-privilege API users, Client Portal levels, protected-data access and login policy, " +
			"with plan-time checks for over-privilege and lock-outs. Catalogue data sources need no credentials.",
		Attributes: map[string]schema.Attribute{
			"base_url": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Root URL from which the provider discovers the database's zone. Defaults to `" + EnvBaseURL +
					"`, then `" + DefaultBaseURL + "`. A zone URL ending in `/ATServicesRest/` skips discovery.",
				Validators: []validator.String{baseURLValidator{}},
			},
			"username": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "User name of the API user Terraform runs as. Defaults to `" + EnvUsername + "`.",
			},
			"secret": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "Secret of that API user. Defaults to `" + EnvSecret + "`. The provider never writes it to state, plan or logs; " +
					"to keep it out of plan files too, set it from the environment or from an `ephemeral` variable (Terraform saves the values of other variables in saved plans).",
			},
			"integration_code": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "The API tracking identifier of the integration. Defaults to `" + EnvIntegrationCode + "`.",
			},
			"rule_severity": schema.MapAttribute{
				Optional:    true,
				ElementType: types.StringType,
				MarkdownDescription: "Per-rule severity of the plan-time checks: keys are rule IDs (`AT101`, …), values `error`, " +
					"`warning`, `info` or `off`. See the plan-time findings guide for the rules and their defaults.",
			},
			"deny_new_access": schema.SetAttribute{
				Optional:    true,
				ElementType: types.StringType,
				MarkdownDescription: "Permissions that no plan may grant more of, by key: `crm.companies_edit`, `admin.manage_resources`, " +
					"`portal.view_financials`, `protected_data.view_protected`, … (the keys of `effective_permissions`, module and name " +
					"joined by a dot). A plan that raises any of them on a security level, a portal level, an API user (by moving it " +
					"to another level) or a user's protected-data access fails with AT502, naming the users who would gain it. " +
					"Lowering or keeping them is always allowed.",
			},
			"max_in_flight": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Most requests this provider configuration keeps in flight per entity endpoint, 1 to 3. Default 3. " +
					"Autotask allows 3 per integration code and endpoint and answers a fourth with HTTP 429. Each provider configuration " +
					"(each alias) is a plugin process of its own and counts only its own requests: configurations that use one " +
					"integration code against one database at the same time can together exceed 3, and the 429s are then retried " +
					"with backoff. Lower it to leave room for the integration's other users.",
				Validators: []validator.Int64{int64validator.Between(1, 3)},
			},
			"request_budget": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Requests per rolling hour the database allows, shared by every integration. The provider reads the database's real usage " +
					"(`ThresholdInformation`) once per plan and per apply, warns in the plan or apply output when usage passes 75% and 90% of this budget, " +
					"and stops before exceeding it. Default: the database's own threshold as Autotask reports it, else " + thousands(autotask.DefaultRequestBudget) + ".",
				Validators: []validator.Int64{int64validator.AtLeast(1)},
			},
			"adopt_existing": schema.BoolAttribute{
				Optional:            true,
				MarkdownDescription: adoptExistingDescription,
			},
		},
	}
}

// providerData is handed to every resource, data source and function.
type providerData struct {
	version         string
	baseURL         string
	username        string
	secret          string
	integrationCode string
	maxInFlight     int
	requestBudget   int
	evalOptions     evaluate.Options
	api             apiClient
	remote          remoteCache
	apiUserView     apiUserViewCache  // evaluation_api_users.go
	review          accessReviewCache // access_review.go
	planned         plannedCreates
	plan            planRegistry // plan_registry.go
	connection      connectionProblems
	usage           usageState
	// unknown names the connection attributes whose configured value is
	// not known yet (at plan, computed from another object). They are left
	// empty, never taken from the environment.
	unknown       []string
	adoptExisting bool
	existing      existingCache
}

// Configure resolves attributes and environment variables. Credentials are
// checked only when an object that talks to the API needs them, so the
// catalogue data sources work without any.
func (p *AutotaskProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg autotaskProviderModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	data := &providerData{
		version:       p.version,
		maxInFlight:   int(cfg.MaxInFlight.ValueInt64()),
		requestBudget: int(cfg.RequestBudget.ValueInt64()),
		adoptExisting: cfg.AdoptExisting.ValueBool(),
	}
	data.baseURL = data.setting(cfg.BaseURL, "base_url", EnvBaseURL, DefaultBaseURL)
	data.username = data.setting(cfg.Username, "username", EnvUsername, "")
	data.secret = data.setting(cfg.Secret, "secret", EnvSecret, "")
	data.integrationCode = data.setting(cfg.IntegrationCode, "integration_code", EnvIntegrationCode, "")
	data.evalOptions = severityOverrides(cfg.RuleSeverity, &resp.Diagnostics)
	data.evalOptions.DenyNewAccess = denyNewAccess(ctx, cfg.DenyNewAccess, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.DataSourceData = data
	resp.ResourceData = data
}

// denyNewAccess reads deny_new_access, with one diagnostic per unknown key.
func denyNewAccess(ctx context.Context, set types.Set, diags *diag.Diagnostics) []catalog.Key {
	if set.IsNull() || set.IsUnknown() {
		return nil
	}
	var keys []string
	diags.Append(set.ElementsAs(ctx, &keys, true)...)
	var out []catalog.Key
	for _, k := range keys {
		key := catalog.Key(strings.TrimSpace(k))
		if !permissionKeyKnown(key) {
			diags.AddAttributeError(path.Root("deny_new_access"), "Unknown permission in deny_new_access",
				fmt.Sprintf("%q is not a permission key. Use a key of effective_permissions written as module.name, "+
					"for example \"crm.companies_edit\", \"admin.manage_resources\", \"portal.view_financials\" or \"protected_data.view_protected\".", k))
			continue
		}
		out = append(out, key)
	}
	return out
}

// severityOverrides reads rule_severity, with one diagnostic per bad entry.
func severityOverrides(m types.Map, diags *diag.Diagnostics) evaluate.Options {
	opts := evaluate.Options{SeverityOverrides: map[string]evaluate.Severity{}}
	if m.IsNull() || m.IsUnknown() {
		return opts
	}
	for id, v := range m.Elements() {
		at := path.Root("rule_severity").AtMapKey(id)
		s, ok := v.(types.String)
		if !ok || s.IsUnknown() || s.IsNull() {
			continue
		}
		if why, retired := evaluate.RetiredRule(id); retired {
			diags.AddAttributeWarning(at, "Retired rule ID", fmt.Sprintf("%s no longer exists (%s); remove it from rule_severity.", id, why))
			continue
		}
		if _, known := evaluate.RuleByID(id); !known {
			diags.AddAttributeError(at, "Unknown rule ID", fmt.Sprintf("%q is not a rule of this provider.%s Rule IDs look like AT101 (see the plan-time findings guide).",
				id, suggest.DidYouMean(id, ruleIDs())))
			continue
		}
		sev, err := evaluate.ParseSeverity(s.ValueString())
		if err != nil {
			diags.AddAttributeError(at, "Invalid severity", fmt.Sprintf("%s: %q is not a severity; use error, warning, info or off.", id, s.ValueString()))
			continue
		}
		opts.SeverityOverrides[id] = sev
	}
	return opts
}

// ruleIDs lists every rule ID, for "did you mean".
func ruleIDs() []string {
	var out []string
	for _, r := range evaluate.Rules() {
		out = append(out, r.ID)
	}
	return out
}

// setting picks the configured value, then the environment, then def. A
// configured value that is not known yet is recorded in d.unknown and left
// empty: the environment must not stand in for what the configuration says.
func (d *providerData) setting(v types.String, attr, env, def string) string {
	if v.IsUnknown() {
		d.unknown = append(d.unknown, attr)
		return ""
	}
	if !v.IsNull() && v.ValueString() != "" {
		return v.ValueString()
	}
	if e := os.Getenv(env); e != "" {
		return e
	}
	return def
}

// Resources lists the managed resources; each says a connection problem
// once per plan (connection_problems.go).
func (p *AutotaskProvider) Resources(_ context.Context) []func() resource.Resource {
	return quietResources(
		NewSecurityLevelResource,
		NewAPIUserResource,
		NewClientPortalSecurityLevelResource,
		NewClientPortalUserResource,
		NewUserDefinedFieldResource,
		NewProtectedDataAccessResource,
		NewSecuritySettingsResource,
	)
}

// DataSources lists the data sources; each says a connection problem
// once per plan (connection_problems.go).
func (p *AutotaskProvider) DataSources(_ context.Context) []func() datasource.DataSource {
	return quietDataSources(
		NewSystemSecurityLevelsDataSource,
		NewIntegrationProfileDataSource,
		NewSecurityLevelDataSource,
		NewSecurityLevelsDataSource,
		NewResourceDataSource,
		NewAccessReportDataSource,
		NewAPIUserDataSource,
		NewAPIUsersDataSource,
		NewClientPortalSecurityLevelDataSource,
		NewClientPortalSecurityLevelsDataSource,
		NewContactDataSource,
	)
}

// Functions lists the provider functions.
func (p *AutotaskProvider) Functions(_ context.Context) []func() function.Function {
	return []func() function.Function{
		NewEffectivePermissionsFunction,
		NewCanAccessFunction,
		NewProfilePermissionsFunction,
	}
}
