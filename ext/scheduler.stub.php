<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The cron entry point: one call per cron minute.
 *
 * @strict-properties
 * @not-serializable
 */
final class Scheduler
{
    private function __construct() {}

    /**
     * Runs the product sync when it is due (every product_interval seconds), then drains the order
     * queue within what is left of time_budget; never overlaps with itself (a lock in the store).
     * Options: product_interval (300), time_budget (50.0 seconds), queue_limit (500),
     * lock_ttl (900 seconds: how long a crashed tick blocks the next ones).
     * Returns ['ran' => bool, 'skipped' => ?string, 'products' => ?Report, 'orders' => ?Report,
     * 'errors' => [part => message], 'duration_s' => float].
     */
    public static function tick(Client $client, Store $store, callable $upsertProduct, array $options = []): array {}
}
