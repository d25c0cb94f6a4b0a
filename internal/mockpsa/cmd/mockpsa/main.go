// Command mockpsa serves a mock Autotask PSA with one tenant for demos and
// manual testing.
//
//	go run ./internal/mockpsa/cmd/mockpsa -listen 127.0.0.1:8089 -seed demo [-state FILE] [-credentials-out FILE] [-latency 20ms]
//
// It prints the base URL and the tenant's API user credentials, writes them
// as {"base_url","username","secret","integration_code"} to
// -credentials-out, and stops cleanly on SIGINT or SIGTERM.
//
// -without-extension serves a PSA without the security-administration
// extension (its entities answer 404). -fault-rate arms random fault mode
// on the tenant (see mockpsa.RandomFaults), e.g.
//
//	mockpsa -fault-rate 0.2 -fault-seed 7 -fault-kinds thread_limit,drop,lost_answer -fault-ops create,query
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mockpsa:", err)
		os.Exit(1)
	}
}

type config struct {
	listen, seed, state, credsOut, tenant, zone string
	budget                                      int
	latency                                     time.Duration
	verbose                                     bool
	withoutExtension                            bool
	random                                      mockpsa.RandomFaults
}

// list parses a comma-separated flag value.
func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("mockpsa", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.listen, "listen", "127.0.0.1:8089", "address to listen on (127.0.0.1:0 picks a free port)")
	fs.StringVar(&c.seed, "seed", "demo", "data of the tenant: demo or empty")
	fs.StringVar(&c.state, "state", "", "JSON state file, loaded at start and rewritten on each change")
	fs.StringVar(&c.credsOut, "credentials-out", "", "write the tenant's credentials as JSON to this file")
	fs.StringVar(&c.tenant, "tenant", "demo", "tenant name")
	fs.StringVar(&c.zone, "zone", "webservices3", "tenant zone")
	fs.IntVar(&c.budget, "budget", 0, "requests per rolling hour (0: 10000)")
	fs.DurationVar(&c.latency, "latency", 0, "fixed latency added to every API request, e.g. 20ms (0: none)")
	fs.BoolVar(&c.verbose, "v", false, "log every request to stderr")
	fs.BoolVar(&c.withoutExtension, "without-extension", false, "serve no security-administration extension (its entities answer 404)")
	fs.Float64Var(&c.random.Rate, "fault-rate", 0, "random fault mode: probability that a request is faulted (0: off)")
	fs.Uint64Var(&c.random.Seed, "fault-seed", 1, "random fault mode: seed of the generator")
	kinds := fs.String("fault-kinds", "", "random fault mode: comma-separated kinds (default all: thread_limit,unavailable_retry_after,unavailable,drop,slow,lost_answer)")
	ops := fs.String("fault-ops", "", "random fault mode: comma-separated operations (create,update,delete,get,query,count,info; default all)")
	fs.StringVar(&c.random.Entity, "fault-entity", "", "random fault mode: only this entity endpoint")
	fs.DurationVar(&c.random.Latency, "fault-latency", mockpsa.DefaultRandomLatency, "random fault mode: how long a slow answer is held")
	fs.StringVar(&c.random.RetryAfter, "fault-retry-after", mockpsa.DefaultRandomRetryAfter, "random fault mode: Retry-After of 503 answers that carry one")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	for _, k := range list(*kinds) {
		c.random.Kinds = append(c.random.Kinds, mockpsa.RandomKind(k))
	}
	for _, o := range list(*ops) {
		c.random.Operations = append(c.random.Operations, mockpsa.Operation(o))
	}
	if c.random.Rate < 0 || c.random.Rate > 1 {
		return c, fmt.Errorf("-fault-rate must be between 0 and 1, got %v", c.random.Rate)
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %v", fs.Args())
	}
	if c.latency < 0 {
		return c, fmt.Errorf("-latency must not be negative, got %s", c.latency)
	}
	if c.seed != string(mockpsa.SeedDemo) && c.seed != string(mockpsa.SeedEmpty) {
		return c, fmt.Errorf("-seed must be demo or empty, got %q", c.seed)
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	logger := slog.New(slog.DiscardHandler)
	if c.verbose {
		logger = slog.New(slog.NewTextHandler(stderr, nil))
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	running, err := mockpsa.Start(c.listen, mockpsa.Options{Logger: logger, StatePath: c.state, RequestBudget: c.budget, Latency: c.latency})
	if err != nil {
		return err
	}
	defer func() { _ = running.Close() }()
	ten, ok := running.Server.Tenant(c.tenant)
	if !ok {
		ten, err = running.Server.CreateTenant(mockpsa.TenantSpec{Name: c.tenant, Zone: c.zone, Seed: mockpsa.Seed(c.seed), WithoutExtension: c.withoutExtension})
		if err != nil {
			return err
		}
	}
	if c.random.Rate > 0 {
		if err := ten.SetRandomFaults(c.random); err != nil {
			return err
		}
	}
	creds := ten.Credentials(running.URL)
	if c.credsOut != "" {
		if err := writeCredentials(c.credsOut, creds); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "mock Autotask PSA listening on %s\n", running.URL)
	fmt.Fprintf(stdout, "tenant %s (zone %s)\n", ten.Name(), ten.Zone())
	fmt.Fprintf(stdout, "  base_url:         %s\n", creds.BaseURL)
	fmt.Fprintf(stdout, "  username:         %s\n", creds.Username)
	fmt.Fprintf(stdout, "  secret:           %s\n", creds.Secret)
	fmt.Fprintf(stdout, "  integration_code: %s\n", creds.IntegrationCode)
	if rf, ok := ten.RandomFaults(); ok {
		fmt.Fprintf(stdout, "random faults: rate %v, seed %d, kinds %v, operations %v\n", rf.Rate, rf.Seed, rf.Kinds, rf.Operations)
	}
	<-ctx.Done()
	fmt.Fprintln(stdout, "shutting down")
	return running.Close()
}

// writeCredentials writes the file atomically with owner-only permissions.
func writeCredentials(path string, creds mockpsa.Credentials) error {
	b, err := json.MarshalIndent(creds, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".credentials-*.json")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(append(b, '\n')); err != nil {
		_ = f.Close()
		_ = os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}
