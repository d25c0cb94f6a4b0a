#!/usr/bin/env bash
# tenants.sh — plan, apply or destroy the configuration beside this script
# for every tenant of a tenants file, a bounded number at a time, one state
# per tenant.
#
#   ./tenants.sh [-j WORKERS] [-f TENANTS_FILE] [-t TENANT]... [-i init|get] [-d] plan|apply|destroy
#
# Each tenant runs in its own Terraform workspace (named after the tenant:
# its own state and state lock) with its own data directory
# (.runs/<tenant>/.terraform, set through TF_DATA_DIR: its own modules,
# providers, backend settings and selected workspace), so parallel runs share
# no file that Terraform writes. Its output goes to .runs/<tenant>/<action>.log;
# a summary (tenant, action, result, exit code, duration) ends the run and is
# kept in .runs/summary.tsv.
#
# Secrets never come from the tenants file. For tenant "north-wind" the run
# takes
#   AUTOTASK_SECRET_NORTH_WIND                the API user's secret (else the
#                                             output of the tenant's
#                                             secret_command in the file)
#   AUTOTASK_INTEGRATION_SECRETS_NORTH_WIND   optional, JSON {"rewst": "..."}
#   AUTOTASK_PORTAL_PASSWORDS_NORTH_WIND      optional, JSON {"summit": "..."}
# and hands them to that tenant's terraform only, as AUTOTASK_SECRET and the
# ephemeral variables integration_secrets and portal_passwords; every other
# tenant's secret variables are removed from its environment.
#
# Exit status: 0 when every tenant succeeded, 1 when any failed (the others
# still run to the end); with -d, a plan exits 2 when no tenant failed and
# some have changes.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
self="$here/$(basename "$0")"
runs="$here/.runs"

usage() {
  cat <<'USAGE'
usage: tenants.sh [options] plan|apply|destroy

  -j WORKERS   tenants run at the same time (default 4)
  -f FILE      tenants file (default: tenants.json beside this script)
  -t TENANT    run only this tenant; repeat for several (default: every tenant in the file)
  -i MODE      how each tenant's data directory is prepared:
                 init  terraform init -lockfile=readonly (default; commit .terraform.lock.hcl)
                 get   terraform get, modules only: for a provider installed through
                       dev_overrides, which needs no init
  -d           plan: exit 2 when some tenant has changes (and none failed)

plan     writes each tenant's plan to .runs/<tenant>/tfplan
apply    plans and applies each tenant
destroy  destroys every object of each tenant's state
USAGE
}

# env_key turns a tenant's key into the suffix of its secret variables.
env_key() { printf '%s' "$1" | tr '[:lower:]-' '[:upper:]_'; }

