// Package idset writes sets of object IDs compactly and cuts the ID space
// into shards that every holder of the same IDs agrees on. The provider's
// read-ahead (internal/provider/read_ahead.go) keeps, in each object's
// private state, the shard of its entity's known IDs that holds the object's
// own ID; this package is the part of that which needs no provider state.
//
// # Encoding
//
// A set of positive IDs, ascending, is written as unsigned varints
// (encoding/binary): the first ID, then for each next ID its gap to the one
// before (at least 1). A gap of 0 never occurs, so it marks a run: 0 followed
// by k means "the next k IDs follow one another" (prev+1, …, prev+k). Real
// Autotask IDs are large and scattered — gaps of tens to thousands cost one
// or two bytes an ID — and IDs created in one go are often consecutive, which
// runs write in three bytes whatever their length. String is the same bytes
// in unpadded URL-safe base64, for JSON.
//
// # Shards
//
// Shard picks, for an ID, the largest aligned power-of-two block of the ID
// space around it ([k·2^b, (k+1)·2^b − 1]) that a caller's test accepts —
// typically "the known IDs in it encode within a byte budget". Two such
// blocks are either nested or disjoint, so the holders of one list of IDs cut
// it into the same shards, and a holder that knew fewer IDs mostly picks the
// same block or one that contains it (see Shard): shards of different
// holders nest rather than straddle each other's edges.
package idset

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Encode writes ids (positive, strictly ascending; see Sorted) compactly.
func Encode(ids []int64) []byte {
	return Append(make([]byte, 0, EncodedLen(ids)), ids)
}

// Append is Encode appending to dst.
func Append(dst []byte, ids []int64) []byte {
	tokens(ids, func(v uint64) bool {
		dst = binary.AppendUvarint(dst, v)
		return true
	})
	return dst
}

// EncodedLen is len(Encode(ids)), without writing it.
func EncodedLen(ids []int64) int { return EncodedLenUpTo(ids, math.MaxInt) }

// EncodedLenUpTo is EncodedLen when that is at most limit, and some number
// above limit otherwise; it stops counting there, so testing a long list
// against a small budget costs the budget, not the list.
func EncodedLenUpTo(ids []int64, limit int) int {
	n := 0
	tokens(ids, func(v uint64) bool {
		n += uvarintLen(v)
		return n <= limit
	})
	return n
}

// tokens hands emit, in order, the numbers whose varints encode ids; it
// stops when emit returns false.
func tokens(ids []int64, emit func(v uint64) bool) {
	for i := 0; i < len(ids); {
		var v uint64
		if i == 0 {
			v = uint64(ids[0]) //nolint:gosec // ids are positive
			i++
		} else if k := runAt(ids, i); k >= minRun {
			if !emit(0) {
				return
			}
			v = uint64(k)
			i += k
		} else {
			v = uint64(ids[i] - ids[i-1]) //nolint:gosec // ascending
			i++
		}
		if !emit(v) {
			return
		}
	}
}

// minRun is the shortest run written as one: a run of k costs 1 + the
// varint of k bytes, k single gaps of 1 cost k bytes.
const minRun = 3

// runAt is how many ids from i (> 0) on each follow the one before by 1.
func runAt(ids []int64, i int) int {
	k := 0
	for i+k < len(ids) && ids[i+k] == ids[i+k-1]+1 {
		k++
	}
	return k
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// ErrMalformed is wrapped by every error of Decode and Parse.
var ErrMalformed = errors.New("idset: malformed id set")

// Decode reads what Encode wrote. It fails on anything else: a truncated or
// overlong varint, an ID that is not positive or passes math.MaxInt64, or
// more than limit IDs (a run can claim billions in three bytes).
func Decode(b []byte, limit int) ([]int64, error) {
	var ids []int64
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, fmt.Errorf("%w: bad varint", ErrMalformed)
		}
		b = b[n:]
		return v, nil
	}
	add := func(id uint64) error {
		if id == 0 || id > math.MaxInt64 {
			return fmt.Errorf("%w: id %d out of range", ErrMalformed, id)
		}
		if len(ids) == limit {
			return fmt.Errorf("%w: more than %d ids", ErrMalformed, limit)
		}
		ids = append(ids, int64(id))
		return nil
	}
	for len(b) > 0 {
		v, err := next()
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			if err := add(v); err != nil {
				return nil, err
			}
			continue
		}
		prev := uint64(ids[len(ids)-1])
		if v != 0 { // a gap
			if v > math.MaxInt64-prev {
				return nil, fmt.Errorf("%w: id past the largest", ErrMalformed)
			}
			if err := add(prev + v); err != nil {
				return nil, err
			}
			continue
		}
		k, err := next() // a run
		if err != nil {
			return nil, err
		}
		if k == 0 || k > uint64(limit-len(ids)) { //nolint:gosec // limit-len(ids) >= 0
			return nil, fmt.Errorf("%w: run of %d ids (at most %d more)", ErrMalformed, k, limit-len(ids))
		}
		for range k {
			prev++
			if err := add(prev); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

var text = base64.RawURLEncoding

// String is Encode as unpadded URL-safe base64.
func String(ids []int64) string { return text.EncodeToString(Encode(ids)) }

// StringLen is len(String(ids)), without writing it.
func StringLen(ids []int64) int { return text.EncodedLen(EncodedLen(ids)) }

// Parse reads what String wrote (see Decode).
func Parse(s string, limit int) ([]int64, error) {
	b, err := text.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return Decode(b, limit)
}

// Sorted returns the positive ids of list, ascending and without
// duplicates, in a new slice.
func Sorted(list []int64) []int64 {
	ids := slices.DeleteFunc(slices.Clone(list), func(id int64) bool { return id <= 0 })
	slices.Sort(ids)
	return slices.Compact(ids)
}

// Insert returns ascending ids with id in it (ids itself when it is there
// already, a new slice otherwise).
func Insert(ids []int64, id int64) []int64 {
	i, found := slices.BinarySearch(ids, id)
	if found {
		return ids
	}
	return slices.Insert(slices.Clone(ids), i, id)
}

// Within returns the part of ascending ids that lies in [lo, hi] (a
// subslice).
func Within(ids []int64, lo, hi int64) []int64 {
	from, _ := slices.BinarySearch(ids, lo)
	to := from + sort.Search(len(ids)-from, func(i int) bool { return ids[from+i] > hi })
	return ids[from:to]
}

// Shard returns the largest aligned power-of-two block [lo, hi] of the
// positive ID space holding id that fits accepts. Blocks are tried from the
// whole space down, so the answer depends only on what fits says about the
// blocks around id: every ID of the block gets the same answer from the
// same test. The one-ID block is returned when no larger one fits.
//
// When fits is monotone (every block inside one that fits fits too), a test
// that accepts more — the same budget over fewer known IDs — gives the same
// block or one containing it. The encoded size of known IDs is monotone but
// for runs: a run that a missing ID breaks costs more than the whole run.
func Shard(id int64, fits func(lo, hi int64) bool) (lo, hi int64) {
	u := uint64(id) //nolint:gosec // callers pass positive ids
	for bits := 63; bits > 0; bits-- {
		mask := uint64(1)<<bits - 1
		lo, hi := int64(u&^mask), int64(u|mask) //nolint:gosec // below 2^63 for a positive id
		if fits(lo, hi) {
			return lo, hi
		}
	}
	return id, id
}
