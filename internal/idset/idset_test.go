package idset

import (
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestEncodeRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		ids  []int64
		want []byte // nil: only the round trip is checked
	}{
		{"empty", nil, []byte{}},
		{"one", []int64{5}, []byte{5}},
		{"gaps", []int64{1, 3, 130}, []byte{1, 2, 127}},
		{"two-byte gap", []int64{1, 129}, []byte{1, 0x80, 0x01}},
		{"pair of consecutive ids stays gaps", []int64{7, 8, 9}, []byte{7, 1, 1}},
		{"run of three", []int64{7, 8, 9, 10}, []byte{7, 0, 3}},
		{"run then gap", []int64{1, 2, 3, 4, 5, 100}, []byte{1, 0, 4, 95}},
		{"long run", seq(1001, 3000), []byte{0xe9, 0x07, 0, 0xcf, 0x0f}},
		{"largest id", []int64{1, math.MaxInt64}, nil},
		{"scattered realistic", []int64{29682001, 29682143, 29682150, 31131385}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := Encode(tc.ids)
			if tc.want != nil && !slices.Equal(b, tc.want) {
				t.Errorf("Encode(%v) = %v, want %v", tc.ids, b, tc.want)
			}
			if EncodedLen(tc.ids) != len(b) {
				t.Errorf("EncodedLen = %d, len(Encode) = %d", EncodedLen(tc.ids), len(b))
			}
			if n := EncodedLenUpTo(tc.ids, len(b)); n != len(b) {
				t.Errorf("EncodedLenUpTo(its length) = %d, want %d", n, len(b))
			}
			if n := EncodedLenUpTo(tc.ids, len(b)-1); len(b) > 0 && n <= len(b)-1 {
				t.Errorf("EncodedLenUpTo(its length - 1) = %d, want more than that", n)
			}
			got, err := Decode(b, 5000)
			if err != nil || !slices.Equal(got, tc.ids) {
				t.Errorf("Decode(Encode(%v)) = %v, %v", tc.ids, got, err)
			}
			s := String(tc.ids)
			if StringLen(tc.ids) != len(s) {
				t.Errorf("StringLen = %d, len(String) = %d", StringLen(tc.ids), len(s))
			}
			if got, err := Parse(s, 5000); err != nil || !slices.Equal(got, tc.ids) {
				t.Errorf("Parse(String(%v)) = %v, %v", tc.ids, got, err)
			}
		})
	}
}

func seq(from, to int64) []int64 {
	var ids []int64
	for id := from; id <= to; id++ {
		ids = append(ids, id)
	}
	return ids
}

func TestDecodeRejects(t *testing.T) {
	for name, b := range map[string][]byte{
		"zero id":            {0},
		"truncated varint":   {0x80},
		"run without length": {5, 0},
		"empty run":          {5, 0, 0},
		"run past the limit": {5, 0, 10},
		"too many ids":       {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
		"past max int64":     binary.AppendUvarint([]byte{}, math.MaxInt64+1),
		"gap overflows":      binary.AppendUvarint(binary.AppendUvarint(nil, math.MaxInt64-1), 2),
		"run overflows":      append(binary.AppendUvarint(nil, math.MaxInt64-1), 0, 2),
		"huge run":           {5, 0, 0xff, 0xff, 0xff, 0xff, 0x0f},
		"overlong varint":    {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
	} {
		if ids, err := Decode(b, 10); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: Decode(%v) = %v, %v; want ErrMalformed", name, b, ids, err)
		}
	}
	if _, err := Parse("not base64!", 10); !errors.Is(err, ErrMalformed) {
		t.Errorf("Parse of junk: %v, want ErrMalformed", err)
	}
}

// Scattered IDs cost what their gaps cost: with real Autotask gaps (tens to
// thousands) one or two bytes an ID, eight or nine for random 64-bit IDs.
func TestEncodedSizeOfScatter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name     string
		next     func(prev int64) int64
		maxBytes float64 // per ID, over 1000 IDs
	}{
		{"gaps 1-150", func(p int64) int64 { return p + 1 + r.Int64N(150) }, 1.5},
		{"gaps 1-5000", func(p int64) int64 { return p + 1 + r.Int64N(5000) }, 2.1},
		{"random 63-bit", func(int64) int64 { return 0 }, 9.1},
	} {
		var ids []int64
		if tc.name == "random 63-bit" {
			for range 1000 {
				ids = append(ids, 1+r.Int64N(math.MaxInt64-1))
			}
			ids = Sorted(ids)
		} else {
			id := int64(29682001)
			for range 1000 {
				ids = append(ids, id)
				id = tc.next(id)
			}
		}
		if per := float64(EncodedLen(ids)) / float64(len(ids)); per > tc.maxBytes {
			t.Errorf("%s: %.2f bytes an ID, want at most %.2f", tc.name, per, tc.maxBytes)
		}
	}
}

