<?php

declare(strict_types=1);

namespace TotalGestCli;

/** bin/totalgest: picks the command, runs it, turns every error into a message and an exit code. */
final class Application
{
    public const HELP = <<<'TEXT'
        Usage: totalgest COMMAND [OPTIONS] [ARGUMENTS]

        Operates the TotalGest sync of a shop from the command line.

        Commands:
          verify                     log in to TotalGest and show the business
          sync [--full]              import new and changed products; each product is written to
                                     stdout as one JSON line (NDJSON), the summary to stderr, and a
                                     progress line to stderr when it is a terminal. --full reads the
                                     whole catalogue again. Use a --store of its own: products synced
                                     into the shop's store count as synced and the shop would miss them
          stats                      the order queue: pending, retrying, running, failed, exported
          process [--limit N] [--time S]
                                     send due orders of the queue now (default: 100 orders, 25 s)
          retry ORDER-ID...|--all    put failed orders back in the queue
          export FILE...             send these orders now, failed ones too; FILE ("-": stdin) holds
                                     orders as the shop hands them over: one JSON order, a JSON list,
                                     or one order per line. Orders already exported are not sent again

        Options:
          --config FILE              the settings: a *.json file {"business_id": "...", "owner_id": "...",
                                     "endpoint": "...", "username": "...", "password": "...",
                                     "options": {...}}, or an INI file with the same keys and an
                                     [options] section
          --store DSN                the local store (a path or sqlite:/path); default: the
                                     TOTALGEST_STORE variable, else the totalgest.store INI setting
          --json                     print results as JSON
          -h, --help                 this help

        Environment:
          TOTALGEST_BUSINESS_ID, TOTALGEST_OWNER_ID, TOTALGEST_ENDPOINT, TOTALGEST_USERNAME,
          TOTALGEST_PASSWORD         the settings without --config, or single values that replace
                                     those of the file (e.g. a password kept out of it)
          TOTALGEST_STORE            the local store, when --store is not given

        Exit codes:
          0  done
          1  done, but some items failed (listed in the output)
          2  usage: unknown command or option, bad value, unreadable order file
          3  configuration invalid: settings missing or refused, extension not loaded
          4  connection: TotalGest could not be reached (DNS, connect, TLS, timeout, 5xx)
          5  authentication: TotalGest refused the username, password, business or owner
          6  protocol: the answer did not come from TotalGest or broke its contract
          7  any other error, e.g. the local store could not be used
        TEXT;

    private const COMMANDS = [
        'verify' => Command\Verify::class,
        'sync' => Command\Sync::class,
        'stats' => Command\Stats::class,
        'process' => Command\Process::class,
        'retry' => Command\Retry::class,
        'export' => Command\Export::class,
    ];

    /**
     * @param list<string> $argv the command line without the script name
     * @param array<string, string> $environment
     */
    public static function run(array $argv, array $environment): int
    {
        try {
            $arguments = Arguments::parse($argv);
            if ($arguments->flag('help') || $arguments->command === 'help') {
                fwrite(STDOUT, self::HELP . "\n");
                return ExitCode::OK;
            }
            if ($arguments->command === null) {
                throw new UsageError('no command given');
            }
            $class = self::COMMANDS[$arguments->command]
                ?? throw new UsageError("unknown command \"$arguments->command\"");
            if (!class_exists(\TotalGest\Client::class)) {
                throw new ConfigError('the totalgest extension is not loaded (php -d extension=totalgest.so, or php.ini)');
            }

            return (new $class())->run(new Context($arguments, $environment));
        } catch (\Throwable $e) {
            // The extension's messages name the fields and never contain the password.
            fwrite(STDERR, 'totalgest: ' . $e->getMessage() . "\n");
            if ($e instanceof UsageError) {
                fwrite(STDERR, "Run \"totalgest --help\" for the commands and options.\n");
            }

            return ExitCode::forException($e);
        }
    }
}
