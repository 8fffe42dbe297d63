--TEST--
Client: a TotalGest answer that echoes the password or the token never carries them into a message
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
// A server that quotes back what it was sent: the login body on /auth/token, the header elsewhere.
$fake = tg_web_start(<<<'PHP'
<?php
header('X-TotalGest-Api: 1');
header('Content-Type: application/json');
$body = json_decode(file_get_contents('php://input'), true) ?? [];
if ($_SERVER['REQUEST_URI'] === '/api/v1/auth/token' && ($body['username'] ?? '') === 'echo') {
    http_response_code(503);
    echo json_encode(['error' => ['code' => 'busy', 'message' => 'cannot log in with password=' . $body['password']]]);
    return;
}
if ($_SERVER['REQUEST_URI'] === '/api/v1/auth/token' && ($body['username'] ?? '') === 'bad-request') {
    http_response_code(400);
    echo json_encode(['error' => ['code' => 'bad_request', 'message' => 'username format not accepted']]);
    return;
}
if ($_SERVER['REQUEST_URI'] === '/api/v1/auth/token') {
    echo json_encode(['token' => 'tok-' . str_repeat('x', 20), 'expires_in' => 3600, 'business' => ['id' => '1001']]);
    return;
}
http_response_code(422);
echo json_encode(['error' => ['code' => 'order_rejected', 'message' => 'bad header ' . $_SERVER['HTTP_AUTHORIZATION']]]);
PHP);
$password = 'Secret-' . bin2hex(random_bytes(4));
try {
    (new TotalGest\Client(new TotalGest\Config('1001', '7', $fake, 'echo', $password)))->verifyCredentials();
} catch (TotalGest\Exception $e) {
    echo get_class($e), ': ', str_replace($password, 'THE PASSWORD', $e->getMessage()), "\n";
}
try {
    (new TotalGest\Client(new TotalGest\Config('1001', '7', $fake, 'bad-request', $password)))->verifyCredentials();
} catch (TotalGest\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new TotalGest\Client(new TotalGest\Config('1001', '7', $fake, 'shop', $password)))->findOrder('1');
} catch (TotalGest\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
TotalGest\ConnectionException: TotalGest is unavailable (HTTP 503): cannot log in with password=[redacted]
TotalGest\Exception: username format not accepted
TotalGest\Exception: bad header Bearer [redacted]
