package main

import (
	"fmt"
	"slices"
	"strings"
)

// entry is one configured permission: module, name and the HCL literal.
type entry struct{ mod, name, lit string }

// level is one shape_level resource of a test configuration, written the
// same way in every shape.
type level struct {
	addr    string            // resource name
	entries []entry           // hand-written overrides
	empty   []string          // modules written empty (`documents = {}`)
	exprs   map[string]string // module → an HCL expression for the whole module
	all     string            // for the one-attribute shapes: an expression for every module
}

const header = `terraform {
  required_providers {
    shape = { source = "bench/shape" }
  }
}

locals {
  rewst = provider::shape::profile_permissions("rewst")
}
`

// config renders a whole configuration of levels in shape s.
func (s shape) config(levels ...level) string {
	var b strings.Builder
	b.WriteString(header)
	for _, l := range levels {
		b.WriteString("\n")
		b.WriteString(s.resource(l))
	}
	return b.String()
}

// modulesOf lists the modules a level writes, in catalogue order, unknown
// module names (typos) last in the order written.
func (l level) modulesOf() []string {
	seen := map[string]bool{}
	var out []string
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, g := range groups {
		for _, e := range l.entries {
			if e.mod == g.Name {
				add(g.Name)
			}
		}
		for _, m := range l.empty {
			if m == g.Name {
				add(m)
			}
		}
		if _, ok := l.exprs[g.Name]; ok {
			add(g.Name)
		}
	}
	for _, e := range l.entries {
		add(e.mod)
	}
	return out
}

// resource renders one level in shape s, one entry per line.
func (s shape) resource(l level) string {
	var b strings.Builder
	fmt.Fprintf(&b, "resource \"shape_level\" %q {\n  name = %q\n", l.addr, l.addr)
	if l.all != "" && !s.perModule() {
		fmt.Fprintf(&b, "\n  %s = %s\n}\n", permissionsAttr, l.all)
		return b.String()
	}
	indent := "  "
	if !s.perModule() {
		fmt.Fprintf(&b, "\n  %s = {\n", permissionsAttr)
		indent = "    "
	}
	for i, mod := range l.modulesOf() {
		if i > 0 || s.perModule() {
			b.WriteString("\n")
		}
		if expr, ok := l.exprs[mod]; ok {
			b.WriteString(s.moduleExpr(indent, mod, expr))
			continue
		}
		open := mod + " = {"
		if s.layout == nestedBlock {
			open = mod + " {"
		}
		if slices.Contains(l.empty, mod) {
			fmt.Fprintf(&b, "%s%s}\n", indent, open)
			continue
		}
		fmt.Fprintf(&b, "%s%s\n", indent, open)
		for _, e := range l.entries {
			if e.mod == mod {
				fmt.Fprintf(&b, "%s  %s = %s\n", indent, e.name, e.lit)
			}
		}
		fmt.Fprintf(&b, "%s}\n", indent)
	}
	if !s.perModule() {
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// moduleExpr assigns a whole module from an expression: one line, except
// for blocks, which need a dynamic block naming every permission.
func (s shape) moduleExpr(indent, mod, expr string) string {
	if s.layout != nestedBlock {
		return fmt.Sprintf("%s%s = %s\n", indent, mod, expr)
	}
	g, _ := groupByName(mod)
	var b strings.Builder
	fmt.Fprintf(&b, "%sdynamic %q {\n%s  for_each = [%s]\n%s  content {\n", indent, mod, indent, expr, indent)
	for _, p := range g.Perms {
		fmt.Fprintf(&b, "%s    %s = %s.value.%s\n", indent, p.Name, mod, p.Name)
	}
	fmt.Fprintf(&b, "%s  }\n%s}\n", indent, indent)
	return b.String()
}

// lineOf is the 1-based line of the first line of text containing all of
// the parts, or 0.
func lineOf(text string, parts ...string) int {
	for i, line := range strings.Split(text, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return i + 1
		}
	}
	return 0
}

// rewstEverywhere assigns every module from the Rewst profile.
func rewstEverywhere(addr string) level {
	l := level{addr: addr, exprs: map[string]string{}, all: "local.rewst"}
	for _, g := range groups {
		l.exprs[g.Name] = "local.rewst." + g.Name
	}
	return l
}

// benchEntries are the five overrides of every level in the timing runs.
var benchEntries = []entry{
	{"crm", "companies_add", "false"},
	{"crm", "contacts_edit", `"None"`},
	{"projects", "project_view", `"All"`},
	{"projects", "template_add", "false"},
	{"service_desk", "tickets_edit", `"Mine"`},
}
