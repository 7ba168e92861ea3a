#ifndef LINIMASA_CLIBXML2_SHIM_H
#define LINIMASA_CLIBXML2_SHIM_H

// The libxml2 headers Linimasa uses. Only the LinimasaXML module imports
// this module; everything else sees Swift types.
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#endif
