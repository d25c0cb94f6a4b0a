package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// zoneURL returns the cached zone URL, discovering it on first use.
func (c *Client) zoneURL(ctx context.Context) (*url.URL, error) {
	c.zoneMu.Lock()
	defer c.zoneMu.Unlock()
	if c.zone != nil {
		return c.zone, nil
	}
	z, err := c.discoverLocked(ctx)
	if err != nil {
		return nil, err
	}
	c.zone = z
	return z, nil
}

// rediscover drops the zone if it is still stale and discovers it again.
// changed reports whether the zone URL is now different.
func (c *Client) rediscover(ctx context.Context, stale *url.URL) (changed bool, err error) {
	c.zoneMu.Lock()
	defer c.zoneMu.Unlock()
	if c.zone != nil && c.zone.String() != stale.String() {
		return true, nil // another caller already moved on
	}
	z, err := c.discoverLocked(ctx)
	if err != nil {
		c.log.Warn(ctx, "autotask: zone re-discovery failed", "error", err)
		return false, err
	}
	c.zone = z
	return z.String() != stale.String(), nil
}

// discoverLocked checks the API version list and asks zoneInformation for
// the user's zone. c.zoneMu must be held.
func (c *Client) discoverLocked(ctx context.Context) (*url.URL, error) {
	if !c.versionOK {
		versions, err := c.apiVersions(ctx)
		if err != nil {
			return nil, err
		}
		found := false
		for _, v := range versions {
			if strings.EqualFold(v, APIVersion) {
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("autotask: the server does not offer API version %s (it offers %s)", APIVersion, strings.Join(versions, ", "))
		}
		c.versionOK = true
	}
	target := c.root.String() + "ATServicesRest/" + APIVersion + "/zoneInformation?user=" + url.QueryEscape(c.cfg.Username)
	resp, err := c.send(ctx, request{method: http.MethodGet, path: APIVersion + "/zoneInformation", absURL: target, kind: kindDiscovery}, target)
	if err != nil {
		return nil, fmt.Errorf("autotask: zone discovery for user %q: %w", c.cfg.Username, err)
	}
	var zi ZoneInfo
	if err := json.Unmarshal(resp.body, &zi); err != nil {
		return nil, fmt.Errorf("autotask: zone discovery: decoding answer: %w", err)
	}
	z, err := url.Parse(zi.URL)
	if err != nil || (z.Scheme != "http" && z.Scheme != "https") || z.Host == "" {
		return nil, fmt.Errorf("autotask: zone discovery returned an unusable url %q", redactURL(zi.URL))
	}
	if strings.EqualFold(c.root.Scheme, "https") && !strings.EqualFold(z.Scheme, "https") {
		// The credentials would travel unencrypted to the zone.
		return nil, fmt.Errorf("autotask: zone discovery from %s answered the non-https zone URL %s; refusing to downgrade from https",
			c.root.Host, redactURL(zi.URL))
	}
	z.User = nil
	if !strings.HasSuffix(z.Path, "/") {
		z.Path += "/"
	}
	z.RawQuery, z.Fragment, z.RawPath = "", "", ""
	c.log.Info(ctx, "autotask: zone discovered", "zone", zi.ZoneName, "url", z.String())
	return z, nil
}

// ZoneInfo is the answer of zoneInformation.
type ZoneInfo struct {
	ZoneName string `json:"zoneName"`
	URL      string `json:"url"`
	WebURL   string `json:"webUrl"`
	CI       int    `json:"ci"`
}

func (c *Client) apiVersions(ctx context.Context) ([]string, error) {
	target := c.root.String() + "atservicesrest/versioninformation"
	resp, err := c.send(ctx, request{method: http.MethodGet, path: "versioninformation", absURL: target, kind: kindDiscovery}, target)
	if err != nil {
		return nil, fmt.Errorf("autotask: version discovery: %w", err)
	}
	var vi struct {
		APIVersions []string `json:"apiVersions"`
	}
	if err := json.Unmarshal(resp.body, &vi); err != nil {
		return nil, fmt.Errorf("autotask: version discovery: decoding answer: %w", err)
	}
	return vi.APIVersions, nil
}

// APIVersions lists the versions the server offers (no credentials needed).
func (c *Client) APIVersions(ctx context.Context) ([]string, error) { return c.apiVersions(ctx) }
