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

// distance is the edit distance between a and b, in runes: insertions,
// deletions, substitutions and swaps of two adjacent letters each count
// one (optimal string alignment), so the common typo "rewts" is one edit
// from "rewst", not two.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	rows := make([][]int, len(ra)+1)
	for i := range rows {
		rows[i] = make([]int, len(rb)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(ra)][len(rb)]
}
