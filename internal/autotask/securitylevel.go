package autotask

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// SecurityLevel is a security level (extension entity). Permissions holds
// one value per catalogue permission; on the wire each is the field
// Permission.Field, encoded as the option's picklist ID (access and choice
// permissions), a JSON boolean (yes/no) or a string (text).
//
// For an update, set only what should change: nil pointers and permissions
// absent from the map are not sent, so the server keeps them.
type SecurityLevel struct {
	ID          int64   `json:"id,omitempty"`
	Name        *string `json:"name,omitempty"`
	Description *string `json:"description,omitempty"`
	IsActive    *bool   `json:"isActive,omitempty"`
	// IsSystem and LicenseType are read-only.
	IsSystem    *bool `json:"isSystem,omitempty"`
	LicenseType *int  `json:"licenseType,omitempty"`
	// CopiedFromSecurityLevelID is required on create and read-only after.
	CopiedFromSecurityLevelID *int64           `json:"copiedFromSecurityLevelID,omitempty"`
	Permissions               catalog.Settings `json:"-"`
}

type securityLevelFields SecurityLevel

func securityPermission(k catalog.Key) (*catalog.Permission, bool) {
	return catalog.PermissionByKey(k)
}

func portalPermission(k catalog.Key) (*catalog.Permission, bool) {
	p, ok := catalog.PortalPermissionByKey(k)
	if !ok {
		return nil, false
	}
	return &p.Permission, true
}

func securityPermissionByField(f string) (*catalog.Permission, bool) {
	return catalog.PermissionByField(f)
}

func portalPermissionByField(f string) (*catalog.Permission, bool) {
	p, ok := catalog.PortalPermissionByField(f)
	if !ok {
		return nil, false
	}
	return &p.Permission, true
}

// MarshalJSON writes the plain fields and then the permissions in
// catalogue order. An unknown permission or a value the catalogue does not
// allow is an error.
func (l SecurityLevel) MarshalJSON() ([]byte, error) {
	base, err := json.Marshal(securityLevelFields(l))
	if err != nil {
		return nil, err
	}
	return appendPermissions(base, l.Permissions, securityPermission)
}

// UnmarshalJSON reads the plain fields and every permission field the
// catalogue knows; unknown fields are ignored.
func (l *SecurityLevel) UnmarshalJSON(data []byte) error {
	var f securityLevelFields
	if err := json.Unmarshal(data, &f); err != nil {
		return err
	}
	perms, err := decodePermissions(data, securityPermissionByField)
	if err != nil {
		return fmt.Errorf("security level: %w", err)
	}
	*l = SecurityLevel(f)
	l.Permissions = perms
	return nil
}

// Portal level types on the wire.
const (
	PortalTypeClientAccess = 1
	PortalTypeTaskfire     = 2
)

// PortalTypeID maps a catalogue portal type to its wire value.
func PortalTypeID(t catalog.PortalType) (int, bool) {
	switch t {
	case catalog.PortalClientAccess:
		return PortalTypeClientAccess, true
	case catalog.PortalTaskfire:
		return PortalTypeTaskfire, true
	}
	return 0, false
}

// PortalTypeOf maps a wire value to the catalogue portal type.
func PortalTypeOf(id int) (catalog.PortalType, bool) {
	switch id {
	case PortalTypeClientAccess:
		return catalog.PortalClientAccess, true
	case PortalTypeTaskfire:
		return catalog.PortalTaskfire, true
	}
	return "", false
}

// ClientPortalSecurityLevel is a Client Portal / Taskfire security level
// (extension entity); Permissions are keyed by catalog.PortalPermissions()
// and encoded like SecurityLevel's.
type ClientPortalSecurityLevel struct {
	ID   int64   `json:"id,omitempty"`
	Name *string `json:"name,omitempty"`
	// Type is PortalTypeClientAccess or PortalTypeTaskfire; fixed after
	// create.
	Type        *int             `json:"type,omitempty"`
	Description *string          `json:"description,omitempty"`
	IsActive    *bool            `json:"isActive,omitempty"`
	IsSystem    *bool            `json:"isSystem,omitempty"`
	Permissions catalog.Settings `json:"-"`
}

type portalLevelFields ClientPortalSecurityLevel

// MarshalJSON writes the plain fields and the portal permissions.
func (l ClientPortalSecurityLevel) MarshalJSON() ([]byte, error) {
	base, err := json.Marshal(portalLevelFields(l))
	if err != nil {
		return nil, err
	}
	return appendPermissions(base, l.Permissions, portalPermission)
}

// UnmarshalJSON reads the plain fields and the portal permissions.
func (l *ClientPortalSecurityLevel) UnmarshalJSON(data []byte) error {
	var f portalLevelFields
	if err := json.Unmarshal(data, &f); err != nil {
		return err
	}
	perms, err := decodePermissions(data, portalPermissionByField)
	if err != nil {
		return fmt.Errorf("client portal security level: %w", err)
	}
	*l = ClientPortalSecurityLevel(f)
	l.Permissions = perms
	return nil
}

