package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestRunServesAndStops(t *testing.T) {
	dir := t.TempDir()
	credsPath := filepath.Join(dir, "creds.json")
	statePath := filepath.Join(dir, "state.json")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"-listen", "127.0.0.1:0", "-seed", "demo", "-state", statePath, "-credentials-out", credsPath}, pw, io.Discard)
		_ = pw.Close()
		done <- err
	}()
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		t.Fatalf("no output: %v", sc.Err())
	}
	first := sc.Text()
	url := strings.TrimPrefix(first, "mock Autotask PSA listening on ")
	if url == first || strings.HasSuffix(url, ":0") {
		t.Fatalf("first line %q", first)
	}
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if strings.Contains(sc.Text(), "integration_code") {
			break
		}
	}
	out := strings.Join(lines, "\n")
	b, err := os.ReadFile(credsPath)
	if err != nil {
		t.Fatal(err)
	}
	var creds map[string]string
	if err := json.Unmarshal(b, &creds); err != nil {
		t.Fatal(err)
	}
	if creds["base_url"] != url || creds["username"] == "" || creds["secret"] == "" || len(creds["integration_code"]) != 27 {
		t.Fatalf("credentials file %s", b)
	}
	if !strings.Contains(out, creds["secret"]) || !strings.Contains(out, creds["username"]) {
		t.Errorf("printed credentials:\n%s", out)
	}
	// the served tenant answers with those credentials
	req, _ := http.NewRequestWithContext(t.Context(), "GET", url+"/webservices3/ATServicesRest/V1.0/SecurityLevels/"+strconv.Itoa(int(catalog.SystemAdministrator)), nil)
	req.Header.Set("UserName", creds["username"])
	req.Header.Set("Secret", creds["secret"])
	req.Header.Set("ApiIntegrationCode", creds["integration_code"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	if _, err := os.Stat(statePath); err != nil {
		t.Errorf("state not written: %v", err)
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{{"-seed", "huge"}, {"extra"}, {"-nope"}, {"-latency", "-5ms"}, {"-latency", "soon"}} {
		if err := run(t.Context(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}

func TestLatencyFlag(t *testing.T) {
	c, err := parseFlags([]string{"-latency", "20ms"}, io.Discard)
	if err != nil || c.latency != 20*time.Millisecond {
		t.Errorf("-latency 20ms: %v, %v", c.latency, err)
	}
	if c, err := parseFlags(nil, io.Discard); err != nil || c.latency != 0 {
		t.Errorf("default latency %v, %v", c.latency, err)
	}
}

func TestRunStopsOnSIGTERM(t *testing.T) {
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(context.Background(), []string{"-listen", "127.0.0.1:0", "-seed", "empty"}, pw, io.Discard)
		_ = pw.Close()
		done <- err
	}()
	sc := bufio.NewScanner(pr)
	if !sc.Scan() || !strings.HasPrefix(sc.Text(), "mock Autotask PSA listening on http://127.0.0.1:") {
		t.Fatalf("first line %q", sc.Text())
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	// run has installed its handler before printing, so the signal is caught
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
}

// startRun runs the command with args and returns its URL and credentials.
func startRun(t *testing.T, args ...string) (string, map[string]string) {
	t.Helper()
	credsPath := filepath.Join(t.TempDir(), "creds.json")
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, append([]string{"-listen", "127.0.0.1:0", "-seed", "empty", "-credentials-out", credsPath}, args...), pw, io.Discard)
		_ = pw.Close()
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		t.Fatalf("no output: %v", sc.Err())
	}
	url := strings.TrimPrefix(sc.Text(), "mock Autotask PSA listening on ")
	for sc.Scan() {
		if strings.Contains(sc.Text(), "integration_code") {
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	b, err := os.ReadFile(credsPath)
	if err != nil {
		t.Fatal(err)
	}
	var creds map[string]string
	if err := json.Unmarshal(b, &creds); err != nil {
		t.Fatal(err)
	}
	return url, creds
}

func status(t *testing.T, method, url string, creds map[string]string) int {
	t.Helper()
	var body io.Reader
	if method == "POST" {
		body = strings.NewReader("{}")
	}
	req, _ := http.NewRequestWithContext(t.Context(), method, url, body)
	req.Header.Set("UserName", creds["username"])
	req.Header.Set("Secret", creds["secret"])
	req.Header.Set("ApiIntegrationCode", creds["integration_code"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestFaultFlags(t *testing.T) {
	url, creds := startRun(t, "-fault-rate", "1", "-fault-seed", "3", "-fault-kinds", "unavailable", "-fault-ops", "get", "-fault-entity", "securitylevels")
	api := url + "/webservices3/ATServicesRest/V1.0/"
	if got := status(t, "GET", api+"SecurityLevels/"+strconv.Itoa(int(catalog.SystemAdministrator)), creds); got != 503 {
		t.Errorf("faulted get answered %d", got)
	}
	if got := status(t, "POST", api+"SecurityLevels/query", creds); got != 200 {
		t.Errorf("query answered %d", got)
	}
	if got := status(t, "GET", api+"Resources/29682001", creds); got != 200 {
		t.Errorf("get on another entity answered %d", got)
	}
	for _, args := range [][]string{{"-fault-rate", "2"}, {"-fault-rate", "0.2", "-fault-kinds", "meteor"}, {"-fault-rate", "0.2", "-fault-ops", "teleport"}} {
		if err := run(t.Context(), append([]string{"-listen", "127.0.0.1:0"}, args...), io.Discard, io.Discard); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}

func TestWithoutExtensionFlag(t *testing.T) {
	url, creds := startRun(t, "-without-extension")
	api := url + "/webservices3/ATServicesRest/V1.0/"
	if got := status(t, "GET", api+"SecurityLevels/"+strconv.Itoa(int(catalog.SystemAdministrator)), creds); got != 404 {
		t.Errorf("extension entity answered %d", got)
	}
	if got := status(t, "POST", api+"Resources/query", creds); got != 200 {
		t.Errorf("Resources answered %d", got)
	}
}
