"""The clause a reporting verb reports, on trees the parser gets wrong in ways seen in real news."""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.extract.reported import reported_clause

SPEECH = frozenset({"say", "deny"})


def parsed(nlp, rows: list[tuple[str, int, str, str, str]]) -> Doc:  # type: ignore[no-untyped-def]
    """A doc with the tree given row by row: word, head index, dependency, coarse tag, lemma."""
    words, heads, deps, pos, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_summing_up_noun_read_with_a_name_as_subject_attributes_nothing_before_it(nlp):  # type: ignore[no-untyped-def]
    # "Others fear the ferries will be sold, a prospect Haas denied." parsed with "prospect" a compound of
    # "Haas" and the first clause the complement of "denied"
    doc = parsed(
        nlp,
        [
            ("Others", 1, "nsubj", "NOUN", "other"),
            ("fear", 11, "ccomp", "VERB", "fear"),
            ("the", 3, "det", "DET", "the"),
            ("ferries", 6, "nsubjpass", "NOUN", "ferry"),
            ("will", 6, "aux", "AUX", "will"),
            ("be", 6, "auxpass", "AUX", "be"),
            ("sold", 1, "ccomp", "VERB", "sell"),
            (",", 11, "punct", "PUNCT", ","),
            ("a", 10, "det", "DET", "a"),
            ("prospect", 10, "compound", "NOUN", "prospect"),
            ("Haas", 11, "nsubj", "PROPN", "Haas"),
            ("denied", 11, "ROOT", "VERB", "deny"),
            (".", 11, "punct", "PUNCT", "."),
        ],
    )
    assert reported_clause(doc[11], SPEECH) is None


def test_a_name_after_the_words_still_attributes_them(nlp):  # type: ignore[no-untyped-def]
    # "The ferries will be sold, Haas said." with the same shape of tree
    doc = parsed(
        nlp,
        [
            ("The", 1, "det", "DET", "the"),
            ("ferries", 4, "nsubjpass", "NOUN", "ferry"),
            ("will", 4, "aux", "AUX", "will"),
            ("be", 4, "auxpass", "AUX", "be"),
            ("sold", 7, "ccomp", "VERB", "sell"),
            (",", 7, "punct", "PUNCT", ","),
            ("Haas", 7, "nsubj", "PROPN", "Haas"),
            ("said", 7, "ROOT", "VERB", "say"),
            (".", 7, "punct", "PUNCT", "."),
        ],
    )
    clause = reported_clause(doc[7], SPEECH)
    assert clause is not None and clause.text == "The ferries will be sold"


def test_a_clause_joined_on_before_the_speakers_own_sentence_is_not_what_was_said(nlp):  # type: ignore[no-untyped-def]
    # "The ferry sank near Bergen, and the council said repairs would cost more." parsed with the first
    # clause a complement of "said" as well as the second
    doc = parsed(
        nlp,
        [
            ("The", 1, "det", "DET", "the"),
            ("ferry", 2, "nsubj", "NOUN", "ferry"),
            ("sank", 9, "ccomp", "VERB", "sink"),
            ("near", 2, "prep", "ADP", "near"),
            ("Bergen", 3, "pobj", "PROPN", "Bergen"),
            (",", 2, "punct", "PUNCT", ","),
            ("and", 2, "cc", "CCONJ", "and"),
            ("the", 8, "det", "DET", "the"),
            ("council", 9, "nsubj", "NOUN", "council"),
            ("said", 9, "ROOT", "VERB", "say"),
            ("repairs", 12, "nsubj", "NOUN", "repair"),
            ("would", 12, "aux", "AUX", "would"),
            ("cost", 9, "ccomp", "VERB", "cost"),
            ("more", 12, "dobj", "ADJ", "more"),
            (".", 9, "punct", "PUNCT", "."),
        ],
    )
    clause = reported_clause(doc[9], SPEECH)
    assert clause is not None and clause.text == "repairs would cost more"


def test_a_sentence_before_a_semicolon_is_not_what_the_verb_after_it_reports(nlp):  # type: ignore[no-untyped-def]
    # "Soon everyone joined in; some shouted it." parsed with the first sentence a complement of "shouted"
    doc = parsed(
        nlp,
        [
            ("Soon", 2, "advmod", "ADV", "soon"),
            ("everyone", 2, "nsubj", "PRON", "everyone"),
            ("joined", 6, "ccomp", "VERB", "join"),
            ("in", 2, "prt", "ADP", "in"),
            (";", 6, "punct", "PUNCT", ";"),
            ("some", 6, "nsubj", "PRON", "some"),
            ("shouted", 6, "ROOT", "VERB", "shout"),
            ("it", 6, "dobj", "PRON", "it"),
            (".", 6, "punct", "PUNCT", "."),
        ],
    )
    assert reported_clause(doc[6], SPEECH | {"shout"}) is None


def test_a_closing_attribution_read_as_a_relative_clause_still_closes_the_words(nlp):  # type: ignore[no-untyped-def]
    # "The driver was Ivan Holm, a farmer, the Bergen Post reported." parsed with "reported" a relative
    # clause on "farmer", as the parser does in longer sentences of this shape
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("driver", 2, "nsubj", "NOUN", "NN", "driver"),
        ("was", 2, "ROOT", "AUX", "VBD", "be"),
        ("Ivan", 4, "compound", "PROPN", "NNP", "Ivan"),
        ("Holm", 2, "attr", "PROPN", "NNP", "Holm"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("a", 7, "det", "DET", "DT", "a"),
        ("farmer", 4, "appos", "NOUN", "NN", "farmer"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("the", 11, "det", "DET", "DT", "the"),
        ("Bergen", 11, "compound", "PROPN", "NNP", "Bergen"),
        ("Post", 12, "nsubj", "PROPN", "NNP", "Post"),
        ("reported", 7, "relcl", "VERB", "VBD", "report"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    spaces = [n + 1 < len(words) and words[n + 1] not in (",", ".") for n in range(len(words))]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas
    )
    clause = reported_clause(doc[12], frozenset({"report"}))
    assert clause is not None and clause.text == "The driver was Ivan Holm, a farmer"
