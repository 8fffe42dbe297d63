<?php

declare(strict_types=1);

namespace TotalGestPlugin;

use TotalGest\Client;
use TotalGest\Config;
use TotalGest\Exception as TotalGestException;
use TotalGest\ValidationException;

/**
 * Saves the TotalGest settings only after TotalGest has accepted them.
 *
 * The password is never shown again; a blank password keeps the saved one, but only while the
 * endpoint and username stay the same, so nobody can send the saved password to another server.
 */
final class SettingsForm
{
    /** Setting name => the label Framework360 shows for it. */
    public const FIELDS = [
        'business_id' => 'ID Negocio',
        'owner_id' => 'ID Owner',
        'endpoint' => 'Endpoint API',
        'username' => 'Username',
        'password' => 'Password',
    ];

    public function __construct(private readonly HostAdapter $host)
    {
    }

    /** @param array<string, mixed> $input the submitted form, one entry per FIELDS key */
    public function save(#[\SensitiveParameter] array $input): SettingsResult
    {
        $settings = [];
        foreach (array_keys(self::FIELDS) as $name) {
            $value = $input[$name] ?? '';
            if (!is_string($value)) {
                return SettingsResult::invalid([$name => 'must be a single text value']);
            }
            $settings[$name] = $name === 'password' ? $value : trim($value);
        }

        $savedSettings = null;
        if ($settings['password'] === '') {
            $savedSettings = $this->host->loadSettings();
            if ($savedSettings === null) {
                return SettingsResult::invalid(['password' => 'is required']);
            }
            $settings['password'] = $savedSettings['password'];
        }

        try {
            $config = Config::fromArray($settings);
            if ($savedSettings !== null && !self::sameAccount($config, $savedSettings)) {
                return SettingsResult::invalid(['password' => 'must be entered again: the endpoint or username changed']);
            }
            $answer = (new Client($config))->verifyCredentials();
        } catch (ValidationException $e) {
            return SettingsResult::invalid($e->errors());
        } catch (TotalGestException $e) {
            // Refused credentials, no connection, not TotalGest, or any other refusal (e.g. a 4xx
            // answer): the form comes back with the reason instead of an error page. The extension
            // redacts a password or token that a server echoes back, so the reason is safe to show.
            return SettingsResult::refused($e->getMessage());
        }

        // Keep the normalized endpoint, so the form shows the address actually used.
        $settings['endpoint'] = $config->endpoint;
        $this->host->saveSettings($settings);

        return SettingsResult::saved($answer['business'], (float) $answer['latency_ms']);
    }

    /** @param array<string, string> $saved */
    private static function sameAccount(Config $config, array $saved): bool
    {
        return $config->endpoint === $saved['endpoint'] && $config->username === $saved['username'];
    }
}
