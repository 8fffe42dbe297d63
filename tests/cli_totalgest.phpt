--TEST--
bin/totalgest: every command against the simulator, and each documented exit code
--EXTENSIONS--
totalgest
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../bin/totalgest')) die("skip bin/totalgest is not in this tree (not part of the PECL package)"); ?>
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start(['products' => 7]);
$store = tg_q_store_path();
$environment = [
    'TOTALGEST_BUSINESS_ID' => $sim['business'], 'TOTALGEST_OWNER_ID' => $sim['owner'],
    'TOTALGEST_ENDPOINT' => $sim['url'], 'TOTALGEST_USERNAME' => $sim['username'],
    'TOTALGEST_PASSWORD' => $sim['password'], 'TOTALGEST_STORE' => $store,
];

/** Runs bin/totalgest with the loaded extension; prints the exit code, then stdout and stderr as given. */
function totalgest(array $arguments, array $environment, ?callable $showStdout = null, string $stdin = ''): void
{
    $command = [PHP_BINARY, '-n', '-d', 'extension=' . tg_q_extension_path(), __DIR__ . '/../bin/totalgest', ...$arguments];
    $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment);
    fwrite($pipes[0], $stdin);
    fclose($pipes[0]);
    $stdout = stream_get_contents($pipes[1]);
    $stderr = stream_get_contents($pipes[2]);
    $code = proc_close($process);
    echo '$ totalgest ', implode(' ', $arguments), "  -> $code\n";
    echo $showStdout === null ? $stdout : $showStdout($stdout);
    echo $stderr === '' ? '' : 'stderr: ' . $stderr;
}

/** The same with stdout closed before the command writes: a reader that went away. */
function totalgest_without_reader(array $arguments, array $environment): void
{
    $command = [PHP_BINARY, '-n', '-d', 'extension=' . tg_q_extension_path(), __DIR__ . '/../bin/totalgest', ...$arguments];
    $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment);
    fclose($pipes[0]);
    fclose($pipes[1]);
    $stderr = stream_get_contents($pipes[2]);
    $code = proc_close($process);
    echo '$ totalgest ', implode(' ', $arguments), " >&-  -> $code\n", 'stderr: ', $stderr;
}

$orders = tempnam(sys_get_temp_dir(), 'tg-cli-orders-');
file_put_contents($orders, json_encode([tg_q_order('C1'), tg_q_refused_order('C2'), tg_q_order('C3', ['total' => '1.00'])]));
$config = tempnam(sys_get_temp_dir(), 'tg-cli-config-') . '.json';
file_put_contents($config, json_encode(['business_id' => $sim['business'], 'owner_id' => $sim['owner'],
    'endpoint' => $sim['url'], 'username' => $sim['username'], 'colour' => 'blue']));
chmod($config, 0600);
$iniConfig = tempnam(sys_get_temp_dir(), 'tg-cli-config-');
file_put_contents($iniConfig, "business_id = 1001\noptions = 5000\n");
chmod($iniConfig, 0600);
$notTotalGest = tg_web_start('<?php header("Content-Type: application/json"); echo "{\"status\": \"ok\"}";');
register_shutdown_function(function () use ($orders, $config, $iniConfig): void {
    @unlink($orders);
    @unlink($config);
    @unlink($iniConfig);
});

totalgest(['--help'], $environment, fn (string $out): string => strtok($out, "\n") . "\n");
totalgest([], $environment);
totalgest(['verify'], $environment);
totalgest(['verify', '--json'], $environment, fn (string $out): string => json_decode($out, true)['business']['name'] . "\n");
totalgest(['verify'], ['TOTALGEST_PASSWORD' => 'wrong'] + $environment);
totalgest(['verify'], ['TOTALGEST_ENDPOINT' => 'http://127.0.0.1:' . tg_free_port()] + $environment,
    fn (string $out): string => $out);
totalgest(['verify'], ['TOTALGEST_ENDPOINT' => $notTotalGest] + $environment);
totalgest(['verify'], ['TOTALGEST_ENDPOINT' => 'http://shop.example.com'] + $environment);
totalgest(['verify', '--config', $config], ['TOTALGEST_BUSINESS_ID' => ''] + $environment);
totalgest(['verify'], []);
totalgest(['verify', '--config', $iniConfig], $environment);
totalgest(['sync'], $environment, fn (string $out): string => substr_count($out, "\n") . " NDJSON lines, first: "
    . json_decode(strtok($out, "\n"), true)['external_id'] . "\n");
