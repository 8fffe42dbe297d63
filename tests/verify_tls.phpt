--TEST--
verifyCredentials over TLS: an untrusted certificate is refused; the ca_file option trusts a private CA
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$sim = tg_sim_start(['tls' => true]);
echo substr($sim['url'], 0, 8), "\n";

$untrusted = new TotalGest\Config($sim['business'], $sim['owner'], $sim['url'], $sim['username'], $sim['password']);
tg_show_failure(fn () => (new TotalGest\Client($untrusted))->verifyCredentials());

$result = (new TotalGest\Client(tg_config_for($sim)))->verifyCredentials();
echo 'trusted with ca_file: ', $result['business']['id'], "\n";

ini_set('totalgest.ca_file', $sim['ca_file']);
$fromIni = new TotalGest\Config($sim['business'], $sim['owner'], $sim['url'], $sim['username'], $sim['password']);
echo 'trusted with totalgest.ca_file: ', (new TotalGest\Client($fromIni))->verifyCredentials()['business']['id'], "\n";
?>
--EXPECTF--
https://
TotalGest\ConnectionException: The secure (TLS) connection to the TotalGest host failed: its certificate is not trusted or TLS is broken (%s)
trusted with ca_file: 1001
trusted with totalgest.ca_file: 1001
