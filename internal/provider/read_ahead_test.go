package provider

import (
	"slices"
	"testing"
)

func TestIDRanges(t *testing.T) {
	for _, tc := range []struct {
		ids  []int64
		text string
	}{
		{nil, ""},
		{[]int64{7}, "7"},
		{[]int64{1, 2, 3, 7}, "1-3,7"},
		{[]int64{1, 3, 5, 6}, "1,3,5-6"},
		{[]int64{1001, 1002, 1003, 1004, 2000, 2001}, "1001-1004,2000-2001"},
	} {
		if got := formatIDRanges(tc.ids); got != tc.text {
			t.Errorf("formatIDRanges(%v) = %q, want %q", tc.ids, got, tc.text)
		}
		if got := parseIDRanges(tc.text); !slices.Equal(got, tc.ids) {
			t.Errorf("parseIDRanges(%q) = %v, want %v", tc.text, got, tc.ids)
		}
	}
	// Malformed parts are skipped; a huge range is cut at the bound.
	if got := parseIDRanges("x,5-3,-1,0,9,abc-4"); !slices.Equal(got, []int64{9}) {
		t.Errorf("parseIDRanges of junk = %v, want [9]", got)
	}
	if got := parseIDRanges("1-999999999999"); len(got) != maxReadAheadIDs {
		t.Errorf("a huge range gave %d ids, want %d", len(got), maxReadAheadIDs)
	}
}
