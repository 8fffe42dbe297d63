--TEST--
Scheduler::tick: product sync when due, then the order queue; never overlaps with itself
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/queue.inc';
require __DIR__ . '/product_sync.inc';
use TotalGest\Scheduler;

$sim = tg_sim_start(['products' => 30]);
$client = tg_q_client($sim);
$store = new TotalGest\Store(tg_q_store_path());
$queue = new TotalGest\Queue($store);
$shop = new TgTestShop();
foreach (['5001', '5002', '5003'] as $id) {
    $queue->enqueueOrder(tg_q_order($id));
}

function show(array $tick): void
{
    echo 'ran=', var_export($tick['ran'], true), ' skipped=', var_export($tick['skipped'], true),
        ' products=', $tick['products'] === null ? 'null' : (string) $tick['products'],
        ' orders=', $tick['orders'] === null ? 'null' : (string) $tick['orders'],
        ' errors=', json_encode($tick['errors']), "\n";
}

show(Scheduler::tick($client, $store, $shop->upsert()));
echo count($shop->products), " products in the shop, ", count(tg_q_received($sim)), " orders in TotalGest\n";

// A minute later: the product sync is not due yet, the queue is drained again.
$queue->enqueueOrder(tg_q_order('5004'));
show(Scheduler::tick($client, $store, $shop->upsert()));

// A tick started while another one runs is skipped: here the inner one starts from the upsert.
tg_sim_control($sim, 'POST', '/__sim/changes', ['price' => 1]);
usleep(1100000); // past the product_interval of 1 s below
$inner = null;
$upsert = $shop->upsert();
$outer = Scheduler::tick($client, $store, function (array $product) use (&$inner, $client, $store, $upsert) {
    $inner ??= Scheduler::tick($client, $store, $upsert);
    return $upsert($product);
}, ['product_interval' => 1]);
show($inner);
show($outer);

try {
    Scheduler::tick($client, $store, $shop->upsert(), ['time_budget' => 0, 'colour' => 'red', 'queue_limit' => '5']);
} catch (TotalGest\ValidationException $e) {
    print_r($e->errors());
}
?>
--EXPECTF--
ran=true skipped=NULL products=30 imported (30 new, 0 changed), 0 unchanged, 0 failed orders=3 exported, 0 failed errors=[]
30 products in the shop, 3 orders in TotalGest
ran=true skipped=NULL products=null orders=1 exported, 0 failed errors=[]
ran=false skipped='another tick is still running' products=null orders=null errors=[]
ran=true skipped=NULL products=1 imported (0 new, 1 changed), %d unchanged, 0 failed orders=0 exported, 0 failed errors=[]
Array
(
    [options.time_budget] => must be a number of seconds above 0, at most 3600
    [options] => the option "colour" is not known
    [options.queue_limit] => must be an integer
)
