--TEST--
ProductSync: price, stock, new and deactivated products reach the shop exactly, each in one run; a full run deactivates removed products
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 500]);
$storePath = tg_ps_store_path();
$client = tg_ps_client($sim, ['page_size' => 200]);
$sync = new TotalGest\ProductSync($client, new TotalGest\Store($storePath));
$shop = new TgTestShop();
$sync->run($shop->upsert());
$shop->takeCalls();

/** The shop holds exactly what TotalGest lists now. */
function same_as_totalgest(TotalGest\Client $client, TgTestShop $shop): string
{
    $differences = 0;
    $listed = 0;
    foreach ($client->products() as $product) {
        $listed++;
        $differences += $shop->products[$product['external_id']] == $product ? 0 : 1;
    }
    return "$listed listed, $differences differ";
}

foreach ([['price' => 3], ['stock' => 4], ['new' => 2], ['deactivate' => 2]] as $change) {
    $changed = tg_sim_control($sim, 'POST', '/__sim/changes', $change);
    $kind = array_key_first($change);
    sort($changed[$kind]);
    $report = $sync->run($shop->upsert());
    $calls = $shop->takeCalls();
    sort($calls);
    echo "$kind: ", tg_ps_counts($report), '; upserts are the changed products: ',
        var_export($calls === $changed[$kind], true), '; ', same_as_totalgest($client, $shop), "\n";
}
echo 'inactive in the shop: ', count(array_filter($shop->products, fn ($p) => !$p['active'])), "\n";

// A removed product is no longer listed: a delta cannot see it, a full listing can.
$removed = tg_sim_control($sim, 'POST', '/__sim/changes', ['remove' => 3])['remove'];
sort($removed);
$report = $sync->run($shop->upsert());
echo 'delta after remove: ', tg_ps_counts($report), ', ', count($shop->takeCalls()), " upserts\n";
$report = $sync->run($shop->upsert(), true);
$calls = $shop->takeCalls();
sort($calls);
echo 'full: ', tg_ps_counts($report), '; upserts are the removed products: ', var_export($calls === $removed, true), "\n";
echo 'removed ones inactive in the shop: ', count(array_filter($removed, fn ($id) => !$shop->products[$id]['active'])), "\n";
echo 'store: ', json_encode(tg_ps_query($storePath, 'SELECT active, COUNT(*) AS n FROM products GROUP BY active')), "\n";
$report = $sync->run($shop->upsert(), true);
echo 'second full: ', tg_ps_counts($report), ', ', count($shop->takeCalls()), " upserts\n";
?>
--EXPECT--
price: pages=6 unchanged=497 updated=3; upserts are the changed products: true; 500 listed, 0 differ
stock: pages=6 unchanged=496 updated=4; upserts are the changed products: true; 500 listed, 0 differ
new: created=2 pages=6 unchanged=500; upserts are the changed products: true; 502 listed, 0 differ
deactivate: deactivated=2 pages=6 unchanged=500 updated=2; upserts are the changed products: true; 502 listed, 0 differ
inactive in the shop: 2
delta after remove: pages=6 unchanged=499, 0 upserts
full: deactivated=3 pages=6 unchanged=499 updated=3; upserts are the removed products: true
removed ones inactive in the shop: 3
store: [{"active":0,"n":5},{"active":1,"n":497}]
second full: pages=6 unchanged=499, 0 upserts
