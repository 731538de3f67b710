"""Import an official ROME 4.0 release (France Travail's "RefRomeCsv" export, folder or zip).

The release is read and checked completely before anything is replaced: required files, headers,
UTF-8, and every link resolving to an existing fiche or item. A bad release raises
:class:`ReleaseError` naming the file, the line and the problem. A good one is written into a new
reference database under ``rome_dir/releases/`` and only then made active by replacing the small
``active.json`` pointer atomically, so the previously active release stays intact whatever happens.

The repository ships France Travail's official v4.60 release, unchanged and zipped, in ``data/rome/``
(:func:`bundled_release`): it is imported on first use when no release is active, and any release
imported later takes precedence. Each reference database records the fingerprint of its source
files, so importing the same release again reactivates the copy already there instead of adding
one. After an import only the active release, the bundled one and one previous are kept
(:func:`prune`); temporary files left by an interrupted import are removed by
:func:`clean_interrupted` at the next start.

Reference database schema (read-only at run time, see :mod:`workbench.rome.reference`):

- ``meta(key, value)``: version ("4.60"), label ("25M09"), published_on, imported_at, source, counts,
  fingerprint (SHA-256 of the source files read), bundled ("1" for the release shipped in data/rome/)
- ``grand_domaines(code, label)``, ``domaines(code, label)``
- ``fiches(code, ogr, title, grand_domaine, domaine, transition_eco, transition_num, transition_demo,
  reglemente, cadre, riasec_major, riasec_minor, definition, access)``
- ``appellations(ogr, code_rome, label, short_label, principal, rare, search_key)``
- ``items(ogr, label, kind, category, macro_code, is_macro)``; kind is ``savoir_faire``,
  ``savoir_etre``, ``savoir`` or ``contexte``; category is the macro-compétence's label for a
  competence, the category of a savoir or of a contexte; ``macro_code`` is the functional code of
  the competence's macro-compétence (its first character is the competence domain 1–6; the release
  does not carry the domains' labels)
- ``fiche_items(code_rome, ogr, kind, core)``; core is ``principale``, ``emergente`` or empty
- ``mobility(code_rome, target, rank)``: the métiers proches, in their order
- ``centres_interet(code, label)``, ``fiche_centres(code_rome, centre, principal)``
- ``secteurs(code, label)``, ``fiche_secteurs(code_rome, secteur, sous_secteur, principal)``
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from workbench.core.text import fold
from workbench.errors import UserError
from workbench.resources import data_path

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

# file stem → required header columns
REQUIRED: dict[str, tuple[str, ...]] = {
    "referentiel_code_rome": (
        "code_rome",
        "code_ogr",
        "libelle_rome",
        "transition_eco",
        "transition_num",
        "transition_demo",
        "emploi_reglemente",
        "emploi_cadre",
    ),
    "referentiel_appellation": (
        "code_ogr",
        "libelle_appellation_long",
        "libelle_appellation_court",
        "code_rome",
        "classification",
        "peu_usite",
    ),
    "referentiel_competence": (
        "code_ogr",
        "nature",
        "libelle_competence",
        "code_ogr_macro_comp",
        "code_macro_comp",
        "cat_comp",
        "sous_cat_comp",
    ),
    "referentiel_savoir": ("code_ogr_savoir", "libelle_savoir", "categorie_savoir"),
    "referentiel_contexte_travail": ("code_ogr", "libelle_cont_travail", "libelle_type_cont_trav"),
    "coherence_item": ("code_rome", "code_ogr", "coeur_metier"),
    "liens_rome_referentiels": ("code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"),
    "rubrique_mobilite": ("code_rome", "code_rome_cible", "numero_ordre"),
    "texte": ("code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"),
    "grand_domaine": ("code_grand_domaine", "libelle_grand_domaine"),
    "domaine_professionnel": ("code_domaine_professionnel", "libelle_domaine_professionnel"),
    "referentiel_code_rome_riasec": ("code_rome", "riasec_majeur", "riasec_mineur"),
    "centre_interet": ("code_centre_interet", "libelle_centre_interet"),
    "arborescence_centre_interet": ("code_centre_interet", "code_rome", "principal"),
    "secteur_activite": ("code_sect_activite", "libelle_sect_activite"),
    "arborescence_secteur_activite": (
        "code_sect_activite",
        "libelle_ss_sect_activite",
        "code_rome",
        "principal",
    ),
}

# Publication labels and dates of the releases we know (the CSV files carry only the version).
KNOWN_RELEASES = {"460": ("25M09", date(2025, 9, 18)), "461": ("26M06", date(2026, 6, 15))}

_FILE = re.compile(r"unix_(?P<stem>[a-z_]+?)_v(?P<version>\d{3})_utf8\.csv$")
_RUBRIQUE_KIND = {"1": "savoir_faire", "2": "savoir_etre", "3": "savoir"}


class ReleaseError(UserError):
    """The release cannot be imported; the message names the file, the line and the problem."""


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Import annulé : le référentiel actif n'a pas changé.")


def clean(text: str) -> str:
    """Proper French out of the source's quirks: doubled apostrophes, stray spaces."""
    text = text.replace("''", "'").replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


