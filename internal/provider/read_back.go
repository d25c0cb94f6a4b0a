package provider

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
)

// readBackAfterCreate runs read, the read-back of an object a create has
// just written to the PSA. When that read fails, the object exists all the
// same: its errors become one warning, and state keeps the object as
// planned, under its ID, so the next plan reads it again. As an error, the
// failure would make Terraform taint the object and replace it next run —
// and the replacement would find its own name taken, or destroy what was
// just made. A read-back that finds nothing (read returns false) is an
// error. what names the object ("security level 1003").
func readBackAfterCreate(diags *diag.Diagnostics, what string, read func(*diag.Diagnostics) bool) {
	var got diag.Diagnostics
	found := read(&got)
	if !got.HasError() {
		diags.Append(got...)
		if !found {
			diags.AddError("Created object vanished", fmt.Sprintf("%s was written to Autotask, but reading it back found nothing.", what))
		}
		return
	}
	var details []string
	for _, d := range got {
		if d.Severity() == diag.SeverityError {
			details = append(details, d.Summary()+": "+d.Detail())
			continue
		}
		diags.Append(d)
	}
	diags.AddWarning(fmt.Sprintf("Created %s, but could not read it back", what),
		"Autotask accepted the create, but the read that follows it failed:\n\n"+strings.Join(details, "\n\n")+
			"\n\nTerraform records the object as configured; the next plan or refresh reads it from Autotask.")
}
