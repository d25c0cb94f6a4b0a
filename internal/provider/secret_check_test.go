package provider

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// The "secret never in state" checks search text for a secret. Private
// state is where a plain search misses it: the framework stores an
// object's private state as a JSON object whose values are base64 of the
// provider's own JSON, and the state file stores that object base64 again.
// So the checks search the decoded private state of every instance too
// (privateLog for what the provider hands terraform in-process,
// stateFileText for a state file), and holdsSecret also finds a secret
// base64-encoded once (a saved plan keeps private state as raw bytes).

// holdsSecret reports whether text holds secret, as is or base64-encoded
// at any alignment.
func holdsSecret(text, secret string) bool {
	if secret == "" {
		return false
	}
	if strings.Contains(text, secret) {
		return true
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
		for pad := range 3 {
			// The secret behind pad leading bytes: drop the characters that
			// depend on those bytes and on the bytes after the secret.
			s := enc.EncodeToString(append(make([]byte, pad), secret...))
			start := []int{0, 2, 3}[pad]
			end := len(s) - strings.Count(s, "=")
			if (pad+len(secret))%3 != 0 {
				end-- // the last character mixes in what follows the secret
			}
			if end-start >= 4 && strings.Contains(text, s[start:end]) {
				return true
			}
		}
	}
	return false
}

// decodedPrivate is a private state blob as the framework writes it (a JSON
// object of base64 values) followed by each value decoded; a blob of
// another shape comes back as is.
func decodedPrivate(blob []byte) string {
	var values map[string][]byte
	if json.Unmarshal(blob, &values) != nil {
		return string(blob)
	}
	var b strings.Builder
	b.Write(blob)
	for _, k := range slices.Sorted(maps.Keys(values)) {
		fmt.Fprintf(&b, "\n%s: %s", k, values[k])
	}
	return b.String()
}

