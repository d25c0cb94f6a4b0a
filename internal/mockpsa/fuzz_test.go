package mockpsa

import (
	"net/http"
	"testing"
)

// FuzzDecodeQuery feeds arbitrary query bodies to every entity: decoding
// never panics; it either yields a query that can be evaluated or an
// Autotask-style 500 with at least one message.
func FuzzDecodeQuery(f *testing.F) {
	for _, s := range []string{
		``,
		`{}`,
		`{"MaxRecords":10,"IncludeFields":["name"],"filter":[{"op":"eq","field":"id","value":1}]}`,
		`{"filter":[{"op":"or","items":[{"op":"beginsWith","field":"name","value":"A"},{"op":"in","field":"id","value":[1,"2",3.0]}]}]}`,
		`{"filter":[{"op":"exist","field":"Tier","udf":true}]}`,
		`{"filter":[{"op":"and","items":[{"op":"and","items":[{"op":"notIn","field":"isActive","value":[true]}]}]}]}`,
		`{"MaxRecords":1e3}`,
		`[]`,
	} {
		f.Add([]byte(s))
	}
	sample := map[string]record{}
	for _, e := range entityOrder {
		r := record{}
		for _, fd := range e.fields {
			switch fd.kind {
			case kindInt:
				r[fd.name] = int64(3)
			case kindBool:
				r[fd.name] = true
			case kindString:
				r[fd.name] = "Alpha"
			case kindStrings:
				r[fd.name] = []string{"a@b.c"}
			case kindUDF:
				v := "Gold"
				r[fd.name] = []udfValue{{Name: "Tier", Value: &v}}
			}
		}
		sample[e.name] = r
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, e := range entityOrder {
			q, err := decodeQuery(e, data)
			if err != nil {
				if err.Status != http.StatusInternalServerError || len(err.Messages) == 0 || err.Messages[0] == "" {
					t.Fatalf("%s: bad error %+v", e.name, err)
				}
				continue
			}
			if q.maxRecords < 1 || q.maxRecords > maxPageSize {
				t.Fatalf("%s: MaxRecords %d out of range", e.name, q.maxRecords)
			}
			_ = q.match(sample[e.name])
			_ = render(e, sample[e.name], q.include)
		}
	})
}
