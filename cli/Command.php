<?php

declare(strict_types=1);

namespace TotalGestCli;

/** One subcommand of bin/totalgest. */
interface Command
{
    /** @return int an ExitCode */
    public function run(Context $context): int;
}
