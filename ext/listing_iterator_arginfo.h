/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9d63a05eb7259fdaeca3d67b1eb8a13d7dea4489 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TotalGest_ListingIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_ListingIterator_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_ListingIterator_key arginfo_class_TotalGest_ListingIterator_current

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_ListingIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_TotalGest_ListingIterator_rewind arginfo_class_TotalGest_ListingIterator_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TotalGest_ListingIterator_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TotalGest_ListingIterator, __construct);
ZEND_METHOD(TotalGest_ListingIterator, current);
ZEND_METHOD(TotalGest_ListingIterator, key);
ZEND_METHOD(TotalGest_ListingIterator, next);
ZEND_METHOD(TotalGest_ListingIterator, rewind);
ZEND_METHOD(TotalGest_ListingIterator, valid);


static const zend_function_entry class_TotalGest_ListingIterator_methods[] = {
	ZEND_ME(TotalGest_ListingIterator, __construct, arginfo_class_TotalGest_ListingIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TotalGest_ListingIterator, current, arginfo_class_TotalGest_ListingIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ListingIterator, key, arginfo_class_TotalGest_ListingIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ListingIterator, next, arginfo_class_TotalGest_ListingIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ListingIterator, rewind, arginfo_class_TotalGest_ListingIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(TotalGest_ListingIterator, valid, arginfo_class_TotalGest_ListingIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TotalGest_ListingIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TotalGest", "ListingIterator", class_TotalGest_ListingIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}
