--TEST--
Queue::enqueueOrder() and Client::exportOrder(): every bad field of a bad order is named in one ValidationException, and nothing is written or sent
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/queue.inc';
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
// Nothing listens there: a ConnectionException would mean the order was not checked first.
$client = new TotalGest\Client(new TotalGest\Config('1001', '7', 'http://127.0.0.1:9', 'shop', 'secret'));

function with_item(array $changes, int $line = 0): array
{
    $order = tg_q_order('B1');
    $order['items'][$line] = array_replace($order['items'][$line], $changes);
    return $order;
}

function with_billing(array $changes): array
{
    $order = tg_q_order('B1');
    $order['billing'] = array_replace($order['billing'], $changes);
    return $order;
}

$cases = [
    'missing fields' => ['id' => 'B1', 'items' => [['name' => 'Caffè']]],
    'id of the wrong type' => tg_q_order('B1', ['id' => 10.5]),
    'negative quantity' => with_item(['quantity' => -2]),
    'float quantity' => with_item(['quantity' => 2.0]),
    'quantity as a string' => with_item(['quantity' => '2']),
    'float money' => with_item(['unit_price' => 12.5]),
    'non-numeric money' => tg_q_order('B1', ['shipping_total' => '5,00', 'total' => 'EUR 35']),
    'totals that do not add up' => tg_q_order('B1', ['total' => '36.00']),
    'invalid UTF-8' => with_item(['name' => "Caff\xE8 in grani"]),
    'huge strings' => tg_q_order('B1', ['notes' => str_repeat('x', 5_000_000), 'number' => str_repeat('9', 65)]),
    'NUL bytes' => with_billing(['city' => "Mil\0ano"]),
    'control characters' => with_billing(['address' => "Via Roma 1\n"]),
    'unknown country, bad email, bad date' => tg_q_order('B1', [
        'billing' => ['country' => 'Italia'] + tg_q_order('B1')['billing'],
        'customer' => ['email' => 'mario.rossi'],
        'created_at' => '28/11/2026 10:15',
        'currency' => 'euro',
    ]),
    'no lines' => tg_q_order('B1', ['items' => []]),
    'an object inside' => tg_q_order('B1', ['created_at' => new DateTimeImmutable('2026-11-28T10:15:00+01:00')]),
];

foreach ($cases as $label => $order) {
    echo "$label:\n";
    try {
        $queue->enqueueOrder($order);
        echo "  queued\n";
    } catch (TotalGest\ValidationException $e) {
        echo '  ', $e->getMessage(), "\n";
        foreach ($e->errors() as $field => $message) {
            echo "  - $field: $message\n";
        }
    }
    try {
        $client->exportOrder($order);
    } catch (TotalGest\Exception $e) {
        echo '  exportOrder: ', get_class($e), "\n";
    }
}

echo json_encode($queue->stats()), "\n";
var_dump($queue->failed());
echo (new PDO('sqlite:' . $storePath))->query('SELECT COUNT(*) FROM orders')->fetchColumn(), " rows\n";
?>
--EXPECT--
missing fields:
  Invalid order: 8 fields are invalid (created_at: is required, ...)
  - created_at: is required
  - currency: is required
  - customer: is required
  - billing: is required
  - items.0.quantity: is required
  - items.0.unit_price: is required
  - items.0.vat_rate: is required
  - total: is required
  exportOrder: TotalGest\ValidationException
id of the wrong type:
  Invalid order: id: must be a string or an integer, not a float
  - id: must be a string or an integer, not a float
  exportOrder: TotalGest\ValidationException
negative quantity:
  Invalid order: items.0.quantity: must be a positive integer
  - items.0.quantity: must be a positive integer
  exportOrder: TotalGest\ValidationException
float quantity:
  Invalid order: items.0.quantity: must be an integer, not a float
  - items.0.quantity: must be an integer, not a float
  exportOrder: TotalGest\ValidationException
quantity as a string:
  Invalid order: items.0.quantity: must be an integer, not a string
  - items.0.quantity: must be an integer, not a string
  exportOrder: TotalGest\ValidationException
float money:
  Invalid order: items.0.unit_price: must be a decimal string such as "12.50", not a float: money and rates are never floats
  - items.0.unit_price: must be a decimal string such as "12.50", not a float: money and rates are never floats
  exportOrder: TotalGest\ValidationException
non-numeric money:
  Invalid order: 2 fields are invalid (shipping_total: must be a decimal string such as "12.50" (digits, a point, at most 6 decimals), ...)
  - shipping_total: must be a decimal string such as "12.50" (digits, a point, at most 6 decimals)
  - total: must be a decimal string such as "12.50" (digits, a point, at most 6 decimals)
  exportOrder: TotalGest\ValidationException
totals that do not add up:
  Invalid order: total: does not match the lines: items 30.00 + shipping 5.00 - discount 0.00 = 35.00, not 36.00
  - total: does not match the lines: items 30.00 + shipping 5.00 - discount 0.00 = 35.00, not 36.00
  exportOrder: TotalGest\ValidationException
invalid UTF-8:
  Invalid order: items.0.name: is not valid UTF-8
  - items.0.name: is not valid UTF-8
  exportOrder: TotalGest\ValidationException
huge strings:
  Invalid order: 2 fields are invalid (number: is too long (at most 64 characters), ...)
  - number: is too long (at most 64 characters)
  - notes: is too long (at most 2000 characters)
  exportOrder: TotalGest\ValidationException
NUL bytes:
  Invalid order: billing.city: contains a NUL byte
  - billing.city: contains a NUL byte
  exportOrder: TotalGest\ValidationException
control characters:
  Invalid order: billing.address: contains a control character
  - billing.address: contains a control character
  exportOrder: TotalGest\ValidationException
unknown country, bad email, bad date:
  Invalid order: 4 fields are invalid (created_at: is not an ISO 8601 time with offset such as "2026-11-28T10:15:00+01:00", ...)
  - created_at: is not an ISO 8601 time with offset such as "2026-11-28T10:15:00+01:00"
  - currency: is not an ISO 4217 currency code (3 letters such as "EUR")
  - customer.email: is not an email address
  - billing.country: is not an ISO 3166-1 alpha-2 country code such as "IT"
  exportOrder: TotalGest\ValidationException
no lines:
  Invalid order: items: must hold at least one line
  - items: must hold at least one line
  exportOrder: TotalGest\ValidationException
an object inside:
  Invalid order: created_at: must be a string, number, boolean, null or array, not DateTimeImmutable
  - created_at: must be a string, number, boolean, null or array, not DateTimeImmutable
  exportOrder: TotalGest\ValidationException
{"pending":0,"retrying":0,"running":0,"failed":0,"exported":0,"oldest_pending_age_s":0}
array(0) {
}
0 rows
