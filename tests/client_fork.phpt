--TEST--
Client: the token and connections are kept across calls of a process, never shared with a forked child
--EXTENSIONS--
totalgest
pcntl
--FILE--
<?php
require __DIR__ . '/web_server.inc';
$sim = tg_sim_start(['products' => 50]);
$client = new TotalGest\Client(tg_config_for($sim, [], ['page_size' => 50]));
$logins = fn () => tg_sim_control($sim, 'GET', '/__sim/stats')['requests']['POST /api/v1/auth/token'] ?? 0;

iterator_to_array($client->products(), false);
iterator_to_array($client->products(), false);
// Another Client with the same settings, as the next request of an FPM worker makes it: same session.
iterator_to_array((new TotalGest\Client(tg_config_for($sim, [], ['page_size' => 50])))->stock(), false);
echo 'logins in this process: ', $logins(), "\n";

$pid = pcntl_fork();
if ($pid === 0) {
    // The child's first call logs in on connections of its own.
    exit(count(iterator_to_array($client->products(), false)) === 50 ? 0 : 1);
}
pcntl_waitpid($pid, $status);
echo 'child listed the products: ', pcntl_wexitstatus($status) === 0 ? 'yes' : 'no', "\n";
echo 'logins after the child: ', $logins(), "\n";
// The parent's session (token and open connection) still works after the child has exited.
echo 'parent still lists: ', count(iterator_to_array($client->products(), false)), "\n";
echo 'logins at the end: ', $logins(), "\n";
?>
--EXPECT--
logins in this process: 1
child listed the products: yes
logins after the child: 2
parent still lists: 50
logins at the end: 2
