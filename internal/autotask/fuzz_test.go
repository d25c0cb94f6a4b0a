package autotask

import (
	"encoding/json"
	"testing"
)

// FuzzDecodeResponse drives every decoder of PSA answers with arbitrary
// bodies: none may panic, and a security level that decodes must encode
// and decode again to the same permissions.
func FuzzDecodeResponse(f *testing.F) {
	f.Add(200, []byte(`{"item":{"id":1001,"name":"Ops","isActive":true,"projectView":1}}`))
	f.Add(200, []byte(`{"items":[{"id":1},{"id":2}],"pageDetails":{"count":2,"requestCount":500,"prevPageUrl":null,"nextPageUrl":null}}`))
	f.Add(200, []byte(`{"queryCount":5000}`))
	f.Add(200, []byte(`{"itemId":29682001}`))
	f.Add(200, []byte(`{"item":null}`))
	f.Add(500, []byte(`{"errors":["Field 'name' is required","second"]}`))
	f.Add(405, []byte(`{"Message":"The requested resource does not support http method 'DELETE'."}`))
	f.Add(429, []byte(`{"errors":["API thread threshold of 3 threads has been exceeded"]}`))
	f.Add(503, []byte(`<html>Service Unavailable</html>`))
	f.Add(500, []byte(`{"errors":[{"message":"nested"}, 3, null]}`))
	c, err := New(Config{BaseURL: "http://127.0.0.1/", Username: "u", Secret: "fuzz-secret", IntegrationCode: "FUZZ"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		_, _ = decodeErrorBody(body)
		e := c.apiError("GET", "SecurityLevels/1", kindWrite, status, nil, body)
		_ = e.Error()
		_, _, _, _ = IsValidation(e), IsServerError(e), IsSuspended(e), IsThreadLimited(e)
		_, _ = decodeCount(body)
		_, _ = decodeItemID(body)
		_, _, _ = decodeItems[Resource](body)
		_, _, _ = decodeItems[ClientPortalSecurityLevel](body)
		_, _ = decodeItem[ClientPortalSecurityLevel](body)
		items, _, _ := decodeItems[SecurityLevel](body)
		item, err := decodeItem[SecurityLevel](body)
		if err == nil {
			items = append(items, *item)
		}
		var direct SecurityLevel
		if json.Unmarshal(body, &direct) == nil {
			items = append(items, direct)
		}
		for _, l := range items {
			data, err := json.Marshal(l)
			if err != nil {
				t.Fatalf("decoded level does not encode: %v", err)
			}
			var back SecurityLevel
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("re-decoding %s: %v", data, err)
			}
			if d := back.Permissions.Diff(l.Permissions); len(d) > 0 {
				t.Fatalf("permissions changed on round trip: %v", d)
			}
		}
	})
}
