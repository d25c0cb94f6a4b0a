package main

import (
	"context"
	"debug/elf"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The tenants scenario: an MSP's root module with one aliased provider
// configuration per customer database, each on its own mock tenant, and one
// instance of a module of security levels per tenant. Terraform starts one
// plugin process per provider configuration, so what one process costs is
// paid once per tenant.

// tenantsRuns are the measurements at one number of tenants.
type tenantsRuns struct {
	T, Levels int
	Apply     result // creates every tenant's levels
	Plan      result // the re-plan right after it: nothing to change
	// Settle is an apply with nothing to change after the re-plan (it
	// stores every level's refreshed read-ahead list) and Steady the plan
	// after it, an MSP's usual plan; neither runs in the comparison.
	Settle, Steady result
	// Requests of each tenant (the mock's counters), in tenant order.
	ApplyRequests, PlanRequests, SteadyRequests []int64
	ApplyMem, PlanMem                           memSummary
}

// memSummary adds up the provider processes of one terraform command.
type memSummary struct {
	Processes int
	// SumOfPeaksMiB is the sum of every process's own peak RSS (rusage);
	// ConcurrentPeakMiB the largest sum of the RSS of the processes alive at
	// the same moment (sampled), which is at most SumOfPeaksMiB.
	SumOfPeaksMiB, ConcurrentPeakMiB float64
	// PrivatePeakMiB is the largest sum, at one moment, of the processes'
	// resident memory that no other process shares (RSS minus its
	// file-backed part: heap, stacks, runtime, written data pages).
	PrivatePeakMiB float64
	// FileMaxMiB is the largest file-backed RSS of one process: the
	// binary's pages, which every process of the same binary shares.
	FileMaxMiB float64
	// LargestMiB is the largest peak RSS of one process.
	LargestMiB float64
	// Sampled: the processes' memory was sampled over time (otherwise only
	// the rusage figures are known).
	Sampled bool
}

// summarizeMemory adds up the sampled resident memory of the processes,
// slot by slot on a common clock.
func summarizeMemory(plugins []usage) memSummary {
	var s memSummary
	s.Processes = len(plugins)
	type slot struct{ rss, private int64 }
	slots := map[int64]*slot{}
	for _, u := range plugins {
		s.SumOfPeaksMiB += float64(u.MaxRSSKiB) / 1024
		s.LargestMiB = max(s.LargestMiB, float64(u.MaxRSSKiB)/1024)
		if u.SampleMilli <= 0 || len(u.RSSKiB) == 0 {
			continue
		}
		s.Sampled = true
		every := int64(u.SampleMilli)
		for i, rss := range u.RSSKiB {
			var file int32
			if i < len(u.FileKiB) {
				file = u.FileKiB[i]
			}
			k := (u.StartUnixMilli + int64(i)*every) / every
			sl := slots[k]
			if sl == nil {
				sl = &slot{}
				slots[k] = sl
			}
			sl.rss += int64(rss)
			sl.private += int64(rss - file)
			s.FileMaxMiB = max(s.FileMaxMiB, float64(file)/1024)
		}
	}
	for _, sl := range slots {
		s.ConcurrentPeakMiB = max(s.ConcurrentPeakMiB, float64(sl.rss)/1024)
		s.PrivatePeakMiB = max(s.PrivatePeakMiB, float64(sl.private)/1024)
	}
	return s
}

// tenantEnv names the alias and module instance of tenant i.
func tenantAlias(i int) string { return fmt.Sprintf("t%02d", i+1) }

// writeTenantsConfig writes the root module (one provider configuration
// per tenant, credentials from an ephemeral variable set in
// terraform.tfvars.json, one module instance each) and the module of
// levels every tenant applies.
func writeTenantsConfig(dir string, ts []*tenant, levels int) error {
	var mod strings.Builder
	mod.WriteString(`terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

variable "prefix" {
  type = string
}
`)
	for i := range levels {
		_, desc, mods := levelPayload(i, true)
		fmt.Fprintf(&mod, "\nresource \"autotask_security_level\" \"l%02d\" {\n  name        = \"${var.prefix} Level %02d\"\n  description = %q\n  copy_from   = %q\n", i, i, desc, "Service Desk User")
		for _, m := range mods {
			fmt.Fprintf(&mod, "\n  %s = {\n", m.name)
			for _, kv := range m.values {
				fmt.Fprintf(&mod, "    %s = %s\n", kv[0], kv[1])
			}
			mod.WriteString("  }\n")
		}
		mod.WriteString("}\n")
	}
	if err := writeConfig(filepath.Join(dir, "baseline"), mod.String()); err != nil {
		return err
	}
	var root strings.Builder
	root.WriteString(`terraform {
  required_providers {
    autotask = {
      source = "autotask-iac/autotask"
    }
  }
}

# One database per tenant: credentials by alias, kept out of plan files.
variable "tenants" {
  type = map(object({
    base_url         = string
    username         = string
    secret           = string
    integration_code = string
  }))
  ephemeral = true
}
`)
	creds := map[string]mockpsa.Credentials{}
	for i, t := range ts {
		a := tenantAlias(i)
		creds[a] = t.creds
		fmt.Fprintf(&root, `
provider "autotask" {
  alias            = %[1]q
  base_url         = var.tenants[%[1]q].base_url
  username         = var.tenants[%[1]q].username
  secret           = var.tenants[%[1]q].secret
  integration_code = var.tenants[%[1]q].integration_code
}

module %[1]q {
  source    = "./baseline"
  providers = { autotask = autotask.%[1]s }
  prefix    = %[2]q
}
`, a, strings.ToUpper(a))
	}
	if err := writeConfig(dir, root.String()); err != nil {
		return err
	}
	b, err := json.MarshalIndent(map[string]any{"tenants": creds}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "terraform.tfvars.json"), b, 0o600)
}

