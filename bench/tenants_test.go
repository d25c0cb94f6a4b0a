package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The root module has a provider configuration and a module instance per
// tenant, credentials only in the ephemeral variable's file; the module has
// the levels with every permission.
func TestTenantsConfiguration(t *testing.T) {
	dir := t.TempDir()
	var ts []*tenant
	for i := range 3 {
		ts = append(ts, &tenant{name: tenantAlias(i), creds: mockpsa.Credentials{BaseURL: "http://127.0.0.1:1", Username: "u" + tenantAlias(i), Secret: "s3cret-" + tenantAlias(i), IntegrationCode: "IC"}})
	}
	if err := writeTenantsConfig(dir, ts, 2); err != nil {
		t.Fatal(err)
	}
	p := hclparse.NewParser()
	for _, f := range []string{"main.tf", "baseline/main.tf"} {
		if _, diags := p.ParseHCLFile(filepath.Join(dir, f)); diags.HasErrors() {
			t.Errorf("%s: %s", f, diags.Error())
		}
	}
	root, _ := os.ReadFile(filepath.Join(dir, "main.tf"))
	mod, _ := os.ReadFile(filepath.Join(dir, "baseline", "main.tf"))
	for _, want := range []string{`alias            = "t03"`, `module "t03" {`, `providers = { autotask = autotask.t03 }`, `secret           = var.tenants["t03"].secret`, "ephemeral = true"} {
		if !strings.Contains(string(root), want) {
			t.Errorf("root module lacks %q:\n%s", want, root)
		}
	}
	if strings.Contains(string(root), "s3cret") {
		t.Error("a secret is written into the configuration")
	}
	if strings.Count(string(root), "provider \"autotask\" {") != 3 || strings.Count(string(mod), "resource \"autotask_security_level\"") != 2 ||
		strings.Count(string(mod), "project_view") != 2 {
		t.Errorf("expected 3 provider blocks and 2 complete levels:\n%s\n%s", root, mod)
	}
	var vars struct {
		Tenants map[string]mockpsa.Credentials `json:"tenants"`
	}
	b, _ := os.ReadFile(filepath.Join(dir, "terraform.tfvars.json"))
	if err := json.Unmarshal(b, &vars); err != nil || vars.Tenants["t02"].Secret != "s3cret-t02" || len(vars.Tenants) != 3 {
		t.Errorf("tfvars: %v %s", err, b)
	}
}

// The summed RSS is the largest sum over processes alive at one moment,
// not the sum of their peaks; private memory leaves out the file-backed part.
func TestSummarizeMemory(t *testing.T) {
	const t0 = 1_000_000
	plugins := []usage{
		// 0–80 ms: 10 MiB then 30 MiB, 20 of it the binary.
		{MaxRSSKiB: 30 << 10, StartUnixMilli: t0, SampleMilli: 20, RSSKiB: []int32{10 << 10, 10 << 10, 30 << 10, 30 << 10}, FileKiB: []int32{5 << 10, 5 << 10, 20 << 10, 20 << 10}},
		// 40–100 ms: 25 MiB throughout, 20 of it the binary.
		{MaxRSSKiB: 25 << 10, StartUnixMilli: t0 + 40, SampleMilli: 20, RSSKiB: []int32{25 << 10, 25 << 10, 25 << 10}, FileKiB: []int32{20 << 10, 20 << 10, 20 << 10}},
		// Not sampled: only its peak counts in the sum of peaks.
		{MaxRSSKiB: 12 << 10},
	}
	s := summarizeMemory(plugins)
	if s.Processes != 3 || s.SumOfPeaksMiB != 67 || s.LargestMiB != 30 || !s.Sampled {
		t.Errorf("summary %+v", s)
	}
	if s.ConcurrentPeakMiB != 55 || s.PrivatePeakMiB != 15 || s.FileMaxMiB != 20 {
		t.Errorf("concurrent %v MiB (want 55), private %v (want 15), file %v (want 20)", s.ConcurrentPeakMiB, s.PrivatePeakMiB, s.FileMaxMiB)
	}
	if got := summarizeMemory(plugins[2:]); got.Sampled || got.summed() != 12 {
		t.Errorf("unsampled summary %+v", got)
	}
}

func TestReadProbe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "probe.jsonl")
	line := `{"pid":7,"peak":{"rss_kib":25600,"smaps_rollup_kib":{"Rss":25600,"Anonymous":7168},"metrics":{"/memory/classes/heap/objects:bytes":3145728,"/memory/classes/heap/stacks:bytes":524288,"/gc/heap/live:bytes":2097152,"/gc/gogc:percent":25}},"sections":{".text":{"resident_kib":9216,"private_kib":0},".data":{"resident_kib":200,"private_kib":120}}}` + "\n"
	if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	runs, err := readProbe(path)
	if err != nil {
		t.Fatal(err)
	}
	r := runs[7]
	if r.RSS != 25 || r.Anon != 7 || r.File != 18 || r.HeapObjects != 3 || r.Stacks != 0.5 || r.HeapLive != 2 || r.GOGC != 25 || r.Sections[".text"] != 9 {
		t.Errorf("probe run %+v", r)
	}
}

