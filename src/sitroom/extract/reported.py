"""Where the words a reporting verb reports begin and end, so that an indirect quotation keeps its meaning.

The parser's clausal complement of "said"/"told" is the starting point (or, when the parser joined a
closing "…, said X." to the sentence as a second verb, the sentence before it); three kinds of error in
it change what the speaker is made to say, and each is mended by a rule about the sentence's shape, not
its words:

- **a contrast the parser split off**: in "told them the union, not the port, was to blame" the parser may
  take "the union" for a second object of "told" and start the clause at "the port was to blame", the
  opposite of the claim. A clause preceded by "not" / "rather than" / "instead of" takes back the noun
  phrase before it;
- **the writer's comment after the claim**: a clause ends before a semicolon, a paragraph break, a "despite
  the fact that …"-type concession (``lexicons/writer_comment_openers.txt``), an aside set off by a comma
  or a dash ("- contrary to earlier reports": ``lexicons/aside_openers.txt``), what the speaker did
  besides saying (", but refused to elaborate": ``lexicons/speaker_aside_verbs.txt``), or a ", which …"
  clause the parser hangs on the verb (a comment on the saying, not part of it);
- **a second voice**: "the strike was over, while the owners insisted that …" ends before the clause of
  the other subject that speaks.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom import lexicons
from sitroom.extract import _words
from sitroom.extract._syntax import doc_text

_SUBJECTS = {"nsubj", "nsubjpass"}
_ARGUMENTS = _SUBJECTS | {"csubj", "expl", "dobj", "attr"}
# Verb forms that head no clause of their own without a subject: participles and bare infinitives.
_NON_FINITE = {"VBG", "VBN", "VB"}
# Words that turn a noun phrase into the other side of a contrast: "the union, not the port".
_CONTRAST = {("not",), ("rather", "than"), ("instead", "of"), ("but", "not"), ("and", "not")}
# Objects of the reporting verb that may be the first half of a contrast the parser split off.
_OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "appos"}
# Conjunctions that set another voice against the reported one ("…, while the owners insisted"); a
# clause of time or condition ("after the vote was announced …", "if the owners agree …") is part of
# the claim.
_CONTRASTING = {"while", "whereas"}
_CLOSING = {")": "(", "]": "["}
_FINITE = {"VBD", "VBZ", "VBP"}  # "said", "says", "say": a verb that closes its words is finite
# Reporting verbs that take a clause and never a thing: an object with a past verb after it is the clause's
# subject ("said more than 15,000 people registered").
_CLAUSE_ONLY = {"say", "claim", "insist", "argue", "add", "contend", "assert"}
_RELATIVES = {"which", "that", "who", "whom"}
_QUESTION_WORDS = {"how", "why", "what", "whether", "when", "where", "who"}
_PHRASE_WORDS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM"}  # the words a subject's noun phrase holds
_PHRASE_REACH = 6
# Words left dangling at a cut: "…, and", "…, while".
_DANGLING = {"and", "but", "or", "while", "whereas", "as", "although", "though", "that", "which"}


def reported_clause(cue: Token, speech_verbs: frozenset[str]) -> Span | None:
    """The clause a reporting verb reports, without a leading "that", trailing punctuation or the
    writer's comment after it; None when it has no clause or the clause is another speaker's."""
    text = doc_text(cue.doc)
    line, next_line = text.rfind("\n", 0, cue.idx), text.find("\n", cue.idx)
    if next_line == -1:
        next_line = len(text)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and line < c.idx < next_line), None)
    clause = (
        clause
        or _misattached_clause(cue)
        or _clause_in_object(cue)
        or _past_the_listener(cue, speech_verbs)
        or _question_after_preposition(cue)
    )
    if clause is not None and clause.i < cue.i and _set_apart(cue):
        # "The ferry sank, and the council said repairs would cost more": the clause before is the
        # writer's, the words are the one after ("The choir stood; some shouted it": none)
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    inverted = clause is None and _after_its_words(cue)
    clause = cue.head if inverted else clause
    if clause is None and _closes_as_relative(cue):
        inverted, clause = True, cue.sent.root
    if clause is None or _another_voice(clause, speech_verbs) or _relative_on_the_noun(cue, clause):
        return None
    if clause.i < cue.i and _sums_up(cue):
        return None  # "…, a prospect Berg denied": what Berg denied is the prospect, not those words
    tokens = list(clause.subtree)
    # The parser may split one clause in two ("warned that the measures proposed to solve the crisis | may
    # result in violations"): a second clause running on from the first is the same words, unless the first
    # holds another voice's report ("…, with the i reporting no one will be refused").
    voiced = any(t.lemma_.lower() in speech_verbs and t != clause and _has_subject(t) for t in tokens)
    for more in (c for c in cue.children if c.dep_ == "ccomp" and c.i > clause.i and not voiced):
        if more.left_edge.i == tokens[-1].i + 1:
            tokens += list(more.subtree)
    if clause.i > cue.i:
        tokens = [t for t in tokens if t.i > cue.i]  # "the man, who officials said was seen": "was seen"
    if inverted:
        tokens = [t for t in tokens if t.i < cue.left_edge.i]  # the words, not ", said Hill"
    if (swallowed := swallowed_subject(cue)) is not None:
        tokens = [t for t in tokens if t.i < swallowed.start - 1]  # the words, not ", police said"
    start = _subject_start(cue, clause, tokens[0])
    if start is not None:
        tokens = list(cue.doc[start : tokens[-1].i + 1])
    elif clause.i < cue.i and clause.tag_ in _NON_FINITE and not _has_subject(clause):
        return None  # "Raising the stakes, Holm said …": a participle phrase, not what was said
    tokens = _same_paragraph(tokens, cue)
    if tokens and tokens[0].i == cue.i + 1 and _listener_run_in(cue, tokens[0]):
        tokens = tokens[1:]  # "told reporters investigators were …": whom he told, not the words
    if tokens and tokens[0].i == cue.i + 1 and _a_time(tokens[0]):
        # "said on Monday it had to be concluded …": when the words were said, hung on the clause
        tokens = [t for t in tokens if t.i > tokens[0].right_edge.i]
    # a leading "that" that opens the clause goes; one that is its subject ("said that was possible") or
    # opens the sentence the words are ("That ship had left port, Lind said") stays
    while tokens and ((tokens[0].lower_ == "that" and not _a_word_of_it(tokens[0])) or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return None
    tokens = tokens[: comment_start(tokens, clause, speech_verbs)]
    tokens = trim_end(tokens)
    if len(tokens) < 3 or (tokens[0].pos_ == "AUX" and tokens[1].dep_ in _SUBJECTS):
        return None  # "warned of consequences should Russia invade": a condition, not reported words
    return cue.doc[tokens[0].i : tokens[-1].i + 1]


def swallowed_subject(cue: Token) -> Span | None:
    """The subject the parser ran into the words before a reporting verb that closes them ("… the
    bridge will reopen in May, road and rail officials said", the officials read as one more noun of the
    words): the noun phrase between the words' last comma and a verb that has no subject of its own."""
    if cue.pos_ != "VERB" or cue.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if clause is None:
        return None
    start, first = cue.i, max(cue.sent.start + 1, cue.i - _PHRASE_REACH)
    while start > first and cue.doc[start - 1].pos_ in _PHRASE_WORDS:
        start -= 1
    phrase = cue.doc[start : cue.i]
    if cue.doc[start - 1].text != "," or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return phrase if phrase.root in clause.subtree else None


