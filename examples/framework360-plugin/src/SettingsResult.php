<?php

declare(strict_types=1);

namespace TotalGestPlugin;

/** The outcome of saving the TotalGest settings form: saved, or refused with the reason. */
final class SettingsResult
{
    /**
     * @param array<string, string> $fieldErrors setting name => message
     * @param array<string, mixed>|null $business the business TotalGest answered with
     */
    private function __construct(
        public readonly bool $saved,
        public readonly array $fieldErrors,
        public readonly ?string $error,
        public readonly ?array $business,
        public readonly ?float $latencyMs,
    ) {
    }

    /** @param array<string, mixed> $business */
    public static function saved(array $business, float $latencyMs): self
    {
        return new self(true, [], null, $business, $latencyMs);
    }

    /** @param array<string, string> $fieldErrors */
    public static function invalid(array $fieldErrors): self
    {
        return new self(false, $fieldErrors, null, null, null);
    }

    public static function refused(string $reason): self
    {
        return new self(false, [], $reason, null, null);
    }
}
