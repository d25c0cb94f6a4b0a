package provider

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Read-ahead across runs. Terraform refreshes at most -parallelism objects
// at a time, so batching the reads that happen to wait together saves only
// a factor of about ten. What makes a refresh cost one query per 500
// objects is knowing, at the first read, which objects come next: each
// object keeps in its private state the ids of its entity this provider
// instance knew when it last wrote the object's state (created, read, or
// carried over from the objects it read), and each Read hands those ids to
// the client (Service.ExpectReads) before it reads. The first batch of the
// entity then asks for all of them, and the reads that follow are answered
// from that one query. Ids of objects deleted since cost nothing extra:
// they fill the same query and are dropped from what is kept.
//
// The client never answers a read from this data after a write has
// started, so an apply reads back what it wrote; and every command starts
// from the PSA: the data lives only as long as one command's refresh.

// readAheadKey is the private-state key; its value is a JSON object of
// entity name to id ranges ("1001-1500,1733").
const readAheadKey = "read_ahead"

// maxReadAheadIDs bounds what one object keeps per entity (four queries'
// worth): the private state of N objects holds N copies of the list, so it
// must stay small. Ids created in one run are mostly consecutive, so the
// ranges are a few bytes in practice.
const maxReadAheadIDs = 2000

// refreshReadingAhead is the shape of every managed object's Read: hand
// the object's kept neighbours to the client, refresh (false: the object is
// gone and leaves state), then keep the client's known ids with it.
func refreshReadingAhead(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse, refresh func() bool, svcs ...readAheadService) {
	expectNeighbours(ctx, req.Private, svcs...)
	if !refresh() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, svcs...)...)
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
		if ids := parseIDRanges(kept[svc.Entity()]); len(ids) > 0 {
			svc.ExpectReads(ctx, ids)
		}
	}
}

// keepNeighbours stores, with the object, the ids of each entity the
// client knows now.
func keepNeighbours(ctx context.Context, p privateSetter, svcs ...readAheadService) diag.Diagnostics {
	if p == nil {
		return nil
	}
	kept := make(map[string]string, len(svcs))
	for _, svc := range svcs {
		ids := svc.KnownIDs()
		if len(ids) > maxReadAheadIDs {
			ids = ids[:maxReadAheadIDs]
		}
		kept[svc.Entity()] = formatIDRanges(ids)
	}
	raw, err := json.Marshal(kept)
	if err != nil {
		return nil
	}
	return p.SetKey(ctx, readAheadKey, raw)
}

// formatIDRanges writes ascending ids as ranges: 1,2,3,7 -> "1-3,7".
func formatIDRanges(ids []int64) string {
	var b strings.Builder
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(ids[i], 10))
		if j > i {
			b.WriteByte('-')
			b.WriteString(strconv.FormatInt(ids[j], 10))
		}
		i = j + 1
	}
	return b.String()
}

// parseIDRanges reads formatIDRanges' output; malformed parts are skipped
// and at most maxReadAheadIDs ids are returned.
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
