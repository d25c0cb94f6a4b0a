package mockpsa

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func queryIDs(t *testing.T, e *env, entity string, body any) []int64 {
	t.Helper()
	r := e.call("POST", entity+"/query", body)
	e.mustStatus(r, 200)
	var ids []int64
	for _, it := range r.items() {
		ids = append(ids, num(it["id"]))
	}
	return ids
}

func TestFilters(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Seed: SeedEmpty})
	// A small, known data set of companies.
	if _, err := e.ten.Create("UserDefinedFieldDefinitions", map[string]any{"name": "Tier", "udfType": 1, "dataType": 1}); err != nil {
		t.Fatal(err)
	}
	type co struct {
		name, city string
		typ        int
		active     bool
		tier       string
	}
	data := []co{
		{"Alpha Dental", "Portland", 1, true, "Gold"},
		{"Beta Logistics", "Denver", 2, true, "Silver"},
		{"Gamma Law", "", 1, false, "gold"},
		{"Delta Clinic", "Austin", 3, true, ""},
		{"epsilon dental", "Portland", 7, true, "Bronze"},
	}
	ids := map[string]int64{}
	for _, c := range data {
		f := map[string]any{"companyName": c.name, "companyType": c.typ, "isActive": c.active}
		if c.city != "" {
			f["city"] = c.city
		}
		if c.tier != "" {
			f["userDefinedFields"] = []any{map[string]any{"name": "Tier", "value": c.tier}}
		}
		id, err := e.ten.Create("Companies", f)
		if err != nil {
			t.Fatal(err)
		}
		ids[c.name] = id
	}
	names := func(list ...string) []int64 {
		out := []int64{}
		for _, n := range list {
			out = append(out, ids[n])
		}
		slices.Sort(out)
		return out
	}
	flt := func(items ...map[string]any) map[string]any {
		arr := make([]any, len(items))
		for i, it := range items {
			arr[i] = it
		}
		return map[string]any{"filter": arr}
	}
	it := func(op, field string, value any) map[string]any {
		return map[string]any{"op": op, "field": field, "value": value}
	}
	tests := []struct {
		name string
		body map[string]any
		want []int64
	}{
		{"eq string is case-insensitive", flt(it("eq", "companyName", "alpha dental")), names("Alpha Dental")},
		{"noteq", flt(it("noteq", "city", "Portland")), names("Beta Logistics", "Gamma Law", "Delta Clinic")},
		{"gt int", flt(it("gt", "companyType", 2)), names("Delta Clinic", "epsilon dental")},
		{"gte int as string", flt(it("gte", "companyType", "2")), names("Beta Logistics", "Delta Clinic", "epsilon dental")},
		{"lt", flt(it("lt", "companyType", 2)), names("Alpha Dental", "Gamma Law")},
		{"lte string", flt(it("lte", "companyName", "beta logistics")), names("Alpha Dental", "Beta Logistics")},
		{"beginsWith", flt(it("beginsWith", "companyName", "ALPHA")), names("Alpha Dental")},
		{"endsWith", flt(it("endswith", "companyName", "DENTAL")), names("Alpha Dental", "epsilon dental")},
		{"contains", flt(it("contains", "companyName", "l")), names("Alpha Dental", "Beta Logistics", "Gamma Law", "Delta Clinic", "epsilon dental")},
		{"exist", flt(map[string]any{"op": "exist", "field": "city"}), names("Alpha Dental", "Beta Logistics", "Delta Clinic", "epsilon dental")},
		{"notExist", flt(map[string]any{"op": "notExist", "field": "city"}), names("Gamma Law")},
		{"in", flt(it("in", "city", []any{"denver", "AUSTIN"})), names("Beta Logistics", "Delta Clinic")},
		{"notIn", flt(it("notIn", "companyType", []any{1, 7})), names("Beta Logistics", "Delta Clinic")},
		{"bool eq", flt(it("eq", "isActive", false)), names("Gamma Law")},
		{"bool as string", flt(it("eq", "isactive", "true")), names("Alpha Dental", "Beta Logistics", "Delta Clinic", "epsilon dental")},
		{"top level items are and-ed", flt(it("eq", "city", "Portland"), it("eq", "companyType", 7)), names("epsilon dental")},
		{"or group", flt(map[string]any{"op": "or", "items": []any{it("eq", "city", "Denver"), it("eq", "city", "Austin")}}), names("Beta Logistics", "Delta Clinic")},
		{"nested and inside or", flt(map[string]any{"op": "or", "items": []any{
			map[string]any{"op": "and", "items": []any{it("eq", "city", "Portland"), it("eq", "companyType", 1)}},
			it("eq", "isActive", false),
		}}), names("Alpha Dental", "Gamma Law")},
		{"udf eq case-insensitive", flt(map[string]any{"op": "eq", "field": "tier", "value": "GOLD", "udf": true}), names("Alpha Dental", "Gamma Law")},
		{"udf notExist", flt(map[string]any{"op": "notExist", "field": "Tier", "udf": true}), names("Delta Clinic")},
		{"case-insensitive keys", map[string]any{"Filter": []any{map[string]any{"OP": "EQ", "Field": "CompanyName", "Value": "Beta Logistics"}}}, names("Beta Logistics")},
		{"no filter selects all", map[string]any{}, names("Alpha Dental", "Beta Logistics", "Gamma Law", "Delta Clinic", "epsilon dental")},
		{"id gt", flt(it("gt", "id", ids["Delta Clinic"])), names("epsilon dental")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := queryIDs(t, e, "Companies", tc.body)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			// the count and GET forms agree
			r := e.call("POST", "Companies/query/count", tc.body)
			e.mustStatus(r, 200)
			if num(r.json()["queryCount"]) != int64(len(tc.want)) {
				t.Errorf("count %s, want %d", r.body, len(tc.want))
			}
			search := mustJSON(t, tc.body)
			r = e.call("GET", "Companies/query?search="+url.QueryEscape(search), nil)
			e.mustStatus(r, 200)
			if len(r.items()) != len(tc.want) {
				t.Errorf("GET form: %d items, want %d", len(r.items()), len(tc.want))
			}
			r = e.call("GET", "Companies/query/count?search="+url.QueryEscape(search), nil)
			if num(r.json()["queryCount"]) != int64(len(tc.want)) {
				t.Errorf("GET count %s", r.body)
			}
		})
	}
}