func TestSortedInsertWithin(t *testing.T) {
	if got := Sorted([]int64{5, -1, 3, 5, 0, 9}); !slices.Equal(got, []int64{3, 5, 9}) {
		t.Errorf("Sorted = %v", got)
	}
	ids := []int64{3, 5, 9}
	if got := Insert(ids, 5); !slices.Equal(got, ids) {
		t.Errorf("Insert of a member = %v", got)
	}
	if got := Insert(ids, 4); !slices.Equal(got, []int64{3, 4, 5, 9}) || !slices.Equal(ids, []int64{3, 5, 9}) {
		t.Errorf("Insert(4) = %v, ids now %v", got, ids)
	}
	for _, tc := range []struct {
		lo, hi int64
		want   []int64
	}{
		{0, math.MaxInt64, ids}, {4, 9, []int64{5, 9}}, {6, 8, nil}, {9, 9, []int64{9}}, {10, 20, nil},
	} {
		if got := Within(ids, tc.lo, tc.hi); !slices.Equal(got, tc.want) {
			t.Errorf("Within(%d, %d) = %v, want %v", tc.lo, tc.hi, got, tc.want)
		}
	}
}

// A test that accepts blocks of at most n IDs of known.
func atMost(known []int64, n int) func(lo, hi int64) bool {
	return func(lo, hi int64) bool { return len(Within(known, lo, hi)) <= n }
}

func TestShardIsAlignedAndLargest(t *testing.T) {
	known := []int64{1000, 1001, 1002, 1003, 1100, 5000}
	// [0, 2047] and every larger block around 1001 hold 1100 too: 5 ids.
	lo, hi := Shard(1001, atMost(known, 4))
	if lo != 0 || hi != 1023 {
		t.Errorf("Shard(1001) = [%d, %d], want [0, 1023]", lo, hi)
	}
	if got := Within(known, lo, hi); !slices.Equal(got, []int64{1000, 1001, 1002, 1003}) {
		t.Errorf("Shard(1001) holds %v, want the four ids near 1001", got)
	}
	if size := uint64(hi - lo + 1); size&(size-1) != 0 || uint64(lo)%size != 0 {
		t.Errorf("[%d, %d] is not an aligned power-of-two block", lo, hi)
	}
	if plo, phi := parent(lo, hi); atMost(known, 4)(plo, phi) {
		t.Errorf("the parent block [%d, %d] fits too: not the largest", plo, phi)
	}
	if lo, hi := Shard(5000, atMost(known, 0)); lo != 5000 || hi != 5000 {
		t.Errorf("nothing fits: [%d, %d], want the one-ID block", lo, hi)
	}
	if lo, hi := Shard(42, atMost(known, 100)); lo != 0 || hi != math.MaxInt64 {
		t.Errorf("everything fits: [%d, %d], want the whole space", lo, hi)
	}
}

func parent(lo, hi int64) (int64, int64) {
	size := uint64(hi-lo) + 1
	plo := uint64(lo) &^ (2*size - 1)
	return int64(plo), int64(plo + 2*size - 1)
}

