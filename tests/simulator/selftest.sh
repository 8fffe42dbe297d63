#!/usr/bin/env bash
# Self-check of the TotalGest simulator: starts it on free ports, exercises every route of the
# API and of the control API and every fault kind, then stops it.
# Prints "N passed, N failed" and exits non-zero when a check failed. Needs bash, curl and php.
set -u

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
BODY=$WORK/body
HEADERS=$WORK/headers
PASSED=0
FAILED=0
SERVER_PIDS=()

cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------- assertions

pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

# expect NAME ACTUAL EXPECTED
expect() {
    if [[ "$2" == "$3" ]]; then pass; else fail "$1: got '$2', expected '$3'"; fi
}

# expect_true NAME COMMAND...
expect_true() {
    local name=$1
    shift
    if "$@"; then pass; else fail "$name"; fi
}

# ---------------------------------------------------------------- helpers

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);'
}

# start_simulator OPTIONS...: starts a simulator in the background; sets BASE, SERVER_PID, SERVER_OUT.
start_simulator() {
    local port scheme=http attempt
    port=$(free_port)
    SERVER_OUT=$WORK/server-$port
    php "$ROOT/tools/simulator/server.php" --port "$port" "$@" >"$SERVER_OUT.out" 2>"$SERVER_OUT.err" &
    SERVER_PID=$!
    SERVER_PIDS+=("$SERVER_PID")
    [[ " $* " == *" --tls-cert "* ]] && scheme=https
    BASE=$scheme://127.0.0.1:$port
    for attempt in $(seq 100); do
        grep -q 'listening' "$SERVER_OUT.out" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the simulator did not start:" >&2
    cat "$SERVER_OUT.err" >&2
    exit 1
}

# request METHOD PATH [BODY [CURL OPTIONS...]]: the answer goes to $BODY and $HEADERS, the status
# to $STATUS, the time taken to $TIME, curl's exit code to $RC. Sends $TOKEN when it is set.
request() {
    local method=$1 path=$2 body=${3-} out
    shift 2
    [[ $# -gt 0 ]] && shift
    local args=(-s -o "$BODY" -D "$HEADERS" -w '%{http_code} %{time_total}' -X "$method" --max-time 20)
    [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    [[ -n ${TOKEN-} ]] && args+=(-H "Authorization: Bearer $TOKEN")
    : >"$BODY"
    : >"$HEADERS"
    out=$(curl "${args[@]}" "$@" "$BASE$path")
    RC=$?
    STATUS=${out% *}
    TIME=${out#* }
}

# PHP code that prints the value of CODE: an expression, or statements that end with a return.
# Scalars print as they are, anything else (null, booleans, arrays) as JSON.
PRINT_VALUE='$v = eval(str_contains($argv[2], "return ") ? $argv[2] : "return $argv[2];");
             echo is_scalar($v) && !is_bool($v) ? $v : json_encode($v);'

# json CODE: the value of CODE over $d, the decoded $BODY.
json() {
    php -r '$d = json_decode(file_get_contents($argv[1]), true);'"$PRINT_VALUE" "$BODY" "$1"
}

# header NAME: the value of a header of the last answer, empty when absent.
header() {
    grep -i "^$1:" "$HEADERS" | head -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//'
}

# list_all PATH QUERY: follows the cursors of a listing, keeping every page in $WORK/listing.
list_all() {
    local path=$1 query=$2 after='' page=0
    rm -rf "$WORK/listing"
    mkdir "$WORK/listing"
    while :; do
        request GET "$path?$query${after:+&after=$after}"
        if [[ $STATUS != 200 ]]; then
            fail "listing $path?$query: status $STATUS"
            return 1
        fi
        page=$((page + 1))
        cp "$BODY" "$WORK/listing/page-$(printf %05d $page).json"
        after=$(json '$d["next"]')
        [[ $after == null ]] && break
    done
}

# entries CODE [ARGUMENT]: the value of CODE over $e, the entries of the last list_all in order,
# and $argv[3], the argument.
entries() {
    php -r '$e = [];
            foreach (glob($argv[1] . "/page-*.json") as $f) { array_push($e, ...json_decode(file_get_contents($f), true)["data"]); }
            '"$PRINT_VALUE" "$WORK/listing" "$1" "${2-}"
}

# A time as a query parameter: "+" must be encoded.
query_time() { printf %s "$1" | sed 's/+/%2B/g'; }

login() {
    TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"7","username":"shop","password":"totalgest"}'
    TOKEN=$(json '$d["token"]')
}

add_faults() { TOKEN= request POST /__sim/faults "{\"rules\":[$1]}"; }
clear_faults() { TOKEN= request DELETE /__sim/faults; }

# ================================================================ the main simulator

start_simulator --products 5000 --seed 3 --workers 4 --token-ttl 600
MAIN_PID=$SERVER_PID
expect 'announces where it listens' "$(cat "$SERVER_OUT.out")" "TotalGest simulator listening on $BASE"

# ---------------------------------------------------------------- control: health
TOKEN= request GET /__sim/health
expect 'health answers 200' "$STATUS" 200
expect 'health tells the catalogue size' "$(json '$d["products"]')" 5000
CREATED_AT=$(json '$d["catalogue_created_at"]')

# ---------------------------------------------------------------- authentication
TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"7","username":"shop","password":"totalgest"}'
expect 'login answers 200' "$STATUS" 200
expect 'login answers a token' "$(json 'is_string($d["token"]) && strlen($d["token"]) > 16')" true
expect 'login tells the token lifetime' "$(json '$d["expires_in"]')" 600
expect 'login answers the business' "$(json '$d["business"]')" \
    '{"id":"1001","owner_id":"7","name":"Negozio Demo SA","currency":"CHF","country":"CH"}'
expect 'answers carry X-TotalGest-Api' "$(header X-TotalGest-Api)" 1
expect 'answers are JSON' "$(header Content-Type)" 'application/json; charset=utf-8'

TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"7","username":"shop"}'
expect 'login without password: 400' "$STATUS $(json '$d["error"]["code"]') $(json '$d["error"]["field"]')" '400 bad_request password'
TOKEN= request POST /api/v1/auth/token 'not json'
expect 'login with a body that is not JSON: 400' "$STATUS $(json '$d["error"]["code"]')" '400 bad_request'
TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"7","username":"shop","password":"wrong"}'
expect 'wrong password: 401 invalid_credentials' "$STATUS $(json '$d["error"]["code"]')" '401 invalid_credentials'
TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"8","username":"shop","password":"totalgest"}'
expect 'wrong owner: 403 unknown_owner' "$STATUS $(json '$d["error"]["code"]')" '403 unknown_owner'
TOKEN= request POST /api/v1/auth/token '{"business_id":"9999","owner_id":"7","username":"shop","password":"totalgest"}'
expect 'wrong business: 404 unknown_business' "$STATUS $(json '$d["error"]["code"]')" '404 unknown_business'
expect 'errors carry X-TotalGest-Api' "$(header X-TotalGest-Api)" 1

