package provider

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
)

// Natural keys. Every resource type whose objects Autotask identifies by
// something besides the ID (a level's name, a user name, a field's type and
// name) declares one naturalKeySpec. One mechanism then serves all of them:
//
//   - planKey (ModifyPlan of an object being created or renamed) finds the
//     PSA's objects under the planned key — one listing per type and plan —
//     and says what the apply will do with one: take it back (an inactive
//     object of a type Autotask cannot delete), adopt it (adopt_existing, its
//     settings matching), or refuse it with the one import block text, or,
//     when it is in Terraform's state at another address, with the `moved`
//     block a renamed resource needs;
//   - createOrReuse (Create) does the same at apply with a fresh lookup, so
//     an apply that was killed after creating objects it never recorded in
//     state converges when it is run again;
//   - planKeyLifecycle (first in every keyed ModifyPlan) records what the
//     plan knows of objects in state: their IDs in the per-plan registry (for
//     the `moved` advice) and, in private state, the "replaced" marker that
//     keeps a replacement's create from taking the object it replaces for an
//     orphan.

const adoptExistingDescription = "Adopt objects that already exist in Autotask under the natural key of an object about to be created " +
	"(a security level's or portal level's name, an API user's user name, a user-defined field's type and name) when all their settings " +
	"match what the configuration would create, instead of failing. " +
	"Such orphans are left by an apply that was interrupted after creating an object but before recording it in state. " +
	"Off by default: then the plan names each orphan's ID and the `import` block to take it over. " +
	"An existing object whose settings differ is never adopted, nor one that Terraform's state holds at another address " +
	"(a renamed resource needs a `moved` block)."

// naturalKeySpec says how a resource type's objects are found by natural
// key and what the apply may do with one it finds.
type naturalKeySpec struct {
	// resourceType is the Terraform type ("autotask_security_level").
	resourceType string
	// what names one object in messages ("security level").
	what string
	// keyAttr is the attribute holding the natural key ("name").
	keyAttr string
	// list reads every object that holds a key of the type (one query,
	// made at most once per provider process: see keyedObjects).
	list func(ctx context.Context, d *providerData, c *autotask.Client) ([]keyedObject, error)
	// find reads the objects that hold key now (at apply).
	find func(ctx context.Context, c *autotask.Client, key string) ([]keyedObject, error)
	// reactivates marks a type Autotask cannot delete: destroy
	// deactivates, and every create takes back an inactive object under
	// its key (adopt_existing or not), giving it the configuration.
	reactivates bool
	// show renders a key in messages (the key itself when nil).
	show func(key string) string
	// phrase names the object by its key in summaries (`named "<key>"`
	// when nil).
	phrase func(key string) string
}

// keyedObject is one PSA object found under a natural key.
type keyedObject struct {
	ID     int64
	Key    string // as the PSA spells it
	Active bool
	// Name is the object's name, when its key is not (a login's user
	// name; its key is its contact).
	Name string
	// other, when set, says that the object holds the key but is of
	// another kind and can never become this resource (a person's user
	// name, a system level); the plan refuses the key with this text.
	other string
}

func (s *naturalKeySpec) label(key string) string {
	if s.show != nil {
		return s.show(key)
	}
	return key
}

// normalizeKey compares natural keys as Autotask does: case-insensitively,
// ignoring surrounding blanks.
func normalizeKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// existingCache holds, per resource type, the keyed objects the PSA had
// when this provider process first asked: one query per plan (or apply)
// and type, however many objects are planned; each lookup is a map read.
type existingCache struct {
	mu     sync.Mutex
	byType map[string]*existingIndex
	// notServed reports a PSA without the security-administration
	// extension once per process.
	notServed sync.Once
}

type existingIndex struct {
	once   sync.Once
	all    []keyedObject
	byKey  map[string][]keyedObject // normalised key -> objects
	err    error
	warned sync.Once
}

