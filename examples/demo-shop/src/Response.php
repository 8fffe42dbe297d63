<?php

declare(strict_types=1);

namespace DemoShop;

/** An HTTP answer: a page or a redirect. */
final class Response
{
    private const SECURITY_HEADERS = [
        // No scripts, no external assets: the pages work with HTML and the app's own stylesheet only.
        'Content-Security-Policy' => "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
        'X-Content-Type-Options' => 'nosniff',
        'Referrer-Policy' => 'same-origin',
    ];

    /** @param array<string, string> $headers */
    private function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public static function html(string $body, int $status = 200): self
    {
        return new self($status, ['Content-Type' => 'text/html; charset=utf-8'], $body);
    }

    /** Answers a form with "see other", so reloading the next page does not submit the form again. */
    public static function redirect(string $path): self
    {
        return new self(303, ['Location' => $path], '');
    }

    public function send(): void
    {
        http_response_code($this->status);
        foreach ($this->headers + self::SECURITY_HEADERS as $name => $value) {
            header("$name: $value");
        }
        echo $this->body;
    }
}
