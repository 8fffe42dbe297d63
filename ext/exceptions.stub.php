<?php

/** @generate-class-entries */

namespace TotalGest;

/** Every error of the extension. */
class Exception extends \RuntimeException
{
}

/** DNS, connect, TLS, timeout or TotalGest temporarily unavailable: trying again later may work. */
class ConnectionException extends Exception
{
}

/** TotalGest refused the credentials, the business id or the owner id. */
class AuthenticationException extends Exception
{
}

/** An answer that breaks the TotalGest contract, or a server that is not TotalGest. */
class ProtocolException extends Exception
{
}

/** Input that was refused before anything was written or sent. */
class ValidationException extends Exception
{
    /** @var array<string, string> */
    private array $errors = [];

    /** @return array<string, string> each bad field (a dotted path) with its message */
    public function errors(): array {}
}
