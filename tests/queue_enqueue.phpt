--TEST--
Queue::enqueueOrder(): durable, once per shop order id; a change replaces what is not sent yet, an exported order stands
--EXTENSIONS--
totalgest
pdo_sqlite
posix
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start();
$storePath = tg_q_store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($storePath));
$client = tg_q_client($sim);

// Committed before enqueueOrder() returns: a process killed right after it loses nothing.
$worker = tg_q_start_worker(<<<'PHP'
    $queue = new TotalGest\Queue(new TotalGest\Store($storePath));
    var_dump($queue->enqueueOrder(tg_q_order(1004)));
    posix_kill(getmypid(), SIGKILL);
    PHP, ['storePath' => $storePath]);
$status = tg_q_wait_worker($worker);
echo 'worker: ', trim($status['output']), ', killed: ', var_export($status['signaled'] && $status['termsig'] === 9, true), "\n";
tg_q_show_stats($queue);

echo "again, int id or string id: ";
var_dump($queue->enqueueOrder(tg_q_order(1004)), $queue->enqueueOrder(tg_q_order('1004')));

echo "changed before the export: ";
var_dump($queue->enqueueOrder(tg_q_order(1004, ['notes' => 'Second floor'])));
echo $queue->process($client), "\n";
echo 'TotalGest has: ', tg_q_bodies($sim)['1004']['notes'], "\n";

echo "changed after the export: ";
var_dump($queue->enqueueOrder(tg_q_order(1004, ['notes' => 'Third floor'])));
echo $queue->process($client), "\n";
echo 'TotalGest has: ', tg_q_bodies($sim)['1004']['notes'], ', orders for 1004: ', tg_q_received($sim)['1004'], "\n";

echo "refused, then fixed by the shop: ";
var_dump($queue->enqueueOrder(tg_q_refused_order('1005')));
echo $queue->process($client), "\n";
var_dump($queue->enqueueOrder(tg_q_order('1005')));
tg_q_show_stats($queue);
echo $queue->process($client), "\n";

foreach (tg_q_rows($storePath) as $row) {
    echo implode(' ', array_map(fn ($value) => var_export($value, true), $row)), "\n";
}
echo json_encode(tg_q_received($sim)), "\n";
?>
--EXPECT--
worker: bool(true), killed: true
pending=1 retrying=0 running=0 failed=0 exported=0, oldest pending below a minute: yes
again, int id or string id: bool(false)
bool(false)
changed before the export: bool(false)
1 exported, 0 failed
TotalGest has: Second floor
changed after the export: bool(false)
0 exported, 0 failed
TotalGest has: Second floor, orders for 1004: 1
refused, then fixed by the shop: bool(true)
0 exported, 1 failed: #1005 VAT number rejected
bool(false)
pending=1 retrying=0 running=0 failed=0 exported=1, oldest pending below a minute: yes
1 exported, 0 failed
'1004' 'exported' 1 0 '2026-000001' NULL
'1005' 'exported' 1 0 '2026-000002' NULL
{"1004":1,"1005":1}
