package mockpsa

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"hash/fnv"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// record is one stored object: canonical field name -> normalized value
// (int64, bool, string, []string, []udfValue or nil).
type record map[string]any

func (r record) clone() record {
	out := make(record, len(r))
	for k, v := range r {
		switch t := v.(type) {
		case []string:
			out[k] = slices.Clone(t)
		case []udfValue:
			out[k] = slices.Clone(t)
		default:
			out[k] = v
		}
	}
	return out
}

// udfValue is one entry of userDefinedFields.
type udfValue struct {
	Name  string  `json:"name"`
	Value *string `json:"value"`
}

// APIError is an Autotask-style error answer: the HTTP status and the
// messages of the {"errors":[…]} body. The Go API returns it for rejected
// writes.
type APIError struct {
	Status   int
	Messages []string
	// RetryAfter, when positive, is sent as a Retry-After header (whole
	// seconds, rounded up).
	RetryAfter time.Duration
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%d %s: %s", e.Status, http.StatusText(e.Status), strings.Join(e.Messages, "; "))
}

func errorf(status int, format string, args ...any) *APIError {
	return &APIError{Status: status, Messages: []string{fmt.Sprintf(format, args...)}}
}

func validation(format string, args ...any) *APIError {
	return errorf(http.StatusInternalServerError, format, args...)
}

// errs collects validation messages.
type errs []string

func (e *errs) add(format string, args ...any) { *e = append(*e, fmt.Sprintf(format, args...)) }

func (e errs) err() error {
	if len(e) == 0 {
		return nil
	}
	return &APIError{Status: http.StatusInternalServerError, Messages: e}
}

// tenantData is a tenant's database.
type tenantData struct {
	// tenant names the database; its IDs are derived from it.
	tenant string
	tables map[string]map[int64]record
	// nextID is the ID each table hands out next.
	nextID map[string]int64
}

func newTenantData(tenant string) *tenantData {
	d := &tenantData{tenant: tenant, tables: map[string]map[int64]record{}, nextID: map[string]int64{}}
	for _, e := range entityOrder {
		if d.tables[e.table] == nil {
			d.tables[e.table] = map[int64]record{}
			d.nextID[e.table] = d.free(e.table, e.firstID)
		}
	}
	return d
}

// tableSpacing is the ID spacing of each table (that of the first entity
// registered on it).
func tableSpacing(table string) idSpacing {
	for _, e := range entityOrder {
		if e.table == table {
			return e.spacing
		}
	}
	return idSpacing{spread: 1}
}

// free returns the first ID from id on that the table may hand out: not
// taken and not one it avoids (system level IDs).
func (d *tenantData) free(table string, id int64) int64 {
	sp := tableSpacing(table)
	for {
		if _, taken := d.tables[table][id]; !taken && (sp.avoid == nil || !sp.avoid(id)) {
			return id
		}
		id++
	}
}

// allocate hands out the table's next ID and moves past it by a step
// derived from the tenant, the table and the ID, so IDs are large,
// scattered and still the same on every run.
func (d *tenantData) allocate(table string) int64 {
	id := d.free(table, d.nextID[table])
	d.advancePast(table, id)
	return id
}

// advancePast makes sure the table's next ID lies beyond id.
func (d *tenantData) advancePast(table string, id int64) {
	if d.nextID[table] > id {
		return
	}
	sp := tableSpacing(table)
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s/%d", d.tenant, table, id)
	sum := h.Sum64()
	step := 1 + int64(sum%uint64(sp.spread))
	if sp.jumpEvery > 0 && (sum>>32)%uint64(sp.jumpEvery) == 0 {
		step += sp.jump + int64((sum>>16)%uint64(sp.jump))
	}
	d.nextID[table] = d.free(table, id+step)
}

func (d *tenantData) get(e *entity, id int64) (record, bool) {
	r, ok := d.tables[e.table][id]
	if !ok || !e.inScope(r) {
		return nil, false
	}
	return r, true
}

