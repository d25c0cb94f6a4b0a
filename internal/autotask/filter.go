package autotask

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Filter operators of the Autotask query language.
const (
	OpEq         = "eq"
	OpNotEq      = "noteq"
	OpGt         = "gt"
	OpGte        = "gte"
	OpLt         = "lt"
	OpLte        = "lte"
	OpBeginsWith = "beginsWith"
	OpEndsWith   = "endsWith"
	OpContains   = "contains"
	OpExist      = "exist"
	OpNotExist   = "notExist"
	OpIn         = "in"
	OpNotIn      = "notIn"
	OpAnd        = "and"
	OpOr         = "or"
)

// Filter is one item of a query's filter: a condition on a field, or an
// and/or group of items. Build them with Eq, In, And, ...
type Filter struct {
	Op    string
	Field string
	Value any
	// UDF marks a condition on a user-defined field (one per query).
	UDF   bool
	Items []Filter
}

// IsZero reports whether f is the zero Filter (no condition).
func (f Filter) IsZero() bool { return f.Op == "" && f.Field == "" && f.Items == nil }

// AsUDF returns f marked as a condition on a user-defined field.
func (f Filter) AsUDF() Filter { f.UDF = true; return f }

// Eq matches field == value.
func Eq(field string, value any) Filter { return Filter{Op: OpEq, Field: field, Value: value} }

// NotEq matches field != value.
func NotEq(field string, value any) Filter { return Filter{Op: OpNotEq, Field: field, Value: value} }

// Gt matches field > value.
func Gt(field string, value any) Filter { return Filter{Op: OpGt, Field: field, Value: value} }

// Gte matches field >= value.
func Gte(field string, value any) Filter { return Filter{Op: OpGte, Field: field, Value: value} }

// Lt matches field < value.
func Lt(field string, value any) Filter { return Filter{Op: OpLt, Field: field, Value: value} }

// Lte matches field <= value.
func Lte(field string, value any) Filter { return Filter{Op: OpLte, Field: field, Value: value} }

// BeginsWith matches strings starting with value.
func BeginsWith(field, value string) Filter {
	return Filter{Op: OpBeginsWith, Field: field, Value: value}
}

// EndsWith matches strings ending with value.
func EndsWith(field, value string) Filter { return Filter{Op: OpEndsWith, Field: field, Value: value} }

// Contains matches strings containing value.
func Contains(field, value string) Filter { return Filter{Op: OpContains, Field: field, Value: value} }

// Exist matches objects where field has a value.
func Exist(field string) Filter { return Filter{Op: OpExist, Field: field} }

// NotExist matches objects where field is empty.
func NotExist(field string) Filter { return Filter{Op: OpNotExist, Field: field} }

// In matches field equal to any of values.
func In[V any](field string, values ...V) Filter {
	return Filter{Op: OpIn, Field: field, Value: toAnySlice(values)}
}

// NotIn matches field equal to none of values.
func NotIn[V any](field string, values ...V) Filter {
	return Filter{Op: OpNotIn, Field: field, Value: toAnySlice(values)}
}

func toAnySlice[V any](values []V) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

// And matches when every item matches.
func And(items ...Filter) Filter { return Filter{Op: OpAnd, Items: items} }

// Or matches when any item matches.
func Or(items ...Filter) Filter { return Filter{Op: OpOr, Items: items} }

var validOps = map[string]bool{
	OpEq: true, OpNotEq: true, OpGt: true, OpGte: true, OpLt: true, OpLte: true,
	OpBeginsWith: true, OpEndsWith: true, OpContains: true, OpExist: true, OpNotExist: true,
	OpIn: true, OpNotIn: true, OpAnd: true, OpOr: true,
}

