--TEST--
ProductSync: a run killed (SIGKILL) in the middle of a page resumes at the checkpoint without importing a finished page again
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 2000]);
$storePath = tg_ps_store_path();

// The child imports pages of 200 and is killed by SIGKILL in its 700th upsert: in page 4.
$child = tg_ps_start_child(<<<'PHP'
    $sync = new TotalGest\ProductSync(tg_ps_client($sim, ['page_size' => 200]), new TotalGest\Store($storePath));
    $calls = 0;
    $sync->run(function (array $product) use (&$calls): string {
        if (++$calls === 700) {
            posix_kill(getmypid(), 9);
            sleep(10);
        }
        return 'shop-' . $product['external_id'];
    });
    echo "not killed\n";
    PHP, $sim, $storePath);
$status = tg_ps_wait_child($child);
echo 'child killed by signal ', $status['termsig'], ', output: "', $status['output'], "\"\n";

$listing = json_decode(tg_ps_meta($storePath, 'product_sync.listing'), true);
echo 'checkpoint: phase ', $listing['phase'], ', since ', var_export($listing['since'], true), ', after ',
    $listing['after'] === null ? 'none' : 'set', "\n";
echo 'cursor: ', var_export(tg_ps_meta($storePath, 'product_sync.cursor'), true), "\n";
echo 'rows: ', tg_ps_query($storePath, 'SELECT COUNT(*) AS n, MAX(external_id) AS last FROM products')[0]['n'], ', ',
    tg_ps_query($storePath, 'SELECT MAX(external_id) AS last FROM products')[0]['last'], "\n";
echo 'lock left by the dead child: ', count(tg_ps_query($storePath, 'SELECT * FROM locks')), "\n";

tg_sim_control($sim, 'POST', '/__sim/stats/reset');
$sync = new TotalGest\ProductSync(tg_ps_client($sim, ['page_size' => 200]), new TotalGest\Store($storePath));
$shop = new TgTestShop();
$report = $sync->run($shop->upsert());
echo 'resumed: ', tg_ps_counts($report), "\n";
$calls = $shop->takeCalls();
sort($calls);
echo 'upserts: ', count($calls), ' from ', $calls[0], ' to ', end($calls), "\n";
echo json_encode(tg_ps_requests($sim), JSON_UNESCAPED_SLASHES), "\n";
echo 'rows: ', tg_ps_query($storePath, 'SELECT COUNT(*) AS n FROM products')[0]['n'], ', checkpoint: ',
    var_export(tg_ps_meta($storePath, 'product_sync.listing'), true), ', lock: ',
    count(tg_ps_query($storePath, 'SELECT * FROM locks')), "\n";
?>
--EXPECT--
child killed by signal 9, output: ""
checkpoint: phase products, since NULL, after set
cursor: NULL
rows: 600, P0000600
lock left by the dead child: 1
resumed: created=1400 pages=17
upserts: 1400 from P0000601 to P0002000
{"GET /api/v1/products":7,"GET /api/v1/stock":10,"POST /api/v1/auth/token":1}
rows: 2000, checkpoint: NULL, lock: 0