def _a_word_of_it(that: Token) -> bool:
    """Whether a "that" opening reported words is one of them: their subject, or the determiner of a
    sentence the words open (a "that" right after the verb may be the parser's misreading of "said that")."""
    return that.dep_ in _SUBJECTS or (that.dep_ == "det" and that.is_sent_start)


def _set_apart(cue: Token) -> bool:
    """Whether the sentence before the reporting verb's own clause ends with a semicolon or a joining
    "and" or "but": the clause before is a sentence of its own, not words the verb reports."""
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    edge = (subject or cue).left_edge.i
    before = cue.doc[max(0, edge - 2) : edge]
    return any(t.text == ";" or (t.dep_ == "cc" and t.lower_ in ("and", "but")) for t in before)


def _listener_run_in(cue: Token, first: Token) -> bool:
    """Whether the first word after a verb of telling is whom it told, which the parser made a modifier
    of the clause's subject: a plural noun hung on the noun after it ("told reporters investigators
    were …"), which English seldom puts before another noun."""
    telling = cue.lemma_.lower() in lexicons.words("telling_verbs.txt")
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    return (
        telling
        and first.dep_ == "compound"
        and first.tag_ == "NNS"
        and following is not None
        and first.head == following
        and following.pos_ in ("NOUN", "PROPN")
    )