TOKEN= request GET /api/v1/business
expect 'no token: 401 invalid_token' "$STATUS $(json '$d["error"]["code"]')" '401 invalid_token'
TOKEN=bogus request GET /api/v1/business
expect 'unknown token: 401 invalid_token' "$STATUS $(json '$d["error"]["code"]')" '401 invalid_token'
login
request GET /api/v1/business
expect 'GET /business with a token' "$STATUS $(json '$d["business"]["id"]')" '200 1001'
request GET /api/v1/nowhere
expect 'unknown route: 404 not_found' "$STATUS $(json '$d["error"]["code"]')" '404 not_found'
request DELETE /api/v1/products
expect 'unknown method: 404 not_found' "$STATUS $(json '$d["error"]["code"]')" '404 not_found'

# ---------------------------------------------------------------- products
request GET /api/v1/products
expect 'default page size is 200' "$STATUS $(json 'count($d["data"])')" '200 200'
expect 'first product' "$(json '$d["data"][0]["id"] . " " . $d["data"][0]["sku"]')" 'P0000001 TG-0000001'
FIRST_PRODUCT=$(json '$d["data"][0]')

list_all /api/v1/products page_size=1000
expect 'the whole catalogue is listed once' "$(entries 'count($e) . " " . count(array_unique(array_column($e, "id")))')" '5000 5000'
expect 'listed in (updated_at, id) order' \
    "$(entries '$k = array_map(fn($p) => $p["updated_at"] . $p["id"], $e); $s = $k; sort($s); return $k === $s;')" true
