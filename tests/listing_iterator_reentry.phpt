--TEST--
ListingIterator: an error handler that calls rewind() or next() on the iterator that warned skips nothing and leaks nothing
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
// Two pages, each starting with an entry that breaks the contract (a warning) and one product.
$url = tg_web_start(<<<'ROUTER'
<?php
header('X-TotalGest-Api: 1');
header('Content-Type: application/json');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/api/v1/auth/token') {
    echo json_encode(['token' => 't', 'expires_in' => 3600, 'business' => ['id' => '1001']]);
    return;
}
$product = fn (string $id) => ['id' => $id, 'sku' => "S$id", 'ean' => null, 'name' => "N$id",
    'short_description' => null, 'description' => null, 'price' => '1.00', 'vat_rate' => '22', 'stock' => 1,
    'active' => true, 'updated_at' => '2026-01-01T00:00:00+00:00'];
if ($path === '/api/v1/products') {
    echo json_encode(($_GET['after'] ?? '') === 'p2'
        ? ['data' => [['id' => 'BAD2'], $product('B')], 'next' => null]
        : ['data' => [['id' => 'BAD1'], $product('A')], 'next' => 'p2']);
    return;
}
http_response_code(404);
echo json_encode(['error' => ['code' => 'not_found', 'message' => 'no such path']]);
ROUTER);
$client = new TotalGest\Client(new TotalGest\Config('1001', '7', $url, 'shop', 'pw'));

/** Lists with an error handler that calls $call on the iterator at the first warning only. */
function list_with(TotalGest\Client $client, string $call): void
{
    echo "$call() from the error handler:\n";
    $products = $client->products();
    $warnings = 0;
    set_error_handler(function (int $type, string $message) use ($products, $call, &$warnings): bool {
        // PHP runs no error handler inside another: a warning raised by $call is shown as such.
        echo '  warning: ', substr($message, strpos($message, 'entry')), "\n";
        if ($warnings++ === 0) {
            $products->$call();
        }
        return true;
    });
    foreach ($products as $key => $product) {
        echo "  $key {$product['external_id']}\n";
    }
    restore_error_handler();
}
list_with($client, 'rewind');
list_with($client, 'next');

echo "an error handler that throws:\n";
set_error_handler(function (int $type, string $message): never {
    throw new ErrorException($message, 0, $type);
});
try {
    foreach ($client->products() as $key => $product) {
        echo "  $key {$product['external_id']}\n";
    }
} catch (ErrorException $e) {
    echo '  ', get_class($e), ': ', substr($e->getMessage(), strpos($e->getMessage(), 'entry')), "\n";
}
restore_error_handler();
?>
--EXPECTF--
rewind() from the error handler:
  warning: entry that breaks the contract: the field sku is missing

Warning: TotalGest\ListingIterator::rewind(): Skipped a TotalGest product entry that breaks the contract: the field sku is missing in %s on line %d
  0 A
  warning: entry that breaks the contract: the field sku is missing
  1 B
next() from the error handler:
  warning: entry that breaks the contract: the field sku is missing

Warning: TotalGest\ListingIterator::next(): Skipped a TotalGest product entry that breaks the contract: the field sku is missing in %s on line %d
  1 B
an error handler that throws:
  ErrorException: entry that breaks the contract: the field sku is missing
