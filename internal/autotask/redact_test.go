package autotask

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestSecretsNeverLeak(t *testing.T) {
	const apiSecret = "ApiUser-Secret-9f8e7d"
	const portalPassword = "Portal-Pass-77x"
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, body []byte) {
		// A careless server echoes everything it got back in its errors.
		switch {
		case strings.HasPrefix(strings.ToLower(rest), "companies"):
			writeJSON(w, 500, errorsBody("Secret header was "+r.Header.Get("Secret")))
		case strings.HasPrefix(strings.ToLower(rest), "resources"):
			writeJSON(w, 401, errorsBody("user api@example.com with secret "+r.Header.Get("Secret")+" is not allowed"))
		default:
			writeJSON(w, 500, errorsBody("Invalid body: "+string(body)))
		}
	})
	log := &captureLogger{}
	cfg := testConfig(t, f.srv.URL)
	cfg.Logger = log
	cfg.RetryMax = 1
	c := newTestClient(t, cfg)
	ctx := context.Background()

	var errs []error
	_, err := c.Companies().Get(ctx, 1)
	errs = append(errs, err)
	_, err = c.Resources().Get(ctx, 1)
	errs = append(errs, err)
	_, err = c.APIUsers().Create(ctx, &APIUser{UserName: String("svc@example.com"), Secret: String(apiSecret)}, CreateOptions{NaturalKey: Eq("userName", "svc@example.com")})
	errs = append(errs, err)
	err = c.APIUsers().Update(ctx, &APIUser{ID: 5, Secret: String(apiSecret)})
	errs = append(errs, err)
	_, err = c.ClientPortalUsers().Create(ctx, &ClientPortalUser{ContactID: Int64(3), Password: String(portalPassword)}, CreateOptions{})
	errs = append(errs, err)

	secrets := []string{testSecret, apiSecret, portalPassword}
	for i, err := range errs {
		if err == nil {
			t.Fatalf("call %d succeeded", i)
		}
		for _, form := range []string{err.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err)} {
			for _, s := range secrets {
				if strings.Contains(form, s) {
					t.Errorf("error %d leaks a secret: %s", i, form)
				}
			}
		}
		if !strings.Contains(err.Error(), redacted) {
			t.Errorf("error %d shows no redaction marker: %s", i, err)
		}
	}
	lines := log.all()
	if len(lines) < 5 {
		t.Fatalf("only %d log lines captured", len(lines))
	}
	for _, l := range lines {
		for _, s := range secrets {
			if strings.Contains(l, s) {
				t.Errorf("log line leaks a secret: %s", l)
			}
		}
	}
	for _, form := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), fmt.Sprintf("%v", &cfg)} {
		if strings.Contains(form, testSecret) {
			t.Errorf("Config formatting leaks the secret: %s", form)
		}
	}
	// The server still received the real values.
	var sawSecret, sawPassword bool
	for _, r := range f.recorded() {
		sawSecret = sawSecret || strings.Contains(r.Body, apiSecret)
		sawPassword = sawPassword || strings.Contains(r.Body, portalPassword)
	}
	if !sawSecret || !sawPassword {
		t.Error("write-only values were not sent")
	}
}

func TestRedirectToOtherHostIsNotFollowed(t *testing.T) {
	var leaked bool
	other := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {})
	otherURL := other.srv.URL
	other.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Secret") != "" {
			leaked = true
		}
		writeJSON(w, 200, map[string]any{"item": map[string]any{"id": 1}})
	})
	f := newFakePSA(t, func(w http.ResponseWriter, r *http.Request, rest string, _ []byte) {
		http.Redirect(w, r, otherURL+"/steal", http.StatusFound)
	})
	c := newTestClient(t, testConfig(t, f.srv.URL))
	_, err := c.Companies().Get(context.Background(), 1)
	if err == nil {
		t.Error("redirect answer treated as success")
	}
	if leaked {
		t.Error("credentials were sent to the redirect target")
	}
}

func TestRedactorCatchesEncodedForms(t *testing.T) {
	const odd = `p<a>ss"w&rd 1`
	r := newRedactor(odd)
	r.add(`api&user<secret>`)
	for _, s := range []string{
		`plain p<a>ss"w&rd 1 here`,
		`json "p\u003ca\u003ess\"w\u0026rd 1" here`,
		`url p%3Ca%3Ess%22w%26rd+1 here`,
		`body {"secret":"api\u0026user\u003csecret\u003e"}`,
		`query secret=api%26user%3Csecret%3E`,
	} {
		got := r.clean(s)
		if strings.Contains(got, "ss") && strings.Contains(got, "rd") || strings.Contains(got, "user") {
			t.Errorf("not redacted: %s -> %s", s, got)
		}
		if !strings.Contains(got, redacted) {
			t.Errorf("no marker: %s -> %s", s, got)
		}
	}
}
