package provider

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// unorderedPSA puts a proxy in front of the test PSA that answers every
// query with its items in reverse order (Autotask promises no order), and
// points the provider at it through a zone URL (no discovery, so every call
// goes through the proxy).
func unorderedPSA(t *testing.T, psa *testPSA) {
	t.Helper()
	target, err := url.Parse(psa.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(resp *http.Response) error {
		p := strings.ToLower(resp.Request.URL.Path)
		if resp.StatusCode != http.StatusOK || (!strings.HasSuffix(p, "/query") && !strings.HasSuffix(p, "/query/next")) {
			return nil
		}
		raw, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if err != nil {
			return err
		}
		var page map[string]json.RawMessage
		var items []json.RawMessage
		if json.Unmarshal(raw, &page) == nil && json.Unmarshal(page["items"], &items) == nil {
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			page["items"], _ = json.Marshal(items)
			raw, _ = json.Marshal(page)
		}
		resp.Body = io.NopCloser(bytes.NewReader(raw))
		resp.ContentLength = int64(len(raw))
		resp.Header.Set("Content-Length", strconv.Itoa(len(raw)))
		return nil
	}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	psa.setCredential(t, EnvBaseURL, srv.URL+"/"+psa.Tenant.Zone()+"/ATServicesRest/")
}
