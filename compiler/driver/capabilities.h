/* The capabilities a program is built with (docs/capabilities.md): the
 * `capabilities` array of `[tool.molt]` in the pyproject.toml found next to
 * the entry script or in a directory above it, plus each `--cap NAME`. */
#ifndef MOLT_DRIVER_CAPABILITIES_H
#define MOLT_DRIVER_CAPABILITIES_H
#include <stdbool.h>
#include <stdint.h>

/* Grants the capability written `text` on the command line ("time",
 * "fs.read=./data"). False after printing an error for an unknown name. */
bool capabilities_add_flag(uint32_t *granted, const char *text);
/* Grants what the pyproject.toml nearest to `entry_path` declares (nothing
 * when there is none, or it has no [tool.molt] capabilities). False after a
 * file:line:col diagnostic for malformed TOML or an unknown name. */
bool capabilities_from_pyproject(uint32_t *granted, const char *entry_path);

#endif