@dataclass(frozen=True)
class ImportResult:
    version: str
    label: str
    path: Path
    counts: dict[str, int]
    already: bool = False  # the same release was already imported: that copy is (again) active
    bundled: bool = False  # the release shipped with the application, imported on first use

    @property
    def version_label(self) -> str:
        return f"ROME 4.0 version {self.version[2:]} ({self.label})" if self.label else f"ROME {self.version}"

    def message(self) -> str:
        """What to tell the person, in French."""
        if self.already:
            return (
                f"{self.version_label} est déjà importé : aucune copie supplémentaire, "
                "cette version est de nouveau la version active."
            )
        if self.bundled:
            return (
                f"Première utilisation : le référentiel {self.version_label} fourni avec l'application "
                f"a été importé ({self.counts['fiches']} fiches, {self.counts['appellations']} appellations). "
                "Une version importée ensuite le remplace."
            )
        return (
            f"{self.version_label} importé et activé : {self.counts['fiches']} fiches, "
            f"{self.counts['appellations']} appellations."
        )


# The largest file of a release is about 3 MB: ten times that is refused, so that an archive that
# expands to gigabytes (a "zip bomb") never fills the memory.
MAX_FILE_BYTES = 32 * 1024 * 1024


def _unzip(archive: zipfile.ZipFile, member: str) -> bytes:
    """A member of the release's zip, read in pieces up to :data:`MAX_FILE_BYTES` (whatever its
    header claims); a damaged member is a ReleaseError."""
    name, limit = Path(member).name, MAX_FILE_BYTES // (1024 * 1024)
    too_big = ReleaseError(
        f"{name} : plus de {limit} Mo une fois décompressé, bien au-delà d'un fichier de la publication "
        "ROME : archive refusée."
    )
    if archive.getinfo(member).file_size > MAX_FILE_BYTES:
        raise too_big
    chunks, size = [], 0
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(1024 * 1024):
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise too_big
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ReleaseError(f"{name} : fichier endommagé dans l'archive ({exc}).") from None
    return b"".join(chunks)


