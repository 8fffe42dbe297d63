<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The TotalGest status of shop products and orders, for the list columns. products() and orders()
 * read a whole page with one store query and remember the rows, so badge() for those ids costs
 * no further query.
 *
 * @strict-properties
 * @not-serializable
 */
final class Status
{
    /** @var string */
    public const SYNCED = 'synced';
    /** @var string */
    public const PENDING = 'pending';
    /** @var string */
    public const ERROR = 'error';
    /** @var string */
    public const NOT_CONNECTED = 'not_connected';

    public function __construct(Store $store) {}

    /**
     * Shop product ids (strings or ints) => ['state', 'external_id', 'synced_at', 'message'].
     */
    public function products(array $shopIds): array {}

    /**
     * Shop order ids => the same rows; external_id is the TotalGest order number.
     */
    public function orders(array $shopIds): array {}

    /** The label of a state in es, it, en, de or fr (English for other locales). */
    public static function label(string $state, string $locale = 'es'): string {}

    /** Escaped HTML for a list cell; $kind is "product" or "order". */
    public function badge(string $kind, string $id, string $locale = 'es'): string {}
}
