--TEST--
Client: the login body (with the password) is wiped after use: copies do not pile up with logins
--EXTENSIONS--
totalgest
--SKIPIF--
<?php if (!is_readable('/proc/self/mem')) die('skip needs /proc/self/mem (Linux)'); ?>
--FILE--
<?php
require __DIR__ . '/web_server.inc';

/** How often $needle occurs in this process's malloc heap. */
function heap_copies(string $needle): int
{
    $copies = 0;
    $memory = fopen('/proc/self/mem', 'rb');
    foreach (file('/proc/self/maps') as $line) {
        if (!str_contains($line, '[heap]')) {
            continue;
        }
        [$start, $end] = array_map('hexdec', explode('-', explode(' ', $line)[0]));
        fseek($memory, $start);
        $heap = '';
        while (strlen($heap) < $end - $start && ($chunk = fread($memory, min(1 << 20, $end - $start - strlen($heap)))) !== false && $chunk !== '') {
            $heap .= $chunk;
        }
        $copies += substr_count($heap, $needle);
    }
    return $copies;
}

$sim = tg_sim_start();
// The login body is JSON only the C core writes. The extension wipes its own copies; libcurl reads
// the body into its handle's upload buffer, which keeps the last one until the next request
// body overwrites it. So what is checked is that nothing piles up: after twenty-two logins, two
// copies at most (the upload buffer, and one being written over).
$loginBody = '"password":"' . $sim['password'];
$client = new TotalGest\Client(tg_config_for($sim));
$client->verifyCredentials();
$client->verifyCredentials();
$afterTwo = heap_copies($loginBody);
for ($i = 0; $i < 20; $i++) {
    $client->verifyCredentials();
}
$afterTwentyTwo = heap_copies($loginBody);
echo $afterTwentyTwo <= 2 ? "no copies piled up\n"
    : "copies piled up: $afterTwo after two logins, $afterTwentyTwo after twenty more\n";
?>
--EXPECT--
no copies piled up
