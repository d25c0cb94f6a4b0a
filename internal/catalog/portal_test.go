package catalog

import (
	"strings"
	"testing"
)

// Every permission of the seed page has its place: the editor's 23
// settings and the additional read-only device details, each in a known
// group, with unique keys and API fields.
func TestPortalPermissionsComplete(t *testing.T) {
	groups := map[Module]bool{}
	for _, g := range PortalGroups() {
		if g.Label == "" || g.Description == "" {
			t.Errorf("group %s lacks a label or description", g.Group)
		}
		groups[g.Group] = true
	}
	fields := map[string]bool{}
	details, perGroup := 0, map[Module]int{}
	for _, p := range PortalPermissions() {
		if !groups[p.Group] {
			t.Errorf("%s is in unknown group %s", p.Key, p.Group)
		}
		perGroup[p.Group]++
		f := strings.ToLower(p.Field)
		if fields[f] {
			t.Errorf("field %s used twice", p.Field)
		}
		fields[f] = true
		if p.Group == PortalGroupDeviceDetails {
			details++
			if p.Kind != KindBool || p.CustomDefault != No || p.DeviceField == "" || !strings.HasPrefix(p.Field, deviceDetailFieldPrefix) {
				t.Errorf("device detail %s: %+v", p.Key, p)
			}
		} else if p.DeviceField != "" {
			t.Errorf("%s names a device field", p.Key)
		}
	}
	for g := range groups {
		if perGroup[g] == 0 {
			t.Errorf("group %s is empty", g)
		}
	}
	if n := len(PortalPermissions()) - details; n != 23 {
		t.Errorf("%d editor settings, want the seed's 23", n)
	}
	// Domain and SSL tracking, Datto BCDR, Datto Network Manager and Datto
	// RMM all contribute.
	for _, prefix := range []string{"domain", "ssl_", "bcdr_", "network_manager_", "rmm_"} {
		found := false
		for _, p := range PortalPermissions() {
			if p.Group == PortalGroupDeviceDetails && strings.HasPrefix(p.Name, prefix) {
				found = true
			}
		}
		if !found {
			t.Errorf("no device detail from %s", prefix)
		}
	}
}

// Each rule belongs to a family, and every device detail is covered by the
// "no devices" rule.
func TestPortalRuleFamilies(t *testing.T) {
	covered := map[Key]bool{}
	for _, r := range PortalRules() {
		if r.Family == "" || r.Summary == "" {
			t.Errorf("rule %s: family %q summary %q", r.ID, r.Family, r.Summary)
		}
		if r.Family == PortalRuleNoDevicesNoDetails {
			covered[r.Key] = true
		}
	}
	for _, p := range PortalPermissions() {
		if p.Group == PortalGroupDeviceDetails && !covered[p.Key] {
			t.Errorf("%s has no no-devices rule", p.Key)
		}
	}
}
