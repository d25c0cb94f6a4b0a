package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// NaturalKey is an object's id and the value of one of its fields (its
// natural key: a level's name, a user's user name).
type NaturalKey struct {
	ID    int64
	Value string
}

// Keys lists the id and the value of field of every object matching
// filters (every object when none are given), asking the PSA for those two
// fields only, so a listing of a large entity stays small. A string value
// is returned as is, any other value as its JSON text.
func (s *Service[T]) Keys(ctx context.Context, field string, filters ...Filter) ([]NaturalKey, error) {
	if strings.TrimSpace(field) == "" {
		return nil, fmt.Errorf("autotask: %s keys: no field given", s.entity)
	}
	rows := &Service[map[string]json.RawMessage]{c: s.c, entity: s.entity, base: s.base}
	items, err := rows.Query(ctx, QueryOptions{Filter: filters, IncludeFields: []string{"id", field}})
	if err != nil {
		return nil, err
	}
	out := make([]NaturalKey, 0, len(items))
	for i, it := range items {
		var k NaturalKey
		for name, raw := range it {
			switch {
			case strings.EqualFold(name, "id"):
				if err := json.Unmarshal(raw, &k.ID); err != nil {
					return nil, fmt.Errorf("autotask: %s keys: item %d: id: %w", s.entity, i, err)
				}
			case strings.EqualFold(name, field):
				var str string
				if json.Unmarshal(raw, &str) == nil {
					k.Value = str
				} else if string(raw) != "null" {
					k.Value = string(raw)
				}
			}
		}
		out = append(out, k)
	}
	return out, nil
}
