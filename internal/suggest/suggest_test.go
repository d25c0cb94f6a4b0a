package suggest

import "testing"

func TestClosest(t *testing.T) {
	perms := []string{"companies_add", "companies_edit", "companies_view", "contacts_add"}
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"company_add", "companies_add", true},
		{"Companies_Add", "companies_add", true},
		{"contact_add", "contacts_add", true},
		{"companies_vew", "companies_view", true},
		{"contacts_dad", "contacts_add", true},
		{"opportunities", "", false},
		{"x", "", false},
	} {
		got, ok := Closest(c.word, perms)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("Closest(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
	if _, ok := Closest("anything", nil); ok {
		t.Error("a suggestion from no candidates")
	}
	if got := DidYouMean("AT3O4", []string{"AT303", "AT304"}); got != ` Did you mean "AT304"?` {
		t.Errorf("DidYouMean = %q", got)
	}
	if got := DidYouMean("rewts", []string{"rewst"}); got != ` Did you mean "rewst"?` {
		t.Errorf("DidYouMean(rewts) = %q: a swap of two letters is one edit", got)
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"flaw", "lawn", 2}, {"ünï", "uni", 2}, {"rewts", "rewst", 1}, {"ab", "ba", 1}, {"ca", "abc", 3}} {
		if got := distance(c.a, c.b); got != c.d {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}
