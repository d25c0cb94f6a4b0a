package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

const (
	markStart = "<!-- bench:start (written by `make bench`; edit bench/report.go instead) -->"
	markEnd   = "<!-- bench:end -->"
)

// Targets of issue 10.
const (
	targetReqPerResource = 0.01
	targetPlanRatio      = 1.5
	targetApplyReqPerObj = 1.2
	targetApplyVsIdeal   = 1.2
	targetPeakRSSMiB     = 150
	targetEvaluatorMs    = 20
	pipelineSlots        = 3
)

func writeReport(o options, rep *report) error {
	raw, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(o.work, "report.json"), raw, 0o644); err != nil {
		return err
	}
	old, err := os.ReadFile(o.out)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	doc := string(old)
	// Each section is rewritten only by a run that measured it: a run of
	// the tenants scenario alone keeps the main section, and the reverse.
	if rep.ranMain() || (!rep.ranTenants() && !rep.Compared) {
		if err := writeChart(o.chart, chartPanels(rep)); err != nil {
			return err
		}
		doc = replaceSection(doc, markStart, markEnd, renderSection(o, rep), "")
	}
	if rep.ranTenants() {
		if len(rep.Tenants) > 0 {
			if err := writeChart(o.tenantsChart, tenantsPanels(rep)); err != nil {
				return err
			}
		}
		doc = replaceSection(doc, tenantsStart, tenantsEnd, renderTenantsSection(o, rep), markEnd)
	}
	return os.WriteFile(o.out, []byte(doc), 0o644)
}

func chartPanels(rep *report) []panel {
	var ns, batched, first, unbatched, wide, plan, noRefresh, floor []float64
	for _, s := range rep.Sizes {
		n := float64(s.N)
		ns = append(ns, n)
		batched = append(batched, float64(s.Plan.Counters.Total))
		if measured(s.PlanFirst) {
			first = append(first, float64(s.PlanFirst.Counters.Total))
		}
		plan = append(plan, s.Plan.Wall.Seconds())
		noRefresh = append(noRefresh, s.PlanNoRefresh.Wall.Seconds())
		floor = append(floor, s.DataPlan.Wall.Seconds())
		if s.HasComparisons {
			unbatched = append(unbatched, float64(s.PlanUnbatched.Counters.Total))
			wide = append(wide, float64(s.PlanWide.Counters.Total))
		}
	}
	req := panel{title: "API requests per terraform plan", ylabel: "requests"}
	if len(unbatched) == len(ns) {
		req.series = append(req.series, series{"one GET per resource (batching off)", red, ns, unbatched})
	}
	if len(first) == len(ns) {
		req.series = append(req.series, series{"first plan after create", amber, ns, first})
	}
	req.series = append(req.series, series{"steady state, -parallelism=10", blue, ns, batched})
	if len(wide) == len(ns) {
		req.series = append(req.series, series{"steady state, -parallelism=N", green, ns, wide})
	}
	tm := panel{title: "terraform plan wall time", ylabel: "seconds", series: []series{
		{"autotask_security_level", blue, ns, plan},
		{"same, -refresh=false", amber, ns, noRefresh},
		{"terraform_data, same payload", black, ns, floor},
	}}
	return []panel{req, tm}
}

// md is a markdown builder.
type md struct{ strings.Builder }

func (b *md) p(format string, args ...any) { fmt.Fprintf(b, format+"\n", args...) }

func (b *md) table(head []string, rows [][]string) {
	b.p("| %s |", strings.Join(head, " | "))
	seps := make([]string, len(head))
	for i := range seps {
		seps[i] = "---"
	}
	b.p("|%s|", strings.Join(seps, "|"))
	for _, r := range rows {
		b.p("| %s |", strings.Join(r, " | "))
	}
	b.p("")
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}
func verdict(ok bool) string {
	if ok {
		return "**met**"
	}
	return "**missed**"
}

// levelsEntity is the entity the generated configurations manage.
const levelsEntity = "SecurityLevels"

// measured reports whether a step ran: report.json files of older runs lack
// the steps added since, and their results decode as zero.
func measured(r result) bool { return r.Label != "" || r.Wall > 0 || r.Counters.Total > 0 }

// planSplit is what a plan's requests were, from the mock's counters.
type planSplit struct {
	// ok: the step ran and its counters split out the queries by id
	// (report.json files from before the mock counted them do not).
	ok    bool
	Total int64
	// ByID are the queries of levels whose only filter is an "in" on id —
	// batched refresh reads — and IDs the ids they asked for.
	ByID, IDs int64
	// GETs are the GETs besides ThresholdInformation: in a plan, levels
	// read one at a time (batching off, or one a batch did not answer).
	GETs int64
	// Other is the rest: the plan-time remote view (a query of the
	// API-license levels and one of the API users) and the threshold read.
	Other int64
}

func splitOf(r result) planSplit {
	c := r.Counters
	s := planSplit{Total: c.Total}
	if !measured(r) || c.ReadsByID == nil {
		return s
	}
	s.ok = true
	s.ByID, s.IDs = c.ReadsByID[levelsEntity], c.IDsRead[levelsEntity]
	s.GETs = c.ByMethod["GET"] - c.ByEntity["ThresholdInformation"]
	s.Other = c.Total - s.ByID - s.GETs
	return s
}

// others is c without the refresh reads: the requests of the split's
// Other, by entity.
func (s planSplit) others(c mockpsa.Counters) mockpsa.Counters {
	out := mockpsa.Counters{ByEntity: map[string]int64{}}
	for k, v := range c.ByEntity {
		if k == levelsEntity {
			v = max(0, v-s.ByID-s.GETs)
		}
		if v > 0 {
			out.ByEntity[k] = v
		}
	}
	return out
}

// cell formats one of the split's numbers, "–" when it was not measured.
func (s planSplit) cell(v int64) string {
	if !s.ok {
		return "–"
	}
	return fmt.Sprint(v)
}

