--TEST--
Queue::process(): a Retry-After beyond the longest backoff (1 h) waits the longest backoff, not a century
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start();
$path = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($path));
$queue->enqueueOrder(tg_q_order('7001'));
tg_q_fault($sim, ['kind' => 'rate_limit', 'retry_after' => 3000000000, 'path' => '/api/v1/orders', 'count' => 1]);
$before = time();
echo $queue->process(tg_q_client($sim)), "\n";
$row = (new PDO("sqlite:$path"))->query('SELECT state, next_attempt_at FROM orders')->fetch(PDO::FETCH_ASSOC);
$wait = $row['next_attempt_at'] - $before;
echo $row['state'], ', next attempt in ', $wait >= 3600 && $wait <= 3600 * 1.1 + 5 ? 'about an hour' : "$wait s", "\n";
?>
--EXPECTF--
0 exported, 1 failed: #7001 TotalGest asks to slow down (HTTP 429)%s
retrying, next attempt in about an hour
