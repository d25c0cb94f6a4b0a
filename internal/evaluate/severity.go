package evaluate

import (
	"fmt"
	"strings"
)

// Severity says how a finding is reported: as an error (the plan fails), a
// warning or an informational note. SeverityOff silences a rule; it is
// only meaningful in Options.SeverityOverrides.
type Severity int

// Severities. The zero value is not a valid severity.
const (
	SeverityInfo Severity = iota + 1
	SeverityWarning
	SeverityError
	SeverityOff
)

// String returns the lower-case name used in provider configuration.
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	case SeverityOff:
		return "off"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// Valid reports whether s is one of the declared severities.
func (s Severity) Valid() bool { return s >= SeverityInfo && s <= SeverityOff }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("evaluate: invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// SeverityNames lists the accepted spellings, for validators and docs.
func SeverityNames() []string { return []string{"error", "warning", "info", "off"} }

// ParseSeverity accepts "error", "warning" (or "warn"), "info" and "off",
// in any letter case.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return SeverityError, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "info":
		return SeverityInfo, nil
	case "off":
		return SeverityOff, nil
	}
	return 0, fmt.Errorf("evaluate: unknown severity %q; use one of %s", s, strings.Join(SeverityNames(), ", "))
}