// detail is ": q refresh queries by id asking i ids, g GETs, o other",
// empty when the split was not measured.
func (s planSplit) detail() string {
	if !s.ok {
		return ""
	}
	return fmt.Sprintf(": %d refresh %s by id asking %d ids, %d %s, %d other", s.ByID, plural(s.ByID, "query", "queries"), s.IDs, s.GETs, plural(s.GETs, "GET", "GETs"), s.Other)
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// total is a step's request count, "–" when it did not run.
func total(r result) string {
	if !measured(r) {
		return "–"
	}
	return fmt.Sprint(r.Counters.Total)
}

func perResource(r result, n int) float64 { return float64(r.Counters.Total) / float64(n) }

// tooMany is the 429s of every measured plan of a size.
func (s sizeRuns) tooMany() int64 {
	return s.PlanFirst.Counters.TooManyRequests + s.Plan.Counters.TooManyRequests + s.PlanNoRefresh.Counters.TooManyRequests +
		s.PlanUnbatched.Counters.TooManyRequests + s.PlanWide.Counters.TooManyRequests
}

// allTooMany is the 429s of every step of the run.
func allTooMany(rep *report) int64 {
	var n int64
	for _, s := range rep.Sizes {
		n += s.tooMany() + s.Apply.Counters.TooManyRequests + s.Settle.Counters.TooManyRequests
	}
	for _, l := range rep.Latency {
		n += l.Apply.Counters.TooManyRequests
	}
	if u := rep.Unmanaged; u != nil {
		n += u.Plan.Counters.TooManyRequests + u.Settle.Counters.TooManyRequests
	}
	return n
}

// refSize is the size the narrative describes: N = 500 when it ran (the
// targets' size), else the largest.
func refSize(rep *report) (sizeRuns, bool) {
	if s, ok := sizeOf(rep, 500); ok {
		return s, true
	}
	var best sizeRuns
	for _, s := range rep.Sizes {
		if s.N > best.N {
			best = s
		}
	}
	return best, best.N > 0
}

func renderSection(o options, rep *report) string {
	var b md
	b.p("%s", markStart)
	b.p("## End to end: `make bench` (real terraform, real plugin binary, mock PSA on loopback)")
	b.p("")
	b.p("Run %s on %s; %s; load average %s before and %s after (the machine is shared with other builds, "+
		"so absolute times move; ratios taken within this run are what count). The harness took %s.",
		rep.Started.UTC().Format("2006-01-02 15:04 MST"), machine(), versions(), rep.LoadBefore, rep.LoadAfter, rep.Duration.Round(time.Second))
	b.p("")
	b.p("How it runs: `go run ./bench` builds the provider and `mockpsa`, starts the mock on loopback, and drives terraform "+
		"through `dev_overrides` (no `init`). Each level has a name, a description, `copy_from = \"Service Desk User\"` and "+
		"one value for each catalogue permission in every module — %d values; the `terraform_data` floor carries the same "+
		"values as its `input`. The generated levels have no plan-time findings (the four permissions the evaluator "+
		"flags for Service Desk User are set to their floor). Requests are counted by the mock "+
		"(`/_mock/tenants/{name}/counters`); peak RSS and CPU time of every provider process come from `bench/providerwrap`, "+
		"which terraform starts in place of the plugin and which runs the real binary. Chart: `%s`.", rep.PayloadVals, o.chart)
	b.p("")
	b.p("![requests and plan time against N](%s)", relTo(o.out, o.chart))
	b.p("")
	renderTargets(&b, o, rep)
	renderGaps(&b, rep)
	renderRequests(&b, rep)
	renderState(&b, rep)
	renderTimes(&b, rep)
	renderApply(&b, rep)
	renderLatency(&b, rep)
	renderUnmanaged(&b, rep)
	renderFindings(&b, rep)
	renderProfile(&b, rep)
	renderGoBench(&b, rep)
	if len(rep.Retries) > 0 {
		b.p("Plans run twice because the first attempt failed (logs in the harness's work directory): %s.", strings.Join(rep.Retries, "; "))
		b.p("")
	}
	b.p("%s", markEnd)
	return b.String()
}

func relTo(doc, file string) string {
	r, err := filepath.Rel(filepath.Dir(doc), file)
	if err != nil {
		return file
	}
	return filepath.ToSlash(r)
}

func sizeOf(rep *report, n int) (sizeRuns, bool) {
	for _, s := range rep.Sizes {
		if s.N == n {
			return s, true
		}
	}
	return sizeRuns{}, false
}

func renderTargets(b *md, o options, rep *report) {
	b.p("### Targets (issue 10)")
	b.p("")
	var rows [][]string
	if s, ok := sizeOf(rep, 500); ok {
		per := perResource(s.Plan, s.N)
		m := fmt.Sprintf("%.3f (%d requests%s) in the steady-state plan", per, s.Plan.Counters.Total, splitOf(s.Plan).detail())
		if measured(s.PlanFirst) {
			m += fmt.Sprintf("; first plan after the creating apply %.3f (%d requests%s)", perResource(s.PlanFirst, s.N), s.PlanFirst.Counters.Total, splitOf(s.PlanFirst).detail())
		}
		if s.HasComparisons {
			m += fmt.Sprintf("; steady state at -parallelism=500 %.3f; batching off %.2f", perResource(s.PlanWide, s.N), perResource(s.PlanUnbatched, s.N))
		}
		row := []string{"Refresh: ≤ 0.01 API requests per resource, N = 500 (judged on the steady-state plan: a plan after an apply that stored refreshed state)", m, verdict(per <= targetReqPerResource)}
		rows = append(rows, row)
		r := s.Plan.Wall.Seconds() / s.DataPlan.Wall.Seconds()
		rows = append(rows, []string{"Plan time ≤ 1.5× terraform_data, N = 500", fmt.Sprintf("%.2f× (%s vs %s); -refresh=false %.2f×", r, secs(s.Plan.Wall), secs(s.DataPlan.Wall), s.PlanNoRefresh.Wall.Seconds()/s.DataPlan.Wall.Seconds()), verdict(r <= targetPlanRatio)})
	}
	for _, l := range rep.Latency {
		c := l.Apply.Counters
		perObj := float64(c.Total-applyOverhead(rep)) / float64(l.N)
		ideal := idealPipeline(l.N, perObj, l.Latency)
		rows = append(rows,
			[]string{fmt.Sprintf("Apply: %d creates at -parallelism=%d, %s latency: zero 429s", l.N, o.parallelism, l.Latency), fmt.Sprintf("%d", c.TooManyRequests), verdict(c.TooManyRequests == 0)},
			[]string{fmt.Sprintf("… ≤ 1.2 requests per object (%s)", l.Latency), fmt.Sprintf("%.2f (%d requests: %s)", perObj, c.Total, methods(c.ByMethod)), verdict(perObj <= targetApplyReqPerObj)},
			[]string{fmt.Sprintf("… ≤ 1.2× the ideal 3-in-flight pipeline (%s)", l.Latency), fmt.Sprintf("%.2f× (%s vs ideal %s; terraform_data apply alone %s)", l.Apply.Wall.Seconds()/ideal.Seconds(), secs(l.Apply.Wall), secs(ideal), secs(l.DataApply.Wall)), verdict(l.Apply.Wall.Seconds() <= targetApplyVsIdeal*ideal.Seconds())},
		)
	}
	if s, ok := sizeOf(rep, 1000); ok {
		peak := math.Max(math.Max(s.Plan.PeakRSSMiB(), s.PlanFirst.PeakRSSMiB()), s.Apply.PeakRSSMiB())
		first := ""
		if measured(s.PlanFirst) {
			first = fmt.Sprintf(", first plan after create %.0f", s.PlanFirst.PeakRSSMiB())
		}
		rows = append(rows, []string{"Memory: provider peak RSS < 150 MB at N = 1000", fmt.Sprintf("%.0f MiB (steady-state plan %.0f%s, apply %.0f)", peak, s.Plan.PeakRSSMiB(), first, s.Apply.PeakRSSMiB()), verdict(peak*1.048576 < targetPeakRSSMiB)})
	}
	for _, g := range rep.GoBench {
		if strings.HasPrefix(g.Name, "BenchmarkEvaluate500Levels200Users") {
			ns, _ := g.metric("ns/op")
			rows = append(rows, []string{"Evaluator < 20 ms at N = 500 (500 levels + 200 API users, one run)", fmt.Sprintf("%.2f ms", ns/1e6), verdict(ns/1e6 < targetEvaluatorMs)})
		}
	}
	if rep.Profile != nil {
		for _, p := range rep.Profile.Parts {
			if strings.Contains(p.Name, "evaluator") {
				cost := fmt.Sprintf("%.0f ms in all, %.2f ms per level", p.Cum*1000, p.Cum*1000/float64(rep.Profile.N))
				if p.Cum == 0 {
					cost = fmt.Sprintf("under 0.5%% of the profile's %.1f s (pprof's node fraction left it out): under %.2f ms per level",
						rep.Profile.Samples, rep.Profile.Samples*5/float64(rep.Profile.N))
				}
				rows = append(rows, []string{fmt.Sprintf("… the evaluator inside a plan of %d levels (once per level, CPU profile)", rep.Profile.N), cost, "–"})
			}
		}
	}
	if len(rep.Sizes) >= 2 {
		first, last := rep.Sizes[0], rep.Sizes[len(rep.Sizes)-1]
		growth := (float64(last.Plan.Counters.Total) / float64(first.Plan.Counters.Total)) / (float64(last.N) / float64(first.N))
		rows = append(rows, []string{fmt.Sprintf("Scaling: requests per plan linear or better, N = %d → %d (steady-state plans)", first.N, last.N), fmt.Sprintf("%d → %d requests: %.2f× of linear", first.Plan.Counters.Total, last.Plan.Counters.Total, growth), verdict(growth <= 1.05)})
		r0 := first.Plan.Wall.Seconds() / first.DataPlan.Wall.Seconds()
		flat := true
		for _, s := range rep.Sizes[1:] {
			flat = flat && s.Plan.Wall.Seconds()/s.DataPlan.Wall.Seconds() <= r0*1.15
		}
		rows = append(rows, []string{"Scaling: plan-time ratio to the floor flat or falling (each within 15% of N = " + fmt.Sprint(first.N) + "'s)", ratioTrail(rep), verdict(flat)})
	}
	if u := rep.Unmanaged; u != nil {
		label := fmt.Sprintf("%d unmanaged levels cost nothing extra (steady-state plan of %d)", u.Seeded, u.N)
		if measured(u.Clean) {
			extra := u.Plan.Counters.Total - u.Clean.Counters.Total
			m := fmt.Sprintf("%+d requests (%d vs %d in a clean tenant)", extra, u.Plan.Counters.Total, u.Clean.Counters.Total)
			if a, c := splitOf(u.Plan), splitOf(u.Clean); a.ok && c.ok {
				m += fmt.Sprintf("; refresh queries by id %d vs %d, other %d vs %d", a.ByID, c.ByID, a.Other, c.Other)
			}
			rows = append(rows, []string{label, m, verdict(extra <= 0)})
		} else {
			rows = append(rows, []string{label, fmt.Sprintf("%d requests; no clean plan of %d in this run to compare with", u.Plan.Counters.Total, u.N), "–"})
		}
	}
	b.table([]string{"target", "measured", ""}, rows)
}

// part returns the CPU seconds of the profile part whose name contains s.
func (p *profile) part(s string) float64 {
	for _, pp := range p.Parts {
		if strings.Contains(pp.Name, s) {
			return pp.Cum
		}
	}
	return 0
}

// renderGaps explains, with this run's numbers, what each result comes
// from, and for a missed target what stands in its way.
func renderGaps(b *md, rep *report) {
	b.p("### Why each target is met or missed (measured in this run)")
	b.p("")
	renderRefreshCause(b, rep)
	if s, ok := sizeOf(rep, 500); ok {
		pc := s.Plan.ProviderCPU()
		tfOnly := s.Plan.TFCPU - pc
		line := fmt.Sprintf("- **Plan time.** At N = 500 the provider's processes used %.1f s of CPU (%.1f ms per level) in the steady-state "+
			"plan and terraform itself %.1f s, against %.1f s for the whole terraform_data plan: terraform's own work on this schema is "+
			"%s the floor",
			pc, pc*1000/float64(s.N), tfOnly, s.DataPlan.TFCPU, relativeTo(tfOnly, s.DataPlan.TFCPU))
		if s.DataPlan.TFCPU > 0 && math.Abs(tfOnly/s.DataPlan.TFCPU-1) <= 0.15 {
			line += ", so the gap is the provider's CPU"
		}
		if p := rep.Profile; p != nil && p.N == s.N {
			own := p.part("Read: the provider") + p.part("ModifyPlan")
			calls := p.part("ReadResource (") + p.part("PlanResourceChange (") + p.part("ValidateResourceConfig") + p.part("UpgradeResourceState")
			line += fmt.Sprintf(". The profile splits it: terraform-plugin-framework's handling of the calls outside the provider's "+
				"code %.1f s (%.1f ms per level) — converting every value between msgpack, tftypes and framework values and walking "+
				"each of a level's ~110 attribute paths against the schema several times per call (defaults, null blocks, plan "+
				"modifiers, unknown marking); garbage collection %.1f s (the plan allocated %.0f MB, %.1f MB per level); the provider's "+
				"own Read and ModifyPlan %.2f s, of which the evaluator %s",
				calls-own, (calls-own)*1000/float64(p.N), p.part("garbage"), p.AllocMB, p.AllocMB/float64(p.N), own, evaluatorShare(p))
		}
		b.p("%s. Refresh adds %s over `-refresh=false` at N = 500. Cut so far: attributes moved in one pass instead of "+
			"one framework walk each (`BenchmarkSetFieldsState`: 6× less CPU, 6× fewer allocations), nested object types "+
			"built once, the SDK's trace logging off when terraform discards it, batched refresh reads read ahead.",
			line, secs(s.Plan.Wall-s.PlanNoRefresh.Wall))
	}
	for _, l := range rep.Latency {
		c := l.Apply.Counters
		perObj := float64(c.Total-applyOverhead(rep)) / float64(l.N)
		ideal := idealPipeline(l.N, perObj, l.Latency)
		b.p("- **Apply at %s.** terraform_data's own apply of %d resources took %s against an ideal pipeline of %s: "+
			"terraform's per-resource apply work bounds the wall time before the PSA does. The provider's part, (wall − floor) ÷ "+
			"ideal, is %.2f×; %.2f requests per object (one create each, read-backs shared: writes in progress keep a read-back "+
			"batch open, so the more creates wait on the 3 slots, the fuller the batches).",
			l.Latency, l.N, secs(l.DataApply.Wall), secs(ideal), (l.Apply.Wall.Seconds()-l.DataApply.Wall.Seconds())/ideal.Seconds(), perObj)
	}
	if l, ok := sizeOf(rep, 1000); ok {
		var trail []string
		for _, s := range rep.Sizes {
			trail = append(trail, fmt.Sprintf("%.0f", s.Plan.PeakRSSMiB()))
		}
		line := fmt.Sprintf("- **Memory.** Peak RSS of the steady-state plan grows with N (%s MiB for N = %s). The heap still live "+
			"when a plan ends is small; the peak is the working set of the calls in progress (about -parallelism of them) and "+
			"their garbage: ", strings.Join(trail, " → "), sizesList(rep))
		if p := rep.Profile; p != nil {
			line += fmt.Sprintf("%.1f MB allocated per level (largest allocator: `%s`, %.0f MB at N = %d), ", p.AllocMB/float64(p.N), shortFn(firstName(p.AllocTop)), firstFlat(p.AllocTop), p.N)
		}
		line += "collected under the provider's soft memory limit of 120 MiB (`main.go`; without it Go's default pacing, " +
			"which lets the heap double between collections, took the plan of 1000 levels to 180 MiB: see the memory-limit runs below)"
		if l.HasComparisons {
			line += fmt.Sprintf("; more concurrency raises it (`-parallelism=N`: %.0f MiB at N = 1000)", l.PlanWide.PeakRSSMiB())
		}
		if u := rep.Unmanaged; u != nil && measured(u.Clean) {
			tenant := "a big tenant does not change it"
			if u.Plan.PeakRSSMiB() > 1.15*u.Clean.PeakRSSMiB() {
				tenant = "a big tenant raises it"
			}
			line += fmt.Sprintf("; %s (%.0f MiB for %d levels beside %d unmanaged, %.0f MiB in the clean tenant)", tenant, u.Plan.PeakRSSMiB(), u.N, u.Seeded, u.Clean.PeakRSSMiB())
		}
		b.p("%s. Setting `GOMEMLIMIT` replaces the provider's limit.", line)
	}
	if u := rep.Unmanaged; u != nil {
		renderUnmanagedCause(b, u)
	}
	b.p("")
}

// Terraform's default -parallelism, and the most ids one refresh query
// asks for (internal/autotask MaxReadBatch).
const (
	defaultParallelism = 10
	maxBatchIDs        = 500
)

// renderRefreshCause explains the refresh requests of the plans: what
// read-ahead did in the steady state, what the first plan after create cost
// and why, and the comparison runs.
func renderRefreshCause(b *md, rep *report) {
	s, ok := refSize(rep)
	if !ok {
		return
	}
	st := splitOf(s.Plan)
	per := perResource(s.Plan, s.N)
	if !st.ok {
		b.p("- **Refresh requests.** The plan of N = %d cost %d requests (%.3f per resource). This report predates the mock's "+
			"count of queries by id, so the refresh reads are not split out of the plan's requests.", s.N, s.Plan.Counters.Total, per)
		return
	}
	floor := (s.N + defaultParallelism - 1) / defaultParallelism
	least := (s.N + maxBatchIDs - 1) / maxBatchIDs
	reads := st.ByID + st.GETs
	line := fmt.Sprintf("- **Refresh requests.** Terraform holds one of its `-parallelism` slots (default 10) for a resource's whole "+
		"plan step, so at most 10 `ReadResource` calls wait together, and batching the reads that wait together needs about "+
		"N ÷ 10 queries — %d at N = %d. ", floor, s.N)
	if reads < int64(floor) {
		line += "Read-ahead beats that floor: each level keeps in its private state its shard of the ids the provider knew " +
			"when it last wrote the level's state (the known ids cut into aligned blocks of the id space that encode in under " +
			"640 bytes, so private state stays under 1 KiB whatever the id scatter; `internal/idset`), and every Read hands them " +
			"to the client before it reads (`internal/provider/read_ahead.go`, `ExpectReads` in `internal/autotask/batch.go`), so " +
			"the first refresh queries ask for whole shards (up to 500 ids a query) and the Reads that follow are answered from " +
			"their answers. In the steady-state plan"
	} else {
		line += "Read-ahead did not beat that floor in this run: in the steady-state plan"
	}
	line += fmt.Sprintf(" (after an apply that stored refreshed state) the %d levels were read with %d %s by id asking %d ids "+
		"and %d %s; the least possible is %d %s",
		s.N, st.ByID, plural(st.ByID, "query", "queries"), st.IDs, st.GETs, plural(st.GETs, "GET", "GETs"), least, plural(int64(least), "query", "queries"))
	var byN, others []string
	sameOther := true
	for _, x := range rep.Sizes {
		if xs := splitOf(x.Plan); xs.ok {
			byN = append(byN, fmt.Sprintf("%d: %d", x.N, xs.ByID))
			others = append(others, fmt.Sprintf("%d: %d", x.N, xs.Other))
			sameOther = sameOther && xs.Other == st.Other
		}
	}
	if len(byN) > 1 {
		line += fmt.Sprintf(" (queries by id at N = %s)", strings.Join(byN, ", "))
	}
	line += fmt.Sprintf(". The plan's other %d requests (%s) are the plan-time remote view and the threshold read", st.Other, entities(st.others(s.Plan.Counters)))
	if len(others) > 1 {
		if sameOther {
			line += ", the same at every N"
		} else {
			line += fmt.Sprintf(" (at N = %s)", strings.Join(others, ", "))
		}
	}
	line += fmt.Sprintf(": %d requests in all, %.3f per resource", s.Plan.Counters.Total, per)
	if s.N == 500 {
		allowed := targetReqPerResource * float64(s.N)
		if per <= targetReqPerResource {
			line += fmt.Sprintf(", within the target's %.0f", allowed)
		} else {
			line += fmt.Sprintf(", over the target's %.0f", allowed)
			if float64(st.Other) >= allowed {
				line += fmt.Sprintf(": the %d requests that do not read the managed levels use it up alone", st.Other)
			}
		}
	}
	b.p("%s.", line)

	if measured(s.PlanFirst) {
		f := splitOf(s.PlanFirst)
		var fl string
		switch {
		case !f.ok:
			fl = fmt.Sprintf("The first plan after the creating apply cost %d requests", s.PlanFirst.Counters.Total)
		case s.PlanFirst.Counters.Total > s.Plan.Counters.Total:
			fl = fmt.Sprintf("The first plan after the creating apply cost more: %d requests (%.3f per resource; %d %s by id asking %d ids, "+
				"%d %s). Private state is stored only by commands that write state, and a level's shard is written when it is created, "+
				"holding only the ids created before it: the first query asks for the ids its first readers knew, and the levels created "+
				"after them wait for further batches",
				s.PlanFirst.Counters.Total, perResource(s.PlanFirst, s.N), f.ByID, plural(f.ByID, "query", "queries"), f.IDs, f.GETs, plural(f.GETs, "GET", "GETs"))
		default:
			fl = fmt.Sprintf("The first plan after the creating apply cost %d requests (%d %s by id asking %d ids, %d %s): no more than the "+
				"steady state here, although the shards written at create are partial (a level knew only the ids created before it)",
				s.PlanFirst.Counters.Total, f.ByID, plural(f.ByID, "query", "queries"), f.IDs, f.GETs, plural(f.GETs, "GET", "GETs"))
		}
		if measured(s.Settle) {
			fl += fmt.Sprintf(". The apply with nothing to change that follows it (%d requests; plans after applies are an MSP's usual "+
				"cycle) stores every level's refreshed shard, and the plans after it are the steady-state plans reported here",
				s.Settle.Counters.Total)
		}
		b.p("  %s.", fl)
	}

	if s.HasComparisons && measured(s.PlanUnbatched) {
		u, w := splitOf(s.PlanUnbatched), splitOf(s.PlanWide)
		line := fmt.Sprintf("With batching off (`AUTOTASK_READ_BATCH_WINDOW=0`) every level is read with a GET: %d requests", s.PlanUnbatched.Counters.Total)
		if u.ok {
			line += fmt.Sprintf(" (%d GETs)", u.GETs)
		}
		line += fmt.Sprintf(", so batched ÷ off = %s; at `-parallelism=N` the steady-state plan cost %d requests",
			ratio(float64(s.Plan.Counters.Total), float64(s.PlanUnbatched.Counters.Total)), s.PlanWide.Counters.Total)
		if w.ok {
			line += fmt.Sprintf(" (%d %s by id)", w.ByID, plural(w.ByID, "query", "queries"))
		}
		line += ". More parallelism is safe for Autotask's thread limit: the client never has more than 3 requests in flight per endpoint ("
		if n := allTooMany(rep); n == 0 {
			line += "no 429 in any run)"
		} else {
			line += fmt.Sprintf("%d 429s in this run)", n)
		}
		line += fmt.Sprintf(". The steady-state plan took %s, the unbatched one %s", secs(s.Plan.Wall), secs(s.PlanUnbatched.Wall))
		if s.Plan.Wall.Seconds() > 1.15*s.PlanUnbatched.Wall.Seconds() {
			line += ": a batch holds the readers it has gathered for up to 150 ms (20 ms when it reads ahead), and on a loaded " +
				"machine terraform's next reads come late, so a round can wait out its window while terraform's slots sit idle — " +
				"the price of the fewer requests"
		} else {
			line += ": batching cost no plan time here"
		}
		b.p("  %s.", line)
	}
}

// renderUnmanagedCause compares the plan beside the unmanaged levels with
// the clean tenant's.
func renderUnmanagedCause(b *md, u *unmanagedRuns) {
	line := fmt.Sprintf("- **Unmanaged levels.** The plan-time remote view reads only the levels on the API-user license, the API "+
		"users and Terraform's own level (`internal/provider/psa_view.go`), and the refresh asks only for the managed levels' ids, "+
		"so neither depends on the %d levels the configuration does not manage", u.Seeded)
	if !measured(u.Clean) {
		b.p("%s. This run has no clean plan of %d levels to compare with: the plan beside them cost %d requests (%s).", line, u.N, u.Plan.Counters.Total, entities(u.Plan.Counters))
		return
	}
	extra := u.Plan.Counters.Total - u.Clean.Counters.Total
	line += fmt.Sprintf(". Measured, both after an apply with nothing to change: %d requests beside them against %d in a clean tenant", u.Plan.Counters.Total, u.Clean.Counters.Total)
	a, c := splitOf(u.Plan), splitOf(u.Clean)
	if a.ok && c.ok {
		line += fmt.Sprintf(" (refresh queries by id %d vs %d asking %d vs %d ids, GETs %d vs %d, other %d vs %d)", a.ByID, c.ByID, a.IDs, c.IDs, a.GETs, c.GETs, a.Other, c.Other)
	}
	switch {
	case extra <= 0:
		line += ": they cost nothing extra"
	default:
		line += fmt.Sprintf(": %+d requests, in %s", extra, entityDiff(u.Plan.Counters, u.Clean.Counters))
		if a.ok && c.ok && a.ByID != c.ByID {
			line += "; the refresh queries differ although they ask for the same levels: how many reads meet in a batch " +
				"follows the pace at which terraform sends them"
		}
	}
	line += fmt.Sprintf(". Provider CPU %.1f s vs %.1f s, plan wall %s vs %s", u.Plan.ProviderCPU(), u.Clean.ProviderCPU(), secs(u.Plan.Wall), secs(u.Clean.Wall))
	b.p("%s.", line)
}

// relativeTo says how a compares with the floor b, in words.
func relativeTo(a, b float64) string {
	if b <= 0 {
		return "not comparable with"
	}
	d := 100 * (a/b - 1)
	switch {
	case math.Abs(d) < 0.5:
		return "level with"
	case d > 0:
		return fmt.Sprintf("%.0f%% above", d)
	default:
		return fmt.Sprintf("%.0f%% below", -d)
	}
}

// entities lists the requests of a command by entity, sorted by name.
func entities(c mockpsa.Counters) string {
	keys := make([]string, 0, len(c.ByEntity))
	for k := range c.ByEntity {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, c.ByEntity[k]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// entityDiff lists the entities whose request counts differ, a − b.
func entityDiff(a, b mockpsa.Counters) string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range []map[string]int64{a.ByEntity, b.ByEntity} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		if d := a.ByEntity[k] - b.ByEntity[k]; d != 0 {
			parts = append(parts, fmt.Sprintf("%s %+d", k, d))
		}
	}
	if len(parts) == 0 {
		return "no entity"
	}
	return strings.Join(parts, ", ")
}

func sizesList(rep *report) string {
	var ns []string
	for _, s := range rep.Sizes {
		ns = append(ns, fmt.Sprint(s.N))
	}
	return strings.Join(ns, ", ")
}

func firstName(l []profileLine) string {
	if len(l) == 0 {
		return "–"
	}
	return l[0].Name
}

func firstFlat(l []profileLine) float64 {
	if len(l) == 0 {
		return 0
	}
	return l[0].Flat
}

func ratioTrail(rep *report) string {
	var parts []string
	for _, s := range rep.Sizes {
		parts = append(parts, fmt.Sprintf("%d: %.2f×", s.N, s.Plan.Wall.Seconds()/s.DataPlan.Wall.Seconds()))
	}
	return strings.Join(parts, ", ")
}

func methods(m map[string]int64) string {
	var parts []string
	for _, k := range []string{"POST", "GET", "PATCH", "PUT", "DELETE"} {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[k], k))
		}
	}
	return strings.Join(parts, ", ")
}

