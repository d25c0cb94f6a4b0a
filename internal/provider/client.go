package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// tflogLogger maps the client's Logger onto tflog, on the context of the
// request being served (its sink, its fields, its masks). base carries the
// secret masks for calls whose context has none of the provider's.
type tflogLogger struct {
	mask func(context.Context) context.Context
}

func kvFields(kv []any) map[string]any {
	if len(kv) == 0 {
		return nil
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return m
}

func (l tflogLogger) Debug(ctx context.Context, msg string, kv ...any) {
	tflog.Debug(l.mask(ctx), msg, kvFields(kv))
}

func (l tflogLogger) Info(ctx context.Context, msg string, kv ...any) {
	tflog.Info(l.mask(ctx), msg, kvFields(kv))
}

func (l tflogLogger) Warn(ctx context.Context, msg string, kv ...any) {
	tflog.Warn(l.mask(ctx), msg, kvFields(kv))
}

// apiClient builds the API client on first use. Catalogue-only objects never
// call it, so they work without credentials.
type apiClient struct {
	once   sync.Once
	client *autotask.Client
	diags  diag.Diagnostics
}

// maskSecret makes every tflog call on ctx mask the secret, as a second line
// of defence behind the client's own redaction.
func (d *providerData) maskSecret(ctx context.Context) context.Context {
	if d.secret == "" {
		return ctx
	}
	ctx = tflog.MaskAllFieldValuesStrings(ctx, d.secret)
	return tflog.MaskMessageStrings(ctx, d.secret)
}

// Client returns the API client, or one diagnostic that names exactly which
// setting is missing.
func (d *providerData) Client(ctx context.Context) (*autotask.Client, diag.Diagnostics) {
	if d == nil {
		var diags diag.Diagnostics
		diags.AddError("Provider not configured", "The autotask provider was not configured before use; this is a bug in the provider.")
		return nil, diags
	}
	d.api.once.Do(func() {
		if len(d.unknown) > 0 {
			d.api.diags.AddError("Autotask connection settings are not known yet",
				"The provider cannot reach Autotask during this plan: "+unknownSettingsReason(d.unknown)+
					". Reading existing objects needs them at plan time: set them from values known before apply "+
					"(variables, the environment), not from attributes of other resources.")
			return
		}
		if missing := d.missingCredentials(); len(missing) > 0 {
			d.api.diags.AddError("Autotask credentials are not configured",
				"This object talks to the Autotask API, so the provider needs "+joinAnd(missing)+
					". Set them in the provider block or the environment.")
			return
		}
		window, err := readBatchWindow()
		if err != nil {
			d.api.diags.AddError("Invalid read batching setting", err.Error())
			return
		}
		c, err := autotask.New(autotask.Config{
			BaseURL:                d.baseURL,
			Username:               d.username,
			Secret:                 d.secret,
			IntegrationCode:        d.integrationCode,
			Version:                d.version,
			UserAgent:              "terraform-provider-autotask/" + d.version,
			Logger:                 tflogLogger{mask: d.maskSecret},
			MaxInFlightPerEndpoint: d.maxInFlight,
			RequestBudget:          d.requestBudget,
			OnUsageWarning:         d.noteUsage,
			ReadBatchWindow:        window,
		})
		if err != nil {
			d.api.diags.AddError("Invalid Autotask provider configuration", err.Error())
			return
		}
		d.api.client = c
		d.readUsage(ctx, c)
	})
	for _, e := range d.api.diags.Errors() {
		d.connection.note(e.Summary(), e.Detail()) // said once per plan (connection_problems.go)
	}
	diags := append(diag.Diagnostics(nil), d.api.diags...)
	if !diags.HasError() {
		diags.Append(d.takeUsageWarnings()...)
	}
	return d.api.client, diags
}

// errNoClient is lookupClient's error: Client said why, once, to an
// operation that shows diagnostics.
var errNoClient = errors.New("the API client is not configured")

// lookupClient is Client for the reads that cannot show diagnostics
// themselves (plan-time lookups shared by many objects): the usage
// warnings Client hands out go back in the queue, for the next operation
// that shows its diagnostics, instead of being lost.
func (d *providerData) lookupClient(ctx context.Context) (*autotask.Client, error) {
	c, diags := d.Client(ctx)
	if diags.HasError() {
		return nil, errNoClient
	}
	d.putBackUsageWarnings(diags.Warnings())
	return c, nil
}

// missingCredentials names the credentials that are not set, as
// "`attr` (or ENV)".
func (d *providerData) missingCredentials() []string {
	var missing []string
	for _, m := range []struct{ val, attr, env string }{
		{d.username, "username", EnvUsername},
		{d.secret, "secret", EnvSecret},
		{d.integrationCode, "integration_code", EnvIntegrationCode},
	} {
		if m.val == "" {
			missing = append(missing, fmt.Sprintf("`%s` (or %s)", m.attr, m.env))
		}
	}
	return missing
}

// apiErrorDetail turns a client error into one readable sentence for a
// diagnostic, with the fix where there is an obvious one.
func (d *providerData) apiErrorDetail(err error) string {
	detail := d.describeAPIError(err)
	if summary, ok := connectionProblemSummary(err); ok {
		d.connection.note(summary, detail) // said once per plan (connection_problems.go)
	}
	return detail
}

func (d *providerData) describeAPIError(err error) string {
	var apiErr *autotask.APIError
	if detail, ok := d.accessErrorDetail(err); ok {
		return detail
	}
	switch {
	case autotask.IsUnauthorized(err):
		return fmt.Sprintf("Autotask rejected the credentials of API user %q (HTTP 401). Check `secret` (or %s) and that the user is active.", d.username, EnvSecret)
	case errors.Is(err, autotask.ErrCreateOutcomeUnknown):
		return "Autotask may or may not have created the object: the answer to the create was lost, and looking the object up by " +
			"its name did not settle it. Check in Autotask: if the object exists, import it (terraform import); otherwise apply again. " +
			"Details: " + err.Error()
	case autotask.IsSuspended(err), autotask.IsRateLimited(err) && !autotask.IsThreadLimited(err):
		return d.budgetErrorDetail(err)
	case errors.As(err, &apiErr) && len(apiErr.Messages) > 0:
		return "Autotask answered: " + strings.Join(apiErr.Messages, "; ")
	}
	return err.Error()
}

// joinAnd joins "a", "b", "c" as "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// deref reads a field of an API object: the client's structs hold pointers
// (nil: not sent, or not in the answer), and nil reads as the zero value.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
