package main

import (
	"fmt"
	"strings"
)

const (
	tenantsStart = "<!-- bench-tenants:start (written by `make bench` or `go run ./bench -only tenants`; edit bench/report_tenants.go instead) -->"
	tenantsEnd   = "<!-- bench-tenants:end -->"
)

// Targets of issue 22.
const (
	targetMiBPerAlias     = 20
	targetTenantsT        = 50
	targetReplanPerTenant = 6
)

// ranMain reports whether any scenario of the main section ran.
func (rep *report) ranMain() bool {
	return len(rep.Sizes) > 0 || len(rep.Latency) > 0 || rep.Unmanaged != nil || len(rep.Findings) > 0 || rep.Profile != nil || len(rep.GoBench) > 0
}

func (rep *report) ranTenants() bool { return len(rep.Tenants) > 0 || rep.Memory != nil }

// replaceSection puts section between its markers in doc, or after the
// marker after when doc lacks them, or at the end.
func replaceSection(doc, start, end, section, after string) string {
	if i, j := strings.Index(doc, start), strings.Index(doc, end); i >= 0 && j > i {
		return doc[:i] + section + doc[j+len(end):]
	}
	if k := strings.Index(doc, after); after != "" && k >= 0 {
		k += len(after)
		return doc[:k] + "\n\n" + strings.TrimRight(section, "\n") + doc[k:]
	}
	if doc == "" {
		doc = "# Benchmarks\n"
	}
	return strings.TrimRight(doc, "\n") + "\n\n" + section + "\n"
}

func tenantsPanels(rep *report) []panel {
	var ts, rss, private, target, apply, plan []float64
	for _, tr := range rep.Tenants {
		t := float64(tr.T)
		ts = append(ts, t)
		rss = append(rss, tr.peakSummed()/t)
		private = append(private, tr.peakPrivate()/t)
		target = append(target, targetMiBPerAlias)
		apply = append(apply, tr.Apply.Wall.Seconds())
		plan = append(plan, tr.Plan.Wall.Seconds())
	}
	return []panel{
		{title: "provider memory per alias", ylabel: "MiB", xlabel: "T (tenants)", series: []series{
			{"summed RSS / T (target 20)", blue, ts, rss},
			{"private memory / T", amber, ts, private},
			{"target", red, ts, target},
		}},
		{title: "wall time", ylabel: "seconds", xlabel: "T (tenants)", series: []series{
			{"apply (creates)", blue, ts, apply},
			{"re-plan", amber, ts, plan},
		}},
	}
}

func renderTenantsSection(o options, rep *report) string {
	var b md
	b.p("%s", tenantsStart)
	b.p("## Many tenants: one provider configuration per tenant (`make bench`; alone: `go run ./bench -only tenants`)")
	b.p("")
	b.p("Run %s on %s; %s; load average %s before and %s after.", rep.Started.UTC().Format("2006-01-02 15:04 MST"), machine(), versions(), rep.LoadBefore, rep.LoadAfter)
	b.p("")
	if len(rep.Tenants) > 0 {
		l := rep.Tenants[0].Levels
		b.p("How it runs: one root module with T `provider \"autotask\"` blocks, an alias per tenant, each on its own mock "+
			"tenant (created through the mock's control API; credentials from an ephemeral variable), and one instance per "+
			"tenant of a module of %d security levels (the payload of the levels above). Terraform starts a plugin process "+
			"per provider configuration, and short-lived ones that only serve the schema. The harness applies (all creates) "+
			"and re-plans (nothing to change). Requests per tenant are each mock tenant's counters. Memory comes from "+
			"`bench/providerwrap`, which samples each plugin's `/proc/<pid>/statm` every 20 ms: the summed RSS is the largest "+
			"sum over the processes alive at one moment; private memory is each process's RSS without its file-backed "+
			"part (the binary's pages, which the kernel holds once for all the processes running it). The plugin is built "+
			"as the release is (`CGO_ENABLED=0`, `-trimpath`, `-s -w`). Chart: `%s`.", l, o.tenantsChart)
		b.p("")
		b.p("![provider memory per alias and wall time against the number of tenants](%s)", relTo(o.out, o.tenantsChart))
		b.p("")
		renderTenantsTargets(&b, rep)
		renderTenantsTable(&b, rep)
	}
	renderMemoryBreakdown(&b, rep)
	renderTenantsCause(&b, rep)
	b.p("%s", tenantsEnd)
	return b.String()
}

