package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// The comparison (-baseline DIR): the plugin built from another source tree
// against this tree's, on the same machine in one run, alternating which
// goes first in each round, so that the machine's load falls on both. Each
// round runs the tenants scenario at -compare-tenants and a single large
// configuration of -compare-n levels (apply, an apply with nothing to
// change, the steady-state plan) with each plugin. The result is a markdown
// table in the work directory (compare.md); BENCHMARKS.md quotes it.

type compareSide struct {
	Name    string
	Bin     string
	Tenants []tenantsRuns
	Large   []largeRun
}

// largeRun is one plugin's run of the large configuration.
type largeRun struct {
	N                   int
	Apply, Settle, Plan result
}

func runCompare(ctx context.Context, o options, r *runner, m *mock, work, baselineBin string) error {
	sides := []*compareSide{{Name: "baseline", Bin: baselineBin}, {Name: "this tree", Bin: r.providerBin}}
	saved := r.providerBin
	defer func() { r.providerBin = saved }()
	for round := range o.compareRounds {
		order := []*compareSide{sides[0], sides[1]}
		if round%2 == 1 {
			order[0], order[1] = order[1], order[0]
		}
		for _, sd := range order {
			r.providerBin = sd.Bin
			tag := fmt.Sprintf("-%s-r%d", strings.ReplaceAll(sd.Name, " ", ""), round)
			if o.compareTenants > 0 {
				tr, err := runTenants(ctx, r, m, work, tag, o.compareTenants, o.tenantLevels, false)
				if err != nil {
					return err
				}
				sd.Tenants = append(sd.Tenants, tr)
			}
			for _, n := range o.compareN {
				lr, err := runLarge(ctx, r, m, work, tag, n)
				if err != nil {
					return err
				}
				sd.Large = append(sd.Large, lr)
			}
		}
	}
	md := renderCompare(o, sides)
	path := filepath.Join(work, "compare.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		return err
	}
	log.Printf("comparison written to %s:\n%s", path, md)
	return nil
}

