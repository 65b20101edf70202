/* What the runtime's shutdown asks of the sys module. */
#ifndef MOLT_MODULES_SYS_H
#define MOLT_MODULES_SYS_H

/* Drops sys.argv's list, made on first read. */
void molt_sys_release(void);

#endif
