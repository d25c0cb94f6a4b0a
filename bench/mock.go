package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// mock is a mockpsa process on loopback, driven through its control API.
type mock struct {
	url     string
	latency time.Duration
	cmd     *exec.Cmd
	http    *http.Client
}

// startMock runs the mock binary with the given latency.
func startMock(ctx context.Context, bin, logPath string, latency time.Duration) (*mock, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, bin, "-listen", "127.0.0.1:0", "-seed", "empty", "-tenant", "boot",
		"-budget", "1000000000", "-latency", latency.String())
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(out)
	if !sc.Scan() {
		_ = cmd.Process.Kill()
		return nil, fmt.Errorf("mock PSA did not start: %w", sc.Err())
	}
	url := strings.TrimPrefix(sc.Text(), "mock Autotask PSA listening on ")
	go func() { _, _ = io.Copy(logf, out) }()
	return &mock{url: url, latency: latency, cmd: cmd, http: &http.Client{Timeout: time.Minute}}, nil
}

func (m *mock) stop() {
	if m == nil || m.cmd.Process == nil {
		return
	}
	_ = m.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = m.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = m.cmd.Process.Kill()
		<-done
	}
}

func (m *mock) call(method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(context.Background(), method, m.url+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := m.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, bytes.TrimSpace(data))
	}
	if out != nil && len(data) > 0 {
		return json.Unmarshal(data, out)
	}
	return nil
}

// tenant is one mock database.
type tenant struct {
	m     *mock
	name  string
	creds mockpsa.Credentials
}

func (m *mock) newTenant(name string) (*tenant, error) {
	var view struct {
		Credentials mockpsa.Credentials `json:"credentials"`
	}
	err := m.call(http.MethodPost, "/_mock/tenants", map[string]any{
		"name": name, "zone": "webservices3", "seed": "empty", "request_budget": 1000000000,
	}, &view)
	if err != nil {
		return nil, err
	}
	return &tenant{m: m, name: name, creds: view.Credentials}, nil
}

func (t *tenant) counters() (mockpsa.Counters, error) {
	var c mockpsa.Counters
	err := t.m.call(http.MethodGet, "/_mock/tenants/"+t.name+"/counters", nil, &c)
	return c, err
}

func (t *tenant) resetCounters() error {
	return t.m.call(http.MethodDelete, "/_mock/tenants/"+t.name+"/counters", nil, nil)
}

// seedLevels creates n security levels out of band (they cost no API
// requests), four at a time.
func (t *tenant) seedLevels(n int, prefix string, copyFrom int64) error {
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	next := make(chan int)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				err := t.m.call(http.MethodPost, "/_mock/tenants/"+t.name+"/objects/SecurityLevels", map[string]any{
					"name": fmt.Sprintf("%s %05d", prefix, i), "copiedFromSecurityLevelID": copyFrom,
				}, nil)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return firstErr
}

// env is the environment terraform runs with against this tenant.
func (t *tenant) env() []string {
	return []string{
		"AUTOTASK_BASE_URL=" + t.creds.BaseURL,
		"AUTOTASK_USERNAME=" + t.creds.Username,
		"AUTOTASK_SECRET=" + t.creds.Secret,
		"AUTOTASK_INTEGRATION_CODE=" + t.creds.IntegrationCode,
	}
}
