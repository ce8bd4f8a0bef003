"""A quoted title that shortens what one speaker says in the body
(:func:`trendbeeld.extract.quotes._paraphrased`): most of its content words (PARAPHRASE_SHARE) stand in
that speaker's quotations."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def test_quoted_title_that_shortens_one_speakers_words() -> None:
    doc_text = (
        "'Marin timide? Dat dachten we bij Kovac eerst ook'\n\n"
        "Ajax bouwt aan een nieuw elftal. Oud-trainer Aad de Vos ziet de aankoop wel zitten. ,,Marin heeft "
        "kwaliteiten. Bij Ivan Kovac, eveneens een Kroaat, dacht men ook dat hij te timide was. Hoe "
        "liep dat af? Hij werd zelfs aanvoerder.'' Analist Jan Peeters is sceptisch. ,,Ik zie het niet "
        "gebeuren, hij is te jong.''"
    )
    doc = analyse(Source.create("bericht.txt", doc_text + "\n"))
    found = [(q.speaker, q.text) for q in quotes.from_document(doc)]
    assert ("Aad de Vos", "Marin timide? Dat dachten we bij Kovac eerst ook") in found