// list returns the records of e sorted by id.
func (d *tenantData) list(e *entity) []record {
	t := d.tables[e.table]
	ids := make([]int64, 0, len(t))
	for id, r := range t {
		if e.inScope(r) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	out := make([]record, len(ids))
	for i, id := range ids {
		out[i] = t[id]
	}
	return out
}

// asInt reads a normalized integer (0 for nil).
func asInt(v any) int64 {
	switch t := v.(type) {
	case int64:
		return t
	case int:
		return int64(t)
	case float64:
		return int64(t)
	}
	return 0
}

func asBool(v any) bool {
	b, _ := v.(bool)
	return b
}

func asString(v any) string {
	s, _ := v.(string)
	return s
}

// normalize converts a decoded JSON value into the stored form of f.
func normalize(f *field, v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch f.kind {
	case kindInt:
		n, ok := toInt(v)
		if !ok {
			return nil, fmt.Errorf("field '%s' must be an integer, got %s", f.name, describe(v))
		}
		return n, nil
	case kindBool:
		switch t := v.(type) {
		case bool:
			return t, nil
		case string:
			if b, err := strconv.ParseBool(t); err == nil && (strings.EqualFold(t, "true") || strings.EqualFold(t, "false")) {
				return b, nil
			}
		}
		return nil, fmt.Errorf("field '%s' must be a boolean (true or false), got %s", f.name, describe(v))
	case kindString:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("field '%s' must be a string, got %s", f.name, describe(v))
		}
		if f.maxLen > 0 && len([]rune(s)) > f.maxLen {
			return nil, fmt.Errorf("field '%s' is longer than %d characters", f.name, f.maxLen)
		}
		if len(f.picklist) > 0 {
			s = canonicalPick(f.picklist, s)
		}
		return s, nil
	case kindStrings:
		switch t := v.(type) {
		case []string:
			return slices.Clone(t), nil
		case []any:
			out := make([]string, 0, len(t))
			for _, x := range t {
				s, ok := x.(string)
				if !ok {
					return nil, fmt.Errorf("field '%s' must be an array of strings, got an element %s", f.name, describe(x))
				}
				out = append(out, s)
			}
			return out, nil
		}
		return nil, fmt.Errorf("field '%s' must be an array of strings, got %s", f.name, describe(v))
	case kindUDF:
		return normalizeUDFs(f, v)
	case kindDateTime:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("field '%s' must be a date and time (ISO 8601 string), got %s", f.name, describe(v))
		}
		t, err := parseDateTime(s)
		if err != nil {
			return nil, fmt.Errorf("field '%s': '%s' is not a date and time (ISO 8601)", f.name, s)
		}
		return formatDateTime(t), nil
	case kindDecimal:
		n, ok := toFloat(v)
		if !ok {
			return nil, fmt.Errorf("field '%s' must be a number, got %s", f.name, describe(v))
		}
		return n, nil
	}
	return nil, fmt.Errorf("field '%s' has an unsupported type", f.name)
}

func normalizeUDFs(f *field, v any) (any, error) {
	switch t := v.(type) {
	case []udfValue:
		return slices.Clone(t), nil
	case []any:
		out := make([]udfValue, 0, len(t))
		for _, x := range t {
			m, ok := x.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("field '%s' must be an array of {\"name\",\"value\"} objects", f.name)
			}
			var u udfValue
			for k, val := range m {
				switch strings.ToLower(k) {
				case "name":
					s, ok := val.(string)
					if !ok || s == "" {
						return nil, fmt.Errorf("field '%s': every entry needs a string 'name'", f.name)
					}
					u.Name = s
				case "value":
					switch vv := val.(type) {
					case nil:
					case string:
						u.Value = &vv
					case json.Number:
						s := vv.String()
						u.Value = &s
					case float64:
						s := strconv.FormatFloat(vv, 'f', -1, 64)
						u.Value = &s
					case bool:
						s := strconv.FormatBool(vv)
						u.Value = &s
					default:
						return nil, fmt.Errorf("field '%s': the value of '%s' must be a string, number or null", f.name, u.Name)
					}
				default:
					return nil, fmt.Errorf("field '%s': unknown key '%s' in an entry (allowed: name, value)", f.name, k)
				}
			}
			if u.Name == "" {
				return nil, fmt.Errorf("field '%s': every entry needs a string 'name'", f.name)
			}
			out = append(out, u)
		}
		return out, nil
	}
	return nil, fmt.Errorf("field '%s' must be an array of {\"name\",\"value\"} objects, got %s", f.name, describe(v))
}

// Date and time values are stored and returned in UTC with an explicit
// zone, as Autotask answers them.
const dateTimeLayout = "2006-01-02T15:04:05.000Z"

func parseDateTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date and time: %q", s)
}

func formatDateTime(t time.Time) string { return t.UTC().Format(dateTimeLayout) }

