package catalog

import (
	"fmt"
	"strings"
	"unicode"
)

// Facts about API users: the resources with the API User license that the
// integrations (and Terraform itself) authenticate as.
const (
	// TrackingIdentifierLen is the length of an API tracking identifier,
	// the value every call sends as ApiIntegrationCode.
	TrackingIdentifierLen = 27
	// APISecretMinLen and APISecretMaxLen bound an API user's secret.
	APISecretMinLen = 8
	APISecretMaxLen = 128
	// IntegrationNameMaxLen bounds a custom internal integration's name.
	IntegrationNameMaxLen = 100
)

// CheckAPISecret reports what is wrong with an API user secret, without
// ever quoting it: the error is safe to show and to log.
func CheckAPISecret(s string) error {
	n := len([]rune(s))
	if n < APISecretMinLen || n > APISecretMaxLen {
		return fmt.Errorf("an API user secret must be %d to %d characters long (this one has %d)", APISecretMinLen, APISecretMaxLen, n)
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return fmt.Errorf("an API user secret may not contain spaces or line breaks")
	}
	return nil
}

// Vendors lists the integration vendors whose tracking identifier an API
// user can carry: the vendors of the built-in profiles, in profile order.
func Vendors() []string {
	out := make([]string, len(profiles))
	for i, p := range profiles {
		out[i] = p.Vendor
	}
	return out
}