class _Source:
    """The CSV files of a release, from a folder or a zip, by stem."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, str] = {}
        self.versions: set[str] = set()
        self._raw: dict[str, bytes] = {}
        self._zip: zipfile.ZipFile | None = None
        if path.is_dir():
            names = [p.name for p in path.rglob("*.csv")]
            self._paths = {p.name: p for p in path.rglob("*.csv")}
        elif zipfile.is_zipfile(path):
            self._zip = zipfile.ZipFile(path)
            names = [Path(n).name for n in self._zip.namelist()]
            self._paths = {}
            self._members = {Path(n).name: n for n in self._zip.namelist()}
        else:
            raise ReleaseError(f"{path} n'est ni un dossier ni une archive zip de la publication ROME.")
        for name in names:
            if match := _FILE.search(name):
                self.files[match["stem"]] = name
                self.versions.add(match["version"])

    def raw(self, stem: str) -> bytes:
        """The bytes of a file, read once (the fingerprint, then the import)."""
        if stem in self._raw:
            return self._raw[stem]
        name = self.files[stem]
        try:
            content = (
                self._paths[name].read_bytes()
                if self._zip is None
                else _unzip(self._zip, self._members[name])
            )
        except OSError as exc:
            raise ReleaseError(f"{name} : lecture impossible ({exc.strerror}).") from None
        self._raw[stem] = content
        return content

    def fingerprint(self) -> str:
        """SHA-256 of the files the import reads: the same release gives the same fingerprint,
        from a folder or from a zip."""
        digest = hashlib.sha256()
        for stem in sorted(REQUIRED):
            content = self.raw(stem)
            digest.update(f"{stem}:{len(content)}:".encode())
            digest.update(content)
        return digest.hexdigest()

    def rows(self, stem: str) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number, row) of a file, checked for UTF-8 and its header."""
        name = self.files[stem]
        raw = self.raw(stem)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise ReleaseError(f"{name}, ligne {line} : caractères qui ne sont pas en UTF-8.") from None
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        missing = [c for c in REQUIRED[stem] if c not in (reader.fieldnames or [])]
        if missing:
            raise ReleaseError(f"{name}, ligne 1 : colonne(s) attendue(s) absente(s) : {', '.join(missing)}.")
        try:
            for row in reader:
                if None in row or None in row.values():
                    raise ReleaseError(f"{name}, ligne {reader.line_num} : nombre de colonnes inattendu.")
                yield reader.line_num, row
        except csv.Error as exc:
            raise ReleaseError(f"{name}, ligne {reader.line_num} : ligne illisible ({exc}).") from None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _check(condition: bool, source: _Source, stem: str, line: int, problem: str) -> None:
    if not condition:
        raise ReleaseError(f"{source.files[stem]}, ligne {line} : {problem}")


def _number(source: _Source, stem: str, line: int, text: str) -> int:
    _check(text.strip().isdigit(), source, stem, line, f"« {text} » : nombre attendu.")
    return int(text)


def _create_schema(db: sqlite3.Connection) -> None:
    db.executescript("""
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE grand_domaines(code TEXT PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE domaines(code TEXT PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE fiches(code TEXT PRIMARY KEY, ogr TEXT, title TEXT NOT NULL, grand_domaine TEXT,
            domaine TEXT, transition_eco TEXT, transition_num TEXT, transition_demo TEXT, reglemente TEXT,
            cadre TEXT, riasec_major TEXT, riasec_minor TEXT, definition TEXT, access TEXT);
        CREATE TABLE appellations(ogr TEXT PRIMARY KEY, code_rome TEXT NOT NULL REFERENCES fiches(code),
            label TEXT NOT NULL, short_label TEXT, principal INTEGER, rare INTEGER, search_key TEXT);
        CREATE TABLE items(ogr TEXT PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL, category TEXT,
            macro_code TEXT, is_macro INTEGER);
        CREATE TABLE fiche_items(code_rome TEXT NOT NULL, ogr TEXT NOT NULL, kind TEXT NOT NULL, core TEXT,
            PRIMARY KEY(code_rome, ogr));
        CREATE TABLE mobility(code_rome TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER,
            PRIMARY KEY(code_rome, target));
        CREATE TABLE centres_interet(code TEXT PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE fiche_centres(code_rome TEXT, centre TEXT, principal INTEGER, PRIMARY KEY(code_rome, centre));
        CREATE TABLE secteurs(code TEXT PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE fiche_secteurs(code_rome TEXT, secteur TEXT, sous_secteur TEXT, principal INTEGER,
            PRIMARY KEY(code_rome, secteur, sous_secteur));
        CREATE INDEX ix_appellations_rome ON appellations(code_rome);
        CREATE INDEX ix_fiche_items_ogr ON fiche_items(ogr);
    """)


