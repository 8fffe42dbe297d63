<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGestCli\Command;
use TotalGestCli\Context;
use TotalGestCli\ExitCode;

/** verify: logs in with the settings and shows the business TotalGest answers with. */
final class Verify implements Command
{
    public function run(Context $context): int
    {
        $context->arguments->allowOnly([]);
        $answer = $context->client()->verifyCredentials();
        if ($context->wantsJson()) {
            $context->json($answer);
            return ExitCode::OK;
        }
        $business = $answer['business'];
        $context->line(sprintf(
            'OK: %s (business %s, owner %s, %s, %s), answered in %d ms',
            $business['name'] ?? '?',
            $business['id'] ?? '?',
            $business['owner_id'] ?? '?',
            $business['currency'] ?? '?',
            $business['country'] ?? '?',
            (int) round($answer['latency_ms']),
        ));

        return ExitCode::OK;
    }
}