// processOverhead is what every provider process of a plan or apply
// requests whatever N: the plan-time remote view (a query of the
// API-license levels and one of the API users, internal/provider/psa_view.go)
// and the threshold read. A -refresh=false plan makes only these, so it
// measures them; without one in the report, the three are assumed.
func processOverhead(rep *report) int64 {
	for _, s := range rep.Sizes {
		if measured(s.PlanNoRefresh) && s.PlanNoRefresh.Counters.Total > 0 {
			return s.PlanNoRefresh.Counters.Total
		}
	}
	return 3
}

// applyOverhead is what an apply costs besides creating and reading back:
// processOverhead once in the plan and once in the apply process.
func applyOverhead(rep *report) int64 { return 2 * processOverhead(rep) }

// idealPipeline is perObj requests for each of n objects through 3
// in-flight slots at the given latency.
func idealPipeline(n int, perObj float64, lat time.Duration) time.Duration {
	return time.Duration(float64(n) * perObj * float64(lat) / pipelineSlots)
}

func renderRequests(b *md, rep *report) {
	b.p("### API requests per `terraform plan` (refresh included)")
	b.p("")
	b.p("The steady-state plan is a plan after an apply that stored refreshed state (here `terraform apply` with nothing " +
		"to change, run after the first plan: an MSP's usual cycle of plans after applies); \"first plan after create\" is the " +
		"plan right after the creating apply. Refresh queries by id are the mock's count of level queries whose only filter is " +
		"an `in` on id (the batched refresh reads), ids asked what they asked for; GETs are GETs besides ThresholdInformation " +
		"(a level read on its own); other is the rest — the plan-time remote view (a query of the API-license levels and one of " +
		"the API users, whatever the tenant's size) and the threshold read. Batching off (`AUTOTASK_READ_BATCH_WINDOW=0`) reads " +
		"every level with a GET. 429s are those of all the size's plans.")
	b.p("")
	settled := false
	for _, s := range rep.Sizes {
		settled = settled || measured(s.Settle)
	}
	if len(rep.Sizes) > 0 && !settled {
		b.p("(This report predates the settling apply: its plans ran right after the creating apply, and its counters may lack the split by id, shown as –.)")
		b.p("")
	}
	var rows [][]string
	for _, s := range rep.Sizes {
		st := splitOf(s.Plan)
		row := []string{fmt.Sprint(s.N), fmt.Sprint(s.Plan.Counters.Total), fmt.Sprintf("%.3f", perResource(s.Plan, s.N)),
			st.cell(st.ByID), st.cell(st.IDs), st.cell(st.GETs), st.cell(st.Other), withByID(s.PlanFirst)}
		if s.HasComparisons {
			off := total(s.PlanUnbatched)
			if u := splitOf(s.PlanUnbatched); u.ok {
				off += fmt.Sprintf(" (%d GETs)", u.GETs)
			}
			row = append(row, off, ratio(float64(s.Plan.Counters.Total), float64(s.PlanUnbatched.Counters.Total)), withByID(s.PlanWide))
		} else {
			row = append(row, "–", "–", "–")
		}
		row = append(row, fmt.Sprint(s.tooMany()))
		rows = append(rows, row)
	}
	b.table([]string{"N", "requests (steady-state plan)", "per resource", "refresh queries by id", "ids asked", "GETs", "other",
		"first plan after create", "batching off", "batched ÷ off", "-parallelism=N", "429s"}, rows)
}

