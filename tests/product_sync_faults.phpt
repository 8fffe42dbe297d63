--TEST--
ProductSync: each TotalGest fault ends the run cleanly with a report; finished pages stay, the cursor stays, the next run completes the import
--EXTENSIONS--
totalgest
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 1000]);

$faults = [
    '503' => ['kind' => 'status', 'status' => 503],
    '500' => ['kind' => 'status', 'status' => 500],
    '429' => ['kind' => 'rate_limit', 'retry_after' => 30],
    'timeout' => ['kind' => 'latency', 'ms' => 3000],
    'hang' => ['kind' => 'hang', 'seconds' => 5],
    // libcurl sends a request again once when a reused connection turns out dead: twice ends the run.
    'drop' => ['kind' => 'drop', 'count' => 2],
    'drop_after' => ['kind' => 'drop_after', 'count' => 2],
    'malformed' => ['kind' => 'malformed'],
    'truncated' => ['kind' => 'truncated'],
    'not_totalgest' => ['kind' => 'not_totalgest'],
    'stock 503' => ['kind' => 'status', 'status' => 503, 'path' => '/api/v1/stock'],
];
foreach ($faults as $name => $fault) {
    $storePath = tg_ps_store_path();
    $sync = new TotalGest\ProductSync(tg_ps_client($sim, ['page_size' => 100, 'timeout_ms' => 1000]),
        new TotalGest\Store($storePath));
    $shop = new TgTestShop();
    // The first three pages of the listing go through; the fourth meets the fault.
    $path = $fault['path'] ?? '/api/v1/products';
    unset($fault['path']);
    tg_sim_control($sim, 'POST', '/__sim/faults', ['rules' => [
        ['kind' => 'latency', 'ms' => 0, 'path' => $path, 'count' => 3],
        $fault + ['path' => $path, 'count' => 1],
    ]]);

    $started = microtime(true);
    $report = $sync->run($shop->upsert());
    $seconds = microtime(true) - $started;
    tg_sim_control($sim, 'DELETE', '/__sim/faults');
    $listing = json_decode((string) tg_ps_meta($storePath, 'product_sync.listing'), true);
    printf("%s: %s | stopped: %s | cursor %s, resumes %s after page %s%s\n", $name, tg_ps_counts($report),
        $report->toArray()['stopped'] ?? 'no', tg_ps_meta($storePath, 'product_sync.cursor') === null ? 'unset' : 'set',
        $listing['phase'] ?? '-', $listing['after'] === null ? '-' : 'n', $seconds < 2.5 ? '' : " (slow: $seconds s)");

    $report = $sync->run($shop->upsert());
    printf("  next run: %s | stopped: %s | %d in the shop, %d upserts in all\n", tg_ps_counts($report),
        $report->toArray()['stopped'] ?? 'no', count($shop->products), count($shop->calls));
}
?>
--EXPECTF--
503: created=300 pages=3 | stopped: TotalGest is unavailable (HTTP 503): simulated server error | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
500: created=300 pages=3 | stopped: TotalGest is unavailable (HTTP 500): simulated server error | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
429: created=300 pages=3 | stopped: TotalGest asks to slow down (HTTP 429): too many requests | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
timeout: created=300 pages=3 | stopped: %stimed out%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
hang: created=300 pages=3 | stopped: %stimed out%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
drop: created=300 pages=3 | stopped: The connection to TotalGest was dropped without an answer%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
drop_after: created=300 pages=3 | stopped: The connection to TotalGest was dropped without an answer%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
malformed: created=300 pages=3 | stopped: The answer is not complete JSON%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
truncated: created=300 pages=3 | stopped: The connection closed before the whole answer arrived%s | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
not_totalgest: created=300 pages=3 | stopped: The server at %s answered (HTTP 200, %s), but it is not a TotalGest API: check the API endpoint | cursor unset, resumes products after page n
  next run: created=700 pages=17 | stopped: no | 1000 in the shop, 1000 upserts in all
stock 503: created=1000 pages=13 | stopped: TotalGest is unavailable (HTTP 503): simulated server error | cursor set, resumes stock after page n
  next run: pages=7 | stopped: no | 1000 in the shop, 1000 upserts in all
