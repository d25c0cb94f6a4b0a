package provider

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// Orphans are objects an interrupted apply created in the PSA but never
// recorded in state: terraform killed between the create and the state
// write. The next plan would create them again, which Autotask refuses
// ("already exists"), leaving the user to hunt for them. Instead, a
// resource about to be created looks its natural key up here: the plan
// names the existing object with the import block that takes it over, or,
// with adopt_existing, the apply adopts it when its settings match.
//
// A resource opts in with an existingSpec and two calls: planExisting in
// ModifyPlan (when there is no prior state) and existingIDs in Create
// (when adopt_existing is on).

const adoptExistingDescription = "Adopt objects that already exist in Autotask under the natural key of an object about to be created " +
	"(a security level's name, …) when all their settings match what the configuration would create, instead of failing. " +
	"Such orphans are left by an apply that was interrupted after creating an object but before recording it in state. " +
	"Off by default: then the plan names each orphan's ID and the `import` block to take it over. " +
	"An existing object whose settings differ is never adopted."

// existingSpec says how to find a resource type's objects by natural key.
type existingSpec struct {
	// resourceType is the Terraform type ("autotask_security_level").
	resourceType string
	// what names one object in messages ("security level").
	what string
	// keyAttr is the attribute holding the natural key ("name").
	keyAttr string
	// keys lists the natural key of every candidate object in the PSA
	// (one paged query of ids and keys only).
	keys func(ctx context.Context, c *autotask.Client) ([]autotask.NaturalKey, error)
}

// normalizeKey compares natural keys as Autotask does: case-insensitively,
// ignoring surrounding blanks.
func normalizeKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// existingCache holds, per resource type, the natural keys the PSA had when
// this provider process first asked: one query per plan (or apply) and
// type, however many objects are planned; each lookup is then a map read.
type existingCache struct {
	mu     sync.Mutex
	byType map[string]*existingIndex
	// notServed reports a PSA without the security-administration
	// extension once per process.
	notServed sync.Once
}

type existingIndex struct {
	once   sync.Once
	ids    map[string][]int64 // normalised key -> ids
	err    error
	warned sync.Once
}

// existingIDs returns the IDs of the PSA's objects whose natural key is
// key. The first call per resource type reads every key once.
func (d *providerData) existingIDs(ctx context.Context, spec existingSpec, key string) ([]int64, error) {
	d.existing.mu.Lock()
	if d.existing.byType == nil {
		d.existing.byType = map[string]*existingIndex{}
	}
	idx, ok := d.existing.byType[spec.resourceType]
	if !ok {
		idx = &existingIndex{}
		d.existing.byType[spec.resourceType] = idx
	}
	d.existing.mu.Unlock()
	idx.once.Do(func() {
		c, diags := d.Client(ctx)
		if diags.HasError() {
			idx.err = fmt.Errorf("the API client is not configured")
			return
		}
		keys, err := spec.keys(ctx, c)
		if err != nil {
			idx.err = err
			return
		}
		idx.ids = make(map[string][]int64, len(keys))
		for _, k := range keys {
			n := normalizeKey(k.Value)
			idx.ids[n] = append(idx.ids[n], k.ID)
		}
	})
	if idx.err != nil {
		return nil, idx.err
	}
	return idx.ids[normalizeKey(key)], nil
}

// replacesKey is the private-state key under which the plan of an
// existing object records its ID. Terraform plans the create half of a
// replacement against a null prior state but hands it this private data,
// so that create does not take the object it replaces for an orphan.
const replacesKey = "replaces_id"

type privateSetter interface {
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

type privateGetter interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
}

// markReplaceable records, in the plan of an object that exists, its ID.
func markReplaceable(ctx context.Context, p privateSetter, id string) diag.Diagnostics {
	if p == nil || id == "" {
		return nil
	}
	return p.SetKey(ctx, replacesKey, []byte(strconv.Quote(id)))
}

// replacedID is the ID markReplaceable recorded, or 0.
func replacedID(ctx context.Context, p privateGetter) int64 {
	if p == nil {
		return 0
	}
	raw, diags := p.GetKey(ctx, replacesKey)
	if diags.HasError() || len(raw) == 0 {
		return 0
	}
	s, err := strconv.Unquote(string(raw))
	if err != nil {
		return 0
	}
	id, _ := strconv.ParseInt(s, 10, 64)
	return id
}