// withByID is "total (q by id)", the total alone without the split, "–"
// when the step did not run.
func withByID(r result) string {
	s := splitOf(r)
	if !s.ok {
		return total(r)
	}
	return fmt.Sprintf("%d (%d by id)", s.Total, s.ByID)
}

func renderTimes(b *md, rep *report) {
	b.p("### `terraform plan` wall time against the terraform_data floor")
	b.p("")
	b.p("CPU columns are user+sys seconds: the provider's processes (from rusage), and terraform itself without them.")
	b.p("")
	var rows [][]string
	for _, s := range rep.Sizes {
		pc := s.Plan.ProviderCPU()
		rows = append(rows, []string{fmt.Sprint(s.N), secs(s.Plan.Wall), secs(s.DataPlan.Wall), ratio(s.Plan.Wall.Seconds(), s.DataPlan.Wall.Seconds()),
			secs(s.PlanNoRefresh.Wall), ratio(s.PlanNoRefresh.Wall.Seconds(), s.DataPlan.Wall.Seconds()),
			fmt.Sprintf("%.2f s", pc), fmt.Sprintf("%.2f ms", pc*1000/float64(s.N)), fmt.Sprintf("%.2f s", s.Plan.TFCPU-pc), fmt.Sprintf("%.2f s", s.DataPlan.TFCPU),
			ratio(s.Plan.TFCPU, s.DataPlan.TFCPU)})
	}
	b.table([]string{"N", "provider plan (steady state)", "terraform_data plan", "ratio", "provider, -refresh=false", "ratio", "provider CPU", "per level", "terraform CPU (w/o provider)", "terraform_data CPU", "CPU ratio"}, rows)
}

