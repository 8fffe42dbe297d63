--TEST--
The module loads with its classes, INI settings and library versions
--EXTENSIONS--
totalgest
--FILE--
<?php
foreach (['Config', 'Client', 'Store', 'Report'] as $name) {
    $class = new ReflectionClass("TotalGest\\$name");
    printf("%s final=%d cloneable=%d\n", $class->getName(), $class->isFinal(), $class->isCloneable());
}
foreach (['ConnectionException', 'AuthenticationException', 'ProtocolException', 'ValidationException'] as $name) {
    echo $name, ' extends ', get_parent_class("TotalGest\\$name"), "\n";
}
echo get_parent_class('TotalGest\Exception'), "\n";
var_dump(ini_get('totalgest.timeout_ms'), ini_get('totalgest.connect_timeout_ms'));
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (['libcurl', 'TLS library', 'json-c', 'SQLite', 'totalgest.store', 'totalgest.ca_file'] as $row) {
    echo $row, ': ', preg_match('/^' . preg_quote($row, '/') . ' => /m', $info) ? 'shown' : 'missing', "\n";
}
?>
--EXPECT--
TotalGest\Config final=1 cloneable=0
TotalGest\Client final=1 cloneable=0
TotalGest\Store final=1 cloneable=0
TotalGest\Report final=1 cloneable=0
ConnectionException extends TotalGest\Exception
AuthenticationException extends TotalGest\Exception
ProtocolException extends TotalGest\Exception
ValidationException extends TotalGest\Exception
RuntimeException
string(5) "30000"
string(5) "10000"
libcurl: shown
TLS library: shown
json-c: shown
SQLite: shown
totalgest.store: shown
totalgest.ca_file: shown
