<?php

declare(strict_types=1);

namespace TotalGestCli;

/**
 * Reads the five TotalGest settings (and optional extension options) from a --config file, then
 * lets TOTALGEST_* environment variables replace single values (e.g. the password kept out of
 * the file).
 *
 * A .json file holds an object: {"business_id": "...", ..., "options": {"timeout_ms": 5000}}.
 * Any other file is INI: the five keys at the top, the options in an [options] section.
 */
final class SettingsLoader
{
    public const KEYS = ['business_id', 'owner_id', 'endpoint', 'username', 'password'];

    /**
     * @param array<string, string> $environment variable name => value
     * @return array<string, mixed> settings for TotalGest\Config::fromArray()
     */
    public static function load(?string $file, array $environment): array
    {
        $settings = $file === null ? [] : self::fromFile($file);
        foreach (self::KEYS as $key) {
            $value = $environment['TOTALGEST_' . strtoupper($key)] ?? '';
            if ($value !== '') {
                $settings[$key] = $value;
            }
        }
        if ($file === null && array_diff(self::KEYS, array_keys($settings)) !== []) {
            throw new ConfigError('no settings: pass --config FILE or set TOTALGEST_BUSINESS_ID, TOTALGEST_OWNER_ID, '
                . 'TOTALGEST_ENDPOINT, TOTALGEST_USERNAME and TOTALGEST_PASSWORD');
        }

        return $settings;
    }

    /** @return array<string, mixed> */
    private static function fromFile(string $file): array
    {
        if (!is_file($file) || !is_readable($file)) {
            throw new ConfigError("cannot read the settings file $file");
        }
        $settings = str_ends_with(strtolower($file), '.json') ? self::fromJson($file) : self::fromIni($file);
        $unknown = array_diff(array_keys($settings), [...self::KEYS, 'options']);
        if ($unknown !== []) {
            throw new ConfigError("$file: unknown setting " . implode(', ', $unknown)
                . ' (known: ' . implode(', ', self::KEYS) . ', options)');
        }
        foreach (self::KEYS as $key) {
            if (isset($settings[$key]) && !is_string($settings[$key])) {
                throw new ConfigError("$file: $key must be a string");
            }
        }
        if (isset($settings['password']) && (fileperms($file) & 0o004) !== 0) {
            fwrite(STDERR, "totalgest: warning: $file holds the password and every user can read it (chmod 600)\n");
        }

        return $settings;
    }

    /** @return array<string, mixed> */
    private static function fromJson(string $file): array
    {
        try {
            $settings = json_decode((string) file_get_contents($file), true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new ConfigError("$file is not valid JSON: {$e->getMessage()}");
        }
        if (!is_array($settings) || array_is_list($settings)) {
            throw new ConfigError("$file must hold a JSON object of settings");
        }

        return $settings;
    }

    /** @return array<string, mixed> */
    private static function fromIni(string $file): array
    {
        // Raw scanning: a password such as "yes" or "123" stays the text it is.
        $settings = @parse_ini_file($file, true, INI_SCANNER_RAW);
        if ($settings === false) {
            throw new ConfigError("$file is neither JSON (name it *.json) nor valid INI: "
                . (error_get_last()['message'] ?? 'parse error'));
        }
        if (isset($settings['options'])) {
            if (!is_array($settings['options'])) {
                throw new ConfigError("$file: options must be an [options] section, not a single value");
            }
            // Numeric options are numbers; the extension checks their ranges.
            $settings['options'] = array_map(
                static fn (mixed $value): mixed => is_string($value) && preg_match('/^\d+$/', $value) === 1 ? (int) $value : $value,
                $settings['options'],
            );
        }

        return $settings;
    }
}
