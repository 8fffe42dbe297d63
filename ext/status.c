/* TotalGest\Status: status rows and badges for the shop's list pages. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "tg_php.h"
#include "tg_status.h"
#include "tg_text.h"
#include "status_arginfo.h"

zend_class_entry *tg_ce_status;
static zend_object_handlers tg_status_handlers;

typedef struct {
	zval store;           /* the Store object, kept alive */
	HashTable rows;       /* "p:<id>" / "o:<id>" -> the C row, from the last lookups */
	int ready;
	zend_object std;
} tg_status_object;

static inline tg_status_object *tg_status_from_obj(zend_object *obj)
{
	return (tg_status_object *) ((char *) obj - XtOffsetOf(tg_status_object, std));
}

static void tg_status_row_entry_free(zval *entry)
{
	tg_status_row *row = Z_PTR_P(entry);

	tg_status_row_free(row);
	efree(row);
}

static zend_object *tg_status_create(zend_class_entry *ce)
{
	tg_status_object *intern = zend_object_alloc(sizeof(tg_status_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	ZVAL_UNDEF(&intern->store);
	zend_hash_init(&intern->rows, 0, NULL, tg_status_row_entry_free, 0);
	intern->std.handlers = &tg_status_handlers;
	return &intern->std;
}

static void tg_status_free_obj(zend_object *obj)
{
	tg_status_object *intern = tg_status_from_obj(obj);

	zend_hash_destroy(&intern->rows);
	zval_ptr_dtor(&intern->store);
	zend_object_std_dtor(obj);
}

static HashTable *tg_status_get_gc(zend_object *obj, zval **table, int *count)
{
	tg_status_object *intern = tg_status_from_obj(obj);

	*table = &intern->store;
	*count = Z_TYPE(intern->store) == IS_UNDEF ? 0 : 1;
	return zend_std_get_properties(obj);
}

PHP_METHOD(TotalGest_Status, __construct)
{
	tg_status_object *intern = tg_status_from_obj(Z_OBJ_P(ZEND_THIS));
	zval *store;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(store, tg_ce_store)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Status cannot be constructed twice");
		RETURN_THROWS();
	}
	ZVAL_COPY(&intern->store, store);
	intern->ready = 1;
}

/* Shop ids as C strings; ints are converted. Throws ValidationException naming each bad entry. */
static zend_string **tg_status_ids(HashTable *input, size_t *count)
{
	zend_string **ids = safe_emalloc(zend_hash_num_elements(input) + 1, sizeof(*ids), 0);
	tg_error err;
	zend_ulong index;
	zend_string *key;
	zval *value;

	tg_error_init(&err);
	*count = 0;
	ZEND_HASH_FOREACH_KEY_VAL(input, index, key, value) {
		char field[64];
		ZVAL_DEREF(value);
		if (key) {
			snprintf(field, sizeof(field), "shopIds.%.40s", ZSTR_VAL(key));
		} else {
			snprintf(field, sizeof(field), "shopIds." ZEND_ULONG_FMT, index);
		}
		if (Z_TYPE_P(value) == IS_LONG) {
			ids[(*count)++] = zend_long_to_str(Z_LVAL_P(value));
		} else if (Z_TYPE_P(value) != IS_STRING) {
			tg_error_add_field(&err, field, "must be a string or an integer, not %s", zend_zval_type_name(value));
		} else if (Z_STRLEN_P(value) == 0 || Z_STRLEN_P(value) > 255
			|| !tg_text_is_printable(Z_STRVAL_P(value), Z_STRLEN_P(value), 0)) {
			tg_error_add_field(&err, field, "must be printable text of 1 to 255 bytes");
		} else {
			ids[(*count)++] = zend_string_copy(Z_STR_P(value));
		}
	} ZEND_HASH_FOREACH_END();
	if (tg_error_close_validation(&err, "shop ids") != 0) {
		for (size_t i = 0; i < *count; i++) {
			zend_string_release(ids[i]);
		}
		efree(ids);
		tg_throw_error(&err);
		tg_error_clear(&err);
		return NULL;
	}
	return ids;
}

static zend_string *tg_status_cache_key(tg_status_kind kind, const char *id)
{
	return zend_strpprintf(0, "%c:%s", kind == TG_STATUS_PRODUCTS ? 'p' : 'o', id);
}

/* Looks the ids up with one query and remembers the rows. 0, or -1 with an exception thrown. */
static int tg_status_fetch(tg_status_object *intern, tg_status_kind kind, zend_string **ids, size_t count)
{
	tg_store *store = tg_store_object_store(Z_OBJ(intern->store));
	const char **names;
	tg_status_row *rows;
	tg_error err;

	if (!store) {
		return -1;
	}
	if (count == 0) {
		return 0;
	}
	names = safe_emalloc(count, sizeof(*names), 0);
	rows = safe_emalloc(count, sizeof(*rows), 0);
	for (size_t i = 0; i < count; i++) {
		names[i] = ZSTR_VAL(ids[i]);
	}
	tg_error_init(&err);
	if (tg_status_lookup(store, kind, names, count, rows, &err) != 0) {
		efree(names);
		efree(rows);
		tg_throw_error(&err);
		tg_error_clear(&err);
		return -1;
	}
	for (size_t i = 0; i < count; i++) {
		zend_string *key = tg_status_cache_key(kind, names[i]);
		tg_status_row *kept = emalloc(sizeof(*kept));
		*kept = rows[i];
		zend_hash_update_ptr(&intern->rows, key, kept);
		zend_string_release(key);
	}
	efree(names);
	efree(rows);
	return 0;
}

static void tg_status_row_to_array(const tg_status_row *row, zval *out)
{
	array_init_size(out, 4);
	add_assoc_string(out, "state", tg_state_name(row->state));
	if (row->external_id) {
		add_assoc_string(out, "external_id", row->external_id);
	} else {
		add_assoc_null(out, "external_id");
	}
	if (row->synced_at) {
		add_assoc_string(out, "synced_at", row->synced_at);
	} else {
		add_assoc_null(out, "synced_at");
	}
	if (row->message) {
		add_assoc_string(out, "message", row->message);
	} else {
		add_assoc_null(out, "message");
	}
}

static void tg_status_rows(INTERNAL_FUNCTION_PARAMETERS, tg_status_kind kind)
{
	tg_status_object *intern = tg_status_from_obj(Z_OBJ_P(ZEND_THIS));
	HashTable *input;
	zend_string **ids;
	size_t count;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(input)
	ZEND_PARSE_PARAMETERS_END();

	if (!intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Status was not constructed");
		RETURN_THROWS();
	}
	if (!(ids = tg_status_ids(input, &count))) {
		RETURN_THROWS();
	}
	if (tg_status_fetch(intern, kind, ids, count) == 0) {
		array_init_size(return_value, (uint32_t) count);
		for (size_t i = 0; i < count; i++) {
			zend_string *key = tg_status_cache_key(kind, ZSTR_VAL(ids[i]));
			tg_status_row *row = zend_hash_find_ptr(&intern->rows, key);
			zval entry;
			tg_status_row_to_array(row, &entry);
			zend_symtable_update(Z_ARRVAL_P(return_value), ids[i], &entry);
			zend_string_release(key);
		}
	}
	for (size_t i = 0; i < count; i++) {
		zend_string_release(ids[i]);
	}
	efree(ids);
}

PHP_METHOD(TotalGest_Status, products)
{
	tg_status_rows(INTERNAL_FUNCTION_PARAM_PASSTHRU, TG_STATUS_PRODUCTS);
}

PHP_METHOD(TotalGest_Status, orders)
{
	tg_status_rows(INTERNAL_FUNCTION_PARAM_PASSTHRU, TG_STATUS_ORDERS);
}

PHP_METHOD(TotalGest_Status, label)
{
	zend_string *state_name, *locale = NULL;
	tg_state state;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(state_name)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(locale)
	ZEND_PARSE_PARAMETERS_END();

	if (tg_state_from_name(ZSTR_VAL(state_name), &state) != 0) {
		zend_argument_value_error(1, "must be one of the Status constants");
		RETURN_THROWS();
	}
	RETURN_STRING(tg_state_label(state, locale ? ZSTR_VAL(locale) : "es"));
}

PHP_METHOD(TotalGest_Status, badge)
{
	tg_status_object *intern = tg_status_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *kind_name, *id, *locale = NULL, *key;
	tg_status_kind kind;
	tg_status_row *row;
	tg_buf html;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(kind_name)
		Z_PARAM_STR(id)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(locale)
	ZEND_PARSE_PARAMETERS_END();

	if (zend_string_equals_literal(kind_name, "product")) {
		kind = TG_STATUS_PRODUCTS;
	} else if (zend_string_equals_literal(kind_name, "order")) {
		kind = TG_STATUS_ORDERS;
	} else {
		zend_argument_value_error(1, "must be \"product\" or \"order\"");
		RETURN_THROWS();
	}
	if (!intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Status was not constructed");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(id) == 0 || ZSTR_LEN(id) > 255 || !tg_text_is_printable(ZSTR_VAL(id), ZSTR_LEN(id), 0)) {
		zend_argument_value_error(2, "must be printable text of 1 to 255 bytes");
		RETURN_THROWS();
	}
	key = tg_status_cache_key(kind, ZSTR_VAL(id));
	row = zend_hash_find_ptr(&intern->rows, key);
	if (!row) {
		if (tg_status_fetch(intern, kind, &id, 1) != 0) {
			zend_string_release(key);
			RETURN_THROWS();
		}
		row = zend_hash_find_ptr(&intern->rows, key);
	}
	zend_string_release(key);
	tg_buf_init(&html, 0);
	if (tg_status_badge(row, locale ? ZSTR_VAL(locale) : "es", &html) != 0) {
		tg_buf_free(&html);
		zend_throw_exception(tg_ce_exception, "Out of memory while writing a badge", 0);
		RETURN_THROWS();
	}
	RETVAL_STRINGL(html.data, html.len);
	tg_buf_free(&html);
}

void tg_register_status_class(void)
{
	tg_ce_status = register_class_TotalGest_Status();
	tg_ce_status->create_object = tg_status_create;
	memcpy(&tg_status_handlers, zend_get_std_object_handlers(), sizeof(tg_status_handlers));
	tg_status_handlers.offset = XtOffsetOf(tg_status_object, std);
	tg_status_handlers.free_obj = tg_status_free_obj;
	tg_status_handlers.get_gc = tg_status_get_gc;
	tg_status_handlers.clone_obj = NULL;
}