// toFloat converts JSON numbers and numeric strings.
func toFloat(v any) (float64, bool) {
	switch t := v.(type) {
	case float64:
		return t, true
	case int64:
		return float64(t), true
	case int:
		return float64(t), true
	case json.Number:
		f, err := t.Float64()
		return f, err == nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
		return f, err == nil
	}
	return 0, false
}

// toInt converts JSON numbers, Go integers and integral numeric strings.
func toInt(v any) (int64, bool) {
	switch t := v.(type) {
	case int64:
		return t, true
	case int:
		return int64(t), true
	case int32:
		return int64(t), true
	case float64:
		if t != math.Trunc(t) || math.IsInf(t, 0) || math.Abs(t) > 1<<53 {
			return 0, false
		}
		return int64(t), true
	case json.Number:
		n, err := strconv.ParseInt(t.String(), 10, 64)
		if err != nil {
			f, ferr := strconv.ParseFloat(t.String(), 64)
			if ferr != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
				return 0, false
			}
			return int64(f), true
		}
		return n, true
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
		return n, err == nil
	}
	return 0, false
}

func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(t)
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		return t.String()
	case float64, int64, int:
		return fmt.Sprint(t)
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%v", v)
}

// opKind says what a change does.
type opKind int

const (
	opCreate opKind = iota + 1
	opUpdate
	opDelete
)

// change is the context passed to entity hooks.
type change struct {
	srv    *Server
	ten    *tenant
	e      *entity
	op     opKind
	old    record // nil on create
	obj    record // the record as it will be stored (nil on delete)
	given  map[string]bool
	force  bool
	oob    bool // out-of-band (Go API / control API)
	putAll bool
}

func (c *change) data() *tenantData { return c.ten.data }

func (c *change) sent(name string) bool { return c.given[name] }

// createdNow is the uiDefault of a date field that a create sets to the
// time of the change.
type createdNow struct{}

// uiDefault is the value of f.uiDefault for a change made now; it runs
// under s.mu.
func (s *Server) uiDefault(f *field) any {
	if _, now := f.uiDefault.(createdNow); now {
		return s.stamp()
	}
	return f.uiDefault
}

// writable reports whether a write may set f: the API writes what is not
// read-only; an out-of-band write (an administrator in the UI) also sets
// the read-only fields the UI sets.
func writable(f *field, o writeOpts) bool { return !f.readOnly || (o.oob && f.adminSet) }

// opOptions tune a write.
type writeOpts struct {
	force bool
	oob   bool
}

// decodeFields maps a body's keys to fields, rejecting unknown names.
func decodeFields(e *entity, body map[string]any) (map[*field]any, error) {
	out := make(map[*field]any, len(body))
	var problems errs
	keys := make([]string, 0, len(body))
	for k := range body {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, ok := e.field(k)
		if !ok {
			problems.add("Unknown field '%s' on entity %s", k, e.name)
			continue
		}
		if _, dup := out[f]; dup {
			problems.add("Field '%s' is sent more than once", f.name)
			continue
		}
		out[f] = body[k]
	}
	return out, problems.err()
}

// create validates and stores a new record.
func (s *Server) create(t *tenant, e *entity, body map[string]any, o writeOpts) (int64, error) {
	if !e.canCreate && !o.oob {
		return 0, errorf(http.StatusMethodNotAllowed, "The requested resource does not support http method 'POST'.")
	}
	vals, err := decodeFields(e, body)
	if err != nil {
		return 0, err
	}
	obj := record{}
	given := map[string]bool{}
	var problems errs
	for f, raw := range vals {
		if !writable(f, o) {
			continue
		}
		if raw == nil && f.required {
			problems.add("Field '%s' is required and cannot be null", f.name)
			continue
		}
		v, nerr := normalize(f, raw)
		if nerr != nil {
			problems.add("%s", nerr.Error())
			continue
		}
		obj[f.name] = v
		given[f.name] = true
	}
	for _, f := range e.fields {
		if _, sent := obj[f.name]; !sent && f.uiDefault != nil {
			if _, wasNull := vals[f]; !wasNull {
				obj[f.name] = s.uiDefault(f)
			}
		}
		if _, sent := obj[f.name]; f.required && writable(f, o) && !sent && vals[f] == nil {
			if _, wasNull := vals[f]; !wasNull {
				problems.add("Field '%s' is required", f.name)
			}
		}
	}
	if err := problems.err(); err != nil {
		return 0, err
	}
	c := &change{srv: s, ten: t, e: e, op: opCreate, obj: obj, given: given, force: o.force, oob: o.oob}
	if e.prepare != nil {
		if err := e.prepare(c); err != nil {
			return 0, err
		}
	}
	if err := checkCommon(c); err != nil {
		return 0, err
	}
	var id int64
	if e.assignID != nil {
		id, err = e.assignID(c)
		if err != nil {
			return 0, err
		}
		if _, exists := t.data.tables[e.table][id]; exists {
			return 0, validation("A %s record with id %d already exists", e.name, id)
		}
	} else {
		id = t.data.allocate(e.table)
	}
	obj["id"] = id
	t.data.tables[e.table][id] = obj
	if e.afterCreate != nil {
		e.afterCreate(c)
	}
	s.changed()
	return id, nil
}