// runLarge applies n levels in a fresh tenant, settles them and plans.
func runLarge(ctx context.Context, r *runner, m *mock, work, tag string, n int) (largeRun, error) {
	lr := largeRun{N: n}
	t, err := m.newTenant(fmt.Sprintf("large%s-%d", tag, n))
	if err != nil {
		return lr, err
	}
	dir := filepath.Join(work, fmt.Sprintf("large%s-%d", tag, n))
	if err := writeLevelsConfig(dir, n, true); err != nil {
		return lr, err
	}
	label := fmt.Sprintf("large%s-%d", tag, n)
	if lr.Apply, err = r.run(ctx, label+"-apply", dir, t, rssSampleEnv, nil, "apply", "-input=false", "-no-color", "-auto-approve"); err != nil {
		return lr, err
	}
	if lr.Settle, err = r.run(ctx, label+"-settle", dir, t, nil, nil, settleArgs...); err == nil {
		err = checkSettled(lr.Settle)
	}
	if err != nil {
		return lr, err
	}
	if lr.Plan, err = r.run(ctx, label+"-plan", dir, t, rssSampleEnv, []int{0}, "plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		return lr, err
	}
	log.Printf("%s: apply %.2fs (peak RSS %.0f MiB), plan %.2fs (provider CPU %.2fs, peak RSS %.0f MiB)", label,
		lr.Apply.Wall.Seconds(), lr.Apply.PeakRSSMiB(), lr.Plan.Wall.Seconds(), lr.Plan.ProviderCPU(), lr.Plan.PeakRSSMiB())
	return lr, nil
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// compareRow is one measure of the comparison: its value in each run of
// each side.
type compareRow struct {
	name, unit string
	of         func(sd *compareSide) []float64
}

func renderCompare(o options, sides []*compareSide) string {
	var b md
	b.p("Comparison run %s on %s; %s; load average %s at the end. Medians of %d rounds, the two plugins alternating "+
		"which goes first. Baseline: `%s`.", time.Now().UTC().Format("2006-01-02 15:04 MST"), machine(), versions(), loadAverage(), o.compareRounds, o.baseline)
	b.p("")
	tenants := func(f func(tr tenantsRuns) float64) func(sd *compareSide) []float64 {
		return func(sd *compareSide) []float64 {
			var out []float64
			for _, tr := range sd.Tenants {
				out = append(out, f(tr))
			}
			return out
		}
	}
	large := func(n int, f func(lr largeRun) float64) func(sd *compareSide) []float64 {
		return func(sd *compareSide) []float64 {
			var out []float64
			for _, lr := range sd.Large {
				if lr.N == n {
					out = append(out, f(lr))
				}
			}
			return out
		}
	}
	var rows []compareRow
	if o.compareTenants > 0 {
		t := fmt.Sprintf("%d tenants × %d levels", o.compareTenants, o.tenantLevels)
		rows = append(rows,
			compareRow{t + ": apply wall", "s", tenants(func(tr tenantsRuns) float64 { return tr.Apply.Wall.Seconds() })},
			compareRow{t + ": re-plan wall", "s", tenants(func(tr tenantsRuns) float64 { return tr.Plan.Wall.Seconds() })},
			compareRow{t + ": re-plan requests, most of one tenant", "", tenants(func(tr tenantsRuns) float64 { return float64(maxOf(tr.PlanRequests)) })},
			compareRow{t + ": provider CPU, apply + re-plan", "s", tenants(func(tr tenantsRuns) float64 { return tr.Apply.ProviderCPU() + tr.Plan.ProviderCPU() })},
			compareRow{t + ": summed provider RSS at its peak, per alias", "MiB", tenants(func(tr tenantsRuns) float64 { return tr.peakSummed() / float64(tr.T) })},
			compareRow{t + ": private memory at its peak, per alias", "MiB", tenants(func(tr tenantsRuns) float64 { return tr.peakPrivate() / float64(tr.T) })},
			compareRow{t + ": largest process", "MiB", tenants(func(tr tenantsRuns) float64 { return max(tr.ApplyMem.LargestMiB, tr.PlanMem.LargestMiB) })},
		)
	}
	for _, n := range o.compareN {
		l := fmt.Sprintf("N = %d", n)
		rows = append(rows,
			compareRow{l + ": apply wall", "s", large(n, func(lr largeRun) float64 { return lr.Apply.Wall.Seconds() })},
			compareRow{l + ": apply provider CPU", "s", large(n, func(lr largeRun) float64 { return lr.Apply.ProviderCPU() })},
			compareRow{l + ": apply peak RSS", "MiB", large(n, func(lr largeRun) float64 { return lr.Apply.PeakRSSMiB() })},
			compareRow{l + ": steady-state plan wall", "s", large(n, func(lr largeRun) float64 { return lr.Plan.Wall.Seconds() })},
			compareRow{l + ": steady-state plan provider CPU", "s", large(n, func(lr largeRun) float64 { return lr.Plan.ProviderCPU() })},
			compareRow{l + ": steady-state plan peak RSS", "MiB", large(n, func(lr largeRun) float64 { return lr.Plan.PeakRSSMiB() })},
		)
	}
	var table [][]string
	for _, row := range rows {
		base, this := row.of(sides[0]), row.of(sides[1])
		mb, mt := median(base), median(this)
		table = append(table, []string{row.name, withUnit(mb, row.unit), withUnit(mt, row.unit), ratio(mt, mb), runsOf(base), runsOf(this)})
	}
	b.table([]string{"measure", sides[0].Name, sides[1].Name, "ratio", sides[0].Name + ", each round", sides[1].Name + ", each round"}, table)
	return b.String()
}

func withUnit(v float64, unit string) string {
	switch unit {
	case "":
		return fmt.Sprintf("%.0f", v)
	case "s":
		return fmt.Sprintf("%.2f s", v)
	}
	return fmt.Sprintf("%.1f %s", v, unit)
}

func runsOf(v []float64) string {
	var parts []string
	for _, x := range v {
		parts = append(parts, trimFloat(float64(int(x*100+0.5))/100))
	}
	return strings.Join(parts, ", ")
}
