--TEST--
Client::products() and Client::stock() stream page by page; ProductSync holds its Client and Store and is final, not clonable, not serializable
--EXTENSIONS--
totalgest
--FILE--
<?php
require __DIR__ . '/product_sync.inc';
$sim = tg_sim_start(['products' => 5000]);
$client = tg_ps_client($sim, ['page_size' => 100]);

$products = $client->products();
echo get_class($products), ' ', $products instanceof Iterator ? 'is' : 'is not', " an Iterator\n";
$count = 0;
$memoryAfterFirstPage = null;
foreach ($products as $key => $product) {
    if ($key !== $count++) {
        echo "unexpected key $key\n";
    }
    if ($count === 100) {
        $memoryAfterFirstPage = memory_get_usage();
    }
}
echo "$count products, last key $key\n";
echo 'memory grew by less than 64 KiB while listing: ', var_export(memory_get_usage() - $memoryAfterFirstPage < 65536, true), "\n";
echo implode(',', array_keys($product)), "\n";

$products->rewind();
echo 'after rewind: ', $products->key(), ' ', $products->current()['external_id'], "\n";

$changed = tg_sim_control($sim, 'POST', '/__sim/changes', ['price' => 2, 'stock' => 1]);
$since = $changed['updated_at'];
echo 'changed since: ', count(iterator_to_array($client->products($since))), ' products, ',
    json_encode(array_keys(iterator_to_array($client->stock($since))[0])), "\n";

try {
    $client->products('yesterday');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// The sync keeps the Client and the Store alive, and the cycle collector sees through it.
$storePath = tg_ps_store_path();
$sync = new TotalGest\ProductSync($client, new TotalGest\Store($storePath));
unset($client);
$holder = new stdClass();
$holder->sync = $sync;
$holder->self = $holder;
unset($holder);
var_dump(gc_collect_cycles() > 0);
echo $sync->run(fn (array $p) => $p['external_id']), "\n";

foreach ([fn () => clone $sync, fn () => serialize($sync), fn () => $sync->dynamic = 1,
          fn () => $sync->__construct(tg_ps_client($sim), new TotalGest\Store($storePath))] as $misuse) {
    try {
        $misuse();
        echo "allowed\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TotalGest\ListingIterator is an Iterator
5000 products, last key 4999
memory grew by less than 64 KiB while listing: true
external_id,sku,ean,name,short_description,description,price,vat_rate,stock_quantity,active,updated_at
after rewind: 0 P0000001
changed since: 2 products, ["external_id","sku","stock_quantity","updated_at"]
ValueError: TotalGest\Client::products(): Argument #1 ($updatedSince) must be an ISO 8601 time with offset, e.g. "2026-11-28T10:15:00+01:00"
bool(true)
5000 imported (5000 new, 0 changed), 0 unchanged, 0 failed
Error: Trying to clone an uncloneable object of class TotalGest\ProductSync
Exception: Serialization of 'TotalGest\ProductSync' is not allowed
Error: Cannot create dynamic property TotalGest\ProductSync::$dynamic
Error: TotalGest\ProductSync cannot be constructed twice