func tenantsAt(rep *report, t int) (tenantsRuns, bool) {
	for _, tr := range rep.Tenants {
		if tr.T == t {
			return tr, true
		}
	}
	return tenantsRuns{}, false
}

func renderTenantsTargets(b *md, rep *report) {
	b.p("### Targets (issue 22)")
	b.p("")
	var rows [][]string
	if tr, ok := tenantsAt(rep, targetTenantsT); ok {
		per := tr.peakSummed() / float64(tr.T)
		rows = append(rows,
			[]string{fmt.Sprintf("Memory per provider configuration ≤ %d MiB at %d tenants × %d levels (peak of the summed provider RSS ÷ tenants)", targetMiBPerAlias, tr.T, tr.Levels),
				fmt.Sprintf("%.1f MiB (summed %.0f MiB; apply %.1f, re-plan %.1f per alias); private memory %.1f MiB per alias, the binary's shared pages once more %.1f MiB in all",
					per, tr.peakSummed(), tr.ApplyMem.summed()/float64(tr.T), tr.PlanMem.summed()/float64(tr.T), tr.peakPrivate()/float64(tr.T), max(tr.ApplyMem.FileMaxMiB, tr.PlanMem.FileMaxMiB)),
				verdict(per <= targetMiBPerAlias)},
			[]string{fmt.Sprintf("Re-plan ≤ %d requests per tenant at %d tenants (the plan right after the creating apply)", targetReplanPerTenant, tr.T),
				fmt.Sprintf("at most %d (mean %.1f; %d in all)%s", maxOf(tr.PlanRequests), meanOf(tr.PlanRequests), tr.Plan.Counters.Total, steadyNote(tr)),
				verdict(maxOf(tr.PlanRequests) <= targetReplanPerTenant)})
	}
	if len(rows) == 0 {
		return
	}
	b.table([]string{"target", "measured", ""}, rows)
}

// steadyNote is the steady-state plan's requests per tenant, when it ran.
func steadyNote(tr tenantsRuns) string {
	if len(tr.SteadyRequests) == 0 {
		return ""
	}
	return fmt.Sprintf("; steady-state plan (after an apply with nothing to change) at most %d, mean %.1f", maxOf(tr.SteadyRequests), meanOf(tr.SteadyRequests))
}

