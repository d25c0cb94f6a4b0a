// Command bench is the end-to-end benchmark harness behind `make bench`.
//
// It builds the provider plugin and the mock PSA, starts the mock on
// loopback, generates configurations of N security levels (name,
// description and one value for every catalogue permission, in every
// module) and the same payload as terraform_data resources, and runs the
// real terraform CLI against both through dev_overrides. For every run it
// counts the API requests at the mock (/_mock/tenants/{name}/counters),
// the wall time, and the provider's peak RSS and CPU time (terraform starts
// bench/providerwrap, which runs the real plugin and records its rusage).
// At each N it applies the levels, plans once (the first plan after the
// creating apply, whose read-ahead shards are partial), applies again with
// nothing to change (as an MSP's plans follow applies; this stores every
// level's refreshed private state, whose size it records), and then runs
// the steady-state plans.
// It then writes a section of BENCHMARKS.md and a PNG chart of requests and
// plan time against N.
//
//	go run ./bench                  # the full run (make bench)
//	go run ./bench -sizes 50,200 -skip-slow   # a quick look
//	go run ./bench -from /tmp/autotask-e2e/report.json   # re-render the report
//	BENCH_TENANT_DETAIL=1 go run ./bench -only tenants -tenants 25 -memory=false
//	    # each tenant's requests by entity, and the state right after the
//	    # creating apply kept as after-apply.tfstate in the work directory
//
// Counts are exact; times depend on the machine and its load, so the
// report gives ratios taken within one run next to them.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type options struct {
	sizes        []int
	applyN       int
	parallelism  int
	latencies    []time.Duration
	unmanaged    int
	unmanagedN   int
	profileN     int
	skipSlow     bool
	work         string
	out          string
	chart        string
	goBenchmarks bool
	findings     []int
	from         string
	// The tenants scenario (bench/tenants.go).
	tenants      []int
	tenantLevels int
	tenantsChart string
	memory       bool
	only         string
	// Before/after comparison against the plugin built from another tree.
	baseline       string
	compareN       []int
	compareTenants int
	compareRounds  int
}

func parseOptions() (options, error) {
	var (
		o         options
		sizes     string
		latencies string
		findings  string
		tenants   string
		compareN  string
	)
	flag.StringVar(&sizes, "sizes", "50,200,500,1000", "numbers of security levels to plan")
	flag.IntVar(&o.applyN, "apply-n", 200, "levels created by the apply-at-latency runs")
	flag.IntVar(&o.parallelism, "apply-parallelism", 10, "terraform -parallelism of the apply-at-latency runs")
	flag.StringVar(&latencies, "latency", "20ms,100ms", "mock PSA latencies of the apply runs")
	flag.IntVar(&o.unmanaged, "unmanaged", 10000, "levels seeded out of band in the unmanaged-tenant run")
	flag.IntVar(&o.unmanagedN, "unmanaged-n", 200, "managed levels in the unmanaged-tenant run")
	flag.IntVar(&o.profileN, "profile-n", 500, "levels of the profiled plan, one of -sizes (0: no profile)")
	flag.BoolVar(&o.skipSlow, "skip-slow", false, "skip the unbatched and high-parallelism comparison plans")
	flag.StringVar(&o.work, "work", filepath.Join(os.TempDir(), "autotask-e2e"), "working directory (builds, state, logs); emptied first")
	flag.StringVar(&o.out, "out", "BENCHMARKS.md", "report to update (its harness section is replaced)")
	flag.StringVar(&o.chart, "chart", "bench/scaling.png", "PNG chart to write")
	flag.BoolVar(&o.goBenchmarks, "go-bench", true, "also run the batching and evaluator go benchmarks")
	flag.StringVar(&findings, "findings", "50,100", "sizes of the plan-time findings runs (empty: none)")
	flag.StringVar(&o.from, "from", "", "only rewrite the report and chart from this report.json of an earlier run")
	flag.StringVar(&tenants, "tenants", "10,25,50", "numbers of tenants of the tenants scenario, an aliased provider each (empty: none)")
	flag.IntVar(&o.tenantLevels, "tenant-levels", 8, "security levels of each tenant's module in the tenants scenario")
	flag.StringVar(&o.tenantsChart, "tenants-chart", "bench/tenants.png", "PNG chart of the tenants scenario")
	flag.BoolVar(&o.memory, "memory", true, "with the tenants scenario, split a small plugin process's memory (bench/provider-memprobe)")
	flag.StringVar(&o.only, "only", "", "run one scenario only: tenants (and the memory split; rewrites only their section) or compare (needs -baseline; writes compare.md in -work)")
	flag.StringVar(&o.baseline, "baseline", "", "source tree of a baseline plugin to compare with this tree's, runs alternating (see -only compare)")
	flag.StringVar(&compareN, "compare-n", "1000", "levels of the single configurations the comparison applies and plans (empty: none)")
	flag.IntVar(&o.compareTenants, "compare-tenants", 50, "tenants of the comparison's tenants runs")
	flag.IntVar(&o.compareRounds, "compare-rounds", 3, "rounds of the comparison (each runs both plugins, order alternating)")
	flag.Parse()
	var err error
	if o.sizes, err = positiveInts("-sizes", sizes); err != nil {
		return o, err
	}
	if o.findings, err = positiveInts("-findings", findings); err != nil {
		return o, err
	}
	if o.tenants, err = positiveInts("-tenants", tenants); err != nil {
		return o, err
	}
	if o.compareN, err = positiveInts("-compare-n", compareN); err != nil {
		return o, err
	}
	switch o.only {
	case "", "tenants":
	case "compare":
		if o.baseline == "" {
			return o, fmt.Errorf("-only compare needs -baseline")
		}
	default:
		return o, fmt.Errorf("-only: %q is not a scenario (tenants, compare)", o.only)
	}
	for _, s := range strings.Split(latencies, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil || d < 0 {
			return o, fmt.Errorf("-latency: %q is not a duration", s)
		}
		o.latencies = append(o.latencies, d)
	}
	return o, nil
}

