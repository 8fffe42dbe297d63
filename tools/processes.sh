# Background services of a script, sourced by tools/demo.sh and tests/browser/run.sh.
# Start each service with `&`, then add it with pids+=($!); `trap stop_all EXIT` stops them all.

pids=()

# Stops each service and its children (php -S workers, the cron loop's current php), which a
# TERM to the parent alone would leave running, then waits so nothing outlives the script.
stop_all() {
    local pid children
    for pid in "${pids[@]}"; do
        children=$(pgrep -P "$pid" || true)
        kill -TERM "$pid" $children 2>/dev/null || true
    done
    wait 2>/dev/null || true
}

# Waits until something accepts connections on the port; after 10 s fails, showing the
# service's log when one is given.
wait_for_port() {
    local port=$1 log=${2:-} i
    for ((i = 0; i < 100; i++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "nothing listens on port $port" >&2
    if [[ -n "$log" ]]; then
        echo "its log:" >&2
        cat "$log" >&2
    fi
    return 1
}