// update applies a PATCH (put=false) or PUT (put=true).
func (s *Server) update(t *tenant, e *entity, body map[string]any, put bool, o writeOpts) (int64, error) {
	method := "PATCH"
	if put {
		method = "PUT"
	}
	if !e.canUpdate && !o.oob {
		return 0, errorf(http.StatusMethodNotAllowed, "The requested resource does not support http method '%s'.", method)
	}
	vals, err := decodeFields(e, body)
	if err != nil {
		return 0, err
	}
	idField, _ := e.field("id")
	rawID, ok := vals[idField]
	if !ok || rawID == nil {
		return 0, validation("Field 'id' is required to update a %s record", e.name)
	}
	id, ok := toInt(rawID)
	if !ok {
		return 0, validation("Field 'id' must be an integer, got %s", describe(rawID))
	}
	old, ok := t.data.get(e, id)
	if !ok {
		return 0, errorf(http.StatusNotFound, "%s with id %d was not found", e.name, id)
	}
	obj := old.clone()
	given := map[string]bool{}
	var problems errs
	for f, raw := range vals {
		if !writable(f, o) {
			continue
		}
		v, nerr := normalize(f, raw)
		if nerr != nil {
			problems.add("%s", nerr.Error())
			continue
		}
		if f.createOnly {
			if !equalValues(v, old[f.name]) {
				problems.add("Field '%s' cannot be changed after the %s record is created", f.name, e.name)
			}
			continue
		}
		if f.kind == kindUDF && !put && v != nil {
			sent, _ := v.([]udfValue)
			v = mergeUDFs(old[f.name], sent)
		}
		obj[f.name] = v
		given[f.name] = true
	}
	if put {
		for _, f := range e.fields {
			if f.readOnly || f.createOnly || f.writeOnly || given[f.name] {
				continue
			}
			obj[f.name] = zeroValue(f)
		}
	}
	for _, f := range e.fields {
		if f.required && writable(f, o) && !f.createOnly && obj[f.name] == nil {
			problems.add("Field '%s' is required and cannot be null", f.name)
		}
	}
	if err := problems.err(); err != nil {
		return 0, err
	}
	c := &change{srv: s, ten: t, e: e, op: opUpdate, old: old, obj: obj, given: given, force: o.force, oob: o.oob, putAll: put}
	if e.prepare != nil {
		if err := e.prepare(c); err != nil {
			return 0, err
		}
	}
	if err := checkCommon(c); err != nil {
		return 0, err
	}
	t.data.tables[e.table][id] = obj
	s.changed()
	return id, nil
}

// remove deletes a record.
func (s *Server) remove(t *tenant, e *entity, id int64, o writeOpts) error {
	if !e.canDelete && !o.oob {
		return errorf(http.StatusMethodNotAllowed, "The requested resource does not support http method 'DELETE'.")
	}
	old, ok := t.data.get(e, id)
	if !ok {
		return errorf(http.StatusNotFound, "%s with id %d was not found", e.name, id)
	}
	c := &change{srv: s, ten: t, e: e, op: opDelete, old: old, force: o.force, oob: o.oob}
	if e.beforeDelete != nil {
		if err := e.beforeDelete(c); err != nil {
			return err
		}
	}
	delete(t.data.tables[e.table], id)
	if e.afterDelete != nil {
		e.afterDelete(c)
	}
	s.changed()
	return nil
}

// zeroValue is what PUT leaves in a writable field that was not sent.
func zeroValue(f *field) any {
	switch {
	case f.perm != nil:
		return defaultPermValue(f, f.perm.Floor)
	case f.portal != nil:
		return defaultPermValue(f, f.portal.Floor)
	case f.kind == kindBool:
		return false
	}
	return nil
}

