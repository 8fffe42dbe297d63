/* TotalGest\ListingIterator: a product or stock listing, one page in memory at a time. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "listing_iterator.h"
#include "listing_iterator_arginfo.h"

/* The Client it lists with and the current element, both visible to the GC. */
enum { TG_LISTING_CLIENT, TG_LISTING_CURRENT, TG_LISTING_REFS };

typedef struct {
	zval refs[TG_LISTING_REFS];
	tg_listing_kind kind;
	char *since;
	char *next;                 /* the cursor of the following page; NULL on the last one */
	bool started;
	tg_product_entry *products;
	tg_stock_entry *stock;
	size_t count;
	size_t position;
	zend_long key;
	zend_object std;
} tg_listing_iterator_object;

static zend_class_entry *tg_ce_listing_iterator;
static zend_object_handlers tg_listing_iterator_handlers;

static inline tg_listing_iterator_object *tg_listing_iterator_from_obj(zend_object *obj)
{
	return (tg_listing_iterator_object *) ((char *) obj - XtOffsetOf(tg_listing_iterator_object, std));
}

static void tg_listing_free_page(tg_listing_iterator_object *intern)
{
	for (size_t i = 0; i < intern->count; i++) {
		if (intern->products) {
			tg_product_free(&intern->products[i].product);
		} else {
			tg_stock_level_free(&intern->stock[i].level);
		}
	}
	free(intern->products);
	free(intern->stock);
	intern->products = NULL;
	intern->stock = NULL;
	intern->count = 0;
	intern->position = 0;
}