def _a_time(token: Token) -> bool:
    """Whether a phrase is only a time: "on Monday", "last week", "yesterday"."""
    words = [t for t in token.subtree if not (t is token and t.dep_ == "prep")]
    dated = all(t.ent_type_ in ("DATE", "TIME") for t in words)
    return token.dep_ in ("prep", "npadvmod") and bool(words) and dated


def _sums_up(cue: Token) -> bool:
    """Whether the verb's subject opens with an article and a noun for a thing said or supposed ("a
    prospect Berg denied", ``content_nouns.txt``): a relative clause on that noun, summing up what came
    before, which the parser read as the noun and a name together being the subject."""
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    words = list(subject.subtree)
    nouns = lexicons.words("content_nouns.txt")
    return len(words) > 2 and words[0].lower_ in ("a", "an") and words[1].lemma_.lower() in nouns


def _relative_on_the_noun(cue: Token, clause: Token) -> bool:
    """Whether the clause of a participle describing a noun is a relative clause on that noun the parser
    gave the participle: "the second witness testifying Monday who sat in on the meeting" (the witness
    listened in; nobody testified that). Its subject is the relative word."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return cue.dep_ == "acl" and subject is not None and subject.tag_ in ("WP", "WDT")


def _after_its_words(cue: Token) -> bool:
    """Whether a reporting verb closes the sentence it reports, though the parser joined it to the
    sentence as a second verb: "Sondland was in charge of Ukraine, said another witness, Fiona Hill."
    The verb follows a comma, takes no clause of its own and its head is the sentence's main verb."""
    head = cue.head
    if cue.dep_ != "conj" or head.dep_ != "ROOT" or head.i > cue.i or cue.tag_ not in _FINITE:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "agent", "dative") for c in cue.children):
        return False
    if cue.lemma_.lower() not in _CLAUSE_ONLY and any(c.dep_ == "dobj" for c in cue.children):
        return False  # "dubbed the prison the Hanoi Hilton": a verb with its own object reports nothing
    comma = cue.left_edge.i - 1
    return comma > head.i and cue.doc[comma].text == ","


def _closes_as_relative(cue: Token) -> bool:
    """Whether a reporting verb closes the sentence it reports, though the parser read it as a relative
    clause on the noun before its comma: "The driver was Ivan Holm, a farmer from Nordby, the Bergen Post
    reported." Its subject is no relative word and nothing follows it in the sentence."""
    if cue.dep_ != "relcl" or cue.tag_ not in _FINITE:
        return False
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.lower_ == "that":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative") for c in cue.children):
        return False
    comma, after = subject.left_edge.i - 1, cue.right_edge.i + 1
    closes = after >= cue.sent.end or cue.doc[after].text in (".", "!", "?")
    return comma > cue.sent.start and cue.doc[comma].text == "," and closes