// positiveInts parses a comma-separated list of positive numbers.
func positiveInts(name, list string) ([]int, error) {
	var out []int
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%s: %q is not a positive number", name, s)
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	o, err := parseOptions()
	if err != nil {
		log.Fatal(err)
	}
	if o.from != "" {
		b, err := os.ReadFile(o.from)
		if err != nil {
			log.Fatal(err)
		}
		var rep report
		if err := json.Unmarshal(b, &rep); err != nil {
			log.Fatal(err)
		}
		o.work = filepath.Dir(o.from)
		if err := writeReport(o, &rep); err != nil {
			log.Fatal(err)
		}
		log.Printf("%s rewritten from %s", o.out, o.from)
		return
	}
	start := time.Now()
	rep, err := runAll(context.Background(), o)
	if err != nil {
		log.Fatal(err)
	}
	rep.Duration = time.Since(start)
	if err := writeReport(o, rep); err != nil {
		log.Fatal(err)
	}
	charts := []string{}
	if rep.ranMain() || (!rep.ranTenants() && !rep.Compared) {
		charts = append(charts, o.chart)
	}
	if len(rep.Tenants) > 0 {
		charts = append(charts, o.tenantsChart)
	}
	log.Printf("done in %s: %s and %s written", rep.Duration.Round(time.Second), o.out, strings.Join(charts, ", "))
}

// The harness's builds of the plugin and the mock PSA.
const (
	benchPlugin = "plugin-real"
	benchMock   = "psa-mock"
)

// step is one terraform command of a size's runs.
type step struct {
	label string
	dst   *result
	dir   string
	t     *tenant
	env   []string
	args  []string
}

// buildSpec is one binary the harness builds: package pkg of the module in
// dir, with extra environment and flags.
type buildSpec struct {
	out, pkg, dir string
	env, flags    []string
}