// initModules installs the local module (`terraform get`: modules need it
// even when dev_overrides supply the provider, and init would ask the
// registry for the provider).
func (r *runner) initModules(ctx context.Context, label, dir string) error {
	_, err := r.run(ctx, label+"-get", dir, nil, nil, nil, "get", "-no-color")
	return err
}

// rssSampleEnv asks providerwrap to sample every plugin's resident memory.
var rssSampleEnv = []string{"BENCH_RSS_SAMPLE_MS=20"}

// runCounted runs terraform against several tenants (their credentials in
// the configuration) and returns each tenant's requests, the result's
// Counters being their sum.
func (r *runner) runCounted(ctx context.Context, label, dir string, ts []*tenant, extraEnv []string, okExits []int, args ...string) (result, []int64, error) {
	for _, t := range ts {
		if err := t.resetCounters(); err != nil {
			return result{}, nil, err
		}
	}
	res, err := r.run(ctx, label, dir, nil, extraEnv, okExits, args...)
	if err != nil {
		return res, nil, err
	}
	per := make([]int64, len(ts))
	sum := mockpsa.Counters{ByEntity: map[string]int64{}, ByMethod: map[string]int64{}, ReadsByID: map[string]int64{}, IDsRead: map[string]int64{}}
	for i, t := range ts {
		c, err := t.counters()
		if err != nil {
			return res, nil, err
		}
		per[i] = c.Total
		if os.Getenv("BENCH_TENANT_DETAIL") != "" {
			log.Printf("%s %s: %d requests, by entity %v, by method %v, reads by id %v (%v ids)", label, tenantAlias(i), c.Total, c.ByEntity, c.ByMethod, c.ReadsByID, c.IDsRead)
		}
		sum.Total += c.Total
		sum.TooManyRequests += c.TooManyRequests
		for k, v := range c.ByEntity {
			sum.ByEntity[k] += v
		}
		for k, v := range c.ByMethod {
			sum.ByMethod[k] += v
		}
		for k, v := range c.ReadsByID {
			sum.ReadsByID[k] += v
		}
		for k, v := range c.IDsRead {
			sum.IDsRead[k] += v
		}
	}
	res.Counters = sum
	return res, per, nil
}

