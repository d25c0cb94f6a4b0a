package provider

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// idOf reads the PSA id an `id` attribute holds. Null or unknown (an object
// the plan creates) is 0; anything else must be a positive integer. A
// malformed id is an error, never 0: an id of 0 would address no object,
// and a delete of no object looks like success.
func idOf(id types.String) (int64, error) {
	if id.IsNull() || id.IsUnknown() {
		return 0, nil
	}
	n, err := strconv.ParseInt(strings.TrimSpace(id.ValueString()), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a valid Autotask id (a positive whole number)", id.ValueString())
	}
	return n, nil
}

// planID is idOf for plan-time checks, where an id that cannot be read
// simply names no existing object (Read reports a malformed id).
func planID(id types.String) int64 {
	n, err := idOf(id)
	if err != nil {
		return 0
	}
	return n
}

// existingID is idOf for an object that must exist (read, update,
// delete): a missing id is an error too. It reports the error on `id` (so
// terraform names the resource) and says how to repair the state.
func existingID(id types.String, diags *diag.Diagnostics) (int64, bool) {
	n, err := idOf(id)
	if err == nil && n == 0 {
		err = fmt.Errorf("the id is missing")
	}
	if err != nil {
		diags.AddAttributeError(path.Root("id"), "Invalid ID in state",
			err.Error()+". Nothing was sent to Autotask. Remove the object from state (terraform state rm) and import it again by ID or name.")
		return 0, false
	}
	return n, true
}