func (d *providerData) existingIndexOf(spec *naturalKeySpec) *existingIndex {
	d.existing.mu.Lock()
	defer d.existing.mu.Unlock()
	if d.existing.byType == nil {
		d.existing.byType = map[string]*existingIndex{}
	}
	idx, ok := d.existing.byType[spec.resourceType]
	if !ok {
		idx = &existingIndex{}
		d.existing.byType[spec.resourceType] = idx
	}
	return idx
}

// keyedObjects returns the PSA's objects under key, as this process first
// listed them.
func (d *providerData) keyedObjects(ctx context.Context, spec *naturalKeySpec, key string) ([]keyedObject, *existingIndex, error) {
	idx := d.existingIndexOf(spec)
	idx.once.Do(func() {
		c, err := d.lookupClient(ctx)
		if err != nil {
			idx.err = err
			return
		}
		objs, err := spec.list(ctx, d, c)
		if err != nil {
			idx.err = err
			return
		}
		idx.all = objs
		idx.byKey = make(map[string][]keyedObject, len(objs))
		for _, o := range objs {
			n := normalizeKey(o.Key)
			idx.byKey[n] = append(idx.byKey[n], o)
		}
	})
	if idx.err != nil {
		return nil, idx, idx.err
	}
	return idx.byKey[normalizeKey(key)], idx, nil
}

// allKeyed returns every object the listing of spec found (for a second
// uniqueness check over the same listing, as a login's user name).
func (d *providerData) allKeyed(ctx context.Context, spec *naturalKeySpec) ([]keyedObject, error) {
	_, idx, err := d.keyedObjects(ctx, spec, "")
	if err != nil {
		return nil, err
	}
	return idx.all, nil
}

// keyClaim is one object being created or renamed under a natural key.
type keyClaim struct {
	spec *naturalKeySpec
	key  string
	// self is the object's own ID when it exists (a rename), else 0.
	self int64
	// replaced is the ID of the object a replacement's create replaces
	// (replacedID), which is never an orphan.
	replaced int64
	// compare lists how the existing object o differs from what the
	// configuration makes of it, in the configuration's terms; known is
	// false while part of the configuration is unknown. For an inactive
	// object of a reactivating type it lists only what Autotask fixed when
	// the object was created (the rest the apply sets).
	compare func(ctx context.Context, o keyedObject) (differ []string, known bool, err error)
}

// compareRemote makes a keyClaim's compare: it reads the existing object
// with get and lists how it differs from the configuration with diff, told
// whether the object is active. known says whether the configuration is
// known well enough to judge an active (or an inactive) object.
func compareRemote[T any](d *providerData, known func(active bool) bool, get func(ctx context.Context, c *autotask.Client, id int64) (*T, error),
	diff func(remote *T, active bool) []string,
) func(context.Context, keyedObject) ([]string, bool, error) {
	return func(ctx context.Context, o keyedObject) ([]string, bool, error) {
		if !known(o.Active) {
			return nil, false, nil
		}
		c, err := d.lookupClient(ctx)
		if err != nil {
			return nil, false, err
		}
		remote, err := get(ctx, c, o.ID)
		if err != nil {
			return nil, false, err
		}
		return diff(remote, o.Active), true, nil
	}
}

// differences lists, in the configuration's terms, how an existing object
// differs from what the configuration would create (a compare's answer).
type differences []string

// add notes attr when the PSA's value a is not the configured b.
func (d *differences) add(attr string, a, b any) {
	if a != b {
		*d = append(*d, fmt.Sprintf("%s: %s in Autotask, %s configured", attr, shownValue(a), shownValue(b)))
	}
}

// addFold is add for a string Autotask compares in any letter case.
func (d *differences) addFold(attr, a, b string) {
	if !strings.EqualFold(a, b) {
		d.add(attr, a, b)
	}
}

