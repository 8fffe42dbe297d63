/* TotalGest\Config: builds a validated tg_config from PHP values. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "php_totalgest.h"
#include "tg_php.h"
#include "config_arginfo.h"

zend_class_entry *tg_ce_config;
static zend_object_handlers tg_config_handlers;

static zend_object *tg_config_create(zend_class_entry *ce)
{
	tg_config_object *intern = zend_object_alloc(sizeof(tg_config_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &tg_config_handlers;
	return &intern->std;
}

static void tg_config_free_obj(zend_object *obj)
{
	tg_config_object *intern = tg_config_from_obj(obj);

	if (intern->ready) {
		tg_config_free(&intern->config);
	}
	zend_object_std_dtor(obj);
}

static tg_str tg_str_of(zend_string *value)
{
	tg_str result = {value ? ZSTR_VAL(value) : "", value ? ZSTR_LEN(value) : 0};
	return result;
}

static void tg_update_string_property(zend_object *obj, const char *name, const char *value)
{
	zend_update_property_string(tg_ce_config, obj, name, strlen(name), value);
}

/* A CA file path as the core should get it, emalloc'd; NULL when it is outside open_basedir.
 * Under open_basedir this is the absolute path that was checked: libcurl reads the file at each
 * request, when a relative path could lead elsewhere after a chdir(). No warning (warn = 0): the
 * ValidationException says it. */
static char *tg_ca_file_within_basedir(const char *path)
{
	char *expanded;

	if (!PG(open_basedir) || !*PG(open_basedir)) {
		return estrdup(path);
	}
	expanded = expand_filepath(path, NULL);
	if (expanded && php_check_open_basedir_ex(expanded, 0) != 0) {
		efree(expanded);
		expanded = NULL;
	}
	return expanded;
}

/* Validates and stores the settings in obj; throws ValidationException naming every bad field. */
static void tg_config_init_object(zend_object *obj, zend_string *business_id, zend_string *owner_id,
	zend_string *endpoint, zend_string *username, zend_string *password, zval *options)
{
	tg_config_object *intern = tg_config_from_obj(obj);
	tg_config_input input = {0};
	tg_error err;
	json_object *options_json = NULL, *ca_option = NULL;
	const char *default_ca_file = TG_G(ca_file);
	char *ca_file = NULL;   /* the CA file the core gets, checked against open_basedir */
	int rc;

	if (intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Config is immutable: it cannot be constructed twice");
		return;
	}
	tg_error_init(&err);
	if (options && zend_hash_num_elements(Z_ARRVAL_P(options)) > 0) {
		options_json = tg_zval_to_json(options, "options", &err);
		if (!options_json) {
			tg_throw_error(&err);
			tg_error_clear(&err);
			return;
		}
		if (!json_object_is_type(options_json, json_type_object)) {
			json_object_put(options_json);
			tg_error_add_field(&err, "options", "must map option names to values");
			tg_error_close_validation(&err, "TotalGest settings");
			tg_throw_error(&err);
			tg_error_clear(&err);
			return;
		}
	}
	/* The core answers "is not a readable file" for a CA file it cannot read, which outside
	 * open_basedir would tell the caller which files exist: such a path never reaches the core.
	 * The INI default counts only when the option is absent, as in the core. */
	if (options_json && json_object_object_get_ex(options_json, "ca_file", &ca_option)) {
		if (json_object_is_type(ca_option, json_type_string) && json_object_get_string(ca_option)[0] != '\0') {
			ca_file = tg_ca_file_within_basedir(json_object_get_string(ca_option));
			if (ca_file) {
				json_object_object_add(options_json, "ca_file", json_object_new_string(ca_file));
			} else {
				tg_error_add_field(&err, "options.ca_file", "is outside the directories allowed by open_basedir");
				json_object_object_del(options_json, "ca_file");
			}
		}
	} else if (default_ca_file && default_ca_file[0] != '\0') {
		ca_file = tg_ca_file_within_basedir(default_ca_file);
		if (!ca_file) {
			tg_error_add_field(&err, "options.ca_file",
				"comes from totalgest.ca_file, which is outside the directories allowed by open_basedir");
		}
		default_ca_file = ca_file;
	}
	input.business_id = tg_str_of(business_id);
	input.owner_id = tg_str_of(owner_id);
	input.endpoint = tg_str_of(endpoint);
	input.username = tg_str_of(username);
	input.password = tg_str_of(password);
	input.options = options_json;
	input.default_connect_timeout_ms = (long) TG_G(connect_timeout_ms);
	input.default_timeout_ms = (long) TG_G(timeout_ms);
	input.default_ca_file = default_ca_file;
	input.default_user_agent = "totalgest-php/" PHP_TOTALGEST_VERSION;
	rc = tg_config_build(&intern->config, &input, &err);
	json_object_put(options_json);
	if (ca_file) {
		efree(ca_file);
	}
	if (rc != 0) {
		tg_throw_error(&err);
		tg_error_clear(&err);
		return;
	}
	intern->ready = 1;
	tg_update_string_property(obj, "businessId", intern->config.business_id);
	tg_update_string_property(obj, "ownerId", intern->config.owner_id);
	tg_update_string_property(obj, "endpoint", intern->config.endpoint);
	tg_update_string_property(obj, "username", intern->config.username);
}