func renderApply(b *md, rep *report) {
	b.p("### `terraform apply` (all creates, no latency) and memory")
	b.p("")
	var rows [][]string
	for _, s := range rep.Sizes {
		c := s.Apply.Counters
		rows = append(rows, []string{fmt.Sprint(s.N), secs(s.Apply.Wall), fmt.Sprint(c.Total), fmt.Sprintf("%.2f", float64(c.Total-applyOverhead(rep))/float64(s.N)),
			fmt.Sprint(c.TooManyRequests), fmt.Sprintf("%.0f MiB", s.Plan.PeakRSSMiB()), fmt.Sprintf("%.0f MiB", s.Apply.PeakRSSMiB())})
	}
	b.table([]string{"N", "provider apply", "requests", "per object", "429s", "peak RSS, steady-state plan", "peak RSS, apply"}, rows)
	b.p("Per object is (requests − %d) ÷ N: the remote view and threshold read of the apply's plan and apply processes are left out. "+
		"Without latency a create's answer comes back at once, so few read-backs meet in a batch; the latency runs below "+
		"show the pipeline Autotask's real latency gives, next to terraform_data's own apply. (The terraform_data floor's state "+
		"for the plans above is written by the harness, the same state an apply leaves, rather than applied: applying 1000 "+
		"terraform_data resources costs minutes of terraform's own time and measures nothing about the provider.)", applyOverhead(rep))
	b.p("")
}

