<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGest\Queue;
use TotalGestCli\Command;
use TotalGestCli\Context;

/** process [--limit N] [--time S]: sends due orders of the queue to TotalGest now. */
final class Process implements Command
{
    public const DEFAULT_LIMIT = 100;
    public const DEFAULT_SECONDS = 25.0;

    public function run(Context $context): int
    {
        $arguments = $context->arguments;
        $arguments->allowOnly(['limit', 'time']);
        $limit = $arguments->positiveInt('limit', self::DEFAULT_LIMIT);
        $seconds = $arguments->positiveSeconds('time', self::DEFAULT_SECONDS);

        return $context->report((new Queue($context->store()))->process($context->client(), $limit, $seconds));
    }
}
