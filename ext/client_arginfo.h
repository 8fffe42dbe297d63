/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e6e80f8a50c52ffadf304ec12e5f647fe8bfd703 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_Client___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, config, TotalGest\\Config, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_Client_verifyCredentials, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_Client, __construct);
ZEND_METHOD(TotalGest_Client, verifyCredentials);


static const zend_function_entry class_TotalGest_Client_methods[] = {
	ZEND_ME(TotalGest_Client, __construct, arginfo_class_TotalGest_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_Client, verifyCredentials, arginfo_class_TotalGest_Client_verifyCredentials, ZEND_ACC_PUBLIC)
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