PHP_METHOD(TotalGest_Config, __construct)
{
	zend_string *business_id, *owner_id, *endpoint, *username, *password;
	zval *options = NULL;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_STR(business_id)
		Z_PARAM_STR(owner_id)
		Z_PARAM_STR(endpoint)
		Z_PARAM_STR(username)
		Z_PARAM_STR(password)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(options)
	ZEND_PARSE_PARAMETERS_END();

	tg_config_init_object(Z_OBJ_P(ZEND_THIS), business_id, owner_id, endpoint, username, password, options);
}

/* A settings key: a string, or absent/null (reported as required by the validation). */
static zend_string *tg_setting(HashTable *settings, const char *key, tg_error *err)
{
	zval *value = zend_hash_str_find_deref(settings, key, strlen(key));

	if (!value || Z_TYPE_P(value) == IS_NULL) {
		return NULL;
	}
	if (Z_TYPE_P(value) == IS_LONG) {
		/* Ids are often typed as numbers in settings forms. */
		return zend_long_to_str(Z_LVAL_P(value));
	}
	if (Z_TYPE_P(value) != IS_STRING) {
		tg_error_add_field(err, key, "must be a string");
		return NULL;
	}
	return zend_string_copy(Z_STR_P(value));
}

PHP_METHOD(TotalGest_Config, fromArray)
{
	static const char *const keys[] = {"business_id", "owner_id", "endpoint", "username", "password"};
	zend_string *values[5] = {NULL};
	HashTable *settings;
	zval *options;
	tg_error err;
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();

	tg_error_init(&err);
	ZEND_HASH_FOREACH_STR_KEY(settings, key) {
		int known = key && zend_string_equals_literal(key, "options");
		for (size_t i = 0; key && !known && i < 5; i++) {
			known = zend_string_equals_cstr(key, keys[i], strlen(keys[i]));
		}
		if (!known) {
			tg_error_add_field(&err, key ? ZSTR_VAL(key) : "(numeric key)", "is not a known setting");
		}
	} ZEND_HASH_FOREACH_END();
	for (size_t i = 0; i < 5; i++) {
		values[i] = tg_setting(settings, keys[i], &err);
	}
	options = zend_hash_str_find_deref(settings, "options", sizeof("options") - 1);
	if (options && Z_TYPE_P(options) != IS_ARRAY && Z_TYPE_P(options) != IS_NULL) {
		tg_error_add_field(&err, "options", "must be an array");
	}
	if (tg_error_close_validation(&err, "TotalGest settings") != 0) {
		tg_throw_error(&err);
	} else {
		object_init_ex(return_value, tg_ce_config);
		tg_config_init_object(Z_OBJ_P(return_value), values[0], values[1], values[2], values[3], values[4],
			options && Z_TYPE_P(options) == IS_ARRAY ? options : NULL);
		if (EG(exception)) {
			zval_ptr_dtor(return_value);
			ZVAL_UNDEF(return_value);
		}
	}
	tg_error_clear(&err);
	for (size_t i = 0; i < 5; i++) {
		if (values[i]) {
			zend_string_release(values[i]);
		}
	}
}

PHP_METHOD(TotalGest_Config, options)
{
	tg_config_object *intern = tg_config_from_obj(Z_OBJ_P(ZEND_THIS));
	json_object *options;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!intern->ready) {
		zend_throw_error(NULL, "TotalGest\\Config was not constructed");
		RETURN_THROWS();
	}
	options = tg_config_options(&intern->config);
	tg_json_to_zval(options, return_value);
	json_object_put(options);
}

void tg_register_config_class(void)
{
	tg_ce_config = register_class_TotalGest_Config();
	tg_ce_config->create_object = tg_config_create;
	memcpy(&tg_config_handlers, zend_get_std_object_handlers(), sizeof(tg_config_handlers));
	tg_config_handlers.offset = XtOffsetOf(tg_config_object, std);
	tg_config_handlers.free_obj = tg_config_free_obj;
	tg_config_handlers.clone_obj = NULL;
}