func renderLatency(b *md, rep *report) {
	if len(rep.Latency) == 0 {
		return
	}
	b.p("### Apply pipeline at the mock's latency (`mockpsa -latency`)")
	b.p("")
	b.p("Ideal = objects × requests per object × latency ÷ 3 (Autotask's three in-flight requests per endpoint). " +
		fmt.Sprintf("Per object excludes the %d requests an apply makes whatever N: the remote view and threshold read of its plan and its apply "+
			"process, %d each as the `-refresh=false` plan measures them.", applyOverhead(rep), processOverhead(rep)))
	b.p("")
	var rows [][]string
	for _, l := range rep.Latency {
		c := l.Apply.Counters
		perObj := float64(c.Total-applyOverhead(rep)) / float64(l.N)
		ideal := idealPipeline(l.N, perObj, l.Latency)
		rows = append(rows, []string{l.Latency.String(), fmt.Sprint(l.N), secs(l.Apply.Wall), fmt.Sprintf("%d (%s)", c.Total, methods(c.ByMethod)),
			fmt.Sprintf("%.2f", perObj), fmt.Sprint(c.TooManyRequests), secs(ideal), ratio(l.Apply.Wall.Seconds(), ideal.Seconds()),
			secs(l.DataApply.Wall), ratio(l.Apply.Wall.Seconds()-l.DataApply.Wall.Seconds(), ideal.Seconds())})
	}
	b.table([]string{"latency", "creates", "apply wall", "requests", "per object", "429s", "ideal pipeline", "wall ÷ ideal", "terraform_data apply", "(wall − floor) ÷ ideal"}, rows)
}

