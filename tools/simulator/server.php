<?php
// The TotalGest simulator: a real HTTP server on loopback implementing docs/totalgest-api.md,
// with a control API to change the catalogue, read what was received and inject faults.
// Usage: php tools/simulator/server.php --port PORT [options]  (see tools/simulator/README.md)

declare(strict_types=1);

require __DIR__ . '/time.inc';
require __DIR__ . '/json.inc';
require __DIR__ . '/config.inc';
require __DIR__ . '/catalogue.inc';
require __DIR__ . '/state.inc';
require __DIR__ . '/reply.inc';
require __DIR__ . '/auth.inc';
require __DIR__ . '/listing.inc';
require __DIR__ . '/orders.inc';
require __DIR__ . '/changes.inc';
require __DIR__ . '/faults.inc';
require __DIR__ . '/routes.inc';
require __DIR__ . '/http.inc';
require __DIR__ . '/master.inc';

/** @return resource the listening socket, non-blocking so that workers never wait in accept */
function listen(Config $config): mixed
{
    $options = ['socket' => ['backlog' => 511, 'so_reuseaddr' => true]];
    if ($config->usesTls()) {
        // Listening on TCP: each worker does the TLS handshake of the connections it accepts.
        $options['ssl'] = ['local_cert' => $config->tlsCert, 'local_pk' => $config->tlsKey, 'verify_peer' => false];
    }
    $host = str_contains($config->host, ':') ? "[$config->host]" : $config->host;
    $listener = @stream_socket_server(
        "tcp://$host:$config->port",
        $errorNumber,
        $errorMessage,
        STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
        stream_context_create($options),
    );
    if ($listener === false) {
        throw new \RuntimeException("cannot listen on $host:$config->port: $errorMessage");
    }
    stream_set_blocking($listener, false);
    return $listener;
}

function remove_directory(string $directory): void
{
    foreach (glob("$directory/*") ?: [] as $file) {
        unlink($file);
    }
    rmdir($directory);
}

function main(array $arguments): int
{
    try {
        $config = Config::fromArguments($arguments);
    } catch (InvalidArgumentException $error) {
        fwrite(STDERR, "simulator: {$error->getMessage()}\n\n" . Config::USAGE . "\n");
        return 2;
    }

    $temporaryStateDir = null;
    $stateDir = $config->stateDir;
    if ($stateDir === null) {
        $stateDir = $temporaryStateDir = sys_get_temp_dir() . '/totalgest-simulator-' . getmypid() . '-' . bin2hex(random_bytes(4));
    }
    if (!is_dir($stateDir) && !mkdir($stateDir, 0700, true)) {
        fwrite(STDERR, "simulator: cannot create the state directory $stateDir\n");
        return 1;
    }

    try {
        $databaseFile = "$stateDir/state.sqlite";
        // Closed again before the workers are forked: each opens its own connection.
        (new State($databaseFile))->initialize($config->products, time());

        $listener = listen($config);
        $scheme = $config->usesTls() ? 'https' : 'http';
        $host = str_contains($config->host, ':') ? "[$config->host]" : $config->host;
        (new Master($config, $listener, $databaseFile))->run("TotalGest simulator listening on $scheme://$host:$config->port");
        return 0;
    } catch (\Throwable $error) {
        fwrite(STDERR, "simulator: {$error->getMessage()}\n");
        return 1;
    } finally {
        if ($temporaryStateDir !== null) {
            remove_directory($temporaryStateDir);
        }
    }
}

exit(main(array_slice($argv, 1)));
