--TEST--
verifyCredentials names the network problem: closed port, unknown host, timeout, dropped connection
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$closed = tg_free_port();
tg_show_failure(fn () => (new TotalGest\Client(new TotalGest\Config('1001', '7', "http://127.0.0.1:$closed", 'shop', 'pw')))->verifyCredentials());
tg_show_failure(fn () => (new TotalGest\Client(new TotalGest\Config('1001', '7', 'tg-nonexistent.invalid', 'shop', 'pw')))->verifyCredentials());

$sim = tg_sim_start();
tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => 'hang', 'seconds' => 5, 'count' => 1]]]);
$started = microtime(true);
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim, [], ['timeout_ms' => 400])))->verifyCredentials());
echo microtime(true) - $started < 3 ? "gave up in time\n" : "waited too long\n";
tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => 'drop', 'count' => 1]]]);
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim)))->verifyCredentials());
tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => 'status', 'status' => 503, 'count' => 1]]]);
tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim)))->verifyCredentials());
?>
--EXPECTF--
TotalGest\ConnectionException: Could not connect to the TotalGest host: the connection was refused or the host is unreachable (%s)
TotalGest\ConnectionException: The TotalGest host was not found (DNS): check the API endpoint (%s)
TotalGest\ConnectionException: TotalGest did not answer in time (%s)
gave up in time
TotalGest\ConnectionException: The connection to TotalGest was dropped without an answer (%s)
TotalGest\ConnectionException: TotalGest is unavailable (HTTP 503)%A
