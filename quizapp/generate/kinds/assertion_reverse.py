"""Which `because` links assertion-reason may also ask the other way round.

Asked reversed ('Assertion: the cause. Reason: the effect.'), both statements are true and the
key is "the reason does not explain the assertion", since the deck declares the explanation
the other way. That key is fair only where the effect is not also offered as evidence for the
cause: an instance of a general point (helium seen in sunlight, for 'the spectroscope revealed
new elements by their lines') illustrates it, and whether an illustration 'explains' is a coin
toss, not knowledge (elements seed 25331 #61). Nor is a link reversed where either end is a
section's headline, a judgment so broad that it may be argued to explain its own parts
('Russia is still the leading power' for 'Russia leads on defence').
"""

from __future__ import annotations

from quizapp.generate.argument import Argument
from quizapp.generate.argument_balance import headline


def reversible(argument: Argument, assertion: str, reason: str, how: str) -> bool:
    """A because link that may be asked the other way round (see the module's docstring)."""
    if how != "because" or headline(argument, assertion) or headline(argument, reason):
        return False
    if any(k.one_way and {k.source, k.target} == {assertion, reason} for k in argument.links):
        return False  # a choice of method and what the method saves (review r486 D)
    return not illustrates(argument, assertion, reason)


def illustrates(argument: Argument, instance: str, point: str) -> bool:
    """Whether the deck offers `instance` as evidence for the claim `point` (an `evidence_for`
    link, or a fact in the claim's evidence list)."""
    return point in argument.claims and instance in argument.support(point)
