# A log analyser over in-memory text: parses access and application log lines
# with named groups, aggregates by status, path and user, finds slow requests,
# redacts secrets with a function replacement and reports malformed lines.
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01T12:00:01Z INFO  [web-1] 192.168.0.10 GET /api/users?id=42 200 123ms user=alice token=abc123
2024-03-01T12:00:02Z WARN  [web-2] 10.0.0.7 POST /api/login 401 45ms user=bob password=hunter2
2024-03-01T12:00:03Z INFO  [web-1] 192.168.0.11 GET /static/app.js 200 8ms
2024-03-01T12:00:05Z ERROR [db-1] connection reset by peer (retry 3/5)
2024-03-01T12:00:06Z INFO  [web-2] 10.0.0.7 GET /api/orders/1001 200 1530ms user=bob
garbage line without a timestamp
2024-03-01T12:00:09Z INFO  [web-1] 192.168.0.10 DELETE /api/users/42 204 310ms user=alice token=zzz999
2024-03-01T12:01:00Z ERROR [web-3] 172.16.5.4 GET /api/orders/1002 500 2210ms user=carol
2024-03-01T12:01:30Z DEBUG [cache] hit ratio=0.93 keys=1024
2024-03-01T12:02:00Z INFO  [web-2] 10.0.0.8 PUT /api/users/7 200 95ms user=dave
"""

LINE = re.compile(r"""
    ^(?P<time>\d{4}-\d\d-\d\dT(?P<hour>\d\d):(?P<minute>\d\d):\d\dZ)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<source>[\w-]+)\]\s+
    (?P<rest>.*)$
""", re.VERBOSE)
REQUEST = re.compile(r'(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) (?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) '
                     r'(?P<status>[1-5]\d\d) (?P<ms>\d+)ms(?: user=(?P<user>\w+))?')
SECRET = re.compile(r'\b(token|password)=(\S+)', re.IGNORECASE)
RETRY = re.compile(r'\(retry (\d+)/(\d+)\)')

levels = Counter()
statuses = Counter()
by_user = defaultdict(list)
slow = []
malformed = []
paths = Counter()


def redact(match):
    key, value = match.group(1), match.group(2)
    return f"{key}={'*' * len(value)}"


for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        malformed.append((number, line))
        continue
    levels[m['level']] += 1
    rest = m.group('rest')
    r = REQUEST.match(rest)
    if r:
        statuses[r['status']] += 1
        path = re.sub(r'/\d+(?=/|$)', '/{id}', r['path'].split('?')[0])
        paths[path] += 1
        ms = int(r['ms'])
        if r['user']:
            by_user[r['user']].append(ms)
        if ms > 1000:
            slow.append((m['time'], r['method'], r['path'], ms))
    retry = RETRY.search(rest)
    if retry:
        attempt, limit = map(int, retry.groups())
        print(f"line {number}: {m['source']} retry {attempt} of {limit}")

print("levels:", sorted(levels.items()))
print("statuses:", sorted(statuses.items()))
print("paths:", paths.most_common())
for user in sorted(by_user):
    times = by_user[user]
    print(f"{user:>6}: {len(times)} requests, mean {sum(times) / len(times):.1f}ms")
print("slow:", slow)
print("malformed:", malformed)

print(SECRET.sub(redact, LOG.splitlines()[1]))
print(SECRET.subn(redact, LOG)[1], "secrets redacted")
print(re.findall(r'^\S+ (ERROR|WARN)', LOG, re.MULTILINE))
print(re.findall(r'(?m)^(\S+)Z\s+ERROR', LOG))
ips = sorted(set(re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG)), key=lambda ip: [int(p) for p in ip.split('.')])
print(ips)
print(re.split(r'\s*\|\s*', 'a | b|c  |  d'))
for minute, group in [(m.group('minute'), m.group('level')) for m in re.finditer(LINE.pattern, LOG, re.X | re.M)][:4]:
    print(minute, group)
print(re.sub(r'(?P<k>\w+)=(?P<v>[\d.]+)', r'\g<v>:\g<k>', LOG.splitlines()[8]))
