package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// NotUniqueError is returned by One when the filters match no object or
// more than one: a lookup by a key that should name exactly one object
// (a name, a user name, an e-mail address) found Found of them.
type NotUniqueError struct {
	// Entity is the entity queried ("SecurityLevels").
	Entity string
	// Filters are the filters of the lookup.
	Filters []Filter
	// Found is how many objects matched: 0, or 2 and more.
	Found int
}

// Error implements error.
func (e *NotUniqueError) Error() string {
	var conds []string
	for _, f := range e.Filters {
		b, err := json.Marshal(f)
		if err != nil {
			b = []byte(f.Field)
		}
		conds = append(conds, string(b))
	}
	return fmt.Sprintf("autotask: %d %s match %s; exactly one is needed", e.Found, e.Entity, strings.Join(conds, " and "))
}

// AsNotUnique returns the NotUniqueError in err's chain, if any.
func AsNotUnique(err error) (*NotUniqueError, bool) {
	var e *NotUniqueError
	ok := errors.As(err, &e)
	return e, ok
}

// One returns the one object matching all filters. No match, or more than
// one, is a *NotUniqueError that says how many matched; a failed query is
// returned as it is.
func (s *Service[T]) One(ctx context.Context, filters ...Filter) (*T, error) {
	found, err := s.Query(ctx, QueryOptions{Filter: filters})
	if err != nil {
		return nil, err
	}
	if len(found) != 1 {
		return nil, &NotUniqueError{Entity: s.entity, Filters: filters, Found: len(found)}
	}
	return &found[0], nil
}
