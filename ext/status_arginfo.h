/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f3b6a7d9a6b518c8f4fa0a1f47d3528212296f36 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Status___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, store, TotalGest\\Store, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Status_products, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, shopIds, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_Status_orders arginfo_class_TotalGest_Status_products

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Status_label, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, state, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, locale, IS_STRING, 0, "\'es\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Status_badge, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, kind, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, locale, IS_STRING, 0, "\'es\'")
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Status, __construct);
ZEND_METHOD(TotalGest_Status, products);
ZEND_METHOD(TotalGest_Status, orders);
ZEND_METHOD(TotalGest_Status, label);
ZEND_METHOD(TotalGest_Status, badge);


static const zend_function_entry class_TotalGest_Status_methods[] = {
	ZEND_ME(TotalGest_Status, __construct, arginfo_class_TotalGest_Status___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Status, products, arginfo_class_TotalGest_Status_products, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Status, orders, arginfo_class_TotalGest_Status_orders, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Status, label, arginfo_class_TotalGest_Status_label, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TotalGest_Status, badge, arginfo_class_TotalGest_Status_badge, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Status(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Status", class_TotalGest_Status_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_SYNCED_value;
	zend_string *const_SYNCED_value_str = zend_string_init("synced", strlen("synced"), 1);
	ZVAL_STR(&const_SYNCED_value, const_SYNCED_value_str);
	zend_string *const_SYNCED_name = zend_string_init_interned("SYNCED", sizeof("SYNCED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SYNCED_name, &const_SYNCED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SYNCED_name);

	zval const_PENDING_value;
	zend_string *const_PENDING_value_str = zend_string_init("pending", strlen("pending"), 1);
	ZVAL_STR(&const_PENDING_value, const_PENDING_value_str);
	zend_string *const_PENDING_name = zend_string_init_interned("PENDING", sizeof("PENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PENDING_name, &const_PENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PENDING_name);

	zval const_ERROR_value;
	zend_string *const_ERROR_value_str = zend_string_init("error", strlen("error"), 1);
	ZVAL_STR(&const_ERROR_value, const_ERROR_value_str);
	zend_string *const_ERROR_name = zend_string_init_interned("ERROR", sizeof("ERROR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ERROR_name, &const_ERROR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ERROR_name);

	zval const_NOT_CONNECTED_value;
	zend_string *const_NOT_CONNECTED_value_str = zend_string_init("not_connected", strlen("not_connected"), 1);
	ZVAL_STR(&const_NOT_CONNECTED_value, const_NOT_CONNECTED_value_str);
	zend_string *const_NOT_CONNECTED_name = zend_string_init_interned("NOT_CONNECTED", sizeof("NOT_CONNECTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOT_CONNECTED_name, &const_NOT_CONNECTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOT_CONNECTED_name);

	return class_entry;
}
