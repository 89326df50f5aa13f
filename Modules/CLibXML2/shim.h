// libxml2 for the XML open-data feeds. Debian's libxml2 headers include ICU's, whose definitions clash with
// Foundation's own ICU module ("'UErrorCode' has different definitions"); Nolan uses none of libxml2's ICU
// support, so the macro is undefined after xmlversion.h sets it and before any header that would use it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
