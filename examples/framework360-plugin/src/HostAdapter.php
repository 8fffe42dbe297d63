<?php

declare(strict_types=1);

namespace TotalGestPlugin;

/**
 * What the TotalGest plugin needs from Framework360.
 *
 * The plugin talks to the host only through this interface, so the same plugin runs inside
 * Framework360 and inside the demo shop. Every HTML string passed to the host is already escaped;
 * every plain-text string (titles, labels, notices) is escaped by the host.
 */
interface HostAdapter
{
    /** Without the e-commerce module there are no products or orders to sync. */
    public function isEcommerceActive(): bool;

    /**
     * The saved TotalGest settings, or null before the first successful save.
     *
     * @return array{business_id: string, owner_id: string, endpoint: string, username: string, password: string}|null
     */
    public function loadSettings(): ?array;

    /**
     * Stores the settings; called only with settings TotalGest has just accepted.
     *
     * @param array{business_id: string, owner_id: string, endpoint: string, username: string, password: string} $settings
     */
    public function saveSettings(array $settings): void;

    /**
     * Creates or updates the shop product for a TotalGest product and returns the shop's product id.
     *
     * @param array<string, mixed> $product a normalized TotalGest product (external_id, sku, ean, name,
     *        short_description, description, price, vat_rate, stock_quantity, active, updated_at)
     */
    public function saveProduct(array $product): string;

    /**
     * Calls $listener(array $order) once for every order completed in the shop.
     * The order has the shape TotalGest\Queue::enqueueOrder() takes.
     */
    public function onOrderCompleted(callable $listener): void;

    /**
     * Adds a column to the admin product list. $renderCells(list<string> $productIds) returns
     * productId => cell HTML for the products on the current page.
     */
    public function addProductListColumn(string $title, callable $renderCells): void;

    /** The same as addProductListColumn(), for the admin order list. */
    public function addOrderListColumn(string $title, callable $renderCells): void;

    /**
     * Adds a bulk action to the admin order list. $handler(list<array> $orders) receives the
     * selected orders, each in the shape TotalGest\Queue::enqueueOrder() takes.
     */
    public function addOrderBulkAction(string $name, string $label, callable $handler): void;

    /** Calls $task() from the host's cron, once a minute. */
    public function registerCron(string $name, callable $task): void;

    /**
     * Shows a message to the admin on the next admin page.
     *
     * @param string       $level   one of 'success', 'info', 'warning', 'error'
     * @param list<string> $details one line each, shown as a list under the message
     */
    public function addAdminNotice(string $level, string $message, array $details = []): void;
}
