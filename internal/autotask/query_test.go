package autotask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// pagedHandler serves total Companies in pages of 500 with absolute
// nextPageUrl links on the host nextBase returns, shaped as Autotask's
// after a POST query (…/query/next?paging=…).
func pagedHandler(total int, nextBase func() string) func(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
	return func(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
		start, _ := strconv.Atoi(r.URL.Query().Get("paging"))
		end := min(start+MaxPageSize, total)
		items := make([]any, 0, end-start)
		for i := start; i < end; i++ {
			items = append(items, map[string]any{"id": i + 1, "companyName": fmt.Sprintf("Company %d", i+1)})
		}
		next := ""
		if end < total {
			next = nextBase() + "/zoneA/ATServicesRest/V1.0/Companies/query/next?paging=" + strconv.Itoa(end)
		}
		writeJSON(w, 200, map[string]any{"items": items, "pageDetails": map[string]any{
			"count": len(items), "requestCount": MaxPageSize, "prevPageUrl": nil, "nextPageUrl": next}})
	}
}

func TestPagedQueryOf5000(t *testing.T) {
	var host string
	f := newFakePSA(t, pagedHandler(5000, func() string { return host }))
	host = f.srv.URL
	c := newTestClient(t, testConfig(t, f.srv.URL))
	items, err := Query(context.Background(), c.Companies())
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 5000 {
		t.Fatalf("%d items, want 5000", len(items))
	}
	seen := map[int64]bool{}
	for _, it := range items {
		seen[it.ID] = true
	}
	if len(seen) != 5000 {
		t.Errorf("%d distinct ids", len(seen))
	}
	reqs := f.recorded()
	if len(reqs) != 10 {
		t.Errorf("%d page requests, want 10", len(reqs))
	}
	if reqs[0].Method != "POST" || !strings.Contains(reqs[0].Body, `"filter":[{"op":"gte","field":"id","value":0}]`) {
		t.Errorf("first page %s %s", reqs[0].Method, reqs[0].Body)
	}
	for _, r := range reqs[1:] {
		// each next page is a POST of the first page's body to nextPageUrl
		if r.Method != "POST" || r.Header.Get("Secret") != testSecret || r.Body != reqs[0].Body || r.Rest != "Companies/query/next" || !strings.HasPrefix(r.Query, "paging=") {
			t.Errorf("next page %s %s?%s %q", r.Method, r.Rest, r.Query, r.Body)
		}
	}
	// Limit stops early.
	some, err := c.Companies().Query(context.Background(), QueryOptions{Limit: 700})
	if err != nil || len(some) != 700 {
		t.Errorf("limited query: %d, %v", len(some), err)
	}
	if len(f.recorded()) != 12 {
		t.Errorf("limited query used %d requests, want 2", len(f.recorded())-10)
	}
}

func TestForeignNextPageIsRefused(t *testing.T) {
	var foreignHits atomic.Int32
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		foreignHits.Add(1)
		writeJSON(w, 200, map[string]any{"items": []any{}})
	}))
	defer foreign.Close()
	f := newFakePSA(t, pagedHandler(1000, func() string { return foreign.URL }))
	c := newTestClient(t, testConfig(t, f.srv.URL))
	_, err := Query(context.Background(), c.Companies())
	if !errors.Is(err, ErrForeignPageURL) {
		t.Fatalf("got %v", err)
	}
	if foreignHits.Load() != 0 {
		t.Errorf("the foreign host received %d requests", foreignHits.Load())
	}
}

func TestPagingLoopIsDetected(t *testing.T) {
	var f *fakePSA
	f = newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
		writeJSON(w, 200, map[string]any{"items": []any{map[string]any{"id": 1}}, "pageDetails": map[string]any{
			"count": 1, "nextPageUrl": f.srv.URL + "/zoneA/ATServicesRest/V1.0/Companies/query/next?same"}})
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	_, err := Query(context.Background(), c.Companies())
	if err == nil || !strings.Contains(err.Error(), "paging does not end") {
		t.Fatalf("got %v", err)
	}
}

func TestFilterWireForm(t *testing.T) {
	cases := []struct {
		f    Filter
		want string
	}{
		{Eq("isActive", false), `{"op":"eq","field":"isActive","value":false}`},
		{NotEq("id", 0), `{"op":"noteq","field":"id","value":0}`},
		{Gt("id", 5), `{"op":"gt","field":"id","value":5}`},
		{Gte("id", 5), `{"op":"gte","field":"id","value":5}`},
		{Lt("id", 5), `{"op":"lt","field":"id","value":5}`},
		{Lte("id", 5), `{"op":"lte","field":"id","value":5}`},
		{BeginsWith("name", "A"), `{"op":"beginsWith","field":"name","value":"A"}`},
		{EndsWith("name", "Z"), `{"op":"endsWith","field":"name","value":"Z"}`},
		{Contains("name", "m"), `{"op":"contains","field":"name","value":"m"}`},
		{Exist("email"), `{"op":"exist","field":"email"}`},
		{NotExist("email"), `{"op":"notExist","field":"email"}`},
		{In("id", 1, 2), `{"op":"in","field":"id","value":[1,2]}`},
		{NotIn("name", "a", "b"), `{"op":"notIn","field":"name","value":["a","b"]}`},
		{Eq("Tier", "Gold").AsUDF(), `{"op":"eq","field":"Tier","value":"Gold","udf":true}`},
		{And(Eq("a", 1), Or(Eq("b", 2), Exist("c"))), `{"op":"and","items":[{"op":"eq","field":"a","value":1},{"op":"or","items":[{"op":"eq","field":"b","value":2},{"op":"exist","field":"c"}]}]}`},
	}
	for _, tc := range cases {
		got, err := json.Marshal(tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
		if err := tc.f.Validate(); err != nil {
			t.Errorf("%s: %v", tc.want, err)
		}
		var back Filter
		if err := json.Unmarshal(got, &back); err != nil || back.Op != tc.f.Op {
			t.Errorf("round trip of %s: %+v %v", got, back, err)
		}
	}
	for _, bad := range []Filter{{Op: "like", Field: "x"}, And(), In[int]("id"), {Op: OpEq}} {
		if bad.Validate() == nil {
			t.Errorf("%+v validated", bad)
		}
	}
	if _, err := (QueryOptions{MaxRecords: 501}).body(); err == nil {
		t.Error("MaxRecords 501 accepted")
	}
}

func TestAllIteratorStopsEarlyAndReportsErrors(t *testing.T) {
	var host string
	f := newFakePSA(t, pagedHandler(5000, func() string { return host }))
	host = f.srv.URL
	c := newTestClient(t, testConfig(t, f.srv.URL))
	n := 0
	for co, err := range c.Companies().All(context.Background(), QueryOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if co.ID == 600 {
			break
		}
	}
	if n != 600 || len(f.recorded()) != 2 {
		t.Errorf("broke after %d items and %d pages, want 600 and 2", n, len(f.recorded()))
	}
	bad := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
		writeJSON(w, 404, errorsBody("no such entity"))
	})
	var gotErr error
	for _, err := range newTestClient(t, testConfig(t, bad.srv.URL)).Companies().All(context.Background(), QueryOptions{}) {
		gotErr = err
	}
	// a query that answers 404, with entityInformation 404 too, is an
	// entity the PSA does not serve
	if !IsNotServed(gotErr) || IsNotFound(gotErr) {
		t.Errorf("iterator error %v", gotErr)
	}
}
