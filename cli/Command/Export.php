<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGest\Queue;
use TotalGestCli\Command;
use TotalGestCli\Context;
use TotalGestCli\UsageError;

/**
 * export FILE...: the manual export of orders, sent at once (failed ones too) and queued like
 * completed orders. Each FILE ("-": stdin) holds orders as the shop hands them over: one JSON
 * order, a JSON list of orders, or one order per line (NDJSON).
 *
 * It takes the orders themselves, not ids: the queue keeps orders only for sending them and
 * drops exported ones after a while, so the shop's own copy is the one to send.
 */
final class Export implements Command
{
    public function run(Context $context): int
    {
        $arguments = $context->arguments;
        $arguments->allowOnly([], true);
        if ($arguments->positional === []) {
            throw new UsageError('export needs at least one FILE of orders ("-" reads stdin)');
        }
        $orders = [];
        foreach ($arguments->positional as $file) {
            array_push($orders, ...self::ordersIn($file));
        }

        return $context->report((new Queue($context->store()))->exportNow($context->client(), $orders));
    }

    /** @return list<array<string, mixed>> */
    private static function ordersIn(string $file): array
    {
        $text = $file === '-' ? stream_get_contents(STDIN) : (is_file($file) ? @file_get_contents($file) : false);
        if ($text === false) {
            throw new UsageError("export: cannot read $file");
        }
        $text = trim($text);
        if ($text === '') {
            throw new UsageError("export: $file holds no orders");
        }
        try {
            $decoded = json_decode($text, true, 64, JSON_THROW_ON_ERROR);
            $orders = is_array($decoded) && array_is_list($decoded) ? $decoded : [$decoded];
        } catch (\JsonException) {
            $orders = self::ndjson($file, $text);
        }
        foreach ($orders as $number => $order) {
            if (!is_array($order) || array_is_list($order)) {
                throw new UsageError(sprintf('export: %s: order %d is not a JSON object', $file, $number + 1));
            }
        }

        return $orders;
    }

    /** @return list<mixed> */
    private static function ndjson(string $file, string $text): array
    {
        $orders = [];
        foreach (explode("\n", $text) as $number => $line) {
            if (trim($line) === '') {
                continue;
            }
            try {
                $orders[] = json_decode($line, true, 64, JSON_THROW_ON_ERROR);
            } catch (\JsonException $e) {
                throw new UsageError(sprintf('export: %s line %d is not JSON: %s', $file, $number + 1, $e->getMessage()));
            }
        }

        return $orders;
    }
}
