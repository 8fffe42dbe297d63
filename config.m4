dnl The totalgest extension: Zend glue in ext/, the pure C core in src/.
PHP_ARG_ENABLE([totalgest],
  [whether to enable the TotalGest extension],
  [AS_HELP_STRING([--enable-totalgest], [Enable the TotalGest extension])])

PHP_ARG_ENABLE([totalgest-developer-flags],
  [whether to build with developer warnings as errors],
  [AS_HELP_STRING([--enable-totalgest-developer-flags], [Build with -Wall -Wextra -Werror])],
  [no], [no])

if test "$PHP_TOTALGEST" != "no"; then
  PKG_CHECK_MODULES([TOTALGEST_CURL], [libcurl >= 7.85.0])
  PKG_CHECK_MODULES([TOTALGEST_JSONC], [json-c >= 0.15])
  PKG_CHECK_MODULES([TOTALGEST_SQLITE], [sqlite3 >= 3.35.0])

  PHP_EVAL_INCLINE([$TOTALGEST_CURL_CFLAGS $TOTALGEST_JSONC_CFLAGS $TOTALGEST_SQLITE_CFLAGS])
  PHP_EVAL_LIBLINE([$TOTALGEST_CURL_LIBS], TOTALGEST_SHARED_LIBADD)
  PHP_EVAL_LIBLINE([$TOTALGEST_JSONC_LIBS], TOTALGEST_SHARED_LIBADD)
  PHP_EVAL_LIBLINE([$TOTALGEST_SQLITE_LIBS], TOTALGEST_SHARED_LIBADD)
  PHP_ADD_LIBRARY([m], 1, TOTALGEST_SHARED_LIBADD)

  TOTALGEST_CFLAGS="-std=gnu11 -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  if test "$PHP_TOTALGEST_DEVELOPER_FLAGS" = "yes"; then
    TOTALGEST_CFLAGS="$TOTALGEST_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers"
  fi

  dnl Every C file of ext/ and src/ is part of the extension. $ext_srcdir is only set by
  dnl PHP_NEW_EXTENSION, and configure may run outside the source folder (pecl install does):
  dnl PHP_EXT_SRCDIR names the source folder in phpize and in-tree builds alike.
  totalgest_srcdir=PHP_EXT_SRCDIR([totalgest])
  totalgest_sources=`cd "$totalgest_srcdir" && echo ext/*.c src/*.c`

  PHP_NEW_EXTENSION([totalgest], [$totalgest_sources], [$ext_shared], , [$TOTALGEST_CFLAGS])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_SUBST([TOTALGEST_SHARED_LIBADD])
fi
