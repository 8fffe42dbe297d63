/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2d18a83e84ef74eff3c87997f582e0a2287e6ff0 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Store___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dsn, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Store_path, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Store, __construct);
ZEND_METHOD(TotalGest_Store, path);


static const zend_function_entry class_TotalGest_Store_methods[] = {
	ZEND_ME(TotalGest_Store, __construct, arginfo_class_TotalGest_Store___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Store, path, arginfo_class_TotalGest_Store_path, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Store(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Store", class_TotalGest_Store_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