// runTenants applies t tenants' modules and re-plans them; with steady it
// then settles them and plans once more.
func runTenants(ctx context.Context, r *runner, m *mock, work, tag string, t, levels int, steady bool) (tenantsRuns, error) {
	tr := tenantsRuns{T: t, Levels: levels}
	ts := make([]*tenant, t)
	for i := range ts {
		var err error
		if ts[i], err = m.newTenant(fmt.Sprintf("tenants%s%d-%s", tag, t, tenantAlias(i))); err != nil {
			return tr, err
		}
	}
	dir := filepath.Join(work, fmt.Sprintf("tenants%s-%d", tag, t))
	if err := writeTenantsConfig(dir, ts, levels); err != nil {
		return tr, err
	}
	label := fmt.Sprintf("tenants%s-%d", tag, t)
	if err := r.initModules(ctx, label, dir); err != nil {
		return tr, err
	}
	var err error
	if tr.Apply, tr.ApplyRequests, err = r.runCounted(ctx, label+"-apply", dir, ts, rssSampleEnv, nil, "apply", "-input=false", "-no-color", "-auto-approve"); err != nil {
		return tr, err
	}
	if os.Getenv("BENCH_TENANT_DETAIL") != "" {
		if b, err := os.ReadFile(filepath.Join(dir, "terraform.tfstate")); err == nil {
			_ = os.WriteFile(filepath.Join(dir, "after-apply.tfstate"), b, 0o600)
		}
	}
	if tr.Plan, tr.PlanRequests, err = r.runCounted(ctx, label+"-plan", dir, ts, rssSampleEnv, []int{0}, "plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
		return tr, err
	}
	tr.ApplyMem, tr.PlanMem = summarizeMemory(tr.Apply.Plugins), summarizeMemory(tr.Plan.Plugins)
	if steady {
		if tr.Settle, _, err = r.runCounted(ctx, label+"-settle", dir, ts, nil, nil, settleArgs...); err == nil {
			err = checkSettled(tr.Settle)
		}
		if err != nil {
			return tr, err
		}
		if tr.Steady, tr.SteadyRequests, err = r.runCounted(ctx, label+"-steady-plan", dir, ts, nil, []int{0}, "plan", "-input=false", "-no-color", "-detailed-exitcode"); err != nil {
			return tr, err
		}
	}
	log.Printf("%d tenants x %d levels: apply %.2fs, re-plan %.2fs (%d requests, at most %d per tenant; steady state at most %d); summed provider RSS %.0f MiB (%.1f per alias), private %.0f MiB",
		t, levels, tr.Apply.Wall.Seconds(), tr.Plan.Wall.Seconds(), tr.Plan.Counters.Total, maxOf(tr.PlanRequests), maxOf(tr.SteadyRequests),
		tr.peakSummed(), tr.peakSummed()/float64(t), tr.peakPrivate())
	return tr, nil
}

// peakSummed is the larger of the apply's and the re-plan's summed RSS
// of the processes alive at once (the sum of their peaks when they were
// not sampled).
func (tr tenantsRuns) peakSummed() float64 {
	return max(tr.ApplyMem.summed(), tr.PlanMem.summed())
}

func (tr tenantsRuns) peakPrivate() float64 {
	return max(tr.ApplyMem.PrivatePeakMiB, tr.PlanMem.PrivatePeakMiB)
}

func (s memSummary) summed() float64 {
	if s.Sampled {
		return s.ConcurrentPeakMiB
	}
	return s.SumOfPeaksMiB
}

