package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// docsResult is what tfplugindocs renders for the crm overrides.
type docsResult struct {
	Line   string // the crm entry of the schema list
	Nested string // its nested schema section, if any
	Lines  int    // lines of the whole resource page
}

// docs renders the resource page with tfplugindocs (the project's pinned
// go tool) from `terraform providers schema -json`.
func (t *tf) docs(ctx context.Context, s shape, moduleRoot string) (docsResult, error) {
	var res docsResult
	dir, err := t.dir("docs-"+s.ID, s.config())
	if err != nil {
		return res, err
	}
	r, err := t.do(ctx, dir, s, []int{0}, "providers", "schema", "-json")
	if err != nil {
		return res, err
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.Out[strings.Index(r.Out, "{"):]), &doc); err != nil {
		return res, err
	}
	var schemas map[string]json.RawMessage
	if err := json.Unmarshal(doc["provider_schemas"], &schemas); err != nil {
		return res, err
	}
	// tfplugindocs finds the provider by its short name.
	doc["provider_schemas"], _ = json.Marshal(map[string]json.RawMessage{"shape": schemas[providerAddress]})
	js, _ := json.Marshal(doc)
	schemaFile := filepath.Join(dir, "schema.json")
	if err := os.WriteFile(schemaFile, js, 0o644); err != nil {
		return res, err
	}
	cmd := exec.CommandContext(ctx, "go", "tool", "tfplugindocs", "generate", "--providers-schema", schemaFile,
		"--provider-name", "shape", "--provider-dir", dir)
	cmd.Dir = moduleRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		return res, fmt.Errorf("tfplugindocs: %w\n%s", err, out)
	}
	page, err := os.ReadFile(filepath.Join(dir, "docs", "resources", "level.md"))
	if err != nil {
		return res, err
	}
	text := string(page)
	res.Lines = strings.Count(text, "\n")
	top := "crm"
	if !s.perModule() {
		top = permissionsAttr
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "- `"+top+"` ") {
			res.Line = line
			break
		}
	}
	if i := strings.Index(text, "### Nested Schema for `"+top+"`"); i >= 0 {
		nested := text[i:]
		if j := strings.Index(nested[1:], "\n<a id="); j >= 0 {
			nested = nested[:j+1]
		}
		res.Nested = strings.TrimSpace(nested)
	}
	return res, nil
}
