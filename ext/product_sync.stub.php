<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * Product sync, TotalGest -> shop (docs/product-sync.md). Only new or changed products reach the
 * upsert; a checkpoint after each page lets an interrupted run go on where it stopped.
 *
 * @strict-properties
 * @not-serializable
 */
final class ProductSync
{
    public function __construct(Client $client, Store $store) {}

    /**
     * $upsert(array $product): string|int saves the product in the shop and returns the shop's id.
     * A throw fails that product only. $full also lists every product, to deactivate in the shop
     * the ones TotalGest no longer has.
     */
    public function run(callable $upsert, bool $full = false): Report {}

    /** Runs a delta when the last completed run is older than the interval; null: not due, or another process runs it. */
    public function runIfDue(callable $upsert, int $intervalSeconds = 300): ?Report {}
}
