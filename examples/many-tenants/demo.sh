#!/usr/bin/env bash
# make many-tenants-demo: the steps of examples/many-tenants/README.md in one
# command. Starts the mock PSA with three tenants on a free loopback port,
# builds the provider, installs it through dev_overrides, applies the
# example to the three tenants in parallel (one state each), re-plans them
# (nothing to change) and stops the mock. Everything goes to .many-tenants/,
# which each run starts afresh.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
for tool in go terraform curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is not on PATH (the demo needs go, terraform, curl and jq)" >&2; exit 1; }
done
rm -rf .many-tenants && mkdir -p .many-tenants/bin

say "1. Build the provider and the mock PSA"
go build -o .many-tenants/bin/terraform-provider-autotask .
go build -o .many-tenants/bin/mockpsa ./internal/mockpsa/cmd/mockpsa

say "2. Start the mock PSA with three tenants"
.many-tenants/bin/mockpsa -listen 127.0.0.1:0 -seed demo -tenant contoso -zone webservices2 \
  -credentials-out .many-tenants/contoso.json >.many-tenants/mockpsa.log 2>&1 &
mock_pid=$!
cleanup() { kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 100); do [ -s .many-tenants/contoso.json ] && break; sleep 0.1; done
[ -s .many-tenants/contoso.json ] || { echo "the mock PSA did not start:" >&2; cat .many-tenants/mockpsa.log >&2; exit 1; }
MOCK=$(jq -r .base_url .many-tenants/contoso.json)
for t in fabrikam:webservices17 tailspin:webservices5; do
  curl -fsS -X POST "$MOCK/_mock/tenants" -H 'Content-Type: application/json' \
    -d "{\"name\":\"${t%%:*}\",\"zone\":\"${t#*:}\",\"seed\":\"demo\"}" >/dev/null
done
echo "mock PSA on $MOCK with tenants: $(curl -fsS "$MOCK/_mock/tenants" | jq -r '[.tenants[].name] | join(", ")')"

say "3. A copy of the example, its tenants file pointed at the mock"
mkdir -p .many-tenants/src/examples
cp -R examples/many-tenants examples/modules .many-tenants/src/examples/
rm -rf .many-tenants/src/examples/many-tenants/.runs .many-tenants/src/examples/many-tenants/terraform.tfstate.d
curl -fsS "$MOCK/_mock/tenants" | jq --slurpfile file examples/many-tenants/tenants.json '
  reduce .tenants[] as $t ($file[0];
    .[$t.name] += {
      base_url: $t.credentials.base_url,
      username: $t.credentials.username,
      integration_code: $t.credentials.integration_code,
      secret_command: "curl -fsS \($t.credentials.base_url)/_mock/tenants/\($t.name)/credentials | jq -r .secret"
    })' >.many-tenants/src/examples/many-tenants/tenants.json
jq -r 'to_entries[] | "  \(.key): \(.value.username) at \(.value.base_url)"' .many-tenants/src/examples/many-tenants/tenants.json

say "4. Install the provider through dev_overrides"
cat >.many-tenants/terraformrc <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/autotask-iac/autotask" = "$root/.many-tenants/bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$root/.many-tenants/terraformrc"

say "5. The secrets each tenant hands out"
pw() { printf 'Demo-%s' "$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"; }
export AUTOTASK_INTEGRATION_SECRETS_CONTOSO="{\"rewst\":\"$(pw)\"}"
export AUTOTASK_PORTAL_PASSWORDS_CONTOSO="{\"summit\":\"$(pw)\"}"
export AUTOTASK_PORTAL_PASSWORDS_FABRIKAM="{\"summit\":\"$(pw)\"}"
echo "  AUTOTASK_INTEGRATION_SECRETS_CONTOSO, AUTOTASK_PORTAL_PASSWORDS_CONTOSO, AUTOTASK_PORTAL_PASSWORDS_FABRIKAM (random)"

say "6. Apply every tenant, three at a time"
.many-tenants/src/examples/many-tenants/tenants.sh -j 3 -i get apply

say "7. Re-plan every tenant: nothing to change"
.many-tenants/src/examples/many-tenants/tenants.sh -j 3 -i get -d plan

say "What each tenant got"
for t in contoso fabrikam tailspin; do
  out() { TF_DATA_DIR="$root/.many-tenants/src/examples/many-tenants/.runs/$t/.terraform" terraform -chdir=.many-tenants/src/examples/many-tenants output -json "$1"; }
  echo "$t: levels $(out level_ids | jq -c .), API users $(out api_users | jq -r '[.[].user_name] | join(", ")')"
done
echo
echo "States: .many-tenants/src/examples/many-tenants/terraform.tfstate.d/<tenant>/; logs and plans: .runs/<tenant>/ beside them."
echo "The mock PSA stops now."
