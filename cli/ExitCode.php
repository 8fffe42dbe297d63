<?php

declare(strict_types=1);

namespace TotalGestCli;

use TotalGest\AuthenticationException;
use TotalGest\ConnectionException;
use TotalGest\ProtocolException;
use TotalGest\ValidationException;

/** The exit codes of bin/totalgest, documented in its --help. */
final class ExitCode
{
    public const OK = 0;
    public const ITEMS_FAILED = 1;
    public const USAGE = 2;
    public const CONFIG_INVALID = 3;
    public const CONNECTION = 4;
    public const AUTHENTICATION = 5;
    public const PROTOCOL = 6;
    public const OTHER = 7;

    public static function forException(\Throwable $e): int
    {
        return match (true) {
            $e instanceof UsageError => self::USAGE,
            $e instanceof ConfigError, $e instanceof ValidationException => self::CONFIG_INVALID,
            $e instanceof ConnectionException => self::CONNECTION,
            $e instanceof AuthenticationException => self::AUTHENTICATION,
            $e instanceof ProtocolException => self::PROTOCOL,
            default => self::OTHER,
        };
    }
}
