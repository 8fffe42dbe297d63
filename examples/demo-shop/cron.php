<?php

declare(strict_types=1);

// The demo shop's cron: runs the plugins' cron tasks once (TotalGest: Scheduler::tick).
// Run it every minute, e.g. `* * * * * php -d extension=totalgest.so /path/to/demo-shop/cron.php`.
// Prints what each task did as one JSON line; exits 1 when a task failed.

use DemoShop\App;
use DemoShop\Environment;

require __DIR__ . '/bootstrap.php';

if (!class_exists(TotalGest\Client::class)) {
    fwrite(STDERR, "cron: the totalgest extension is not loaded (php -d extension=/path/to/totalgest.so cron.php)\n");
    exit(1);
}

$printNotice = static function (string $level, string $message, array $details = []): void {
    fwrite(STDERR, "cron: $level: $message\n");
    foreach ($details as $line) {
        fwrite(STDERR, "  $line\n");
    }
};

try {
    $app = new App(Environment::fromEnv(), $printNotice);
    echo json_encode($app->host->runCron(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), "\n";
} catch (Throwable $e) {
    fwrite(STDERR, 'cron: ' . get_class($e) . ': ' . $e->getMessage() . "\n");
    exit(1);
}
