package main

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// measureState decodes each object's private state from the state file.
func TestMeasureState(t *testing.T) {
	priv := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	doc := fmt.Sprintf(`{"version":4,"resources":[{"type":"autotask_security_level","instances":[{"private":%q},{"private":%q}]},`+
		`{"type":"autotask_security_level","instances":[{"private":%q}]}]}`, priv(`{"read_ahead":"abcd"}`), priv(`{}`), priv(`{"a":"bb"}`))
	path := filepath.Join(t.TempDir(), "terraform.tfstate")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := measureState(path)
	if err != nil {
		t.Fatal(err)
	}
	want := stateSize{FileBytes: int64(len(doc)), Objects: 3, LargestPrivate: 21, MeanPrivate: 11, TotalPrivate: 21 + 2 + 10}
	if *s != want {
		t.Errorf("measureState = %+v, want %+v", *s, want)
	}
	if err := os.WriteFile(path, []byte(`{"resources":[{"instances":[{"private":"not base64!"}]}]}`), 0o644); err == nil {
		if _, err := measureState(path); err == nil {
			t.Error("private state that is not base64: no error")
		}
	}
}
