<?php

/** @generate-class-entries */

namespace TotalGest;

/**
 * The settings of one TotalGest connection, validated once. The password is kept outside the
 * object's properties: it is never readable back and never dumped.
 *
 * @strict-properties
 * @not-serializable
 */
final class Config
{
    /** "ID Negocio" */
    public readonly string $businessId;
    /** "ID Owner" */
    public readonly string $ownerId;
    /** The normalized base URL: "tg00.bweb.ch" becomes "https://tg00.bweb.ch". */
    public readonly string $endpoint;
    public readonly string $username;

    public function __construct(
        string $businessId,
        string $ownerId,
        string $endpoint,
        string $username,
        #[\SensitiveParameter] string $password,
        array $options = []
    ) {}

    /** Keys: business_id, owner_id, endpoint, username, password, options. */
    public static function fromArray(#[\SensitiveParameter] array $settings): Config {}

    /** The effective options, defaults filled in. */
    public function options(): array {}
}
