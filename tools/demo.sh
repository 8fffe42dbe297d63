#!/usr/bin/env bash
# ./dev demo: the TotalGest simulator, the demo shop (examples/demo-shop/) and its cron every few
# seconds, in the foreground until Ctrl-C. The shop, its TotalGest store and the simulator keep
# their data in examples/demo-shop/var/ (delete that folder to start over).
#   TOTALGEST_SO     the extension (default: modules/totalgest.so)
#   DEMO_PORT        the shop's port (8080); SIMULATOR_PORT the simulator's (8081)
#   CRON_SECONDS     pause between cron runs (5)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
demo="$root/examples/demo-shop"
extension=${TOTALGEST_SO:-$root/modules/totalgest.so}
shop_port=${DEMO_PORT:-8080}
simulator_port=${SIMULATOR_PORT:-8081}
cron_seconds=${CRON_SECONDS:-5}
var="$demo/var"
source "$root/tools/processes.sh"

if [[ ! -f "$extension" ]]; then
    echo "no extension at $extension: run ./dev build first, or set TOTALGEST_SO" >&2
    exit 1
fi
mkdir -p "$var/simulator"
export DEMO_SHOP_DB=${DEMO_SHOP_DB:-$var/shop.sqlite}
export TOTALGEST_STORE=${TOTALGEST_STORE:-$var/totalgest.sqlite}

trap stop_all EXIT
trap 'exit 130' INT TERM

first_run=1
[[ -f "$DEMO_SHOP_DB" ]] && first_run=0

php "$root/tools/simulator/server.php" --port "$simulator_port" --state-dir "$var/simulator" &
pids+=($!)
php -d "extension=$extension" -S "127.0.0.1:$shop_port" -t "$demo/public" "$demo/public/index.php" \
    2>>"$var/shop.log" &
pids+=($!)

wait_for_port "$simulator_port"
wait_for_port "$shop_port"

# The first time, the terminal shows the whole flow once: verification, import, orders, export.
if [[ $first_run -eq 1 ]]; then
    php -d "extension=$extension" "$demo/walkthrough.php" "http://127.0.0.1:$simulator_port"
else
    echo "Demo data kept from the last run in $var (delete the folder to start over)."
fi
(
    while true; do
        php -d "extension=$extension" "$demo/cron.php" >>"$var/cron.log" 2>&1 || true
        sleep "$cron_seconds"
    done
) &
pids+=($!)

cat <<TEXT

  Demo shop:   http://127.0.0.1:$shop_port/            (admin: /admin/settings, /admin/orders, ...)
  Simulator:   http://127.0.0.1:$simulator_port/        (control API: /__sim/health, /__sim/faults)

  TotalGest settings: ID Negocio 1001, ID Owner 7, Endpoint API http://127.0.0.1:$simulator_port,
  Username shop, Password totalgest. The cron runs every $cron_seconds s (log: $var/cron.log);
  Ctrl-C stops everything.

TEXT
wait