func renderUnmanaged(b *md, rep *report) {
	u := rep.Unmanaged
	if u == nil {
		return
	}
	b.p("### A tenant holding %d levels the configuration does not manage", u.Seeded)
	b.p("")
	settled := ""
	if measured(u.Settle) {
		settled = " Both are steady-state plans: each tenant's levels were settled by an apply with nothing to change first."
	}
	b.p("The same plan of %d managed levels in a clean tenant and in one with %d more levels created out of band "+
		"(seeding took %s through the mock's control API and cost no API requests).%s Columns as in the requests table.", u.N, u.Seeded, u.SeedTime.Round(time.Second), settled)
	b.p("")
	row := func(name string, r result) []string {
		if !measured(r) {
			return []string{name, "–", "–", "–", "–", "–", "–", "–", "–"}
		}
		s := splitOf(r)
		return []string{name, fmt.Sprint(r.Counters.Total), s.cell(s.ByID), s.cell(s.IDs), s.cell(s.GETs), s.cell(s.Other), secs(r.Wall), fmt.Sprintf("%.2f s", r.ProviderCPU()), fmt.Sprintf("%.0f MiB", r.PeakRSSMiB())}
	}
	b.table([]string{"tenant", "plan requests", "refresh queries by id", "ids asked", "GETs", "other", "plan wall", "provider CPU", "peak RSS"}, [][]string{
		row("clean", u.Clean), row(fmt.Sprintf("+%d unmanaged", u.Seeded), u.Plan),
	})
}