func shownValue(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// others drops the claim's own object and the one it replaces.
func (k keyClaim) others(objs []keyedObject) []keyedObject {
	var out []keyedObject
	for _, o := range objs {
		if o.ID != k.self && (k.replaced == 0 || o.ID != k.replaced) {
			out = append(out, o)
		}
	}
	return out
}

// planKey is ModifyPlan's check of a natural key being created (or, with
// self set, renamed to). It reports on the key attribute what the apply
// will do with an object that holds the key already.
func (d *providerData) planKey(ctx context.Context, k keyClaim, diags *diag.Diagnostics) {
	if !d.canQueryAtPlan() {
		return // no credentials: the plan's other checks say so
	}
	objs, idx, err := d.keyedObjects(ctx, k.spec, k.key)
	if err != nil {
		if d.reportNotServed(err, diags) {
			return
		}
		idx.warned.Do(func() {
			diags.AddWarning(fmt.Sprintf("Could not check for existing %ss", k.spec.what),
				fmt.Sprintf("Listing the PSA's %ss failed, so the plan cannot tell whether a %s it creates or renames already exists "+
					"(left behind by an interrupted apply, or made in Autotask): %s", k.spec.what, k.spec.what, d.apiErrorDetail(err)))
		})
		return
	}
	objs = k.others(objs)
	if len(objs) == 0 {
		return
	}
	at := path.Root(k.spec.keyAttr)
	for _, o := range objs {
		if o.other != "" {
			diags.AddAttributeError(at, fmt.Sprintf("The %s %q is taken", k.spec.keyAttr, k.spec.label(k.key)), o.other)
			return
		}
	}
	if k.self != 0 {
		o := objs[0]
		state := "active"
		if !o.Active {
			state = "inactive"
		}
		diags.AddAttributeError(at, fmt.Sprintf("The %s %q is taken", k.spec.keyAttr, k.spec.label(k.key)),
			fmt.Sprintf("The %s %q (ID %d, %s) already has it, and Autotask allows no two %ss the same %s (in any letter case), "+
				"inactive ones included. Choose another %s.", k.spec.what, k.spec.label(o.Key), o.ID, state, k.spec.what, k.spec.keyAttr, k.spec.keyAttr))
		return
	}
	if len(objs) > 1 {
		diags.AddAttributeError(at, existsSummary(k.spec, k.key, objs), severalDetail(k.spec, objs))
		return
	}
	o := objs[0]
	if inState, destroyed := d.plan.keys.held(k.spec.resourceType, o.ID); inState {
		detail := managedDetail(k.spec, k.key, o.ID)
		if destroyed {
			detail = movedDetail(k.spec, k.key, o.ID, true)
		}
		diags.AddAttributeError(at, existsSummary(k.spec, k.key, objs), detail)
		return
	}
	d.plan.keys.claim(k.spec.resourceType, o.ID, k.key)
	reactivate := k.spec.reactivates && !o.Active
	if !reactivate && !d.adoptExisting {
		diags.AddAttributeError(at, existsSummary(k.spec, k.key, objs), orphanDetail(k.spec, o.ID))
		return
	}
	differ, known, err := k.compare(ctx, o)
	switch {
	case err != nil:
		diags.AddAttributeError(at, fmt.Sprintf("Could not read the existing %s %q (ID %d)", k.spec.what, k.spec.label(k.key), o.ID), d.apiErrorDetail(err))
	case len(differ) > 0:
		diags.AddAttributeError(at, existsSummary(k.spec, k.key, objs)+" with other settings", mismatchDetail(k.spec, o, differ))
	case !known:
		diags.AddAttributeWarning(at, fmt.Sprintf("Existing %s %q (ID %d) may be taken over", k.spec.what, k.spec.label(k.key), o.ID),
			"Part of the configuration is known only at apply, so the apply compares the existing object with it and takes it over "+
				"only if every setting matches. "+movedHedge)
	case reactivate:
		diags.AddAttributeWarning(at, fmt.Sprintf("Apply takes back the inactive %s %q (ID %d)", k.spec.what, k.spec.label(k.key), o.ID),
			fmt.Sprintf("Autotask cannot delete a %s, so a destroyed one stays, inactive, and keeps its %s. Instead of creating a second one, "+
				"the apply reactivates it and sets it as configured; its ID stays %d.", k.spec.what, k.spec.keyAttr, o.ID))
	default:
		diags.AddAttributeWarning(at, fmt.Sprintf("Existing %s %q (ID %d) will be adopted", k.spec.what, k.spec.label(k.key), o.ID),
			fmt.Sprintf("adopt_existing is on and its settings match the configuration, so the apply takes it over instead of creating a second %s.", k.spec.what))
	}
}

// planKeyChange runs planKey for an object whose key is new or changed:
// before and self are the key and the ID in state (null for a new object).
func (d *providerData) planKeyChange(ctx context.Context, k keyClaim, before, self types.String, diags *diag.Diagnostics) {
	if !before.IsNull() && strings.EqualFold(before.ValueString(), k.key) {
		return
	}
	k.self = planID(self)
	d.planKey(ctx, k, diags)
}

// createOrReuse is Create's half of planKey: with a fresh lookup it takes
// back an inactive object of a reactivating type, or with adopt_existing
// takes over a matching orphan, and otherwise calls create. It returns the
// ID and whether an existing object was taken (the caller then writes the
// configuration onto it where the comparison allowed differences).
func (d *providerData) createOrReuse(ctx context.Context, c *autotask.Client, k keyClaim, create func() (int64, error)) (int64, bool, error) {
	if !k.spec.reactivates && !d.adoptExisting {
		id, err := create()
		return id, false, err
	}
	objs, err := k.spec.find(ctx, c, k.key)
	if err != nil {
		return 0, false, fmt.Errorf("looking for an existing %s %q: %w", k.spec.what, k.spec.label(k.key), err)
	}
	objs = k.others(objs)
	switch {
	case len(objs) == 0:
		id, err := create()
		return id, false, err
	case len(objs) > 1:
		return 0, false, &keyTakenError{summary: existsSummary(k.spec, k.key, objs), detail: severalDetail(k.spec, objs)}
	}
	o := objs[0]
	if o.other != "" {
		return 0, false, &keyTakenError{summary: fmt.Sprintf("The %s %q is taken", k.spec.keyAttr, k.spec.label(k.key)), detail: o.other}
	}
	if o.Active || !k.spec.reactivates {
		if !d.adoptExisting {
			return 0, false, &keyTakenError{summary: existsSummary(k.spec, k.key, objs), detail: orphanDetail(k.spec, o.ID)}
		}
		if inState, destroyed := d.plan.keys.held(k.spec.resourceType, o.ID); inState && destroyed {
			return 0, false, &keyTakenError{summary: existsSummary(k.spec, k.key, objs), detail: movedDetail(k.spec, k.key, o.ID, true)}
		}
	}
	differ, _, err := k.compare(ctx, o)
	if err != nil {
		return 0, false, fmt.Errorf("reading the existing %s %q (ID %d): %w", k.spec.what, k.spec.label(k.key), o.ID, err)
	}
	if len(differ) > 0 {
		return 0, false, &keyTakenError{summary: existsSummary(k.spec, k.key, objs) + " with other settings", detail: mismatchDetail(k.spec, o, differ)}
	}
	return o.ID, true, nil
}

// keyTakenError is createOrReuse's refusal of a key an object holds.
type keyTakenError struct{ summary, detail string }

func (e *keyTakenError) Error() string { return e.summary + ". " + e.detail }

// addCreateError reports a failed create: a taken key with its own summary
// on the key attribute, anything else as the API's error.
func (d *providerData) addCreateError(diags *diag.Diagnostics, spec *naturalKeySpec, key string, err error) {
	var taken *keyTakenError
	if errors.As(err, &taken) {
		diags.AddAttributeError(path.Root(spec.keyAttr), taken.summary, taken.detail)
		return
	}
	diags.AddError(fmt.Sprintf("Could not create %s %q", spec.what, spec.label(key)), d.apiErrorDetail(err))
}

// existsSummary is the one summary of a key held by objs: `A security
// level named "Ops" already exists in Autotask (ID 1000)`.
func existsSummary(spec *naturalKeySpec, key string, objs []keyedObject) string {
	ids := make([]string, len(objs))
	for i, o := range objs {
		ids[i] = strconv.FormatInt(o.ID, 10)
	}
	article := "A"
	if strings.HasPrefix(spec.what, "API") {
		article = "An"
	}
	named := fmt.Sprintf("named %q", spec.label(key))
	if spec.phrase != nil {
		named = spec.phrase(key)
	}
	return fmt.Sprintf("%s %s %s already exists in Autotask (ID %s)", article, spec.what, named, strings.Join(ids, ", "))
}

// movedHedge is said wherever the plan cannot yet tell an orphan from an
// object that Terraform's state holds at another address.
const movedHedge = "If you renamed this resource in the configuration and the object is the one its old address manages, do not import it: " +
	"add a `moved` block from the old address to the new one instead."

func orphanDetail(spec *naturalKeySpec, id int64) string {
	return fmt.Sprintf("It is not in this resource's state, so this plan would create a second one, which Autotask refuses. "+
		"An earlier apply was probably interrupted after creating it, or it was made in Autotask.\n\n"+
		"To manage it with Terraform, add this block to the configuration, with `to` set to this resource's address "+
		"(shown below), and plan again:\n\n%s\n\n"+
		"Or set adopt_existing = true in the provider block: the apply then takes it over if its settings match the configuration. "+
		"Or rename or delete it in Autotask.\n\n%s", importBlock(spec.resourceType, id), movedHedge)
}

func severalDetail(spec *naturalKeySpec, objs []keyedObject) string {
	return fmt.Sprintf("Several %ss hold this %s (IDs %s); import the one to keep, with an import block such as\n\n%s\n\n"+
		"and remove the others in Autotask.", spec.what, spec.keyAttr, joinKeyedIDs(objs), importBlock(spec.resourceType, objs[0].ID))
}

func mismatchDetail(spec *naturalKeySpec, o keyedObject, differ []string) string {
	return fmt.Sprintf("It cannot be taken over as configured, because it differs in:\n  - %s\n\n"+
		"To take it over anyway and let Terraform change what it can, import it:\n\n%s\n\n"+
		"Or make the configuration match it, or choose another %s.",
		strings.Join(differ, "\n  - "), importBlock(spec.resourceType, o.ID), spec.keyAttr)
}

// movedDetail answers a key held by an object that Terraform's state holds
// at another address, which this plan destroys: a resource renamed without
// a `moved` block. Importing it would leave two addresses managing it.
func movedDetail(spec *naturalKeySpec, key string, id int64, onCreate bool) string {
	here, there := "this resource's address", "the old address (the one this plan destroys)"
	if !onCreate {
		here, there = "the address of the new "+spec.resourceType+" resource this plan creates", "this resource's address"
	}
	return fmt.Sprintf("The %s %q (ID %d) is in Terraform's state at another address, and this plan destroys it there while it creates it "+
		"here: the resource was renamed in the configuration. Applied, the destroy would delete (or deactivate) the object that the new "+
		"address takes over. Do not import it: tell Terraform about the rename with a `moved` block, and plan again:\n\n"+
		"moved {\n  from = %s.<old name>   # %s\n  to   = %s.<new name>   # %s\n}",
		spec.what, spec.label(key), id, spec.resourceType, there, spec.resourceType, here)
}

// managedDetail answers a key held by an object that another resource of
// this configuration manages and keeps.
func managedDetail(spec *naturalKeySpec, key string, id int64) string {
	return fmt.Sprintf("The %s %q (ID %d) is in Terraform's state at another address, which keeps it: another resource of this "+
		"configuration manages it. Two resources cannot manage one object; remove one of them, or give this one another %s.",
		spec.what, spec.label(key), id, spec.keyAttr)
}

// importBlock is the one import block the plan suggests: by ID, which
// every importer takes.
func importBlock(resourceType string, id int64) string {
	return fmt.Sprintf("import {\n  to = %s.<name of this resource>\n  id = %q\n}", resourceType, strconv.FormatInt(id, 10))
}

func joinKeyedIDs(objs []keyedObject) string {
	parts := make([]string, len(objs))
	for i, o := range objs {
		parts[i] = strconv.FormatInt(o.ID, 10)
	}
	return strings.Join(parts, ", ")
}

// canQueryAtPlan reports whether the provider has credentials to ask the
// PSA; without them plan-time lookups are skipped (the plan says so
// elsewhere).
func (d *providerData) canQueryAtPlan() bool {
	return d != nil && d.username != "" && d.secret != "" && d.integrationCode != ""
}

// planKeyLifecycle runs first in the ModifyPlan of every keyed resource.
// For an object in state it records the ID in the per-plan registry and,
// in private state, as the object a replacement replaces; for its destroy
// it gives the `moved` advice when this plan already claimed the object for
// a create under another address. It returns the ID a replacement's
// create replaces (0 otherwise).
func (d *providerData) planKeyLifecycle(ctx context.Context, spec *naturalKeySpec, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) int64 {
	if d == nil {
		return 0
	}
	if req.State.Raw.IsNull() {
		return replacedID(ctx, req.Private)
	}
	var id types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("id"), &id)...)
	n := planID(id)
	if n == 0 {
		return 0
	}
	if !req.Plan.Raw.IsNull() {
		d.plan.keys.inState(spec.resourceType, n, false)
		resp.Diagnostics.Append(markReplaceable(ctx, resp.Private, n)...)
		return 0
	}
	d.planDestroyKey(spec, n, &resp.Diagnostics)
	return 0
}

