package mockpsa

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
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
// entity of a fresh tenant through the HTTP handler: it never panics, and
// every answer is an Autotask envelope ({"itemId"} on 200, {"errors":[…]}
// on 404/500, {"Message"} on 405).
func FuzzWriteBody(f *testing.F) {
	for _, s := range []string{
		fmt.Sprintf(`{"name":"L","copiedFromSecurityLevelID":%d,"projectsProjectView":1}`, catalog.ServiceDeskUser),
		`{"id":1000,"name":null}`,
		`{"id":1,"lockoutThreshold":5,"lockoutDurationMinutes":30,"securityEventRecipients":["a@b.example"]}`,
		`{"userDefinedFields":[{"name":"Tier","value":3}],"companyName":"X"}`,
		`{"contactID":30682001,"userName":"u","password":"pass word","securityLevel":1}`,
		fmt.Sprintf(`{"id":"29682002","userType":"%d","securityLevelID":"%d"}`, catalog.ServiceDeskUser, catalog.ServiceDeskUser),
		`{"companyID":29683174,"firstName":"A","lastName":"B","isActive":2}`,
		`{"id":1e400}`,
		`not json`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// a fresh database per input keeps executions independent
		srv := New(Options{})
		ten, err := srv.CreateTenant(TenantSpec{Name: "fuzz"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ten.Create("Companies", map[string]any{"companyName": "Fuzz Co"}); err != nil {
			t.Fatal(err)
		}
		creds := ten.Credentials("http://mock.test")
		for _, e := range entityOrder {
			for _, method := range []string{http.MethodPost, http.MethodPatch, http.MethodPut} {
				req := httptest.NewRequestWithContext(t.Context(), method, "/webservices1/ATServicesRest/V1.0/"+e.name, bytes.NewReader(data))
				req.Header = credHeader(creds)
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				var body map[string]any
				if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
					t.Fatalf("%s %s: %d with a non-JSON body %q", method, e.name, rec.Code, rec.Body.String())
				}
				switch rec.Code {
				case http.StatusOK:
					if _, ok := body["itemId"]; !ok {
						t.Fatalf("%s %s: 200 without itemId: %s", method, e.name, rec.Body.String())
					}
				case http.StatusMethodNotAllowed:
					if m, _ := body["Message"].(string); m == "" {
						t.Fatalf("%s %s: 405 without Message", method, e.name)
					}
				case http.StatusNotFound, http.StatusInternalServerError:
					if errs, _ := body["errors"].([]any); len(errs) == 0 {
						t.Fatalf("%s %s: %d without errors: %s", method, e.name, rec.Code, rec.Body.String())
					}
				default:
					t.Fatalf("%s %s: status %d: %s", method, e.name, rec.Code, rec.Body.String())
				}
			}
		}
	})
}
