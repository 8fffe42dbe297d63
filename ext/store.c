/* TotalGest\Store: opens the SQLite store (made and migrated on first use). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "store_arginfo.h"

zend_class_entry *tg_ce_store;
static zend_object_handlers tg_store_handlers;

static zend_object *tg_store_create(zend_class_entry *ce)
{
	tg_store_object *intern = zend_object_alloc(sizeof(tg_store_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &tg_store_handlers;
	return &intern->std;
}

static void tg_store_free_obj(zend_object *obj)
{
	tg_store_object *intern = tg_store_from_obj(obj);

	tg_store_close(intern->store);
	intern->store = NULL;
	zend_object_std_dtor(obj);
}

tg_store *tg_store_object_store(zend_object *obj)
{
	tg_store_object *intern = tg_store_from_obj(obj);

	if (!intern->store) {
		zend_throw_error(NULL, "TotalGest\\Store was not constructed");
		return NULL;
	}
	return intern->store;
}

PHP_METHOD(TotalGest_Store, __construct)
{
	tg_store_object *intern = tg_store_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *dsn = NULL;
	const char *source, *path;
	tg_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR(dsn)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->store) {
		zend_throw_error(NULL, "TotalGest\\Store cannot be constructed twice");
		RETURN_THROWS();
	}
	source = dsn && ZSTR_LEN(dsn) ? ZSTR_VAL(dsn) : (TG_G(store) ? TG_G(store) : "");
	tg_error_init(&err);
	/* The core makes missing folders and the file: open_basedir is checked before it touches
	 * anything. No warning (warn = 0): the exception says it. */
	path = strncmp(source, "sqlite:", 7) == 0 ? source + 7 : source;
	if (path[0] != '\0' && php_check_open_basedir_ex(path, 0) != 0) {
		tg_error_set(&err, TG_ERR_VALIDATION, "store_outside_open_basedir",
			"The store %s is outside the directories allowed by open_basedir", path);
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
	intern->store = tg_store_open(source, &err);
	if (!intern->store) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(TotalGest_Store, path)
{
	tg_store *store;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(store = tg_store_object_store(Z_OBJ_P(ZEND_THIS)))) {
		RETURN_THROWS();
	}
	RETURN_STRING(tg_store_path(store));
}

void tg_register_store_class(void)
{
	tg_ce_store = register_class_TotalGest_Store();
	tg_ce_store->create_object = tg_store_create;
	memcpy(&tg_store_handlers, zend_get_std_object_handlers(), sizeof(tg_store_handlers));
	tg_store_handlers.offset = XtOffsetOf(tg_store_object, std);
	tg_store_handlers.free_obj = tg_store_free_obj;
	tg_store_handlers.clone_obj = NULL;
}
