<?php

declare(strict_types=1);

namespace TotalGestCli;

/** The settings cannot be read: missing file, unreadable, not JSON or INI, missing extension. */
final class ConfigError extends \RuntimeException
{
}