func renderTenantsTable(b *md, rep *report) {
	b.p("### Tenants × %d levels: time, requests and memory", rep.Tenants[0].Levels)
	b.p("")
	var rows [][]string
	for _, tr := range rep.Tenants {
		t := float64(tr.T)
		rows = append(rows, []string{fmt.Sprint(tr.T), secs(tr.Apply.Wall), secs(tr.Plan.Wall),
			fmt.Sprintf("%.1f / %d", meanOf(tr.ApplyRequests), maxOf(tr.ApplyRequests)),
			fmt.Sprintf("%.1f / %d", meanOf(tr.PlanRequests), maxOf(tr.PlanRequests)), meanMax(tr.SteadyRequests), secsOrDash(tr.Steady),
			fmt.Sprintf("%d / %d", tr.ApplyMem.Processes, tr.PlanMem.Processes),
			fmt.Sprintf("%.2f s", tr.Apply.ProviderCPU()+tr.Plan.ProviderCPU()),
			fmt.Sprintf("%.0f MiB", tr.peakSummed()), fmt.Sprintf("**%.1f MiB**", tr.peakSummed()/t),
			fmt.Sprintf("%.0f MiB", max(tr.ApplyMem.SumOfPeaksMiB, tr.PlanMem.SumOfPeaksMiB)),
			fmt.Sprintf("%.0f MiB", tr.peakPrivate()), fmt.Sprintf("%.1f MiB", tr.peakPrivate()/t),
			fmt.Sprintf("%.1f MiB", max(tr.ApplyMem.LargestMiB, tr.PlanMem.LargestMiB)),
			fmt.Sprint(tr.Apply.Counters.TooManyRequests + tr.Plan.Counters.TooManyRequests)})
	}
	b.table([]string{"tenants", "apply", "re-plan", "requests per tenant, apply (mean / most)", "re-plan (mean / most)", "steady-state plan (mean / most)", "steady-state plan",
		"provider processes (apply / re-plan)", "provider CPU", "summed RSS at the peak", "per alias", "sum of each process's peak",
		"private memory at the peak", "per alias", "largest process", "429s"}, rows)
	b.p("Every plan of a tenant sends 3 requests whatever its size (the remote view's API-license levels and API users, " +
		"and the hourly threshold) and its refresh queries. The re-plan is the plan right after the creating apply, when " +
		"each level's read-ahead list holds only the ids created before it: Terraform's `-parallelism` slots are shared by " +
		"every tenant, so one tenant's 8 reads come spread over the whole refresh, and a read goes out again whenever " +
		"Terraform reaches a level whose list names levels not read yet — 1 to 3 refresh queries per tenant here, as many " +
		"as the order makes it (4 for one tenant of 50 in one of our runs, which made it 7 requests). The steady-state plan follows an apply with " +
		"nothing to change, which stores complete lists: one or two queries per tenant. Summed RSS and private memory are " +
		"the larger of the apply's and the re-plan's, over all provider processes (the short-lived schema-only ones too).")
	b.p("")
}

func renderMemoryBreakdown(b *md, rep *report) {
	mb := rep.Memory
	if mb == nil || len(mb.Runs) == 0 {
		return
	}
	b.p("### Where one plugin process's memory goes (`bench/provider-memprobe`)")
	b.p("")
	b.p("The plugin built with a probe that reads its RSS every 2 ms and, at each new peak, `/proc/self/smaps_rollup` and " +
		"`runtime/metrics`; at exit it gives its unused heap back (as the plugin does when idle), measures again, and splits " +
		"the binary's resident pages by ELF section (`/proc/self/pagemap`). One tenant, its levels applied first with the " +
		"real plugin; the row is the process that served the command. The Go heap's columns are the runtime's own " +
		"accounting (`/memory/classes/…`); the rest is the private memory they leave out.")
	b.p("")
	var rows [][]string
	for _, r := range mb.Runs {
		rows = append(rows, []string{r.What, fmt.Sprintf("**%.1f**", r.RSS), fmt.Sprintf("%.1f", r.File), fmt.Sprintf("%.1f", r.Anon),
			fmt.Sprintf("%.1f", r.HeapObjects), fmt.Sprintf("%.1f", r.HeapUnused), fmt.Sprintf("%.1f", r.HeapFree), fmt.Sprintf("%.1f", r.Stacks),
			fmt.Sprintf("%.1f", max(0, r.Anon-r.HeapObjects-r.HeapUnused-r.HeapFree-r.Stacks)), fmt.Sprintf("%.1f", r.HeapLive), fmt.Sprintf("%.1f", r.HeapGoal),
			fmt.Sprintf("%.0f", r.GCCycles), fmt.Sprintf("%.1f (%.1f)", r.IdleRSS, r.IdleAnon), fmt.Sprintf("%.2f s", r.CPU)})
	}
	b.table([]string{"process (MiB)", "peak RSS", "binary's pages (file-backed)", "private (anonymous)", "Go heap: objects", "free space in spans in use",
		"free spans not yet returned", "goroutine stacks", "rest: written data pages, runtime metadata", "live heap at the last GC", "heap goal",
		"GC cycles", "RSS after giving the heap back (private)", "CPU"}, rows)
	last := mb.Runs[len(mb.Runs)-1]
	var parts []string
	for _, k := range sectionOrder(last.Sections) {
		if last.Sections[k] >= 0.05 {
			parts = append(parts, fmt.Sprintf("`%s` %.1f", k, last.Sections[k]))
		}
	}
	b.p("Resident pages of the binary at the exit of the last process, by section (MiB): %s — %.1f of the %.1f MiB the "+
		"binary loads from its file.", strings.Join(parts, ", "), sum(last.Sections), mb.BinaryMiB)
	b.p("")
}