func TestIncludeFieldsAndErrors(t *testing.T) {
	e := demoEnv(t)
	r := e.call("POST", "Resources/query", map[string]any{"IncludeFields": []any{"USERNAME", "isActive"}, "filter": []any{map[string]any{"op": "eq", "field": "userName", "value": "jdoe"}}})
	e.mustStatus(r, 200)
	items := r.items()
	if len(items) != 1 || len(items[0]) != 3 || items[0]["userName"] != "jdoe" || items[0]["isActive"] != true || items[0]["id"] == nil {
		t.Errorf("IncludeFields: %s", r.body)
	}
	r = e.call("POST", "ApiUsers/query", map[string]any{})
	for _, it := range r.items() {
		if _, ok := it["secret"]; ok {
			t.Errorf("secret in query answer: %v", it)
		}
	}
	bad := []struct {
		name string
		body string
		msg  string
	}{
		{"unknown field", `{"filter":[{"op":"eq","field":"shoeSize","value":1}]}`, "unable to find field 'shoeSize'"},
		{"unknown op", `{"filter":[{"op":"like","field":"userName","value":"x"}]}`, "unknown operator 'like'"},
		{"missing op", `{"filter":[{"field":"userName","value":"x"}]}`, "needs an 'op'"},
		{"missing value", `{"filter":[{"op":"eq","field":"userName"}]}`, "needs a 'value'"},
		{"in without array", `{"filter":[{"op":"in","field":"id","value":3}]}`, "needs an array"},
		{"bad integer", `{"filter":[{"op":"eq","field":"id","value":"abc"}]}`, "not an integer"},
		{"empty group", `{"filter":[{"op":"or","items":[]}]}`, "non-empty 'items'"},
		{"two udf filters", `{"filter":[{"op":"exist","field":"Badge Number","udf":true},{"op":"exist","field":"Badge Number","udf":true}]}`, "only one user-defined field"},
		{"MaxRecords too big", `{"MaxRecords":501}`, "MaxRecords must be an integer from 1 to 500"},
		{"MaxRecords zero", `{"MaxRecords":0}`, "MaxRecords"},
		{"IncludeFields unknown", `{"IncludeFields":["nope"]}`, "IncludeFields"},
		{"IncludeFields write-only", `{"IncludeFields":["secret"]}`, "IncludeFields"},
		{"write-only filter", `{"filter":[{"op":"exist","field":"secret"}]}`, "cannot be queried"},
		{"unknown property", `{"Filters":[]}`, "unknown property 'Filters'"},
		{"not JSON", `{"filter":`, "not valid JSON"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			entity := "Resources"
			if strings.Contains(tc.body, "secret") {
				entity = "ApiUsers"
			}
			r := e.call("POST", entity+"/query", tc.body)
			e.mustStatus(r, 500)
			if !errorsContain(r, tc.msg) {
				t.Errorf("errors %v lack %q", r.errors(), tc.msg)
			}
		})
	}
	e.mustStatus(e.call("PUT", "Resources/query", "{}"), 405)
	e.mustStatus(e.call("GET", "Resources/query/next", nil), 405)
	if r := e.call("POST", "Resources/query/next", "{}"); r.status != 500 || !errorsContain(r, "paging parameter is required") {
		t.Errorf("query/next without paging: %d %s", r.status, r.body)
	}
	if r := e.call("POST", "Resources/query/next?paging=bogus", "{}"); r.status != 500 || !errorsContain(r, "Invalid paging parameter") {
		t.Errorf("query/next with a made-up paging: %d %s", r.status, r.body)
	}
}

