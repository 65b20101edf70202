import collections


class LastUpdated(collections.OrderedDict):
    pass
