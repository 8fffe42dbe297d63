#!/usr/bin/env bash
# Runs the browser scenarios: the TotalGest simulator, the demo shop on `php -S`, its cron loop,
# then scenarios.mjs in headless Chromium. Screenshots of every step go to artifacts/.
#   TOTALGEST_SO   the built extension, loaded with -d extension=... (default: modules/totalgest.so if built)
#   CHROMIUM       the browser (default /usr/bin/chromium; Debian's chromium is installed when missing)
# The last line printed is "N passed, N failed"; the exit status is non-zero when something failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
demo="$root/examples/demo-shop"
source "$root/tools/processes.sh"

if [[ -z "${TOTALGEST_SO:-}" && -f "$root/modules/totalgest.so" ]]; then
    TOTALGEST_SO="$root/modules/totalgest.so"
fi
work=$(mktemp -d)
trap 'stop_all; rm -rf "$work"' EXIT
php_ext=()
if [[ -n "${TOTALGEST_SO:-}" ]]; then
    # A copy, so that rebuilding the extension during a run cannot pull it from under the servers.
    cp "$TOTALGEST_SO" "$work/totalgest.so"
    php_ext=(-d "extension=$work/totalgest.so")
fi
if ! php "${php_ext[@]}" -r 'exit(class_exists("TotalGest\\Client") ? 0 : 1);'; then
    echo "the totalgest extension does not load: build it (./dev build) or set TOTALGEST_SO" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# What the scenarios need besides PHP: Chromium from Debian (never a browser download) and Node.
chromium=${CHROMIUM:-/usr/bin/chromium}
missing=()
[[ -x "$chromium" ]] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -d "$here/node_modules/playwright-core" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);'
}

simulator_port=$(free_port)
php "$root/tools/simulator/server.php" --port "$simulator_port" --products 120 --watch-pid $$ >"$work/simulator.log" 2>&1 &
pids+=($!)
wait_for_port "$simulator_port" "$work/simulator.log"

export DEMO_SHOP_DB="$work/shop.sqlite"
export TOTALGEST_STORE="$work/totalgest.sqlite"

shop_port=$(free_port)
php "${php_ext[@]}" -S "127.0.0.1:$shop_port" -t "$demo/public" "$demo/public/index.php" >"$work/shop.log" 2>&1 &
pids+=($!)
wait_for_port "$shop_port" "$work/shop.log"

# The cron, every second instead of every minute, so the scenarios do not wait long.
(
    while true; do
        php "${php_ext[@]}" "$demo/cron.php" || true
        sleep 1
    done
) >>"$work/cron.log" 2>&1 &
pids+=($!)

rm -rf "$here/artifacts"
status=0
SHOP_URL="http://127.0.0.1:$shop_port" SIMULATOR_URL="http://127.0.0.1:$simulator_port" CHROMIUM="$chromium" \
    ARTIFACTS_DIR="$here/artifacts" node "$here/scenarios.mjs" | tee "$work/scenarios.out" || status=$?
if ! tail -n 1 "$work/scenarios.out" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
    # The scenarios stopped before their summary (e.g. the browser did not start).
    echo "0 passed, 1 failed"
    status=1
fi

if [[ $status -ne 0 ]]; then
    # Keep the services' logs beside the screenshots for whoever looks into the failure.
    mkdir -p "$here/artifacts"
    cp "$work"/*.log "$here/artifacts/" 2>/dev/null || true
fi
exit "$status"
