#include "tg_json.h"

#include <string.h>

json_object *tg_json_parse(const char *text, size_t len, tg_error *err)
{
	json_tokener *tokener;
	json_object *root;
	enum json_tokener_error parse_error;
	size_t end;

	if (len > (size_t) 0x7fffffff) {
		tg_error_set(err, TG_ERR_PROTOCOL, "malformed_json", "The answer is too large to be JSON");
		return NULL;
	}
	tokener = json_tokener_new_ex(TG_JSON_MAX_DEPTH);
	if (!tokener) {
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		return NULL;
	}
	/* UTF-8 is checked field by field where it matters, so one bad product does not hide a page. */
	json_tokener_set_flags(tokener, JSON_TOKENER_STRICT);
	root = json_tokener_parse_ex(tokener, text, (int) len);
	parse_error = json_tokener_get_error(tokener);
	if (!root && parse_error == json_tokener_continue) {
		/* The text ended inside a value: a truncated document. */
		tg_error_set(err, TG_ERR_PROTOCOL, "malformed_json", "The answer is not complete JSON (it ends early)");
		json_tokener_free(tokener);
		return NULL;
	}
	if (parse_error != json_tokener_success) {
		tg_error_set(err, TG_ERR_PROTOCOL, "malformed_json", "The answer is not valid JSON: %s",
			json_tokener_error_desc(parse_error));
		json_object_put(root);
		json_tokener_free(tokener);
		return NULL;
	}
	end = json_tokener_get_parse_end(tokener);
	json_tokener_free(tokener);
	for (; end < len; end++) {
		if (!strchr(" \t\r\n", text[end])) {
			tg_error_set(err, TG_ERR_PROTOCOL, "malformed_json", "The answer has data after its JSON document");
			json_object_put(root);
			return NULL;
		}
	}
	return root;
}

json_object *tg_json_get(json_object *obj, const char *key, json_type type)
{
	json_object *value = NULL;

	if (!obj || !json_object_is_type(obj, json_type_object)) {
		return NULL;
	}
	if (!json_object_object_get_ex(obj, key, &value) || !json_object_is_type(value, type)) {
		return NULL;
	}
	return value;
}

const char *tg_json_get_string(json_object *obj, const char *key)
{
	json_object *value = tg_json_get(obj, key, json_type_string);

	return value ? json_object_get_string(value) : NULL;
}

const char *tg_json_get_nullable_string(json_object *obj, const char *key, int *present)
{
	json_object *value = NULL;

	*present = 0;
	if (!obj || !json_object_is_type(obj, json_type_object) || !json_object_object_get_ex(obj, key, &value)) {
		return NULL;
	}
	if (value == NULL) {
		*present = 1;
		return NULL;
	}
	if (json_object_is_type(value, json_type_string)) {
		*present = 1;
		return json_object_get_string(value);
	}
	return NULL;
}

int tg_json_get_int64(json_object *obj, const char *key, long long *out)
{
	json_object *value = tg_json_get(obj, key, json_type_int);

	if (!value) {
		return -1;
	}
	*out = (long long) json_object_get_int64(value);
	return 0;
}

int tg_json_get_bool(json_object *obj, const char *key, int *out)
{
	json_object *value = tg_json_get(obj, key, json_type_boolean);

	if (!value) {
		return -1;
	}
	*out = json_object_get_boolean(value) ? 1 : 0;
	return 0;
}

int tg_json_add_string(json_object *obj, const char *key, const char *value)
{
	json_object *member = NULL;

	if (value) {
		member = json_object_new_string(value);
		if (!member) {
			return -1;
		}
	}
	return json_object_object_add(obj, key, member) == 0 ? 0 : -1;
}

int tg_json_add_int64(json_object *obj, const char *key, long long value)
{
	json_object *member = json_object_new_int64((int64_t) value);

	if (!member) {
		return -1;
	}
	return json_object_object_add(obj, key, member) == 0 ? 0 : -1;
}
