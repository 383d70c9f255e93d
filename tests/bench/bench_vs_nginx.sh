#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Throughput of `gatehouse serve` on a MOCK API against nginx's `return 200` on the same machine, in the same run,
# with wrk (keep-alive, 50 connections). Prints both rates and their ratio, and the gateway's own per-request time
# (p50/p99 of the trace's totalUs). Budget (DESIGN.md): Gatehouse >= 0.5 x nginx.
#   tests/bench/bench_vs_nginx.sh GATEHOUSE_BINARY [SECONDS]
# Exit: 0 budget met, 1 budget missed, 77 skipped (nginx or wrk missing).
set -euo pipefail
gh=$(realpath "$1")
seconds=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "SKIP: nginx is not installed (apt-get install nginx)"; exit 77; }
command -v wrk >/dev/null || { echo "SKIP: wrk is not installed (apt-get install wrk)"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }

work=$(mktemp -d)
cleanup() {
    [ -n "${gh_pid:-}" ] && kill "$gh_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cores=$(nproc)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# nginx: as many workers as Gatehouse has worker threads, no logging, keep-alive as by default.
nginx_port=$(free_port)
cat > "$work/nginx.conf" <<CONF
worker_processes $cores;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { default_type application/json; return 200 '{"ok":true}'; }
    }
}
CONF
"$nginx" -c "$work/nginx.conf" -p "$work"

start_gatehouse() {
    # AWS's account limit (10,000 requests/s) would throttle the benchmark itself; the throttle step still runs.
    "$gh" serve "$here/mock-api.yaml" --api-id bench --port 0 --account-throttle 100000000:100000000 "$@" > "$work/gh.out" 2> "$work/gh.err" &
    gh_pid=$!
    for _ in $(seq 100); do
        gh_port=$(sed -n 's#^Listening on http://127.0.0.1:\([0-9]*\)$#\1#p' "$work/gh.out")
        [ -n "$gh_port" ] && return 0
        sleep 0.1
    done
    echo "gatehouse did not start:"; cat "$work/gh.err"; exit 1
}
stop_gatehouse() { kill "$gh_pid"; wait "$gh_pid" 2>/dev/null || true; gh_pid=""; }

rate() { sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$1"; }
run_wrk() { wrk -t2 -c50 -d"${seconds}s" --latency "$1" > "$2"; }

start_gatehouse
gh_url="http://127.0.0.1:$gh_port/prod/hello"
ng_url="http://127.0.0.1:$nginx_port/hello"
curl -sf "$gh_url" > /dev/null 2>&1 || python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])" "$gh_url"

# Warm up both, then measure alternately so drift hits both alike.
wrk -t2 -c50 -d2s "$gh_url" > /dev/null; wrk -t2 -c50 -d2s "$ng_url" > /dev/null
run_wrk "$ng_url" "$work/nginx.txt"
run_wrk "$gh_url" "$work/gh.txt"
stop_gatehouse

# Per-request time inside the gateway, from its own trace: a lighter load (4 connections) so that what is measured
# is the gateway's work, not time spent descheduled while wrk saturates the same cores.
start_gatehouse --trace "$work/trace.jsonl"
wrk -t1 -c4 -d3s "http://127.0.0.1:$gh_port/prod/hello" > /dev/null
stop_gatehouse

python3 - "$work" "$cores" "$seconds" <<'PY'
import json, sys, re
work, cores, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
def rate(name):
    text = open(f"{work}/{name}.txt").read()
    r = float(re.search(r"Requests/sec:\s*([0-9.]+)", text).group(1))
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1)
    return r, p50, p99
gh, gh50, gh99 = rate("gh")
ng, ng50, ng99 = rate("nginx")
records = [json.loads(l) for l in open(f"{work}/trace.jsonl")]
totals = sorted(r["totalUs"] for r in records)
steps = sorted(sum(s["durationUs"] for s in r["steps"]) for r in records)
def pct(values, p): return values[min(len(values) - 1, int(len(values) * p))]
ratio = gh / ng
print(f"machine: {cores} cores; wrk -t2 -c50 -d{seconds}s, keep-alive")
print(f"nginx return 200:      {ng:10.0f} req/s  (client p50 {ng50}, p99 {ng99})")
print(f"gatehouse MOCK route:  {gh:10.0f} req/s  (client p50 {gh50}, p99 {gh99})")
print(f"ratio gatehouse/nginx: {ratio:.2f}  (budget >= 0.50, goal >= 0.80)")
print(f"gateway time per request, first byte to last byte out (trace totalUs, {len(totals)} requests at 4 connections): "
      f"p50 {pct(totals, 0.5)} us, p99 {pct(totals, 0.99)} us (budget p50 < 50 us, p99 < 500 us)")
print(f"  of which pipeline steps (route + MOCK integration): p50 {pct(steps, 0.5)} us, p99 {pct(steps, 0.99)} us")
sys.exit(0 if ratio >= 0.5 else 1)
PY
