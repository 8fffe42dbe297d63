<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGest\Queue;
use TotalGestCli\Command;
use TotalGestCli\Context;
use TotalGestCli\ExitCode;

/** stats: how many orders wait, run, failed and were exported; no connection needed. */
final class Stats implements Command
{
    public function run(Context $context): int
    {
        $context->arguments->allowOnly([]);
        $stats = (new Queue($context->store()))->stats();
        if ($context->wantsJson()) {
            $context->json($stats);
            return ExitCode::OK;
        }
        $width = max(array_map('strlen', array_keys($stats)));
        foreach ($stats as $name => $value) {
            $context->line(sprintf('%-' . $width . 's  %s', $name, $value ?? '-'));
        }

        return ExitCode::OK;
    }
}
