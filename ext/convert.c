/* Conversions between PHP values and json-c values, the common currency with the core. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "tg_php.h"

#define TG_CONVERT_MAX_DEPTH 16

static json_object *tg_zval_to_json_at(zval *value, const char *path, int depth, tg_error *err)
{
	ZVAL_DEREF(value);
	switch (Z_TYPE_P(value)) {
	case IS_NULL:
		return NULL;
	case IS_FALSE:
		return json_object_new_boolean(0);
	case IS_TRUE:
		return json_object_new_boolean(1);
	case IS_LONG:
		return json_object_new_int64((int64_t) Z_LVAL_P(value));
	case IS_DOUBLE:
		return json_object_new_double(Z_DVAL_P(value));
	case IS_STRING:
		return json_object_new_string_len(Z_STRVAL_P(value), (int) MIN(Z_STRLEN_P(value), INT_MAX));
	case IS_ARRAY: {
		HashTable *table = Z_ARRVAL_P(value);
		int is_list = zend_array_is_list(table) && zend_hash_num_elements(table) > 0;
		json_object *result = is_list ? json_object_new_array() : json_object_new_object();
		zend_string *key;
		zend_ulong index;
		zval *member;

		if (depth >= TG_CONVERT_MAX_DEPTH) {
			json_object_put(result);
			tg_error_add_field(err, path[0] ? path : "value", "is nested too deeply");
			return NULL;
		}
		ZEND_HASH_FOREACH_KEY_VAL(table, index, key, member) {
			char child_path[256];
			char index_text[24];
			const char *name;
			json_object *converted;
			size_t errors_before = err->field_count;

			if (key) {
				name = ZSTR_VAL(key);
			} else {
				snprintf(index_text, sizeof(index_text), ZEND_ULONG_FMT, index);
				name = index_text;
			}
			snprintf(child_path, sizeof(child_path), "%s%s%s", path, path[0] ? "." : "", name);
			converted = tg_zval_to_json_at(member, child_path, depth + 1, err);
			if (err->field_count > errors_before) {
				continue;
			}
			if (is_list) {
				json_object_array_add(result, converted);
			} else {
				json_object_object_add(result, name, converted);
			}
		} ZEND_HASH_FOREACH_END();
		return result;
	}
	default:
		tg_error_add_field(err, path[0] ? path : "value", "must be a string, number, boolean, null or array, not %s",
			zend_zval_type_name(value));
		return NULL;
	}
}

json_object *tg_zval_to_json(zval *value, const char *path, tg_error *err)
{
	size_t errors_before = err->field_count;
	json_object *result = tg_zval_to_json_at(value, path, 0, err);

	if (err->field_count > errors_before) {
		json_object_put(result);
		tg_error_close_validation(err, "input");
		return NULL;
	}
	return result;
}

void tg_json_to_zval(json_object *value, zval *out)
{
	switch (json_object_get_type(value)) {
	case json_type_null:
		ZVAL_NULL(out);
		break;
	case json_type_boolean:
		ZVAL_BOOL(out, json_object_get_boolean(value));
		break;
	case json_type_int:
		ZVAL_LONG(out, (zend_long) json_object_get_int64(value));
		break;
	case json_type_double:
		ZVAL_DOUBLE(out, json_object_get_double(value));
		break;
	case json_type_string:
		ZVAL_STRINGL(out, json_object_get_string(value), (size_t) json_object_get_string_len(value));
		break;
	case json_type_array: {
		size_t length = json_object_array_length(value);
		array_init_size(out, (uint32_t) length);
		for (size_t i = 0; i < length; i++) {
			zval member;
			tg_json_to_zval(json_object_array_get_idx(value, i), &member);
			add_next_index_zval(out, &member);
		}
		break;
	}
	case json_type_object: {
		array_init(out);
		json_object_object_foreach(value, key, member_value) {
			zval member;
			tg_json_to_zval(member_value, &member);
			zend_symtable_str_update(Z_ARRVAL_P(out), key, strlen(key), &member);
		}
		break;
	}
	}
}
