--TEST--
ProductSync: an upsert that throws or returns no usable id fails that product only and is retried next run; exit() and fatal errors are not swallowed
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 20]);
$storePath = tg_ps_store_path();
$sync = new TotalGest\ProductSync(tg_ps_client($sim), new TotalGest\Store($storePath));

$report = $sync->run(function (array $product): int|string|array {
    return match ($product['external_id']) {
        'P0000005' => throw new RuntimeException('the shop database is read-only'),
        'P0000006' => '',
        'P0000007' => ['id' => 7],
        'P0000008' => "8\0",
        default => (int) substr($product['external_id'], 1),   // ints are accepted
    };
});
echo $report, "\n";
echo json_encode($report->errors(), JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
foreach (tg_ps_query($storePath, "SELECT external_id, shop_id, state, message FROM products WHERE external_id IN ('P0000004', 'P0000005') ORDER BY 1") as $row) {
    echo implode(' | ', array_map(fn ($v) => var_export($v, true), $row)), "\n";
}

// Nothing changed in TotalGest: the refused products are sent again from the store.
$shop = new TgTestShop();
$report = $sync->run($shop->upsert());
echo tg_ps_counts($report), ' | ', implode(' ', $shop->takeCalls()), "\n";
echo tg_ps_query($storePath, "SELECT COUNT(*) AS n FROM products WHERE state = 'synced'")[0]['n'], " synced\n";

// exit() in the upsert ends the script as exit() does; the lock is released on the way out.
tg_sim_control($sim, 'POST', '/__sim/changes', ['price' => 1]);
$status = tg_ps_wait_child(tg_ps_start_child(<<<'PHP'
    $sync = new TotalGest\ProductSync(tg_ps_client($sim), new TotalGest\Store($storePath));
    $sync->run(function (array $product): string {
        echo "exiting in the upsert\n";
        exit(3);
    });
    echo "not reached\n";
    PHP, $sim, $storePath));
echo 'exit code ', $status['exitcode'], ': ', $status['output'];
echo 'locks: ', count(tg_ps_query($storePath, 'SELECT * FROM locks')), ', last result: ', tg_ps_meta($storePath, 'product_sync.last_result'), "\n";

// A fatal error in the upsert stays fatal.
$status = tg_ps_wait_child(tg_ps_start_child(<<<'PHP'
    $sync = new TotalGest\ProductSync(tg_ps_client($sim), new TotalGest\Store($storePath));
    $sync->run(function (array $product): string {
        trigger_error('the shop crashed', E_USER_ERROR);
    });
    echo "not reached\n";
    PHP, $sim, $storePath));
echo 'exit code ', $status['exitcode'], ': ', trim($status['output']), "\n";
echo 'locks: ', count(tg_ps_query($storePath, 'SELECT * FROM locks')), "\n";

// Calling run() again from inside the upsert is refused (the product fails with that reason).
$report = $sync->run(function (array $product) use ($sync): string {
    $sync->run(fn () => 'x');
    return 'never';
});
echo $report, "\n";
?>
--EXPECTF--
16 imported (16 new, 0 changed), 0 unchanged, 4 failed: P0000005 the shop database is read-only; P0000006 the upsert returned an empty shop id; P0000007 the upsert returned array, expected the shop id as string or int; and 1 more
[
    {
        "id": "P0000005",
        "code": "upsert_failed",
        "message": "the shop database is read-only"
    },
    {
        "id": "P0000006",
        "code": "upsert_failed",
        "message": "the upsert returned an empty shop id"
    },
    {
        "id": "P0000007",
        "code": "upsert_failed",
        "message": "the upsert returned array, expected the shop id as string or int"
    },
    {
        "id": "P0000008",
        "code": "upsert_failed",
        "message": "the upsert returned a shop id with a NUL byte"
    }
]
'P0000004' | '4' | 'synced' | NULL
'P0000005' | NULL | 'error' | 'the shop database is read-only'
created=4 pages=2 retried=4 unchanged=20 | P0000005 P0000006 P0000007 P0000008
20 synced
exit code 3: exiting in the upsert
locks: 0, last result: failed: The upsert callback stopped the product sync
exit code 255: %SFatal error:  the shop crashed in %s on line %d
locks: 0
0 imported (0 new, 0 changed), 19 unchanged, 1 failed: P%d TotalGest\ProductSync cannot run again from within its own upsert callable
