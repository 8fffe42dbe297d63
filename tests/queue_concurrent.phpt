--TEST--
Queue::process(): 2,000 orders drained by 4 worker processes at once reach TotalGest exactly once each
--EXTENSIONS--
totalgest
--CONFLICTS--
heavy
--FILE--
<?php
require __DIR__ . '/queue.inc';
const ORDERS = 2000;
const WORKERS = 4;
$sim = tg_sim_start();
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
for ($i = 1; $i <= ORDERS; $i++) {
    $queue->enqueueOrder(tg_q_order("C$i"));
}
tg_q_show_stats($queue);

// Each worker drains in runs of at most 100 orders, as a cron tick would, until nothing is due.
$code = <<<'PHP'
    $queue = new TotalGest\Queue(new TotalGest\Store($storePath));
    $client = tg_q_client($sim, ['concurrency' => 4]);
    time_sleep_until($start);
    $exported = $failed = 0;
    do {
        $report = $queue->process($client, 100, 25.0);
        $exported += $report->succeeded;
        $failed += $report->failed;
    } while (count($report) > 0);
    echo "$exported $failed";
    PHP;
$start = microtime(true) + 0.5;
$workers = [];
for ($w = 0; $w < WORKERS; $w++) {
    $workers[] = tg_q_start_worker($code, ['sim' => tg_q_sim_context($sim), 'storePath' => $storePath, 'start' => $start]);
}
$exported = $failed = 0;
$busy = 0;
foreach ($workers as $worker) {
    $status = tg_q_wait_worker($worker);
    [$workerExported, $workerFailed] = array_map('intval', explode(' ', trim($status['output'])) + [1 => 0]);
    $exported += $workerExported;
    $failed += $workerFailed;
    $busy += $workerExported > 0 ? 1 : 0;
    if ($status['exitcode'] !== 0) {
        echo "worker failed: {$status['output']}\n";
    }
}
$elapsed = microtime(true) - $start;
// The throughput, for whoever measures it: TG_MEASURE_LOG=/path ./dev test
if (getenv('TG_MEASURE_LOG')) {
    file_put_contents(getenv('TG_MEASURE_LOG'), sprintf("queue_concurrent: %d orders by %d workers in %.2f s (%.0f orders/s)\n",
        ORDERS, WORKERS, $elapsed, ORDERS / $elapsed), FILE_APPEND);
}

echo "reported by the workers: $exported exported, $failed failed, workers that exported: $busy\n";
$received = tg_q_received($sim);
echo 'TotalGest orders: ', array_sum($received), ', shop orders: ', count($received), ', most for one shop order: ', max($received), "\n";
$missing = array_diff(array_map(fn ($i) => "C$i", range(1, ORDERS)), array_keys($received));
echo 'missing: ', count($missing), "\n";
tg_q_show_stats($queue);
?>
--EXPECT--
pending=2000 retrying=0 running=0 failed=0 exported=0, oldest pending below a minute: yes
reported by the workers: 2000 exported, 0 failed, workers that exported: 4
TotalGest orders: 2000, shop orders: 2000, most for one shop order: 1
missing: 0
pending=0 retrying=0 running=0 failed=0 exported=2000, oldest pending below a minute: yes
