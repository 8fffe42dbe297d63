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
}