expect 'every product has the contract fields' "$(entries 'count(array_filter($e, fn($p) => array_keys($p) !== ["id","sku","ean","name","short_description","description","price","vat_rate","stock","active","updated_at"]))')" 0
expect 'prices are decimal strings with 2 decimals' "$(entries 'count(array_filter($e, fn($p) => !preg_match("/^\d+\.\d{2}$/", $p["price"])))')" 0
expect 'VAT rates come from the set' "$(entries '$r = array_unique(array_column($e, "vat_rate")); sort($r, SORT_STRING); return implode(",", $r);')" '10,2.6,22,3.8,4,8.1'
expect 'EANs have 13 digits and a valid check digit' "$(entries 'count(array_filter($e, fn($p) => $p["ean"] !== null && (!preg_match("/^\d{13}$/", $p["ean"])
    || array_sum(array_map(fn($i) => $p["ean"][$i] * ($i % 2 ? 3 : 1), range(0, 12))) % 10 !== 0)))')" 0
expect 'some EANs and descriptions are null' "$(entries 'count(array_filter($e, fn($p) => $p["ean"] === null)) > 0 && count(array_filter($e, fn($p) => $p["description"] === null)) > 0 && count(array_filter($e, fn($p) => $p["short_description"] === null)) > 0')" true
expect 'stock within 0..500, all active' "$(entries 'count(array_filter($e, fn($p) => !is_int($p["stock"]) || $p["stock"] < 0 || $p["stock"] > 500 || $p["active"] !== true))')" 0
expect 'updated_at is the catalogue creation time' "$(entries 'implode(",", array_unique(array_column($e, "updated_at")))')" "$CREATED_AT"

request GET "/api/v1/products?page_size=1000&updated_since=$(query_time 2099-01-01T00:00:00+00:00)"
expect 'updated_since in the future: nothing' "$STATUS $(json 'count($d["data"])') $(json '$d["next"]')" '200 0 null'
request GET "/api/v1/products?page_size=3&updated_since=$(query_time "$CREATED_AT")"
expect 'updated_since is inclusive' "$STATUS $(json 'count($d["data"])')" '200 3'
request GET '/api/v1/products?page_size=3&updated_since=2026-01-01T00:00:00Z'
expect 'updated_since accepts Z' "$STATUS" 200
for bad in 'page_size=0' 'page_size=1001' 'page_size=abc' 'updated_since=yesterday' \
    'updated_since=2026-01-01T00:00:00+00:00' 'updated_since=2026-01-01T00:00:00' 'after=garbage'; do
    request GET "/api/v1/products?$bad"
    expect "bad query $bad: 400" "$STATUS $(json '$d["error"]["code"]')" '400 bad_request'
done
request GET /api/v1/stock?page_size=2
STOCK_CURSOR=$(json '$d["next"]')
request GET "/api/v1/products?after=$STOCK_CURSOR"
expect 'a /stock cursor is refused by /products' "$STATUS $(json '$d["error"]["field"]')" '400 after'
request GET "/api/v1/products?page_size=2&updated_since=$(query_time "$CREATED_AT")"
SINCE_CURSOR=$(json '$d["next"]')
request GET "/api/v1/products?page_size=2&after=$SINCE_CURSOR&updated_since=$(query_time 2026-01-01T00:00:00+00:00)"
expect 'a cursor with another updated_since is refused' "$STATUS" 400
request GET "/api/v1/products?page_size=2&after=$SINCE_CURSOR"
expect 'a cursor carries its updated_since' "$STATUS $(json '$d["data"][0]["id"]')" '200 P0000003'

# ---------------------------------------------------------------- stock
list_all /api/v1/stock page_size=1000
expect 'stock lists every product once' "$(entries 'count($e) . " " . count(array_unique(array_column($e, "product_id")))')" '5000 5000'
expect 'stock entries have the contract fields' "$(entries 'array_keys($e[0]) === ["product_id","sku","quantity","updated_at"]')" true
expect 'stock matches the products' "$(entries '$e[0]["quantity"]')" "$(php -r 'echo json_decode($argv[1], true)["stock"];' "$FIRST_PRODUCT")"

# ---------------------------------------------------------------- catalogue changes
sleep 1 # changes must be newer than the listings above
TOKEN= request POST /__sim/changes '{"price":1,"stock":1,"deactivate":1,"remove":1,"new":2,"ids":["P0000010"]}'
expect 'changes answer the changed ids' "$STATUS $(json '$d["price"][0]') $(json '$d["stock"][0]') $(json '$d["deactivate"][0]') $(json '$d["remove"][0]') $(json 'implode(",", $d["new"])')" \
    '200 P0000010 P0000010 P0000010 P0000010 P0005001,P0005002'
