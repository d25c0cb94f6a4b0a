package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// profile is the CPU profile of the provider during one plan.
type profile struct {
	N       int
	Plan    result
	Samples float64 // seconds of CPU samples in the profile
	Parts   []profilePart
	Top     []profileLine // by flat time
	// AllocMB is what the provider's processes allocated in all (heap
	// profiles); AllocTop the biggest allocators, flat, in MB.
	AllocMB  float64
	AllocTop []profileLine
}

type profilePart struct {
	Name string
	Cum  float64 // seconds
}

type profileLine struct {
	Name string
	Flat float64
	Cum  float64
}

// profileParts name the provider's plan-time work by the function whose
// cumulative time covers it. They overlap where one calls another (ModifyPlan
// runs the evaluator).
var profileParts = []struct{ name, fn string }{
	{"gRPC server, all provider calls", "google.golang.org/grpc.(*Server).handleStream"},
	{"ReadResource (framework + provider)", "fwserver.(*Server).ReadResource"},
	{"  Read: the provider's refresh", "provider.(*SecurityLevelResource).Read"},
	{"  client: decoding levels", "autotask.(*SecurityLevel).UnmarshalJSON"},
	{"PlanResourceChange (framework + provider)", "fwserver.(*Server).PlanResourceChange"},
	{"  ModifyPlan", "provider.(*SecurityLevelResource).ModifyPlan"},
	{"    evaluator (evaluate.Evaluate)", "evaluate.Evaluate"},
	{"    remote view (read once)", "provider.(*providerData).remoteView"},
	{"ValidateResourceConfig", "fwserver.(*Server).ValidateResourceConfig"},
	{"UpgradeResourceState", "fwserver.(*Server).UpgradeResourceState"},
	{"msgpack decoding of Terraform values", "tftypes.msgpackUnmarshal"},
	{"msgpack encoding of Terraform values", "tftypes.marshalMsgPack"},
	{"garbage collection", "runtime.gcBgMarkWorker"},
}

// runProfile plans n levels with the profiling build of the plugin and
// reads the merged profile.
func runProfile(ctx context.Context, r *runner, t *tenant, dir, pprofBin, profDir string, n int) (*profile, error) {
	if err := os.MkdirAll(profDir, 0o755); err != nil {
		return nil, err
	}
	saved := r.providerBin
	r.providerBin = pprofBin
	res, err := r.run(ctx, fmt.Sprintf("profile-plan-%d", n), dir, t, []string{"BENCH_PPROF_DIR=" + profDir}, []int{0},
		"plan", "-input=false", "-no-color", "-detailed-exitcode")
	r.providerBin = saved
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(profDir, "cpu-*.pprof"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no CPU profile written in %s: %w", profDir, errors.Join(err, errNoProfile))
	}
	args := append([]string{"tool", "pprof", "-top", "-cum", "-nodecount=100000", "-nodefraction=0", "-edgefraction=0", pprofBin}, files...)
	out, err := exec.CommandContext(ctx, "go", args...).Output()
	if err != nil {
		return nil, fmt.Errorf("go tool pprof: %w", err)
	}
	p := &profile{N: n, Plan: res}
	lines, total := parsePprofTop(string(out))
	p.Samples = total
	for _, part := range profileParts {
		cum := 0.0
		for _, l := range lines {
			if strings.HasSuffix(l.Name, part.fn) || strings.Contains(l.Name, "/"+part.fn) {
				cum = max(cum, l.Cum)
			}
		}
		p.Parts = append(p.Parts, profilePart{Name: part.name, Cum: cum})
	}
	byFlat := append([]profileLine(nil), lines...)
	sortByFlat(byFlat)
	p.Top = byFlat[:min(12, len(byFlat))]
	if heaps, _ := filepath.Glob(filepath.Join(profDir, "heap-*.pprof")); len(heaps) > 0 {
		args := append([]string{"tool", "pprof", "-top", "-sample_index=alloc_space", "-nodecount=100000", pprofBin}, heaps...)
		if out, err := exec.CommandContext(ctx, "go", args...).Output(); err == nil {
			allocs, allocTotal := parsePprofTop(string(out))
			p.AllocMB = allocTotal
			sortByFlat(allocs)
			p.AllocTop = allocs[:min(6, len(allocs))]
		}
	}
	log.Printf("profile of the plan of %d levels: %.2fs of samples in %d profiles, %.0f MB allocated", n, total, len(files), p.AllocMB)
	return p, nil
}

