"""When a near spelling of a short answer is no slip: a marker takes 'Kyif' for Kyiv, but not
'Bernie' for Bern (session-20 capitals reading).

A short answer (4 to 6 letters) is one a single letter changes into another word. So a near
spelling of it is refused, not forgiven, when
- it is itself a common English word or given name ('Bernie'; the deck's own names are
  check_text's business): the learner wrote a word, not a slip of one; or
- it puts a well-known place name for a word of the answer ('Rhine' for Rhône, 'Nera' for
  Neva; place_names.py), at any length; or
- it adds letters to the answer ('Bernie', 'Berne' + 'i'): a slip drops or swaps a letter,
  while a longer word is another word; except a key pressed twice ('Kyiiv'), a slip.
Longer answers keep their allowance: no common word lies one letter from 'Yamoussoukro'. At
any length, though, a near spelling is no slip when its figures differ ('Voyager 2' for
Voyager 1: another craft) or are left out ('Voyager'), or when it is a well-known term of its
own ('Expressionism' for Impressionism: another movement; review r224), or when it puts
one short given name for another ('Tom Berners-Lee' for Tim: another person's name, however
close the letters; issue 12, session 24).
"""

from __future__ import annotations

from quizapp.generate.given_name_forms import same_given_name
from quizapp.generate.given_names import GIVEN_NAMES
from quizapp.generate.numbered_names import roman_value
from quizapp.generate.place_names import PLACE_NAMES
from quizapp.generate.text_words import SHORT, figures_in

SHORT_FROM = 4  # three letters and fewer must be exact already (text_words.TINY)

# common English words of four to seven letters, and everyday given names and nicknames beside
# given_names.GIVEN_NAMES, lower case: a near miss that is one of them is a word the learner
# wrote, not a slip (a short list, not a dictionary)
_COMMON_WORDS = """
able about above after again against ago agree ahead alone along also always among angry
animal answer apart apple area army around arrive away baby back bake ball band bank bare
barn base bath bear beat became become been beer before began begin being bell belong below
bend berry best better between bird birth bite black blade blow blue board boat body bone
book boot born both bottle bound bowl brain brand brave bread break bride brief bring broad
broke brown build built burn burst busy cable cake call calm came camp card care carry case
castle catch cause cell centre chain chair chance change charge cheap check child chin city
claim class clean clear climb clock close cloth cloud coast coat code cold come cook cool
copy corn cost could count court cover crew crop cross crowd cure dance dark date dead deal
dear deep desk diet dirt dish does done door down draw dream dress drink drive drop dry
during duty each early earn earth east easy edge else empty enemy enjoy enough enter equal
even event ever every exist face fact fair fall false fame farm fast father fear feed feel
fell felt field fight fill film final find fine fire firm fish five flat floor flow folk
food foot force forest form fort forty four frame free fresh friend from front fruit full
fund game gate gave gift girl give glad glass goal gold gone good grand grass great green
grew grey ground group grow guard guess guest guide gulf hair half hall hand happy hard harm
have head heal hear heart heat heavy held hell help here hero high hill hire hold hole holy
home hope horse host hotel hour house huge human hunt hurt idea inch into iron island item
join joke jump just keep kept kill kind king knee knew know lack lady laid lake land large
last late laugh lead leaf learn least leave left legal less level life lift light like limb
line link lion list little live load loan local lock long look lord lose loss lost loud
love lower luck lunch made mail main major make male many mark market mass master match
meal mean meat meet member mend menu mere metal middle might mile milk mind mine miss mode
model money month moon more most mother move much must name navy near neck need never news
next nice night nine none noon norm north nose note novel number once only open order other
ought over pace pack page paid pain pair palm panel paper park part party pass past path
peace peak pick piece pile pine pink pipe place plain plan plane plant plate play plot plus
poem poet point pole poor port post pound power press price pride prime print prize pull
pure push queen quick quiet race rail rain raise range rank rate read ready real rear rent
rest rice rich ride right ring rise risk river road rock role roll roof room root rose
round rule rural safe said sail salt same sand save says scale scene school score seat
second seed seek seem seen self sell send sense serve seven shade shall shape share sharp
sheet shift ship shirt shoe shop shore short shot should show shut side sight sign silk
silver simple since sing sink sister site size skin slow small smart smile snow soft soil
sold sole some song soon sort soul sound south space speak speed spend spent spirit sport
spot spread spring staff stage stand star start state stay steel step stick still stock
stone stood stop store storm story street strong study style such sugar suit summer sun
sure sweet table tail take tale talk tall tank tape task taste team tear tell tend tent
term test than thank that them then there these they thin thing think this those though
three threw throw tide tile till time tiny tired title today told tone took tool total
touch tour town track trade train tree trial trip true trust truth turn twice type uncle
under union unit until upon upper urban used user valley value very view visit voice vote
wage wait wake walk wall want warm wash waste watch water wave weak wear week weight well
went were west what wheel when where which while white whole wide wife wild will wind
window wine wing winter wire wise wish with woman women wood word wore work world worry
worth would write wrong yard year young youth zone
"""
_NICKNAMES = """
aaron alan alex alice amanda amber amy andy annie barbara barry ben bernie betty bill billy
bob bobby brian bruce carol charlie chris claire colin craig daisy dan danny dean debbie
dennis diana diane donna doris dorothy doug ellen emma ethan fiona fred gary gerald grace
greg harry heidi holly ian jake janet jason jeff jenny jerry jesse jill jimmy johnny jonah
josh joyce judy julia julie karen kate katie keith kelly kevin laura linda lisa lucy luke
martha matt megan melissa mike molly nancy nathan neil nick norman oliver pamela patty phil
rita robin rose ruby ryan sally sam sandra sarah scott sean steve susan terry tim tina tom
tony vera wayne wendy
"""
COMMON_NAMES = frozenset(_NICKNAMES.split()) | GIVEN_NAMES
COMMON_WORDS = frozenset(_COMMON_WORDS.split()) | COMMON_NAMES