CHANGED_AT=$(json '$d["updated_at"]')
TOKEN= request POST /__sim/changes '{"price":2,"stock":2,"deactivate":1,"ids":["P0000020"]}'
PRICE_CHANGED=$(json 'implode(",", $d["price"])')
STOCK_CHANGED=$(json '$d["stock"][1]')
DEACTIVATED=$(json '$d["deactivate"][0]')
expect 'listed ids come first, then drawn ones' "$(json '$d["price"][0] . " " . count(array_unique($d["price"]))')" 'P0000020 2'
TOKEN= request POST /__sim/changes '{"price":1,"ids":["P9999999"]}'
expect 'changing an unknown product: 404' "$STATUS" 404
TOKEN= request POST /__sim/changes '{"prices":1}'
expect 'an unknown kind of change: 400' "$STATUS" 400

list_all /api/v1/products "page_size=1000&updated_since=$(query_time "$CHANGED_AT")"
expect 'updated_since lists changed products only' \
    "$(entries '$i = array_column($e, "id"); sort($i); return implode(",", $i);')" \
    "$(php -r '$i = array_unique(array_merge(explode(",", $argv[1]), [$argv[2], "P0005001", "P0005002"])); sort($i); echo implode(",", $i);' "$PRICE_CHANGED" "$DEACTIVATED")"
expect 'changed products carry the change time' "$(entries 'min(array_column($e, "updated_at")) === $argv[3]' "$CHANGED_AT")" true
expect 'a deactivated product is listed inactive' "$(entries 'array_column($e, "active", "id")["'"$DEACTIVATED"'"]')" false
list_all /api/v1/products page_size=1000
expect 'removed gone, new ones listed' "$(entries 'count($e) . " " . count(array_intersect(["P0000010", "P0005001", "P0005002"], array_column($e, "id")))')" '5001 2'
STOCK_IN_PRODUCTS=$(entries 'array_column($e, null, "id")["'"$STOCK_CHANGED"'"]["stock"] . " " . array_column($e, null, "id")["'"$STOCK_CHANGED"'"]["updated_at"]')
list_all /api/v1/stock "page_size=1000&updated_since=$(query_time "$CHANGED_AT")"
expect 'updated_since lists changed stock only' "$(entries '$i = array_column($e, "product_id"); sort($i); return implode(",", $i);')" \
    "$(php -r '$i = array_unique([$argv[1], $argv[2], "P0005001", "P0005002"]); sort($i); echo implode(",", $i);' P0000020 "$STOCK_CHANGED")"
expect 'a stock change shows in /products without changing updated_at' "$STOCK_IN_PRODUCTS" \
    "$(entries 'array_column($e, "quantity", "product_id")["'"$STOCK_CHANGED"'"]') $CREATED_AT"

# A product changed while a listing goes on is listed again (or only) later, never lost.
request GET /api/v1/products?page_size=100
CURSOR=$(json '$d["next"]')
TOKEN= request POST /__sim/changes '{"price":2,"ids":["P0000050","P0000500"]}'
rm -rf "$WORK/listing"
mkdir "$WORK/listing"
after=$CURSOR
page=0
while [[ $after != null ]]; do
    request GET "/api/v1/products?page_size=1000&after=$after"
    page=$((page + 1))
    cp "$BODY" "$WORK/listing/page-$(printf %05d $page).json"
    after=$(json '$d["next"]')
done
expect 'products changed during a listing are not lost' "$(entries '$c = array_count_values(array_column($e, "id")); return ($c["P0000050"] ?? 0) . " " . ($c["P0000500"] ?? 0);')" '1 1'
# (The three requests below nearly always fall within one second.)
TOKEN= request POST /__sim/changes '{"price":2,"ids":["P0000002","P0000003"]}'
LATE_SINCE=$(query_time "$(json '$d["updated_at"]')")
request GET "/api/v1/products?page_size=1&updated_since=$LATE_SINCE"
CURSOR=$(json '$d["next"]')
TOKEN= request POST /__sim/changes '{"price":1,"ids":["P0000001"]}'
list_all /api/v1/products "page_size=1000&updated_since=$LATE_SINCE&after=$CURSOR"
expect 'a change behind the cursor in the same second is not lost' "$(entries 'in_array("P0000001", array_column($e, "id"))')" true

