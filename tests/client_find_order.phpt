--TEST--
Client::findOrder: only an order made for this shop order counts, whatever else a search returns
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$fake = tg_web_start(<<<'PHP'
<?php
header('X-TotalGest-Api: 1');
header('Content-Type: application/json');
if (str_starts_with($_SERVER['REQUEST_URI'], '/api/v1/auth/token')) {
    echo json_encode(['token' => 't', 'expires_in' => 3600, 'business' => ['id' => '1001']]);
    return;
}
// A search that matches loosely: other orders come first, or only other orders.
$ref = $_GET['external_ref'] ?? '';
$others = [['id' => 'O-9', 'number' => '2025-000999', 'external_ref' => $ref . '0']];
$mine = $ref === 'N1' ? [['id' => 'O-1', 'number' => '2026-000001', 'external_ref' => 'N1']] : [];
echo json_encode(['data' => array_merge($others, $mine)]);
PHP);
$client = new TotalGest\Client(new TotalGest\Config('1001', '7', $fake, 'shop', 'pw'));
var_dump($client->findOrder('N1'));
var_dump($client->findOrder('N2'));
?>
--EXPECT--
array(2) {
  ["id"]=>
  string(3) "O-1"
  ["number"]=>
  string(11) "2026-000001"
}
NULL
