/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a2a1bcba1baa7df6cb2e3bdbf7e249aa66ede275 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Scheduler___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Scheduler_tick, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, client, TotalGest\\Client, 0)
	ZEND_ARG_OBJ_INFO(0, store, TotalGest\\Store, 0)
	ZEND_ARG_TYPE_INFO(0, upsertProduct, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Scheduler, __construct);
ZEND_METHOD(TotalGest_Scheduler, tick);


static const zend_function_entry class_TotalGest_Scheduler_methods[] = {
	ZEND_ME(TotalGest_Scheduler, __construct, arginfo_class_TotalGest_Scheduler___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TotalGest_Scheduler, tick, arginfo_class_TotalGest_Scheduler_tick, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Scheduler(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Scheduler", class_TotalGest_Scheduler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
