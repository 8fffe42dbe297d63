<?php

declare(strict_types=1);

namespace DemoShop;

use TotalGest\Store;
use TotalGestPlugin\Plugin;

/** Builds the demo shop the way Framework360 boots: database, host, then the plugin's hooks. */
final class App
{
    public readonly SettingsRepository $settings;
    public readonly ProductRepository $products;
    public readonly OrderRepository $orders;
    public readonly DemoHost $host;
    public readonly Plugin $plugin;

    /** @param \Closure(string, string, list<string>): void $notify shows a notice to the admin */
    public function __construct(public readonly Environment $env, \Closure $notify)
    {
        $db = Database::open($env->databasePath);
        $this->settings = new SettingsRepository($db);
        $this->products = new ProductRepository($db);
        $this->orders = new OrderRepository($db);
        $this->host = new DemoHost($env->ecommerceActive, $this->settings, $this->products, $notify);
        $this->plugin = new Plugin($this->host, new Store($env->storeDsn), $env->locale);
        $this->plugin->register();
    }
}
