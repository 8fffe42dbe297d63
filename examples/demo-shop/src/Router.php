<?php

declare(strict_types=1);

namespace DemoShop;

use DemoShop\Pages\OrdersPage;
use DemoShop\Pages\ProductsPage;
use DemoShop\Pages\QueuePage;
use DemoShop\Pages\SettingsPage;
use DemoShop\Pages\ShopPage;

/** Maps a request to the page that answers it; every form post must carry the session's CSRF token. */
final class Router
{
    public function __construct(private readonly App $app)
    {
    }

    /**
     * @param array<string, mixed> $query
     * @param array<string, mixed> $post
     */
    public function handle(string $method, string $path, array $query, array $post): Response
    {
        if ($method === 'POST' && !Csrf::isValid($post)) {
            return Response::html(Html::page('Form expired', $path, '<p id="csrf-error">This form has expired. '
                . 'Go back, reload the page and submit it again.</p>'), 400);
        }

        return match ("$method $path") {
            'GET /' => (new ShopPage($this->app))->show($query),
            'POST /orders' => (new ShopPage($this->app))->placeOrder($post),
            'GET /admin/products' => (new ProductsPage($this->app))->show($query),
            'GET /admin/orders' => (new OrdersPage($this->app))->show($query),
            'POST /admin/orders/bulk' => (new OrdersPage($this->app))->runBulkAction($post),
            'GET /admin/queue' => (new QueuePage($this->app))->show(),
            'POST /admin/queue/retry' => (new QueuePage($this->app))->retry($post),
            'GET /admin/settings' => (new SettingsPage($this->app))->show(),
            'POST /admin/settings' => (new SettingsPage($this->app))->save($post),
            default => Response::html(Html::page('Not found', $path, '<p>There is no page at this address.</p>'), 404),
        };
    }
}
