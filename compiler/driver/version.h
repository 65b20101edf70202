/* Molt's version, as `molt --version` prints it and molt.lock, the SBOM and
 * the manifest record it. */
#ifndef MOLT_DRIVER_VERSION_H
#define MOLT_DRIVER_VERSION_H

#define MOLT_VERSION "0.1.0"

#endif
