--TEST--
verifyCredentials recognizes a server that answers but is not TotalGest
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$html = tg_web_start('<?php header("Content-Type: text/html"); echo "<html><body>Welcome to nginx!</body></html>";');
tg_show_failure(fn () => (new TotalGest\Client(new TotalGest\Config('1001', '7', $html, 'shop', 'pw')))->verifyCredentials());

$otherJson = tg_web_start('<?php header("Content-Type: application/json"); echo json_encode(["status" => "ok", "items" => []]);');
tg_show_failure(fn () => (new TotalGest\Client(new TotalGest\Config('1001', '7', $otherJson, 'shop', 'pw')))->verifyCredentials());

$redirect = tg_web_start('<?php header("Location: https://login.example.com/"); http_response_code(302);');
tg_show_failure(fn () => (new TotalGest\Client(new TotalGest\Config('1001', '7', $redirect, 'shop', 'pw')))->verifyCredentials());

$sim = tg_sim_start();
foreach (['malformed', 'truncated', 'wrong_content_type', 'not_totalgest'] as $kind) {
    tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [['kind' => $kind, 'count' => 1]]]);
    echo "$kind: ";
    tg_show_failure(fn () => (new TotalGest\Client(tg_config_for($sim)))->verifyCredentials());
}
?>
--EXPECTF--
TotalGest\ProtocolException: The server at http://127.0.0.1:%d answered (HTTP 200, text/html%S), but it is not a TotalGest API: check the API endpoint
TotalGest\ProtocolException: The server at http://127.0.0.1:%d answered (HTTP 200, application/json), but it is not a TotalGest API: check the API endpoint
TotalGest\ProtocolException: The endpoint http://127.0.0.1:%d redirects to https://login.example.com/: enter the final address as the API endpoint
malformed: TotalGest\ProtocolException: The answer is not %s JSON%A
truncated: TotalGest\ConnectionException: The connection closed before the whole answer arrived (%s)
wrong_content_type: TotalGest\ProtocolException: The server at http://127.0.0.1:%d answered (HTTP 200, text/html%S), but it is not a TotalGest API: check the API endpoint
not_totalgest: TotalGest\ProtocolException: The server at http://127.0.0.1:%d answered (HTTP 200, application/json%S), but it is not a TotalGest API: check the API endpoint
