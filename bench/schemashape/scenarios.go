package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// badCase is a configuration mistake every shape is tried with.
type badCase struct {
	Key, Title string
	entry      entry
	// want is what a helpful diagnostic says: a suggestion of the right
	// name, or the name of the right module or of the permission whose
	// value is wrong.
	want string
	// intended is the permission and value the user meant, to show what a
	// plan that accepts the mistake does with it.
	intended catalog.Key
}

var badCases = []badCase{
	{"typo", "misspelled permission `crm = { company_add = false }`", entry{"crm", "company_add", "false"}, `Did you mean "companies_add"`, "crm.companies_add"},
	{"module", "right permission, wrong module `crm = { project_view = \"All\" }`", entry{"crm", "project_view", `"All"`}, "projects", "projects.project_view"},
	{"modtypo", "misspelled module `crmm = { companies_add = false }`", entry{"crmm", "companies_add", "false"}, `Did you mean "crm"`, "crm.companies_add"},
	{"boolforstring", "bool for an access permission `projects = { project_view = true }`", entry{"projects", "project_view", "true"}, "project_view", ""},
	{"stringforbool", "access value for a bool `crm = { companies_add = \"All\" }`", entry{"crm", "companies_add", `"All"`}, "companies_add", ""},
	{"quotedbool", "quoted bool `crm = { companies_add = \"false\" }`", entry{"crm", "companies_add", `"false"`}, "companies_add", "crm.companies_add"},
	{"case", "wrong letter case `projects = { project_view = \"all\" }`", entry{"projects", "project_view", `"all"`}, "project_view", "projects.project_view"},
}

// badResult is what one shape made of one mistake.
type badResult struct {
	Exit      int
	Out       string
	Summaries []string // the diagnostics' summaries
	Source    string   // Terraform or provider
	Suggests  bool     // names the right name
	OnLine    int      // the line the diagnostic shows
	EntryLine int      // the line of the mistaken entry
	ModLine   int      // the line that opens its module
	Effective string   // when the plan passed: what the level gets for the intended permission
	Validate  int      // exit code of `terraform validate` (no credentials, no state)
	Plan      string   // the plan, when it passed
}

var (
	summaryRe = regexp.MustCompile(`(?m)^(?:│ )?Error: (.+)$`)
	lineRe    = regexp.MustCompile(`on main\.tf line (\d+)`)
)

// terraformSummaries are the errors Terraform itself raises while decoding
// configuration against the schema.
var terraformSummaries = map[string]bool{
	"Unsupported argument": true, "Unsupported block type": true, "Incorrect attribute value type": true,
	"Invalid value for module argument": true, "Unsupported attribute": true,
}

func (t *tf) badCase(ctx context.Context, s shape, c badCase) (badResult, error) {
	config := s.config(level{addr: "x", entries: []entry{c.entry}})
	dir, err := t.dir(fmt.Sprintf("bad-%s-%s", c.Key, s.ID), config)
	if err != nil {
		return badResult{}, err
	}
	v, err := t.do(ctx, dir, s, []int{0, 1}, "validate", "-no-color")
	if err != nil {
		return badResult{}, err
	}
	r, err := t.do(ctx, dir, s, []int{0, 1}, "plan", "-no-color", "-out=plan.bin")
	if err != nil {
		return badResult{}, err
	}
	res := badResult{Validate: v.Exit, Exit: r.Exit, Out: r.Out, EntryLine: lineOf(config, c.entry.name, c.entry.lit), ModLine: lineOf(config, " "+c.entry.mod+" ")}
	for _, m := range summaryRe.FindAllStringSubmatch(r.Out, -1) {
		res.Summaries = append(res.Summaries, m[1])
		res.Source = "provider"
		if terraformSummaries[m[1]] {
			res.Source = "Terraform"
		}
	}
	if m := lineRe.FindStringSubmatch(r.Out); m != nil {
		res.OnLine, _ = strconv.Atoi(m[1]) // the pattern matched digits
	}
	res.Suggests = mentions(r.Out, c.want)
	if r.Exit == 0 && c.intended != "" {
		plan, err := t.showJSON(ctx, dir, s, "plan.bin")
		if err != nil {
			return res, err
		}
		got := effectiveOf(plannedValues(plan, "shape_level.x"), c.intended)
		res.Effective = fmt.Sprintf("%s = %s (meant %s)", c.intended, got, c.entry.lit)
		res.Plan = planBody(r.Out)
	}
	return res, nil
}

var snippetLine = regexp.MustCompile(`^\s*\d+: `)

