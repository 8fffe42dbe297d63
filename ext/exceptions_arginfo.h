/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 937906c39771d512d1cd82262c3357f36551b04e */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_ValidationException_errors, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_ValidationException, errors);


static const zend_function_entry class_TotalGest_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_TotalGest_ConnectionException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_TotalGest_AuthenticationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_TotalGest_ProtocolException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_TotalGest_ValidationException_methods[] = {
	ZEND_ME(TotalGest_ValidationException, errors, arginfo_class_TotalGest_ValidationException_errors, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "Exception", class_TotalGest_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_TotalGest_ConnectionException(zend_class_entry *class_entry_TotalGest_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "ConnectionException", class_TotalGest_ConnectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_TotalGest_Exception);

	return class_entry;
}

static zend_class_entry *register_class_TotalGest_AuthenticationException(zend_class_entry *class_entry_TotalGest_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "AuthenticationException", class_TotalGest_AuthenticationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_TotalGest_Exception);

	return class_entry;
}

static zend_class_entry *register_class_TotalGest_ProtocolException(zend_class_entry *class_entry_TotalGest_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "ProtocolException", class_TotalGest_ProtocolException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_TotalGest_Exception);

	return class_entry;
}

static zend_class_entry *register_class_TotalGest_ValidationException(zend_class_entry *class_entry_TotalGest_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "ValidationException", class_TotalGest_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_TotalGest_Exception);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	return class_entry;
}
