/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0ccdd78a81a2cb02e5050744745b1a128a63abef */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Report___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Report_errors, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_Report_toArray arginfo_class_TotalGest_Report_errors

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Report_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_Report_jsonSerialize arginfo_class_TotalGest_Report_errors

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Report___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Report, __construct);
ZEND_METHOD(TotalGest_Report, errors);
ZEND_METHOD(TotalGest_Report, toArray);
ZEND_METHOD(TotalGest_Report, count);
ZEND_METHOD(TotalGest_Report, jsonSerialize);
ZEND_METHOD(TotalGest_Report, __toString);


static const zend_function_entry class_TotalGest_Report_methods[] = {
	ZEND_ME(TotalGest_Report, __construct, arginfo_class_TotalGest_Report___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TotalGest_Report, errors, arginfo_class_TotalGest_Report_errors, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Report, toArray, arginfo_class_TotalGest_Report_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Report, count, arginfo_class_TotalGest_Report_count, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Report, jsonSerialize, arginfo_class_TotalGest_Report_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Report, __toString, arginfo_class_TotalGest_Report___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Report(zend_class_entry *class_entry_Countable, zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Report", class_TotalGest_Report_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 2, class_entry_Countable, class_entry_JsonSerializable);

	zval property_succeeded_default_value;
	ZVAL_UNDEF(&property_succeeded_default_value);
	zend_string *property_succeeded_name = zend_string_init("succeeded", sizeof("succeeded") - 1, 1);
	zend_declare_typed_property(class_entry, property_succeeded_name, &property_succeeded_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_succeeded_name);

	zval property_failed_default_value;
	ZVAL_UNDEF(&property_failed_default_value);
	zend_string *property_failed_name = zend_string_init("failed", sizeof("failed") - 1, 1);
	zend_declare_typed_property(class_entry, property_failed_name, &property_failed_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_failed_name);

	return class_entry;
}
