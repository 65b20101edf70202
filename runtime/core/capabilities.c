/* The runtime gate of capabilities (include/molt/capabilities.h): the set
 * the compiler put into the program, and the PermissionError raised when
 * code reaches host access that set does not include. The compiler rejects
 * every use it can see; this gate catches the others (a module reached
 * through a variable, an unseeded generator used after a seed elsewhere). */
#include "molt/molt.h"
#include "molt/capabilities.h"

static uint32_t granted_capabilities;

void molt_capabilities_grant(uint32_t granted) { granted_capabilities = granted; }

bool molt_capability_granted(MoltCapability capability) {
    return (granted_capabilities & MOLT_CAPABILITY_BIT(capability)) != 0;
}

int molt_capability_require(MoltCapability capability, const char *what) {
    if (molt_capability_granted(capability)) return 0;
    const char *name = molt_capability_name(capability);
    molt_raise_format(&molt_type_PermissionError,
                      "%s needs the capability '%s', which this program was not built with (add \"%s\" to "
                      "[tool.molt] capabilities in pyproject.toml, or build with --cap %s)",
                      what, name, name, name);
    return -1;
}
