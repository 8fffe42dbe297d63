<?php

declare(strict_types=1);

namespace DemoShop;

/** Escaping and the admin layout shared by every page. */
final class Html
{
    private const NAVIGATION = [
        '/' => 'Shop',
        '/admin/products' => 'Products',
        '/admin/orders' => 'Orders',
        '/admin/queue' => 'TotalGest queue',
        '/admin/settings' => 'TotalGest settings',
    ];

    public static function e(string|int|float|null $text): string
    {
        return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }

    /** A whole page: navigation, the pending notices, then $content (already escaped HTML). */
    public static function page(string $title, string $currentPath, string $content): string
    {
        $links = '';
        foreach (self::NAVIGATION as $path => $label) {
            $current = $path === $currentPath ? ' aria-current="page"' : '';
            $links .= sprintf('<a href="%s"%s>%s</a>', self::e($path), $current, self::e($label));
        }

        return '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            . '<meta name="viewport" content="width=device-width, initial-scale=1">'
            . '<title>' . self::e($title) . ' · Demo shop</title><link rel="stylesheet" href="/style.css"></head>'
            . '<body><header><span class="brand">Demo shop</span><nav>' . $links . '</nav></header>'
            . '<main><h1>' . self::e($title) . '</h1>' . self::notices() . $content . '</main></body></html>';
    }

    private static function notices(): string
    {
        $html = '';
        foreach (Notices::take() as $notice) {
            $details = '';
            foreach ($notice['details'] as $line) {
                $details .= '<li data-test="notice-detail">' . self::e($line) . '</li>';
            }
            $html .= sprintf(
                '<div class="notice notice-%1$s" role="status" data-test="notice" data-level="%1$s"><p>%2$s</p>%3$s</div>',
                self::e($notice['level']),
                self::e($notice['message']),
                $details === '' ? '' : '<ul>' . $details . '</ul>',
            );
        }

        return $html === '' ? '' : '<div id="notices">' . $html . '</div>';
    }
}