# well-known terms a long answer is a few letters from: movements and styles of art and thought
_TERMS = """
    impressionism expressionism post-impressionism cubism surrealism realism romanticism
    modernism mannerism fauvism futurism dadaism minimalism symbolism naturalism classicism
    neoclassicism pointillism baroque rococo renaissance gothic impressionist expressionist
    realist romanticist modernist symbolist naturalist socialism communism capitalism
    liberalism conservatism nationalism fascism feudalism idealism materialism
    columbus columbiad odysseus ulysses
"""  # and names a call sign is a few letters from: 'Columbus', 'Odysseus' (review r378 B)
TERMS = frozenset(_TERMS.split())
# branches of a faith: which one is right is the deck's to say (its aliases: 'Sunni Islam'), never
# a kind of the faith the checker takes on trust ('Shia Islam' for Central Asia's Sunni Islam,
# review r232; text_qualifiers.py), nor a slip of another branch ('Sufi' two letters from 'Sunni')
_BRANCHES = """
    sunni shia shiite ismaili ibadi sufi wahhabi salafi catholic orthodox protestant anglican
    lutheran evangelical baptist methodist pentecostal coptic theravada mahayana vajrayana hasidic
"""
BRANCHES = frozenset(_BRANCHES.split())


def no_slip(given: str, closest: list[str], *, placed: bool = True) -> bool:
    """A near spelling of a short answer that is another word (the rule above). `closest`: the
    accepted forms the answer is nearest to; the rule applies only when all of them are short
    words of letters (not "753 bc", where "753 bce" is a slip of the era). At any length, a
    near spelling that puts a well-known place ('rhine') for the key's word ('rhone') is
    another place, not a slip (place_names.py)."""
    if (placed and another_place(given, closest)) or (given in TERMS and given not in closest):
        return True
    if any(w in BRANCHES and all(w not in f.split() for f in closest) for w in given.split()):
        return True  # 'sufi islam' for 'sunni islam': another branch, not a slip
    if another_given_name(given, closest):
        return True  # 'tom berners-lee' for 'tim berners-lee'
    if closest and all(figures_in(f) != figures_in(given) for f in closest):
        return True  # 'voyager 2' or 'voyager' for 'voyager 1': another number, or none
    if closest and all(_numerals(given) != _numerals(f) for f in closest):
        return True  # 'louis xv' for 'louis xiv': another ruler (review r594 E)
    if closest and all(_other_letter(given, f) for f in closest):
        return True  # 'vitamin c' for 'vitamin d': another letter names another thing (r428 D)
    if closest and all(_other_suffix(given, f) for f in closest):
        return True  # 'nitric oxide' for nitrous oxide: another compound (review r484 C)
    short = [f for f in closest if f.isalpha() and SHORT_FROM <= len(f) <= SHORT]
    if not short or len(short) < len(closest):
        return False
    if given in COMMON_WORDS:
        return True
    return all(
        len(given) > len(f)
        and not _key_twice(given, f)
        and not _ey(given, f)
        and given not in (f"{f}e", f"{f}s")  # 'Irwine', 'Scotts': a slip (review r502 B)
        for f in short
    )


