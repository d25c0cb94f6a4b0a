package catalog

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Feature is a section of the Autotask UI that a security level can open.
type Feature string

// The features (sections) of the Autotask UI.
const (
	FeatureHome        Feature = "Home"
	FeatureCRM         Feature = "CRM"
	FeatureDirectory   Feature = "Directory"
	FeatureContracts   Feature = "Contracts"
	FeatureProjects    Feature = "Projects"
	FeatureServiceDesk Feature = "Service Desk"
	FeatureTimesheets  Feature = "Timesheets"
	FeatureInventory   Feature = "Inventory"
	FeatureReports     Feature = "Reports"
	FeatureOutsource   Feature = "Outsource"
	FeatureCommunity   Feature = "Community"
	FeatureHelp        Feature = "Help"
	FeatureAdmin       Feature = "Admin"
)

// Features lists every feature in the order the Autotask UI shows them.
func Features() []Feature {
	return slices.Clone(allFeatures)
}

var allFeatures = []Feature{
	FeatureHome, FeatureCRM, FeatureDirectory, FeatureContracts, FeatureProjects,
	FeatureServiceDesk, FeatureTimesheets, FeatureInventory, FeatureReports,
	FeatureOutsource, FeatureCommunity, FeatureHelp, FeatureAdmin,
}

// Kind is the shape of a permission's value.
type Kind int

// Permission kinds.
const (
	// KindAccess takes All, Mine or None.
	KindAccess Kind = iota + 1
	// KindBool takes Yes or No (a check box in the UI).
	KindBool
	// KindChoice takes one of a fixed, ordered list of options.
	KindChoice
	// KindText takes free text (for example a task category name).
	KindText
)