func TestPaging(t *testing.T) {
	e := newEnv(t, Options{}, TenantSpec{Seed: SeedEmpty})
	for i := range 1200 {
		if _, err := e.ten.Create("Companies", map[string]any{"companyName": fmt.Sprintf("Company %04d", i), "city": []string{"Oslo", "Lima"}[i%2]}); err != nil {
			t.Fatal(err)
		}
	}
	var seen []int64
	query := map[string]any{"filter": []any{map[string]any{"op": "exist", "field": "companyName"}}}
	r := e.call("POST", "Companies/query", query)
	pages := 0
	var pageURLs []string
	for {
		e.mustStatus(r, 200)
		pages++
		pd := r.json()["pageDetails"].(map[string]any)
		items := r.items()
		if num(pd["count"]) != int64(len(items)) || num(pd["requestCount"]) != 500 {
			t.Fatalf("pageDetails %v with %d items", pd, len(items))
		}
		for _, it := range items {
			seen = append(seen, num(it["id"]))
		}
		if pages > 1 && pd["prevPageUrl"] == nil {
			t.Errorf("page %d has no prevPageUrl", pages)
		}
		next, _ := pd["nextPageUrl"].(string)
		if next == "" {
			break
		}
		// After a POST query the next page is query/next?paging=…, taken
		// by POST with the same body; GET there is 405.
		if !strings.HasPrefix(next, e.zone+"V1.0/Companies/query/next?paging=") {
			t.Fatalf("nextPageUrl %q is not the zone's Companies/query/next", next)
		}
		if g := e.raw(http.MethodGet, next, nil, credHeader(e.creds)); g.status != 405 || g.json()["Message"] != "The requested resource does not support http method 'GET'." {
			t.Fatalf("GET on nextPageUrl: %d %s", g.status, g.body)
		}
		pageURLs = append(pageURLs, next)
		r = e.raw(http.MethodPost, next, query, credHeader(e.creds))
	}
	if pages != 3 || len(seen) != 1200 {
		t.Fatalf("%d pages, %d items; want 3 pages, 1200 items", pages, len(seen))
	}
	if !slices.IsSorted(seen) || len(slices.Compact(slices.Clone(seen))) != 1200 {
		t.Error("items are not unique and ordered by id")
	}
	// IDs are scattered, not consecutive
	if gaps := seen[len(seen)-1] - seen[0] - int64(len(seen)-1); gaps <= 0 {
		t.Errorf("ids %d..%d are consecutive", seen[0], seen[len(seen)-1])
	}
	// a POST without a body continues the same query (third-party clients
	// send none); a different body is refused
	noBody := e.raw(http.MethodPost, pageURLs[0], nil, credHeader(e.creds))
	if items := noBody.items(); noBody.status != 200 || len(items) != 500 || num(items[0]["id"]) != seen[500] {
		t.Errorf("POST without a body: %d, first %v", noBody.status, noBody.body[:min(len(noBody.body), 200)])
	}
	other := map[string]any{"filter": []any{map[string]any{"op": "eq", "field": "city", "value": "Oslo"}}}
	if bad := e.raw(http.MethodPost, pageURLs[0], other, credHeader(e.creds)); bad.status != 500 || !errorsContain(bad, "does not match the query this page continues") {
		t.Errorf("POST with another body: %d %s", bad.status, bad.body)
	}
	// prevPageUrl of the last page leads back to the second page
	last := e.raw(http.MethodPost, pageURLs[1], query, credHeader(e.creds))
	prev, _ := last.json()["pageDetails"].(map[string]any)["prevPageUrl"].(string)
	back := e.raw(http.MethodPost, prev, query, credHeader(e.creds))
	if items := back.items(); len(items) != 500 || num(items[0]["id"]) != seen[500] {
		t.Errorf("prev page starts at %v, want %d", items[0]["id"], seen[500])
	}
	// a GET query (?search=) pages with GET
	search := url.QueryEscape(`{"filter":[{"op":"exist","field":"companyName"}]}`)
	g := e.call(http.MethodGet, "Companies/query?search="+search, nil)
	getPages, getItems := 0, 0
	for {
		e.mustStatus(g, 200)
		getPages++
		getItems += len(g.items())
		next, _ := g.json()["pageDetails"].(map[string]any)["nextPageUrl"].(string)
		if next == "" {
			break
		}
		if !strings.Contains(next, "/Companies/query?search=") || !strings.Contains(next, "&paging=") {
			t.Fatalf("nextPageUrl of a GET query %q", next)
		}
		g = e.raw(http.MethodGet, next, nil, credHeader(e.creds))
	}
	if getPages != 3 || getItems != 1200 {
		t.Errorf("GET query: %d pages, %d items", getPages, getItems)
	}
	// MaxRecords and a filter page the same way
	lima := map[string]any{"MaxRecords": 250, "filter": []any{map[string]any{"op": "eq", "field": "city", "value": "lima"}}}
	r = e.call("POST", "Companies/query", lima)
	total := 0
	for {
		e.mustStatus(r, 200)
		for _, it := range r.items() {
			if it["city"] != "Lima" {
				t.Fatalf("filter lost while paging: %v", it)
			}
			total++
		}
		next, _ := r.json()["pageDetails"].(map[string]any)["nextPageUrl"].(string)
		if next == "" {
			break
		}
		r = e.raw(http.MethodPost, next, lima, credHeader(e.creds))
	}
	if total != 600 {
		t.Errorf("%d Lima companies, want 600", total)
	}
	// the page URL needs credentials like any call
	e.mustStatus(e.raw(http.MethodPost, pageURLs[0], query, nil), 401)
}
