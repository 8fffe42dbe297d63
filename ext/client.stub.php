<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * Talks to TotalGest with one Config. The auth token and open connections are kept per process
 * for that Config, so the next request of an FPM worker reuses them.
 *
 * @strict-properties
 * @not-serializable
 */
final class Client
{
    public function __construct(Config $config) {}

    /** Logs in and reads the business: ['business' => [...], 'latency_ms' => float]. */
    public function verifyCredentials(): array {}

    /** Normalized products, streamed page by page (one page in memory at a time). */
    public function products(?string $updatedSince = null): \Iterator {}

    /** Stock levels ['external_id', 'sku', 'stock_quantity', 'updated_at'], streamed page by page. */
    public function stock(?string $updatedSince = null): \Iterator {}

    /**
     * Sends one shop order now, outside the queue: checked first (ValidationException, nothing
     * sent), then ['id' => TotalGest id, 'number' => TotalGest number, 'duplicate' => bool].
     * Sending the same shop order again returns the order made the first time, duplicate true.
     */
    public function exportOrder(array $order): array {}

    /** The TotalGest order made for this shop order id: ['id', 'number'], or null when there is none. */
    public function findOrder(string $externalRef): ?array {}
}
