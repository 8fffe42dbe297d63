<?php

declare(strict_types=1);

namespace TotalGestCli;

/**
 * The parsed command line: one command, its positional arguments and its options. Options are
 * "--name value", "--name=value" or flags ("--full"); after "--" every word is positional.
 */
final class Arguments
{
    /** Option name => whether it takes a value; the same for every command. */
    private const OPTIONS = [
        'help' => false, 'config' => true, 'store' => true, 'json' => false,
        'full' => false, 'limit' => true, 'time' => true, 'all' => false,
    ];

    /**
     * @param list<string> $positional
     * @param array<string, string|true> $options
     */
    private function __construct(
        public readonly ?string $command,
        public readonly array $positional,
        private readonly array $options,
    ) {
    }

    /** @param list<string> $argv the command line without the script name */
    public static function parse(array $argv): self
    {
        $command = null;
        $positional = [];
        $options = [];
        $optionsEnded = false;
        for ($i = 0; $i < count($argv); $i++) {
            $word = $argv[$i];
            if ($word === '-h') {
                $word = '--help';
            }
            if ($word === '--' && !$optionsEnded) {
                $optionsEnded = true;
                continue;
            }
            if ($optionsEnded || !str_starts_with($word, '--')) {
                if ($command === null) {
                    $command = $word;
                } else {
                    $positional[] = $word;
                }
                continue;
            }
            [$name, $value] = str_contains($word, '=') ? explode('=', substr($word, 2), 2) : [substr($word, 2), null];
            if (!isset(self::OPTIONS[$name])) {
                throw new UsageError("unknown option --$name");
            }
            if (self::OPTIONS[$name] === false) {
                if ($value !== null) {
                    throw new UsageError("--$name takes no value");
                }
                $options[$name] = true;
                continue;
            }
            if ($value === null) {
                if (!isset($argv[$i + 1])) {
                    throw new UsageError("--$name needs a value");
                }
                $value = $argv[++$i];
            }
            $options[$name] = $value;
        }

        return new self($command, $positional, $options);
    }

    public function flag(string $name): bool
    {
        return isset($this->options[$name]);
    }

    public function value(string $name): ?string
    {
        $value = $this->options[$name] ?? null;

        return is_string($value) ? $value : null;
    }

    /**
     * @param list<string> $allowed the options this command understands
     * @param bool $takesArguments whether it takes positional arguments (a stray word such as
     *        "sync full" must not run a different command than the one meant)
     */
    public function allowOnly(array $allowed, bool $takesArguments = false): void
    {
        if (!$takesArguments && $this->positional !== []) {
            throw new UsageError("$this->command takes no arguments, not \"{$this->positional[0]}\"");
        }
        $global = ['help', 'config', 'store', 'json'];
        foreach (array_keys($this->options) as $name) {
            if (!in_array($name, $global, true) && !in_array($name, $allowed, true)) {
                throw new UsageError("$this->command does not take --$name");
            }
        }
    }

    public function positiveInt(string $name, int $default): int
    {
        $value = $this->value($name);
        if ($value === null) {
            return $default;
        }
        $number = filter_var($value, FILTER_VALIDATE_INT, ['options' => ['min_range' => 1]]);
        if ($number === false) {
            throw new UsageError("--$name must be a whole number of at least 1, not \"$value\"");
        }

        return $number;
    }

    public function positiveSeconds(string $name, float $default): float
    {
        $value = $this->value($name);
        if ($value === null) {
            return $default;
        }
        $seconds = filter_var($value, FILTER_VALIDATE_FLOAT);
        if ($seconds === false || $seconds <= 0 || !is_finite($seconds)) {
            throw new UsageError("--$name must be a number of seconds above 0, not \"$value\"");
        }

        return $seconds;
    }
}
