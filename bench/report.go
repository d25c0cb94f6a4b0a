package main

import (
	"encoding/json"
	"os"
	"path/filepath"
)

func writeReport(o options, rep *report) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(o.work, "report.json"), b, 0o644)
}
