<?php

declare(strict_types=1);

namespace DemoShop;

/** One random token per session, required on every form post. */
final class Csrf
{
    public const FIELD = 'csrf_token';

    public static function token(): string
    {
        return $_SESSION[self::FIELD] ??= bin2hex(random_bytes(32));
    }

    public static function field(): string
    {
        return sprintf('<input type="hidden" name="%s" value="%s">', self::FIELD, Html::e(self::token()));
    }

    /** @param array<string, mixed> $post */
    public static function isValid(array $post): bool
    {
        $submitted = $post[self::FIELD] ?? null;

        return is_string($submitted) && isset($_SESSION[self::FIELD]) && hash_equals($_SESSION[self::FIELD], $submitted);
    }
}