// planDestroyKey records that this plan destroys the object id, and gives
// the `moved` advice when a create planned before it claimed the object.
func (d *providerData) planDestroyKey(spec *naturalKeySpec, id int64, diags *diag.Diagnostics) {
	if key, claimed := d.plan.keys.inState(spec.resourceType, id, true); claimed {
		diags.AddError(fmt.Sprintf("This %s is also created at another address: add a `moved` block", spec.what),
			movedDetail(spec, key, id, false))
	}
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
func markReplaceable(ctx context.Context, p privateSetter, id int64) diag.Diagnostics {
	if p == nil || id == 0 {
		return nil
	}
	return p.SetKey(ctx, replacesKey, []byte(strconv.Quote(strconv.FormatInt(id, 10))))
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

// keyRegistry is what this plan knows of keyed objects across addresses
// (the provider is never told addresses, and Terraform plans the create
// and the destroy of a renamed resource in no fixed order): the IDs that
// objects in state hold, those this plan destroys, and those a create
// found under its key.
type keyRegistry struct {
	mu      sync.Mutex
	state   map[string]map[int64]bool   // type -> id -> destroyed by this plan
	claimed map[string]map[int64]string // type -> id -> key of the create that found it
}

// inState records that the object id of type typ is in state, destroyed
// by this plan or not; it returns the key under which a create planned
// before claimed it.
func (r *keyRegistry) inState(typ string, id int64, destroyed bool) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.state == nil {
		r.state = map[string]map[int64]bool{}
	}
	if r.state[typ] == nil {
		r.state[typ] = map[int64]bool{}
	}
	r.state[typ][id] = r.state[typ][id] || destroyed
	key, ok := r.claimed[typ][id]
	return key, ok
}

// held reports whether the object id of typ is in state (at some address
// this plan has reached), and whether this plan destroys it.
func (r *keyRegistry) held(typ string, id int64) (inState, destroyed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	destroyed, inState = r.state[typ][id]
	return inState, destroyed
}

// claim records that a create under key found the object id of typ.
func (r *keyRegistry) claim(typ string, id int64, key string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.claimed == nil {
		r.claimed = map[string]map[int64]string{}
	}
	if r.claimed[typ] == nil {
		r.claimed[typ] = map[int64]string{}
	}
	r.claimed[typ][id] = key
}
