<?php

declare(strict_types=1);

namespace TotalGestCli;

/** The command line is wrong: unknown command or option, missing or malformed value. */
final class UsageError extends \RuntimeException
{
}
