<?php

declare(strict_types=1);

namespace TotalGestPlugin;

use TotalGest\Report;

/** Tells the admin how a manual export went: the counts, then one line per failed order. */
final class ExportNotice
{
    public static function show(HostAdapter $host, Report $report): void
    {
        $level = match (true) {
            $report->failed === 0 => 'success',
            $report->succeeded === 0 => 'error',
            default => 'warning',
        };
        $message = sprintf(
            'Export to TotalGest: %d exported, %d failed.',
            $report->succeeded,
            $report->failed,
        );
        $details = [];
        foreach ($report->errors() as $error) {
            $details[] = sprintf('Order %s: %s (%s)', $error['id'], $error['message'], $error['code']);
        }
        $host->addAdminNotice($level, $message, $details);
    }
}
