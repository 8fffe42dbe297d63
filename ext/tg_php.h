/* Shared by the glue files of ext/: class entries, object layouts, and the conversions between
 * zvals and the core's C types. Only glue here; the logic lives in src/. */
#ifndef TG_PHP_H
#define TG_PHP_H

#include "php.h"

#include <json-c/json.h>

#include "tg_client.h"
#include "tg_config.h"
#include "tg_error.h"
#include "tg_report.h"
#include "tg_store.h"

extern zend_class_entry *tg_ce_exception;
extern zend_class_entry *tg_ce_connection_exception;
extern zend_class_entry *tg_ce_authentication_exception;
extern zend_class_entry *tg_ce_protocol_exception;
extern zend_class_entry *tg_ce_validation_exception;
extern zend_class_entry *tg_ce_config;
extern zend_class_entry *tg_ce_client;
extern zend_class_entry *tg_ce_store;
extern zend_class_entry *tg_ce_report;
extern zend_class_entry *tg_ce_product_sync;
extern zend_class_entry *tg_ce_queue;
extern zend_class_entry *tg_ce_status;
extern zend_class_entry *tg_ce_scheduler;

/* Class registration, one per glue file, called from MINIT. */
void tg_register_exception_classes(void);
void tg_register_config_class(void);
void tg_register_client_class(void);
void tg_register_store_class(void);
void tg_register_report_class(void);
void tg_register_product_sync_class(void);
void tg_register_listing_iterator_class(void);
void tg_register_queue_class(void);
void tg_register_status_class(void);
void tg_register_scheduler_class(void);

typedef struct {
	tg_config config;
	int ready;
	zend_object std;
} tg_config_object;

typedef struct {
	tg_client client;
	int ready;
	zend_object std;
} tg_client_object;

typedef struct {
	tg_store *store;
	zend_object std;
} tg_store_object;

typedef struct {
	tg_report report;
	int ready;
	zend_object std;
} tg_report_object;

static inline tg_config_object *tg_config_from_obj(zend_object *obj)
{
	return (tg_config_object *) ((char *) obj - XtOffsetOf(tg_config_object, std));
}

static inline tg_client_object *tg_client_from_obj(zend_object *obj)
{
	return (tg_client_object *) ((char *) obj - XtOffsetOf(tg_client_object, std));
}

static inline tg_store_object *tg_store_from_obj(zend_object *obj)
{
	return (tg_store_object *) ((char *) obj - XtOffsetOf(tg_store_object, std));
}

static inline tg_report_object *tg_report_from_obj(zend_object *obj)
{
	return (tg_report_object *) ((char *) obj - XtOffsetOf(tg_report_object, std));
}

/* Throws the exception class matching err->kind (ValidationException carries err's fields). */
void tg_throw_error(const tg_error *err);

/* The client of a Client object, bound to this process's session for its config (a session made
 * before a fork is never used after it). Throws and returns NULL when the object is unusable. */
tg_client *tg_client_object_client(zend_object *obj);
/* The store of a Store object; throws and returns NULL when it is closed. */
tg_store *tg_store_object_store(zend_object *obj);

/* A PHP value as JSON: arrays with keys 0..n-1 become JSON arrays, other arrays objects; ints,
 * floats, strings (any bytes, checked later by the core), bools and null as such. Objects and
 * resources are refused with a field error at path. Returns NULL with err set. */
json_object *tg_zval_to_json(zval *value, const char *path, tg_error *err);
/* A JSON value as PHP value (objects become arrays). */
void tg_json_to_zval(json_object *value, zval *out);

/* A Report object that takes over report (the caller's copy is emptied). */
void tg_report_object_create(zval *out, tg_report *report);

/* The process-wide sessions (token and connections), keyed by config fingerprint. */
tg_session *tg_session_for(const tg_config *config);
void tg_sessions_destroy(void);

#endif
