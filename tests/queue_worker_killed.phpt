--TEST--
Queue::process(): a worker killed with SIGKILL mid-batch; once its lease ends its orders are recovered, and every order reaches TotalGest exactly once
--EXTENSIONS--
totalgest
pdo_sqlite
--CONFLICTS--
heavy
--FILE--
<?php
require __DIR__ . '/queue.inc';
const ORDERS = 300;
$sim = tg_sim_start();
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
for ($i = 1; $i <= ORDERS; $i++) {
    $queue->enqueueOrder(tg_q_order("K$i"));
}
// Every answer comes 0.3 s after TotalGest made the order: the worker is always mid-send.
tg_q_fault($sim, ['kind' => 'latency', 'ms' => 300]);

// A lease of 1 s is raised to what one request may take: 0.5 + 1.0 s of timeouts + 1 s.
$ini = ['totalgest.lease_seconds' => 1];
$worker = tg_q_start_worker(<<<'PHP'
    $queue = new TotalGest\Queue(new TotalGest\Store($storePath));
    $queue->process(tg_q_client($sim, ['timeout_ms' => 1000, 'connect_timeout_ms' => 500]), 1000, 60.0);
    echo "the worker was not killed\n";
    PHP, ['sim' => tg_q_sim_context($sim), 'storePath' => $storePath], $ini);
while (count(tg_q_received($sim)) < 20) {
    usleep(50_000);
}
proc_terminate($worker['process'], 9);
$status = tg_q_wait_worker($worker);
$killedAt = microtime(true);
echo 'killed by SIGKILL: ', var_export($status['signaled'] && $status['termsig'] === 9, true), "\n";
tg_q_clear_faults($sim);

$running = tg_q_rows($storePath, "state = 'running'");
echo 'left running by the dead worker: ', count($running) > 0 ? 'some' : 'none', "\n";

ini_set('totalgest.lease_seconds', '1');
$client = tg_q_client($sim, ['timeout_ms' => 1000, 'connect_timeout_ms' => 500]);
$report = $queue->process($client, 1000, 60.0);
echo 'right after the kill: ', $report->failed, ' failed, the dead worker\'s orders still leased: ',
    $queue->stats()['running'] === count($running) ? 'yes' : 'no', "\n";

// The dead worker's lease runs for at most 2.5 s after its last renewal.
time_sleep_until($killedAt + 2.6);
$report = $queue->process($client, 1000, 60.0);
$counts = $report->toArray()['counts'];
echo 'after the lease: ', $report->succeeded === count($running) ? 'all of them' : "$report->succeeded of " . count($running),
    ' exported, ', $report->failed, ' failed; looked up and found in TotalGest: ',
    $counts['recovered'] > 0 ? 'some' : 'none', "\n";

$received = tg_q_received($sim);
echo 'TotalGest orders: ', array_sum($received), ', shop orders: ', count($received), ', most for one shop order: ', max($received), "\n";
tg_q_show_stats($queue);
?>
--EXPECT--
killed by SIGKILL: true
left running by the dead worker: some
right after the kill: 0 failed, the dead worker's orders still leased: yes
after the lease: all of them exported, 0 failed; looked up and found in TotalGest: some
TotalGest orders: 300, shop orders: 300, most for one shop order: 1
pending=0 retrying=0 running=0 failed=0 exported=300, oldest pending below a minute: yes
