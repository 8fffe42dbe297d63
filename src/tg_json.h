/* Strict JSON parsing and typed field access on top of json-c. */
#ifndef TG_JSON_H
#define TG_JSON_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_error.h"

#define TG_JSON_MAX_DEPTH 32

/* Parses a whole document: strict mode, depth limit, nothing but white space after it.
 * Returns NULL with err set (TG_ERR_PROTOCOL, code "malformed_json"). Release with json_object_put. */
json_object *tg_json_parse(const char *text, size_t len, tg_error *err);

/* Field access: NULL when the key is missing or of another type. */
json_object *tg_json_get(json_object *obj, const char *key, json_type type);
const char *tg_json_get_string(json_object *obj, const char *key);
/* A string or null: *present tells whether the key exists with one of both types. */
const char *tg_json_get_nullable_string(json_object *obj, const char *key, int *present);
int tg_json_get_int64(json_object *obj, const char *key, long long *out);
int tg_json_get_bool(json_object *obj, const char *key, int *out);

/* Adds a string member, or null when value is NULL. Returns 0, -1 when out of memory. */
int tg_json_add_string(json_object *obj, const char *key, const char *value);
int tg_json_add_int64(json_object *obj, const char *key, long long value);

#endif
