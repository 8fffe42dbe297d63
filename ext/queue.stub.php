<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The durable order queue, shop -> TotalGest (docs/order-queue.md). Orders are stored before they
 * are sent; workers lease them, so concurrent workers never send the same order twice and a
 * crashed worker's orders come back when its lease (ini totalgest.lease_seconds) ends.
 *
 * @strict-properties
 * @not-serializable
 */
final class Queue
{
    public function __construct(Store $store) {}

    /**
     * Checks the order (docs/order-mapping.md; a ValidationException names each bad field and
     * nothing is written) and stores it durably. true: queued now; false: known already (a
     * version not sent yet is replaced, an exported order stands as it is).
     */
    public function enqueueOrder(array $order): bool {}

    /** Exports due orders until $limit orders were handled or $timeBudget seconds have passed. */
    public function process(Client $client, int $limit = 100, float $timeBudget = 25.0): Report {}

    /**
     * The admin's export of selected shop orders: each is checked, queued and sent at once, failed
     * ones too; an exported one is reported as such and not sent again.
     */
    public function exportNow(Client $client, array $orders): Report {}

    /** pending, retrying, running, failed, exported, oldest_pending_age_s */
    public function stats(): array {}

    /** The orders that failed for good, newest first: ['id', 'attempts', 'code', 'message', 'updated_at']. */
    public function failed(int $limit = 50): array {}

    /** Sends failed (or waiting) orders again with fresh attempts; how many were moved back. */
    public function retry(string ...$orderIds): int {}
}