# ---------------------------------------------------------------- orders
ORDER='{"external_ref":"1004","currency":"CHF","billing":{"name":"Mario Rossi","country":"CH","vat_number":""},"lines":[{"sku":"TG-0000042","name":"Caffè","quantity":2,"unit_price":"24.90","vat_rate":"2.6"}],"total":"49.80","meta":{}}'
request POST /api/v1/orders "$ORDER"
expect 'an order without Idempotency-Key: 400' "$STATUS $(json '$d["error"]["field"]')" '400 Idempotency-Key'
request POST /api/v1/orders "$ORDER" -H 'Idempotency-Key: fw360:1001:1004'
expect 'an order is created: 201' "$STATUS $(json '$d["order"]["id"]') $(json '$d["order"]["number"]') $(json '$d["order"]["external_ref"]')" '201 O-000001 2026-000001 1004'
expect 'a new order is no duplicate' "$(json 'isset($d["duplicate"])')" false
request POST /api/v1/orders "$ORDER" -H 'Idempotency-Key: fw360:1001:1004'
expect 'the same key again: 200 duplicate, same order' "$STATUS $(json '$d["duplicate"]') $(json '$d["order"]["id"]')" '200 true O-000001'
request POST /api/v1/orders '{"lines":[{"sku":"X","quantity":1}]}' -H 'Idempotency-Key: k-noref'
expect 'an order without external_ref: 400' "$STATUS $(json '$d["error"]["field"]')" '400 external_ref'
request POST /api/v1/orders '{"external_ref":"1","lines":[]}' -H 'Idempotency-Key: k-nolines'
expect 'an order without lines: 400' "$STATUS $(json '$d["error"]["field"]')" '400 lines'
request POST /api/v1/orders '{"external_ref":"1","lines":[{"sku":"X","quantity":0}]}' -H 'Idempotency-Key: k-qty'
expect 'a line without a positive quantity: 400' "$STATUS $(json '$d["error"]["field"]')" '400 lines.0.quantity'
request POST /api/v1/orders '{"external_ref":"1","lines":[{"sku":"X","quantity":1,"unit_price":24.9}]}' -H 'Idempotency-Key: k-float'
expect 'money as a JSON number: 400' "$STATUS $(json '$d["error"]["field"]')" '400 lines.0.unit_price'
REFUSED='{"external_ref":"1005","billing":{"country":"IT","vat_number":"IT12345678901"},"lines":[{"sku":"X","quantity":1}]}'
request POST /api/v1/orders "$REFUSED" -H 'Idempotency-Key: fw360:1001:1005'
expect 'an invalid partita IVA: 422 order_rejected' "$STATUS $(json '$d["error"]["code"]') $(json '$d["error"]["field"]') $(json '$d["error"]["message"]')" \
    '422 order_rejected billing.vat_number VAT number rejected'
request POST /api/v1/orders "$REFUSED" -H 'Idempotency-Key: fw360:1001:1005'
expect 'a refused order is refused again' "$STATUS" 422
request POST /api/v1/orders '{"external_ref":"1006","billing":{"country":"IT","vat_number":"IT01234567897"},"lines":[{"sku":"X","quantity":1}]}' \
    -H 'Idempotency-Key: fw360:1001:1006'
expect 'a valid partita IVA is accepted' "$STATUS $(json '$d["order"]["number"]')" '201 2026-000002'
request GET '/api/v1/orders?external_ref=1004'
expect 'orders by external_ref' "$STATUS $(json 'count($d["data"])') $(json '$d["data"][0]["id"]')" '200 1 O-000001'
request GET '/api/v1/orders?external_ref=none'
expect 'no order with this external_ref' "$STATUS $(json '$d["data"]')" '200 []'
request GET /api/v1/orders
expect 'GET /orders without external_ref: 400' "$STATUS" 400
TOKEN= request GET /__sim/orders
expect 'the control API shows what was received' "$(json '$d["count"]') $(json '$d["orders"][0]["idempotency_key"]') $(json '$d["orders"][0]["body"]["lines"][0]["unit_price"]')" \
    '2 fw360:1001:1004 24.90'
expect_true 'received bodies keep empty objects' grep -q '"meta":{}' "$BODY"

# The same key from many workers at once makes one order.
CLIENTS=()
for i in $(seq 12); do
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $TOKEN" -H 'Idempotency-Key: fw360:1001:race' \
        --data-binary '{"external_ref":"race","lines":[{"sku":"X","quantity":1}]}' "$BASE/api/v1/orders" >"$WORK/race-$i" &
    CLIENTS+=($!)
done
wait "${CLIENTS[@]}"
expect 'concurrent orders with one key: one 201' "$(cat "$WORK"/race-* | sort | uniq -c | awk '{print $2 "x" $1}' | tr '\n' ' ')" '200x11 201x1 '
request GET '/api/v1/orders?external_ref=race'
expect 'concurrent orders with one key: one order' "$(json 'count($d["data"])')" 1

