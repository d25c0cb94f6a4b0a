package mockpsa

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// snapshotVersion 2: security levels and licences carry the real service's
// numbers, resources their level as userType.
const snapshotVersion = 2

type snapshot struct {
	Version int              `json:"version"`
	NextCI  int              `json:"next_ci"`
	Tenants []snapshotTenant `json:"tenants"`
}

type snapshotTenant struct {
	Name     string                      `json:"name"`
	Zone     string                      `json:"zone"`
	CI       int                         `json:"ci"`
	Budget   int                         `json:"request_budget"`
	NoExt    bool                        `json:"without_extension,omitempty"`
	Identity int64                       `json:"identity_resource_id"`
	CodeSeq  int                         `json:"code_seq"`
	NextID   map[string]int64            `json:"next_id"`
	Tables   map[string][]map[string]any `json:"tables"`
}

// tableFields is the union of the fields of the entities stored in each
// table, for reloading snapshots.
func tableFields() map[string]map[string]*field {
	out := map[string]map[string]*field{}
	for _, e := range entityOrder {
		if out[e.table] == nil {
			out[e.table] = map[string]*field{}
		}
		for _, f := range e.fields {
			out[e.table][f.name] = f
		}
	}
	return out
}

// snapshotLocked renders every tenant, secrets included (this is a local
// mock's state file).
func (s *Server) snapshotLocked() snapshot {
	snap := snapshot{Version: snapshotVersion, NextCI: s.nextCI}
	for _, t := range s.tenants {
		st := snapshotTenant{Name: t.name, Zone: t.zone, CI: t.ci, Budget: t.budget, NoExt: t.noExtension, Identity: t.identity, CodeSeq: t.codeSeq,
			NextID: map[string]int64{}, Tables: map[string][]map[string]any{}}
		for _, tbl := range tables() {
			st.NextID[tbl] = t.data.nextID[tbl]
			ids := make([]int64, 0, len(t.data.tables[tbl]))
			for id := range t.data.tables[tbl] {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			rows := make([]map[string]any, 0, len(ids))
			for _, id := range ids {
				row := map[string]any{}
				for k, v := range t.data.tables[tbl][id] {
					if u, ok := v.([]udfValue); ok {
						row[k] = u
						continue
					}
					row[k] = v
				}
				rows = append(rows, row)
			}
			st.Tables[tbl] = rows
		}
		snap.Tenants = append(snap.Tenants, st)
	}
	return snap
}

// changed persists the state after a change; it runs under s.mu.
func (s *Server) changed() {
	if s.opts.StatePath == "" || s.seeding {
		return
	}
	if err := s.saveLocked(); err != nil {
		s.log.Error("mockpsa: saving state", "path", s.opts.StatePath, "error", err)
	}
}

// saveLocked writes the snapshot atomically: a temporary file in the same
// directory, synced, then renamed over the old one.
func (s *Server) saveLocked() error {
	b, err := json.MarshalIndent(s.snapshotLocked(), "", " ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.opts.StatePath)
	f, err := os.CreateTemp(dir, ".mockpsa-state-*.json")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(b); err != nil {
		_ = f.Close()
		_ = os.Remove(tmp)
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		_ = os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, s.opts.StatePath); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// load reads the snapshot at StatePath; a missing file is an empty server.
func (s *Server) load() error {
	b, err := os.ReadFile(s.opts.StatePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("mockpsa: reading state: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var raw struct {
		Version int `json:"version"`
		NextCI  int `json:"next_ci"`
		Tenants []struct {
			Name     string           `json:"name"`
			Zone     string           `json:"zone"`
			CI       int              `json:"ci"`
			Budget   int              `json:"request_budget"`
			NoExt    bool             `json:"without_extension"`
			Identity int64            `json:"identity_resource_id"`
			CodeSeq  int              `json:"code_seq"`
			NextID   map[string]int64 `json:"next_id"`
			Tables   map[string][]map[string]any
		} `json:"tenants"`
	}
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("mockpsa: state file %s: %w", s.opts.StatePath, err)
	}
	if raw.Version != snapshotVersion {
		return fmt.Errorf("mockpsa: state file %s has version %d, want %d: it was written by a mock whose IDs and fields differ; remove it to start afresh", s.opts.StatePath, raw.Version, snapshotVersion)
	}
	tf := tableFields()
	s.nextCI = max(raw.NextCI, 1)
	for _, rt := range raw.Tenants {
		if !tenantNameRE.MatchString(rt.Name) || checkZone(rt.Zone) != nil {
			return fmt.Errorf("mockpsa: state file %s: invalid tenant %q / zone %q", s.opts.StatePath, rt.Name, rt.Zone)
		}
		t := &tenant{name: rt.Name, zone: rt.Zone, ci: rt.CI, budget: rt.Budget, noExtension: rt.NoExt, identity: rt.Identity, codeSeq: rt.CodeSeq, data: newTenantData(rt.Name)}
		t.initRuntime()
		for tbl, next := range rt.NextID {
			if _, ok := t.data.tables[tbl]; ok {
				t.data.nextID[tbl] = next
			}
		}
		for tbl, rows := range rt.Tables {
			fields, ok := tf[tbl]
			if !ok {
				return fmt.Errorf("mockpsa: state file %s: unknown table %q", s.opts.StatePath, tbl)
			}
			for i, row := range rows {
				rec := record{}
				for k, v := range row {
					f, ok := fields[k]
					if !ok {
						return fmt.Errorf("mockpsa: state file %s: %s row %d: unknown field %q", s.opts.StatePath, tbl, i, k)
					}
					nv, err := normalize(f, v)
					if err != nil {
						return fmt.Errorf("mockpsa: state file %s: %s row %d: %w", s.opts.StatePath, tbl, i, err)
					}
					rec[f.name] = nv
				}
				id, ok := rec["id"].(int64)
				if !ok {
					return fmt.Errorf("mockpsa: state file %s: %s row %d has no id", s.opts.StatePath, tbl, i)
				}
				t.data.tables[tbl][id] = rec
				if tbl != entProtectedData && tbl != entSecuritySettings {
					t.data.advancePast(tbl, id)
				}
			}
		}
		s.tenants = append(s.tenants, t)
		if t.ci >= s.nextCI {
			s.nextCI = t.ci + 1
		}
	}
	return nil
}

// SaveState writes the snapshot now (it is also written after each change).
func (s *Server) SaveState() error {
	if s.opts.StatePath == "" {
		return errors.New("mockpsa: no StatePath configured")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saveLocked()
}
