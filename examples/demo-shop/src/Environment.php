<?php

declare(strict_types=1);

namespace DemoShop;

/**
 * The demo shop's settings, read from environment variables:
 *   DEMO_SHOP_DB          the shop's SQLite file (default: var/shop.sqlite beside this app)
 *   TOTALGEST_STORE       the extension's store; empty: the totalgest.store INI setting
 *   DEMO_SHOP_ECOMMERCE   "off" stands for Framework360 without its e-commerce module
 *   DEMO_SHOP_LOCALE      language of the status labels: es, it or en (default en)
 *   DEMO_SHOP_CURRENCY    the currency of the shop's orders (default EUR)
 */
final class Environment
{
    public function __construct(
        public readonly string $databasePath,
        public readonly string $storeDsn,
        public readonly bool $ecommerceActive,
        public readonly string $locale,
        public readonly string $currency,
    ) {
    }

    public static function fromEnv(): self
    {
        return new self(
            self::env('DEMO_SHOP_DB') ?? dirname(__DIR__) . '/var/shop.sqlite',
            self::env('TOTALGEST_STORE') ?? '',
            (self::env('DEMO_SHOP_ECOMMERCE') ?? 'on') !== 'off',
            self::env('DEMO_SHOP_LOCALE') ?? 'en',
            self::env('DEMO_SHOP_CURRENCY') ?? 'EUR',
        );
    }

    private static function env(string $name): ?string
    {
        $value = getenv($name);

        return $value === false || $value === '' ? null : $value;
    }
}