# ---------------------------------------------------------------- stats
TOKEN= request POST /__sim/stats/reset
request GET /api/v1/business
request GET /api/v1/business
request GET /api/v1/products?page_size=1
TOKEN= request GET /__sim/health
TOKEN= request GET /__sim/stats
expect 'requests are counted per method and path' "$(json '$d["requests"]["GET /api/v1/business"] . " " . $d["requests"]["GET /api/v1/products"] . " " . $d["total"]')" '2 1 3'

# ---------------------------------------------------------------- faults
add_faults '{"kind":"latency","ms":600,"count":1}'
expect 'faults are added' "$STATUS $(json '$d["added"]')" '200 [1]'
request GET /api/v1/business
expect 'latency: answered late' "$STATUS $(php -r 'echo $argv[1] >= 0.6 ? "late" : "early";' "$TIME")" '200 late'
request GET /api/v1/business
expect 'a fault with a count ends' "$(php -r 'echo $argv[1] < 0.5 ? "fast" : "slow";' "$TIME")" fast

add_faults '{"kind":"status","status":502,"count":1},{"kind":"status","count":1}'
request GET /api/v1/business
expect 'status fault 502' "$STATUS $(json '$d["error"]["code"]') $(header X-TotalGest-Api)" '502 bad_gateway 1'
request GET /api/v1/business
expect 'status fault defaults to 503' "$STATUS $(json '$d["error"]["code"]')" '503 unavailable'

add_faults '{"kind":"rate_limit","retry_after":7,"count":1}'
request GET /api/v1/products
expect 'rate_limit: 429 with Retry-After' "$STATUS $(header Retry-After) $(json '$d["error"]["code"]')" '429 7 rate_limited'

add_faults '{"kind":"hang","seconds":3,"count":1}'
request GET /api/v1/business '' --max-time 1
expect 'hang: no answer within the client timeout' "$RC" 28
request GET /api/v1/business
expect 'a hung connection does not block the server' "$STATUS" 200
add_faults '{"kind":"hang","seconds":1,"count":1}'
request GET /api/v1/business '' --max-time 5
expect 'hang: closed without an answer after the given seconds' "$RC $(php -r 'echo $argv[1] >= 0.9 ? "waited" : "early";' "$TIME")" '52 waited'

add_faults '{"kind":"drop","path":"/api/v1/orders","method":"POST","count":1}'
request POST /api/v1/orders '{"external_ref":"2001","lines":[{"sku":"X","quantity":1}]}' -H 'Idempotency-Key: fw360:1001:2001'
expect 'drop: connection closed without an answer' "$RC" 52
request GET '/api/v1/orders?external_ref=2001'
expect 'drop: the request was not processed' "$(json 'count($d["data"])')" 0

add_faults '{"kind":"drop_after","path":"/api/v1/orders","method":"POST","count":1}'
request POST /api/v1/orders '{"external_ref":"2002","lines":[{"sku":"X","quantity":1}]}' -H 'Idempotency-Key: fw360:1001:2002'
expect 'drop_after: connection closed without an answer' "$RC" 52
request GET '/api/v1/orders?external_ref=2002'
expect 'drop_after: the request was processed' "$(json 'count($d["data"])')" 1
request POST /api/v1/orders '{"external_ref":"2002","lines":[{"sku":"X","quantity":1}]}' -H 'Idempotency-Key: fw360:1001:2002'
expect 'drop_after: the retry finds the order' "$STATUS $(json '$d["duplicate"]')" '200 true'

add_faults '{"kind":"malformed","count":1}'
request GET /api/v1/products
expect 'malformed: 200 with a body that is not JSON' "$STATUS $(php -r 'var_export(json_decode(file_get_contents($argv[1])) !== null);' "$BODY")" '200 false'

add_faults '{"kind":"truncated","count":1}'
request GET /api/v1/products
expect 'truncated: the body ends before its Content-Length' "$RC" 18

add_faults '{"kind":"wrong_content_type","count":1}'
request GET /api/v1/business
expect 'wrong_content_type: an HTML page' "$STATUS $(header Content-Type)" '200 text/html; charset=utf-8'

add_faults '{"kind":"not_totalgest","count":1}'
request GET /api/v1/business
expect 'not_totalgest: JSON without X-TotalGest-Api' "$STATUS [$(header X-TotalGest-Api)] $(json 'isset($d["business"])')" '200 [] false'

