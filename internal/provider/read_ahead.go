package provider

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/autotask-iac/terraform-provider-autotask/internal/idset"
)

// Read-ahead across runs. Terraform refreshes at most -parallelism objects
// at a time, so batching the reads that happen to wait together saves only
// a factor of about ten. What makes a refresh cost a few queries for
// hundreds of objects is knowing, at the first reads, which objects come
// next: each object keeps in its private state some ids of its entity that
// this provider instance knew when it last wrote the object's state
// (created, read, or carried over from the objects it read), and each Read
// hands those ids to the client (Service.ExpectReads) before it reads. The
// first batch of the entity then asks for them too (up to 500 ids a query),
// and the reads of those objects that follow are answered from that query.
// Ids of objects deleted since cost nothing extra: they fill the same query
// and are dropped from what is kept.
//
// Which ids: the object's shard. Private state is stored per object in the
// state file, so keeping every known id would cost N × N: with real,
// scattered Autotask ids (29682001, 29682143, …) 2,000 ids are ~18 KB an
// object, 24 MB of state for 1,000 objects. Instead the entity's known ids
// are cut into shards — the largest aligned power-of-two block of the id
// space around the object's id whose ids fit maxReadAheadBytes
// (idset.Shard) — and an object keeps only its own shard. Objects written
// from the same known ids agree on the cut (a block is decided by the ids
// in and around it, not by where a list starts), so the first read of an
// object in each shard brings in its whole shard: a refresh of N objects
// costs about N ÷ (ids a shard) queries — at realistic gaps (tens to
// thousands) 200 to 400 ids a shard, fewer for random 64-bit ids, 2,000
// for consecutive ones. Objects written from different known ids (an
// earlier run, ids added or removed since, a refresh that learnt them as it
// went) keep blocks that nest or miss each other rather than overlap in
// part; each still holds the object and its neighbours at that time, so
// what changed costs a query more, never a wrong read.
//
// The client never answers a read from this data after a write has
// started, so an apply reads back what it wrote; and every command starts
// from the PSA: the data lives only as long as one command's refresh.

// readAheadKey is the private-state key; its value is a JSON object of
// entity name to that entity's kept ids:
//
//	"~<base64>"   the ids in idset's compact encoding
//	"=<Entity>"   the same ids as the named entity's (ProtectedDataPermissions
//	              and Resources share their ids)
//	"1001-1500,1733"  ranges, the format before shards: still read, and
//	              replaced by the next write of the object
const readAheadKey = "read_ahead"

const (
	keptListPrefix = "~"
	keptSamePrefix = "="
)

// maxReadAheadBytes bounds the JSON an object keeps under readAheadKey.
// Terraform stores private state as JSON whose values are base64 (4/3 of
// this), the whole base64 again in the state file; 640 bytes here are at
// most 873 of that JSON, which leaves room for the other keys (replaces_id,
// …) under 1 KiB whatever the ids.
const maxReadAheadBytes = 640

// maxReadAheadIDs bounds the ids kept per entity (four queries' worth),
// should they encode in fewer bytes (consecutive ids cost almost nothing),
// and what an old-format list is read as.
const maxReadAheadIDs = 2000

// refreshReadingAhead is the shape of every managed object's Read: hand
// the object's kept neighbours to the client, refresh (false: the object is
// gone and leaves state), then keep the shard of the client's known ids
// around the object's id with it.
func refreshReadingAhead(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse, id int64, refresh func() bool, svcs ...readAheadService) {
	expectNeighbours(ctx, req.Private, svcs...)
	if !refresh() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, svcs...)...)
}

// readAheadService is the part of autotask.Service the read-ahead uses.
type readAheadService interface {
	Entity() string
	ExpectReads(ctx context.Context, ids []int64)
	KnownIDs() []int64
}

// expectNeighbours hands the ids an object kept (keepNeighbours) to the
// client before the object is read.
func expectNeighbours(ctx context.Context, p privateGetter, svcs ...readAheadService) {
	if p == nil {
		return
	}
	raw, diags := p.GetKey(ctx, readAheadKey)
	if diags.HasError() || len(raw) == 0 {
		return
	}
	var kept map[string]string
	if json.Unmarshal(raw, &kept) != nil {
		return // unreadable hints cost requests, never correctness
	}
	for _, svc := range svcs {
		if ids := keptIDs(kept, svc.Entity()); len(ids) > 0 {
			svc.ExpectReads(ctx, ids)
		}
	}
}

