package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// zoneURL returns the cached zone URL, discovering it on first use.
func (c *Client) zoneURL(ctx context.Context) (*url.URL, error) {
	c.zoneMu.Lock()
	z := c.zone
	c.zoneMu.Unlock()
	if z != nil {
		return z, nil
	}
	return c.discoverShared(ctx, nil)
}

// rediscover discovers the zone again unless it has already moved on from
// stale. changed reports whether the zone URL is now different. Calls that
// do not need the new zone keep using the current one meanwhile.
func (c *Client) rediscover(ctx context.Context, stale *url.URL) (changed bool, err error) {
	z, err := c.discoverShared(ctx, stale)
	if err != nil {
		c.log.Warn(ctx, "autotask: zone re-discovery failed", "error", err)
		return false, err
	}
	return z.String() != stale.String(), nil
}

// zoneCall is one zone discovery shared by every caller that needs it.
type zoneCall struct {
	done    chan struct{}
	zone    *url.URL
	err     error
	waiters int
	cancel  context.CancelFunc
}

// discoverShared joins the discovery under way or starts one, then waits
// for it or for ctx, whichever comes first. No lock is held across the
// network: the discovery runs on its own goroutine, with its retries, and a
// caller whose ctx ends returns at once; the discovery stops when no caller
// waits for it any more. With stale set, a zone other than stale is
// returned as it is (someone else already re-discovered).
func (c *Client) discoverShared(ctx context.Context, stale *url.URL) (*url.URL, error) {
	for {
		c.zoneMu.Lock()
		if c.zone != nil && (stale == nil || c.zone.String() != stale.String()) {
			z := c.zone
			c.zoneMu.Unlock()
			return z, nil
		}
		call := c.zoneCall
		if call == nil {
			// The discovery keeps the first caller's values (log fields)
			// but not its cancellation, which belongs to that caller.
			dctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
			call = &zoneCall{done: make(chan struct{}), cancel: cancel}
			c.zoneCall = call
			go c.runDiscovery(dctx, call)
		}
		call.waiters++
		c.zoneMu.Unlock()

		select {
		case <-call.done:
			if call.err != nil && ctx.Err() == nil && errors.Is(call.err, context.Canceled) {
				continue // abandoned by its other callers just before this one joined
			}
			return call.zone, call.err
		case <-ctx.Done():
			c.zoneMu.Lock()
			call.waiters--
			if call.waiters == 0 {
				call.cancel()
			}
			c.zoneMu.Unlock()
			return nil, fmt.Errorf("autotask: zone discovery: %w", ctx.Err())
		}
	}
}

func (c *Client) runDiscovery(ctx context.Context, call *zoneCall) {
	defer call.cancel()
	z, zi, err := c.discover(ctx)
	c.zoneMu.Lock()
	if err == nil {
		c.zone, c.zoneInfo = z, zi
	}
	c.zoneCall = nil
	call.zone, call.err = z, err
	c.zoneMu.Unlock()
	close(call.done)
}

// discover checks the API version list and asks zoneInformation for the
// user's zone. One runs at a time (discoverShared).
func (c *Client) discover(ctx context.Context) (*url.URL, *ZoneInfo, error) {
	if !c.versionOK.Load() {
		versions, err := c.apiVersions(ctx)
		if err != nil {
			return nil, nil, err
		}
		found := false
		for _, v := range versions {
			if strings.EqualFold(v, APIVersion) {
				found = true
			}
		}
		if !found {
			return nil, nil, fmt.Errorf("autotask: the server does not offer API version %s (it offers %s)", APIVersion, strings.Join(versions, ", "))
		}
		c.versionOK.Store(true)
	}
	target := c.root.String() + "ATServicesRest/" + APIVersion + "/zoneInformation?user=" + url.QueryEscape(c.cfg.Username)
	resp, err := c.send(ctx, request{method: http.MethodGet, path: APIVersion + "/zoneInformation", absURL: target, kind: kindDiscovery}, target)
	if err != nil {
		return nil, nil, fmt.Errorf("autotask: zone discovery for user %q: %w", c.cfg.Username, err)
	}
	var zi ZoneInfo
	if err := json.Unmarshal(resp.body, &zi); err != nil {
		return nil, nil, fmt.Errorf("autotask: zone discovery: decoding answer: %w", err)
	}
	z, err := url.Parse(zi.URL)
	if err != nil || (z.Scheme != "http" && z.Scheme != "https") || z.Host == "" {
		return nil, nil, fmt.Errorf("autotask: zone discovery returned an unusable url %q", redactURL(zi.URL))
	}
	if strings.EqualFold(c.root.Scheme, "https") && !strings.EqualFold(z.Scheme, "https") {
		// The credentials would travel unencrypted to the zone.
		return nil, nil, fmt.Errorf("autotask: zone discovery from %s answered the non-https zone URL %s; refusing to downgrade from https",
			c.root.Host, redactURL(zi.URL))
	}
	z.User = nil
	if !strings.HasSuffix(z.Path, "/") {
		z.Path += "/"
	}
	z.RawQuery, z.Fragment, z.RawPath = "", "", ""
	c.log.Info(ctx, "autotask: zone discovered", "zone", zi.ZoneName, "url", z.String())
	return z, &zi, nil
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
