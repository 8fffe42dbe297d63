<?php

declare(strict_types=1);

namespace TotalGestPlugin;

use TotalGest\Client;
use TotalGest\Config;
use TotalGest\Exception as TotalGestException;
use TotalGest\Queue;
use TotalGest\Scheduler;
use TotalGest\Status;
use TotalGest\Store;
use TotalGest\ValidationException;

/**
 * Wires the totalgest extension into Framework360: orders go to the queue when completed, the
 * cron syncs products and drains the queue, the lists get a status column and the order list
 * an "Export to TotalGest" bulk action.
 */
final class Plugin
{
    private const COLUMN_TITLE = 'TotalGest';
    private const RETRY_BATCH = 500;

    public function __construct(
        private readonly HostAdapter $host,
        private readonly Store $store,
        private readonly string $locale = 'it',
    ) {
    }

    /** Registers the hooks; called once per request by the host. */
    public function register(): void
    {
        if (!$this->host->isEcommerceActive()) {
            $this->host->addAdminNotice(
                'warning',
                'TotalGest does nothing: the e-commerce module is not active, so there are no products or orders to sync.',
            );
            return;
        }
        $this->host->onOrderCompleted($this->enqueueOrder(...));
        $this->host->addProductListColumn(self::COLUMN_TITLE, fn (array $ids): array => $this->statusCells('product', $ids));
        $this->host->addOrderListColumn(self::COLUMN_TITLE, fn (array $ids): array => $this->statusCells('order', $ids));
        $this->host->addOrderBulkAction('totalgest_export', 'Export to TotalGest', $this->exportOrders(...));
        $this->host->registerCron('totalgest', $this->runCron(...));
    }

    public function settingsForm(): SettingsForm
    {
        return new SettingsForm($this->host);
    }

    public function queue(): Queue
    {
        return new Queue($this->store);
    }

    /** Puts every order that failed for good back in the queue; returns how many. */
    public function retryAllFailed(): int
    {
        $queue = $this->queue();
        $moved = 0;
        // In batches, so memory stays flat; a batch that moves nothing ends the loop in any case.
        while (($failed = $queue->failed(self::RETRY_BATCH)) !== []) {
            $movedNow = $queue->retry(...array_map(static fn (array $item): string => (string) $item['id'], $failed));
            if ($movedNow === 0) {
                break;
            }
            $moved += $movedNow;
        }

        return $moved;
    }

    /** @param array<string, mixed> $order */
    private function enqueueOrder(array $order): void
    {
        // A completed order must never fail the checkout: a refused order becomes an admin notice.
        try {
            $this->queue()->enqueueOrder($order);
        } catch (TotalGestException $e) {
            $this->host->addAdminNotice(
                'error',
                sprintf('Order %s was not queued for TotalGest: %s', self::orderId($order), $e->getMessage()),
                self::fieldErrors($e),
            );
        }
    }

    /**
     * @param list<string> $ids
     * @return array<string, string> id => cell HTML
     */
    private function statusCells(string $kind, array $ids): array
    {
        if ($this->host->loadSettings() === null) {
            return array_fill_keys($ids, $this->notConnectedBadge());
        }

        $status = new Status($this->store);
        // One store query for the whole page; badge() then reads what it remembered.
        $kind === 'product' ? $status->products($ids) : $status->orders($ids);
        $cells = [];
        foreach ($ids as $id) {
            $cells[$id] = $status->badge($kind, (string) $id, $this->locale);
        }

        return $cells;
    }

    /** The badge Status::badge() draws for a shop item TotalGest never saw. */
    private function notConnectedBadge(): string
    {
        return sprintf(
            '<span class="tg-status tg-status--%1$s" data-tg-state="%1$s">%2$s</span>',
            Status::NOT_CONNECTED,
            htmlspecialchars(Status::label(Status::NOT_CONNECTED, $this->locale), ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8'),
        );
    }

    /** @param list<array<string, mixed>> $orders */
    private function exportOrders(array $orders): void
    {
        try {
            // Inside the try: saved settings the extension no longer accepts become a notice too.
            $client = $this->client();
            if ($client === null) {
                $this->host->addAdminNotice('error', 'Export to TotalGest: not connected. Save the TotalGest settings first.');
                return;
            }
            ExportNotice::show($this->host, $this->queue()->exportNow($client, $orders));
        } catch (TotalGestException $e) {
            $this->host->addAdminNotice('error', 'Export to TotalGest failed: ' . $e->getMessage(), self::fieldErrors($e));
        }
    }

    /** @return array<string, mixed> what the scheduler did, or why it did nothing */
    private function runCron(): array
    {
        $client = $this->client();
        if ($client === null) {
            return ['skipped' => 'not connected: no TotalGest settings saved'];
        }

        return Scheduler::tick($client, $this->store, $this->host->saveProduct(...));
    }

    private function client(): ?Client
    {
        $settings = $this->host->loadSettings();

        return $settings === null ? null : new Client(Config::fromArray($settings));
    }

    /**
     * The order's id for a notice. Only a string or an int: casting anything else could throw (an
     * object) and so break the checkout this notice is there to protect.
     *
     * @param array<string, mixed> $order
     */
    private static function orderId(array $order): string
    {
        $id = $order['id'] ?? null;

        return is_string($id) || is_int($id) ? (string) $id : '?';
    }

    /** @return list<string> "field: message" lines of a validation error, none for other errors */
    private static function fieldErrors(TotalGestException $e): array
    {
        if (!$e instanceof ValidationException) {
            return [];
        }
        $lines = [];
        foreach ($e->errors() as $field => $message) {
            $lines[] = $field . ': ' . $message;
        }

        return $lines;
    }
}
