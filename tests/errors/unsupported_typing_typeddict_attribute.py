import typing


class Movie(typing.TypedDict):
    title: str
