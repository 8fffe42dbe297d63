--TEST--
Config validates every field, names each bad one, and normalizes the endpoint
--EXTENSIONS--
totalgest
--FILE--
<?php
use TotalGest\Config;
use TotalGest\ValidationException;

function attempt(callable $make): void
{
    try {
        $config = $make();
        echo "ok: {$config->endpoint}\n";
    } catch (ValidationException $e) {
        foreach ($e->errors() as $field => $message) {
            echo "  $field: $message\n";
        }
    }
}

attempt(fn () => new Config('1001', '7', 'tg00.bweb.ch', 'shop', 'pw'));
attempt(fn () => new Config('1001', '7', ' https://TG00.bweb.ch:8443/ ', 'shop', 'pw'));
attempt(fn () => new Config('1001', '7', 'http://localhost:8080', 'shop', 'pw'));
attempt(fn () => new Config('1001', '7', 'http://tg00.bweb.ch', 'shop', 'pw'));
attempt(fn () => new Config('1001', '7', 'http://127.0.0.2:8080', 'shop', 'pw'));
attempt(fn () => new Config('1001', '7', 'http://127.attacker.example', 'shop', 'pw'));
attempt(fn () => new Config('', "O\n7", 'ftp://x', '', '', ['timeout_ms' => 0, 'page_size' => '10', 'colour' => 'red']));
attempt(fn () => new Config('1001', '7', 'tg00.bweb.ch', str_repeat('u', 300), "p\0w"));
attempt(fn () => new Config('1001', '7', 'tg00.bweb.ch', "caf\xe8", 'pw', ['ca_file' => '/nonexistent/ca.pem']));
attempt(fn () => Config::fromArray(['business_id' => 1001, 'owner_id' => '7', 'endpoint' => 'tg00.bweb.ch',
    'username' => 'shop', 'password' => 'pw', 'options' => ['concurrency' => 8]]));
attempt(fn () => Config::fromArray(['business_id' => [], 'endpoint' => 'tg00.bweb.ch', 'extra' => 1]));

$config = new Config('1001', '7', 'tg00.bweb.ch', 'shop', 'pw', ['concurrency' => 8, 'timeout_ms' => 1500]);
$options = $config->options();
echo $options['concurrency'], ' ', $options['timeout_ms'], ' ', $options['page_size'], ' ', $options['max_attempts'], "\n";
try {
    $config->endpoint = 'https://elsewhere.example';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
ok: https://tg00.bweb.ch
ok: https://tg00.bweb.ch:8443
ok: http://localhost:8080
  endpoint: must use https: plain http is accepted only for local test servers
ok: http://127.0.0.2:8080
  endpoint: must use https: plain http is accepted only for local test servers
  business_id: is required
  owner_id: must be valid UTF-8 text without control characters
  endpoint: must use https
  username: is required
  password: is required
  options.timeout_ms: must be between 1 and 3600000
  options.page_size: must be an integer
  options.colour: is not a known option
  username: is longer than 255 bytes
  password: must be valid UTF-8 text without control characters
  username: must be valid UTF-8 text without control characters
  options.ca_file: is not a readable file
ok: https://tg00.bweb.ch
  extra: is not a known setting
  business_id: must be a string
8 1500 200 8
Error: Cannot modify readonly property TotalGest\Config::$endpoint
