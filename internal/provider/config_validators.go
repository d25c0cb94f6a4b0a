package provider

import (
	"context"
	"net"
	"net/url"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// baseURLValidator checks base_url at validate time: an absolute http(s)
// URL with a host and no credentials in it. A URL carrying credentials is
// refused without repeating any part of it, since what precedes the @ may
// be a password.
type baseURLValidator struct{}

var _ validator.String = baseURLValidator{}

func (baseURLValidator) Description(context.Context) string {
	return "an absolute http or https URL without credentials"
}

func (v baseURLValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (baseURLValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	raw := strings.TrimSpace(req.ConfigValue.ValueString())
	u, err := url.Parse(raw)
	if (err == nil && u.User != nil) || (err != nil && strings.Contains(raw, "@")) {
		resp.Diagnostics.AddAttributeError(req.Path, "Credentials in base_url",
			"base_url must not contain a user name or password (user:password@host). Give the API user's name in `username` "+
				"and its secret in `secret` (or "+EnvUsername+" and "+EnvSecret+"); the URL is shown in logs and errors.")
		return
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid base_url",
			"base_url must be an absolute http or https URL with a host, such as "+DefaultBaseURL+" (the root zone discovery starts from) "+
				"or a zone URL ending in /ATServicesRest/.")
		return
	}
	if u.Scheme == "http" && !isLoopbackHost(u.Hostname()) {
		resp.Diagnostics.AddAttributeWarning(req.Path, "base_url is not https",
			"With an http base_url the API user's secret crosses the network unencrypted. Use https unless the PSA is on this machine.")
	}
}

func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
