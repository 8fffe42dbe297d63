--TEST--
Client: a token with a short lifetime is used, not renewed before every call, and never sent empty
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$sim = tg_sim_start(['token_ttl' => 20, 'products' => 250]);
$client = new TotalGest\Client(tg_config_for($sim, [], ['page_size' => 100]));
echo $client->verifyCredentials()['business']['id'], "\n";
tg_sim_control($sim, 'POST', '/__sim/stats/reset');
echo count(iterator_to_array($client->products(), false)), " products\n";
$requests = tg_sim_control($sim, 'GET', '/__sim/stats')['requests'];
ksort($requests);
echo json_encode($requests, JSON_UNESCAPED_SLASHES), "\n";

// An expired token is replaced by one login, and the listing goes on.
tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => 'expire_tokens', 'path' => '/api/v1/products', 'count' => 1]]]);
tg_sim_control($sim, 'POST', '/__sim/stats/reset');
echo count(iterator_to_array($client->products(), false)), " products after the token expired\n";
$requests = tg_sim_control($sim, 'GET', '/__sim/stats')['requests'];
ksort($requests);
echo json_encode($requests, JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
1001
250 products
{"GET /api/v1/products":3}
250 products after the token expired
{"GET /api/v1/products":4,"POST /api/v1/auth/token":1}
