--TEST--
verifyCredentials against the simulator: success, wrong password, unknown business, unknown owner
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$sim = tg_sim_start(['business' => '1001', 'owner' => '7', 'username' => 'shop', 'password' => 'right-password']);

$result = (new TotalGest\Client(tg_config_for($sim)))->verifyCredentials();
echo $result['business']['id'], ' ', $result['business']['owner_id'], ' ', is_float($result['latency_ms']) ? 'latency measured' : 'no latency', "\n";

tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim, ['password' => 'wrong'])))->verifyCredentials());
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim, ['username' => 'nobody'])))->verifyCredentials());
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim, ['business' => '9999'])))->verifyCredentials());
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim, ['owner' => '8'])))->verifyCredentials());
?>
--EXPECT--
1001 7 latency measured
TotalGest\AuthenticationException: TotalGest refused the username or password of user "shop"
TotalGest\AuthenticationException: TotalGest refused the username or password of user "nobody"
TotalGest\AuthenticationException: TotalGest does not know the business id (ID Negocio) "9999"
TotalGest\AuthenticationException: The owner id (ID Owner) "8" does not belong to business "1001"
