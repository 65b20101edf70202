/* Fannkuch-redux, the C reference for bench/fannkuch_redux.py: the same permutation
   order, flip counting and alternating checksum. */
#include <stdio.h>
#include <string.h>

#define N 10

int main(void) {
    int perm1[N], perm[N], count[N];
    int max_flips = 0, checksum = 0, permutation_index = 0, r = N;
    for (int i = 0; i < N; i++)
        perm1[i] = i;
    for (;;) {
        for (; r != 1; r--)
            count[r - 1] = r;
        memcpy(perm, perm1, sizeof perm);
        int flips = 0;
        for (int first = perm[0]; first != 0; first = perm[0]) {
            for (int i = 0, j = first; i < j; i++, j--) {
                int swap = perm[i];
                perm[i] = perm[j];
                perm[j] = swap;
            }
            flips++;
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += permutation_index % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == N) {
                printf("%d\nPfannkuchen(%d) = %d\n", checksum, N, max_flips);
                return 0;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            if (--count[r] > 0)
                break;
            r++;
        }
        permutation_index++;
    }
}
