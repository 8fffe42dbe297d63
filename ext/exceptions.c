/* TotalGest\Exception and its subclasses; turning a core error into the right one. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include "tg_php.h"
#include "exceptions_arginfo.h"

zend_class_entry *tg_ce_exception;
zend_class_entry *tg_ce_connection_exception;
zend_class_entry *tg_ce_authentication_exception;
zend_class_entry *tg_ce_protocol_exception;
zend_class_entry *tg_ce_validation_exception;

PHP_METHOD(TotalGest_ValidationException, errors)
{
	zval *errors, rv;

	ZEND_PARSE_PARAMETERS_NONE();
	errors = zend_read_property(tg_ce_validation_exception, Z_OBJ_P(ZEND_THIS), "errors", sizeof("errors") - 1, 1, &rv);
	RETURN_COPY_DEREF(errors);
}

static zend_class_entry *tg_exception_class(tg_error_kind kind)
{
	switch (kind) {
	case TG_ERR_CONNECTION:
	case TG_ERR_UNAVAILABLE:
		return tg_ce_connection_exception;
	case TG_ERR_AUTH:
		return tg_ce_authentication_exception;
	case TG_ERR_PROTOCOL:
		return tg_ce_protocol_exception;
	case TG_ERR_VALIDATION:
		return tg_ce_validation_exception;
	default:
		return tg_ce_exception;
	}
}

void tg_throw_error(const tg_error *err)
{
	zend_object *exception = zend_throw_exception(tg_exception_class(err->kind),
		err->message[0] ? err->message : "TotalGest error", 0);

	if (err->kind == TG_ERR_VALIDATION && exception) {
		zval fields;
		array_init_size(&fields, (uint32_t) err->field_count);
		for (size_t i = 0; i < err->field_count; i++) {
			/* The first message of a field is the one reported. */
			if (!zend_symtable_str_exists(Z_ARRVAL(fields), err->fields[i].field, strlen(err->fields[i].field))) {
				add_assoc_string(&fields, err->fields[i].field, err->fields[i].message);
			}
		}
		zend_update_property(tg_ce_validation_exception, exception, "errors", sizeof("errors") - 1, &fields);
		zval_ptr_dtor(&fields);
	}
}

void tg_register_exception_classes(void)
{
	tg_ce_exception = register_class_TotalGest_Exception(spl_ce_RuntimeException);
	tg_ce_connection_exception = register_class_TotalGest_ConnectionException(tg_ce_exception);
	tg_ce_authentication_exception = register_class_TotalGest_AuthenticationException(tg_ce_exception);
	tg_ce_protocol_exception = register_class_TotalGest_ProtocolException(tg_ce_exception);
	tg_ce_validation_exception = register_class_TotalGest_ValidationException(tg_ce_exception);
}