// mentions reports whether the diagnostics' text (not the source snippet,
// which always shows the entry) names want as a word.
func mentions(out, want string) bool {
	if strings.HasPrefix(want, "Did you mean") {
		return strings.Contains(out, want)
	}
	word := regexp.MustCompile(`(^|[^a-z_])` + regexp.QuoteMeta(want) + `($|[^a-z_])`)
	for _, line := range strings.Split(out, "\n") {
		if !snippetLine.MatchString(line) && word.MatchString(line) {
			return true
		}
	}
	return false
}

// effectiveOf reads one permission from effective_permissions in JSON.
func effectiveOf(values map[string]any, k catalog.Key) string {
	eff, _ := values["effective_permissions"].(map[string]any)
	mod, _ := eff[string(k.Module())].(map[string]any)
	v, ok := mod[k.Name()]
	if !ok {
		return "?"
	}
	return fmt.Sprint(v)
}

// effectiveSettings reads effective_permissions from JSON.
func effectiveSettings(values map[string]any) catalog.Settings {
	out := catalog.Settings{}
	for _, p := range catalog.Permissions() {
		v := effectiveOf(values, p.Key)
		switch v {
		case "true":
			out[p.Key] = catalog.Yes
		case "false":
			out[p.Key] = catalog.No
		default:
			out[p.Key] = catalog.Value(v)
		}
	}
	return out
}

// functionResult is how a whole profile is assigned in a shape.
type functionResult struct {
	Exit        int
	Out         string
	Lines       int  // lines of the resource that takes every module from the profile
	Exact       bool // the planned level is exactly the profile's least privilege
	MergeExact  bool // and the level with one permission changed by merge() is exactly that
	Config      string
	OneLineExit int    // blocks: the one-line-per-module form
	OneLineOut  string // and what terraform says about it
}

func rewstPlusOne() level {
	l := rewstEverywhere("rewst_plus")
	l.exprs["crm"] = "merge(local.rewst.crm, { companies_add = true })"
	l.all = "merge(local.rewst, { crm = merge(local.rewst.crm, { companies_add = true }) })"
	return l
}

func (t *tf) function(ctx context.Context, s shape) (functionResult, error) {
	var res functionResult
	rewst := rewstEverywhere("rewst")
	res.Config = s.resource(rewst)
	res.Lines = strings.Count(res.Config, "\n")
	dir, err := t.dir("function-"+s.ID, s.config(rewst, rewstPlusOne()))
	if err != nil {
		return res, err
	}
	r, err := t.do(ctx, dir, s, []int{0, 1}, "plan", "-no-color", "-out=plan.bin")
	if err != nil {
		return res, err
	}
	res.Exit, res.Out = r.Exit, r.Out
	if r.Exit == 0 {
		plan, err := t.showJSON(ctx, dir, s, "plan.bin")
		if err != nil {
			return res, err
		}
		p, _ := catalog.ProfileByName("rewst")
		want := p.LeastPrivilege()
		res.Exact = len(want.Diff(effectiveSettings(plannedValues(plan, "shape_level.rewst")))) == 0
		want["crm.companies_add"] = catalog.Yes
		res.MergeExact = len(want.Diff(effectiveSettings(plannedValues(plan, "shape_level.rewst_plus")))) == 0
	}
	if s.layout == nestedBlock {
		// The one-line form every attribute shape takes.
		if err := writeConfig(dir, shapes[0].config(rewst)); err != nil {
			return res, err
		}
		r, err := t.do(ctx, dir, s, []int{0, 1}, "validate", "-no-color")
		if err != nil {
			return res, err
		}
		res.OneLineExit, res.OneLineOut = r.Exit, firstDiagnostic(r.Out)
	}
	return res, nil
}

// firstDiagnostic is the output up to the second diagnostic.
func firstDiagnostic(out string) string {
	idx := summaryRe.FindAllStringIndex(out, 2)
	if len(idx) < 2 {
		return out
	}
	return strings.TrimRight(out[:idx[1][0]], "\n")
}

// readability is the plan text for a create and for a one-permission update.
type readability struct{ Create, Update string }

func (t *tf) readability(ctx context.Context, s shape) (readability, error) {
	var res readability
	l := level{addr: "example", entries: []entry{
		{"crm", "companies_add", "false"}, {"projects", "project_view", `"All"`}, {"projects", "template_add", "false"},
	}}
	dir, err := t.dir("readability-"+s.ID, s.config(l))
	if err != nil {
		return res, err
	}
	r, err := t.do(ctx, dir, s, []int{2}, "plan", "-no-color", "-detailed-exitcode")
	if err != nil {
		return res, err
	}
	res.Create = planBody(r.Out)
	if _, err := t.do(ctx, dir, s, []int{0}, "apply", "-no-color", "-auto-approve"); err != nil {
		return res, err
	}
	l.entries[1].lit = `"Mine"`
	if err := writeConfig(dir, s.config(l)); err != nil {
		return res, err
	}
	r, err = t.do(ctx, dir, s, []int{2}, "plan", "-no-color", "-detailed-exitcode")
	if err != nil {
		return res, err
	}
	res.Update = planBody(r.Out)
	return res, nil
}

