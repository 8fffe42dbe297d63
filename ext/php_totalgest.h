#ifndef PHP_TOTALGEST_H
#define PHP_TOTALGEST_H

extern zend_module_entry totalgest_module_entry;
#define phpext_totalgest_ptr &totalgest_module_entry

#define PHP_TOTALGEST_VERSION "0.1.0"

ZEND_BEGIN_MODULE_GLOBALS(totalgest)
	char *store;
	zend_long connect_timeout_ms;
	zend_long timeout_ms;
	char *ca_file;
	zend_long lease_seconds;
	HashTable sessions;      /* config fingerprint -> tg_session*, this process only */
ZEND_END_MODULE_GLOBALS(totalgest)

ZEND_EXTERN_MODULE_GLOBALS(totalgest)

#define TG_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(totalgest, v)

#if defined(ZTS) && defined(COMPILE_DL_TOTALGEST)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