// stateFileText is a terraform state file followed by the decoded private
// state of each of its resource instances (current and deposed).
func stateFileText(raw []byte) (string, error) {
	var state struct {
		Resources []struct {
			Type      string `json:"type"`
			Name      string `json:"name"`
			Instances []struct {
				Private []byte `json:"private"`
				Deposed string `json:"deposed"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(raw, &state); err != nil {
		return "", fmt.Errorf("state file: %w", err)
	}
	var b strings.Builder
	b.Write(raw)
	for _, r := range state.Resources {
		for i, inst := range r.Instances {
			if len(inst.Private) > 0 {
				fmt.Fprintf(&b, "\nprivate state of %s.%s[%d]%s:\n%s", r.Type, r.Name, i, inst.Deposed, decodedPrivate(inst.Private))
			}
		}
	}
	return b.String(), nil
}

// privateLog keeps, decoded, every private state the provider hands
// terraform: planned, applied, read and imported.
type privateLog struct {
	mu    sync.Mutex
	blobs []string
}

func (l *privateLog) add(blob []byte) {
	if len(blob) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.blobs = append(l.blobs, decodedPrivate(blob))
}

// text is every private state seen so far, decoded.
func (l *privateLog) text() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.blobs, "\n")
}

// count is how many private states were seen.
func (l *privateLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.blobs)
}

// factories runs prov in-process and records its private states.
func (l *privateLog) factories(prov provider.Provider) map[string]func() (tfprotov6.ProviderServer, error) {
	serve := providerserver.NewProtocol6WithError(prov)
	return map[string]func() (tfprotov6.ProviderServer, error){
		"autotask": func() (tfprotov6.ProviderServer, error) {
			s, err := serve()
			return privateRecorder{ProviderServer: s, log: l}, err
		},
	}
}

// privateRecorder is a provider server that copies every private state of
// its answers into log.
type privateRecorder struct {
	tfprotov6.ProviderServer
	log *privateLog
}

func (r privateRecorder) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	resp, err := r.ProviderServer.PlanResourceChange(ctx, req)
	if resp != nil {
		r.log.add(resp.PlannedPrivate)
	}
	return resp, err
}

func (r privateRecorder) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	resp, err := r.ProviderServer.ApplyResourceChange(ctx, req)
	if resp != nil {
		r.log.add(resp.Private)
	}
	return resp, err
}

func (r privateRecorder) ReadResource(ctx context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	resp, err := r.ProviderServer.ReadResource(ctx, req)
	if resp != nil {
		r.log.add(resp.Private)
	}
	return resp, err
}

func (r privateRecorder) ImportResourceState(ctx context.Context, req *tfprotov6.ImportResourceStateRequest) (*tfprotov6.ImportResourceStateResponse, error) {
	resp, err := r.ProviderServer.ImportResourceState(ctx, req)
	if resp != nil {
		for _, imp := range resp.ImportedResources {
			if imp != nil {
				r.log.add(imp.Private)
			}
		}
	}
	return resp, err
}

func (r privateRecorder) MoveResourceState(ctx context.Context, req *tfprotov6.MoveResourceStateRequest) (*tfprotov6.MoveResourceStateResponse, error) {
	resp, err := r.ProviderServer.MoveResourceState(ctx, req)
	if resp != nil {
		r.log.add(resp.TargetPrivate)
	}
	return resp, err
}

// plantedPrivate is private state as the framework would write it for a
// provider that kept secret under key.
func plantedPrivate(t *testing.T, key, secret string) []byte {
	t.Helper()
	inner, err := json.Marshal(map[string]string{"password": secret})
	if err != nil {
		t.Fatal(err)
	}
	blob, err := json.Marshal(map[string][]byte{key: inner, "readAhead": []byte(`{"ids":[1,2,3]}`)})
	if err != nil {
		t.Fatal(err)
	}
	return blob
}

// The checks catch a secret planted in private state, where a plain search
// of the state file does not find it: in a state file, in what the
// provider hands terraform, and in a saved plan's raw private bytes.
func TestSecretChecksReadPrivateState(t *testing.T) {
	const secret = "Pl4nted-Private-Secret"
	blob := plantedPrivate(t, "planted", secret)
	stateFile, err := json.Marshal(map[string]any{
		"version": 4,
		"resources": []any{map[string]any{
			"mode": "managed", "type": "autotask_client_portal_user", "name": "u",
			"instances": []any{map[string]any{"attributes": map[string]any{"user_name": "u@example.org"}, "private": blob}},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(stateFile), secret) {
		t.Fatal("the planted secret is plain in the state file: the test plants nothing a plain search misses")
	}
	text, err := stateFileText(stateFile)
	if err != nil {
		t.Fatal(err)
	}
	if !holdsSecret(text, secret) {
		t.Errorf("the state file check misses a secret in private state:\n%s", text)
	}
	if !holdsSecret(string(blob), secret) {
		t.Errorf("the check misses a secret base64-encoded once (a saved plan's private bytes): %s", blob)
	}
	for _, other := range []string{"Another-Secret-Value", "Secret-Private-Pl4nted"} {
		if holdsSecret(text, other) {
			t.Errorf("the check finds %q, which is not there", other)
		}
	}

	// What the provider answers in-process: the recorder decodes it, and
	// secretCheck fails on it.
	log := &privateLog{}
	rec := privateRecorder{ProviderServer: plantingServer{private: blob}, log: log}
	if _, err := rec.ApplyResourceChange(context.Background(), &tfprotov6.ApplyResourceChangeRequest{}); err != nil {
		t.Fatal(err)
	}
	s := secret
	check := secretCheck{secret: &s, what: "the state", private: log}
	big := map[string]string{"padding": strings.Repeat("x", 200)}
	if err := check.check(big); err == nil || !strings.Contains(err.Error(), "private state") {
		t.Errorf("secretCheck passes a secret in private state (err %v)", err)
	}
	absent := "Not-There-Secret"
	clean := secretCheck{secret: &absent, what: "the state", private: log}
	if err := clean.check(big); err != nil {
		t.Errorf("secretCheck fails without the secret: %v", err)
	}
}

// plantingServer answers every apply with the private state it holds.
type plantingServer struct {
	tfprotov6.ProviderServer
	private []byte
}

func (p plantingServer) ApplyResourceChange(context.Context, *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	return &tfprotov6.ApplyResourceChangeResponse{Private: p.private}, nil
}
