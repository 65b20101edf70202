/* The SBOM, APP.cdx.json (docs/sbom.md): a CycloneDX 1.5 bill of materials of
 * one built program — its modules, Molt's runtime and the runtime modules it
 * uses, the C compiler and the linker — each with its sha256, written by
 * `molt build --sbom` next to the output. Deterministic: no timestamp, and the
 * serial number is derived from the content. */
#ifndef MOLT_DRIVER_SBOM_H
#define MOLT_DRIVER_SBOM_H
#include <stdbool.h>

#include "../backend/backend.h"
#include "pipeline.h"

typedef struct SbomInputs {
    const char *output_path;           /* the built program */
    const char *molt_version;
    const BackendToolchain *toolchain;
    const char *root_dir;              /* Molt's tree: runtime/modules/ */
    const PipelineReports *reports;    /* want_inventory was set */
} SbomInputs;

/* Writes the SBOM at path; false after a message. */
bool sbom_write(const SbomInputs *inputs, const char *path);

#endif
