<?php

declare(strict_types=1);

namespace DemoShop;

use PDO;

/** Opens the shop's SQLite database and creates its tables on first use. */
final class Database
{
    public static function open(string $path): PDO
    {
        $dir = dirname($path);
        if (!is_dir($dir) && !mkdir($dir, 0775, true) && !is_dir($dir)) {
            throw new \RuntimeException("cannot create the database folder $dir");
        }
        if (!file_exists($path)) {
            // The settings table holds the TotalGest password: only the shop's own user may read
            // the file (SQLite gives its -wal and -shm files the same mode).
            touch($path);
            chmod($path, 0600);
        }
        $db = new PDO('sqlite:' . $path, null, null, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            // The cron loop writes products while the web server reads them.
            PDO::ATTR_TIMEOUT => 10,
        ]);
        $db->exec('PRAGMA journal_mode = WAL');
        self::createSchema($db);

        return $db;
    }

    private static function createSchema(PDO $db): void
    {
        // The web server and the cron loop may both open a new database at once: check inside the lock.
        $db->exec('BEGIN IMMEDIATE');
        if ($db->query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orders'")->fetchColumn()) {
            $db->exec('COMMIT');
            return;
        }
        $db->exec(<<<'SQL'
            CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE products (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                totalgest_id TEXT UNIQUE,
                sku TEXT NOT NULL,
                ean TEXT,
                name TEXT NOT NULL,
                short_description TEXT,
                description TEXT,
                price TEXT NOT NULL,
                vat_rate TEXT NOT NULL,
                stock INTEGER NOT NULL,
                active INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                customer TEXT NOT NULL,
                total TEXT NOT NULL,
                data TEXT NOT NULL
            );
            -- Order numbers start at 1001, like a shop that has been selling for a while.
            INSERT INTO sqlite_sequence (name, seq) VALUES ('orders', 1000);
            -- A product the shop created itself: its status stays "not connected".
            INSERT INTO products (sku, name, short_description, price, vat_rate, stock, active, updated_at)
            VALUES ('GIFT-25', 'Gift card 25', 'A gift card created in the shop, not in TotalGest', '25.00', '0', 100, 1,
                    '2026-01-01T00:00:00+00:00');
            SQL);
        $db->exec('COMMIT');
    }
}
