package autotask

import "context"

// Database describes the Autotask database (tenant) the client works on, as
// zone discovery reports it. A database keeps its CI when it moves zone, so
// CI is what identifies the tenant.
func (c *Client) Database(ctx context.Context) (ZoneInfo, error) {
	c.zoneMu.Lock()
	zi := c.zoneInfo
	c.zoneMu.Unlock()
	if zi != nil {
		return *zi, nil
	}
	// Discovery never ran (or Config.BaseURL named the zone directly): ask
	// zoneInformation, which needs no credentials. The zone in use is kept
	// when there is one.
	z, zi, err := c.discover(ctx)
	if err != nil {
		return ZoneInfo{}, err
	}
	c.zoneMu.Lock()
	defer c.zoneMu.Unlock()
	if c.zone == nil {
		c.zone = z
	}
	if c.zoneInfo == nil {
		c.zoneInfo = zi
	}
	return *c.zoneInfo, nil
}