// Every holder of one list of IDs cuts it into the same shards, and a holder
// that knew only part of the list picks the same block or one containing it.
func TestShardAgreement(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, gen := range []struct {
		name string
		ids  func() []int64
	}{
		{"realistic", func() []int64 {
			ids, id := []int64{}, int64(29682001)
			for range 2000 {
				ids = append(ids, id)
				id += 1 + r.Int64N(3000)
				if r.IntN(100) == 0 {
					id += 300000
				}
			}
			return ids
		}},
		{"random 63-bit", func() []int64 {
			var ids []int64
			for range 2000 {
				ids = append(ids, 1+r.Int64N(math.MaxInt64-1))
			}
			return Sorted(ids)
		}},
		{"consecutive", func() []int64 { return seq(1001, 3000) }},
	} {
		t.Run(gen.name, func(t *testing.T) {
			known := gen.ids()
			fits := func(known []int64) func(lo, hi int64) bool {
				return func(lo, hi int64) bool { return EncodedLenUpTo(Within(known, lo, hi), 400) <= 400 }
			}
			type block struct{ lo, hi int64 }
			shardOf := map[int64]block{}
			shards := map[block]bool{}
			for _, id := range known {
				lo, hi := Shard(id, fits(known))
				shardOf[id] = block{lo, hi}
				shards[block{lo, hi}] = true
			}
			covered := 0
			for b := range shards {
				in := Within(known, b.lo, b.hi)
				covered += len(in)
				for _, id := range in {
					if shardOf[id] != b {
						t.Fatalf("%d lies in [%d, %d] but picked %v", id, b.lo, b.hi, shardOf[id])
					}
				}
				if EncodedLen(in) > 400 {
					t.Errorf("shard [%d, %d] encodes in %d bytes, over the budget", b.lo, b.hi, EncodedLen(in))
				}
			}
			if covered != len(known) {
				t.Errorf("the shards hold %d ids, want every one of %d once", covered, len(known))
			}
			t.Logf("%d ids in %d shards (%.0f ids a shard)", len(known), len(shards), float64(len(known))/float64(len(shards)))
			// A holder that knew a random half of the list picks the same
			// block or a larger one, for a monotone test (at most 150 ids).
			var part []int64
			for _, id := range known {
				if r.IntN(2) == 0 {
					part = append(part, id)
				}
			}
			for _, id := range part {
				lo, hi := Shard(id, atMost(part, 150))
				flo, fhi := Shard(id, atMost(known, 150))
				if lo > flo || hi < fhi {
					t.Fatalf("%d: with half the list [%d, %d], with all of it [%d, %d]: not nested", id, lo, hi, flo, fhi)
				}
			}
		})
	}
}

// FuzzDecode: any bytes either decode to positive, strictly ascending IDs,
// at most the limit, that encode back to a form that decodes the same — or
// fail with ErrMalformed. Never a panic.
func FuzzDecode(f *testing.F) {
	for _, ids := range [][]int64{nil, {1}, {7, 8, 9, 10, 200}, seq(1, 40), {29682001, 29682143, 31131385}, {1, math.MaxInt64}} {
		f.Add(Encode(ids))
	}
	f.Add([]byte{5, 0, 0})
	f.Add([]byte{0x80})
	f.Add([]byte{1, 0, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		const limit = 64
		ids, err := Decode(b, limit)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("Decode(%v): %v, not ErrMalformed", b, err)
			}
			return
		}
		if len(ids) > limit {
			t.Fatalf("Decode(%v) gave %d ids, limit %d", b, len(ids), limit)
		}
		for i, id := range ids {
			if id <= 0 || (i > 0 && id <= ids[i-1]) {
				t.Fatalf("Decode(%v) = %v: not positive and ascending", b, ids)
			}
		}
		again, err := Decode(Encode(ids), limit)
		if err != nil || !slices.Equal(again, ids) {
			t.Fatalf("re-encoding %v decodes to %v, %v", ids, again, err)
		}
		if len(Encode(ids)) > len(b) {
			t.Fatalf("Encode(%v) = %d bytes, longer than the %d it was read from", ids, len(Encode(ids)), len(b))
		}
	})
}

// FuzzRoundTrip: any set of IDs survives Encode and Decode, and String and
// Parse.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{1, 2, 3}, int64(1))
	f.Add([]byte{0, 0, 0, 200, 255}, int64(29682001))
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 127}, int64(math.MaxInt64/2))
	f.Fuzz(func(t *testing.T, gaps []byte, start int64) {
		if start <= 0 {
			start = 1
		}
		ids := []int64{start}
		for i, g := range gaps {
			next := ids[len(ids)-1] + int64(g)<<(8*(i%4)) + 1 // some gaps of billions
			if next <= ids[len(ids)-1] {
				break // past the largest ID
			}
			ids = append(ids, next)
		}
		got, err := Decode(Encode(ids), len(ids))
		if err != nil || !slices.Equal(got, ids) {
			t.Fatalf("Decode(Encode(%v)) = %v, %v", ids, got, err)
		}
		if got, err := Parse(String(ids), len(ids)); err != nil || !slices.Equal(got, ids) {
			t.Fatalf("Parse(String(%v)) = %v, %v", ids, got, err)
		}
	})
}
