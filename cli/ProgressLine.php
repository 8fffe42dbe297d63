<?php

declare(strict_types=1);

namespace TotalGestCli;

/**
 * A progress line on stderr for long runs, redrawn in place; only when stderr is a terminal, so
 * logs and pipes get no control characters. TotalGest does not announce how many products a sync
 * will bring, so the line shows the count and the rate rather than a percentage.
 */
final class ProgressLine
{
    private const REDRAW_EVERY_SECONDS = 0.1;

    private int $count = 0;
    private float $started;
    private float $drawnAt = 0.0;
    private bool $drawn = false;

    /** @param resource $stream */
    public function __construct(private readonly string $noun, private readonly mixed $stream = STDERR)
    {
        $this->started = microtime(true);
    }

    public static function isWanted(): bool
    {
        return stream_isatty(STDERR);
    }

    public function advance(): void
    {
        $this->count++;
        $now = microtime(true);
        if ($now - $this->drawnAt >= self::REDRAW_EVERY_SECONDS) {
            $this->drawnAt = $now;
            $this->draw($now);
        }
    }

    /** Clears the line, so the summary that follows starts on a clean line. */
    public function finish(): void
    {
        if ($this->drawn) {
            fwrite($this->stream, "\r\033[K");
        }
    }

    private function draw(float $now): void
    {
        $elapsed = max($now - $this->started, 0.001);
        $spinner = ['|', '/', '-', '\\'][(int) ($elapsed * 10) % 4];
        fwrite($this->stream, sprintf(
            "\r\033[K%s %d %s received (%d/s, %ds)",
            $spinner,
            $this->count,
            $this->noun,
            (int) ($this->count / $elapsed),
            (int) $elapsed,
        ));
        $this->drawn = true;
    }
}
