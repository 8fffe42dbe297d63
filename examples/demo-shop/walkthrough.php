<?php

declare(strict_types=1);

// What ./dev demo shows in the terminal before the shop is handed to the browser: the demo shop's
// own code paths, driven from the command line against the TotalGest simulator.
//   php -d extension=totalgest.so walkthrough.php SIMULATOR_URL
// 1. the settings: a wrong password refused with its reason, then the right one verified;
// 2. a cron tick: the product import with its report, and the first products in the shop;
// 3. three completed orders, one of them with a VAT number TotalGest refuses;
// 4. the admin's manual export of the three, with its report, and the status column.

use DemoShop\App;
use DemoShop\CheckoutForm;
use DemoShop\Environment;

require __DIR__ . '/bootstrap.php';

$simulator = $argv[1] ?? '';
if ($simulator === '' || !class_exists(TotalGest\Client::class)) {
    fwrite(STDERR, "usage: php -d extension=totalgest.so walkthrough.php SIMULATOR_URL\n");
    exit(2);
}

$notices = [];
$app = new App(Environment::fromEnv(), function (string $level, string $message, array $details = []) use (&$notices): void {
    $notices[] = [$level, $message, $details];
});
$say = static fn (string $text) => print($text . "\n");

$say('1. Settings (ID Negocio 1001, ID Owner 7, Endpoint API ' . $simulator . ', Username shop)');
$settings = ['business_id' => '1001', 'owner_id' => '7', 'endpoint' => $simulator, 'username' => 'shop'];
$refused = $app->plugin->settingsForm()->save($settings + ['password' => 'wrong-password']);
$say('   with a wrong password: ' . ($refused->error ?? json_encode($refused->fieldErrors)));
$saved = $app->plugin->settingsForm()->save($settings + ['password' => 'totalgest']);
if (!$saved->saved) {
    $say('   refused: ' . ($saved->error ?? json_encode($saved->fieldErrors)));
    exit(1);
}
$say(sprintf('   verified: business %s "%s", %.1f ms', $saved->business['id'], $saved->business['name'] ?? '', $saved->latencyMs));

$say('2. Cron tick: product import');
$tick = $app->host->runCron()['totalgest'] ?? [];
$say('   products: ' . ($tick['products'] ?? 'not due'));
$say('   orders:   ' . ($tick['orders'] ?? 'none'));
foreach ($app->products->page(0, 5) as $product) {
    $say(sprintf('   %-11s %-44s %8s  VAT %-4s stock %d', $product['sku'], iconv_substr($product['name'], 0, 44, 'UTF-8'),
        $product['price'], $product['vat_rate'], $product['stock']));
}

$say('3. Three completed orders');
$forSale = $app->products->forSale();
$orderIds = [];
$variants = [
    'private customer' => [],
    'Italian company, valid VAT number' => ['b2b' => '1', 'vat_number' => 'IT01234567897', 'sdi_code' => 'ABC1234'],
    'Italian company, wrong VAT number' => ['b2b' => '1', 'vat_number' => 'IT01234567890', 'sdi_code' => 'ABC1234'],
];
foreach (array_values($variants) as $index => $changes) {
    $input = $changes + ['product_1' => (string) $forSale[$index]['id'], 'quantity_1' => '2'] + CheckoutForm::defaults();
    [$order, $errors] = CheckoutForm::submit($input, $app->products, $app->env->currency);
    if ($order === null) {
        $say('   not placed: ' . json_encode($errors));
        exit(1);
    }
    $billing = $order['billing'];
    $saved = $app->orders->create($order, $billing['company'] ?? $billing['first_name'] . ' ' . $billing['last_name'], $order['total']);
    $app->host->completeOrder($saved);
    $orderIds[] = $saved['id'];
    $say(sprintf('   order %s (%s): %s %s, queued', $saved['id'], array_keys($variants)[$index], $saved['currency'], $saved['total']));
}

$say('4. Manual export of the three orders ("Export to TotalGest")');
$notices = [];
$app->host->runOrderBulkAction('totalgest_export', $app->orders->findMany($orderIds));
foreach ($notices as [$level, $message, $details]) {
    $say("   $level: $message");
    foreach ($details as $line) {
        $say("     $line");
    }
}
$status = new TotalGest\Status(new TotalGest\Store($app->env->storeDsn));
foreach ($status->orders($orderIds) as $id => $row) {
    $say(sprintf('   order %s: %s%s', $id, TotalGest\Status::label($row['state'], 'es'),
        $row['external_id'] ? " ({$row['external_id']})" : ($row['message'] ? ": {$row['message']}" : '')));
}
