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
if ! terraform -chdir="$tf" plan -input=false -no-color -out=demo.tfplan >"$work/plan.txt" 2>&1; then
  cat "$work/plan.txt" >&2; exit 1
fi
grep -E '^  # |^Plan:' "$work/plan.txt" || true
echo
echo "Plan-time findings (full text with attribute, detail and fix in $work/plan.txt):"
grep -E '^(Warning|Error): AT[0-9]{3}' "$work/plan.txt" | cut -c1-200 | sed 's/^/  /' || echo "  none"

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
curl -fsS -X PATCH "$ctl/objects/SecurityLevels/$sd_id" -H 'Content-Type: application/json' -d '{"crmCompaniesEdit": 1}' >/dev/null
for u in jdoe akhan; do
  rid=$(curl -fsS "$ctl/objects/Resources" | jq -r --arg u "$u" '.items[] | select(.userName == $u) | .id')
  curl -fsS -X PATCH "$ctl/objects/Resources/$rid" -H 'Content-Type: application/json' -d "{\"userType\": $sd_id}" >/dev/null
done
echo "jdoe and akhan are now on MSP Service Desk, and the level grants Organizations: Edit = All."

say "terraform plan: the drift, and whose access it touches"
terraform -chdir="$tf" plan -input=false -no-color >"$work/drift.txt" 2>&1 || { cat "$work/drift.txt" >&2; exit 1; }
grep -E '^  # autotask|~ companies_edit|^Plan:' "$work/drift.txt" || true
grep -E '^Warning: AT501' "$work/drift.txt" | sed 's/^/  /' || true

say "terraform apply: the correction"
terraform -chdir="$tf" apply -input=false -no-color -auto-approve >"$work/correct.txt" 2>&1 || { cat "$work/correct.txt"; exit 1; }
grep -E '^Apply complete' "$work/correct.txt"

say "Summary"
terraform -chdir="$tf" output -no-color levels
terraform -chdir="$tf" output -no-color terraform_api_user
terraform -chdir="$tf" output -no-color api_users
terraform -chdir="$tf" output -no-color portal
terraform -chdir="$tf" output -no-color protected_data_readers

say "Access report"
terraform -chdir="$tf" output -raw access_report_markdown
echo
echo "Logs, plan and apply output are in $work; the mock PSA stops now."
