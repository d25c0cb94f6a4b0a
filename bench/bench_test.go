package main

import (
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
	if !strings.Contains(doc, "| Refresh: ≤ 0.01 API requests per resource, N = 500 | 0.104 (52 requests)") {
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
