package autotask

import (
	"bytes"
	"encoding/json"
	"testing"
)

// filterFromBytes builds a filter tree from fuzz input: each byte picks an
// operator, a field or a value, so the fuzzer explores every shape the
// builders can make, groups nested several deep included.
func filterFromBytes(b []byte, depth int) (Filter, []byte) {
	ops := []string{OpEq, OpNotEq, OpGt, OpGte, OpLt, OpLte, OpBeginsWith, OpEndsWith, OpContains, OpExist, OpNotExist, OpIn, OpNotIn, OpAnd, OpOr, "bogus", ""}
	fields := []string{"id", "name", "isActive", "Tier", "", "a\"b", "userDefinedFields"}
	next := func() byte {
		if len(b) == 0 {
			return 0
		}
		c := b[0]
		b = b[1:]
		return c
	}
	value := func() any {
		switch next() % 7 {
		case 0:
			return int64(next()) - 100
		case 1:
			n := int(next() % 8)
			return string(b[:min(len(b), n)])
		case 2:
			return next()%2 == 0
		case 3:
			return nil
		case 4:
			return float64(next()) / 3
		case 5:
			return []any{int64(next()), "x"}
		default:
			return []any{}
		}
	}
	op := ops[int(next())%len(ops)]
	if (op == OpAnd || op == OpOr) && depth < 4 {
		n := int(next() % 4)
		items := make([]Filter, 0, n)
		for range n {
			var it Filter
			it, b = filterFromBytes(b, depth+1)
			items = append(items, it)
		}
		return Filter{Op: op, Items: items}, b
	}
	f := Filter{Op: op, Field: fields[int(next())%len(fields)], Value: value(), UDF: next()%5 == 0}
	switch op {
	case OpIn, OpNotIn:
		vs := []any{}
		for range next() % 3 {
			vs = append(vs, value())
		}
		f.Value = vs
	}
	return f, b
}

// FuzzQueryBuilder drives the query builder with filter trees built from
// the input and with arbitrary filter JSON: nothing panics; a filter that
// validates encodes to JSON that decodes back to a filter encoding to the
// same bytes; a query body is built exactly when every filter validates,
// and its filter array holds them in order.
func FuzzQueryBuilder(f *testing.F) {
	f.Add([]byte{0, 1, 0, 5}, []byte(`{"op":"eq","field":"name","value":"Ops"}`))
	f.Add([]byte{13, 3, 0, 1, 0, 11, 1, 5, 2}, []byte(`{"op":"OR","items":[{"op":"in","field":"id","value":[1,2]}]}`))
	f.Add([]byte{14, 2, 13, 1, 9, 2}, []byte(`{"op":"exist","field":"Tier","udf":true}`))
	f.Add([]byte{11, 1, 0}, []byte(`{"op":"in","field":"id","value":[]}`))
	f.Add([]byte{15}, []byte(`{"op":"and","items":[]}`))
	f.Add([]byte{}, []byte(`{"field":"x"}`))
	f.Add([]byte{3, 0, 4, 7}, []byte(`[1,2`))
	f.Fuzz(func(t *testing.T, shape, raw []byte) {
		built, _ := filterFromBytes(shape, 0)
		var decoded Filter
		fromJSON := json.Unmarshal(raw, &decoded) == nil
		candidates := []Filter{built}
		if fromJSON {
			candidates = append(candidates, decoded)
		}
		for _, flt := range candidates {
			verr := flt.Validate()
			body, berr := QueryOptions{Filter: []Filter{flt}, MaxRecords: len(raw) % 501}.body()
			if (verr == nil) != (berr == nil) {
				t.Fatalf("Validate says %v, body says %v for %#v", verr, berr, flt)
			}
			if verr != nil {
				continue
			}
			enc, err := json.Marshal(flt)
			if err != nil {
				// values JSON cannot hold (NaN, say) fail loudly, never silently
				continue
			}
			var back Filter
			if err := json.Unmarshal(enc, &back); err != nil {
				t.Fatalf("%s does not decode: %v", enc, err)
			}
			if err := back.Validate(); err != nil {
				t.Fatalf("%s decodes to an invalid filter: %v", enc, err)
			}
			again, err := json.Marshal(back)
			if err != nil || !bytes.Equal(enc, again) {
				t.Fatalf("round trip changed the filter:\n%s\n%s (%v)", enc, again, err)
			}
			var q struct {
				Filter []json.RawMessage `json:"filter"`
			}
			if err := json.Unmarshal(body, &q); err != nil || len(q.Filter) != 1 || !bytes.Equal(q.Filter[0], enc) {
				t.Fatalf("query body %s does not hold the filter %s (%v)", body, enc, err)
			}
		}
	})
}
