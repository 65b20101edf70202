import json

print(json.JSONDecoder().decode("[1]"))