func maxOf(v []int64) int64 {
	var m int64
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

func meanOf(v []int64) float64 {
	if len(v) == 0 {
		return 0
	}
	var s int64
	for _, x := range v {
		s += x
	}
	return float64(s) / float64(len(v))
}

// probeRun is one plugin process of the memory probe: where its resident
// memory was at its peak.
type probeRun struct {
	What   string // the command it served
	Levels int    // levels it planned (0: schema only)
	// From /proc/self/smaps_rollup and runtime/metrics at the peak, MiB.
	RSS, Anon, File         float64
	HeapObjects, HeapUnused float64 // Go heap: live and not yet collected objects; free space in spans in use
	HeapFree, Stacks        float64 // free spans not yet returned to the OS; goroutine stacks
	HeapLive, HeapGoal      float64 // live heap at the last collection; the heap size that triggers the next one
	// IdleRSS and IdleAnon are its RSS and private part after it gave its
	// unused heap back at exit, as the plugin does when idle.
	IdleRSS, IdleAnon float64
	GOGC              float64
	GCCycles          float64
	// Sections is, at exit, how much of each ELF section of the binary was
	// resident, MiB, and Private what of it the process has written.
	Sections, Private map[string]float64
	CPU               float64
}

// probeLine is one line of provider-memprobe's output.
type probeLine struct {
	PID      int           `json:"pid"`
	Peak     probeSnapshot `json:"peak"`
	Released probeSnapshot `json:"released"`
	Sections map[string]struct {
		ResidentKiB int64 `json:"resident_kib"`
		PrivateKiB  int64 `json:"private_kib"`
	} `json:"sections"`
}

type probeSnapshot struct {
	RSSKiB  int64              `json:"rss_kib"`
	Rollup  map[string]int64   `json:"smaps_rollup_kib"`
	Metrics map[string]float64 `json:"metrics"`
}

func readProbe(path string) (map[int]probeRun, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[int]probeRun{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line == "" {
			continue
		}
		var p probeLine
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		mib := func(k string) float64 { return p.Peak.Metrics[k] / (1 << 20) }
		r := probeRun{
			RSS:         float64(p.Peak.Rollup["Rss"]) / 1024,
			Anon:        float64(p.Peak.Rollup["Anonymous"]) / 1024,
			HeapObjects: mib("/memory/classes/heap/objects:bytes"),
			HeapUnused:  mib("/memory/classes/heap/unused:bytes"),
			HeapFree:    mib("/memory/classes/heap/free:bytes"),
			Stacks:      mib("/memory/classes/heap/stacks:bytes") + mib("/memory/classes/os-stacks:bytes"),
			HeapLive:    mib("/gc/heap/live:bytes"),
			HeapGoal:    mib("/gc/heap/goal:bytes"),
			GOGC:        p.Peak.Metrics["/gc/gogc:percent"],
			GCCycles:    p.Peak.Metrics["/gc/cycles/total:gc-cycles"],
			IdleRSS:     float64(p.Released.Rollup["Rss"]) / 1024,
			IdleAnon:    float64(p.Released.Rollup["Anonymous"]) / 1024,
			Sections:    map[string]float64{},
			Private:     map[string]float64{},
		}
		r.File = r.RSS - r.Anon
		for k, v := range p.Sections {
			if v.ResidentKiB > 0 {
				r.Sections[k] = float64(v.ResidentKiB) / 1024
			}
			if v.PrivateKiB > 0 {
				r.Private[k] = float64(v.PrivateKiB) / 1024
			}
		}
		out[p.PID] = r
	}
	return out, nil
}

// memoryBreakdown is where the resident memory of small plugin processes
// goes, from the memory probe build of the plugin.
type memoryBreakdown struct {
	Runs []probeRun
	// BinaryMiB is the size of the binary's loadable sections.
	BinaryMiB float64
}

// runMemoryBreakdown runs the probe build for a schema-only command and
// for plans of 1 and levels security levels in one tenant (applied first
// with the real plugin, so the plans refresh like an MSP's).
func runMemoryBreakdown(ctx context.Context, r *runner, m *mock, work, probeBin string, levels int) (*memoryBreakdown, error) {
	mb := &memoryBreakdown{BinaryMiB: loadableMiB(r.providerBin)}
	type step struct {
		what string
		n    int
		args []string
	}
	steps := []step{
		{"`terraform validate` (schema only)", 1, []string{"validate", "-no-color"}},
		{"`terraform plan`, 1 level", 1, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
		{fmt.Sprintf("`terraform plan`, %d levels", levels), levels, []string{"plan", "-input=false", "-no-color", "-detailed-exitcode"}},
	}
	applied := map[int]*tenant{}
	for i, s := range steps {
		t := applied[s.n]
		dir := filepath.Join(work, fmt.Sprintf("memory-%d", s.n))
		if t == nil {
			var err error
			if t, err = m.newTenant(fmt.Sprintf("memory-%d", s.n)); err != nil {
				return nil, err
			}
			if err := writeTenantsConfig(dir, []*tenant{t}, s.n); err != nil {
				return nil, err
			}
			if err := r.initModules(ctx, fmt.Sprintf("memory-%d", s.n), dir); err != nil {
				return nil, err
			}
			if _, _, err := r.runCounted(ctx, fmt.Sprintf("memory-%d-apply", s.n), dir, []*tenant{t}, nil, nil, "apply", "-input=false", "-no-color", "-auto-approve"); err != nil {
				return nil, err
			}
			applied[s.n] = t
		}
		probeFile := filepath.Join(r.logDir, fmt.Sprintf("memprobe-%d.jsonl", i))
		saved := r.providerBin
		r.providerBin = probeBin
		res, _, err := r.runCounted(ctx, fmt.Sprintf("memory-probe-%d", i), dir, []*tenant{t}, []string{"BENCH_MEMPROBE_FILE=" + probeFile}, []int{0}, s.args...)
		r.providerBin = saved
		if err != nil {
			return nil, err
		}
		runs, err := readProbe(probeFile)
		if err != nil {
			return nil, err
		}
		// The process that served the configuration is the largest;
		// terraform's schema-loading processes come and go before it.
		var best probeRun
		var bestPID int
		for pid, pr := range runs {
			if pr.RSS > best.RSS {
				best, bestPID = pr, pid
			}
		}
		for _, u := range res.Plugins {
			if u.PID == bestPID {
				best.CPU = u.UserSec + u.SysSec
			}
		}
		best.What = s.what
		if s.args[0] == "plan" {
			best.Levels = s.n
		}
		mb.Runs = append(mb.Runs, best)
		log.Printf("memory probe, %s: peak RSS %.1f MiB (file-backed %.1f, private %.1f); Go heap %.1f in objects, live %.1f, goal %.1f",
			s.what, best.RSS, best.File, best.Anon, best.HeapObjects, best.HeapLive, best.HeapGoal)
	}
	return mb, nil
}

// loadableMiB is the size of the binary's sections that are mapped from the
// file (text, read-only data, the pc-line table, initialised data).
func loadableMiB(bin string) float64 {
	secs, err := elfSections(bin)
	if err != nil {
		return 0
	}
	var total float64
	for _, s := range secs {
		total += s.mib
	}
	return total
}

type elfSection struct {
	name string
	mib  float64
}

// elfSections lists the sections of bin that are loaded from the file.
func elfSections(bin string) ([]elfSection, error) {
	f, err := elf.Open(bin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []elfSection
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC != 0 && s.Type != elf.SHT_NOBITS {
			out = append(out, elfSection{s.Name, float64(s.Size) / (1 << 20)})
		}
	}
	return out, nil
}

// sectionOrder lists the binary's sections for the report, biggest kinds
// first.
func sectionOrder(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