_SUFFIXES = (("ic", "ous"), ("ite", "ate"), ("ide", "ite"), ("ide", "ate"))


def _other_suffix(given: str, form: str) -> bool:
    """One word whose chemical ending the answer swaps for another: '-ic' for '-ous', '-ite'
    for '-ate', '-ide' for either (nitric and nitrous oxide, sulfite and sulfate)."""
    said, key = given.split(), form.split()
    changed = [(a, b) for a, b in zip(said, key, strict=False) if a != b]
    if len(said) != len(key) or len(changed) != 1:
        return False
    a, b = changed[0]  # 'nitrou': content_words' singular of 'nitrous'
    return any(
        _swapped(a, key_word, x, y) or _swapped(a, key_word, y, x)
        for x, y in _SUFFIXES
        for key_word in (b, f"{b}s")
    )


def _swapped(said: str, key: str, ending: str, other: str) -> bool:
    return (
        said.endswith(ending) and key.endswith(other) and said[: -len(ending)] == key[: -len(other)]
    )


def _other_letter(given: str, form: str) -> bool:
    """A word of one letter in the key that the answer puts another in place of, or any word
    of figures and letters ('pad 39c' for 'pad 39a')."""
    said, key = given.split(), form.split()
    pairs = zip(said, key, strict=False)
    return len(said) == len(key) and any(
        a != b and (len(b) == 1 or _coded(a + b) or _short_other(a, b)) for a, b in pairs
    )


def _short_other(said: str, key: str) -> bool:
    """A word of three letters or fewer put for another with two letters changed: 'Mauna Kea'
    for Mauna Loa is another volcano (review r448 C), where a slip changes one."""
    from rapidfuzz.distance import OSA

    return len(key) <= 3 and OSA.distance(said, key) >= 2


def _coded(word: str) -> bool:
    """A word of figures and letters: '39a' ('pad 39c' names another pad)."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _ey(given: str, form: str) -> bool:
    """'davey' for 'davy', 'snoopie' for 'snoopy': the '-ey' or '-ie' spelling of a name's
    '-y' (reviews r316, r319, r329, r354 G)."""
    return form.endswith("y") and given in (form[:-1] + "ey", form[:-1] + "ie")


def _key_twice(given: str, form: str) -> bool:
    """'kyiiv' for 'kyiv': the answer with one letter typed twice."""
    return any(
        given[i] == given[i - 1] and given[:i] + given[i + 1 :] == form
        for i in range(1, len(given))
    )


def another_place(given: str, closest: list[str]) -> bool:
    """A word of the answer is a well-known place name that no closest form has: 'rhine
    river' for 'rhone river', 'nera' for 'neva'."""
    theirs = {w for f in closest for w in f.split()}
    return any(w in PLACE_NAMES | _COMPASS for w in given.split() if w not in theirs)


# 'north dakota' for 'south dakota', 'north korea' for 'south korea': another place (r436 A)
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"northeast", "northwest", "southeast", "southwest"}  # 'Northeast Passage' (r452 E)
)


SHORT_GIVEN = 4  # a given name of this many letters or fewer: one letter makes another name


def _numerals(text: str) -> list[str]:
    """A regnal number ending a name of two or more words ('xiv' of 'louis xiv'), or none."""
    words = text.split()
    last = words[-1] if len(words) > 1 else ""
    return [last] if last and set(last) <= set("ivxlc") and roman_value(last) else []


def another_given_name(given: str, closest: list[str]) -> bool:
    """The answer is a closest form with one short word put for another, both of them given
    names ('tom' for 'tim'), or two names the forms table tells apart: another person's name,
    not a slip."""
    words = given.split()
    for form in closest:
        theirs = form.split()
        if len(theirs) != len(words):
            continue
        swapped = [(a, b) for a, b in zip(words, theirs, strict=True) if a != b]
        if len(swapped) == 1 and all(
            w in COMMON_NAMES and len(w) <= SHORT_GIVEN for w in swapped[0]
        ):
            return True
        if len(swapped) == 1 and same_given_name(*swapped[0]) is False:
            return True  # 'edward' for 'edwin' (given_name_forms.py, review r574 G)
    return False
