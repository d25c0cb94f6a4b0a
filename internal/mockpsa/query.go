package mockpsa

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Query limits.
const (
	maxPageSize     = 500
	maxFilterDepth  = 8
	maxFilterNodes  = 500
	maxInListValues = 500
)

// query is a decoded Autotask query.
type query struct {
	maxRecords int
	include    []*field // nil: every field
	filter     []*node  // top level, and-ed
}

// idsOnly reports whether the query's one filter is an "in" on id, and
// how many ids it lists.
func (q *query) idsOnly() (int, bool) {
	if len(q.filter) != 1 {
		return 0, false
	}
	n := q.filter[0]
	if n.op != "in" || n.isUDF || n.f == nil || n.f.name != "id" {
		return 0, false
	}
	return len(n.vals), true
}

// node is one filter item or group.
type node struct {
	op    string // canonical lower-case op
	f     *field
	udf   string // user-defined field name when isUDF
	isUDF bool
	val   any
	vals  []any
	items []*node
}

var filterOps = map[string]string{
	"eq": "eq", "noteq": "noteq", "gt": "gt", "gte": "gte", "lt": "lt", "lte": "lte",
	"beginswith": "beginsWith", "endswith": "endsWith", "contains": "contains",
	"exist": "exist", "notexist": "notExist", "in": "in", "notin": "notIn",
	"and": "and", "or": "or",
}

func opList() string {
	return "eq, noteq, gt, gte, lt, lte, beginsWith, endsWith, contains, exist, notExist, in, notIn, and, or"
}

// decodeJSONObject decodes one JSON object with numbers kept exact.
func decodeJSONObject(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("the request body is not valid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("the request body holds more than one JSON value")
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("the request body must be a JSON object")
	}
	return m, nil
}

