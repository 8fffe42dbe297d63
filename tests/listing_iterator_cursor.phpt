--TEST--
ListingIterator: a page whose next cursor is the one it was asked with ends the listing with a ProtocolException instead of looping forever
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
// The first page points to "p2", and "p2" points to itself: like the product sync, the listing
// stops at that page without using it.
$url = tg_web_start(<<<'ROUTER'
<?php
header('X-TotalGest-Api: 1');
header('Content-Type: application/json');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/api/v1/auth/token') {
    echo json_encode(['token' => 't', 'expires_in' => 3600, 'business' => ['id' => '1001']]);
    return;
}
$page = ($_GET['after'] ?? '') === 'p2' ? 2 : 1;
if ($path === '/api/v1/products') {
    echo json_encode(['data' => [['id' => "P$page", 'sku' => "S$page", 'ean' => null, 'name' => "N$page",
        'short_description' => null, 'description' => null, 'price' => '1.00', 'vat_rate' => '22', 'stock' => 1,
        'active' => true, 'updated_at' => '2026-01-01T00:00:00+00:00']], 'next' => 'p2']);
    return;
}
if ($path === '/api/v1/stock') {
    echo json_encode(['data' => [['product_id' => "P$page", 'sku' => "S$page", 'quantity' => $page,
        'updated_at' => '2026-01-01T00:00:00+00:00']], 'next' => 'p2']);
    return;
}
http_response_code(404);
echo json_encode(['error' => ['code' => 'not_found', 'message' => 'no such path']]);
ROUTER);
$client = new TotalGest\Client(new TotalGest\Config('1001', '7', $url, 'shop', 'pw'));

foreach (['products', 'stock'] as $listing) {
    echo "$listing:\n";
    $iterator = $client->$listing();
    $seen = 0;
    try {
        foreach ($iterator as $key => $entry) {
            echo "  $key {$entry['external_id']}\n";
            if (++$seen > 5) {
                echo "  still listing: the listing does not end\n";
                break;
            }
        }
        echo "  ended without an exception\n";
    } catch (TotalGest\ProtocolException $e) {
        echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    echo '  then valid(): ', var_export($iterator->valid(), true), "\n";
}
?>
--EXPECT--
products:
  0 P1
  TotalGest\ProtocolException: TotalGest answered a page with the cursor it was asked for: the listing does not advance
  then valid(): false
stock:
  0 P1
  TotalGest\ProtocolException: TotalGest answered a page with the cursor it was asked for: the listing does not advance
  then valid(): false
