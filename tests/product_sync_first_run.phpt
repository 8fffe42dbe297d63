--TEST--
ProductSync: a 10,000-product catalogue is imported; a second run with no change calls the upsert zero times with only the pages the contract needs
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 10000]);
$storePath = tg_ps_store_path();
$sync = new TotalGest\ProductSync(tg_ps_client($sim, ['page_size' => 1000]), new TotalGest\Store($storePath));
$shop = new TgTestShop();

$report = $sync->run($shop->upsert());
echo 'first run: ', tg_ps_counts($report), "\n";
echo count($report), ' handled, ', count($shop->takeCalls()), ' upserts, ', count($shop->products), " in the shop\n";
var_dump($report->toArray()['stopped']);
$p = $shop->products['P0000042'];
echo implode(' ', array_keys($p)), "\n";
var_dump(is_string($p['price']), is_int($p['stock_quantity']), $p['active']);
echo tg_ps_query($storePath, "SELECT COUNT(*) AS n FROM products WHERE state = 'synced' AND shop_id LIKE 'shop-%'")[0]['n'], " synced rows\n";
// The cursor is TotalGest's clock when the listing started (its Date header), later than every product.
$health = tg_sim_control($sim, 'GET', '/__sim/health');
$cursor = strtotime(tg_ps_meta($storePath, 'product_sync.cursor'));
var_dump($cursor > strtotime($health['catalogue_created_at']) && $cursor <= strtotime($health['now']));
echo substr(tg_ps_meta($storePath, 'product_sync.last_result'), 0, 9), "\n";

// Nothing changed. The catalogue was made a moment ago, inside the overlap before the cursor, so
// the contract needs the whole listing again: 10 product and 10 stock pages, no login.
tg_sim_control($sim, 'POST', '/__sim/stats/reset');
$report = $sync->run($shop->upsert());
echo 'second run: ', tg_ps_counts($report), ', ', count($shop->takeCalls()), " upserts\n";
echo json_encode(tg_ps_requests($sim), JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
first run: created=10000 pages=20
10000 handled, 10000 upserts, 10000 in the shop
NULL
external_id sku ean name short_description description price vat_rate stock_quantity active updated_at
bool(true)
bool(true)
bool(true)
10000 synced rows
bool(true)
completed
second run: pages=20 unchanged=10000, 0 upserts
{"GET /api/v1/products":10,"GET /api/v1/stock":10}