// planBody is the plan from its first resource line to its summary, with a
// created effective_permissions (the same 50 values in every shape) folded.
func planBody(out string) string {
	if i := strings.Index(out, "  # "); i >= 0 {
		out = out[i:]
	}
	if i := strings.Index(out, "\nPlan:"); i >= 0 {
		if j := strings.Index(out[i+1:], "\n"); j >= 0 {
			out = out[:i+1+j]
		}
	}
	return foldEffective(out)
}

func foldEffective(out string) string {
	lines := strings.Split(out, "\n")
	var b []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if strings.Contains(line, "+ effective_permissions = {") {
			indent := line[:strings.Index(line, "+")]
			b = append(b, indent+"+ effective_permissions = { # 50 values, folded")
			for i++; i < len(lines) && lines[i] != indent+"  }"; i++ {
			}
			continue
		}
		b = append(b, line)
	}
	return strings.Join(b, "\n")
}

// timing is one shape's timings at one size: medians of wall and CPU time.
type timing struct {
	N                                         int
	Validate, PlanCreate, PlanNoop, Apply     time.Duration
	ValidateCPU, CreateCPU, NoopCPU, ApplyCPU time.Duration
	StateBytes                                int64
}

// timings measures every shape at n levels. Each repetition runs every
// shape once, starting with a different one each time, before the next
// repetition starts, so a change in the machine's load during the run
// touches all shapes alike.
func (t *tf) timings(ctx context.Context, ss []shape, n, repeat int) (map[string]timing, error) {
	dirs := map[string]string{}
	walls := map[string]map[string][]time.Duration{}
	for _, s := range ss {
		levels := make([]level, n)
		for i := range levels {
			levels[i] = level{addr: fmt.Sprintf("l%04d", i), entries: benchEntries}
		}
		dir, err := t.dir(fmt.Sprintf("timing-%s-%d", s.ID, n), s.config(levels...))
		if err != nil {
			return nil, err
		}
		dirs[s.ID], walls[s.ID] = dir, map[string][]time.Duration{}
	}
	step := func(label string, times, ok int, args ...string) error {
		for i := range times {
			for j := range ss {
				s := ss[(i+j)%len(ss)] // each repetition starts with another shape
				r, err := t.do(ctx, dirs[s.ID], s, []int{ok}, args...)
				if err != nil {
					return err
				}
				walls[s.ID][label] = append(walls[s.ID][label], r.Wall)
				walls[s.ID][label+"-cpu"] = append(walls[s.ID][label+"-cpu"], r.CPU)
			}
		}
		return nil
	}
	if err := step("validate", repeat, 0, "validate", "-no-color"); err != nil {
		return nil, err
	}
	if err := step("create", repeat, 2, "plan", "-no-color", "-detailed-exitcode"); err != nil {
		return nil, err
	}
	if err := step("apply", 1, 0, "apply", "-no-color", "-auto-approve"); err != nil {
		return nil, err
	}
	if err := step("noop", repeat, 0, "plan", "-no-color", "-detailed-exitcode"); err != nil {
		return nil, err
	}
	out := map[string]timing{}
	for _, s := range ss {
		fi, err := os.Stat(filepath.Join(dirs[s.ID], "terraform.tfstate"))
		if err != nil {
			return nil, err
		}
		w := walls[s.ID]
		out[s.ID] = timing{N: n, StateBytes: fi.Size(),
			Validate: median(w["validate"]), PlanCreate: median(w["create"]), PlanNoop: median(w["noop"]), Apply: w["apply"][0],
			ValidateCPU: median(w["validate-cpu"]), CreateCPU: median(w["create-cpu"]), NoopCPU: median(w["noop-cpu"]), ApplyCPU: w["apply-cpu"][0]}
		if err := os.RemoveAll(dirs[s.ID]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// roundTrip applies a level and plans again: exit 0 means the state reads
// back as configured.
type roundTrip struct {
	Exit int
	Out  string
}

// nullEntry is a level whose configuration sets a permission to null, as
// `companies_add = var.strict ? false : null` does.
var nullEntry = level{addr: "nulls", entries: []entry{{"crm", "companies_add", "null"}, {"crm", "contacts_add", "false"}}}

func (t *tf) roundTrip(ctx context.Context, s shape, l level) (roundTrip, error) {
	dir, err := t.dir("roundtrip-"+s.ID, s.config(l))
	if err != nil {
		return roundTrip{}, err
	}
	if _, err := t.do(ctx, dir, s, []int{0}, "apply", "-no-color", "-auto-approve"); err != nil {
		return roundTrip{}, err
	}
	r, err := t.do(ctx, dir, s, []int{0, 2}, "plan", "-no-color", "-detailed-exitcode")
	return roundTrip{Exit: r.Exit, Out: planBody(r.Out)}, err
}

// upgrade is what happens to shape A's state under shape s.
type upgrade struct {
	ConfigS        string
	PlanExit       int
	PlanOut        string
	StateBefore    string // crm, documents and admin in A's state
	StateAfter     string // the same after the upgrade (refresh-only apply)
	SecondPlanExit int
	// A level whose configuration writes a permission as null: A's state
	// cannot tell that from an unset permission.
	NullPlanExit  int
	NullPlan      string
	NullAfterExit int // plan after applying that plan
}

func upgradeLevel() level {
	return level{addr: "up",
		entries: []entry{{"crm", "companies_add", "false"}, {"projects", "project_view", `"All"`}},
		empty:   []string{"documents"},
		exprs:   map[string]string{"admin": "local.rewst.admin"},
	}
}

func (t *tf) upgrade(ctx context.Context, s shape) (upgrade, error) {
	a := shapes[0]
	res := upgrade{ConfigS: s.resource(upgradeLevel())}
	dir, err := t.dir("upgrade-"+s.ID, a.config(upgradeLevel()))
	if err != nil {
		return res, err
	}
	if _, err := t.do(ctx, dir, a, []int{0}, "apply", "-no-color", "-auto-approve"); err != nil {
		return res, err
	}
	st, err := t.showJSON(ctx, dir, a)
	if err != nil {
		return res, err
	}
	res.StateBefore = overrideJSON(stateValues(st, "shape_level.up"), a)
	if err := writeConfig(dir, s.config(upgradeLevel())); err != nil {
		return res, err
	}
	r, err := t.do(ctx, dir, s, []int{0, 1, 2}, "plan", "-no-color", "-detailed-exitcode")
	if err != nil {
		return res, err
	}
	res.PlanExit, res.PlanOut = r.Exit, r.Out
	if r.Exit != 0 {
		return res, nil
	}
	if _, err := t.do(ctx, dir, s, []int{0}, "apply", "-no-color", "-refresh-only", "-auto-approve"); err != nil {
		return res, err
	}
	if st, err = t.showJSON(ctx, dir, s); err != nil {
		return res, err
	}
	res.StateAfter = overrideJSON(stateValues(st, "shape_level.up"), s)
	r, err = t.do(ctx, dir, s, []int{0, 1, 2}, "plan", "-no-color", "-detailed-exitcode")
	if err != nil {
		return res, err
	}
	res.SecondPlanExit = r.Exit

	if dir, err = t.dir("upgrade-null-"+s.ID, a.config(nullEntry)); err != nil {
		return res, err
	}
	if _, err := t.do(ctx, dir, a, []int{0}, "apply", "-no-color", "-auto-approve"); err != nil {
		return res, err
	}
	if err := writeConfig(dir, s.config(nullEntry)); err != nil {
		return res, err
	}
	if r, err = t.do(ctx, dir, s, []int{0, 2}, "plan", "-no-color", "-detailed-exitcode"); err != nil {
		return res, err
	}
	res.NullPlanExit, res.NullPlan = r.Exit, planBody(r.Out)
	if _, err := t.do(ctx, dir, s, []int{0}, "apply", "-no-color", "-auto-approve"); err != nil {
		return res, err
	}
	r, err = t.do(ctx, dir, s, []int{0, 2}, "plan", "-no-color", "-detailed-exitcode")
	res.NullAfterExit = r.Exit
	return res, err
}

// overrideJSON shows the override attributes of a level's state values as
// compact JSON, one line per attribute.
func overrideJSON(values map[string]any, s shape) string {
	names := []string{"crm", "documents", "admin"}
	if !s.perModule() {
		names = []string{permissionsAttr}
	}
	var lines []string
	for _, n := range names {
		js, err := json.Marshal(values[n])
		if err != nil {
			js = []byte(err.Error())
		}
		lines = append(lines, n+" = "+string(js))
	}
	return strings.Join(lines, "\n")
}