// planExisting runs in ModifyPlan for an object about to be created. When
// the PSA already holds an object under its natural key, it returns that
// object's ID if adopt_existing is on (the caller then compares settings
// and calls adoptVerdict); otherwise it reports the orphan as an error on
// the key attribute, with the import block to paste, and returns 0.
// replaced is the ID of the object this create replaces (replacedID), which
// is never an orphan.
func (d *providerData) planExisting(ctx context.Context, spec existingSpec, key string, replaced int64, diags *diag.Diagnostics) int64 {
	if d == nil || d.username == "" || d.secret == "" || d.integrationCode == "" {
		return 0 // no credentials: the plan's other checks say so
	}
	ids, err := d.existingIDs(ctx, spec, key)
	if err != nil {
		if d.reportNotServed(err, diags) {
			return 0
		}
		d.existing.mu.Lock()
		idx := d.existing.byType[spec.resourceType]
		d.existing.mu.Unlock()
		idx.warned.Do(func() {
			diags.AddWarning(fmt.Sprintf("Could not check for existing %ss", spec.what),
				fmt.Sprintf("Listing the PSA's %ss to find any left behind by an interrupted apply failed, so the plan cannot tell "+
					"whether a %s it creates already exists: %s", spec.what, spec.what, d.apiErrorDetail(err)))
		})
		return 0
	}
	ids = slices.DeleteFunc(slices.Clone(ids), func(id int64) bool { return id == replaced })
	switch {
	case len(ids) == 0:
		return 0
	case len(ids) == 1 && d.adoptExisting:
		return ids[0]
	}
	summary := fmt.Sprintf("A %s named %q already exists in Autotask (ID %s)", spec.what, key, joinIDs(ids))
	var b strings.Builder
	fmt.Fprintf(&b, "It is not in Terraform's state, so this plan would create a second one, which Autotask refuses. "+
		"An earlier apply was probably interrupted after creating it.\n\n")
	if len(ids) == 1 {
		fmt.Fprintf(&b, "To manage it with Terraform, add this block to the configuration, with `to` set to this resource's address "+
			"(shown below), and plan again:\n\n%s\n\n", importBlock(spec.resourceType, ids[0]))
		b.WriteString("Or set adopt_existing = true in the provider block: the apply then takes it over if its settings match the configuration. ")
	} else {
		fmt.Fprintf(&b, "Several %ss carry this name; import the one to keep (by ID) and remove the others in Autotask. ", spec.what)
	}
	b.WriteString("Or rename or delete it in Autotask.")
	diags.AddAttributeError(path.Root(spec.keyAttr), summary, b.String())
	return 0
}

// adoptVerdict reports, at plan time, whether an existing object found by
// planExisting will be adopted: a warning when its settings match (differ
// is empty), an error listing the differences otherwise.
func (d *providerData) adoptVerdict(spec existingSpec, key string, id int64, differ []string, diags *diag.Diagnostics) {
	if len(differ) == 0 {
		diags.AddAttributeWarning(path.Root(spec.keyAttr),
			fmt.Sprintf("Existing %s %q (ID %d) will be adopted", spec.what, key, id),
			fmt.Sprintf("adopt_existing is on and its settings match the configuration, so the apply takes it over instead of creating a second %s.", spec.what))
		return
	}
	diags.AddAttributeError(path.Root(spec.keyAttr),
		fmt.Sprintf("A %s named %q already exists in Autotask (ID %d) with other settings", spec.what, key, id),
		adoptMismatchDetail(spec, id, differ))
}

// adoptMismatchDetail explains why an existing object is not adopted.
func adoptMismatchDetail(spec existingSpec, id int64, differ []string) string {
	return fmt.Sprintf("adopt_existing takes over only a %s whose settings match what the configuration would create; this one differs in:\n  - %s\n\n"+
		"To take it over anyway and let Terraform change it, import it:\n\n%s\n\nOr make the configuration match it, or rename or delete it in Autotask.",
		spec.what, strings.Join(differ, "\n  - "), importBlock(spec.resourceType, id))
}

// adoptError is returned by a Create that finds a non-matching object.
type adoptError struct {
	spec   existingSpec
	key    string
	id     int64
	differ []string
}

func (e *adoptError) Error() string {
	return fmt.Sprintf("A %s named %q already exists in Autotask (ID %d) with other settings. %s", e.spec.what, e.key, e.id, adoptMismatchDetail(e.spec, e.id, e.differ))
}

func importBlock(resourceType string, id int64) string {
	return fmt.Sprintf("import {\n  to = %s.<name of this resource>\n  id = %q\n}", resourceType, strconv.FormatInt(id, 10))
}

func joinIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ", ")
}