// Validate checks the filter's shape before it is sent.
func (f Filter) Validate() error {
	if !validOps[f.Op] {
		return fmt.Errorf("autotask: unknown filter operator %q", f.Op)
	}
	switch f.Op {
	case OpAnd, OpOr:
		if len(f.Items) == 0 {
			return fmt.Errorf("autotask: %q filter group needs at least one item", f.Op)
		}
		for _, it := range f.Items {
			if err := it.Validate(); err != nil {
				return err
			}
		}
		return nil
	}
	if f.Field == "" {
		return fmt.Errorf("autotask: %q filter needs a field", f.Op)
	}
	if !utf8.ValidString(f.Field) || !validUTF8Value(f.Value) {
		// JSON would carry U+FFFD instead: the query would ask for
		// something else than the caller meant.
		return fmt.Errorf("autotask: %q filter on %q: field or value is not valid UTF-8", f.Op, strings.ToValidUTF8(f.Field, "?"))
	}
	switch f.Op {
	case OpExist, OpNotExist:
		return nil
	case OpIn, OpNotIn:
		vs, ok := f.Value.([]any)
		if !ok || len(vs) == 0 {
			return fmt.Errorf("autotask: %q filter on %q needs at least one value", f.Op, f.Field)
		}
	}
	return nil
}

func validUTF8Value(v any) bool {
	switch x := v.(type) {
	case string:
		return utf8.ValidString(x)
	case []any:
		for _, e := range x {
			if !validUTF8Value(e) {
				return false
			}
		}
	}
	return true
}

// MarshalJSON writes the wire form: {"op","field","value"[,"udf"]} or
// {"op","items"}. A false or zero value is sent, not omitted.
func (f Filter) MarshalJSON() ([]byte, error) {
	switch f.Op {
	case OpAnd, OpOr:
		items := f.Items
		if items == nil {
			items = []Filter{}
		}
		return json.Marshal(struct {
			Op    string   `json:"op"`
			Items []Filter `json:"items"`
		}{f.Op, items})
	case OpExist, OpNotExist:
		return json.Marshal(struct {
			Op    string `json:"op"`
			Field string `json:"field"`
			UDF   bool   `json:"udf,omitempty"`
		}{f.Op, f.Field, f.UDF})
	}
	return json.Marshal(struct {
		Op    string `json:"op"`
		Field string `json:"field"`
		Value any    `json:"value"`
		UDF   bool   `json:"udf,omitempty"`
	}{f.Op, f.Field, f.Value, f.UDF})
}

// UnmarshalJSON reads the wire form (op case-insensitively normalised).
func (f *Filter) UnmarshalJSON(data []byte) error {
	var w struct {
		Op    string          `json:"op"`
		Field string          `json:"field"`
		Value json.RawMessage `json:"value"`
		UDF   bool            `json:"udf"`
		Items []Filter        `json:"items"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*f = Filter{Op: w.Op, Field: w.Field, UDF: w.UDF, Items: w.Items}
	for op := range validOps {
		if strings.EqualFold(op, w.Op) {
			f.Op = op
		}
	}
	if len(w.Value) > 0 {
		var v any
		if err := json.Unmarshal(w.Value, &v); err != nil {
			return err
		}
		f.Value = v
	}
	if f.Op == "" {
		return errors.New("autotask: filter without op")
	}
	return nil
}

// QueryOptions is the body of POST /{Entity}/query.
type QueryOptions struct {
	Filter        []Filter
	IncludeFields []string
	// MaxRecords is the page size asked of the server (1..500; 0 means
	// the server's default of 500).
	MaxRecords int
	// Limit stops paging once this many items were collected (0: all).
	Limit int
	// UseGET sends the first page as GET {Entity}/query?search=<json>
	// instead of POST (same answer; some proxies only pass GETs).
	UseGET bool
}

// MaxPageSize is the largest page Autotask returns.
const MaxPageSize = 500

func (q QueryOptions) body() ([]byte, error) {
	filters := q.Filter
	if len(filters) == 0 {
		// Autotask requires a filter; this one matches every object.
		filters = []Filter{Gte("id", 0)}
	}
	for _, f := range filters {
		if err := f.Validate(); err != nil {
			return nil, err
		}
	}
	if q.MaxRecords < 0 || q.MaxRecords > MaxPageSize {
		return nil, fmt.Errorf("autotask: MaxRecords must be between 1 and %d", MaxPageSize)
	}
	w := struct {
		MaxRecords    int      `json:"MaxRecords,omitempty"`
		IncludeFields []string `json:"IncludeFields,omitempty"`
		Filter        []Filter `json:"filter"`
	}{q.MaxRecords, q.IncludeFields, filters}
	return json.Marshal(w)
}
