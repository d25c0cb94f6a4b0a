package mockpsa

import (
	"net/http"
	"time"
)

// serviceLatency holds an admitted entity call for Options.Latency (its
// thread slot stays taken, as on a busy PSA). It reports whether the
// request should still be served: false when the client went away.
func (s *Server) serviceLatency(r *http.Request) bool {
	if s.opts.Latency <= 0 {
		return true
	}
	timer := time.NewTimer(s.opts.Latency)
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-r.Context().Done():
		return false
	}
}
