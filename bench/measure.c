/* bench/run.py's measuring harness: runs one program, then writes its wall time, its peak
   resident set size (wait4's ru_maxrss) and its exit status to a report file. It exists
   because Linux carries the exec-ing process's high-water mark into ru_maxrss: a child
   forked or spawned by the Python runner would report at least the runner's own RSS, while
   a child of this small C program reports what the benchmark itself used.

   usage: measure TIMEOUT_SECONDS REPORT_FILE PROGRAM [ARGS...]
   The program's stdin, stdout and stderr are this process's; its exit status is ours. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t timed_out;

static void on_alarm(int signal_number) {
    (void)signal_number;
    timed_out = 1;
    kill((pid_t)child_pid, SIGKILL);
}

static double now_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s TIMEOUT_SECONDS REPORT_FILE PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }
    unsigned timeout = (unsigned)strtoul(argv[1], NULL, 10);
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        perror("measure: exec");
        _exit(127);
    }
    child_pid = pid;
    signal(SIGALRM, on_alarm);
    alarm(timeout);
    int status = 0;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) { /* EINTR is the alarm: the child was killed, reap it */
            perror("measure: wait4");
            return 127;
        }
    }
    double elapsed = now_seconds() - start;
    alarm(0);
    int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *report = fopen(argv[2], "w");
    if (report == NULL) {
        perror("measure: report file");
        return 127;
    }
    fprintf(report, "%.6f %ld %d %d\n", elapsed, usage.ru_maxrss, exit_code, (int)timed_out);
    fclose(report);
    return exit_code;
}