def build_search_index(db: sqlite3.Connection) -> None:
    """The search-as-you-type index: one row per fiche title and appellation, in the order results
    are shown (principal appellations, then fiche titles, then the others; shorter first), with a
    trigram FTS5 table over the folded key so any part of a word is found without a scan."""
    db.executescript("""
        CREATE TABLE search_entries(id INTEGER PRIMARY KEY, key TEXT NOT NULL, rank INTEGER NOT NULL,
            label TEXT NOT NULL, ogr TEXT, code TEXT NOT NULL, fiche_title TEXT NOT NULL,
            p1 TEXT NOT NULL, p2 TEXT NOT NULL, p3 TEXT NOT NULL);
        -- The keys starting with one, two or three letters, walked in the order results are shown.
        CREATE INDEX ix_search_p1 ON search_entries(p1, id);
        CREATE INDEX ix_search_p2 ON search_entries(p2, id);
        CREATE INDEX ix_search_p3 ON search_entries(p3, id);
        CREATE VIRTUAL TABLE search_fts USING fts5(key, content='search_entries', content_rowid='id',
            tokenize='trigram');
    """)
    titles = dict(db.execute("SELECT code, title FROM fiches"))
    entries = [(fold(title), 1, title, None, code, title) for code, title in titles.items()]
    entries += [
        (key, 0 if principal else 2, label, ogr, code, titles[code])
        for ogr, code, label, key, principal in db.execute(
            "SELECT ogr, code_rome, label, search_key, principal FROM appellations"
        )
    ]
    entries.sort(key=lambda entry: (entry[1], len(entry[0])))  # stable: the release's order otherwise
    db.executemany(
        "INSERT INTO search_entries(key, rank, label, ogr, code, fiche_title, p1, p2, p3) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*entry, entry[0][:1], entry[0][:2], entry[0][:3]) for entry in entries],
    )
    db.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


STEPS = (
    "fiches",
    "appellations",
    "compétences et savoirs",
    "liens des fiches",
    "mobilité",
    "textes",
    "arborescences",
    "enregistrement",
)


def import_release(
    rome_dir: Path,
    source_path: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    bundled: bool = False,
) -> ImportResult:
    """Check and import the release at ``source_path``, then make it the active one.

    The same release imported again is not copied twice: the existing copy is made active and the
    result says ``already``. ``bundled`` marks the release shipped with the application.
    """
    path = Path(source_path)
    if not path.exists():
        raise ReleaseError(f"{path} : introuvable.")
    clean_interrupted(rome_dir)
    source = _Source(path)
    try:
        missing = sorted(set(REQUIRED) - set(source.files))
        if missing:
            names = ", ".join(f"unix_{m}_vXXX_utf8.csv" for m in missing)
            raise ReleaseError(f"{path} : fichier(s) absent(s) de la publication : {names}.")
        if len(source.versions) != 1:
            raise ReleaseError(
                f"{path} : les fichiers mélangent plusieurs versions ({', '.join(sorted(source.versions))})."
            )
        version_code = source.versions.pop()
        fingerprint = source.fingerprint()
        releases = rome_dir / "releases"
        releases.mkdir(parents=True, exist_ok=True)
        existing = next((r for r in _described(rome_dir) if r.fingerprint == fingerprint), None)
        if existing is not None:
            activate(rome_dir, existing.path)
            return describe(existing.path, already=True)
        # The process id in the name tells clean_interrupted() whether the import is still running.
        fd, tmp_name = tempfile.mkstemp(
            dir=releases, prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=".sqlite"
        )
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            db = sqlite3.connect(tmp)
            try:
                counts = _load(
                    db, source, version_code, progress or (lambda *_: None), cancelled or (lambda: False)
                )
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    (("fingerprint", fingerprint), ("bundled", "1" if bundled else "")),
                )
                db.commit()
            finally:
                db.close()
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            target = releases / f"rome-v{version_code}-{stamp}.sqlite"
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        source.close()
    label = KNOWN_RELEASES.get(version_code, ("", None))[0]
    activate(rome_dir, target)
    prune(rome_dir)
    return ImportResult(f"{version_code[0]}.{version_code[1:]}", label, target, counts, bundled=bundled)


