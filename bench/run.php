<?php
// Benchmarks of the extension, each compared side by side with a baseline measured in the same
// run, so the result is a ratio and not a machine-dependent time. Run with ./dev bench.
// Every benchmark talks to a real simulator on loopback (tests/simulator.inc).
declare(strict_types=1);

require __DIR__ . '/../tests/web_server.inc';

$results = [];

/** Records one comparison: $ratio must satisfy $target (a "<= x" or ">= x" string). */
function record(array &$results, string $name, float $ratio, string $target, string $detail): void
{
    [$op, $bound] = explode(' ', $target);
    $met = $op === '<=' ? $ratio <= (float) $bound : $ratio >= (float) $bound;
    $results[] = [$name, $ratio, $target, $met, $detail];
}

function store_path(): string
{
    $path = sys_get_temp_dir() . '/tg-bench-' . getmypid() . '-' . bin2hex(random_bytes(4)) . '.sqlite';
    register_shutdown_function(fn () => array_map('unlink', glob("$path*") ?: []));
    return $path;
}

function client(array $sim, array $options = []): TotalGest\Client
{
    return new TotalGest\Client(tg_config_for($sim, [], $options + ['page_size' => 1000]));
}

/** Runs $code in a fresh PHP process with the extension; returns its decoded JSON output. */
function child(string $code, array $context): array
{
    $script = tempnam(sys_get_temp_dir(), 'tg-bench-');
    file_put_contents($script, "<?php\nrequire " . var_export(__DIR__ . '/../tests/web_server.inc', true) . ";\n"
        . '$context = ' . var_export($context, true) . ";\n" . $code);
    $command = [PHP_BINARY, '-d', 'extension=' . (getenv('TOTALGEST_SO') ?: 'totalgest'), $script];
    $output = shell_exec(implode(' ', array_map('escapeshellarg', $command)));
    unlink($script);
    $decoded = json_decode((string) $output, true);
    if (!is_array($decoded)) {
        throw new RuntimeException("benchmark child failed: $output");
    }
    return $decoded;
}

// 1. Streaming: peak memory of Client::products() over 10x more products stays flat, while a
//    client that collects the pages (the baseline) grows with the catalogue.
$stream = <<<'PHP'
$sim = $context['sim'];
$client = new TotalGest\Client(tg_config_for($sim, [], ['page_size' => 1000]));
$count = 0;
if ($context['collect']) {
    $all = [];
    foreach ($client->products() as $product) { $all[] = $product; }
    $count = count($all);
} else {
    foreach ($client->products() as $product) { $count++; }
}
echo json_encode(['count' => $count, 'peak' => memory_get_peak_usage()]);
PHP;
$small = tg_sim_start(['products' => 10000]);
$large = tg_sim_start(['products' => 100000]);
$context = fn ($sim, $collect) => ['sim' => array_diff_key($sim, ['process' => 1]), 'collect' => $collect];
$streamSmall = child($stream, $context($small, false));
$streamLarge = child($stream, $context($large, false));
$collectSmall = child($stream, $context($small, true));
$collectLarge = child($stream, $context($large, true));
record($results, 'products() peak memory, 100k vs 10k products', $streamLarge['peak'] / $streamSmall['peak'], '<= 1.2',
    sprintf('%.1f MB vs %.1f MB; collecting baseline: %.1f MB vs %.1f MB (x%.1f)', $streamLarge['peak'] / 1e6,
        $streamSmall['peak'] / 1e6, $collectLarge['peak'] / 1e6, $collectSmall['peak'] / 1e6,
        $collectLarge['peak'] / $collectSmall['peak']));

// 2. Product sync: a run with no change against the first import of the same catalogue, with a
//    shop that saves each product in its own SQLite table as a real shop would.
$shopDb = new PDO('sqlite:' . store_path());
$shopDb->exec('PRAGMA journal_mode = WAL');
$shopDb->exec('CREATE TABLE product (id INTEGER PRIMARY KEY, external_id TEXT UNIQUE, sku TEXT, name TEXT,
    description TEXT, price TEXT, vat_rate TEXT, stock INTEGER, active INTEGER)');
