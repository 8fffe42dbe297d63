--TEST--
ProductSync::runIfDue(): of two processes at once, one runs and one answers null; a run is due again only after the interval
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 1000]);
$storePath = tg_ps_store_path();
// Made first: two processes creating a fresh store at the same moment is another test's subject.
new TotalGest\Store($storePath);

$code = <<<'PHP'
    $sync = new TotalGest\ProductSync(tg_ps_client($sim, ['page_size' => 100]), new TotalGest\Store($storePath));
    $start = (float) file_get_contents("$storePath.start");
    while (microtime(true) < $start) {
        usleep(1000);
    }
    // Slow enough (about 0.5 s) that the other process starts while this one runs.
    $report = $sync->runIfDue(function (array $product): string {
        usleep(500);
        return 'shop-' . $product['external_id'];
    }, 300);
    echo $report === null ? 'null' : "ran: $report->succeeded imported";
    PHP;
file_put_contents("$storePath.start", (string) (microtime(true) + 1.0));
$children = [tg_ps_start_child($code, $sim, $storePath), tg_ps_start_child($code, $sim, $storePath)];
$outputs = array_map(fn ($child) => tg_ps_wait_child($child)['output'], $children);
unlink("$storePath.start");
sort($outputs);
echo implode("\n", $outputs), "\n";

$sync = new TotalGest\ProductSync(tg_ps_client($sim), new TotalGest\Store($storePath));
$shop = new TgTestShop();
var_dump($sync->runIfDue($shop->upsert()));
echo 'interval 0: ', tg_ps_counts($sync->runIfDue($shop->upsert(), 0)), "\n";
echo tg_ps_meta($storePath, 'product_sync.last_result'), "\n";
var_dump(tg_ps_meta($storePath, 'product_sync.last_run_at') === tg_ps_meta($storePath, 'product_sync.last_success_at'));
try {
    $sync->runIfDue($shop->upsert(), -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
null
ran: 1000 imported
NULL
interval 0: pages=10 unchanged=1000
completed: 0 imported, 0 failed
bool(true)
TotalGest\ProductSync::runIfDue(): Argument #2 ($intervalSeconds) must be greater than or equal to 0
