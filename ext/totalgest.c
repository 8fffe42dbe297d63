/* The module: INI settings, globals, class registration, phpinfo(). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"

#include <curl/curl.h>
#include <json-c/json.h>

#include "php_totalgest.h"
#include "tg_php.h"
#include "tg_store.h"

ZEND_DECLARE_MODULE_GLOBALS(totalgest)

static bool tg_curl_ready;

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("totalgest.store", "", PHP_INI_ALL, OnUpdateString, store,
		zend_totalgest_globals, totalgest_globals)
	STD_PHP_INI_ENTRY("totalgest.connect_timeout_ms", "10000", PHP_INI_ALL, OnUpdateLong, connect_timeout_ms,
		zend_totalgest_globals, totalgest_globals)
	STD_PHP_INI_ENTRY("totalgest.timeout_ms", "30000", PHP_INI_ALL, OnUpdateLong, timeout_ms,
		zend_totalgest_globals, totalgest_globals)
	STD_PHP_INI_ENTRY("totalgest.ca_file", "", PHP_INI_ALL, OnUpdateString, ca_file,
		zend_totalgest_globals, totalgest_globals)
	STD_PHP_INI_ENTRY("totalgest.lease_seconds", "300", PHP_INI_ALL, OnUpdateLong, lease_seconds,
		zend_totalgest_globals, totalgest_globals)
PHP_INI_END()

static void tg_session_entry_free(zval *entry)
{
	tg_session *session = Z_PTR_P(entry);

	/* A session inherited through fork shares its sockets (and TLS state) with the parent:
	 * closing them here would break the parent's connections, so the child only lets go. */
	if (tg_session_is_own(session)) {
		tg_session_free(session);
	}
}

tg_session *tg_session_for(const tg_config *config)
{
	size_t key_len = strlen(config->fingerprint);
	tg_session *session = zend_hash_str_find_ptr(&TG_G(sessions), config->fingerprint, key_len);
	char *identity = tg_config_identity(config);

	if (!identity) {
		return NULL;
	}
	/* The fingerprint only finds the session: the settings themselves must match, or a token
	 * could travel to another configuration's endpoint. */
	if (session && (!tg_session_is_own(session) || !tg_session_matches(session, identity))) {
		zend_hash_str_del(&TG_G(sessions), config->fingerprint, key_len);
		session = NULL;
	}
	if (!session) {
		session = tg_session_new(config->fingerprint, identity);
		if (session) {
			zend_hash_str_add_new_ptr(&TG_G(sessions), config->fingerprint, key_len, session);
		}
	}
	memset(identity, 0, strlen(identity));
	free(identity);
	return session;
}

void tg_sessions_destroy(void)
{
	zend_hash_clean(&TG_G(sessions));
}

static PHP_GINIT_FUNCTION(totalgest)
{
#if defined(COMPILE_DL_TOTALGEST) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(totalgest_globals, 0, sizeof(*totalgest_globals));
	zend_hash_init(&totalgest_globals->sessions, 4, NULL, tg_session_entry_free, 1);
}

static PHP_GSHUTDOWN_FUNCTION(totalgest)
{
	zend_hash_destroy(&totalgest_globals->sessions);
}

static PHP_MINIT_FUNCTION(totalgest)
{
	CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);

	if (rc != CURLE_OK) {
		php_error_docref(NULL, E_WARNING, "totalgest: libcurl could not be initialized: %s", curl_easy_strerror(rc));
		return FAILURE;
	}
	tg_curl_ready = true;
	REGISTER_INI_ENTRIES();
	tg_register_exception_classes();
	tg_register_config_class();
	tg_register_client_class();
	tg_register_store_class();
	tg_register_report_class();
	tg_register_product_sync_class();
	tg_register_listing_iterator_class();
	tg_register_status_class();
	tg_register_queue_class();
	tg_register_scheduler_class();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(totalgest)
{
	UNREGISTER_INI_ENTRIES();
	/* Sessions hold curl handles: they must go before libcurl does. */
	tg_sessions_destroy();
	if (tg_curl_ready) {
		curl_global_cleanup();
		tg_curl_ready = false;
	}
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(totalgest)
{
#if defined(ZTS) && defined(COMPILE_DL_TOTALGEST)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(totalgest)
{
	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_header(2, "TotalGest support", "enabled");
	php_info_print_table_row(2, "Version", PHP_TOTALGEST_VERSION);
	php_info_print_table_row(2, "libcurl", curl->version);
	php_info_print_table_row(2, "TLS library", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "json-c", json_c_version());
	php_info_print_table_row(2, "SQLite", tg_store_sqlite_version());
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

zend_module_entry totalgest_module_entry = {
	STANDARD_MODULE_HEADER,
	"totalgest",
	NULL,
	PHP_MINIT(totalgest),
	PHP_MSHUTDOWN(totalgest),
	PHP_RINIT(totalgest),
	NULL,
	PHP_MINFO(totalgest),
	PHP_TOTALGEST_VERSION,
	PHP_MODULE_GLOBALS(totalgest),
	PHP_GINIT(totalgest),
	PHP_GSHUTDOWN(totalgest),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_TOTALGEST
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(totalgest)
#endif