def _misattached_clause(cue: Token) -> Token | None:
    """A "that" clause the parser hung on a noun of the verb's adjunct instead of on the verb: "told The
    Hill in a statement that her client …", "claimed at the time that they were …". It opens with "that",
    has a subject of its own and the noun is the object of a preposition on the reporting verb, or the one
    a verb of telling told (``telling_verbs.txt``: "warned governments that the levies must not be
    raised"), when the "that" is no word of the clause, as it is of "told the story that he heard"."""
    adjuncts = [
        noun for prep in cue.children if prep.dep_ == "prep" for noun in prep.children if noun.dep_ == "pobj"
    ]
    telling = cue.lemma_.lower() in lexicons.words("telling_verbs.txt")
    listeners = [c for c in cue.children if c.dep_ in ("dobj", "dative")] if telling else []
    listeners += [conj for noun in listeners for conj in noun.conjuncts]
    for noun in adjuncts + listeners:
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i):
            opener = clause.doc[clause.left_edge.i]
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            if opener.lower_ != "that" or subject is None or subject.lower_ == "that":
                continue
            if noun in adjuncts or opener.dep_ == "mark":
                return clause
    return None


def _past_the_listener(cue: Token, speech_verbs: frozenset[str]) -> Token | None:
    """A "that" clause the parser hung on a relative clause describing whom the speaker told: "told a few
    thousand teachers who covered the Statehouse lawn that the Legislature should act". The relative
    clause's verb must be one that takes no "that" clause (``clause_verbs.txt``, the reporting verbs)."""
    listener = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if listener is None:
        return None
    for relative in (c for c in listener.children if c.dep_ == "relcl"):
        if relative.lemma_.lower() in speech_verbs | lexicons.words("clause_verbs.txt"):
            continue
        for clause in (c for c in relative.children if c.dep_ == "ccomp" and c.i > relative.i):
            if clause.doc[clause.left_edge.i].lower_ == "that":
                return clause
    return None


def _question_after_preposition(cue: Token) -> Token | None:
    """The clause a question word opens after "of" or "about" ("bragged of how he beat the tax office",
    "wrote about why the mill closed"): what the speaker told, its question word with it."""
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for verb in (c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")):
            if verb.left_edge.lower_ in _QUESTION_WORDS and _has_subject(verb):
                return verb
    return None


def _clause_in_object(cue: Token) -> Token | None:
    """The verb of a clause the parser read as a description of the reporting verb's object: "said more
    than 15,000 people registered" (said [people [registered …]]). Only verbs that report and take no
    thing for an object ("say", "claim", "insist") can be misread so; "announced plans approved by the
    board" keeps its object."""
    if cue.lemma_.lower() not in _CLAUSE_ONLY:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for verb in obj.children:
        past = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "agent" for c in verb.children)
        if verb.dep_ == "acl" and verb.i > obj.i and past:
            return verb
    return None


def parenthetical_parts(cue: Token) -> list[Span] | None:
    """What a reporting verb set off by commas inside the clause it reports says: "Many of the prisons,
    she said, are aging" reports the clause around it, in one or two parts (a part that holds neither the
    clause's verb nor one of its arguments, "Meanwhile,", is not the claim's). None when the verb is no
    such aside."""
    clause = cue.head
    speaker = inverted_aside_speaker(cue)
    if cue.dep_ != "parataxis" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if not _has_subject(cue) and speaker is None:
        return None
    doc = cue.doc
    # the commas around the aside, which the parser may hang on the verb or leave outside it
    left = cue.left_edge.i if doc[cue.left_edge.i].text == "," else cue.left_edge.i - 1
    edge = (speaker or cue).right_edge.i
    right = edge if doc[edge].text == "," else edge + 1
    if left < 0 or right >= len(doc) or doc[left].text != "," or doc[right].text != ",":
        return None  # "…, she said.": a cue after the claim, which the quotation reader attributes
    parts = []
    for first, last in ((clause.left_edge.i, left), (right + 1, clause.right_edge.i + 1)):
        tokens = _same_paragraph(trim_end(list(doc[first:last])), cue)
        if any(t == clause or (t.head == clause and t.dep_ in _ARGUMENTS) for t in tokens):
            parts.append(doc[tokens[0].i : tokens[-1].i + 1])
    return parts if any(clause in part for part in parts) else None


def inverted_aside_speaker(cue: Token) -> Token | None:
    """The name right after a reporting verb set off by commas that the parser made one more subject of
    the clause around it ("The harbour, says Tomas Berg, a pilot there, needs …": Berg "needs"), else None."""
    clause = cue.head
    if cue.dep_ != "parataxis" or _has_subject(cue):
        return None
    before = any(c.dep_ in _SUBJECTS and c.i < cue.i for c in clause.children)
    after = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.left_edge.i == cue.i + 1), None)
    return after if before else None


