package autotask

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// holdZone makes zoneInformation wait until the returned func is called
// (or the request ends), and reports each arrival on the channel.
func holdZone(f *fakePSA) (arrived <-chan struct{}, release func()) {
	gate := make(chan struct{})
	in := make(chan struct{}, 16)
	f.mu.Lock()
	f.zoneHook = func(r *http.Request) {
		in <- struct{}{}
		select {
		case <-gate:
		case <-r.Context().Done():
		}
	}
	f.mu.Unlock()
	var once atomic.Bool
	return in, func() {
		if once.CompareAndSwap(false, true) {
			close(gate)
		}
	}
}

func waitResult(t *testing.T, what string, ch <-chan error) error {
	t.Helper()
	select {
	case err := <-ch:
		return err
	case <-time.After(20 * time.Second):
		t.Fatalf("%s did not return: it is waiting on another caller's discovery", what)
		return nil
	}
}

// A caller whose context ends while another caller's zone discovery is
// under way returns at once; the discovery goes on for those who still
// wait, and runs only once.
func TestZoneDiscoveryIsSharedAndCancellable(t *testing.T) {
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	arrived, release := holdZone(f)
	defer release()
	c := newTestClient(t, testConfig(t, f.srv.URL))

	first := make(chan error, 1)
	go func() { _, err := c.Companies().Get(context.Background(), 1); first <- err }()
	<-arrived // the discovery is on the wire

	ctx, cancel := context.WithCancel(context.Background())
	second := make(chan error, 1)
	go func() { _, err := c.Companies().Get(ctx, 2); second <- err }()
	cancel()
	if err := waitResult(t, "the cancelled caller", second); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled caller: %v, want context.Canceled", err)
	}

	third := make(chan error, 1)
	go func() { _, err := c.Companies().Get(context.Background(), 3); third <- err }()
	release()
	for name, ch := range map[string]chan error{"first": first, "third": third} {
		if err := waitResult(t, name, ch); err != nil {
			t.Errorf("%s caller: %v", name, err)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.zoneHits != 1 {
		t.Errorf("zoneInformation asked %d times, want once for all callers", f.zoneHits)
	}
}

// While one call re-discovers the zone after a 401, calls that do not
// need the new zone proceed on the current one.
func TestZoneRediscoveryDoesNotBlockOtherCalls(t *testing.T) {
	var refused atomic.Bool
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		if strings.HasPrefix(rest, "Companies") && refused.CompareAndSwap(false, true) {
			writeJSON(w, 401, errorsBody("Unauthorized"))
			return
		}
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	if _, err := c.Resources().Get(context.Background(), 1); err != nil { // discovers the zone
		t.Fatal(err)
	}
	arrived, release := holdZone(f)
	defer release()

	moved := make(chan error, 1)
	go func() { _, err := c.Companies().Get(context.Background(), 1); moved <- err }()
	<-arrived // its re-discovery is on the wire

	other := make(chan error, 1)
	go func() { _, err := c.Resources().Get(context.Background(), 7); other <- err }()
	if err := waitResult(t, "a call on the current zone", other); err != nil {
		t.Errorf("call on the current zone: %v", err)
	}
	release()
	if err := waitResult(t, "the re-discovering call", moved); err != nil && !IsUnauthorized(err) {
		t.Errorf("re-discovering call: %v", err)
	}
}
