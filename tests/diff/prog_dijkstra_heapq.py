# A route planner: Dijkstra's shortest paths with heapq over a small road network,
# then the k nearest towns with nsmallest and a merged timetable with merge.
import heapq
from itertools import pairwise

ROADS = [
    ("Amsel", "Birkenau", 7), ("Amsel", "Celle", 9), ("Amsel", "Fulda", 14),
    ("Birkenau", "Celle", 10), ("Birkenau", "Dorf", 15), ("Celle", "Dorf", 11),
    ("Celle", "Fulda", 2), ("Dorf", "Essen", 6), ("Essen", "Fulda", 9),
    ("Essen", "Gera", 3), ("Gera", "Hof", 4), ("Dorf", "Hof", 12),
]


def build_graph(roads):
    graph = {}
    for a, b, km in roads:
        graph.setdefault(a, []).append((b, km))
        graph.setdefault(b, []).append((a, km))
    for edges in graph.values():
        edges.sort()
    return graph


def dijkstra(graph, source):
    distance = {source: 0}
    previous = {}
    queue = [(0, source)]
    visited = set()
    pops = 0
    while queue:
        d, town = heapq.heappop(queue)
        pops += 1
        if town in visited:
            continue
        visited.add(town)
        for neighbour, km in graph[town]:
            candidate = d + km
            if candidate < distance.get(neighbour, float("inf")):
                distance[neighbour] = candidate
                previous[neighbour] = town
                heapq.heappush(queue, (candidate, neighbour))
    return distance, previous, pops


def path_to(previous, target):
    path = [target]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return path[::-1]


graph = build_graph(ROADS)
distance, previous, pops = dijkstra(graph, "Amsel")
print("heap pops:", pops)
for town in sorted(distance):
    route = path_to(previous, town)
    legs = ["%s-%s" % leg for leg in pairwise(route)]
    print("%-9s %3d km  %s" % (town, distance[town], " ".join(legs) or "(start)"))

print("nearest three:", heapq.nsmallest(3, [(d, t) for t, d in distance.items() if t != "Amsel"]))
print("farthest two:", heapq.nlargest(2, distance, key=distance.get))

morning = [(6, 10, "Amsel"), (7, 45, "Celle"), (9, 5, "Gera")]
evening = [(6, 55, "Dorf"), (8, 20, "Hof"), (9, 0, "Essen")]
night = [(7, 0, "Fulda")]
for hour, minute, town in heapq.merge(morning, evening, night):
    print("%02d:%02d %s" % (hour, minute, town))
latest = heapq.merge(morning, evening, key=lambda s: s[0] * 60 + s[1], reverse=False)
print([t for _, _, t in latest])

# A running top-3 of trip lengths, kept with heappushpop.
top = []
for km in [12, 40, 7, 33, 19, 55, 21, 48, 3]:
    if len(top) < 3:
        heapq.heappush(top, km)
    else:
        dropped = heapq.heappushpop(top, km)
        print("keep", sorted(top), "drop", dropped)
print("top three:", sorted(top, reverse=True))
