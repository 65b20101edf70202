# A realistic program: merge layered JSON configuration documents, validate
# them, convert CSV text to JSON records and report, all in memory.
import json

DEFAULTS = """
{
  "service": {"name": "api", "port": 8080, "debug": false, "tags": ["web"]},
  "database": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
  "features": {"beta": false, "ratio": 0.25}
}
"""

OVERRIDES = [
    '{"service": {"port": 9090, "tags": ["web", "prod"]}, "database": {"pool": {"max": 50}}}',
    '{"features": {"beta": true, "ratio": 0.5, "name": "caf\\u00e9 \\ud83d\\ude80"}, "extra": null}',
    '{"service": {"debug": true,}}',
    '{"database": {"host": "db.internal", "port": "5433"}}',
]


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def validate(config):
    problems = []
    port = config["database"]["port"]
    if not isinstance(port, int):
        problems.append("database.port must be an int, got " + json.dumps(port))
    if config["database"]["pool"]["max"] < config["database"]["pool"]["min"]:
        problems.append("pool.max < pool.min")
    return problems


config = json.loads(DEFAULTS)
for number, text in enumerate(OVERRIDES):
    try:
        layer = json.loads(text)
    except json.JSONDecodeError as error:
        print("layer", number, "skipped:", error.msg, "at line", error.lineno, "column", error.colno)
        continue
    config = merge(config, layer)
    print("layer", number, "->", json.dumps(config, sort_keys=True))

print(json.dumps(config, indent=2, sort_keys=True, ensure_ascii=False))
print(validate(config))

CSV = """id,name,score,active
1,Ada,91.5,yes
2,Grace,88,no
3,"Linus",79.25,yes
4,Margaret,,yes
"""


def parse_value(text):
    if text == "":
        return None
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if text in ("yes", "no"):
        return text == "yes"
    return text.strip('"')


lines = CSV.strip().split("\n")
header = lines[0].split(",")
records = [dict(zip(header, (parse_value(cell) for cell in line.split(",")))) for line in lines[1:]]
document = json.dumps({"records": records, "count": len(records)}, separators=(",", ":"))
print(document)
back = json.loads(document, object_pairs_hook=lambda pairs: {k.upper(): v for k, v in pairs})
print(back["COUNT"], [r["NAME"] for r in back["RECORDS"]])
scores = [r["score"] for r in records if r["score"] is not None]
summary = {"mean": sum(scores) / len(scores), "best": max(records, key=lambda r: r["score"] or 0)["name"]}
print(json.dumps(summary))
