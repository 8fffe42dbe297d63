<?php

declare(strict_types=1);

// The demo shop's front controller, for `php -S 127.0.0.1:8080 -t public public/index.php`.

use DemoShop\App;
use DemoShop\Environment;
use DemoShop\Html;
use DemoShop\Notices;
use DemoShop\Response;
use DemoShop\Router;

$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
if (PHP_SAPI === 'cli-server' && $path !== '/' && is_file(__DIR__ . $path)) {
    return false;   // the stylesheet: served by PHP's web server as it is
}

require __DIR__ . '/../bootstrap.php';

if (!class_exists(TotalGest\Client::class)) {
    Response::html('<!DOCTYPE html><meta charset="utf-8"><title>Demo shop</title><p id="extension-missing">'
        . 'The totalgest extension is not loaded. Start PHP with -d extension=/path/to/totalgest.so.</p>', 500)->send();
    return;
}

session_start(['cookie_httponly' => true, 'cookie_samesite' => 'Lax', 'use_strict_mode' => true]);
try {
    $app = new App(Environment::fromEnv(), Notices::add(...));
    $response = (new Router($app))->handle($_SERVER['REQUEST_METHOD'] ?? 'GET', $path, $_GET, $_POST);
} catch (Throwable $e) {
    error_log('demo shop: ' . $e);
    $response = Response::html(Html::page('Something went wrong', $path, '<p id="internal-error">'
        . Html::e(get_class($e) . ': ' . $e->getMessage()) . '</p>'), 500);
}
$response->send();
