--TEST--
Queue::exportNow(): a mix of good, invalid, refused, exported and earlier failed orders gives the exact report; nothing is sent twice
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/queue.inc';
$sim = tg_sim_start();
$queue = new TotalGest\Queue(new TotalGest\Store(tg_q_store_path()));
$client = tg_q_client($sim);

// Before the admin's export: N4 is in TotalGest already, N5 was refused (the shop fixed it since).
$queue->enqueueOrder(tg_q_order('N4'));
$queue->enqueueOrder(tg_q_refused_order('N5'));
echo 'before: ', $queue->process($client), "\n";

$badQuantity = tg_q_order('N2');
$badQuantity['items'][1]['quantity'] = 1.5;
$report = $queue->exportNow($client, [
    tg_q_order('N1'),
    $badQuantity,
    tg_q_refused_order('N3'),
    tg_q_order('N4', ['notes' => 'changed after the export']),
    tg_q_order('N5'),
    tg_q_order('N6', ['created_at' => new DateTime('2026-11-28 10:15:00')]),
    'not an order',
    tg_q_order(7),
    tg_q_order('N1'),
]);
echo $report, "\n";
echo json_encode($report->toArray(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
echo 'count: ', count($report), "\n";

// Sent concurrently: TotalGest's order of arrival varies.
$received = tg_q_received($sim);
ksort($received, SORT_STRING);
echo json_encode($received), "\n";
echo 'orders sent: ', tg_sim_control($sim, 'GET', '/__sim/stats')['requests']['POST /api/v1/orders'], "\n";
tg_q_show_stats($queue);
echo 'again: ', $queue->exportNow($client, [tg_q_order('N1'), tg_q_order(7)]), "\n";
echo 'nothing: ', $queue->exportNow($client, []), "\n";
?>
--EXPECT--
before: 1 exported, 1 failed: #N5 VAT number rejected
4 exported, 4 failed: #N2 Invalid order: items.1.quantity: must be an integer, not a float; #N3 VAT number rejected; #N6 Invalid order: created_at: must be a string, number, boolean, null or array, not DateTime; and 1 more
{
    "succeeded": 4,
    "failed": 4,
    "counts": {
        "exported": 3,
        "duplicates": 0,
        "recovered": 0,
        "retrying": 0,
        "failed": 1,
        "invalid": 3,
        "already_exported": 1,
        "busy": 0,
        "not_sent": 0
    },
    "errors": [
        {
            "id": "N2",
            "code": "invalid_order",
            "message": "Invalid order: items.1.quantity: must be an integer, not a float"
        },
        {
            "id": "N3",
            "code": "order_rejected",
            "message": "VAT number rejected"
        },
        {
            "id": "N6",
            "code": "invalid_order",
            "message": "Invalid order: created_at: must be a string, number, boolean, null or array, not DateTime"
        },
        {
            "id": "orders[6]",
            "code": "invalid_order",
            "message": "Invalid order: order: must be an object (an array with string keys), not a string"
        }
    ],
    "stopped": null,
    "summary": "4 exported, 4 failed: #N2 Invalid order: items.1.quantity: must be an integer, not a float; #N3 VAT number rejected; #N6 Invalid order: created_at: must be a string, number, boolean, null or array, not DateTime; and 1 more"
}
count: 8
{"7":1,"N1":1,"N4":1,"N5":1}
orders sent: 6
pending=0 retrying=0 running=0 failed=1 exported=4, oldest pending below a minute: yes
again: 2 exported, 0 failed
nothing: 0 exported, 0 failed
