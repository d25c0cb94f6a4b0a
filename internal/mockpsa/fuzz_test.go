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

// FuzzWriteBody sends arbitrary bodies to create, PATCH and PUT of every
// entity of a fresh tenant: the store never panics, and every rejection is an
// Autotask-style error (404, 405 or 500 with messages).
func FuzzWriteBody(f *testing.F) {
	for _, s := range []string{
		`{"name":"L","copiedFromSecurityLevelID":7,"projectsProjectView":1}`,
		`{"id":1000,"name":null}`,
		`{"id":1,"lockoutThreshold":5,"lockoutDurationMinutes":30,"securityEventRecipients":["a@b.example"]}`,
		`{"userDefinedFields":[{"name":"Tier","value":3}],"companyName":"X"}`,
		`{"contactID":30682001,"userName":"u","password":"pass word","securityLevel":1}`,
		`{"id":"29682002","securityLevelID":"7"}`,
		`{"id":1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		body, derr := decodeJSONObject(data)
		if derr != nil {
			return
		}
		// a fresh database per input keeps executions independent
		srv := New(Options{})
		ten, err := srv.CreateTenant(TenantSpec{Name: "fuzz"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ten.Create("Companies", map[string]any{"companyName": "Fuzz Co"}); err != nil {
			t.Fatal(err)
		}
		for _, e := range entityOrder {
			for _, op := range []string{"create", "patch", "put"} {
				srv.mu.Lock()
				var err error
				switch op {
				case "create":
					_, err = srv.create(ten.t, e, cloneBody(body), writeOpts{})
				default:
					_, err = srv.update(ten.t, e, cloneBody(body), op == "put", writeOpts{})
				}
				srv.mu.Unlock()
				if err == nil {
					continue
				}
				ae, ok := err.(*APIError) //nolint:errorlint // the store returns *APIError directly
				if !ok || len(ae.Messages) == 0 {
					t.Fatalf("%s %s: non-Autotask error %v", op, e.name, err)
				}
				switch ae.Status {
				case http.StatusNotFound, http.StatusMethodNotAllowed, http.StatusInternalServerError:
				default:
					t.Fatalf("%s %s: status %d", op, e.name, ae.Status)
				}
			}
		}
	})
}

func cloneBody(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