def judged_clause(cue: Token) -> Span | None:
    """What "calling" reports: the small clause of "called the deal a surrender", "described the move as
    historic" (both golds take it as indirect speech), from the object to the end of its predicate."""
    if cue.lemma_.lower() not in lexicons.words("judging_verbs.txt") or cue.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    predicate = next((c for c in cue.children if c.dep_ == "oprd"), None)
    if predicate is None and obj is not None and cue.lemma_.lower() != "call":
        as_phrase = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        predicate = as_phrase
    if obj is None or predicate is None or predicate.i < obj.i or obj.lower_ in _RELATIVES:
        return None  # "the floods, which Haas called a “tragedy”": the thing judged is outside the clause
    tokens = trim_end(list(cue.doc[obj.left_edge.i : predicate.right_edge.i + 1]))
    return cue.doc[tokens[0].i : tokens[-1].i + 1] if len(tokens) >= 2 else None


def _same_paragraph(tokens: list[Token], cue: Token) -> list[Token]:
    """The clause's tokens in the reporting verb's paragraph: a parse that reaches across a line break
    before the verb (a heading, a list item) took another paragraph's words for the claim."""
    line = doc_text(cue.doc).rfind("\n", 0, cue.idx)
    return tokens if line < 0 else [t for t in tokens if t.idx > line]


def _ends_paragraph(token: Token) -> bool:
    return (token.is_space and "\n" in token.text) or "\n" in token.whitespace_


def comment_start(tokens: list[Token], clause: Token | None, speech_verbs: frozenset[str]) -> int:
    """The index in ``tokens`` where the reported words end and the writer's own words or another voice
    begin (``len(tokens)`` when they run to the end)."""
    first = tokens[0].i
    for n, token in enumerate(tokens):
        if token.text == ";" or (token.is_space and "\n" in token.text) or _opens_comment(token):
            return n
        if n > 0 and _sets_off_aside(tokens[n - 1], token):
            return n - 1
        if n > 0 and tokens[n - 1].lower_ in ("and", "but") and speakers_own_act(token):
            return n - 1
        if clause is not None and token.i > first and _second_voice(token, clause, speech_verbs):
            return n
        if n > 0 and tokens[n - 1].text == "," and _saying_more(token, speech_verbs):
            return n - 1
        if "\n" in token.whitespace_:
            return n + 1
    return len(tokens)


