/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bfb39a86079a01159f1b3a9d5d7c2968d4ea84e7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_ProductSync___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, client, TotalGest\\Client, 0)
	ZEND_ARG_OBJ_INFO(0, store, TotalGest\\Store, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_ProductSync_run, 0, 1, TotalGest\\Report, 0)
	ZEND_ARG_TYPE_INFO(0, upsert, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, full, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_ProductSync_runIfDue, 0, 1, TotalGest\\Report, 1)
	ZEND_ARG_TYPE_INFO(0, upsert, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, intervalSeconds, IS_LONG, 0, "300")
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_ProductSync, __construct);
ZEND_METHOD(TotalGest_ProductSync, run);
ZEND_METHOD(TotalGest_ProductSync, runIfDue);


static const zend_function_entry class_TotalGest_ProductSync_methods[] = {
	ZEND_ME(TotalGest_ProductSync, __construct, arginfo_class_TotalGest_ProductSync___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ProductSync, run, arginfo_class_TotalGest_ProductSync_run, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ProductSync, runIfDue, arginfo_class_TotalGest_ProductSync_runIfDue, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_ProductSync(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "ProductSync", class_TotalGest_ProductSync_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
