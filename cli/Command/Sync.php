<?php

declare(strict_types=1);

namespace TotalGestCli\Command;

use TotalGest\ProductSync;
use TotalGestCli\Command;
use TotalGestCli\Context;
use TotalGestCli\ExitCode;
use TotalGestCli\ProgressLine;

/**
 * sync [--full]: imports new and changed products from TotalGest. With no shop around, each
 * product is written to stdout as one JSON line (NDJSON) for an importer to read, and the store
 * records it under its TotalGest id as the shop id. The summary goes to stderr.
 * Point --store at a store of its own: in the shop's store these products would count as synced
 * and the shop would never receive them.
 */
final class Sync implements Command
{
    public function run(Context $context): int
    {
        $context->arguments->allowOnly(['full']);
        $client = $context->client();
        $progress = ProgressLine::isWanted() ? new ProgressLine('products') : null;
        $writeProduct = static function (array $product) use ($context, $progress): string {
            $line = json_encode($product, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR) . "\n";
            // A product the reader never got (closed pipe, full disk) must not count as synced: the
            // exception fails this product in the report, and the next sync sends it again.
            if (@fwrite($context->out, $line) !== strlen($line)) {
                throw new \RuntimeException('cannot write the product to stdout');
            }
            $progress?->advance();
            return (string) $product['external_id'];
        };

        try {
            $report = (new ProductSync($client, $context->store()))->run($writeProduct, $context->arguments->flag('full'));
        } finally {
            $progress?->finish();
        }
        fwrite($context->err, ($context->wantsJson() ? json_encode($report, JSON_UNESCAPED_SLASHES) : 'sync: ' . $report) . "\n");

        return $report->failed > 0 ? ExitCode::ITEMS_FAILED : ExitCode::OK;
    }
}
