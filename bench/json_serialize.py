# JSON serialization: json.dumps and json.loads of nested records (compact,
# indented, sorted), plus a hand-written serializer building JSON text with
# string operations, as programs that emit JSON do.
import json

RECORDS = 4000
ROUNDS = 14


def make_records(count):
    records = []
    for i in range(count):
        records.append({
            "id": i,
            "name": "user" + str(i % 613),
            "email": "user" + str(i) + "@example.com",
            "score": i * 0.731 % 100,
            "active": i % 3 != 0,
            "tags": ["t" + str(i % 7), "g" + str(i % 11), "caf\u00e9"],
            "address": {"street": str(i % 97) + " Main St", "zip": 10000 + i % 8999, "geo": [i * 0.01, -i * 0.02]},
            "parent": None if i % 5 else i // 5,
        })
    return records


def to_json(value):
    # The hand-written serializer: a subset of json.dumps's rules.
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join([to_json(item) for item in value]) + "]"
    return "{" + ", ".join([to_json(key) + ": " + to_json(item) for key, item in value.items()]) + "}"


def checksum(text):
    total = 0
    for i in range(0, len(text), 61):
        total = (total * 131 + ord(text[i])) % 1000000007
    return total


def main():
    records = make_records(RECORDS)
    total = 0
    for round_number in range(ROUNDS):
        compact = json.dumps(records, separators=(",", ":"))
        pretty = json.dumps(records[: RECORDS // 4], indent=2, sort_keys=True)
        ascii_text = json.dumps(records)
        handmade = to_json(records)
        back = json.loads(compact)
        total = (total + checksum(compact) + checksum(pretty) + checksum(handmade) + len(ascii_text)) % 1000000007
        total = (total + len(back) + back[round_number]["address"]["zip"]) % 1000000007
    print(len(compact), len(pretty), len(handmade), total)


main()