def _load(
    db: sqlite3.Connection, source: _Source, version_code: str, progress: ProgressFn, cancelled: CancelledFn
) -> dict[str, int]:
    total = len(STEPS)

    def step(index: int) -> None:
        if cancelled():
            raise ImportCancelled
        progress(index, total, f"Référentiel ROME : {STEPS[index] if index < total else 'terminé'}…")

    _create_schema(db)
    step(0)
    fiches: dict[str, dict[str, str]] = {}
    for line, row in source.rows("referentiel_code_rome"):
        code = row["code_rome"].strip()
        _check(
            bool(re.fullmatch(r"[A-N]\d{4}", code)),
            source,
            "referentiel_code_rome",
            line,
            f"code ROME invalide « {code} ».",
        )
        fiches[code] = row
    riasec = {row["code_rome"]: row for _, row in source.rows("referentiel_code_rome_riasec")}
    grand = {
        r["code_grand_domaine"]: clean(r["libelle_grand_domaine"]) for _, r in source.rows("grand_domaine")
    }
    domaines = {
        r["code_domaine_professionnel"]: clean(r["libelle_domaine_professionnel"])
        for _, r in source.rows("domaine_professionnel")
    }
    db.executemany("INSERT INTO grand_domaines VALUES (?, ?)", grand.items())
    db.executemany("INSERT INTO domaines VALUES (?, ?)", domaines.items())

    step(1)
    appellations = []
    for line, row in source.rows("referentiel_appellation"):
        code = row["code_rome"]
        _check(code in fiches, source, "referentiel_appellation", line, f"la fiche {code} n'existe pas.")
        label = clean(row["libelle_appellation_long"])
        appellations.append(
            (
                row["code_ogr"],
                code,
                label,
                clean(row["libelle_appellation_court"]),
                int(row["classification"] == "PRINCIPALE"),
                int(row["peu_usite"] == "O"),
                fold(label),
            )
        )
    db.executemany("INSERT INTO appellations VALUES (?, ?, ?, ?, ?, ?, ?)", appellations)

    step(2)
    items: dict[str, tuple[str, str, str, str, str, int]] = {}
    macro_codes: dict[str, str] = {}
    macro_labels: dict[str, str] = {}
    competences = list(source.rows("referentiel_competence"))
    for _, row in competences:
        if row["nature"] == "Macro-compétence":
            macro_codes[row["code_ogr"]] = row["code_macro_comp"]
            macro_labels[row["code_ogr"]] = clean(row["libelle_competence"])
    for line, row in competences:
        is_macro = row["nature"] == "Macro-compétence"
        kind = "savoir_etre" if row["cat_comp"].startswith("Savoir-être") else "savoir_faire"
        macro = row["code_macro_comp"] if is_macro else macro_codes.get(row["code_ogr_macro_comp"], "")
        _check(
            is_macro or row["code_ogr_macro_comp"] in macro_codes,
            source,
            "referentiel_competence",
            line,
            f"la macro-compétence {row['code_ogr_macro_comp']} n'existe pas.",
        )
        group = (
            clean(row["libelle_competence"]) if is_macro else macro_labels.get(row["code_ogr_macro_comp"], "")
        )
        items[row["code_ogr"]] = (
            row["code_ogr"],
            clean(row["libelle_competence"]),
            kind,
            group,
            macro,
            int(is_macro),
        )
    for _, row in source.rows("referentiel_savoir"):
        items[row["code_ogr_savoir"]] = (
            row["code_ogr_savoir"],
            clean(row["libelle_savoir"]),
            "savoir",
            clean(row["categorie_savoir"]),
            "",
            0,
        )
    for _, row in source.rows("referentiel_contexte_travail"):
        items[row["code_ogr"]] = (
            row["code_ogr"],
            clean(row["libelle_cont_travail"]),
            "contexte",
            clean(row["libelle_type_cont_trav"]),
            "",
            0,
        )
    db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)", items.values())

    step(3)
    core = {}
    for line, row in source.rows("coherence_item"):
        _check(
            row["code_rome"] in fiches,
            source,
            "coherence_item",
            line,
            f"la fiche {row['code_rome']} n'existe pas.",
        )
        _check(
            row["code_ogr"] in items,
            source,
            "coherence_item",
            line,
            f"l'élément {row['code_ogr']} n'existe pas.",
        )
        core[(row["code_rome"], row["code_ogr"])] = {
            "Principale": "principale",
            "Émergente": "emergente",
        }.get(row["coeur_metier"], "")
    links = {}
    for line, row in source.rows("liens_rome_referentiels"):
        if row["code_compo_bloc"] not in {"5", "6"}:
            continue
        key = (row["code_rome"], row["code_ogr"])
        _check(key[0] in fiches, source, "liens_rome_referentiels", line, f"la fiche {key[0]} n'existe pas.")
        _check(key[1] in items, source, "liens_rome_referentiels", line, f"l'élément {key[1]} n'existe pas.")
        kind = (
            "contexte"
            if row["code_compo_bloc"] == "6"
            else _RUBRIQUE_KIND.get(row["code_rubrique"], items[key[1]][2])
        )
        links[key] = (key[0], key[1], kind, core.get(key, ""))
    db.executemany("INSERT INTO fiche_items VALUES (?, ?, ?, ?)", links.values())

    step(4)
    mobility = []
    for line, row in source.rows("rubrique_mobilite"):
        for code in (row["code_rome"], row["code_rome_cible"]):
            _check(code in fiches, source, "rubrique_mobilite", line, f"la fiche {code} n'existe pas.")
        _check(
            row["numero_ordre"].isdigit(),
            source,
            "rubrique_mobilite",
            line,
            f"rang « {row['numero_ordre']} » : nombre attendu.",
        )
        mobility.append((row["code_rome"], row["code_rome_cible"], int(row["numero_ordre"])))
    db.executemany("INSERT OR IGNORE INTO mobility VALUES (?, ?, ?)", mobility)

    step(5)
    texts: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for line, row in source.rows("texte"):
        _check(
            row["code_rome"] in fiches, source, "texte", line, f"la fiche {row['code_rome']} n'existe pas."
        )
        texts.setdefault((row["code_rome"], row["libelle_type_texte"]), []).append(
            (_number(source, "texte", line, row["position_phrase"]), clean(row["libelle_texte"]))
        )

    def text(code: str, kind: str) -> str:
        return "\n".join(sentence for _, sentence in sorted(texts.get((code, kind), [])))

    db.executemany(
        "INSERT INTO fiches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                code,
                row["code_ogr"],
                clean(row["libelle_rome"]),
                code[0],
                code[:3],
                row["transition_eco"],
                row["transition_num"],
                row["transition_demo"],
                row["emploi_reglemente"],
                row["emploi_cadre"],
                riasec.get(code, {}).get("riasec_majeur", ""),
                riasec.get(code, {}).get("riasec_mineur", ""),
                text(code, "definition"),
                text(code, "acces_metier"),
            )
            for code, row in fiches.items()
        ],
    )

    step(6)
    db.executemany(
        "INSERT INTO centres_interet VALUES (?, ?)",
        [
            (r["code_centre_interet"], clean(r["libelle_centre_interet"]))
            for _, r in source.rows("centre_interet")
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO fiche_centres VALUES (?, ?, ?)",
        [
            (r["code_rome"], r["code_centre_interet"], int(r["principal"] == "oui"))
            for _, r in source.rows("arborescence_centre_interet")
            if r["code_rome"] in fiches
        ],
    )
    db.executemany(
        "INSERT INTO secteurs VALUES (?, ?)",
        [
            (r["code_sect_activite"], clean(r["libelle_sect_activite"]))
            for _, r in source.rows("secteur_activite")
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO fiche_secteurs VALUES (?, ?, ?, ?)",
        [
            (
                r["code_rome"],
                r["code_sect_activite"],
                clean(r["libelle_ss_sect_activite"]),
                int(r["principal"] == "oui"),
            )
            for _, r in source.rows("arborescence_secteur_activite")
            if r["code_rome"] in fiches
        ],
    )

    step(7)
    build_search_index(db)
    label, published = KNOWN_RELEASES.get(version_code, ("", None))
    counts = {
        "fiches": len(fiches),
        "appellations": len(appellations),
        "competences": sum(1 for i in items.values() if i[2] in {"savoir_faire", "savoir_etre"} and not i[5]),
        "macro_competences": sum(1 for i in items.values() if i[5]),
        "savoirs": sum(1 for i in items.values() if i[2] == "savoir"),
        "contextes": sum(1 for i in items.values() if i[2] == "contexte"),
        "mobility_links": len(mobility),
    }
    meta = {
        "version": f"{version_code[0]}.{version_code[1:]}",
        "label": label,
        "published_on": published.isoformat() if published else "",
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": source.path.name,
        "counts": json.dumps(counts),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    progress(total, total, "Référentiel ROME importé.")
    return counts


# ---- Active release


def active_pointer(rome_dir: Path) -> Path:
    return rome_dir / "active.json"


def activate(rome_dir: Path, database: Path) -> None:
    """Make ``database`` the active release: the pointer is replaced in one atomic rename."""
    pointer = active_pointer(rome_dir)
    fd, tmp = tempfile.mkstemp(dir=rome_dir, prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"file": database.relative_to(rome_dir).as_posix()}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, pointer)


def active_database(rome_dir: Path) -> Path | None:
    try:
        pointed = json.loads(active_pointer(rome_dir).read_text(encoding="utf-8"))["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    database = rome_dir / pointed
    return database if database.exists() else None


def installed_releases(rome_dir: Path) -> list[Path]:
    return sorted((rome_dir / "releases").glob("rome-v*.sqlite"))


# ---- The bundled release, housekeeping

BUNDLED_RELEASE = ("rome", "francetravail_rome4_v460_csv.zip")
BUNDLED_CREDIT = "Source : France Travail – ROME 4.0 version 60 (25M09)"  # Licence Ouverte
_TEMP_PREFIX = ".import-"


def bundled_release() -> Path | None:
    """The official release shipped with the application (data/rome/), if present."""
    path = data_path(*BUNDLED_RELEASE)
    return path if path.is_file() else None


def import_bundled_if_needed(
    rome_dir: Path, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
) -> ImportResult | None:
    """First use: when no release is active, import the bundled one (None when nothing was done)."""
    bundled = bundled_release()
    if active_database(rome_dir) is not None or bundled is None:
        return None
    return import_release(rome_dir, bundled, progress, cancelled, bundled=True)


@dataclass(frozen=True)
class _Installed:
    path: Path
    fingerprint: str
    bundled: bool


def _meta(database: Path) -> dict[str, str]:
    try:
        db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.Error:
        return {}


def _described(rome_dir: Path) -> list[_Installed]:
    return [
        _Installed(path, meta.get("fingerprint", ""), meta.get("bundled") == "1")
        for path in installed_releases(rome_dir)
        for meta in [_meta(path)]
    ]


def describe(database: Path, already: bool = False) -> ImportResult:
    """What an imported release holds, read from its database."""
    meta = _meta(database)
    counts = json.loads(meta.get("counts", "{}"))
    return ImportResult(
        meta.get("version", ""), meta.get("label", ""), database, counts, already, meta.get("bundled") == "1"
    )


def _import_stamp(path: Path) -> str:
    """Releases sort by import time: the name is rome-vNNN-<UTC stamp>.sqlite."""
    return path.stem.split("-", 2)[-1]


def prune(rome_dir: Path) -> list[Path]:
    """Keep the active release, the newest bundled one and the newest other one; remove the rest.

    Returns the files removed. A file still open elsewhere (Windows) is left for the next time.
    """
    installed = sorted(_described(rome_dir), key=lambda r: _import_stamp(r.path), reverse=True)
    active = active_database(rome_dir) or next((r.path for r in installed), None)
    bundled = next((r.path for r in installed if r.bundled and r.path != active), None)
    previous = next((r.path for r in installed if r.path not in {active, bundled}), None)
    keep = {active, bundled, previous}
    removed = []
    for release in installed:
        if release.path not in keep:
            try:
                release.path.unlink()
            except OSError:
                continue
            removed.append(release.path)
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` still runs. Only asked on POSIX: on Windows a file held open by a
    running import cannot be deleted, which protects it just as well."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)  # signal 0: existence check only (never used on Windows, where it kills)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_interrupted(rome_dir: Path) -> list[Path]:
    """Remove the temporary files of imports that were killed (their process no longer runs)."""
    removed = []
    for folder in (rome_dir, rome_dir / "releases"):
        for leftover in [*folder.glob(f"{_TEMP_PREFIX}*"), *folder.glob(".active-*.json")]:
            pid = leftover.name.split("-", 2)[1] if leftover.name.startswith(_TEMP_PREFIX) else ""
            if pid.isdigit() and _running(int(pid)):
                continue
            try:
                leftover.unlink()
            except OSError:
                continue  # in use (Windows) or already gone
            removed.append(leftover)
    return removed
