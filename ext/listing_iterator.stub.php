<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * A TotalGest listing (Client::products(), Client::stock()) read page by page: one page is in
 * memory at a time. rewind() starts the listing again. Entries that break the contract are
 * skipped with a warning.
 *
 * @strict-properties
 * @not-serializable
 */
final class ListingIterator implements \Iterator
{
    private function __construct() {}

    public function current(): mixed {}

    public function key(): mixed {}

    public function next(): void {}

    public function rewind(): void {}

    public function valid(): bool {}
}
