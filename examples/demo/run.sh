#!/usr/bin/env bash
# make demo: start the mock PSA on a free loopback port, build the provider,
# install it through dev_overrides in a private CLI config, plan and apply
# examples/demo, print a summary, stop the mock. Safe to re-run.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/.demo"
bin="$work/bin"
tf="$work/tf"
mkdir -p "$bin"
rm -rf "$tf" && mkdir -p "$tf"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# findings prints the rule findings of a terraform -json stream, whole, one
# per line: severity, the finding, and the object it is on.
findings() {
  jq -r 'select(.type == "diagnostic" and (.diagnostic.summary | test("^AT[0-9]{3}:")))
         | "  \(.diagnostic.severity | ascii_upcase)  \(.diagnostic.summary)  [\(.diagnostic.address // "provider")]"' "$1" |
    sort -u | grep . || echo "  none"
}

for tool in terraform curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is not on PATH (the demo needs terraform, curl and jq)" >&2; exit 1; }
done

say "Building the provider and the mock PSA"
(cd "$root" && go build -o "$bin/terraform-provider-autotask" . && go build -o "$bin/mockpsa" ./internal/mockpsa/cmd/mockpsa)

say "Starting the mock PSA on loopback"
creds="$work/credentials.json"
rm -f "$creds"
"$bin/mockpsa" -listen 127.0.0.1:0 -seed demo -tenant demo -credentials-out "$creds" >"$work/mockpsa.log" 2>&1 &
mock_pid=$!
cleanup() { kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 100); do [ -s "$creds" ] && break; sleep 0.1; done
[ -s "$creds" ] || { echo "mock PSA did not start:" >&2; cat "$work/mockpsa.log" >&2; exit 1; }

field() { sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" "$creds"; }
export AUTOTASK_BASE_URL=$(field base_url)
export AUTOTASK_USERNAME=$(field username)
export AUTOTASK_SECRET=$(field secret)
export AUTOTASK_INTEGRATION_CODE=$(field integration_code)
export TF_VAR_terraform_user=$AUTOTASK_USERNAME
# Ephemeral: terraform keeps it in no file.
export TF_VAR_portal_admin_password="Demo-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
echo "mock PSA: $AUTOTASK_BASE_URL (tenant demo, API user $AUTOTASK_USERNAME)"

# A private CLI config: the provider comes from the local build, nothing
# from a registry.
cat >"$work/terraformrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/autotask-iac/autotask" = "$bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$work/terraformrc"
export TF_IN_AUTOMATION=1
cp "$root"/examples/demo/*.tf "$tf/"

say "terraform plan"
# The plan as JSON for its findings (whole, one per line), and as text for
# the reader (terraform show of the saved plan).
if ! terraform -chdir="$tf" plan -input=false -json -out=demo.tfplan >"$work/plan.json" 2>"$work/plan.err"; then
  jq -r 'select(.type == "diagnostic") | "\(.diagnostic.severity): \(.diagnostic.summary)\n\(.diagnostic.detail)\n"' "$work/plan.json" >&2
  cat "$work/plan.err" >&2; exit 1
fi
terraform -chdir="$tf" show -no-color demo.tfplan >"$work/plan.txt"
grep -E '^  # |^Plan:' "$work/plan.txt" || true
echo
echo "Plan-time findings (the attribute, detail and fix of each are in $work/plan.json):"
findings "$work/plan.json"

say "terraform apply"
terraform -chdir="$tf" apply -input=false -no-color demo.tfplan >"$work/apply.txt" 2>&1 || { cat "$work/apply.txt"; exit 1; }
grep -E '^Apply complete' "$work/apply.txt"

say "Re-plan: nothing to change"
terraform -chdir="$tf" plan -input=false -no-color -detailed-exitcode >"$work/replan.txt" 2>&1 && echo "No changes: the PSA matches the configuration." || { rc=$?; [ "$rc" -eq 2 ] && { echo "unexpected changes after apply:" >&2; cat "$work/replan.txt" >&2; }; exit 1; }

say "A change made in the web UI"
# An administrator moves two technicians onto MSP Service Desk and, while
# there, lets the level edit every organization (Organizations: Edit = All).
# The mock's control API plays the web UI.
ctl="$AUTOTASK_BASE_URL/_mock/tenants/demo"
sd_id=$(terraform -chdir="$tf" output -json levels | jq -r '."MSP Service Desk".id')
# Values are named as the web UI shows them; the control API resolves the
# labels (the REST API itself takes the picklist numbers).
curl -fsS -X PATCH "$ctl/objects/SecurityLevels/$sd_id" -H 'Content-Type: application/json' -d '{"crmCompaniesEdit": "All"}' >/dev/null
for u in jdoe akhan; do
  rid=$(curl -fsS "$ctl/objects/Resources" | jq -r --arg u "$u" '.items[] | select(.userName == $u) | .id')
  curl -fsS -X PATCH "$ctl/objects/Resources/$rid" -H 'Content-Type: application/json' -d '{"userType": "MSP Service Desk"}' >/dev/null
done
echo "jdoe and akhan are now on MSP Service Desk, and the level grants Organizations: Edit = All."

say "terraform plan: the drift, and whose access it touches"
terraform -chdir="$tf" plan -input=false -json -out=drift.tfplan >"$work/drift.json" 2>"$work/drift.err" || { cat "$work/drift.err" >&2; exit 1; }
terraform -chdir="$tf" show -no-color drift.tfplan >"$work/drift.txt"
grep -E '^  # autotask|~ companies_edit|^Plan:' "$work/drift.txt" || true
echo
echo "Findings of this plan (AT501 says whose access the correction changes):"
findings "$work/drift.json"

say "terraform apply: the correction"
terraform -chdir="$tf" apply -input=false -no-color drift.tfplan >"$work/correct.txt" 2>&1 || { cat "$work/correct.txt"; exit 1; }
grep -E '^Apply complete' "$work/correct.txt"

say "Summary"
out() { terraform -chdir="$tf" output -json "$1"; }
echo "Custom security levels:"
out levels | jq -r 'to_entries[] | "  \(.key): ID \(.value.id), \(.value.license) license, copied from \(.value.copied_from)"'
echo "Terraform runs as:"
out terraform_api_user | jq -r '"  \(.user_name), on security level \(.security_level_id)"'
echo "API users:"
out api_users | jq -r 'to_entries[] | "  \(.key): \(.value.kind) integration \(.value.integration // "-"), on \(.value.level)\(if .value.active then "" else " (inactive)" end)"'
echo "Client Portal levels:"
out portal | jq -r '.levels | to_entries[] | "  \(.key): ID \(.value.id), \(.value.type), projects \(.value.projects), devices \(.value.devices)"'
out portal | jq -r '.co_managed_admin | "  co-managed administrator: \(.user_name) of \(.organization)"'
echo "Who can see protected device fields:"
out protected_data_readers | jq -r 'to_entries[] | "  \(.key): \(.value)"'

say "Access report"
terraform -chdir="$tf" output -raw access_report_markdown
echo
echo "Logs, plan and apply output are in $work; the mock PSA stops now."
