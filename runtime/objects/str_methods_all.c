/* The table of every str method, for the programs whose entry unit defines
 * none (those that name methods dynamically, include/molt/methods.h) and for
 * the unit tests. It is alone in its file: the linker takes it from the
 * archive only when nothing else defines molt_str_methods. */
#include "molt/molt.h"

#define MOLT_STR_METHOD(name, function, kept) &molt_str_method_##name,
static const MoltMethodEntry *const every_method[] = {
#include "molt/str_methods.def"
};
#undef MOLT_STR_METHOD

const MoltMethodTable molt_str_methods = {sizeof every_method / sizeof every_method[0], every_method};
