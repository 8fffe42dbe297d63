<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The outcome of a product sync or an order export. Made by the extension only.
 *
 * @strict-properties
 * @not-serializable
 */
final class Report implements \Countable, \JsonSerializable
{
    public readonly int $succeeded;
    public readonly int $failed;

    private function __construct() {}

    /** @return list<array{id: string, code: string, message: string}> */
    public function errors(): array {}

    /** succeeded, failed, counts (named counters), errors, stopped (why a run ended early, or null), summary */
    public function toArray(): array {}

    /** The number of items handled: succeeded + failed. */
    public function count(): int {}

    public function jsonSerialize(): array {}

    /** One human line: "3 exported, 1 failed: #1004 VAT number rejected". */
    public function __toString(): string {}
}