// keptIDs reads the ids kept for entity in any of readAheadKey's formats;
// nil when there are none or they cannot be read.
func keptIDs(kept map[string]string, entity string) []int64 {
	v := kept[entity]
	if name, ok := strings.CutPrefix(v, keptSamePrefix); ok {
		v = kept[name]
	}
	if enc, ok := strings.CutPrefix(v, keptListPrefix); ok {
		ids, err := idset.Parse(enc, maxReadAheadIDs)
		if err != nil {
			return nil
		}
		return ids
	}
	return parseIDRanges(v)
}

// keepNeighbours stores, with the object whose id is id, its shard of the
// ids of each entity the client knows now. Every entity's ids are cut at
// the same block (the object's id is the same in each), and the block is
// the largest whose ids, all entities together, fit maxReadAheadBytes.
func keepNeighbours(ctx context.Context, p privateSetter, id int64, svcs ...readAheadService) diag.Diagnostics {
	if p == nil || id <= 0 || len(svcs) == 0 {
		return nil
	}
	names := make([]string, len(svcs))
	lists := make([][]int64, len(svcs))
	for i, svc := range svcs {
		names[i] = svc.Entity()
		lists[i] = idset.Insert(svc.KnownIDs(), id)
	}
	lo, hi := idset.Shard(id, func(lo, hi int64) bool {
		size, ok := keptSize(names, lists, lo, hi)
		return ok && size <= maxReadAheadBytes
	})
	raw, err := json.Marshal(keptShard(names, lists, lo, hi))
	if err != nil {
		return nil
	}
	return p.SetKey(ctx, readAheadKey, raw)
}

// keptSize is the length of keptShard's JSON for the block [lo, hi]; false
// when an entity has more than maxReadAheadIDs ids in it.
func keptSize(names []string, lists [][]int64, lo, hi int64) (int, bool) {
	size := len("{}") + len(names) - 1 // braces, commas
	for i := range lists {
		ids := idset.Within(lists[i], lo, hi)
		if len(ids) > maxReadAheadIDs {
			return 0, false
		}
		size += len(`"":""`) + len(names[i])
		if j := sameAs(lists, i, lo, hi); j >= 0 {
			size += len(keptSamePrefix) + len(names[j])
			continue
		}
		n := idset.EncodedLenUpTo(ids, maxReadAheadBytes)
		if n > maxReadAheadBytes {
			return 0, false
		}
		size += len(keptListPrefix) + base64.RawURLEncoding.EncodedLen(n)
	}
	return size, true
}

// keptShard is what an object keeps for the block [lo, hi].
func keptShard(names []string, lists [][]int64, lo, hi int64) map[string]string {
	kept := make(map[string]string, len(names))
	for i := range lists {
		if j := sameAs(lists, i, lo, hi); j >= 0 {
			kept[names[i]] = keptSamePrefix + names[j]
			continue
		}
		kept[names[i]] = keptListPrefix + idset.String(idset.Within(lists[i], lo, hi))
	}
	return kept
}

// sameAs is the first entity before i with the same ids in [lo, hi] as
// entity i, or -1.
func sameAs(lists [][]int64, i int, lo, hi int64) int {
	ids := idset.Within(lists[i], lo, hi)
	for j := range i {
		if slices.Equal(idset.Within(lists[j], lo, hi), ids) {
			return j
		}
	}
	return -1
}

// parseIDRanges reads the ranges objects kept before shards ("1-3,7");
// malformed parts are skipped and at most maxReadAheadIDs ids are returned.
func parseIDRanges(s string) []int64 {
	var ids []int64
	for part := range strings.SplitSeq(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		from, err := strconv.ParseInt(lo, 10, 64)
		if err != nil || from <= 0 {
			continue
		}
		to := from
		if isRange {
			if to, err = strconv.ParseInt(hi, 10, 64); err != nil || to < from {
				continue
			}
		}
		for id := from; id <= to; id++ {
			if len(ids) == maxReadAheadIDs {
				return ids
			}
			ids = append(ids, id)
		}
	}
	return ids
}
