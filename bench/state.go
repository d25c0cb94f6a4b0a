package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
)

// stateSize is what a size's state file holds after the settling apply:
// the file, and the private state of each object — which the state file
// stores as base64 of the framework's JSON; its read-ahead shard is most of
// it (internal/provider/read_ahead.go).
type stateSize struct {
	FileBytes int64
	Objects   int
	// Largest, Mean and Total are the decoded private state's bytes.
	LargestPrivate, MeanPrivate, TotalPrivate int
}

// measureState reads a terraform state file's size and its objects'
// private state.
func measureState(path string) (*stateSize, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var st struct {
		Resources []struct {
			Instances []struct {
				Private string `json:"private"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &stateSize{FileBytes: int64(len(raw))}
	for _, r := range st.Resources {
		for _, in := range r.Instances {
			p, err := base64.StdEncoding.DecodeString(in.Private)
			if err != nil {
				return nil, fmt.Errorf("%s: private state is not base64: %w", path, err)
			}
			s.Objects++
			s.TotalPrivate += len(p)
			s.LargestPrivate = max(s.LargestPrivate, len(p))
		}
	}
	if s.Objects > 0 {
		s.MeanPrivate = s.TotalPrivate / s.Objects
	}
	return s, nil
}

// renderState is the table of state sizes after the settling applies.
func renderState(b *md, rep *report) {
	var rows [][]string
	for _, s := range rep.Sizes {
		if s.State == nil {
			continue
		}
		rows = append(rows, []string{fmt.Sprint(s.N), fmt.Sprint(s.State.LargestPrivate), fmt.Sprint(s.State.MeanPrivate),
			fmt.Sprintf("%.1f", float64(s.State.TotalPrivate)/1024), fmt.Sprintf("%.1f", float64(s.State.FileBytes)/1024)})
	}
	if len(rows) == 0 {
		return
	}
	b.p("### State size (after the settling apply)")
	b.p("")
	b.p("Private state is what the provider keeps with each level beyond its attributes — mostly its read-ahead shard of " +
		"level ids, which stays under 1 KiB whatever the id scatter; the state file holds it base64-encoded. Bytes are of the " +
		"decoded private state.")
	b.p("")
	b.table([]string{"N", "largest private state (bytes)", "mean (bytes)", "all levels (KiB)", "state file (KiB)"}, rows)
}
