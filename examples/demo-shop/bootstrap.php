<?php

declare(strict_types=1);

// Loads the demo shop's classes and the Framework360 plugin it hosts; no Composer needed.
spl_autoload_register(static function (string $class): void {
    $roots = [
        'DemoShop\\' => __DIR__ . '/src/',
        'TotalGestPlugin\\' => __DIR__ . '/../framework360-plugin/src/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