func renderFindings(b *md, rep *report) {
	if len(rep.Findings) == 0 {
		return
	}
	b.p("### Plan-time findings: terraform's cost per warning")
	b.p("")
	b.p("Plans of N new levels (nothing in state) in one file: without findings, and with the base level's defaults, " +
		"which give every level one finding (AT303, raised to a warning with `rule_severity`), shown on its attribute. Terraform renders " +
		"each diagnostic with a snippet of its file and re-parses the whole file to do so, so the cost of a warning grows " +
		"with the size of the file: one warning per resource makes a plan quadratic in the number of resources. Splitting " +
		"a large configuration into several files keeps it linear.")
	b.p("")
	var rows [][]string
	for _, f := range rep.Findings {
		extra := f.Findings.Wall - f.Clean.Wall
		per := "–"
		if f.Warnings > 0 {
			per = fmt.Sprintf("%.0f ms", extra.Seconds()*1000/float64(f.Warnings))
		}
		rows = append(rows, []string{fmt.Sprint(f.N), secs(f.Clean.Wall), secs(f.Findings.Wall), fmt.Sprint(f.Warnings), ratio(f.Findings.Wall.Seconds(), f.Clean.Wall.Seconds()), per,
			fmt.Sprintf("%.2f s", f.Findings.TFCPU-f.Findings.ProviderCPU()), fmt.Sprintf("%.2f s", f.Clean.TFCPU-f.Clean.ProviderCPU())})
	}
	b.table([]string{"N", "plan, no findings", "plan, one finding per level", "warnings", "ratio", "extra per warning", "terraform CPU with findings", "without"}, rows)
}

func renderProfile(b *md, rep *report) {
	p := rep.Profile
	if p == nil {
		return
	}
	b.p("### Where the provider's plan time goes (CPU profile, N = %d)", p.N)
	b.p("")
	b.p("A plan of %d levels with `bench/provider-pprof` (the provider with a CPU profile) in place of the plugin: "+
		"%.2f s of samples over its processes. Cumulative time; rows overlap where one calls the other.", p.N, p.Samples)
	b.p("")
	var rows [][]string
	for _, part := range p.Parts {
		rows = append(rows, []string{strings.ReplaceAll(part.Name, "  ", "&nbsp;&nbsp;"), fmt.Sprintf("%.2f s", part.Cum), fmt.Sprintf("%.0f%%", 100*part.Cum/math.Max(p.Samples, 1e-9)), fmt.Sprintf("%.2f ms", part.Cum*1000/float64(p.N))})
	}
	b.table([]string{"part", "CPU", "share", "per level"}, rows)
	var top [][]string
	for _, l := range p.Top {
		top = append(top, []string{"`" + shortFn(l.Name) + "`", fmt.Sprintf("%.2f s", l.Flat), fmt.Sprintf("%.2f s", l.Cum)})
	}
	b.p("Hottest functions (flat):")
	b.p("")
	b.table([]string{"function", "flat", "cum"}, top)
}

func shortFn(s string) string {
	if i := strings.LastIndex(s, "/"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func renderGoBench(b *md, rep *report) {
	if len(rep.GoBench) == 0 {
		return
	}
	b.p("### Batching layer and evaluator (`go test -bench`, same run)")
	b.p("")
	var rows [][]string
	for _, g := range rep.GoBench {
		var ms []string
		for _, m := range g.Metrics {
			ms = append(ms, m[0]+" "+m[1])
		}
		rows = append(rows, []string{"`" + g.Name + "`", strings.Join(ms, ", ")})
	}
	b.table([]string{"benchmark", "result"}, rows)
	b.p("`BenchmarkBatchedGets500` also runs in `make test` (`TestBatchBenchmarkCounts`), which asserts its request count: " +
		"one query for 500 concurrent reads.")
	b.p("")
}

// machine describes the CPU and memory from /proc.
func machine() string {
	model, cpus := "unknown CPU", 0
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "model name") {
				cpus++
				if i := strings.IndexByte(line, ':'); i >= 0 {
					model = strings.TrimSpace(line[i+1:])
				}
			}
		}
		_ = f.Close()
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				var kb float64
				_, _ = fmt.Sscan(f[1], &kb)
				mem = fmt.Sprintf(", %.0f GiB", kb/1024/1024)
			}
		}
	}
	return fmt.Sprintf("%d × %s%s, %s/%s", cpus, model, mem, runtime.GOOS, runtime.GOARCH)
}

func versions() string {
	tf := "terraform ?"
	if out, err := exec.CommandContext(context.Background(), "terraform", "version").Output(); err == nil {
		tf = strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
	}
	return fmt.Sprintf("%s, %s", strings.Replace(tf, "Terraform v", "Terraform ", 1), runtime.Version())
}

// evaluatorShare is the evaluator's part of a plan profile in words.
func evaluatorShare(p *profile) string {
	e := p.part("evaluator")
	if e == 0 {
		return fmt.Sprintf("under 0.5%% of the samples (under %.2f ms per level; pprof left it out)", p.Samples*5/float64(p.N))
	}
	return fmt.Sprintf("%.2f s (%.2f ms per level)", e, e*1000/float64(p.N))
}
