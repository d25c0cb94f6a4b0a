package mockpsa

// SetWithoutExtension switches the tenant between a PSA that serves the
// security-administration extension and one that does not (its entities
// then answer 404, as for TenantSpec.WithoutExtension). The data stays.
func (h *Tenant) SetWithoutExtension(without bool) {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.t.noExtension = without
	h.s.changed()
}

// WithoutExtension reports whether the tenant serves no extension.
func (h *Tenant) WithoutExtension() bool {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.t.noExtension
}