func equalValues(a, b any) bool {
	switch x := a.(type) {
	case []string:
		y, ok := b.([]string)
		return ok && slices.Equal(x, y)
	case []udfValue:
		y, ok := b.([]udfValue)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i].Name != y[i].Name || !equalPtr(x[i].Value, y[i].Value) {
				return false
			}
		}
		return true
	}
	return a == b
}

func equalPtr(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// checkCommon enforces what every entity shares: picklists, references,
// user-defined fields.
func checkCommon(c *change) error {
	var problems errs
	for _, f := range c.e.fields {
		v := c.obj[f.name]
		if v == nil {
			continue
		}
		if ps := f.picks(c.data()); len(ps) > 0 && (!f.readOnly || f.adminSet) && (c.op == opCreate || !equalValues(v, c.old[f.name])) {
			if !inPicklist(ps, v) {
				label := ""
				switch {
				case f.perm != nil:
					label = " (" + f.perm.Label + ")"
				case f.portal != nil:
					label = " (" + f.portal.Label + ")"
				}
				problems.add("Invalid value %s for field '%s'%s; allowed values: %s", pickKey(v), f.name, label, allowedPicks(ps))
			}
		}
		if f.kind == kindString && (f.perm != nil || f.portal != nil) && strings.TrimSpace(asString(v)) == "" {
			problems.add("Field '%s' cannot be empty", f.name)
		}
		if ref, served := lookupEntity(f.ref); served && !f.readOnly && (c.op == opCreate || !equalValues(v, c.old[f.name])) {
			if _, ok := c.data().get(ref, asInt(v)); !ok {
				problems.add("Field '%s': %s with id %d does not exist", f.name, f.ref, asInt(v))
			}
		}
		if f.kind == kindUDF {
			vals, _ := v.([]udfValue)
			checkUDFs(c, vals, &problems)
		}
	}
	return problems.err()
}

func checkUDFs(c *change, vals []udfValue, problems *errs) {
	defs, _ := lookupEntity(entUDFDefinitions)
	known := map[string]record{}
	for _, d := range c.data().list(defs) {
		if asInt(d["udfType"]) == int64(c.e.udfType) {
			known[strings.ToLower(asString(d["name"]))] = d
		}
	}
	seen := map[string]bool{}
	for i, u := range vals {
		d, ok := known[strings.ToLower(u.Name)]
		if !ok {
			names := make([]string, 0, len(known))
			for _, d := range known {
				names = append(names, asString(d["name"]))
			}
			sort.Strings(names)
			problems.add("User-defined field '%s' does not exist for %s; defined: %s", u.Name, c.e.name, strings.Join(names, ", "))
			continue
		}
		if seen[strings.ToLower(u.Name)] {
			problems.add("User-defined field '%s' is sent more than once", u.Name)
		}
		seen[strings.ToLower(u.Name)] = true
		vals[i].Name = asString(d["name"])
		if u.Value != nil && asInt(d["dataType"]) == 2 {
			if _, err := strconv.ParseFloat(*u.Value, 64); err != nil {
				problems.add("User-defined field '%s' holds numbers; %q is not a number", u.Name, *u.Value)
			}
		}
		if dt, _ := catalog.UDFDataTypeByID(int(asInt(d["dataType"]))); u.Value != nil && dt.HasPicklist {
			checkListValue(c.data(), d, *u.Value, problems)
		}
	}
}

// checkListValue accepts only an active list item of a List field.
func checkListValue(d *tenantData, def record, v string, problems *errs) {
	var active []string
	for _, it := range udfListItems(d, asInt(def["id"])) {
		if !asBool(it["isActive"]) {
			continue
		}
		if asString(it["valueForDisplay"]) == v {
			return
		}
		active = append(active, asString(it["valueForDisplay"]))
	}
	sort.Strings(active)
	problems.add("User-defined field '%s' is a List; %q is not one of its active items (%s)", asString(def["name"]), v, strings.Join(active, ", "))
}

// mergeUDFs lays the sent user-defined field values over the stored ones,
// as a PATCH does: fields not named keep their value.
func mergeUDFs(old any, sent []udfValue) []udfValue {
	cur, _ := old.([]udfValue)
	out := slices.Clone(cur)
	for _, u := range sent {
		found := false
		for i := range out {
			if strings.EqualFold(out[i].Name, u.Name) {
				out[i].Value = u.Value
				found = true
				break
			}
		}
		if !found {
			out = append(out, u)
		}
	}
	return out
}
