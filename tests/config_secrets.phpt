--TEST--
The password never appears in dumps, JSON, serialization, exceptions, traces or phpinfo
--INI--
zend.exception_ignore_args=0
--EXTENSIONS--
totalgest
--FILE--
<?php
$secret = 'S3cr3t-Pa55-' . bin2hex(random_bytes(4));
$config = new TotalGest\Config('1001', '7', 'http://127.0.0.1:1', 'shop', $secret, ['connect_timeout_ms' => 500]);
$fromArray = TotalGest\Config::fromArray(['business_id' => '1001', 'owner_id' => '7', 'endpoint' => 'tg00.bweb.ch',
    'username' => 'shop', 'password' => $secret]);

$outputs = [];
ob_start();
var_dump($config, $fromArray);
print_r($config);
var_export($config);
debug_zval_dump($config);
phpinfo();
$outputs['dumps'] = ob_get_clean();
$outputs['json'] = json_encode([$config, $fromArray]);
$outputs['array cast'] = print_r((array) $config, true) . print_r(get_object_vars($config), true);
try {
    serialize($config);
} catch (Exception $e) {
    $outputs['serialize'] = $e->getMessage();
}

try {
    (new TotalGest\Client($config))->verifyCredentials();
} catch (TotalGest\Exception $e) {
    $outputs['exception'] = $e->getMessage() . $e->getTraceAsString() . $e;
}
try {
    new TotalGest\Config('', '7', 'tg00.bweb.ch', 'shop', $secret);
} catch (TotalGest\ValidationException $e) {
    $outputs['validation'] = $e . print_r($e->errors(), true);
}
try {
    TotalGest\Config::fromArray(['business_id' => '', 'password' => $secret]);
} catch (TotalGest\ValidationException $e) {
    $outputs['fromArray trace'] = $e->getTraceAsString();
}

foreach ($outputs as $name => $text) {
    printf("%s: %s\n", $name, str_contains($text, $secret) ? 'LEAKS THE PASSWORD' : 'clean');
}
echo str_contains($outputs['validation'], 'Object(SensitiveParameterValue)') ? "constructor trace redacted\n" : "constructor trace not redacted\n";
echo str_contains($outputs['fromArray trace'], 'Object(SensitiveParameterValue)') ? "fromArray trace redacted\n" : "fromArray trace not redacted\n";
?>
--EXPECT--
dumps: clean
json: clean
array cast: clean
serialize: clean
exception: clean
validation: clean
fromArray trace: clean
constructor trace redacted
fromArray trace redacted
