package autotask

import (
	"context"
	"sync"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// On a PSA without the extension, ExtensionServed asks once however many
// callers ask at the same time; afterwards no call of any extension entity
// reaches the PSA, and the documented entities work as usual.
func TestExtensionServedProbesOnce(t *testing.T) {
	e := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, nil)
	e.ten.SetWithoutExtension(true)
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			served, err := e.c.ExtensionServed(ctx)
			if err != nil || served {
				t.Errorf("ExtensionServed = %v, %v; want false, nil", served, err)
			}
		})
	}
	wg.Wait()
	if n := e.ten.Counters().ByEntity["SecurityLevels"]; n != 1 {
		t.Errorf("%d requests on SecurityLevels for eight concurrent callers, want one probe", n)
	}
	for name, call := range map[string]func() error{
		"ApiUsers query":                 func() error { _, err := e.c.APIUsers().Query(ctx, QueryOptions{}); return err },
		"SecurityLevels get":             func() error { _, err := e.c.SecurityLevels().Get(ctx, 13); return err },
		"ClientPortalSecurityLevels get": func() error { _, err := e.c.ClientPortalSecurityLevels().Get(ctx, 1); return err },
		"ProtectedDataPermissions count": func() error { _, err := e.c.ProtectedDataPermissions().Count(ctx); return err },
		"SecuritySettings":               func() error { _, err := e.c.GetSecuritySettings(ctx); return err },
	} {
		if err := call(); !IsNotServed(err) || IsNotFound(err) {
			t.Errorf("%s on a PSA without the extension: %v, want a NotServedError", name, err)
		}
	}
	for _, x := range []string{"SecurityLevels", "ApiUsers", "ClientPortalSecurityLevels", "ProtectedDataPermissions", "SecuritySettings"} {
		want := int64(0)
		if x == "SecurityLevels" {
			want = 1 // the probe
		}
		if n := e.ten.Counters().ByEntity[x]; n != want {
			t.Errorf("%d requests on %s, want %d", n, x, want)
		}
	}
	if _, err := e.c.Resources().Query(ctx, QueryOptions{Filter: []Filter{Exist("id")}}); err != nil {
		t.Errorf("Resources on a PSA without the extension: %v", err)
	}
}

// Any answer of an extension entity settles that the extension is served:
// ExtensionServed then asks nothing.
func TestExtensionServedKnownFromAnAnswer(t *testing.T) {
	e := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, nil)
	ctx := context.Background()
	if _, err := e.c.SecurityLevels().Get(ctx, 987654321); !IsNotFound(err) {
		t.Fatalf("missing level: %v", err)
	}
	before := e.ten.Counters().Total
	served, err := e.c.ExtensionServed(ctx)
	if err != nil || !served {
		t.Fatalf("ExtensionServed = %v, %v; want true", served, err)
	}
	if n := e.ten.Counters().Total - before; n != 0 {
		t.Errorf("ExtensionServed sent %d requests after an extension entity had answered", n)
	}
}

// A probe that fails (not with 404) is an error and is not remembered: the
// next call asks again.
func TestExtensionServedFailureNotRemembered(t *testing.T) {
	e := newMockEnv(t, mockpsa.SeedDemo, mockpsa.Options{}, func(c *Config) { c.RetryMax = -1 })
	ctx := context.Background()
	if err := e.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Method: "GET", Entity: "SecurityLevels"}); err != nil {
		t.Fatal(err)
	}
	if served, err := e.c.ExtensionServed(ctx); err == nil || IsNotServed(err) {
		t.Fatalf("ExtensionServed with a failing probe = %v, %v; want the error", served, err)
	}
	if served, err := e.c.ExtensionServed(ctx); err != nil || !served {
		t.Fatalf("ExtensionServed after the fault = %v, %v; want true", served, err)
	}
	if n := e.ten.Counters().ByEntity["SecurityLevels"]; n != 2 {
		t.Errorf("%d requests on SecurityLevels, want the failed probe and one more", n)
	}
}
