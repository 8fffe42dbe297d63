<?php

declare(strict_types=1);

namespace DemoShop;

use PDO;
use TotalGestPlugin\SettingsForm;

/** Where the demo shop keeps the TotalGest settings (Framework360 keeps them in its own settings store). */
final class SettingsRepository
{
    public function __construct(private readonly PDO $db)
    {
    }

    /** @return array<string, string>|null the five settings, or null before the first save */
    public function load(): ?array
    {
        $rows = $this->db->query('SELECT name, value FROM settings')->fetchAll(PDO::FETCH_KEY_PAIR);
        $settings = [];
        foreach (array_keys(SettingsForm::FIELDS) as $name) {
            if (!isset($rows[$name])) {
                return null;
            }
            $settings[$name] = $rows[$name];
        }

        return $settings;
    }

    /** @param array<string, string> $settings */
    public function save(#[\SensitiveParameter] array $settings): void
    {
        $insert = $this->db->prepare('INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)');
        $this->db->beginTransaction();
        foreach (array_keys(SettingsForm::FIELDS) as $name) {
            $insert->execute([$name, $settings[$name]]);
        }
        $this->db->commit();
    }
}