// decodeQuery parses a query body for entity e. An empty body selects
// everything.
func decodeQuery(e *entity, data []byte) (*query, *APIError) {
	q := &query{maxRecords: maxPageSize}
	if len(bytes.TrimSpace(data)) == 0 {
		return q, nil
	}
	m, err := decodeJSONObject(data)
	if err != nil {
		return nil, validation("Invalid query: %v", err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	udfs := 0
	nodes := 0
	for _, k := range keys {
		v := m[k]
		switch strings.ToLower(k) {
		case "maxrecords":
			if v == nil {
				continue
			}
			n, ok := toInt(v)
			if !ok || n < 1 || n > maxPageSize {
				return nil, validation("Invalid query: MaxRecords must be an integer from 1 to %d, got %s", maxPageSize, describe(v))
			}
			q.maxRecords = int(n)
		case "includefields":
			if v == nil {
				continue
			}
			arr, ok := v.([]any)
			if !ok {
				return nil, validation("Invalid query: IncludeFields must be an array of field names")
			}
			idf, _ := e.field("id")
			q.include = []*field{idf}
			for _, x := range arr {
				s, ok := x.(string)
				if !ok {
					return nil, validation("Invalid query: IncludeFields must be an array of field names, got %s", describe(x))
				}
				f, ok := e.field(s)
				if !ok || f.writeOnly {
					return nil, validation("Invalid query: IncludeFields: unable to find field '%s' in the %s entity", s, e.name)
				}
				if f != idf && !containsField(q.include, f) {
					q.include = append(q.include, f)
				}
			}
		case "filter":
			if v == nil {
				continue
			}
			arr, ok := v.([]any)
			if !ok {
				return nil, validation("Invalid query: filter must be an array of filter items")
			}
			for _, x := range arr {
				n, perr := parseNode(e, x, 1, &nodes, &udfs)
				if perr != nil {
					return nil, perr
				}
				q.filter = append(q.filter, n)
			}
		default:
			return nil, validation("Invalid query: unknown property '%s' (allowed: MaxRecords, IncludeFields, filter)", k)
		}
	}
	return q, nil
}

func containsField(fs []*field, f *field) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func parseNode(e *entity, x any, depth int, count, udfs *int) (*node, *APIError) {
	*count++
	if *count > maxFilterNodes {
		return nil, validation("Invalid query: more than %d filter items", maxFilterNodes)
	}
	if depth > maxFilterDepth {
		return nil, validation("Invalid query: filter groups nested deeper than %d levels", maxFilterDepth)
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, validation("Invalid query: each filter item must be an object, got %s", describe(x))
	}
	var (
		opRaw, fieldRaw any
		value           any
		hasValue        bool
		items           any
		udf             bool
	)
	for k, v := range m {
		switch strings.ToLower(k) {
		case "op":
			opRaw = v
		case "field":
			fieldRaw = v
		case "value":
			value, hasValue = v, true
		case "items":
			items = v
		case "udf":
			b, ok := v.(bool)
			if !ok {
				return nil, validation("Invalid query: 'udf' must be true or false")
			}
			udf = b
		default:
			return nil, validation("Invalid query: unknown filter property '%s' (allowed: op, field, value, udf, items)", k)
		}
	}
	opStr, ok := opRaw.(string)
	if !ok {
		return nil, validation("Invalid query: every filter item needs an 'op' (one of %s)", opList())
	}
	canon, ok := filterOps[strings.ToLower(opStr)]
	if !ok {
		return nil, validation("Invalid query: unknown operator '%s'; allowed: %s", opStr, opList())
	}
	n := &node{op: strings.ToLower(canon)}
	if n.op == "and" || n.op == "or" {
		arr, ok := items.([]any)
		if !ok || len(arr) == 0 {
			return nil, validation("Invalid query: the '%s' group needs a non-empty 'items' array", canon)
		}
		for _, it := range arr {
			child, err := parseNode(e, it, depth+1, count, udfs)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, child)
		}
		return n, nil
	}
	name, ok := fieldRaw.(string)
	if !ok || name == "" {
		return nil, validation("Invalid query: the '%s' filter needs a 'field'", canon)
	}
	if udf {
		*udfs++
		if *udfs > 1 {
			return nil, validation("Invalid query: only one user-defined field filter is allowed per query")
		}
		if e.udfType == 0 {
			return nil, validation("Invalid query: the %s entity has no user-defined fields", e.name)
		}
		n.isUDF, n.udf = true, name
	} else {
		f, ok := e.field(name)
		if !ok {
			return nil, validation("Invalid query: unable to find field '%s' in the %s entity", name, e.name)
		}
		if !f.queryable() {
			return nil, validation("Invalid query: field '%s' of the %s entity cannot be queried", f.name, e.name)
		}
		n.f = f
	}
	switch n.op {
	case "exist", "notexist":
		return n, nil
	case "in", "notin":
		arr, ok := value.([]any)
		if !ok {
			return nil, validation("Invalid query: the '%s' filter on '%s' needs an array 'value'", canon, name)
		}
		if len(arr) > maxInListValues {
			return nil, validation("Invalid query: the '%s' filter on '%s' has more than %d values", canon, name, maxInListValues)
		}
		for _, v := range arr {
			cv, err := n.coerce(v, false)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, cv)
		}
		return n, nil
	}
	if !hasValue {
		return nil, validation("Invalid query: the '%s' filter on '%s' needs a 'value'", canon, name)
	}
	cv, err := n.coerce(value, n.op == "beginswith" || n.op == "endswith" || n.op == "contains")
	if err != nil {
		return nil, err
	}
	n.val = cv
	return n, nil
}

// coerce converts a filter value to the comparable form of the node's field.
func (n *node) coerce(v any, asText bool) (any, *APIError) {
	if v == nil {
		return nil, nil
	}
	name := n.udf
	if n.f != nil {
		name = n.f.name
	}
	if _, isObj := v.(map[string]any); isObj {
		return nil, validation("Invalid query: the value for '%s' must be a scalar, got an object", name)
	}
	if _, isArr := v.([]any); isArr {
		return nil, validation("Invalid query: the value for '%s' must be a scalar, got an array", name)
	}
	if asText || n.isUDF || n.f.kind == kindString || n.f.kind == kindStrings {
		switch t := v.(type) {
		case string:
			return t, nil
		case json.Number:
			return t.String(), nil
		case bool:
			return strconv.FormatBool(t), nil
		}
		return fmt.Sprint(v), nil
	}
	switch n.f.kind {
	case kindDateTime:
		ts, ok := v.(string)
		if t, err := parseDateTime(ts); ok && err == nil {
			return formatDateTime(t), nil
		}
		return nil, validation("Invalid query: '%s' is a date and time field; %s is not an ISO 8601 date and time", name, describe(v))
	case kindDecimal:
		f, ok := toFloat(v)
		if !ok {
			return nil, validation("Invalid query: '%s' is a decimal field; %s is not a number", name, describe(v))
		}
		return f, nil
	case kindInt:
		i, ok := toInt(v)
		if !ok {
			return nil, validation("Invalid query: '%s' is an integer field; %s is not an integer", name, describe(v))
		}
		return i, nil
	case kindBool:
		switch t := v.(type) {
		case bool:
			return t, nil
		case string:
			if strings.EqualFold(t, "true") || t == "1" {
				return true, nil
			}
			if strings.EqualFold(t, "false") || t == "0" {
				return false, nil
			}
		case json.Number:
			if t.String() == "1" {
				return true, nil
			}
			if t.String() == "0" {
				return false, nil
			}
		}
		return nil, validation("Invalid query: '%s' is a boolean field; %s is not true or false", name, describe(v))
	}
	return nil, validation("Invalid query: field '%s' cannot be compared", name)
}

