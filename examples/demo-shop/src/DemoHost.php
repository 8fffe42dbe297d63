<?php

declare(strict_types=1);

namespace DemoShop;

use TotalGestPlugin\HostAdapter;

/**
 * The demo shop's side of the plugin contract: what Framework360 does for the plugin, done with
 * the demo's own tables, a registry of hooks, and notices handed to $notify.
 */
final class DemoHost implements HostAdapter
{
    /** @var list<callable> */
    private array $orderCompletedListeners = [];
    /** @var array<string, callable> title => cell renderer */
    private array $productColumns = [];
    /** @var array<string, callable> title => cell renderer */
    private array $orderColumns = [];
    /** @var array<string, array{label: string, handler: callable}> */
    private array $orderBulkActions = [];
    /** @var array<string, callable> */
    private array $cronTasks = [];

    /** @param \Closure(string, string, list<string>): void $notify shows a notice to the admin */
    public function __construct(
        private readonly bool $ecommerceActive,
        private readonly SettingsRepository $settings,
        private readonly ProductRepository $products,
        private readonly \Closure $notify,
    ) {
    }

    public function isEcommerceActive(): bool
    {
        return $this->ecommerceActive;
    }

    public function loadSettings(): ?array
    {
        return $this->settings->load();
    }

    public function saveSettings(#[\SensitiveParameter] array $settings): void
    {
        $this->settings->save($settings);
    }

    public function saveProduct(array $product): string
    {
        return $this->products->saveFromTotalGest($product);
    }

    public function onOrderCompleted(callable $listener): void
    {
        $this->orderCompletedListeners[] = $listener;
    }

    public function addProductListColumn(string $title, callable $renderCells): void
    {
        $this->productColumns[$title] = $renderCells;
    }

    public function addOrderListColumn(string $title, callable $renderCells): void
    {
        $this->orderColumns[$title] = $renderCells;
    }

    public function addOrderBulkAction(string $name, string $label, callable $handler): void
    {
        $this->orderBulkActions[$name] = ['label' => $label, 'handler' => $handler];
    }

    public function registerCron(string $name, callable $task): void
    {
        $this->cronTasks[$name] = $task;
    }

    public function addAdminNotice(string $level, string $message, array $details = []): void
    {
        ($this->notify)($level, $message, $details);
    }

    /** @param array<string, mixed> $order */
    public function completeOrder(array $order): void
    {
        foreach ($this->orderCompletedListeners as $listener) {
            $listener($order);
        }
    }

    /** @return array<string, callable> */
    public function productColumns(): array
    {
        return $this->productColumns;
    }

    /** @return array<string, callable> */
    public function orderColumns(): array
    {
        return $this->orderColumns;
    }

    /** @return array<string, string> name => label */
    public function orderBulkActionLabels(): array
    {
        return array_map(static fn (array $action): string => $action['label'], $this->orderBulkActions);
    }

    /** @param list<array<string, mixed>> $orders */
    public function runOrderBulkAction(string $name, array $orders): void
    {
        if (!isset($this->orderBulkActions[$name])) {
            throw new \InvalidArgumentException("unknown bulk action \"$name\"");
        }
        ($this->orderBulkActions[$name]['handler'])($orders);
    }

    /** @return array<string, mixed> task name => what the task returned */
    public function runCron(): array
    {
        $results = [];
        foreach ($this->cronTasks as $name => $task) {
            $results[$name] = $task();
        }

        return $results;
    }
}