def _saying_more(token: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether a reporting verb's "-ing" form with no subject of its own goes on after a comma ("…,
    saying he trusted the courts", "…, adding that …"): the speaker says more, which is a report of its
    own, even where the parser hung it inside the first report. Hung on a verb whose subject is a person
    ("Samaras will push for …, arguing that …"), it is that person's, and part of what was reported."""
    own_subject = any(c.dep_ in _SUBJECTS for c in token.children)
    if token.tag_ != "VBG" or token.dep_ != "advcl" or own_subject:
        return False
    return token.lemma_.lower() in speech_verbs and reporting_person(token) is None


def reporting_person(verb: Token) -> Token | None:
    """The person whose act a reporting verb's "-ing" form goes on from, inside what is reported ("says
    Samaras will push for …, arguing that …": Samaras argues), else None. A pronoun there is most often
    the speaker ("the mayor said she would close the bridge, saying …"): the speaker saying more."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.dep_ != "ccomp":
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return subject


def trim_end(tokens: list[Token]) -> list[Token]:
    """``tokens`` without trailing punctuation, spaces and words a cut left dangling ("…, and"); a
    closing bracket whose opening one is kept stays ("Rep. Anna Berg (D-Ore.)")."""
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in _DANGLING):
        last = tokens[-1].text
        if last in _CLOSING and sum(t.text == _CLOSING[last] for t in tokens) > sum(
            t.text == last for t in tokens[:-1]
        ):
            break
        tokens = tokens[:-1]
    return tokens


def _subject_start(cue: Token, clause: Token, first: Token) -> int | None:
    """Where a clause starts when the parser made part of its subject an object of the reporting verb:
    the first half of a contrast ("told them the union not the port was to blame": the clause it found
    starts at "not the port" or "the port"), or the whole subject of a clause left with none ("told them
    the union, not the port, was to blame": "was to blame" has no subject). None when the clause is whole."""
    doc = cue.doc
    if not _has_subject(clause) or first.lower_ in ("who", "which"):
        # "said foreign investors who held deposits, and who lost money, would get passports": the
        # clause found starts at the second relative clause on its subject
        i = first.i - 1
        while i > cue.i and (doc[i].text == "," or doc[i].lower_ in ("and", "or")):
            i -= 1
        phrase = _object_ending_at(cue, i)
        return phrase.left_edge.i if phrase is not None else None
    marker = _contrast_marker(doc, first.i, cue.i)
    if marker is None:
        return None
    j = marker - 1
    if j > cue.i and doc[j].text == ",":
        j -= 1
    phrase = _object_ending_at(cue, j)
    return phrase.left_edge.i if phrase is not None else None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECTS | {"expl", "csubj"} for c in token.children)


def _contrast_marker(doc: Doc, first: int, cue: int) -> int | None:
    """The first token of a contrast marker that opens the clause at ``first`` or ends right before it
    (a comma between allowed), after the reporting verb at ``cue``; None when there is none."""
    for words in _CONTRAST:
        width = len(words)
        if tuple(t.lower_ for t in doc[first : first + width]) == words:
            return first
        end = first - 1 if first > 0 and doc[first - 1].text == "," else first
        if end - width > cue and tuple(t.lower_ for t in doc[end - width : end]) == words:
            return end - width
    return None


def _object_ending_at(cue: Token, j: int) -> Token | None:
    """The object of the reporting verb whose phrase ends at token ``j``, if any."""
    if j <= cue.i:
        return None
    phrase = cue.doc[j]
    while phrase.head.i != cue.i and phrase.head != phrase and phrase.head.right_edge.i >= j:
        phrase = phrase.head
    if phrase.head.i != cue.i or phrase.dep_ not in _OBJECT_DEPS or phrase.left_edge.i <= cue.i:
        return None
    return phrase


def _opens_comment(token: Token) -> bool:
    """True where the writer's comment on the claim begins: "despite the fact that …", or a ", which …"
    clause the parser hangs on a verb (about the saying, not about a noun of the claim)."""
    doc = token.doc
    following = " ".join(t.lower_ for t in doc[token.i : token.i + 4])
    if any(following.startswith(opener) for opener in _comment_openers()):
        return True
    if token.lower_ == "which" and token.i > 0 and doc[token.i - 1].text == ",":
        return token.head.dep_ == "relcl" and _about_the_clause(token.head)
    return False


def _sets_off_aside(mark: Token, token: Token) -> bool:
    """True where a comma or a dash opens the writer's aside ("…, contrary to earlier reports")."""
    if mark.text not in (",", "-", "–", "—"):
        return False
    following = " ".join(t.lower_ for t in token.doc[token.i : token.i + 3])
    return any(following.startswith(opener) for opener in _aside_openers())


def speakers_own_act(verb: Token) -> bool:
    """True for a verb joined to the claim with no subject of its own that tells what the speaker did
    besides saying: a verb of ``speaker_aside_verbs.txt`` ("…, but refused to elaborate", "and referred
    questions to the navy"), or an act the claim's subject cannot do, being a thing ("said the deaths were
    caused by gunfire and called on the army to withdraw": deaths call on nobody, so the speaker did)."""
    own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or own_subject:
        return False
    return (
        verb.lemma_.lower() in lexicons.words("speaker_aside_verbs.txt")
        or _a_thing_cannot(verb)
        or _judges_in_quotation_marks(verb)
    )


def _judges_in_quotation_marks(verb: Token) -> bool:
    """ "said the council had met and called the vote “a farce”": a verb of judging whose
    judgement is set in quotation marks is the speaker's own words, quoted as such, not more of the claim."""
    judging = verb.lemma_.lower() in lexicons.words("judging_verbs.txt")
    return judging and any(t.is_quote for t in verb.subtree if t.i > verb.i)


def _a_thing_cannot(verb: Token) -> bool:
    """Whether ``verb``, a finite act with no auxiliary of its own, is joined to a claim whose subject is
    a thing, not people nor a body of them ("the deaths", "the plane"; not "the minister", "police"). An
    act is what a verb of speech or of an event (``event_verbs.tsv``) tells: an image that "showed
    objects" does what things do, and the claim goes on."""
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_.lower() not in _acts():
        return False
    subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and _words.names_a_thing(subject)


@cache
def _acts() -> frozenset[str]:
    """Verbs only a party does: verbs of speech, and the first words of ``event_verbs.tsv``'s rows."""
    events = (row[0].split()[0] for row in lexicons.table("event_verbs.tsv", 4))
    return lexicons.words("reporting_verbs.txt") | frozenset(events)


def _about_the_clause(relative: Token) -> bool:
    """True when a "which" clause comments on the whole clause before it rather than on a noun: the
    parser hangs it on a verb, or on a person ("which" is never a person), or its verb's number does not
    agree with the noun it hangs on ("the troops, which makes it difficult": it is the claim that
    makes it so)."""
    noun = relative.head
    if noun.pos_ in {"VERB", "AUX"} or noun.ent_type_ == "PERSON" or noun.pos_ == "PRON":
        return True
    plural = noun.tag_ in {"NNS", "NNPS"}
    return (relative.tag_ == "VBZ" and plural) or (relative.tag_ == "VBP" and not plural)


def _second_voice(token: Token, clause: Token, speech_verbs: frozenset[str]) -> bool:
    """True where a clause coordinated with the reported one, or set against it by "while", starts whose
    own subject speaks ("…, while the owners insisted that …"), or where the speaker goes on to report
    another clause ("said it viewed the move as a mistake and said it would raise tensions", the parser
    hanging the second "said" on "viewed"): it starts another quotation."""
    for verb in (token, *token.ancestors):
        if verb.left_edge.i != token.i or verb == clause:
            return False
        contrast = verb.dep_ == "conj" or (
            verb.dep_ == "advcl" and any(c.lower_ in _CONTRASTING for c in verb.children if c.dep_ == "mark")
        )
        if (
            contrast
            and verb.pos_ in {"VERB", "AUX"}
            and verb.lemma_.lower() in speech_verbs
            and not any(c.dep_ == "auxpass" for c in verb.children)
            and any(
                (c.dep_ == "nsubj" and not _words.names_a_thing(c))
                or (c.dep_ == "ccomp" and verb.dep_ == "conj")
                for c in verb.children
            )
        ):
            return True  # not "forecasts called for high winds": a thing says nothing
    return False


def _another_voice(clause: Token, speech_verbs: frozenset[str]) -> bool:
    """A "clause" headed by another reporting verb with its own subject, joined to the first by "and" or
    a comma rather than introduced as its content, is a second voice the parser attached to the first
    ("Russian officials declared the talks a failure and Western officials say …"): it is reported on its
    own. "said the union had agreed" is content: "agreed" is what was said."""
    speaks = clause.lemma_.lower() in speech_verbs and not any(c.dep_ == "auxpass" for c in clause.children)
    if not speaks or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    edge = clause.left_edge
    before = clause.doc[edge.i - 1] if edge.i > 0 else None
    if before is not None and (before.lower_ in {"and", "but", "while", "whereas"} or before.text == ","):
        return True
    # "declared the talks a failure and company officials say …": the parser joined the first verb's
    # object and the second voice into one subject. Words before their verb are no second voice:
    # "Photos and letters reveal a rise in hunger, the charity said" reports what they reveal.
    subject = next(c for c in clause.children if c.dep_ == "nsubj")
    return clause.i > clause.head.i and any(t.dep_ == "cc" for t in subject.subtree)


@cache
def _aside_openers() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("aside_openers.txt")))


@cache
def _comment_openers() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("writer_comment_openers.txt")))
