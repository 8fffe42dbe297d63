/* TotalGest\Scheduler: the cron tick, product sync when due and then the order queue, under a lock
 * so two ticks never overlap. Orchestration only: the work is ProductSync's and Queue's. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "tg_php.h"
#include "tg_process_lock.h"
#include "tg_time.h"
#include "scheduler_arginfo.h"

#define TG_SCHEDULER_LOCK "scheduler"
/* The queue always gets this long, even when the product sync used up the tick's budget:
 * orders waiting to reach TotalGest matter more than a catalogue update. */
#define TG_SCHEDULER_QUEUE_FLOOR_S 5.0

zend_class_entry *tg_ce_scheduler;

typedef struct {
	zend_long product_interval;
	double time_budget;
	zend_long queue_limit;
	zend_long lock_ttl;
} tg_tick_options;

static void tg_tick_int_option(zval *value, const char *name, zend_long min, zend_long max, zend_long *out,
	tg_error *err)
{
	char field[64];

	snprintf(field, sizeof(field), "options.%s", name);
	if (Z_TYPE_P(value) != IS_LONG) {
		tg_error_add_field(err, field, "must be an integer");
	} else if (Z_LVAL_P(value) < min || Z_LVAL_P(value) > max) {
		tg_error_add_field(err, field, "must be between " ZEND_LONG_FMT " and " ZEND_LONG_FMT, min, max);
	} else {
		*out = Z_LVAL_P(value);
	}
}

static int tg_tick_read_options(HashTable *input, tg_tick_options *options)
{
	zend_string *key;
	zval *value;
	tg_error err;

	options->product_interval = 300;
	options->time_budget = 50.0;
	options->queue_limit = 500;
	options->lock_ttl = 900;
	tg_error_init(&err);
	ZEND_HASH_FOREACH_STR_KEY_VAL(input, key, value) {
		ZVAL_DEREF(value);
		if (!key) {
			tg_error_add_field(&err, "options", "must map option names to values");
		} else if (zend_string_equals_literal(key, "product_interval")) {
			tg_tick_int_option(value, "product_interval", 1, 86400, &options->product_interval, &err);
		} else if (zend_string_equals_literal(key, "queue_limit")) {
			tg_tick_int_option(value, "queue_limit", 1, 100000, &options->queue_limit, &err);
		} else if (zend_string_equals_literal(key, "lock_ttl")) {
			tg_tick_int_option(value, "lock_ttl", 10, 86400, &options->lock_ttl, &err);
		} else if (zend_string_equals_literal(key, "time_budget")) {
			double budget = Z_TYPE_P(value) == IS_LONG ? (double) Z_LVAL_P(value)
				: Z_TYPE_P(value) == IS_DOUBLE ? Z_DVAL_P(value) : -1;
			if (!(budget > 0 && budget <= 3600)) {
				tg_error_add_field(&err, "options.time_budget", "must be a number of seconds above 0, at most 3600");
			} else {
				options->time_budget = budget;
			}
		} else {
			tg_error_add_field(&err, "options", "the option \"%s\" is not known", ZSTR_VAL(key));
		}
	} ZEND_HASH_FOREACH_END();
	if (tg_error_close_validation(&err, "scheduler options") != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		return -1;
	}
	return 0;
}

/* An exception of a part is recorded and the tick goes on; exit() is never swallowed. */
static bool tg_tick_catch(zval *errors, const char *part)
{
	zend_object *exception = EG(exception);
	zval message, rv;

	if (!exception) {
		return true;
	}
	if (zend_is_unwind_exit(exception) || zend_is_graceful_exit(exception)) {
		return false;
	}
	ZVAL_COPY(&message, zend_read_property_ex(exception->ce, exception, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv));
	convert_to_string(&message);
	add_assoc_zval(errors, part, &message);
	zend_clear_exception();
	return true;
}

/* ProductSync::runIfDue(); the Report, or null when not due. */
static bool tg_tick_products(zval *client, zval *store, zval *upsert, zend_long interval, zval *errors, zval *out)
{
	zval sync, interval_zval;

	ZVAL_NULL(out);
	object_init_ex(&sync, tg_ce_product_sync);
	zend_call_known_instance_method_with_2_params(tg_ce_product_sync->constructor, Z_OBJ(sync), NULL, client, store);
	if (!EG(exception)) {
		ZVAL_LONG(&interval_zval, interval);
		zend_call_method_with_2_params(Z_OBJ(sync), tg_ce_product_sync, NULL, "runifdue", out, upsert, &interval_zval);
	}
	zval_ptr_dtor(&sync);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
	}
	return tg_tick_catch(errors, "products");
}