// A run of the tenants scenario alone rewrites its own section and keeps
// the main one; a run without it keeps the tenants section.
func TestTenantsSectionBesideTheMainSection(t *testing.T) {
	dir := t.TempDir()
	o := options{work: dir, out: filepath.Join(dir, "BENCHMARKS.md"), chart: filepath.Join(dir, "scaling.png"), tenantsChart: filepath.Join(dir, "tenants.png"), parallelism: 10}
	mk := func(total int64, wall time.Duration) result {
		return result{Wall: wall, Counters: mockpsa.Counters{Total: total, ByMethod: map[string]int64{"POST": total}}}
	}
	main := &report{Started: time.Now(), PayloadVals: 53, Sizes: []sizeRuns{{N: 50, Plan: mk(4, time.Second), DataPlan: mk(0, time.Second), Apply: mk(60, time.Second)}}}
	if err := os.WriteFile(o.out, []byte("# Benchmarks\n\nintro\n\n"+markStart+"\nold\n"+markEnd+"\n\n## Later, by hand\n\nkept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeReport(o, main); err != nil {
		t.Fatal(err)
	}
	sampled := func(mib int32) []usage {
		var out []usage
		for range 50 {
			out = append(out, usage{MaxRSSKiB: int64(mib) << 10, StartUnixMilli: 1000, SampleMilli: 20, RSSKiB: []int32{mib << 10}, FileKiB: []int32{18 << 10}})
		}
		return out
	}
	per := make([]int64, 50)
	for i := range per {
		per[i] = 4
	}
	tenants := &report{Started: time.Now(), Tenants: []tenantsRuns{{
		T: 50, Levels: 8, Apply: result{Wall: 15 * time.Second, Plugins: sampled(26)}, Plan: result{Wall: 9 * time.Second, Plugins: sampled(27), Counters: mockpsa.Counters{Total: 200}},
		Steady: result{Label: "steady", Wall: 8 * time.Second}, ApplyRequests: per, PlanRequests: per, SteadyRequests: per,
	}}, Memory: &memoryBreakdown{BinaryMiB: 20.3, Runs: []probeRun{
		{What: "`terraform validate` (schema only)", RSS: 24.5, File: 17.5, Anon: 7, HeapLive: 3.4, GOGC: 25, Sections: map[string]float64{".text": 8}},
		{What: "`terraform plan`, 8 levels", RSS: 27.5, File: 19, Anon: 8.5, HeapLive: 2.6, GOGC: 25, Sections: map[string]float64{".text": 9, ".gopclntab": 6.5}},
	}}}
	for i := range tenants.Tenants {
		tenants.Tenants[i].ApplyMem, tenants.Tenants[i].PlanMem = summarizeMemory(tenants.Tenants[i].Apply.Plugins), summarizeMemory(tenants.Tenants[i].Plan.Plugins)
	}
	for range 2 { // twice: the second replaces the first
		if err := writeReport(o, tenants); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeReport(o, main); err != nil { // and the main section alone again
		t.Fatal(err)
	}
	b, _ := os.ReadFile(o.out)
	doc := string(b)
	for _, marker := range []string{markStart, markEnd, tenantsStart, tenantsEnd} {
		if strings.Count(doc, marker) != 1 {
			t.Errorf("%d × %q:\n%s", strings.Count(doc, marker), marker, doc)
		}
	}
	if strings.Index(doc, markEnd) >= strings.Index(doc, tenantsStart) || strings.Index(doc, tenantsEnd) >= strings.Index(doc, "## Later, by hand") {
		t.Errorf("sections out of order:\n%s", doc)
	}
	for _, want := range []string{
		"| Memory per provider configuration ≤ 20 MiB at 50 tenants × 8 levels (peak of the summed provider RSS ÷ tenants) | 27.0 MiB (summed 1350 MiB",
		"| Re-plan ≤ 6 requests per tenant at 50 tenants (the plan right after the creating apply) | at most 4 (mean 4.0; 200 in all); steady-state plan (after an apply with nothing to change) at most 4, mean 4.0 | **met** |",
		"| 50 | 15.00 s | 9.00 s | 4.0 / 4 | 4.0 / 4 | 4.0 / 4 | 8.00 s | 50 / 50 |",
		"| `terraform plan`, 8 levels | **27.5** | 19.0 | 8.5 |",
		"`.text` 9.0, `.gopclntab` 6.5",
		"kept",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document lacks %q:\n%s", want, doc)
		}
	}
	if _, err := os.Stat(o.tenantsChart); err != nil {
		t.Errorf("tenants chart: %v", err)
	}
}
