package evaluate

import "testing"

// FiringFindings runs every case of the rule table (rules_test.go) in which
// a rule fires and returns that rule's findings, by rule ID: what the fix
// test of fixhcl_schema_test.go checks against the provider's schema.
func FiringFindings(t *testing.T) map[string][]Finding {
	out := map[string][]Finding{}
	for _, c := range ruleCases() {
		if !c.fires {
			continue
		}
		out[c.rule] = append(out[c.rule], ofRule(Evaluate(c.in(t), c.opts), c.rule)...)
	}
	return out
}