// String names the kind as the docs show it.
func (k Kind) String() string {
	switch k {
	case KindAccess:
		return "access"
	case KindBool:
		return "bool"
	case KindChoice:
		return "choice"
	case KindText:
		return "text"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Value is one permission setting in its canonical spelling ("All", "Yes",
// "My Tasks", …). A Value is meaningful only together with the permission
// it belongs to; obtain one with [Permission.Parse] or the constants below.
type Value string

// Values shared by many permissions.
const (
	All  Value = "All"
	Mine Value = "Mine"
	None Value = "None"
	Yes  Value = "Yes"
	No   Value = "No"
)

// Bool converts a Go bool to Yes or No.
func Bool(b bool) Value {
	if b {
		return Yes
	}
	return No
}

// IsYes reports whether v is Yes.
func (v Value) IsYes() bool { return v == Yes }

// Option is one allowed value of a permission.
type Option struct {
	// Value is the canonical spelling.
	Value Value
	// ID is the picklist value the API uses for it (sent as a string in
	// entityInformation/fields, as Autotask does).
	ID int
	// Rank orders options by privilege: 0 grants least.
	Rank int
}

// Key identifies a permission: "<module>.<name>", e.g. "projects.project_view".
type Key string

// Module returns the module part of the key.
func (k Key) Module() Module {
	m, _, _ := strings.Cut(string(k), ".")
	return Module(m)
}

// Name returns the attribute-name part of the key.
func (k Key) Name() string {
	_, n, _ := strings.Cut(string(k), ".")
	return n
}

// Permission is one setting of a security level.
type Permission struct {
	// Key is "<module>.<name>"; Name is also the Terraform attribute name.
	Key    Key
	Module Module
	Name   string
	// Field is the camelCase field name on the API entity.
	Field string
	// Label is what the Autotask UI calls the setting.
	Label string
	// Description explains the setting in the catalogue's own words.
	Description string
	Kind        Kind
	// Options are the allowed values, least privilege first (nil for KindText).
	Options []Option
	// Floor is the least-privileged value: what a level granting nothing has.
	Floor Value
}

// Values lists the allowed values in privilege order, least first.
func (p *Permission) Values() []Value {
	out := make([]Value, len(p.Options))
	for i, o := range p.Options {
		out[i] = o.Value
	}
	return out
}

// Parse returns the canonical Value for s, accepting any letter case and,
// for KindBool, "true"/"false". It fails with a message that lists the
// allowed values.
func (p *Permission) Parse(s string) (Value, error) {
	if p.Kind == KindText {
		if strings.TrimSpace(s) == "" {
			return "", fmt.Errorf("%s: a task category name or %q is required", p.Key, TaskCategoryOwn)
		}
		return Value(s), nil
	}
	if p.Kind == KindBool {
		switch strings.ToLower(s) {
		case "true":
			return Yes, nil
		case "false":
			return No, nil
		}
	}
	for _, o := range p.Options {
		if strings.EqualFold(string(o.Value), s) {
			return o.Value, nil
		}
	}
	return "", fmt.Errorf("%s: %q is not allowed; use one of %s", p.Key, s, p.allowedList())
}

func (p *Permission) allowedList() string {
	vs := make([]string, len(p.Options))
	for i, o := range p.Options {
		vs[i] = fmt.Sprintf("%q", o.Value)
	}
	return strings.Join(vs, ", ")
}

// Rank returns the privilege rank of v (0 = least) and whether v is an
// allowed value. Text permissions are unranked and always report (0, true).
func (p *Permission) Rank(v Value) (int, bool) {
	if p.Kind == KindText {
		return 0, true
	}
	for _, o := range p.Options {
		if o.Value == v {
			return o.Rank, true
		}
	}
	return 0, false
}

// Ranked reports whether values of p are ordered by privilege.
func (p *Permission) Ranked() bool { return p.Kind != KindText }

// Grants reports whether v grants at least as much as min.
func (p *Permission) Grants(v, minimum Value) bool {
	if p.Kind == KindText {
		return v == minimum
	}
	a, okA := p.Rank(v)
	b, okB := p.Rank(minimum)
	return okA && okB && a >= b
}

// OptionByID finds the option with the given picklist ID.
func (p *Permission) OptionByID(id int) (Option, bool) {
	for _, o := range p.Options {
		if o.ID == id {
			return o, true
		}
	}
	return Option{}, false
}

// Option returns the option for v.
func (p *Permission) Option(v Value) (Option, bool) {
	for _, o := range p.Options {
		if o.Value == v {
			return o, true
		}
	}
	return Option{}, false
}

// Settings maps permissions to values. A nil Settings is empty.
type Settings map[Key]Value

// Clone returns an independent copy.
func (s Settings) Clone() Settings {
	out := make(Settings, len(s))
	for k, v := range s {
		out[k] = v
	}
	return out
}

// Keys returns the keys in catalogue order (unknown keys last, sorted).
func (s Settings) Keys() []Key {
	keys := make([]Key, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, oj := keyOrder(keys[i]), keyOrder(keys[j])
		if oi != oj {
			return oi < oj
		}
		return keys[i] < keys[j]
	})
	return keys
}

// Apply returns a copy of s with overrides laid over it.
func (s Settings) Apply(overrides Settings) Settings {
	out := s.Clone()
	for k, v := range overrides {
		out[k] = v
	}
	return out
}

// Diff lists the keys whose values differ between s and other, in
// catalogue order.
func (s Settings) Diff(other Settings) []Key {
	seen := make(Settings, len(s))
	for k, v := range s {
		if other[k] != v {
			seen[k] = v
		}
	}
	for k, v := range other {
		if s[k] != v {
			seen[k] = v
		}
	}
	return seen.Keys()
}

func keyOrder(k Key) int {
	if p, ok := permByKey[k]; ok {
		return p.order
	}
	if p, ok := portalByKey[k]; ok {
		return p.order
	}
	for i, p := range protectedPermissions {
		if p.Key == k {
			return 20000 + i
		}
	}
	return 1 << 30
}
