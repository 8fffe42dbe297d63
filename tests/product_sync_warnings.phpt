--TEST--
ProductSync: a product with an invalid EAN or invalid UTF-8 is imported with a warning; an entry that breaks the contract fails alone
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
// A TotalGest with a few hand-made entries.
$url = tg_web_start(<<<'ROUTER'
    <?php
    header('X-TotalGest-Api: 1');
    header('Content-Type: application/json; charset=utf-8');
    $product = fn (string $id, array $fields) => $fields + ['id' => $id, 'sku' => "SKU-$id", 'ean' => null,
        'name' => "Product $id", 'short_description' => null, 'description' => null, 'price' => '12.50',
        'vat_rate' => '8.1', 'stock' => 5, 'active' => true, 'updated_at' => '2026-11-28T09:15:00+00:00'];
    $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
    if ($path === '/api/v1/auth/token') {
        echo json_encode(['token' => 'abc', 'expires_in' => 3600, 'business' => ['id' => '1', 'owner_id' => '1', 'name' => 'Test']]);
    } elseif ($path === '/api/v1/products') {
        $data = [
            $product('P1', ['ean' => '4006381333931']),
            $product('P2', ['ean' => '4006381333932']),
            $product('P3', ['name' => "Caff\xE8 in grani"]),
            $product('P4', ['price' => 12.5]),
        ];
        // json_encode refuses invalid UTF-8: the raw byte goes in afterwards, as a broken server would send it.
        echo str_replace("Caff\u{FFFD}", "Caff\xE8", json_encode(['data' => $data, 'next' => null], JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE));
    } elseif ($path === '/api/v1/stock') {
        echo json_encode(['data' => [
            ['product_id' => 'P1', 'sku' => 'SKU-P1', 'quantity' => 5, 'updated_at' => '2026-11-28T09:15:00+00:00'],
            ['product_id' => 'P9', 'sku' => 'SKU-P9', 'quantity' => 1, 'updated_at' => '2026-11-28T09:15:00+00:00'],
            ['product_id' => 'P2', 'sku' => 'SKU-P2', 'quantity' => 'many', 'updated_at' => '2026-11-28T09:15:00+00:00'],
        ], 'next' => null]);
    } else {
        http_response_code(404);
        echo json_encode(['error' => ['code' => 'not_found', 'message' => 'no route']]);
    }
    ROUTER);
$storePath = tg_ps_store_path();
$sim = ['url' => $url, 'business' => '1', 'owner' => '1', 'username' => 'shop', 'password' => 'secret'];
$sync = new TotalGest\ProductSync(tg_ps_client($sim), new TotalGest\Store($storePath));
$shop = new TgTestShop();

$report = $sync->run($shop->upsert());
echo tg_ps_counts($report), "\n";
foreach ($report->errors() as $error) {
    echo "error: {$error['id']} {$error['code']}: {$error['message']}\n";
}
var_dump($shop->products['P1']['ean'], $shop->products['P2']['ean'], $shop->products['P3']['name']);
foreach (tg_ps_query($storePath, 'SELECT external_id, state, message FROM products ORDER BY 1') as $row) {
    echo implode(' | ', array_map(fn ($v) => $v ?? '-', $row)), "\n";
}
$report = $sync->run($shop->upsert());
echo 'again: ', tg_ps_counts($report), ', ', count($shop->takeCalls()) - 3, " more upserts\n";
echo tg_ps_query($storePath, "SELECT message FROM products WHERE external_id = 'P2'")[0]['message'], "\n";
?>
--EXPECT--
created=3 failed=2 pages=2 stock_unknown=1 warnings=2
error: P4 invalid_product: the field price is not a valid decimal string
error: P2 invalid_stock_entry: stock entry: the field quantity is not an integer
string(13) "4006381333931"
NULL
string(16) "Caff� in grani"
P1 | synced | -
P2 | synced | EAN "4006381333932" has an invalid check digit; imported without EAN
P3 | synced | name had 1 invalid UTF-8 byte(s), replaced by U+FFFD
P4 | error | the field price is not a valid decimal string
again: failed=2 pages=2 stock_unknown=1 unchanged=3, 0 more upserts
EAN "4006381333932" has an invalid check digit; imported without EAN