// sizeRuns are the measurements at one N.
type sizeRuns struct {
	N     int
	Apply result
	// PlanFirst is the first plan after the creating apply: each level's
	// private state holds only the ids created before it.
	PlanFirst result
	// Settle is the apply with nothing to change that follows it (an MSP's
	// steady state is a plan after an apply): it stores every level's
	// refreshed private state. Recorded, not a measure.
	Settle         result
	Plan           result // the steady-state plan: batched, default parallelism
	PlanUnbatched  result // AUTOTASK_READ_BATCH_WINDOW=0
	PlanWide       result // -parallelism=N
	PlanNoRefresh  result // -refresh=false
	DataPlan       result
	HasComparisons bool
	// State is the state file after the settling apply (nil in reports
	// from before it was measured).
	State *stateSize `json:",omitempty"`
}

// latencyRuns are the apply-at-latency measurements.
type latencyRuns struct {
	Latency   time.Duration
	N         int
	Apply     result
	DataApply result
}

type report struct {
	Started     time.Time
	Duration    time.Duration
	Sizes       []sizeRuns
	Latency     []latencyRuns
	Unmanaged   *unmanagedRuns
	Profile     *profile
	Findings    []findingsRuns
	GoBench     []goBench
	PayloadVals int
	LoadBefore  string
	LoadAfter   string
	Retries     []string
	Tenants     []tenantsRuns
	Memory      *memoryBreakdown
	// Compared: the run compared with a baseline (compare.md); alone, it
	// rewrites no section.
	Compared bool
}

type unmanagedRuns struct {
	Seeded, N int
	SeedTime  time.Duration
	Settle    result // the apply with nothing to change before the plan
	Plan      result // steady-state, like the clean tenant's
	Clean     result // the same N in a tenant without them
}

func runAll(ctx context.Context, o options) (*report, error) {
	rep := &report{Started: time.Now(), PayloadVals: payloadValues(), LoadBefore: loadAverage()}
	root, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	work, err := filepath.Abs(o.work)
	if err != nil {
		return nil, err
	}
	if err := resetWorkDir(work); err != nil {
		return nil, err
	}
	bin := filepath.Join(work, "bin")
	wrapDir := filepath.Join(work, "plugin")
	logs := filepath.Join(work, "logs")
	for _, d := range []string{bin, wrapDir, logs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	log.Printf("building the provider, the mock PSA and the plugin wrapper into %s", work)
	// The plugin is built as the release is (.goreleaser.yml): without cgo,
	// stripped. Its memory is part of what is measured: a cgo build maps the
	// C library too and starts glibc's allocator arenas (about 1.5 MiB more
	// RSS per process).
	release := []string{"CGO_ENABLED=0"}
	builds := []buildSpec{
		// Names of their own: other jobs on a shared machine that stop
		// "mockpsa" or "terraform-provider-autotask" processes by name must
		// not stop the harness's.
		{filepath.Join(bin, benchPlugin), ".", root, release, []string{"-ldflags", "-s -w"}},
		{filepath.Join(bin, "plugin-pprof"), "./bench/provider-pprof", root, release, nil},
		{filepath.Join(bin, "plugin-memprobe"), "./bench/provider-memprobe", root, release, nil},
		{filepath.Join(bin, benchMock), "./internal/mockpsa/cmd/mockpsa", root, nil, nil},
		{filepath.Join(wrapDir, "terraform-provider-autotask"), "./bench/providerwrap", root, nil, nil},
	}
	if o.baseline != "" {
		dir, err := filepath.Abs(o.baseline)
		if err != nil {
			return nil, err
		}
		builds = append(builds, buildSpec{filepath.Join(bin, "plugin-baseline"), ".", dir, release, []string{"-ldflags", "-s -w"}})
	}
	for _, b := range builds {
		args := append(append([]string{"build", "-trimpath"}, b.flags...), "-o", b.out, b.pkg)
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir = b.dir
		cmd.Env = append(os.Environ(), b.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go build %s in %s: %w\n%s", b.pkg, b.dir, err, out)
		}
	}
	rc := filepath.Join(work, "terraformrc")
	if err := os.WriteFile(rc, []byte(fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/autotask-iac/autotask\" = %q\n  }\n  direct {}\n}\n", wrapDir)), 0o644); err != nil {
		return nil, err
	}
	r := &runner{rc: rc, providerBin: filepath.Join(bin, benchPlugin), logDir: logs}

	fast, err := startMock(ctx, filepath.Join(bin, benchMock), filepath.Join(logs, "mockpsa.log"), 0)
	if err != nil {
		return nil, err
	}
	defer fast.stop()
	log.Printf("mock PSA at %s", fast.url)

	if o.only == "" {
		if err := runMain(ctx, o, r, fast, work, bin, rep); err != nil {
			return nil, err
		}
	}
	if o.only == "" || o.only == "tenants" {
		for _, t := range o.tenants {
			tr, err := runTenants(ctx, r, fast, work, "", t, o.tenantLevels, true)
			if err != nil {
				return nil, err
			}
			rep.Tenants = append(rep.Tenants, tr)
		}
		if o.memory && len(o.tenants) > 0 {
			if rep.Memory, err = runMemoryBreakdown(ctx, r, fast, work, filepath.Join(bin, "plugin-memprobe"), o.tenantLevels); err != nil {
				return nil, err
			}
		}
	}
	if o.baseline != "" && (o.only == "" || o.only == "compare") {
		if err := runCompare(ctx, o, r, fast, work, filepath.Join(bin, "plugin-baseline")); err != nil {
			return nil, err
		}
		rep.Compared = true
	}
	if o.only == "" && o.goBenchmarks {
		gb, err := runGoBenchmarks(ctx, root)
		if err != nil {
			return nil, err
		}
		rep.GoBench = gb
	}
	rep.LoadAfter = loadAverage()
	return rep, nil
}

