/* TotalGest\Client::exportOrder() and ::findOrder(): one order, straight to TotalGest. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "php_totalgest.h"
#include "order_input.h"
#include "tg_php.h"

static void tg_order_result_to_zval(const tg_order_result *result, int with_duplicate, zval *out)
{
	array_init_size(out, 3);
	add_assoc_string(out, "id", result->id);
	add_assoc_string(out, "number", result->number);
	if (with_duplicate) {
		add_assoc_bool(out, "duplicate", result->duplicate);
	}
}

PHP_METHOD(TotalGest_Client, exportOrder)
{
	zval *order;
	tg_client *client;
	json_object *normalized;
	tg_order_result result;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(order)
	ZEND_PARSE_PARAMETERS_END();

	if (!(client = tg_client_object_client(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	normalized = tg_order_from_zval(order, &err);
	if (normalized) {
		tg_client_export_orders(client, &normalized, 1, &result, &err);
		json_object_put(normalized);
	}
	if (err.kind != TG_OK) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	tg_order_result_to_zval(&result, 1, return_value);
	tg_order_result_free(&result);
}

PHP_METHOD(TotalGest_Client, findOrder)
{
	zend_string *external_ref;
	tg_client *client;
	tg_order_result result;
	int found = 0;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(external_ref)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(external_ref) == 0 || strlen(ZSTR_VAL(external_ref)) != ZSTR_LEN(external_ref)) {
		zend_argument_value_error(1, "must be a non-empty shop order id without NUL bytes");
		RETURN_THROWS();
	}
	if (!(client = tg_client_object_client(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (tg_client_find_order(client, ZSTR_VAL(external_ref), &result, &found, &err) != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	if (!found) {
		RETURN_NULL();
	}
	tg_order_result_to_zval(&result, 0, return_value);
	tg_order_result_free(&result);
}
