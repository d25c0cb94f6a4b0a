package main

import (
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The harness itself runs only with `make bench`; these tests keep its
// pieces honest in `make test`.

func TestGeneratedConfigurations(t *testing.T) {
	if n := findingsPerLevel(true); n != 0 {
		t.Errorf("the clean payload has %d plan-time findings: %v", n, levelFindings(cleanPayload))
	}
	if n := findingsPerLevel(false); n == 0 {
		t.Error("the base payload was expected to carry a finding; the report's explanation would be wrong")
	}
	if got, want := payloadValues(), len(catalog.Permissions())+3; got != want {
		t.Errorf("payload has %d values, want every permission plus name, description and copy_from (%d)", got, want)
	}
	dir := t.TempDir()
	if err := writeLevelsConfig(filepath.Join(dir, "levels"), 3, true); err != nil {
		t.Fatal(err)
	}
	if err := writeDataConfig(filepath.Join(dir, "data"), 3); err != nil {
		t.Fatal(err)
	}
	p := hclparse.NewParser()
	for kind, want := range map[string]string{"levels": `resource "autotask_security_level" "l0002"`, "data": `resource "terraform_data" "l0002"`} {
		path := filepath.Join(dir, kind, "main.tf")
		if _, diags := p.ParseHCLFile(path); diags.HasErrors() {
			t.Errorf("%s: %s", kind, diags.Error())
		}
		b, _ := os.ReadFile(path)
		if !strings.Contains(string(b), want) || strings.Count(string(b), "project_view") != 3 {
			t.Errorf("%s config lacks its third resource or a permission:\n%s", kind, b)
		}
	}
}

func TestParsers(t *testing.T) {
	lines, total := parsePprofTop(`Duration: 2.35s, Total samples = 1.59s (67.70%)
      flat  flat%   sum%        cum   cum%
         0     0%     0%      1.31s 82.39%  google.golang.org/grpc.(*Server).handleStream
     0.03s  1.89%  1.89%      360ms 22.64%  runtime.mallocgc
`)
	if total != 1.59 || len(lines) != 2 || lines[1].Cum != 0.36 || lines[1].Flat != 0.03 {
		t.Errorf("pprof: %v %v", total, lines)
	}
	allocs, mb := parsePprofTop(`Showing nodes accounting for 1.52GB, 32.05% of 4.73GB total
      flat  flat%   sum%        cum   cum%
    1.52GB 32.05% 32.05%     1.52GB 32.05%  github.com/hashicorp/terraform-plugin-framework/resource/schema.schemaAttributes
  512.00kB  1.00% 33.05%   512.00kB  1.00%  runtime.malg
`)
	if mb != 4.73*1024 || len(allocs) != 2 || allocs[1].Flat != 0.5 {
		t.Errorf("pprof alloc_space: %v %v", mb, allocs)
	}
	gb := parseGoBench("goos: linux\nBenchmarkBatchedGets500-2   	      37	  62224378 ns/op	         1.000 requests/op\nPASS\n")
	if len(gb) != 1 || gb[0].Name != "BenchmarkBatchedGets500" {
		t.Fatalf("go bench: %+v", gb)
	}
	if v, ok := gb[0].metric("requests/op"); !ok || v != 1 {
		t.Errorf("requests/op = %v %v", v, ok)
	}
}

// The report replaces its own section and keeps the rest of the document;
// the chart is a PNG.
func TestReportKeepsTheRestOfTheDocument(t *testing.T) {
	dir := t.TempDir()
	o := options{work: dir, out: filepath.Join(dir, "BENCHMARKS.md"), chart: filepath.Join(dir, "scaling.png"), parallelism: 10}
	if err := os.WriteFile(o.out, []byte("# Benchmarks\n\n## Go benchmarks\n\nkept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mk := func(total int64, wall time.Duration) result {
		return result{Wall: wall, Counters: mockpsa.Counters{Total: total, ByMethod: map[string]int64{"POST": total}}}
	}
	rep := &report{Started: time.Now(), PayloadVals: 53, Sizes: []sizeRuns{
		{N: 50, Plan: mk(7, 2*time.Second), DataPlan: mk(0, time.Second), PlanNoRefresh: mk(2, time.Second), Apply: mk(60, 3*time.Second)},
		{N: 500, Plan: mk(52, 9*time.Second), DataPlan: mk(0, 3*time.Second), PlanNoRefresh: mk(2, 6*time.Second), Apply: mk(600, 30*time.Second)},
	}}
	for range 2 { // twice: the second run replaces the first section
		if err := writeReport(o, rep); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(o.out)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	if !strings.Contains(doc, "## Go benchmarks\n\nkept") || strings.Count(doc, markStart) != 1 || strings.Count(doc, markEnd) != 1 {
		t.Errorf("document:\n%s", doc)
	}
	if !strings.Contains(doc, "| Refresh: ≤ 0.01 API requests per resource, N = 500 (judged on the steady-state plan: a plan after an apply that stored refreshed state) | 0.104 (52 requests) in the steady-state plan |") {
		t.Errorf("targets table missing the refresh row:\n%s", doc)
	}
	f, err := os.Open(o.chart)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 2*panelW {
		t.Errorf("chart: %v %v", img.Bounds(), err)
	}
}

// plan is a plan's counters as the mock reports them: byID queries by id
// asking ids ids, gets GETs of levels, and the remote view (API-license
// levels, API users) and the threshold read.
func plan(byID, ids, gets int64, wall time.Duration) result {
	c := mockpsa.Counters{
		Total:     byID + gets + 3,
		ByEntity:  map[string]int64{"SecurityLevels": byID + gets + 1, "ApiUsers": 1, "ThresholdInformation": 1},
		ByMethod:  map[string]int64{"POST": byID + 2, "GET": gets + 1},
		ReadsByID: map[string]int64{}, IDsRead: map[string]int64{},
	}
	if byID > 0 {
		c.ReadsByID["SecurityLevels"], c.IDsRead["SecurityLevels"] = byID, ids
	}
	return result{Label: "plan", Wall: wall, Counters: c}
}

func TestPlanSplit(t *testing.T) {
	s := splitOf(plan(2, 500, 1, time.Second))
	if !s.ok || s.Total != 6 || s.ByID != 2 || s.IDs != 500 || s.GETs != 1 || s.Other != 3 {
		t.Errorf("split: %+v", s)
	}
	if s := splitOf(plan(0, 0, 50, time.Second)); !s.ok || s.ByID != 0 || s.GETs != 50 || s.Other != 3 {
		t.Errorf("unbatched split: %+v", s)
	}
	// An older report: no by-id counters, or a step that did not run.
	old := result{Label: "plan", Wall: time.Second, Counters: mockpsa.Counters{Total: 8, ByMethod: map[string]int64{"POST": 8}}}
	if s := splitOf(old); s.ok || s.cell(s.ByID) != "–" || s.detail() != "" || s.Total != 8 {
		t.Errorf("old split: %+v", s)
	}
	if measured(result{}) || total(result{}) != "–" || withByID(result{}) != "–" || withByID(old) != "8" {
		t.Error("a step that did not run must render as –")
	}
	if got := processOverhead(&report{}); got != 3 {
		t.Errorf("assumed overhead per process = %d", got)
	}
	if got := applyOverhead(&report{Sizes: []sizeRuns{{N: 50, PlanNoRefresh: plan(0, 0, 0, time.Second)}}}); got != 6 {
		t.Errorf("measured apply overhead = %d", got)
	}
	if got := withByID(plan(3, 500, 0, time.Second)); got != "6 (3 by id)" {
		t.Errorf("withByID = %q", got)
	}
}

func sizeWith(n int, first, steady, unbatched, wide result) sizeRuns {
	floor := result{Label: "data", Wall: time.Second}
	return sizeRuns{N: n, Apply: result{Label: "apply", Wall: 3 * time.Second, Counters: mockpsa.Counters{Total: int64(n) + 4}},
		PlanFirst: first, Settle: plan(1, int64(n), 0, time.Second), Plan: steady, PlanNoRefresh: result{Label: "nr", Wall: time.Second, Counters: mockpsa.Counters{Total: 3}},
		DataPlan: floor, PlanUnbatched: unbatched, PlanWide: wide, HasComparisons: true}
}

// The report follows the data: read-ahead that beats the N ÷ parallelism
// floor is named as the cause, the first plan after create is shown and
// explained, and the unmanaged tenant is compared with what was measured.
func TestReportFollowsReadAhead(t *testing.T) {
	dir := t.TempDir()
	o := options{work: dir, out: filepath.Join(dir, "BENCHMARKS.md"), chart: filepath.Join(dir, "scaling.png"), parallelism: 10}
	rep := &report{Started: time.Now(), PayloadVals: 53, Sizes: []sizeRuns{
		sizeWith(50, plan(3, 60, 0, 2*time.Second), plan(1, 50, 0, time.Second), plan(0, 0, 50, time.Second), plan(1, 50, 0, time.Second)),
		sizeWith(500, plan(4, 700, 0, 4*time.Second), plan(1, 500, 0, 3*time.Second), plan(0, 0, 500, 3*time.Second), plan(1, 500, 0, 3*time.Second)),
	}, Unmanaged: &unmanagedRuns{Seeded: 10000, N: 50, Settle: plan(1, 50, 0, time.Second), Plan: plan(1, 50, 0, time.Second), Clean: plan(1, 50, 0, time.Second)}}
	if err := writeReport(o, rep); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(o.out)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	if !strings.Contains(doc, "| Refresh: ≤ 0.01 API requests per resource, N = 500 (judged on the steady-state plan: a plan after an apply that stored refreshed state) | 0.008") ||
		!strings.Contains(doc, "ids, 0 GETs, 3 other); steady state at -parallelism=500 0.008; batching off 1.01 | **met** |") {
		t.Errorf("refresh target row:\n%s", doc)
	}
	for _, want := range []string{
		"| 0.008 (4 requests: 1 refresh query by id asking 500 ids, 0 GETs, 3 other) in the steady-state plan; first plan after the creating apply 0.014 (7 requests: 4 refresh queries by id asking 700 ids, 0 GETs, 3 other)",
		"| **met** |",
		"| 500 | 4 | 0.008 | 1 | 500 | 0 | 3 | 7 (4 by id) | 503 (500 GETs) | 0.01× | 4 (1 by id) | 0 |",
		"Read-ahead beats that floor",
		"50 at N = 500",
		"The first plan after the creating apply cost more: 7 requests",
		"the same at every N",
		"other 3 requests (ApiUsers 1, SecurityLevels 1, ThresholdInformation 1)",
		"within the target's 5",
		"they cost nothing extra",
		"| +10000 unmanaged | 4 | 1 | 50 | 0 | 3 |",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("report lacks %q:\n%s", want, doc)
		}
	}
	for _, stale := range []string{"pages of 500", "every custom level", "Read-ahead did not beat", "SecurityLevels 2"} {
		if strings.Contains(doc, stale) {
			t.Errorf("report says %q:\n%s", stale, doc)
		}
	}
}

// A report.json from before the first plan, the settle step and the by-id
// counters re-renders (bench -from), with – for what it lacks.
func TestOldReportRenders(t *testing.T) {
	dir := t.TempDir()
	old := `{"Started":"2026-11-23T16:24:00Z","Duration":640000000000,"PayloadVals":53,"Sizes":[
	  {"N":500,"Apply":{"Label":"apply-500","Wall":63000000000,"Counters":{"total":857,"by_method":{"POST":857}}},
	   "Plan":{"Label":"plan-500","Wall":25000000000,"Counters":{"total":84,"by_entity":{"SecurityLevels":83,"ApiUsers":1},"by_method":{"POST":84}}},
	   "PlanUnbatched":{"Label":"plan-unbatched-500","Wall":12000000000,"Counters":{"total":502,"by_method":{"GET":500,"POST":2}}},
	   "PlanWide":{"Label":"plan-wide-500","Wall":20000000000,"Counters":{"total":57}},
	   "PlanNoRefresh":{"Label":"plan-no-refresh-500","Wall":14000000000,"Counters":{"total":2}},
	   "DataPlan":{"Label":"data-plan-500","Wall":5000000000},
	   "HasComparisons":true}],
	 "Unmanaged":{"Seeded":10000,"N":500,"Plan":{"Label":"unmanaged-plan","Wall":30000000000,"Counters":{"total":86}},
	   "Clean":{"Label":"plan-500","Wall":25000000000,"Counters":{"total":84}}}}`
	from := filepath.Join(dir, "report.json")
	if err := os.WriteFile(from, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(from)
	var rep report
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatal(err)
	}
	o := options{work: dir, out: filepath.Join(dir, "BENCHMARKS.md"), chart: filepath.Join(dir, "scaling.png"), parallelism: 10}
	if err := writeReport(o, &rep); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(o.out)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, want := range []string{
		"| 500 | 84 | 0.168 | – | – | – | – | – | 502 | 0.17× | 57 | 0 |",
		"| 0.168 (84 requests) in the steady-state plan; steady state at -parallelism=500 0.114; batching off 1.00 | **missed** |",
		"predates the mock's count of queries by id",
		"| clean | 84 | – | – | – | – |",
		"+2 requests (86 vs 84 in a clean tenant)",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("old report lacks %q:\n%s", want, doc)
		}
	}
	if strings.Contains(doc, "first plan after the creating apply") {
		t.Errorf("old report invents a first plan:\n%s", doc)
	}
}

func TestWorkDirIsOnlyEmptiedWhenOurs(t *testing.T) {
	foreign := t.TempDir()
	if err := os.WriteFile(filepath.Join(foreign, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := resetWorkDir(foreign); err == nil {
		t.Fatal("a foreign directory was emptied")
	}
	if _, err := os.Stat(filepath.Join(foreign, "keep.txt")); err != nil {
		t.Fatal("the foreign file is gone")
	}
	ours := filepath.Join(t.TempDir(), "work")
	for range 2 { // made, then reused
		if err := resetWorkDir(ours); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(ours, "state"), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