# ---------------------------------------------------------------------------
# One tenant (the script runs itself once per tenant, WORKERS at a time).
# ---------------------------------------------------------------------------
run_tenant() {
  local action=$1 tenant=$2
  local run="$runs/$tenant" key step="setup" rc=0 result
  key=$(env_key "$tenant")
  mkdir -p "$run"
  rm -f "$run/result" "$run/tfplan"
  exec 3>&1 >"$run/$action.log" 2>&1
  # Whatever stops this tenant's run, the summary learns of it.
  trap 'code=$?; [ -f "$run/result" ] || printf "%s\t%s\tFAILED (%s)\t%s\n" "$code" "$SECONDS" "$step" "$step" >"$run/result"' EXIT

  finish() {
    result=$1
    printf '%s\t%s\t%s\t%s\n' "$rc" "$SECONDS" "$result" "$step" >"$run/result"
    printf '%-20s %-8s %s (exit %s, %ss)\n' "$tenant" "$action" "$result" "$rc" "$SECONDS" >&3
    exit 0
  }
  fail() {
    echo "tenants.sh: $tenant: $*"
    [ "$rc" -ne 0 ] || rc=1
    finish "FAILED ($step)"
  }

  # This tenant's secrets: its variables, else its secret command.
  local var secret integration_secrets portal_passwords cmd
  var="AUTOTASK_SECRET_$key" && secret=${!var-}
  var="AUTOTASK_INTEGRATION_SECRETS_$key" && integration_secrets=${!var-}
  var="AUTOTASK_PORTAL_PASSWORDS_$key" && portal_passwords=${!var-}

  # Nothing of another tenant, and no connection setting from the caller's
  # environment, reaches this tenant's secret command or terraform.
  local name
  for name in $(compgen -e); do
    case $name in
      AUTOTASK_SECRET* | AUTOTASK_INTEGRATION_SECRETS_* | AUTOTASK_PORTAL_PASSWORDS_* | AUTOTASK_USERNAME | AUTOTASK_INTEGRATION_CODE | \
        TF_VAR_tenant | TF_VAR_tenants_file | TF_VAR_integration_secrets | TF_VAR_portal_passwords | TF_WORKSPACE | TF_DATA_DIR)
        unset "$name" ;;
    esac
  done

  step="secret"
  if [ -z "$secret" ]; then
    cmd=$(jq -r --arg t "$tenant" '.[$t].secret_command // empty' "$TENANTS_FILE")
    [ -n "$cmd" ] || fail "no secret: set AUTOTASK_SECRET_$key or give the tenant a secret_command in $TENANTS_FILE"
    secret=$(sh -c "$cmd" </dev/null) || { rc=$?; fail "its secret_command failed"; }
    [ -n "$secret" ] || fail "its secret_command printed nothing"
  fi
  export AUTOTASK_SECRET="$secret"
  [ -z "$integration_secrets" ] || export TF_VAR_integration_secrets="$integration_secrets"
  [ -z "$portal_passwords" ] || export TF_VAR_portal_passwords="$portal_passwords"
  unset secret integration_secrets portal_passwords
  export TF_VAR_tenant="$tenant" TF_VAR_tenants_file="$TENANTS_FILE"
  export TF_DATA_DIR="$run/.terraform" TF_IN_AUTOMATION=1 TF_INPUT=0

  tf() {
    echo "\$ terraform $*"
    terraform -chdir="$here" "$@"
  }

  step="$TENANTS_INIT"
  if [ "$TENANTS_INIT" = get ]; then
    tf get -no-color || { rc=$?; fail "terraform get failed"; }
  else
    tf init -input=false -no-color -lockfile=readonly || { rc=$?; fail "terraform init failed"; }
  fi
  step="workspace"
  tf workspace select -or-create=true -no-color "$tenant" || { rc=$?; fail "selecting workspace $tenant failed"; }

  step="$action"
  case $action in
    plan)
      tf plan -input=false -no-color -detailed-exitcode -out="$run/tfplan" || rc=$?
      case $rc in
        0) finish "no changes" ;;
        2) finish "changes" ;;
        *) fail "terraform plan failed" ;;
      esac
      ;;
    apply)
      tf apply -input=false -no-color -auto-approve || { rc=$?; fail "terraform apply failed"; }
      finish "applied"
      ;;
    destroy)
      tf apply -destroy -input=false -no-color -auto-approve || { rc=$?; fail "terraform destroy failed"; }
      finish "destroyed"
      ;;
  esac
}

if [ "${1-}" = "--tenant" ]; then
  run_tenant "$2" "$3"
fi

# ---------------------------------------------------------------------------
# The run: which tenants, then WORKERS at a time, then the summary.
# ---------------------------------------------------------------------------
workers=4 file="$here/tenants.json" init=init detailed=false
only=()
while getopts 'j:f:t:i:dh' opt; do
  case $opt in
    j) workers=$OPTARG ;;
    f) file=$OPTARG ;;
    t) only+=("$OPTARG") ;;
    i) init=$OPTARG ;;
    d) detailed=true ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 64 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { usage >&2; exit 64; }
action=$1
case $action in plan | apply | destroy) ;; *) echo "tenants.sh: unknown action \"$action\": plan, apply or destroy" >&2; exit 64 ;; esac
case $workers in '' | *[!0-9]* | 0) echo "tenants.sh: -j wants a positive number of workers, got \"$workers\"" >&2; exit 64 ;; esac
case $init in init | get) ;; *) echo "tenants.sh: -i wants init or get, got \"$init\"" >&2; exit 64 ;; esac

