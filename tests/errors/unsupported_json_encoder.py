import json
from json import JSONEncoder


class SetEncoder(JSONEncoder):
    pass
