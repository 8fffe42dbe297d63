/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 597d906b3353f40c744344c7191bbc202521c544 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Queue___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, store, TotalGest\\Store, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Queue_enqueueOrder, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_Queue_process, 0, 1, TotalGest\\Report, 0)
	ZEND_ARG_OBJ_INFO(0, client, TotalGest\\Client, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "100")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeBudget, IS_DOUBLE, 0, "25.0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_Queue_exportNow, 0, 2, TotalGest\\Report, 0)
	ZEND_ARG_OBJ_INFO(0, client, TotalGest\\Client, 0)
	ZEND_ARG_TYPE_INFO(0, orders, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Queue_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Queue_failed, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "50")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Queue_retry, 0, 0, IS_LONG, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, orderIds, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Queue, __construct);
ZEND_METHOD(TotalGest_Queue, enqueueOrder);
ZEND_METHOD(TotalGest_Queue, process);
ZEND_METHOD(TotalGest_Queue, exportNow);
ZEND_METHOD(TotalGest_Queue, stats);
ZEND_METHOD(TotalGest_Queue, failed);
ZEND_METHOD(TotalGest_Queue, retry);


static const zend_function_entry class_TotalGest_Queue_methods[] = {
	ZEND_ME(TotalGest_Queue, __construct, arginfo_class_TotalGest_Queue___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, enqueueOrder, arginfo_class_TotalGest_Queue_enqueueOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, process, arginfo_class_TotalGest_Queue_process, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, exportNow, arginfo_class_TotalGest_Queue_exportNow, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, stats, arginfo_class_TotalGest_Queue_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, failed, arginfo_class_TotalGest_Queue_failed, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Queue, retry, arginfo_class_TotalGest_Queue_retry, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Queue(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Queue", class_TotalGest_Queue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