$save = $shopDb->prepare('INSERT INTO product (external_id, sku, name, description, price, vat_rate, stock, active)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO UPDATE SET sku = excluded.sku, name = excluded.name,
    description = excluded.description, price = excluded.price, vat_rate = excluded.vat_rate, stock = excluded.stock,
    active = excluded.active RETURNING id');
$shopCalls = 0;
$upsert = function (array $product) use (&$shopCalls, $save): int {
    $shopCalls++;
    $save->execute([$product['external_id'], $product['sku'], $product['name'], $product['description'],
        $product['price'], $product['vat_rate'], $product['stock_quantity'], (int) $product['active']]);
    $id = (int) $save->fetchColumn();
    $save->closeCursor();
    return $id;
};
$sync = new TotalGest\ProductSync(client($small), new TotalGest\Store(store_path()));
$started = hrtime(true);
$sync->run($upsert);
$firstRun = (hrtime(true) - $started) / 1e9;
$firstCalls = $shopCalls;
$shopCalls = 0;
$started = hrtime(true);
$sync->run($upsert);
$quietRun = (hrtime(true) - $started) / 1e9;
record($results, 'product sync, no-change run vs first import (10k)', $quietRun / $firstRun, '<= 0.25',
    sprintf('%.2f s vs %.2f s; upserts %d vs %d', $quietRun, $firstRun, $shopCalls, $firstCalls));

// 3. Order export: concurrency 8 against one order at a time, with 20 ms of network latency.
$latent = tg_sim_start();
tg_sim_control($latent, 'POST', '/__sim/faults', ['rules' => [['kind' => 'latency', 'ms' => 20, 'path' => '/api/v1/orders']]]);
$order = fn (string $id) => json_decode((string) file_get_contents(__DIR__ . '/order.json'), true, 512, JSON_THROW_ON_ERROR)
    + ['id' => $id];
$exportTime = function (int $concurrency, string $prefix) use ($latent, $order): float {
    $queue = new TotalGest\Queue(new TotalGest\Store(store_path()));
    for ($i = 1; $i <= 200; $i++) {
        $queue->enqueueOrder(['id' => "$prefix-$i"] + $order("$prefix-$i"));
    }
    $started = hrtime(true);
    $report = $queue->process(client($latent, ['concurrency' => $concurrency]), 200, 120.0);
    if ($report->succeeded !== 200) {
        throw new RuntimeException("export failed: $report");
    }
    return (hrtime(true) - $started) / 1e9;
};
$sequential = $exportTime(1, 'seq');
$concurrent = $exportTime(8, 'par');
record($results, 'order export, concurrency 8 vs 1 (200 orders, 20 ms latency)', $sequential / $concurrent, '>= 3',
    sprintf('%.2f s vs %.2f s: %.0f vs %.0f orders/s', $concurrent, $sequential, 200 / $concurrent, 200 / $sequential));

// 4. Checkout: enqueueOrder() against sending the order to TotalGest during the checkout.
$queue = new TotalGest\Queue(new TotalGest\Store(store_path()));
$direct = client($latent);
$started = hrtime(true);
for ($i = 1; $i <= 50; $i++) {
    $queue->enqueueOrder($order("checkout-$i"));
}
$enqueue = (hrtime(true) - $started) / 1e9 / 50;
$started = hrtime(true);
for ($i = 1; $i <= 50; $i++) {
    $direct->exportOrder($order("direct-$i"));
}
$synchronous = (hrtime(true) - $started) / 1e9 / 50;
record($results, 'checkout cost, enqueueOrder() vs exporting at once', $enqueue / $synchronous, '<= 0.25',
    sprintf('%.2f ms vs %.2f ms per order', $enqueue * 1000, $synchronous * 1000));

// 5. Status column: a page of 200 orders with one Status::orders() call vs one lookup per row.
$path = store_path();
$queue = new TotalGest\Queue(new TotalGest\Store($path));
$ids = [];
for ($i = 1; $i <= 200; $i++) {
    $queue->enqueueOrder($order("page-$i"));
    $ids[] = "page-$i";
}
$store = new TotalGest\Store($path);
$started = hrtime(true);
for ($round = 0; $round < 20; $round++) {
    $status = new TotalGest\Status($store);
    $status->orders($ids);
    foreach ($ids as $id) {
        $status->badge('order', $id);
    }
}
$page = (hrtime(true) - $started) / 20;
$started = hrtime(true);
for ($round = 0; $round < 20; $round++) {
    foreach ($ids as $id) {
        (new TotalGest\Status($store))->badge('order', $id);
    }
}
$perRow = (hrtime(true) - $started) / 20;
record($results, 'status column, one query per page vs one per row (200 rows)', $page / $perRow, '<= 0.5',
    sprintf('%.2f ms vs %.2f ms per page', $page / 1e6, $perRow / 1e6));

$failed = 0;
printf("%-66s %8s %8s  %s\n", 'benchmark', 'ratio', 'target', 'detail');
foreach ($results as [$name, $ratio, $target, $met, $detail]) {
    printf("%-66s %8.3f %8s  %s%s\n", $name, $ratio, $target, $met ? '' : 'MISSED: ', $detail);
    $failed += $met ? 0 : 1;
}
printf("%d passed, %d failed\n", count($results) - $failed, $failed);
exit($failed ? 1 : 0);