func meanMax(v []int64) string {
	if len(v) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f / %d", meanOf(v), maxOf(v))
}

func secsOrDash(r result) string {
	if !measured(r) {
		return "–"
	}
	return secs(r.Wall)
}

func sum(m map[string]float64) float64 {
	s := 0.0
	for _, v := range m {
		s += v
	}
	return s
}

// renderTenantsCause explains the memory per alias with this run's numbers.
func renderTenantsCause(b *md, rep *report) {
	mb := rep.Memory
	if mb == nil || len(mb.Runs) == 0 {
		return
	}
	schema, last := mb.Runs[0], mb.Runs[len(mb.Runs)-1]
	what := fmt.Sprintf("plan of %d %s", last.Levels, map[bool]string{true: "level", false: "levels"}[last.Levels == 1])
	b.p("### Why, and the floor")
	b.p("")
	b.p("- **The binary's pages: %.1f MiB of every process, shared.** A process that only serves the schema already has "+
		"%.1f MiB of the binary resident, and the process of a %s %.1f MiB, of the %.1f MiB the binary loads: Go's package "+
		"initialisation (gRPC, the protobuf registries, TLS, the framework, the catalogue) and the calls run code from all "+
		"over it, the runtime reads the pc-line table for every stack it scans or grows, and the kernel maps the 64 KiB "+
		"around each page fault of a file it already caches. RSS counts these pages in every process; the kernel holds "+
		"them once for all the processes of the same binary, so they cost the machine at most %.0f MiB however many "+
		"tenants there are. `-ldflags=\"-s -w\"` strips only sections that are never loaded (symbols, DWARF): the file "+
		"shrinks, these pages do not.",
		last.File, schema.File, what, last.File, mb.BinaryMiB, mb.BinaryMiB)
	b.p("- **Private memory: %.1f MiB at the peak of the schema-only process, %.1f MiB at the peak of the %s.** The Go heap holds "+
		"%.1f MiB live once the schema is served (the framework's schemas, protobuf descriptors, gRPC and HTTP/2 state, "+
		"go-plugin's TLS certificate, the catalogue), Go's pacing lets it grow to about twice its live size before it "+
		"collects (heap goal %.1f MiB at the plan's peak), and free space in spans in use, free spans not yet returned, "+
		"goroutine stacks and written data pages make up the rest.",
		schema.Anon, last.Anon, what, schema.HeapLive, last.HeapGoal)
	if tr, ok := tenantsAt(rep, targetTenantsT); ok && tr.PlanMem.Sampled {
		b.p("- **Processes waiting for their turn give their heap back.** Terraform keeps every provider process until the "+
			"end of the run, and a tenant's process is busy only while Terraform walks that tenant's resources. After 200 ms "+
			"without allocating, the plugin collects and returns its unused heap to the operating system "+
			"(`internal/provider/memory.go`): the process of the %s then holds %.1f MiB (%.1f private) instead of %.1f. In the "+
			"re-plan of %d tenants the largest sum of the processes' RSS at one moment was %.0f MiB, against %.0f MiB for "+
			"the sum of each process's own peak. Collecting more often instead (a lower GOGC while the heap is small) saves "+
			"about as much but costs CPU in proportion to what the plugin allocates; see the comparison of the two below.",
			what, last.IdleRSS, last.IdleAnon, last.RSS, tr.T, tr.PlanMem.ConcurrentPeakMiB, tr.PlanMem.SumOfPeaksMiB)
	}
	b.p("- **The floor.** A process that has served the schema and given its unused heap back holds %.1f MiB: the "+
		"binary's pages and %.1f MiB private (its live heap, stacks and the runtime). Summed RSS ÷ tenants cannot go below "+
		"that without a smaller binary; what the machine spends per tenant is the private part, plus the binary's pages "+
		"once for all tenants.",
		schema.IdleRSS, schema.IdleAnon)
	b.p("")
}