/* Queue::process() with what is left of the budget. */
static bool tg_tick_orders(zval *client, zval *store, zend_long limit, double budget, zval *errors, zval *out)
{
	zval queue, limit_zval, budget_zval;

	ZVAL_NULL(out);
	object_init_ex(&queue, tg_ce_queue);
	zend_call_known_instance_method_with_1_params(tg_ce_queue->constructor, Z_OBJ(queue), NULL, store);
	if (!EG(exception)) {
		zval args[3];
		ZVAL_LONG(&limit_zval, limit);
		ZVAL_DOUBLE(&budget_zval, budget);
		ZVAL_COPY_VALUE(&args[0], client);
		ZVAL_COPY_VALUE(&args[1], &limit_zval);
		ZVAL_COPY_VALUE(&args[2], &budget_zval);
		zend_call_known_instance_method(zend_hash_str_find_ptr(&tg_ce_queue->function_table, "process",
			sizeof("process") - 1), Z_OBJ(queue), out, 3, args);
	}
	zval_ptr_dtor(&queue);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
	}
	return tg_tick_catch(errors, "orders");
}

typedef struct {
	tg_process_lock *lock;
	zval *client;
	zval *store;
	zval *upsert;
	tg_tick_options options;
	double started;
	zval errors;
	zval products;
	zval orders;
} tg_tick;

/* A first import can outlast the lock's expiry: renewed before the queue, which runs only while
 * the tick still holds it, so two ticks never work at once. */
static bool tg_tick_still_ours(tg_tick *tick)
{
	tg_error err;
	int held;

	tg_error_init(&err);
	held = tg_process_lock_renew(tick->lock, &err);
	if (held != 1) {
		add_assoc_string(&tick->errors, "orders", held == 0 ? "not run: the tick's lock expired and another tick took it"
			: err.message);
	}
	tg_error_clear(&err);
	return held == 1;
}

/* The two parts; true when a fatal error interrupted them (to be re-raised by the caller). */
static bool tg_tick_parts(tg_tick *tick)
{
	volatile bool bailed_out = false;

	zend_try {
		if (tg_tick_products(tick->client, tick->store, tick->upsert, tick->options.product_interval, &tick->errors,
			&tick->products) && tg_tick_still_ours(tick)) {
			double left = tick->options.time_budget - (tg_time_now() - tick->started);
			tg_tick_orders(tick->client, tick->store, tick->options.queue_limit,
				left > TG_SCHEDULER_QUEUE_FLOOR_S ? left : TG_SCHEDULER_QUEUE_FLOOR_S, &tick->errors, &tick->orders);
		}
	} zend_catch {
		bailed_out = true;
	} zend_end_try();
	return bailed_out;
}

PHP_METHOD(TotalGest_Scheduler, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(TotalGest_Scheduler, tick)
{
	HashTable *options_input = NULL;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	tg_store *store;
	tg_process_lock lock;
	tg_error err;
	tg_tick tick;
	int taken;

	tick.started = tg_time_now();
	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_OBJECT_OF_CLASS(tick.client, tg_ce_client)
		Z_PARAM_OBJECT_OF_CLASS(tick.store, tg_ce_store)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options_input)
	ZEND_PARSE_PARAMETERS_END();

	tick.upsert = ZEND_CALL_ARG(execute_data, 3);
	if (tg_tick_read_options(options_input ? options_input : (HashTable *) &zend_empty_array, &tick.options) != 0
		|| !(store = tg_store_object_store(Z_OBJ_P(tick.store)))) {
		RETURN_THROWS();
	}
	tg_error_init(&err);
	taken = tg_process_lock_acquire(&lock, store, TG_SCHEDULER_LOCK, (double) tick.options.lock_ttl, &err);
	if (taken < 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	tick.lock = &lock;
	array_init(&tick.errors);
	ZVAL_NULL(&tick.products);
	ZVAL_NULL(&tick.orders);
	if (taken == 1 && tg_tick_parts(&tick)) {
		/* Released also after a fatal error, so the next minute's tick is not blocked. */
		tg_process_lock_release(&lock);
		zval_ptr_dtor(&tick.errors);
		zval_ptr_dtor(&tick.products);
		zval_ptr_dtor(&tick.orders);
		zend_bailout();
	}
	if (taken == 1) {
		tg_process_lock_release(&lock);
	}
	array_init(return_value);
	add_assoc_bool(return_value, "ran", taken == 1);
	if (taken == 1) {
		add_assoc_null(return_value, "skipped");
	} else {
		add_assoc_string(return_value, "skipped", "another tick is still running");
	}
	add_assoc_zval(return_value, "products", &tick.products);
	add_assoc_zval(return_value, "orders", &tick.orders);
	add_assoc_zval(return_value, "errors", &tick.errors);
	add_assoc_double(return_value, "duration_s", tg_time_now() - tick.started);
}

void tg_register_scheduler_class(void)
{
	tg_ce_scheduler = register_class_TotalGest_Scheduler();
}
