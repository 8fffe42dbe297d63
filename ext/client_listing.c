/* TotalGest\Client::products() and ::stock(): the listings as iterators (listing_iterator.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "tg_time.h"
#include "listing_iterator.h"

static void tg_client_listing(INTERNAL_FUNCTION_PARAMETERS, tg_listing_kind kind)
{
	zend_string *since = NULL;
	long long epoch;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(since)
	ZEND_PARSE_PARAMETERS_END();

	if (since && (strlen(ZSTR_VAL(since)) != ZSTR_LEN(since) || tg_time_parse(ZSTR_VAL(since), &epoch) != 0)) {
		zend_argument_value_error(1, "must be an ISO 8601 time with offset, e.g. \"2026-11-28T10:15:00+01:00\"");
		RETURN_THROWS();
	}
	/* Fails now, not at the first page, when the Client was never constructed. */
	if (!tg_client_object_client(Z_OBJ_P(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tg_listing_iterator_create(return_value, Z_OBJ_P(ZEND_THIS), kind, since ? ZSTR_VAL(since) : NULL);
}

PHP_METHOD(TotalGest_Client, products)
{
	tg_client_listing(INTERNAL_FUNCTION_PARAM_PASSTHRU, TG_LISTING_OF_PRODUCTS);
}

PHP_METHOD(TotalGest_Client, stock)
{
	tg_client_listing(INTERNAL_FUNCTION_PARAM_PASSTHRU, TG_LISTING_OF_STOCK);
}
