/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a709d6802287543469dcd2c712d409ce308d4866 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Config___construct, 0, 0, 5)
	ZEND_ARG_TYPE_INFO(0, businessId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ownerId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, endpoint, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, username, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_Config_fromArray, 0, 1, TotalGest\\Config, 0)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Config_options, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Config, __construct);
ZEND_METHOD(TotalGest_Config, fromArray);
ZEND_METHOD(TotalGest_Config, options);


static const zend_function_entry class_TotalGest_Config_methods[] = {
	ZEND_ME(TotalGest_Config, __construct, arginfo_class_TotalGest_Config___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Config, fromArray, arginfo_class_TotalGest_Config_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TotalGest_Config, options, arginfo_class_TotalGest_Config_options, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Config(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Config", class_TotalGest_Config_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_businessId_default_value;
	ZVAL_UNDEF(&property_businessId_default_value);
	zend_string *property_businessId_name = zend_string_init("businessId", sizeof("businessId") - 1, 1);
	zend_declare_typed_property(class_entry, property_businessId_name, &property_businessId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_businessId_name);

	zval property_ownerId_default_value;
	ZVAL_UNDEF(&property_ownerId_default_value);
	zend_string *property_ownerId_name = zend_string_init("ownerId", sizeof("ownerId") - 1, 1);
	zend_declare_typed_property(class_entry, property_ownerId_name, &property_ownerId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_ownerId_name);

	zval property_endpoint_default_value;
	ZVAL_UNDEF(&property_endpoint_default_value);
	zend_string *property_endpoint_name = zend_string_init("endpoint", sizeof("endpoint") - 1, 1);
	zend_declare_typed_property(class_entry, property_endpoint_name, &property_endpoint_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_endpoint_name);

	zval property_username_default_value;
	ZVAL_UNDEF(&property_username_default_value);
	zend_string *property_username_name = zend_string_init("username", sizeof("username") - 1, 1);
	zend_declare_typed_property(class_entry, property_username_name, &property_username_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_username_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 4, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "fromarray", sizeof("fromarray") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