var errNoProfile = errors.New("the profiled plugin wrote nothing")

var (
	pprofTotalRE = regexp.MustCompile(`(?:Total samples = |% of )([0-9.]+)(ms|s|us|mins|hrs|kB|MB|GB|B)(?: total|\b)`)
	pprofLineRE  = regexp.MustCompile(`^\s*([0-9.]+)(ms|s|us|mins|hrs|ns|kB|MB|GB|B)?\s+[0-9.]+%\s+[0-9.]+%\s+([0-9.]+)(ms|s|us|mins|hrs|ns|kB|MB|GB|B)?\s+[0-9.]+%\s+(.+)$`)
)

func seconds(v, unit string) float64 {
	f, _ := strconv.ParseFloat(v, 64)
	switch unit {
	case "ns":
		return f / 1e9
	case "us":
		return f / 1e6
	case "ms":
		return f / 1e3
	case "mins":
		return f * 60
	case "hrs":
		return f * 3600
	case "B": // sizes are returned in MB
		return f / (1 << 20)
	case "kB":
		return f / 1024
	case "GB":
		return f * 1024
	}
	return f
}

// parsePprofTop reads `go tool pprof -top` output.
func parsePprofTop(out string) ([]profileLine, float64) {
	var (
		lines []profileLine
		total float64
	)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if m := pprofTotalRE.FindStringSubmatch(sc.Text()); m != nil {
			total = seconds(m[1], m[2])
			continue
		}
		if m := pprofLineRE.FindStringSubmatch(sc.Text()); m != nil {
			lines = append(lines, profileLine{Name: strings.TrimSpace(m[5]), Flat: seconds(m[1], m[2]), Cum: seconds(m[3], m[4])})
		}
	}
	return lines, total
}

func sortByFlat(l []profileLine) {
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && l[j].Flat > l[j-1].Flat; j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}

// goBench is one line of `go test -bench` output.
type goBench struct {
	Name    string
	Metrics [][2]string // value, unit
}

// runGoBenchmarks runs the batching layer's and the evaluator's benchmarks.
func runGoBenchmarks(ctx context.Context, root string) ([]goBench, error) {
	var out []goBench
	for _, b := range [][3]string{
		{"./internal/autotask", "^Benchmark(Batched|Unbatched)Gets500$", "5x"},
		{"./internal/evaluate", "^BenchmarkEvaluate500Levels200Users$", "30x"},
	} {
		cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", b[1], "-benchmem", "-benchtime", b[2], b[0])
		cmd.Dir = root
		data, err := cmd.CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("go test -bench %s %s: %w\n%s", b[1], b[0], err, data)
		}
		out = append(out, parseGoBench(string(data))...)
	}
	return out, nil
}

func parseGoBench(s string) []goBench {
	var out []goBench
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		gb := goBench{Name: strings.TrimSuffix(f[0], "-"+lastDash(f[0]))}
		for i := 2; i+1 < len(f); i += 2 {
			gb.Metrics = append(gb.Metrics, [2]string{f[i], f[i+1]})
		}
		out = append(out, gb)
	}
	return out
}

func lastDash(s string) string {
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		return s[i+1:]
	}
	return ""
}

// metric returns the value of unit in b.
func (b goBench) metric(unit string) (float64, bool) {
	for _, m := range b.Metrics {
		if m[1] == unit {
			v, err := strconv.ParseFloat(m[0], 64)
			return v, err == nil
		}
	}
	return 0, false
}
