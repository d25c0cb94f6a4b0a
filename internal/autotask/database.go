package autotask

import "context"

// Database describes the Autotask database (tenant) the client works on, as
// zone discovery reports it. A database keeps its CI when it moves zone, so
// CI is what identifies the tenant.
func (c *Client) Database(ctx context.Context) (ZoneInfo, error) {
	c.zoneMu.Lock()
	defer c.zoneMu.Unlock()
	if c.zoneInfo != nil {
		return *c.zoneInfo, nil
	}
	// Discovery never ran (or Config.BaseURL named the zone directly): ask
	// zoneInformation, which needs no credentials.
	z, err := c.discoverLocked(ctx)
	if err != nil {
		return ZoneInfo{}, err
	}
	if c.zone == nil {
		c.zone = z
	}
	return *c.zoneInfo, nil
}
