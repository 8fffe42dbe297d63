/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 855d8ceea33124957df676b937d48bd6860e05e8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Client___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, config, TotalGest\\Config, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Client_verifyCredentials, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TotalGest_Client_products, 0, 0, Iterator, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, updatedSince, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_Client_stock arginfo_class_TotalGest_Client_products

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Client_exportOrder, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Client_findOrder, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, externalRef, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Client, __construct);
ZEND_METHOD(TotalGest_Client, verifyCredentials);
ZEND_METHOD(TotalGest_Client, products);
ZEND_METHOD(TotalGest_Client, stock);
ZEND_METHOD(TotalGest_Client, exportOrder);
ZEND_METHOD(TotalGest_Client, findOrder);


static const zend_function_entry class_TotalGest_Client_methods[] = {
	ZEND_ME(TotalGest_Client, __construct, arginfo_class_TotalGest_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, verifyCredentials, arginfo_class_TotalGest_Client_verifyCredentials, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, products, arginfo_class_TotalGest_Client_products, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, stock, arginfo_class_TotalGest_Client_stock, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, exportOrder, arginfo_class_TotalGest_Client_exportOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, findOrder, arginfo_class_TotalGest_Client_findOrder, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Client", class_TotalGest_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