// EncodePermission gives the wire value of one permission setting.
func EncodePermission(p *catalog.Permission, v catalog.Value) (any, error) {
	canon, err := p.Parse(string(v))
	if err != nil {
		return nil, err
	}
	switch p.Kind {
	case catalog.KindBool:
		return canon.IsYes(), nil
	case catalog.KindText:
		return string(canon), nil
	default:
		opt, ok := p.Option(canon)
		if !ok {
			return nil, fmt.Errorf("%s: value %q has no picklist ID", p.Key, canon)
		}
		return opt.ID, nil
	}
}

// DecodePermission reads one permission field's wire value. ok is false
// for a null (or an empty text).
func DecodePermission(p *catalog.Permission, raw json.RawMessage) (v catalog.Value, ok bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", false, nil
	}
	if v, ok, done := decodePermissionFast(p, raw); done {
		return v, ok, nil
	}
	switch p.Kind {
	case catalog.KindBool:
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil {
			var s string
			if json.Unmarshal(raw, &s) != nil {
				return "", false, fmt.Errorf("field %s: want a boolean, got %s", p.Field, clip(raw))
			}
			pv, perr := p.Parse(s)
			if perr != nil {
				return "", false, fmt.Errorf("field %s: %w", p.Field, perr)
			}
			return pv, true, nil
		}
		return catalog.Bool(b), true, nil
	case catalog.KindText:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", false, fmt.Errorf("field %s: want a string, got %s", p.Field, clip(raw))
		}
		if s == "" {
			return "", false, nil // no value, like null
		}
		return catalog.Value(s), true, nil
	default:
		var id int
		if err := json.Unmarshal(raw, &id); err != nil {
			var s string
			if json.Unmarshal(raw, &s) != nil {
				return "", false, fmt.Errorf("field %s: want a picklist ID, got %s", p.Field, clip(raw))
			}
			n, cerr := strconv.Atoi(strings.TrimSpace(s))
			if cerr != nil {
				return "", false, fmt.Errorf("field %s: want a picklist ID, got %s", p.Field, clip(raw))
			}
			id = n
		}
		opt, found := p.OptionByID(id)
		if !found {
			return "", false, fmt.Errorf("field %s: unknown picklist ID %d", p.Field, id)
		}
		return opt.Value, true, nil
	}
}

// decodePermissionFast handles the common literal forms (true, false, a
// plain integer, a string without escapes) without a json.Unmarshal call.
// done is false when the slow path must decide (including every error).
func decodePermissionFast(p *catalog.Permission, raw []byte) (v catalog.Value, ok, done bool) {
	switch p.Kind {
	case catalog.KindBool:
		switch string(raw) {
		case "true":
			return catalog.Yes, true, true
		case "false":
			return catalog.No, true, true
		}
	case catalog.KindText:
		if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' && bytes.IndexByte(raw[1:len(raw)-1], '\\') < 0 && bytes.IndexByte(raw[1:len(raw)-1], '"') < 0 {
			inner := raw[1 : len(raw)-1]
			for _, c := range inner {
				if c < 0x20 || c >= 0x80 {
					return "", false, false
				}
			}
			if len(inner) == 0 {
				return "", false, true
			}
			return catalog.Value(inner), true, true
		}
	default:
		if len(raw) > 0 && len(raw) < 10 {
			n := 0
			for _, c := range raw {
				if c < '0' || c > '9' {
					return "", false, false
				}
				n = n*10 + int(c-'0')
			}
			if opt, found := p.OptionByID(n); found {
				return opt.Value, true, true
			}
		}
	}
	return "", false, false
}

func clip(raw []byte) string {
	if len(raw) > 40 {
		return string(raw[:40]) + "…"
	}
	return string(raw)
}

// appendPermissions adds the permission fields to a marshalled object.
func appendPermissions(base []byte, perms catalog.Settings, lookup func(catalog.Key) (*catalog.Permission, bool)) ([]byte, error) {
	if len(perms) == 0 {
		return base, nil
	}
	var buf bytes.Buffer
	buf.Write(bytes.TrimSuffix(bytes.TrimSpace(base), []byte("}")))
	first := bytes.Equal(bytes.TrimSpace(base), []byte("{}"))
	for _, k := range perms.Keys() {
		p, ok := lookup(k)
		if !ok {
			return nil, fmt.Errorf("unknown permission %q", k)
		}
		v, err := EncodePermission(p, perms[k])
		if err != nil {
			return nil, err
		}
		enc, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		if !first {
			buf.WriteByte(',')
		}
		first = false
		name, _ := json.Marshal(p.Field)
		buf.Write(name)
		buf.WriteByte(':')
		buf.Write(enc)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// decodePermissions collects every field of data the catalogue knows.
func decodePermissions(data []byte, byField func(string) (*catalog.Permission, bool)) (catalog.Settings, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	var out catalog.Settings
	for field, raw := range m {
		p, ok := byField(field)
		if !ok {
			continue
		}
		v, ok, err := DecodePermission(p, raw)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if out == nil {
			out = catalog.Settings{}
		}
		out[p.Key] = v
	}
	return out, nil
}
