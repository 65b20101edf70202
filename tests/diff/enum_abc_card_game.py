# A small card game: suits and ranks as enums, players as an ABC hierarchy
# with different strategies, a deterministic deck, and scoring by rank.
from abc import ABC, abstractmethod
from enum import Enum, IntEnum, auto, unique


@unique
class Suit(Enum):
    CLUBS = "c"
    DIAMONDS = "d"
    HEARTS = "h"
    SPADES = "s"

    @property
    def symbol(self):
        return {"c": "C", "d": "D", "h": "H", "s": "S"}[self.value]

    def is_red(self):
        return self in (Suit.DIAMONDS, Suit.HEARTS)


class Rank(IntEnum):
    TWO = 2
    THREE = auto()
    FOUR = auto()
    FIVE = auto()
    SIX = auto()
    SEVEN = auto()
    EIGHT = auto()
    NINE = auto()
    TEN = auto()
    JACK = auto()
    QUEEN = auto()
    KING = auto()
    ACE = auto()

    def label(self):
        return str(int(self)) if self <= Rank.TEN else self.name[0]


class Phase(Enum):
    DEAL = auto()
    PLAY = auto()
    SCORE = auto()
    DONE = auto()


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"{self.rank.label()}{self.suit.symbol}"

    def beats(self, other, trump):
        if self.suit == other.suit:
            return self.rank > other.rank
        return self.suit is trump


def make_deck(seed):
    deck = [Card(rank, suit) for suit in Suit for rank in Rank]
    # A linear congruential shuffle: the same order on every run.
    state = seed
    for i in range(len(deck) - 1, 0, -1):
        state = (state * 1103515245 + 12345) % 2147483648
        j = state % (i + 1)
        deck[i], deck[j] = deck[j], deck[i]
    return deck


class Player(ABC):
    def __init__(self, name):
        self.name = name
        self.hand = []
        self.tricks = 0

    @abstractmethod
    def choose(self, led, trump):
        """The card to play, given the card led (None when leading)."""

    @property
    @abstractmethod
    def style(self): ...

    def play(self, led, trump):
        card = self.choose(led, trump)
        self.hand.remove(card)
        return card

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Cautious(Player):
    style = "cautious"

    def choose(self, led, trump):
        if led is None:
            return min(self.hand, key=lambda c: c.rank)
        same = [c for c in self.hand if c.suit == led.suit]
        return min(same or self.hand, key=lambda c: c.rank)


class Greedy(Player):
    @property
    def style(self):
        return "greedy"

    def choose(self, led, trump):
        if led is not None:
            winners = [c for c in self.hand if c.beats(led, trump)]
            if winners:
                return min(winners, key=lambda c: c.rank)
        return max(self.hand, key=lambda c: (c.suit is trump, c.rank))


class Undecided(Player):
    def choose(self, led, trump):
        return self.hand[0]


def run_game(players, seed, trump):
    phase = Phase.DEAL
    log = []
    while phase is not Phase.DONE:
        match phase:
            case Phase.DEAL:
                deck = make_deck(seed)
                for k in range(5 * len(players)):
                    players[k % len(players)].hand.append(deck[k])
                log.append(f"dealt {[p.hand[:2] for p in players]}")
                phase = Phase.PLAY
            case Phase.PLAY:
                leader = 0
                while players[0].hand:
                    led = players[leader].play(None, trump)
                    best, winner = led, leader
                    for step in range(1, len(players)):
                        index = (leader + step) % len(players)
                        card = players[index].play(led, trump)
                        if card.beats(best, trump):
                            best, winner = card, index
                    players[winner].tricks += 1
                    log.append(f"{players[leader].name} led {led}, {players[winner].name} won with {best}")
                    leader = winner
                phase = Phase.SCORE
            case Phase.SCORE:
                ranking = sorted(players, key=lambda p: -p.tricks)
                log.append("score " + ", ".join(f"{p.name}={p.tricks}" for p in ranking))
                phase = Phase.DONE
    return log


players = [Cautious("ann"), Greedy("bob"), Cautious("cy")]
for line in run_game(players, 7, Suit.HEARTS):
    print(line)
print([p.style for p in players], players)
print(Rank.ACE > Rank.KING, Rank.QUEEN - Rank.TEN, sum(Rank) , Rank(11).label(), Suit("h").is_red())
print(sorted(Player.__abstractmethods__), Cautious.__abstractmethods__, list(Phase)[-1])
try:
    Undecided("dee")
except TypeError as e:
    print(e)
try:
    Player("x")
except TypeError as e:
    print(e)