add_faults '{"kind":"expire_tokens","count":1}'
request GET /api/v1/business
expect 'expire_tokens: the request gets token_expired' "$STATUS $(json '$d["error"]["code"]')" '401 token_expired'
request GET /api/v1/business
expect 'expire_tokens: the token stays expired' "$(json '$d["error"]["code"]')" token_expired
login
request GET /api/v1/business
expect 'expire_tokens: a new login works' "$STATUS" 200

add_faults '{"kind":"status","status":500,"path":"/api/v1/orders","method":"POST"}'
request GET '/api/v1/orders?external_ref=1004'
expect 'faults match the method' "$STATUS" 200
request GET /api/v1/products?page_size=1
expect 'faults match the path prefix' "$STATUS" 200
request POST /api/v1/orders "$ORDER" -H 'Idempotency-Key: fw360:1001:1004'
expect 'a rule without count or rate hits every request' "$STATUS" 500
TOKEN= request GET /__sim/faults
expect 'the rules can be read' "$(json 'end($d["rules"])["kind"] . " " . json_encode(end($d["rules"])["remaining"])')" 'status null'
clear_faults
request POST /api/v1/orders "$ORDER" -H 'Idempotency-Key: fw360:1001:1004'
expect 'faults can be cleared' "$STATUS" 200

add_faults '{"kind":"drop"}'
TOKEN= request GET /__sim/health
expect 'the control API is never faulty' "$STATUS" 200
clear_faults

add_faults '{"kind":"status","status":503,"path":"/api/v1/business","count":5}'
CLIENTS=()
for i in $(seq 20); do
    curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/business" >"$WORK/count-$i" &
    CLIENTS+=($!)
done
wait "${CLIENTS[@]}"
expect 'a count is shared by all workers' "$(grep -c 503 "$WORK"/count-* | awk -F: '{s += $2} END {print s}')" 5
clear_faults

# rate: drawn from the seed, so the same rules give the same faults
rate_pattern() {
    local i pattern=''
    add_faults '{"kind":"status","status":500,"rate":0.5}'
    for i in $(seq 30); do
        request GET /api/v1/business
        pattern+=$([[ $STATUS == 500 ]] && echo x || echo .)
    done
    clear_faults
    echo "$pattern"
}
FIRST_PATTERN=$(rate_pattern)
SECOND_PATTERN=$(rate_pattern)
expect_true "rate 0.5 hits some requests ($FIRST_PATTERN)" [ "$(tr -cd x <<<"$FIRST_PATTERN" | wc -c)" -ge 5 -a "$(tr -cd x <<<"$FIRST_PATTERN" | wc -c)" -le 25 ]
expect 'rate draws are repeatable' "$SECOND_PATTERN" "$FIRST_PATTERN"
add_faults '{"kind":"status","rate":0},{"kind":"status","status":502,"rate":1,"count":2}'
request GET /api/v1/business
expect 'rate 0 never hits, rate 1 always' "$STATUS" 502
clear_faults
add_faults '{"kind":"explode"}'
expect 'an unknown fault kind: 400' "$STATUS $(json '$d["error"]["field"]')" '400 rules.0.kind'
add_faults '{"kind":"latency","seconds":3}'
expect 'a parameter of another kind: 400' "$STATUS" 400

# ---------------------------------------------------------------- HTTP
curl -s -o /dev/null -o /dev/null -w '%{num_connects} ' "$BASE/__sim/health" "$BASE/__sim/health" >"$WORK/connects"
expect 'keep-alive: the connection is reused' "$(cat "$WORK/connects")" '1 0 '
request POST /api/v1/auth/token '' -H 'Transfer-Encoding: chunked' --data-binary '{}'
expect 'chunked request bodies: 411' "$STATUS" 411
php -r 'echo json_encode(["external_ref" => "big", "lines" => array_fill(0, 300, ["sku" => "TG-0000001", "name" => str_repeat("x", 50), "quantity" => 1])]);' >"$WORK/big-order"
request POST /api/v1/orders '' --data-binary "@$WORK/big-order" -H 'Content-Type: application/json' -H 'Idempotency-Key: k-big' -H 'Expect: 100-continue'
expect 'Expect: 100-continue is answered at once' "$STATUS $(php -r 'echo $argv[1] < 0.5 ? "fast" : "slow";' "$TIME")" '201 fast'
request GET /api/v1/business '' -0
expect 'HTTP/1.0 is served' "$STATUS $(header Connection)" '200 close'
request GET /api/v1/business '' -H "X-Padding: $(head -c 20000 /dev/zero | tr '\0' a)"
expect 'a head over 16 KiB: 431' "$STATUS" 431

