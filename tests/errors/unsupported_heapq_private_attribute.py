import heapq

heap = [3, 1, 2]
heapq._siftdown(heap, 0, 2)
