<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGest\Queue;
use TotalGestCli\Command;
use TotalGestCli\Context;
use TotalGestCli\ExitCode;
use TotalGestCli\UsageError;

/** retry ORDER-ID...|--all: puts failed orders back in the queue; the next process sends them. */
final class Retry implements Command
{
    private const BATCH = 500;

    public function run(Context $context): int
    {
        $arguments = $context->arguments;
        $arguments->allowOnly(['all'], true);
        $all = $arguments->flag('all');
        if ($all === ($arguments->positional !== [])) {
            throw new UsageError('retry takes order ids or --all, one of the two');
        }
        foreach ($arguments->positional as $id) {
            if ($id === '') {
                throw new UsageError('retry: an order id cannot be empty');
            }
        }
        $queue = new Queue($context->store());
        $moved = $all ? self::retryAllFailed($queue) : $queue->retry(...$arguments->positional);

        if ($context->wantsJson()) {
            $context->json(['retried' => $moved]);
        } else {
            $context->line(sprintf('%d order(s) queued again', $moved));
        }
        if (!$all && $moved < count(array_unique($arguments->positional))) {
            fwrite($context->err, "retry: some of the orders were not failed or not in the queue\n");
            return ExitCode::ITEMS_FAILED;
        }

        return ExitCode::OK;
    }

    private static function retryAllFailed(Queue $queue): int
    {
        $moved = 0;
        // Batches keep memory flat; a batch that moves nothing ends the loop in every case.
        while (($failed = $queue->failed(self::BATCH)) !== []) {
            $movedNow = $queue->retry(...array_map(static fn (array $item): string => (string) $item['id'], $failed));
            if ($movedNow === 0) {
                break;
            }
            $moved += $movedNow;
        }

        return $moved;
    }
}
