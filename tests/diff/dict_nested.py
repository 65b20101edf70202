db = {
    "alice": {"age": 30, "langs": ["python", "c"]},
    "bob": {"age": 25, "langs": ["go"]},
}
print(db)
db["carol"] = {"age": 41, "langs": []}
db["bob"]["langs"].append("rust")
db["alice"]["age"] += 1
for name, info in db.items():
    print(name, info["age"], ", ".join(info["langs"]), len(info["langs"]))
print(db["bob"], db.get("dave", {}).get("age", -1))
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    s = node["value"]
    for child in node["children"]:
        s += total(child)
    return s
print(total(tree))
