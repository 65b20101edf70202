from datetime import tzinfo


class Zone(tzinfo):
    pass
