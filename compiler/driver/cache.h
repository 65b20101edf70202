/* The build cache of `molt run`: executables stored under a name derived from
 * the content they were built from, so an unchanged program is never
 * recompiled. */
#ifndef MOLT_DRIVER_CACHE_H
#define MOLT_DRIVER_CACHE_H
#include <stdbool.h>
#include <stddef.h>

#include "../backend/backend.h"

/* The cache path of the executable built from this C code with this
 * toolchain (creating the cache directory). False after a diagnostic. */
bool cache_executable_path(const BackendToolchain *toolchain, const CUnits *units, char *out, size_t size);

#endif
