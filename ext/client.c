/* TotalGest\Client: a Config bound to this process's session (token and connections). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "client_arginfo.h"

zend_class_entry *tg_ce_client;
static zend_object_handlers tg_client_handlers;

static zend_object *tg_client_create(zend_class_entry *ce)
{
	tg_client_object *intern = zend_object_alloc(sizeof(tg_client_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &tg_client_handlers;
	return &intern->std;
}

static void tg_client_free_obj(zend_object *obj)
{
	tg_client_object *intern = tg_client_from_obj(obj);

	if (intern->ready) {
		tg_client_free(&intern->client);
	}
	zend_object_std_dtor(obj);
}

tg_client *tg_client_object_client(zend_object *obj)
{
	tg_client_object *intern = tg_client_from_obj(obj);

	if (!intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Client was not constructed");
		return NULL;
	}
	/* Looked up on every use: after a fork the child gets a session of its own. */
	intern->client.session = tg_session_for(&intern->client.config);
	if (!intern->client.session) {
		zend_throw_exception(tg_ce_exception, "Out of memory while opening a TotalGest session", 0);
		return NULL;
	}
	return &intern->client;
}

PHP_METHOD(TotalGest_Client, __construct)
{
	tg_client_object *intern = tg_client_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *config;
	tg_config_object *config_object;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(config, tg_ce_config)
	ZEND_PARSE_PARAMETERS_END();

	config_object = tg_config_from_obj(Z_OBJ_P(config));
	if (intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Client cannot be constructed twice");
		RETURN_THROWS();
	}
	if (!config_object->ready) {
		zend_throw_error(NULL, "TotalGest\\Config was not constructed");
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (tg_client_init(&intern->client, &config_object->config, NULL, &err) != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	intern->ready = 1;
}

PHP_METHOD(TotalGest_Client, verifyCredentials)
{
	tg_client *client;
	json_object *business = NULL;
	double latency_ms = 0;
	tg_error err;
	zval business_zval;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(client = tg_client_object_client(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (tg_client_verify(client, &business, &latency_ms, &err) != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	array_init(return_value);
	tg_json_to_zval(business, &business_zval);
	json_object_put(business);
	add_assoc_zval(return_value, "business", &business_zval);
	add_assoc_double(return_value, "latency_ms", latency_ms);
}

void tg_register_client_class(void)
{
	tg_ce_client = register_class_TotalGest_Client();
	tg_ce_client->create_object = tg_client_create;
	memcpy(&tg_client_handlers, zend_get_std_object_handlers(), sizeof(tg_client_handlers));
	tg_client_handlers.offset = XtOffsetOf(tg_client_object, std);
	tg_client_handlers.free_obj = tg_client_free_obj;
	tg_client_handlers.clone_obj = NULL;
}
