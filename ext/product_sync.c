/* TotalGest\ProductSync: hands the core's upserts to a PHP callable (src/tg_product_sync.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "tg_product_sync.h"
#include "product_sync_arginfo.h"

/* The Client and the Store the sync works with, kept alive (and visible to the GC) by the object. */
enum { TG_SYNC_CLIENT, TG_SYNC_STORE, TG_SYNC_REFS };

typedef struct {
	zval refs[TG_SYNC_REFS];
	bool running;
	zend_object std;
} tg_product_sync_object;

typedef struct {
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool bailout;   /* a fatal error inside the callable: re-raised once the core has cleaned up */
} tg_upsert_call;

zend_class_entry *tg_ce_product_sync;
static zend_object_handlers tg_product_sync_handlers;

static inline tg_product_sync_object *tg_product_sync_from_obj(zend_object *obj)
{
	return (tg_product_sync_object *) ((char *) obj - XtOffsetOf(tg_product_sync_object, std));
}

static zend_object *tg_product_sync_create(zend_class_entry *ce)
{
	tg_product_sync_object *intern = zend_object_alloc(sizeof(tg_product_sync_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	ZVAL_UNDEF(&intern->refs[TG_SYNC_CLIENT]);
	ZVAL_UNDEF(&intern->refs[TG_SYNC_STORE]);
	intern->std.handlers = &tg_product_sync_handlers;
	return &intern->std;
}

static void tg_product_sync_free_obj(zend_object *obj)
{
	tg_product_sync_object *intern = tg_product_sync_from_obj(obj);

	zval_ptr_dtor(&intern->refs[TG_SYNC_CLIENT]);
	zval_ptr_dtor(&intern->refs[TG_SYNC_STORE]);
	zend_object_std_dtor(obj);
}

static HashTable *tg_product_sync_get_gc(zend_object *obj, zval **table, int *n)
{
	tg_product_sync_object *intern = tg_product_sync_from_obj(obj);

	*table = intern->refs;
	*n = TG_SYNC_REFS;
	return NULL;
}

/* The callable's answer as a shop id; ints are accepted and converted. */
static int tg_upsert_result(zval *result, char **shop_id, char *error, size_t error_size)
{
	if (Z_TYPE_P(result) == IS_LONG) {
		char number[32];
		snprintf(number, sizeof(number), ZEND_LONG_FMT, Z_LVAL_P(result));
		*shop_id = strdup(number);
	} else if (Z_TYPE_P(result) == IS_STRING && strlen(Z_STRVAL_P(result)) == Z_STRLEN_P(result)) {
		*shop_id = strdup(Z_STRVAL_P(result));
	} else if (Z_TYPE_P(result) == IS_STRING) {
		snprintf(error, error_size, "the upsert returned a shop id with a NUL byte");
		return TG_UPSERT_FAILED;
	} else {
		snprintf(error, error_size, "the upsert returned %s, expected the shop id as string or int",
			zend_zval_type_name(result));
		return TG_UPSERT_FAILED;
	}
	if (!*shop_id) {
		snprintf(error, error_size, "out of memory");
		return TG_UPSERT_FAILED;
	}
	return TG_UPSERT_OK;
}

/* A Throwable of the callable fails this product only: its message is kept, the exception cleared.
 * exit() (an unwind exit) is no failure of the product: it stays pending and stops the run. */
static int tg_upsert_exception(char *error, size_t error_size)
{
	zend_object *exception = EG(exception);
	zval rv, *message;
	zend_string *text;

	if (zend_is_unwind_exit(exception) || zend_is_graceful_exit(exception)) {
		return TG_UPSERT_ABORT;
	}
	message = zend_read_property_ex(exception->ce, exception, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	text = zval_get_string(message);
	snprintf(error, error_size, "%s", ZSTR_LEN(text) ? ZSTR_VAL(text) : ZSTR_VAL(exception->ce->name));
	zend_string_release(text);
	zend_clear_exception();
	return TG_UPSERT_FAILED;
}

static int tg_php_upsert(void *ctx, json_object *product, char **shop_id, char *error, size_t error_size)
{
	tg_upsert_call *call = ctx;
	zval argument, result;
	volatile int rc = TG_UPSERT_FAILED;

	ZVAL_UNDEF(&argument);
	ZVAL_UNDEF(&result);
	/* A fatal error (memory limit, time limit) long-jumps: catch it here so that the core can free
	 * what it holds, then raise it again once the run has returned. */
	zend_try {
		tg_json_to_zval(product, &argument);
		call->fci.retval = &result;
		call->fci.params = &argument;
		call->fci.param_count = 1;
		if (zend_call_function(&call->fci, &call->fcc) != SUCCESS && !EG(exception)) {
			snprintf(error, error_size, "the upsert callable could not be called");
		} else if (EG(exception)) {
			rc = tg_upsert_exception(error, error_size);
		} else {
			rc = tg_upsert_result(&result, shop_id, error, error_size);
		}
		zval_ptr_dtor(&argument);
		zval_ptr_dtor(&result);
	} zend_catch {
		call->bailout = true;
		rc = TG_UPSERT_ABORT;
	} zend_end_try();
	return rc;
}

/* run() and runIfDue(): interval_s < 0 means run() with full. */
static void tg_product_sync_execute(zend_object *obj, zend_fcall_info *fci, zend_fcall_info_cache *fcc, bool full,
	zend_long interval_s, zval *return_value)
{
	tg_product_sync_object *intern = tg_product_sync_from_obj(obj);
	tg_upsert_call call = {*fci, *fcc, false};
	tg_product_sync sync;
	tg_client *client;
	tg_store *store;
	tg_report report;
	tg_error err;
	int rc;

	if (Z_TYPE(intern->refs[TG_SYNC_CLIENT]) != IS_OBJECT) {
		zend_throw_error(NULL, "TotalGest\\ProductSync was not constructed");
		return;
	}
	if (intern->running) {
		zend_throw_error(NULL, "TotalGest\\ProductSync cannot run again from within its own upsert callable");
		return;
	}
	if (!(client = tg_client_object_client(Z_OBJ(intern->refs[TG_SYNC_CLIENT])))
		|| !(store = tg_store_object_store(Z_OBJ(intern->refs[TG_SYNC_STORE])))) {
		return;
	}
	memset(&sync, 0, sizeof(sync));
	sync.source = tg_listing_source_for_client(client);
	sync.store = store;
	sync.upsert = tg_php_upsert;
	sync.upsert_ctx = &call;
	sync.page_size_hint = (int) client->config.page_size;
	tg_error_init(&err);
	if (tg_report_init(&report, TG_REPORT_PRODUCTS) != 0) {
		zend_throw_exception(tg_ce_exception, "Out of memory", 0);
		return;
	}
	intern->running = true;
	rc = interval_s < 0 ? tg_product_sync_run(&sync, full, &report, &err)
		: tg_product_sync_run_if_due(&sync, (long) interval_s, &report, &err);
	intern->running = false;
	if (call.bailout) {
		tg_report_free(&report);
		tg_error_clear(&err);
		zend_bailout();
	}
	if (rc < 0 || (interval_s >= 0 && rc == 0)) {
		/* After an exit() in the callable its unwind exit is pending: nothing else is thrown. */
		if (rc < 0 && !EG(exception)) {
			tg_throw_error(&err);
		}
		tg_report_free(&report);
		tg_error_clear(&err);
		return;
	}
	tg_report_object_create(return_value, &report);
	tg_error_clear(&err);
}

PHP_METHOD(TotalGest_ProductSync, __construct)
{
	tg_product_sync_object *intern = tg_product_sync_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *client, *store;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(client, tg_ce_client)
		Z_PARAM_OBJECT_OF_CLASS(store, tg_ce_store)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE(intern->refs[TG_SYNC_CLIENT]) != IS_UNDEF) {
		zend_throw_error(NULL, "TotalGest\\ProductSync cannot be constructed twice");
		RETURN_THROWS();
	}
	ZVAL_COPY(&intern->refs[TG_SYNC_CLIENT], client);
	ZVAL_COPY(&intern->refs[TG_SYNC_STORE], store);
}

PHP_METHOD(TotalGest_ProductSync, run)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool full = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(full)
	ZEND_PARSE_PARAMETERS_END();

	tg_product_sync_execute(Z_OBJ_P(ZEND_THIS), &fci, &fcc, full, -1, return_value);
}

PHP_METHOD(TotalGest_ProductSync, runIfDue)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zend_long interval_s = 300;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(interval_s)
	ZEND_PARSE_PARAMETERS_END();

	if (interval_s < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	/* return_value stays null when the run was not due. */
	tg_product_sync_execute(Z_OBJ_P(ZEND_THIS), &fci, &fcc, false, interval_s, return_value);
}

void tg_register_product_sync_class(void)
{
	tg_ce_product_sync = register_class_TotalGest_ProductSync();
	tg_ce_product_sync->create_object = tg_product_sync_create;
	memcpy(&tg_product_sync_handlers, zend_get_std_object_handlers(), sizeof(tg_product_sync_handlers));
	tg_product_sync_handlers.offset = XtOffsetOf(tg_product_sync_object, std);
	tg_product_sync_handlers.free_obj = tg_product_sync_free_obj;
	tg_product_sync_handlers.get_gc = tg_product_sync_get_gc;
	tg_product_sync_handlers.clone_obj = NULL;
}