// runMain runs the scenarios of a single configuration: the sizes, the
// unmanaged tenant, the findings, the profile and the latency runs.
func runMain(ctx context.Context, o options, r *runner, fast *mock, work, bin string, rep *report) error {
	okPlan := []int{0}
	tenants, dirs := map[int]*tenant{}, map[int]string{}
	for _, n := range o.sizes {
		sr := sizeRuns{N: n, HasComparisons: !o.skipSlow}
		t, err := fast.newTenant(fmt.Sprintf("n%d", n))
		if err != nil {
			return err
		}
		pdir, ddir := filepath.Join(work, fmt.Sprintf("levels-%d", n)), filepath.Join(work, fmt.Sprintf("data-%d", n))
		tenants[n], dirs[n] = t, pdir
		if err := writeLevelsConfig(pdir, n, true); err != nil {
			return err
		}
		if err := writeDataConfig(ddir, n); err != nil {
			return err
		}
		if err := writeDataState(ddir, n); err != nil {
			return err
		}
		steps := []step{
			{"apply", &sr.Apply, pdir, t, nil, []string{"apply", "-input=false", "-no-color", "-auto-approve"}},
			{"plan-first", &sr.PlanFirst, pdir, t, nil, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
			{"settle", &sr.Settle, pdir, t, nil, settleArgs},
			{"plan", &sr.Plan, pdir, t, nil, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
			{"plan-no-refresh", &sr.PlanNoRefresh, pdir, t, nil, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode", "-refresh=false"}},
			{"data-plan", &sr.DataPlan, ddir, nil, nil, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
		}
		if !o.skipSlow {
			steps = append(steps,
				step{"plan-unbatched", &sr.PlanUnbatched, pdir, t, []string{"AUTOTASK_READ_BATCH_WINDOW=0"}, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
				step{"plan-wide", &sr.PlanWide, pdir, t, nil, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode", fmt.Sprintf("-parallelism=%d", n)}},
			)
		}
		for _, s := range steps {
			res, err := r.run(ctx, fmt.Sprintf("%s-%d", s.label, n), s.dir, s.t, s.env, okPlan, s.args...)
			if err != nil && s.label != "apply" {
				// A plan changes nothing: on a shared machine a plugin can be
				// lost to something outside the run, so a plan is tried twice.
				log.Printf("N=%d %s failed, trying once more: %v", n, s.label, err)
				rep.Retries = append(rep.Retries, fmt.Sprintf("N = %d %s: %v", n, s.label, firstLine(err.Error())))
				res, err = r.run(ctx, fmt.Sprintf("%s-%d-retry", s.label, n), s.dir, s.t, s.env, okPlan, s.args...)
			}
			if err == nil && s.label == "settle" {
				err = checkSettled(res)
				if err == nil {
					sr.State, err = measureState(filepath.Join(pdir, "terraform.tfstate"))
				}
			}
			if err != nil {
				return err
			}
			*s.dst = res
			log.Printf("N=%-5d %-16s %7.2fs  %5d requests (%d queries by id asking %d ids)  %3d x 429  peak RSS %5.0f MiB", n, s.label, res.Wall.Seconds(),
				res.Counters.Total, res.Counters.ReadsByID[levelsEntity], res.Counters.IDsRead[levelsEntity], res.Counters.TooManyRequests, res.PeakRSSMiB())
		}
		rep.Sizes = append(rep.Sizes, sr)
	}

	if o.unmanaged > 0 && o.unmanagedN > 0 {
		ur, err := runUnmanaged(ctx, o, r, fast, work, rep)
		if err != nil {
			return err
		}
		rep.Unmanaged = ur
	}

	for _, n := range o.findings {
		fr, err := runFindings(ctx, r, fast, work, n)
		if err != nil {
			return err
		}
		rep.Findings = append(rep.Findings, fr)
	}

	if t, ok := tenants[o.profileN]; ok {
		p, err := runProfile(ctx, r, t, dirs[o.profileN], filepath.Join(bin, "plugin-pprof"), filepath.Join(work, "pprof"), o.profileN)
		if err != nil {
			return err
		}
		rep.Profile = p
	}

	for _, lat := range o.latencies {
		lr, err := runLatency(ctx, o, r, filepath.Join(bin, benchMock), work, lat)
		if err != nil {
			return err
		}
		rep.Latency = append(rep.Latency, lr)
	}

	return nil
}

// runUnmanaged plans unmanagedN levels in a tenant that also holds
// o.unmanaged levels the configuration does not manage.
func runUnmanaged(ctx context.Context, o options, r *runner, m *mock, work string, rep *report) (*unmanagedRuns, error) {
	t, err := m.newTenant("unmanaged")
	if err != nil {
		return nil, err
	}
	log.Printf("seeding %d unmanaged levels out of band", o.unmanaged)
	start := time.Now()
	if err := t.seedLevels(o.unmanaged, "Unmanaged", int64(baseLevel)); err != nil {
		return nil, err
	}
	ur := &unmanagedRuns{Seeded: o.unmanaged, N: o.unmanagedN, SeedTime: time.Since(start)}
	dir := filepath.Join(work, "unmanaged")
	if err := writeLevelsConfig(dir, o.unmanagedN, true); err != nil {
		return nil, err
	}
	if _, err := r.run(ctx, "unmanaged-apply", dir, t, nil, nil, "apply", "-input=false", "-no-color", "-auto-approve"); err != nil {
		return nil, err
	}
	// Settled like the clean tenant's levels, so that the two steady-state
	// plans compare like for like.
	ur.Settle, err = r.run(ctx, "unmanaged-settle", dir, t, nil, nil, settleArgs...)
	if err == nil {
		err = checkSettled(ur.Settle)
	}
	if err != nil {
		return nil, err
	}
	if ur.Plan, err = r.run(ctx, "unmanaged-plan", dir, t, nil, []int{0}, "plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		return nil, err
	}
	log.Printf("unmanaged tenant: plan of %d levels beside %d others: %d requests (%d queries by id)", o.unmanagedN, o.unmanaged, ur.Plan.Counters.Total, ur.Plan.Counters.ReadsByID[levelsEntity])
	for _, s := range rep.Sizes {
		if s.N == o.unmanagedN {
			ur.Clean = s.Plan
		}
	}
	return ur, nil
}

// settleArgs is the apply with nothing to change that stores refreshed
// state (and with it each level's read-ahead shard).
var settleArgs = []string{"apply", "-input=false", "-no-color", "-auto-approve"}

// checkSettled fails unless the settling apply changed nothing.
func checkSettled(res result) error {
	out := readLog(res)
	if strings.Contains(out, "No changes.") || strings.Contains(out, "Resources: 0 added, 0 changed, 0 destroyed") {
		return nil
	}
	return fmt.Errorf("%s: the apply after the creating apply was expected to change nothing; see %s:\n%s", res.Label, res.Log, tail(res.Log, 12))
}

// runLatency applies o.applyN new levels against a mock with the given
// latency, at -parallelism o.parallelism, and the terraform_data floor.
func runLatency(ctx context.Context, o options, r *runner, mockBin, work string, lat time.Duration) (latencyRuns, error) {
	lr := latencyRuns{Latency: lat, N: o.applyN}
	m, err := startMock(ctx, mockBin, filepath.Join(r.logDir, fmt.Sprintf("mockpsa-%s.log", lat)), lat)
	if err != nil {
		return lr, err
	}
	defer m.stop()
	t, err := m.newTenant("latency")
	if err != nil {
		return lr, err
	}
	dir := filepath.Join(work, fmt.Sprintf("latency-%s", lat))
	ddir := filepath.Join(work, fmt.Sprintf("latency-data-%s", lat))
	if err := writeLevelsConfig(dir, o.applyN, true); err != nil {
		return lr, err
	}
	if err := writeDataConfig(ddir, o.applyN); err != nil {
		return lr, err
	}
	par := fmt.Sprintf("-parallelism=%d", o.parallelism)
	if lr.Apply, err = r.run(ctx, fmt.Sprintf("latency-%s-apply", lat), dir, t, nil, nil, "apply", "-input=false", "-no-color", "-auto-approve", par); err != nil {
		return lr, err
	}
	if lr.DataApply, err = r.run(ctx, fmt.Sprintf("latency-%s-data-apply", lat), ddir, nil, nil, nil, "apply", "-input=false", "-no-color", "-auto-approve", par); err != nil {
		return lr, err
	}
	log.Printf("apply of %d levels at %s latency: %.2fs, %d requests (%v), %d x 429", o.applyN, lat, lr.Apply.Wall.Seconds(),
		lr.Apply.Counters.Total, lr.Apply.Counters.ByMethod, lr.Apply.Counters.TooManyRequests)
	return lr, nil
}

// findingsRuns compares the plan of n new levels that have no plan-time
// findings with the plan of n levels that have one finding each.
type findingsRuns struct {
	N        int
	Clean    result
	Findings result
	Warnings int
}

func runFindings(ctx context.Context, r *runner, m *mock, work string, n int) (findingsRuns, error) {
	fr := findingsRuns{N: n}
	t, err := m.newTenant(fmt.Sprintf("findings-%d", n))
	if err != nil {
		return fr, err
	}
	for _, run := range []struct {
		clean bool
		dst   *result
	}{{true, &fr.Clean}, {false, &fr.Findings}} {
		dir := filepath.Join(work, fmt.Sprintf("findings-%d-%t", n, run.clean))
		if err := writeLevelsConfig(dir, n, run.clean); err != nil {
			return fr, err
		}
		label := fmt.Sprintf("findings-%d-clean", n)
		if !run.clean {
			label = fmt.Sprintf("findings-%d-one-each", n)
		}
		res, err := r.run(ctx, label, dir, t, nil, nil, "plan", "-input=false", "-no-color")
		if err != nil {
			return fr, err
		}
		*run.dst = res
		if !run.clean {
			fr.Warnings = strings.Count(readLog(res), "\nWarning: AT")
		}
	}
	log.Printf("plan of %d new levels: %.2fs without findings, %.2fs with one each (%d warnings)", n, fr.Clean.Wall.Seconds(), fr.Findings.Wall.Seconds(), fr.Warnings)
	return fr, nil
}

func readLog(res result) string {
	b, _ := os.ReadFile(res.Log)
	return "\n" + string(b)
}

// workMarker marks a directory as the harness's own, so that it only ever
// empties a directory it made.
const workMarker = ".autotask-e2e-work"

func resetWorkDir(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, workMarker)); err != nil {
			return fmt.Errorf("-work %s is not empty and was not made by this harness; choose another directory", dir)
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, workMarker), nil, 0o644)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
