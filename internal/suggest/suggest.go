// Package suggest finds the name a user most likely meant when they wrote
// one that does not exist ("did you mean …?").
package suggest

import "strings"

// Closest returns the candidate nearest to word by edit distance (letter
// case ignored), and whether it is near enough to suggest: at most a third
// of the longer name's length, and at least one edit for short names. Ties
// go to the earlier candidate, so callers pass candidates in a stable order.
func Closest(word string, candidates []string) (string, bool) {
	w := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		d := distance(w, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 {
		return "", false
	}
	limit := max(len([]rune(w)), len([]rune(best))) / 3
	return best, bestDist <= max(limit, 1)
}

// DidYouMean is the phrase to append to an error about an unknown name:
// ` Did you mean "companies_add"?` when a candidate is close, else "".
func DidYouMean(word string, candidates []string) string {
	if c, ok := Closest(word, candidates); ok {
		return ` Did you mean "` + c + `"?`
	}
	return ""
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