for tool in terraform jq; do
  command -v "$tool" >/dev/null || { echo "tenants.sh: $tool is not on PATH" >&2; exit 1; }
done
[ -r "$file" ] || { echo "tenants.sh: no tenants file $file" >&2; exit 1; }
file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
jq -e 'type == "object" and length > 0' "$file" >/dev/null ||
  { echo "tenants.sh: $file must be a JSON object with one entry per tenant" >&2; exit 1; }

all=()
while IFS= read -r t; do all+=("$t"); done < <(jq -r 'keys[]' "$file")
seen_keys=" "
for t in "${all[@]}"; do
  [[ $t =~ ^[a-z0-9][a-z0-9_-]*$ ]] ||
    { echo "tenants.sh: tenant \"$t\": keys are lower-case letters, digits, '-' and '_' (they name workspaces, directories and variables)" >&2; exit 1; }
  k=$(env_key "$t")
  case $seen_keys in *" $k "*) echo "tenants.sh: two tenants share the variable suffix $k" >&2; exit 1 ;; esac
  seen_keys="$seen_keys$k "
done
selected=()
if [ ${#only[@]} -eq 0 ]; then
  selected=("${all[@]}")
else
  for t in "${only[@]}"; do
    case " ${all[*]} " in *" $t "*) ;; *) echo "tenants.sh: tenant \"$t\" is not in $file" >&2; exit 1 ;; esac
    case " ${selected[*]-} " in *" $t "*) ;; *) selected+=("$t") ;; esac
  done
fi

if [ "$init" = init ] && [ ! -f "$here/.terraform.lock.hcl" ]; then
  echo "tenants.sh: no $here/.terraform.lock.hcl: run terraform init once in $here and commit the lock file (parallel runs only read it)" >&2
  exit 1
fi
mkdir -p "$runs"
echo "$action: ${#selected[@]} tenant(s), $workers at a time; logs in $runs/<tenant>/$action.log"
export TENANTS_FILE="$file" TENANTS_INIT="$init"
# A tenant's run always exits 0 and leaves its result in .runs/<tenant>/result.
printf '%s\n' "${selected[@]}" | xargs -n 1 -P "$workers" "$BASH" "$self" --tenant "$action" || true

# Summary.
failed=0 changed=0
summary="$runs/summary.tsv"
printf 'tenant\taction\tresult\texit\tseconds\tlog\n' >"$summary"
echo
printf '%-20s %-8s %-24s %4s %8s  %s\n' TENANT ACTION RESULT EXIT DURATION LOG
for t in "${selected[@]}"; do
  rc=1 secs=0 result="FAILED (did not finish)"
  [ ! -f "$runs/$t/result" ] || IFS=$'\t' read -r rc secs result _ <"$runs/$t/result"
  log="$runs/$t/$action.log"
  printf '%-20s %-8s %-24s %4s %7ss  %s\n' "$t" "$action" "$result" "$rc" "$secs" "$log"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$action" "$result" "$rc" "$secs" "$log" >>"$summary"
  case $result in
    FAILED*) failed=$((failed + 1)) ;;
    changes) changed=$((changed + 1)) ;;
  esac
done
for t in "${selected[@]}"; do
  if [ ! -f "$runs/$t/result" ] || grep -q $'\tFAILED' "$runs/$t/result"; then
    echo
    echo "--- $t: the end of $runs/$t/$action.log"
    tail -n 25 "$runs/$t/$action.log" 2>/dev/null || true
  fi
done >&2
echo
if [ "$failed" -gt 0 ]; then
  echo "$failed of ${#selected[@]} tenant(s) failed."
  exit 1
fi
echo "All ${#selected[@]} tenant(s) succeeded."
if [ "$detailed" = true ] && [ "$changed" -gt 0 ]; then
  exit 2
fi
exit 0
