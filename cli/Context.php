<?php

declare(strict_types=1);

namespace TotalGestCli;

use TotalGest\Client;
use TotalGest\Config;
use TotalGest\Report;
use TotalGest\Store;

/** What a command works with: its arguments, the settings, the store and the output streams. */
final class Context
{
    /**
     * @param array<string, string> $environment
     * @param resource $out
     * @param resource $err
     */
    public function __construct(
        public readonly Arguments $arguments,
        private readonly array $environment,
        public readonly mixed $out = STDOUT,
        public readonly mixed $err = STDERR,
    ) {
    }

    public function client(): Client
    {
        $settings = SettingsLoader::load($this->arguments->value('config'), $this->environment);

        return new Client(Config::fromArray($settings));
    }

    /** --store, else TOTALGEST_STORE, else the totalgest.store INI setting. */
    public function store(): Store
    {
        return new Store($this->arguments->value('store') ?? ($this->environment['TOTALGEST_STORE'] ?? ''));
    }

    public function wantsJson(): bool
    {
        return $this->arguments->flag('json');
    }

    public function line(string $text): void
    {
        fwrite($this->out, $text . "\n");
    }

    public function json(mixed $value): void
    {
        $this->line(json_encode($value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR));
    }

    /** Prints a report (its line, then one line per failure) and answers the exit code it calls for. */
    public function report(Report $report): int
    {
        if ($this->wantsJson()) {
            $this->json($report);
        } else {
            $this->line(sprintf('%d succeeded, %d failed', $report->succeeded, $report->failed));
            foreach ($report->errors() as $error) {
                $this->line(sprintf('  %s: %s (%s)', $error['id'], $error['message'], $error['code']));
            }
        }

        return $report->failed > 0 ? ExitCode::ITEMS_FAILED : ExitCode::OK;
    }
}