// match evaluates the top-level filter (and-ed) on r.
func (q *query) match(r record) bool {
	for _, n := range q.filter {
		if !n.match(r) {
			return false
		}
	}
	return true
}

func (n *node) match(r record) bool {
	switch n.op {
	case "and":
		for _, c := range n.items {
			if !c.match(r) {
				return false
			}
		}
		return true
	case "or":
		for _, c := range n.items {
			if c.match(r) {
				return true
			}
		}
		return false
	}
	var cur []any
	if n.isUDF {
		vals, _ := r["userDefinedFields"].([]udfValue)
		for _, u := range vals {
			if strings.EqualFold(u.Name, n.udf) && u.Value != nil {
				cur = append(cur, *u.Value)
			}
		}
	} else {
		switch v := r[n.f.name].(type) {
		case nil:
		case []string:
			for _, s := range v {
				cur = append(cur, s)
			}
		default:
			cur = append(cur, v)
		}
	}
	switch n.op {
	case "exist":
		return exists(cur)
	case "notexist":
		return !exists(cur)
	case "noteq":
		for _, c := range cur {
			if compare(c, n.val) == 0 {
				return false
			}
		}
		return true
	case "notin":
		for _, c := range cur {
			for _, v := range n.vals {
				if compare(c, v) == 0 {
					return false
				}
			}
		}
		return true
	}
	for _, c := range cur {
		if n.test(c) {
			return true
		}
	}
	return false
}

func exists(cur []any) bool {
	for _, c := range cur {
		if s, ok := c.(string); !ok || s != "" {
			return true
		}
	}
	return false
}

func (n *node) test(c any) bool {
	switch n.op {
	case "eq":
		return n.val != nil && compare(c, n.val) == 0
	case "gt":
		return n.val != nil && compare(c, n.val) > 0
	case "gte":
		return n.val != nil && compare(c, n.val) >= 0
	case "lt":
		return n.val != nil && compare(c, n.val) < 0
	case "lte":
		return n.val != nil && compare(c, n.val) <= 0
	case "beginswith":
		return strings.HasPrefix(strings.ToLower(text(c)), strings.ToLower(text(n.val)))
	case "endswith":
		return strings.HasSuffix(strings.ToLower(text(c)), strings.ToLower(text(n.val)))
	case "contains":
		return strings.Contains(strings.ToLower(text(c)), strings.ToLower(text(n.val)))
	case "in":
		for _, v := range n.vals {
			if v != nil && compare(c, v) == 0 {
				return true
			}
		}
	}
	return false
}

func text(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case int64:
		return strconv.FormatInt(t, 10)
	case bool:
		return strconv.FormatBool(t)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// compare orders a stored value against a filter value: numbers
// numerically, booleans false < true, text case-insensitively (numerically
// when both sides are numbers, as user-defined fields hold text).
func compare(a, b any) int {
	switch x := a.(type) {
	case int64:
		if y, ok := b.(int64); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	case bool:
		if y, ok := b.(bool); ok {
			switch {
			case x == y:
				return 0
			case !x:
				return -1
			}
			return 1
		}
	}
	as, bs := text(a), text(b)
	if af, err := strconv.ParseFloat(as, 64); err == nil {
		if bf, err := strconv.ParseFloat(bs, 64); err == nil {
			switch {
			case af < bf:
				return -1
			case af > bf:
				return 1
			}
			return 0
		}
	}
	return strings.Compare(strings.ToLower(as), strings.ToLower(bs))
}
