<?php

declare(strict_types=1);

namespace DemoShop;

/** Admin notices kept in the session until the next page shows them. */
final class Notices
{
    private const KEY = 'notices';

    /** @param list<string> $details */
    public static function add(string $level, string $message, array $details = []): void
    {
        $_SESSION[self::KEY][] = ['level' => $level, 'message' => $message, 'details' => $details];
    }

    /** @return list<array{level: string, message: string, details: list<string>}> each notice once */
    public static function take(): array
    {
        $notices = $_SESSION[self::KEY] ?? [];
        unset($_SESSION[self::KEY]);
        // The plugin repeats some notices on every request (e.g. an inactive e-commerce module).
        return array_values(array_unique($notices, SORT_REGULAR));
    }
}
