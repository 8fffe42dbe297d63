<?php

declare(strict_types=1);

namespace DemoShop;

/**
 * Money as decimal strings, added up exactly in millionths (TotalGest sends up to 6 decimals):
 * never floats.
 */
final class Money
{
    private const DECIMALS = 6;
    private const UNIT = 1_000_000;

    /** "24.90" => 24900000 */
    public static function parse(string $amount): int
    {
        if (!preg_match('/^(\d{1,12})(?:\.(\d{1,6}))?$/', $amount, $parts)) {
            throw new \InvalidArgumentException("not an amount of money: \"$amount\"");
        }

        return (int) $parts[1] * self::UNIT + (int) str_pad($parts[2] ?? '', self::DECIMALS, '0');
    }

    /** 24900000 => "24.90": at least two decimals, more only when they are not zero */
    public static function format(int $millionths): string
    {
        $decimals = rtrim(sprintf('%06d', $millionths % self::UNIT), '0');

        return intdiv($millionths, self::UNIT) . '.' . str_pad($decimals, 2, '0');
    }
}
