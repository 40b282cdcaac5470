#!/usr/bin/env bash
# Measures kestra-sandbox --seed large: time to the listening line (seed included) and the time of
# pages of the large tenant's users, filtered and not. Prints one line per figure; see
# docs/sandbox-benchmarks.md for the targets (seed < 30 s, any page < 100 ms on loopback).
# Usage: tests/bench/sandbox-large.sh [path/to/kestra-sandbox]   (default: build/bin/kestra-sandbox)
set -euo pipefail
BIN=${1:-build/bin/kestra-sandbox}
[ -x "$BIN" ] || { echo "no kestra-sandbox at $BIN (run make first)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'kill -TERM "$pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
pw=$(head -c 18 /dev/urandom | base64 | tr -d '+/=')
owner="bench@example.com"
start=$(date +%s%N)
"$BIN" --seed large --data "$scratch/data" --owner "$owner:$pw" --listen 127.0.0.1:0 >"$scratch/out" 2>"$scratch/err" &
pid=$!
until grep -q listening "$scratch/out" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$scratch/err" >&2; exit 1; }
  sleep 0.05
done
echo "time to listening line (seed included): $(( ($(date +%s%N) - start) / 1000000 )) ms"
base=$(sed -n 's/.*listening on //p' "$scratch/out")
auth=(-u "$owner:$pw")
curl -s -o /dev/null "${auth[@]}" "$base/api/v1/me" # warms the sandbox's credential cache (PBKDF2 once)
worst=0
page() { # label url
  local t
  t=$(curl -s -g -o /dev/null "${auth[@]}" -w '%{http_code} %{time_total}' "$2")
  echo "$1: $t s"
  worst=$(awk -v a="$worst" -v b="${t#* }" 'BEGIN { print (b > a) ? b : a }')
}
for p in 1 2 10 100 1000 2000 3000 3999 4000; do
  page "users page=$p size=25" "$base/api/v1/large/tenant-access?page=$p&size=25"
done
for q in x ada horvat 4242 zzz; do
  for p in 1 2 40; do
    page "users q=$q page=$p size=25" "$base/api/v1/large/tenant-access?page=$p&size=25&filters[q][CONTAINS]=$q"
  done
done
for w in groups/search roles/search bindings/search; do
  page "$w page=1 size=25" "$base/api/v1/large/$w?page=1&size=25"
done
total=$(curl -s "${auth[@]}" "$base/api/v1/large/tenant-access?page=1&size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "users in tenant large: $total"
echo "slowest page: ${worst} s"
