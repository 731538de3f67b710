"""French typography helpers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from workbench.reports.typography import (
    BLANK_AMOUNT,
    BLANK_DATE,
    BLANK_LINE,
    NBSP,
    NNBSP,
    TO_COMPLETE,
    euros,
    french_date,
    french_spacing,
    markup,
    months_text,
    number,
    or_blank,
    plural,
    quoted,
    short_date,
    yes_no,
)


def test_narrow_no_break_space_before_semicolon_exclamation_question() -> None:
    assert french_spacing("Prêt ? Oui ! Bien ; ensuite") == f"Prêt{NNBSP}? Oui{NNBSP}! Bien{NNBSP}; ensuite"
    # Without a space typed before the sign, one is added; several become one.
    assert french_spacing("Prêt?") == f"Prêt{NNBSP}?"
    assert french_spacing("Prêt   ?") == f"Prêt{NNBSP}?"


def test_no_break_space_before_colon_but_not_in_times() -> None:
    assert french_spacing("Objet : projet") == f"Objet{NBSP}: projet"
    assert french_spacing("Objet: projet") == f"Objet{NBSP}: projet"
    assert french_spacing("rendez-vous à 14:30") == "rendez-vous à 14:30"


def test_guillemets_get_no_break_spaces_and_straight_quotes_become_guillemets() -> None:
    assert french_spacing("« projet »") == f"«{NBSP}projet{NBSP}»"
    assert french_spacing("«projet»") == f"«{NBSP}projet{NBSP}»"
    assert french_spacing('le "CEP" gratuit') == f"le «{NBSP}CEP{NBSP}» gratuit"
    assert quoted(" Mode & Co ") == f"«{NBSP}Mode & Co{NBSP}»"


def test_apostrophes_become_typographic_and_urls_and_mails_are_untouched() -> None:
    assert french_spacing("l'entretien") == "l’entretien"
    assert (
        french_spacing("Voir https://www.cnil.fr/a?b=1 ou x@y.fr")
        == "Voir https://www.cnil.fr/a?b=1 ou x@y.fr"
    )


def test_no_space_at_the_start_or_between_doubled_signs() -> None:
    assert french_spacing("? ou !") == f"? ou{NNBSP}!"
    assert french_spacing("Vraiment ?!") == f"Vraiment{NNBSP}?!"


@given(st.text(alphabet=st.sampled_from(list("ab :;!?«»\"' 1\u00a0\u202f")), max_size=40))
def test_spacing_is_idempotent_and_never_loses_letters(text: str) -> None:
    once = french_spacing(text)
    assert french_spacing(once) == once
    assert [c for c in once if c.isalnum()] == [c for c in text if c.isalnum()]


def test_french_dates() -> None:
    assert french_date(date(2026, 11, 24)) == f"24{NBSP}novembre 2026"
    assert french_date(date(2027, 3, 1)) == f"1er{NBSP}mars 2027"
    assert french_date(date(2026, 12, 10), weekday=True) == f"jeudi 10{NBSP}décembre 2026"
    assert french_date(date(2026, 8, 15)) == f"15{NBSP}août 2026"
    assert french_date(None) == BLANK_DATE
    assert short_date(date(2026, 1, 5)) == "05/01/2026"
    assert short_date(None) == BLANK_DATE


def test_euro_amounts() -> None:
    assert euros(Decimal("1234.56")) == f"1{NNBSP}234,56{NBSP}€"
    assert euros(1234567) == f"1{NNBSP}234{NNBSP}567,00{NBSP}€"
    assert euros(Decimal("0.005")) == f"0,01{NBSP}€"  # half up
    assert euros(Decimal("-42.5")) == f"-42,50{NBSP}€"
    assert euros(Decimal("999.999"), cents=False) == f"1{NNBSP}000{NBSP}€"
    assert euros(None) == BLANK_AMOUNT


def test_numbers_durations_and_answers() -> None:
    assert number(1600, "h") == f"1{NNBSP}600{NBSP}h"
    assert number(7.5, "mois", decimals=1) == f"7,5{NBSP}mois"
    assert number(7.0, "mois", decimals=1) == f"7{NBSP}mois"
    assert number(None) == BLANK_LINE
    assert months_text(40) == f"3{NBSP}ans et 4{NBSP}mois"
    assert months_text(12) == f"1{NBSP}an"
    assert months_text(0) == f"0{NBSP}mois"
    assert months_text(None) == BLANK_LINE
    assert plural(1, "entretien") == f"1{NBSP}entretien"
    assert plural(3, "entretien") == f"3{NBSP}entretiens"
    assert yes_no(None) == TO_COMPLETE
    assert yes_no(False) == "Non"
    assert or_blank("  ") == BLANK_LINE
    assert or_blank(" x ") == "x"


def test_markup_escapes_and_keeps_narrow_spaces_unbreakable_for_reportlab() -> None:
    result = markup("Tom & Léa <b> : prêt ?\nsuite")
    assert "&amp;" in result and "&lt;b&gt;" in result
    assert "<br/>" in result
    # Reportlab breaks lines at U+202F: it is drawn as a smaller no-break space instead.
    assert NNBSP not in result
    assert f'<font size="-3.5">{NBSP}</font>?' in result