static zend_object *tg_listing_iterator_create_object(zend_class_entry *ce)
{
	tg_listing_iterator_object *intern = zend_object_alloc(sizeof(tg_listing_iterator_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	ZVAL_UNDEF(&intern->refs[TG_LISTING_CLIENT]);
	ZVAL_UNDEF(&intern->refs[TG_LISTING_CURRENT]);
	intern->std.handlers = &tg_listing_iterator_handlers;
	return &intern->std;
}

static void tg_listing_iterator_free_obj(zend_object *obj)
{
	tg_listing_iterator_object *intern = tg_listing_iterator_from_obj(obj);

	tg_listing_free_page(intern);
	free(intern->since);
	free(intern->next);
	zval_ptr_dtor(&intern->refs[TG_LISTING_CLIENT]);
	zval_ptr_dtor(&intern->refs[TG_LISTING_CURRENT]);
	zend_object_std_dtor(obj);
}

static HashTable *tg_listing_iterator_get_gc(zend_object *obj, zval **table, int *n)
{
	tg_listing_iterator_object *intern = tg_listing_iterator_from_obj(obj);

	*table = intern->refs;
	*n = TG_LISTING_REFS;
	return NULL;
}

/* Fetches the page at intern->next (the first page when not started); throws on failure. */
static int tg_listing_fetch(tg_listing_iterator_object *intern)
{
	tg_client *client = tg_client_object_client(Z_OBJ(intern->refs[TG_LISTING_CLIENT]));
	char *after = intern->started ? intern->next : NULL;
	char *next = NULL;
	tg_error err;
	int rc;

	if (!client) {
		return -1;
	}
	tg_error_init(&err);
	tg_listing_free_page(intern);
	rc = intern->kind == TG_LISTING_OF_PRODUCTS
		? tg_client_products_page(client, intern->since, after, &intern->products, &intern->count, &next, &err)
		: tg_client_stock_page(client, intern->since, after, &intern->stock, &intern->count, &next, &err);
	/* The same cursor again would fetch the same page forever: foreach would never end. */
	if (rc == 0 && next && after && strcmp(next, after) == 0) {
		free(next);
		next = NULL;
		tg_listing_free_page(intern);
		rc = tg_error_set(&err, TG_ERR_PROTOCOL, "cursor_not_advancing",
			"TotalGest answered a page with the cursor it was asked for: the listing does not advance");
	}
	free(intern->next);
	intern->next = next;
	intern->started = true;
	if (rc != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		return -1;
	}
	return 0;
}

static void tg_listing_stock_to_zval(const tg_stock_level *level, zval *out)
{
	array_init(out);
	add_assoc_string(out, "external_id", level->external_id);
	if (level->sku) {
		add_assoc_string(out, "sku", level->sku);
	} else {
		add_assoc_null(out, "sku");
	}
	add_assoc_long(out, "stock_quantity", (zend_long) level->quantity);
	add_assoc_string(out, "updated_at", level->updated_at);
}

/* Makes the entry at position current, or else the next valid one of this page; the messages
 * of the entries it skips are added to skipped. Returns whether an entry became current. */
static bool tg_listing_take_entry(tg_listing_iterator_object *intern, zval *skipped)
{
	for (; intern->position < intern->count; intern->position++) {
		if (intern->products && intern->products[intern->position].valid) {
			json_object *json = tg_product_to_json(&intern->products[intern->position].product);
			tg_json_to_zval(json, &intern->refs[TG_LISTING_CURRENT]);
			json_object_put(json);
			return true;
		}
		if (intern->stock && intern->stock[intern->position].valid) {
			tg_listing_stock_to_zval(&intern->stock[intern->position].level, &intern->refs[TG_LISTING_CURRENT]);
			return true;
		}
		if (Z_TYPE_P(skipped) != IS_ARRAY) {
			array_init(skipped);
		}
		add_next_index_str(skipped, zend_strpprintf(0, "Skipped a TotalGest %s entry that breaks the contract: %s",
			intern->products ? "product" : "stock",
			intern->products ? intern->products[intern->position].error : intern->stock[intern->position].error));
	}
	return false;
}

/* Makes the entry at position current, or else the next valid one, fetching pages as needed.
 * The warnings come only once the state is settled: a user error handler may call rewind() or
 * next() on this iterator, which must not happen in the middle of the loop. */
static void tg_listing_settle(tg_listing_iterator_object *intern)
{
	zend_object *pending;
	zval skipped, *message;

	ZVAL_UNDEF(&skipped);
	zval_ptr_dtor(&intern->refs[TG_LISTING_CURRENT]);
	ZVAL_UNDEF(&intern->refs[TG_LISTING_CURRENT]);
	while (!tg_listing_take_entry(intern, &skipped)) {
		if (!intern->next || tg_listing_fetch(intern) != 0) {
			tg_listing_free_page(intern);
			break;
		}
	}
	if (Z_TYPE(skipped) != IS_ARRAY) {
		return;
	}
	pending = EG(exception);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(skipped), message) {
		/* A handler that throws stops the rest; an exception of the listing itself does not. */
		if (EG(exception) != pending) {
			break;
		}
		php_error_docref(NULL, E_WARNING, "%s", Z_STRVAL_P(message));
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&skipped);
}

static void tg_listing_start(tg_listing_iterator_object *intern)
{
	intern->started = false;
	intern->key = 0;
	if (tg_listing_fetch(intern) == 0) {
		tg_listing_settle(intern);
	}
}

static tg_listing_iterator_object *tg_listing_this(zval *this_zval)
{
	tg_listing_iterator_object *intern = tg_listing_iterator_from_obj(Z_OBJ_P(this_zval));

	/* Like a generator, the listing starts at the first use when rewind() was not called. */
	if (!intern->started) {
		tg_listing_start(intern);
	}
	return intern;
}

PHP_METHOD(TotalGest_ListingIterator, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(TotalGest_ListingIterator, current)
{
	tg_listing_iterator_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	intern = tg_listing_this(ZEND_THIS);
	if (Z_TYPE(intern->refs[TG_LISTING_CURRENT]) != IS_UNDEF) {
		RETURN_COPY(&intern->refs[TG_LISTING_CURRENT]);
	}
}

PHP_METHOD(TotalGest_ListingIterator, key)
{
	tg_listing_iterator_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	intern = tg_listing_this(ZEND_THIS);
	if (Z_TYPE(intern->refs[TG_LISTING_CURRENT]) != IS_UNDEF) {
		RETURN_LONG(intern->key);
	}
}

PHP_METHOD(TotalGest_ListingIterator, next)
{
	tg_listing_iterator_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	intern = tg_listing_this(ZEND_THIS);
	if (intern->position < intern->count) {
		intern->position++;
		intern->key++;
		tg_listing_settle(intern);
	}
}

PHP_METHOD(TotalGest_ListingIterator, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	tg_listing_start(tg_listing_iterator_from_obj(Z_OBJ_P(ZEND_THIS)));
}

PHP_METHOD(TotalGest_ListingIterator, valid)
{
	tg_listing_iterator_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	intern = tg_listing_this(ZEND_THIS);
	RETURN_BOOL(Z_TYPE(intern->refs[TG_LISTING_CURRENT]) != IS_UNDEF);
}

void tg_listing_iterator_create(zval *out, zend_object *client, tg_listing_kind kind, const char *since)
{
	tg_listing_iterator_object *intern;

	object_init_ex(out, tg_ce_listing_iterator);
	intern = tg_listing_iterator_from_obj(Z_OBJ_P(out));
	intern->kind = kind;
	intern->since = since ? strdup(since) : NULL;
	GC_ADDREF(client);
	ZVAL_OBJ(&intern->refs[TG_LISTING_CLIENT], client);
}

void tg_register_listing_iterator_class(void)
{
	tg_ce_listing_iterator = register_class_TotalGest_ListingIterator(zend_ce_iterator);
	tg_ce_listing_iterator->create_object = tg_listing_iterator_create_object;
	memcpy(&tg_listing_iterator_handlers, zend_get_std_object_handlers(), sizeof(tg_listing_iterator_handlers));
	tg_listing_iterator_handlers.offset = XtOffsetOf(tg_listing_iterator_object, std);
	tg_listing_iterator_handlers.free_obj = tg_listing_iterator_free_obj;
	tg_listing_iterator_handlers.get_gc = tg_listing_iterator_get_gc;
	tg_listing_iterator_handlers.clone_obj = NULL;
}
