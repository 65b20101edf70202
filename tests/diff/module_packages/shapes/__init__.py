print("shapes/__init__ runs as", __name__)
DEFAULT_UNIT = "cm"
_registry = []


def register(name):
    _registry.append(name)


def registered():
    return sorted(_registry)
