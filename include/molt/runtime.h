/* Program start and end: generated main() calls molt_runtime_init, runs the
 * module body, and returns molt_runtime_finish's status (which prints the
 * traceback of an uncaught exception as CPython does and flushes stdout). */
#ifndef MOLT_RUNTIME_H
#define MOLT_RUNTIME_H

#include "object.h"

void molt_runtime_init(int argc, char **argv, const char *script_path);
/* What main() received (sys.argv). */
char **molt_runtime_arguments(int *argc);
/* module_result is the module body's result: MOLT_ERROR when an exception
 * escaped. Returns the process exit status (0, 1 for an uncaught exception,
 * or SystemExit's code). */
int molt_runtime_finish(MoltValue module_result);
/* Called after the generated molt_module_teardown released the module's
 * globals and constants: a last full collection frees the cycles left, as
 * CPython's shutdown does (see docs/memory.md). */
void molt_runtime_release(void);

#endif
