/* TotalGest\Queue: the order queue of a Store (src/tg_queue.c) and its export (src/tg_export.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_totalgest.h"
#include "order_input.h"
#include "tg_export.h"
#include "tg_php.h"
#include "tg_queue.h"
#include "tg_time.h"
#include "queue_arginfo.h"

typedef struct {
	zval store;     /* the Store object, kept alive (and visible to the GC) by the queue */
	zend_object std;
} tg_queue_object;

zend_class_entry *tg_ce_queue;
static zend_object_handlers tg_queue_handlers;

static inline tg_queue_object *tg_queue_from_obj(zend_object *obj)
{
	return (tg_queue_object *) ((char *) obj - XtOffsetOf(tg_queue_object, std));
}

static zend_object *tg_queue_create(zend_class_entry *ce)
{
	tg_queue_object *intern = zend_object_alloc(sizeof(tg_queue_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	ZVAL_UNDEF(&intern->store);
	intern->std.handlers = &tg_queue_handlers;
	return &intern->std;
}

static void tg_queue_free_obj(zend_object *obj)
{
	tg_queue_object *intern = tg_queue_from_obj(obj);

	zval_ptr_dtor(&intern->store);
	zend_object_std_dtor(obj);
}

static HashTable *tg_queue_get_gc(zend_object *obj, zval **table, int *n)
{
	tg_queue_object *intern = tg_queue_from_obj(obj);

	*table = &intern->store;
	*n = 1;
	return NULL;
}

/* The store of this queue; throws and returns NULL when the queue or its store is unusable. */
static tg_store *tg_queue_store(zval *this_zval)
{
	tg_queue_object *intern = tg_queue_from_obj(Z_OBJ_P(this_zval));

	if (Z_TYPE(intern->store) != IS_OBJECT) {
		zend_throw_error(NULL, "TotalGest\\Queue was not constructed");
		return NULL;
	}
	return tg_store_object_store(Z_OBJ(intern->store));
}

static void tg_queue_options(tg_export_options *options)
{
	options->lease_s = TG_G(lease_seconds) > 0 ? (double) TG_G(lease_seconds) : TG_EXPORT_DEFAULT_LEASE_S;
	options->retention_s = TG_EXPORT_DEFAULT_RETENTION_S;
}

static void tg_throw_and_clear(tg_error *err)
{
	tg_throw_error(err);
	tg_error_clear(err);
}

PHP_METHOD(TotalGest_Queue, __construct)
{
	tg_queue_object *intern = tg_queue_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *store;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(store, tg_ce_store)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE(intern->store) == IS_OBJECT) {
		zend_throw_error(NULL, "TotalGest\\Queue cannot be constructed twice");
		RETURN_THROWS();
	}
	if (!tg_store_object_store(Z_OBJ_P(store))) {
		RETURN_THROWS();
	}
	ZVAL_COPY(&intern->store, store);
}

PHP_METHOD(TotalGest_Queue, enqueueOrder)
{
	zval *order;
	tg_store *store;
	json_object *normalized;
	tg_error err;
	int queued;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(order)
	ZEND_PARSE_PARAMETERS_END();

	if (!(store = tg_queue_store(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (!(normalized = tg_order_from_zval(order, &err))) {
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	queued = tg_queue_enqueue(store, normalized, tg_time_now(), &err);
	json_object_put(normalized);
	if (queued < 0) {
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	RETURN_BOOL(queued == 1);
}

PHP_METHOD(TotalGest_Queue, process)
{
	zval *client_zval;
	zend_long limit = 100;
	double time_budget = 25.0;
	tg_export_sender sender;
	tg_export_options options;
	tg_client *client;
	tg_store *store;
	tg_report report;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_OBJECT_OF_CLASS(client_zval, tg_ce_client)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
		Z_PARAM_DOUBLE(time_budget)
	ZEND_PARSE_PARAMETERS_END();

	if (limit < 1) {
		zend_argument_value_error(2, "must be greater than 0");
		RETURN_THROWS();
	}
	if (!(time_budget > 0) || !zend_finite(time_budget)) {
		zend_argument_value_error(3, "must be a positive number of seconds");
		RETURN_THROWS();
	}
	if (!(store = tg_queue_store(ZEND_THIS)) || !(client = tg_client_object_client(Z_OBJ_P(client_zval)))) {
		RETURN_THROWS();
	}
	tg_export_sender_for_client(&sender, client);
	tg_queue_options(&options);
	tg_error_init(&err);
	if (tg_report_init(&report, TG_REPORT_ORDERS) != 0) {
		zend_throw_exception(tg_ce_exception, "Out of memory", 0);
		RETURN_THROWS();
	}
	if (tg_export_process(store, &sender, &options, (long) limit, time_budget, &report, &err) != 0) {
		tg_report_free(&report);
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	tg_report_object_create(return_value, &report);
}

/* What is left of an order that cannot be read: its id, so that the report can name it. */
static json_object *tg_order_id_only(zval *order)
{
	json_object *remains = json_object_new_object();
	zval *id;

	ZVAL_DEREF(order);
	if (remains && Z_TYPE_P(order) == IS_ARRAY && (id = zend_hash_str_find_deref(Z_ARRVAL_P(order), "id", 2))) {
		if (Z_TYPE_P(id) == IS_STRING) {
			json_object_object_add(remains, "id", json_object_new_string_len(Z_STRVAL_P(id), (int) MIN(Z_STRLEN_P(id), 256)));
		} else if (Z_TYPE_P(id) == IS_LONG) {
			json_object_object_add(remains, "id", json_object_new_int64((int64_t) Z_LVAL_P(id)));
		}
	}
	return remains;
}

PHP_METHOD(TotalGest_Queue, exportNow)
{
	zval *client_zval, *orders_zval, *order;
	tg_export_sender sender;
	tg_export_options options;
	json_object **orders;
	tg_error *input_errors;
	tg_client *client;
	tg_store *store;
	tg_report report;
	tg_error err;
	size_t count = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(client_zval, tg_ce_client)
		Z_PARAM_ARRAY(orders_zval)
	ZEND_PARSE_PARAMETERS_END();

	if (!(store = tg_queue_store(ZEND_THIS)) || !(client = tg_client_object_client(Z_OBJ_P(client_zval)))) {
		RETURN_THROWS();
	}
	orders = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(orders_zval)) + 1, sizeof(*orders));
	input_errors = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(orders_zval)) + 1, sizeof(*input_errors));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(orders_zval), order) {
		tg_error_init(&input_errors[count]);
		orders[count] = tg_zval_to_json(order, "", &input_errors[count]);
		if (input_errors[count].field_count > 0) {
			json_object_put(orders[count]);
			orders[count] = tg_order_id_only(order);
			tg_error_close_validation(&input_errors[count], "order");
		}
		count++;
	} ZEND_HASH_FOREACH_END();

	tg_export_sender_for_client(&sender, client);
	tg_queue_options(&options);
	tg_error_init(&err);
	rc = tg_report_init(&report, TG_REPORT_ORDERS) == 0 ? 0 : -1;
	if (rc == 0) {
		rc = tg_export_now(store, &sender, &options, orders, input_errors, count, &report, &err);
	} else {
		tg_error_set(&err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	for (size_t i = 0; i < count; i++) {
		json_object_put(orders[i]);
		tg_error_clear(&input_errors[i]);
	}
	efree(orders);
	efree(input_errors);
	if (rc != 0) {
		tg_report_free(&report);
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	tg_report_object_create(return_value, &report);
}

PHP_METHOD(TotalGest_Queue, stats)
{
	tg_queue_stats stats;
	tg_store *store;
	tg_error err;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(store = tg_queue_store(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (tg_queue_stats_read(store, tg_time_now(), &stats, &err) != 0) {
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	array_init_size(return_value, 6);
	add_assoc_long(return_value, "pending", stats.pending);
	add_assoc_long(return_value, "retrying", stats.retrying);
	add_assoc_long(return_value, "running", stats.running);
	add_assoc_long(return_value, "failed", stats.failed);
	add_assoc_long(return_value, "exported", stats.exported);
	add_assoc_long(return_value, "oldest_pending_age_s", stats.oldest_pending_age_s);
}

PHP_METHOD(TotalGest_Queue, failed)
{
	zend_long limit = 50;
	tg_queue_failure *failures = NULL;
	size_t count = 0;
	tg_store *store;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();

	if (limit < 1) {
		zend_argument_value_error(1, "must be greater than 0");
		RETURN_THROWS();
	}
	if (!(store = tg_queue_store(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	if (tg_queue_failed(store, (long) limit, &failures, &count, &err) != 0) {
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) count);
	for (size_t i = 0; i < count; i++) {
		char updated_at[32];
		zval entry;

		tg_time_format((long long) failures[i].updated_at, updated_at, sizeof(updated_at));
		array_init_size(&entry, 5);
		add_assoc_string(&entry, "id", failures[i].id);
		add_assoc_long(&entry, "attempts", failures[i].attempts);
		add_assoc_string(&entry, "code", failures[i].code);
		add_assoc_string(&entry, "message", failures[i].message);
		add_assoc_string(&entry, "updated_at", updated_at);
		add_next_index_zval(return_value, &entry);
	}
	tg_queue_failures_free(failures, count);
}

PHP_METHOD(TotalGest_Queue, retry)
{
	zval *args = NULL;
	int argc = 0;
	const char **ids;
	tg_store *store;
	tg_error err;
	long moved;
	int first_bad = 0;   /* the argument number of the first bad id */

	ZEND_PARSE_PARAMETERS_START(0, -1)
		Z_PARAM_VARIADIC('*', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (!(store = tg_queue_store(ZEND_THIS))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	ids = ecalloc((size_t) argc + 1, sizeof(*ids));
	for (int i = 0; i < argc; i++) {
		zend_string *id;
		/* As for a string parameter: an int becomes its digits unless strict_types forbids it. */
		if (!zend_parse_arg_str(&args[i], &id, 0, (uint32_t) i + 1)) {
			efree(ids);
			tg_error_clear(&err);
			zend_argument_type_error((uint32_t) i + 1, "must be of type string, %s given", zend_zval_type_name(&args[i]));
			RETURN_THROWS();
		}
		/* The core takes C strings: "A\0x" would retry order "A". */
		if (ZSTR_LEN(id) == 0 || strlen(ZSTR_VAL(id)) != ZSTR_LEN(id)) {
			char field[32];
			snprintf(field, sizeof(field), "orderIds[%d]", i);
			tg_error_add_field(&err, field, "must be a non-empty shop order id without NUL bytes");
			if (!first_bad) {
				first_bad = i + 1;
			}
		}
		ids[i] = ZSTR_VAL(id);
	}
	/* One bad id and nothing is retried; the message names the argument as PHP's own errors do. */
	if (first_bad) {
		efree(ids);
		snprintf(err.message, sizeof(err.message),
			"TotalGest\\Queue::retry(): Argument #%d ($orderIds) must be a non-empty shop order id without NUL bytes",
			first_bad);
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	moved = tg_queue_retry(store, ids, (size_t) argc, tg_time_now(), &err);
	efree(ids);
	if (moved < 0) {
		tg_throw_and_clear(&err);
		RETURN_THROWS();
	}
	RETURN_LONG(moved);
}

void tg_register_queue_class(void)
{
	tg_ce_queue = register_class_TotalGest_Queue();
	tg_ce_queue->create_object = tg_queue_create;
	memcpy(&tg_queue_handlers, zend_get_std_object_handlers(), sizeof(tg_queue_handlers));
	tg_queue_handlers.offset = XtOffsetOf(tg_queue_object, std);
	tg_queue_handlers.free_obj = tg_queue_free_obj;
	tg_queue_handlers.get_gc = tg_queue_get_gc;
	tg_queue_handlers.clone_obj = NULL;
}