# ---------------------------------------------------------------- reset
TOKEN= request POST /__sim/reset
TOKEN= request GET /__sim/orders
expect 'reset clears the orders' "$(json '$d["count"]')" 0
TOKEN= request GET /__sim/stats
expect 'reset clears the counters' "$(json '$d["total"]')" 0
request GET /api/v1/business
expect 'reset clears the tokens' "$(json '$d["error"]["code"]')" invalid_token
login
request GET "/api/v1/products?updated_since=$(query_time "$CHANGED_AT")"
expect 'reset clears the changes' "$(json 'count($d["data"])')" 0
request GET /api/v1/products?page_size=1
expect 'the catalogue is the same after a reset' "$(json '$d["data"][0]')" "$FIRST_PRODUCT"

# ---------------------------------------------------------------- workers
WORKER=$(pgrep -P "$MAIN_PID" | head -n 1)
kill -KILL "$WORKER"
sleep 0.5
expect 'a worker that dies is replaced' "$(pgrep -P "$MAIN_PID" | wc -l)" 4
request GET /api/v1/business
expect 'the server answers after losing a worker' "$STATUS" 200

STATE_DIR=$(ls -d "${TMPDIR:-/tmp}/totalgest-simulator-$MAIN_PID-"* 2>/dev/null)
kill -TERM "$MAIN_PID"
wait "$MAIN_PID"
expect 'SIGTERM stops the server cleanly' "$?" 0
expect 'no worker is left' "$(pgrep -P "$MAIN_PID" | wc -l)" 0
expect_true 'the temporary state directory is removed' [ -n "$STATE_DIR" ] && [ ! -e "$STATE_DIR" ]

# ================================================================ determinism, state directory
start_simulator --products 10 --seed 3 --workers 1
request GET /__sim/health
login
request GET /api/v1/products?page_size=1
# (updated_at is the time this catalogue was made, so it differs)
expect 'the same seed makes the same catalogue' "$(json '$d["data"][0]["name"] . $d["data"][0]["price"] . $d["data"][0]["ean"]')" \
    "$(php -r '$p = json_decode($argv[1], true); echo $p["name"] . $p["price"] . $p["ean"];' "$FIRST_PRODUCT")"
kill -TERM "$SERVER_PID"
start_simulator --products 10 --seed 4 --workers 1 --state-dir "$WORK/state"
login
request GET /api/v1/products?page_size=1
expect_true 'another seed makes another catalogue' [ "$(json '$d["data"][0]')" != "$FIRST_PRODUCT" ]
request POST /api/v1/orders "$ORDER" -H 'Idempotency-Key: kept'
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
start_simulator --products 10 --seed 4 --workers 1 --state-dir "$WORK/state"
TOKEN= request GET /__sim/orders
expect 'a state directory keeps the state' "$(json '$d["count"]')" 1
kill -TERM "$SERVER_PID"

# ================================================================ TLS, and a large catalogue
php -r 'require $argv[1]; tg_sim_make_certificate($argv[2]);' "$ROOT/tests/simulator.inc" "$WORK"
start_simulator --products 1000000 --workers 2 --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem"
TOKEN= request GET /__sim/health
expect 'TLS: an untrusted certificate is refused' "$RC" 60
TOKEN= request GET /__sim/health '' --cacert "$WORK/cert.pem"
expect 'TLS: trusted with the CA file' "$STATUS" 200
TOKEN= request POST /api/v1/auth/token '{"business_id":"1001","owner_id":"7","username":"shop","password":"totalgest"}' --cacert "$WORK/cert.pem"
TOKEN=$(json '$d["token"]')
# The cursor is opaque to clients; the simulator's own test knows its form to jump to the middle.
MIDDLE=$(php -r 'echo rtrim(strtr(base64_encode(json_encode(["l" => "products", "p" => "b", "i" => 500000, "s" => 0])), "+/", "-_"), "=");')
request GET "/api/v1/products?page_size=1000&after=$MIDDLE" '' --cacert "$WORK/cert.pem"
expect 'a page in the middle of 1,000,000 products' "$STATUS $(json 'count($d["data"])') $(json '$d["data"][0]["id"]')" '200 1000 P0500001'
expect_true "a page of 1000 products is fast (${TIME}s over TLS)" php -r 'exit($argv[1] < 0.5 ? 0 : 1);' "$TIME"

kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
expect 'the servers reported no problem' "$(cat "$WORK"/server-*.err | grep -v 'starting another$')" ''

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