totalgest(['sync'], $environment, fn (string $out): string => substr_count($out, "\n") . " NDJSON lines\n");
// Products nobody received do not count as synced: the next sync sends them again.
$syncStore = tg_q_store_path();
totalgest_without_reader(['sync', '--store', $syncStore], $environment);
totalgest(['sync', '--store', $syncStore], $environment, fn (string $out): string => substr_count($out, "\n") . " NDJSON lines\n");
totalgest(['sync', 'full'], $environment);
totalgest(['export', $orders], $environment);
totalgest(['stats'], $environment);
totalgest(['retry', 'C2', 'nope'], $environment);
totalgest(['process', '--limit', '10', '--time', '5'], $environment);
totalgest(['retry', '--all', '--json'], $environment);
totalgest(['retry', ''], $environment);
totalgest(['export', '-'], $environment, null, "{\"id\": 1\n");
totalgest(['process', '--limit', '0'], $environment);
totalgest(['stats', '--full'], $environment);
totalgest(['frobnicate'], $environment);
?>
--EXPECTF--
$ totalgest --help  -> 0
Usage: totalgest COMMAND [OPTIONS] [ARGUMENTS]
$ totalgest   -> 2
stderr: totalgest: no command given
Run "totalgest --help" for the commands and options.
$ totalgest verify  -> 0
OK: Negozio Demo SA (business 1001, owner 7, CHF, CH), answered in %d ms
$ totalgest verify --json  -> 0
Negozio Demo SA
$ totalgest verify  -> 5
stderr: totalgest: TotalGest refused the username or password of user "shop"
$ totalgest verify  -> 4
stderr: totalgest: %s
$ totalgest verify  -> 6
stderr: totalgest: %s
$ totalgest verify  -> 3
stderr: totalgest: Invalid TotalGest settings: endpoint: must use https: plain http is accepted only for local test servers
$ totalgest verify --config %s  -> 3
stderr: totalgest: %s: unknown setting colour (known: business_id, owner_id, endpoint, username, password, options)
$ totalgest verify  -> 3
stderr: totalgest: no settings: pass --config FILE or set TOTALGEST_BUSINESS_ID, TOTALGEST_OWNER_ID, TOTALGEST_ENDPOINT, TOTALGEST_USERNAME and TOTALGEST_PASSWORD
$ totalgest verify --config %s  -> 3
stderr: totalgest: %s: options must be an [options] section, not a single value
$ totalgest sync  -> 0
7 NDJSON lines, first: P0000001
stderr: sync: 7 imported (7 new, 0 changed), 0 unchanged, 0 failed
$ totalgest sync  -> 0
0 NDJSON lines
stderr: sync: 0 imported (0 new, 0 changed), 7 unchanged, 0 failed
$ totalgest sync --store %s >&-  -> 1
stderr: sync: 0 imported (0 new, 0 changed), 0 unchanged, 7 failed: P0000001 cannot write the product to stdout; %s
$ totalgest sync --store %s  -> 0
7 NDJSON lines
stderr: sync: 7 imported (7 new, 0 changed), %d unchanged, 0 failed
$ totalgest sync full  -> 2
stderr: totalgest: sync takes no arguments, not "full"
Run "totalgest --help" for the commands and options.
$ totalgest export %s  -> 1
1 succeeded, 2 failed
  C2: VAT number rejected (order_rejected)
  C3: Invalid order: total: does not match the lines: %s (invalid_order)
$ totalgest stats  -> 0
pending               0
retrying              0
running               0
failed                1
exported              1
oldest_pending_age_s  0
$ totalgest retry C2 nope  -> 1
1 order(s) queued again
stderr: retry: some of the orders were not failed or not in the queue
$ totalgest process --limit 10 --time 5  -> 1
0 succeeded, 1 failed
  C2: VAT number rejected (order_rejected)
$ totalgest retry --all --json  -> 0
{
    "retried": 1
}
$ totalgest retry   -> 2
stderr: totalgest: retry: an order id cannot be empty
Run "totalgest --help" for the commands and options.
$ totalgest export -  -> 2
stderr: totalgest: export: - line 1 is not JSON: Syntax error
Run "totalgest --help" for the commands and options.
$ totalgest process --limit 0  -> 2
stderr: totalgest: --limit must be a whole number of at least 1, not "0"
Run "totalgest --help" for the commands and options.
$ totalgest stats --full  -> 2
stderr: totalgest: stats does not take --full
Run "totalgest --help" for the commands and options.
$ totalgest frobnicate  -> 2
stderr: totalgest: unknown command "frobnicate"
Run "totalgest --help" for the commands and options.
