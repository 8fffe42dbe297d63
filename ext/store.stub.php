<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The local state: product map, order queue, sync cursors, locks. One SQLite database file.
 *
 * @strict-properties
 * @not-serializable
 */
final class Store
{
    /** "" takes the totalgest.store INI setting; a path or "sqlite:/path/to/file.sqlite". */
    public function __construct(string $dsn = '') {}

    /** The database file in use. */
    public function path(): string {}
}
