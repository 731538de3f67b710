"""A small ROME release written by the tests, for edge cases and bad input."""

from __future__ import annotations

import csv
from pathlib import Path


def write(folder: Path, stem: str, header: list[str], rows: list[list[str]]) -> None:
    with (folder / f"unix_{stem}_v499_utf8.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def small_release(folder: Path) -> Path:
    """Two fiches, three appellations, a few items: every file the importer requires."""
    folder.mkdir(parents=True, exist_ok=True)
    write(
        folder,
        "referentiel_code_rome",
        [
            "code_rome",
            "code_fiche_metier",
            "code_ogr",
            "libelle_rome",
            "transition_eco",
            "transition_num",
            "transition_demo",
            "emploi_reglemente",
            "emploi_cadre",
            "code_rome_parent",
        ],
        [
            ["K1902", "1", "10", "Clerc de notaire", "Emploi Blanc", "N", "N", "N", "N", "K1902"],
            [
                "K1903",
                "2",
                "11",
                "Défenseur / Défenseuse juridique",
                "Emploi Vert",
                "O",
                "",
                "O",
                "O",
                "K1903",
            ],
        ],
    )
    write(
        folder,
        "referentiel_appellation",
        [
            "code_ogr",
            "libelle_appellation_long",
            "libelle_appellation_court",
            "code_rome",
            "classification",
            "peu_usite",
        ],
        [
            ["100", "Clerc d''avocat", "Clerc d''avocat", "K1902", "SYNONYME", "N"],
            ["101", "Clerc de notaire", "Clerc de notaire", "K1902", "PRINCIPALE", "N"],
            ["102", "Greffier / Greffière", "Greffier", "K1903", "PRINCIPALE", "O"],
        ],
    )
    write(
        folder,
        "referentiel_competence",
        [
            "code_ogr",
            "nature",
            "libelle_competence",
            "code_ogr_macro_comp",
            "code_macro_comp",
            "cat_comp",
            "sous_cat_comp",
        ],
        [
            ["500", "Macro-compétence", "Rédiger des actes", "", "2B101", "Savoir-faire", "Technique"],
            ["501", "Compétence", "Rédiger un acte d''état civil", "500", "", "Savoir-faire", "Technique"],
            [
                "600",
                "Macro-compétence",
                "Faire preuve de rigueur",
                "",
                "6A101",
                "Savoir-être professionnel",
                "Transverse",
            ],
        ],
    )
    write(
        folder,
        "referentiel_savoir",
        ["code_ogr_savoir", "libelle_savoir", "categorie_savoir"],
        [["700", "Droit civil", "Domaines d'expertise"]],
    )
    write(
        folder,
        "referentiel_contexte_travail",
        ["code_ogr", "libelle_cont_travail", "libelle_type_cont_trav"],
        [["800", "Station assise prolongée", "Conditions de travail et risques professionnels"]],
    )
    write(
        folder,
        "coherence_item",
        ["code_rome", "code_ogr", "coeur_metier"],
        [["K1902", "501", "Principale"], ["K1902", "600", ""], ["K1902", "700", ""], ["K1902", "800", ""]],
    )
    write(
        folder,
        "liens_rome_referentiels",
        ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
        [
            ["K1902", "5", "1", "501"],
            ["K1902", "5", "2", "600"],
            ["K1902", "5", "3", "700"],
            ["K1902", "6", "", "800"],
        ],
    )
    write(
        folder,
        "rubrique_mobilite",
        ["code_rome", "code_rome_cible", "numero_ordre"],
        [["K1902", "K1903", "1"]],
    )
    write(
        folder,
        "texte",
        ["code_rome", "code_compo_bloc", "libelle_type_texte", "position_phrase", "libelle_texte"],
        [
            ["K1902", "3", "definition", "2", "Rédige des actes."],
            ["K1902", "3", "definition", "1", "Assiste le notaire."],
        ],
    )
    write(
        folder,
        "grand_domaine",
        ["code_grand_domaine", "libelle_grand_domaine"],
        [["K", "Services à la personne"]],
    )
    write(
        folder,
        "domaine_professionnel",
        ["code_domaine_professionnel", "libelle_domaine_professionnel"],
        [["K19", "Droit"]],
    )
    write(
        folder,
        "referentiel_code_rome_riasec",
        ["code_rome", "riasec_majeur", "riasec_mineur"],
        [["K1902", "C", "S"], ["K1903", "S", ""]],
    )
    write(
        folder,
        "centre_interet",
        ["code_centre_interet", "libelle_centre_interet"],
        [["1", "J'ai envie d'aider"]],
    )
    write(
        folder,
        "arborescence_centre_interet",
        ["code_centre_interet", "code_rome", "principal"],
        [["1", "K1903", "oui"]],
    )
    write(
        folder,
        "secteur_activite",
        ["code_sect_activite", "libelle_sect_activite"],
        [["110", "Activités juridiques"]],
    )
    write(
        folder,
        "arborescence_secteur_activite",
        ["code_sect_activite", "libelle_ss_sect_activite", "code_rome", "principal"],
        [["110", "Activités juridiques", "K1902", "oui"]],
    )
    return folder
