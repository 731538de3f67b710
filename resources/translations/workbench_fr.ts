<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../workbench/ui/errors.py" line="44"/>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="114"/>
        <source>Dépend d&apos;une décision (financeur, jury, employeur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="117"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="118"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="119"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="120"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="122"/>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllAttributesDialog</name>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="162"/>
        <source>Toutes les informations du financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="190"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="193"/>
        <source>Chaque réponse est enregistrée dès qu&apos;elle est saisie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="48"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="51"/>
        <source>Dossier : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="53"/>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="54"/>
        <source>Restaurer la sauvegarde choisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="55"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="87"/>
        <source>Sauvegarde faite : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="97"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="99"/>
        <source>Remplacer la base des dossiers par la sauvegarde du {0:%d/%m/%Y %H:%M} ? Les dossiers ouverts seront fermés ; la base actuelle est gardée comme sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="110"/>
        <source>Restauration refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="115"/>
        <source>Base restaurée ; l&apos;ancienne est gardée dans {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="58"/>
        <source>Aucune activité sur la période.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListArea</name>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="198"/>
        <source>Rechercher un nom ou un n° de dossier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="201"/>
        <source>En cours et clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="204"/>
        <source>Archivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="205"/>
        <source>Tous, archivés compris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="208"/>
        <source>Tous les niveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="217"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="218"/>
        <source>Créer un dossier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="291"/>
        <source>Tous les conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="310"/>
        <source>{0} dossier(s) affiché(s) sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="314"/>
        <source>Aucun dossier pour l&apos;instant. Créez le premier avec « Nouveau dossier » (Ctrl+N) : le nom suffit, le reste se complète dans le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="321"/>
        <source>Aucun dossier ne correspond. Vérifiez l&apos;orthographe (les accents ne comptent pas), cherchez par n° de dossier, ou élargissez les filtres (statut, conseiller, niveau).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="117"/>
        <source>Archivé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="77"/>
        <source>Cette partie du dossier n&apos;a pas pu s&apos;ouvrir (voir le journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="103"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="104"/>
        <source>Le dossier {0} a des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="140"/>
        <source>dossier n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="144"/>
        <source>archivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="148"/>
        <source>&lt;span style=&apos;color:#8b1e1e&apos;&gt;emporté hors ligne ({0})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CepSection</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="321"/>
        <source>Clore l&apos;accompagnement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="322"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="324"/>
        <source>Étapes du niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="328"/>
        <source>Nouvel entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="332"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="332"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="332"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="332"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="332"/>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="337"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="347"/>
        <source>Entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="352"/>
        <source>Suivis après la sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="378"/>
        <source>Plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="379"/>
        <source>Projet formalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="380"/>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="381"/>
        <source>Orientations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="417"/>
        <source>Parcours non commencé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="419"/>
        <source>clos le {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="430"/>
        <source>Entrer en {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="430"/>
        <source>Dernier niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="481"/>
        <source>Étapes de l&apos;{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="531"/>
        <source>fait le {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="536"/>
        <source>prévu le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="538"/>
        <source>À {0} mois — {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="161"/>
        <source>Changer la phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="164"/>
        <source>8 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="166"/>
        <source>Phrase &amp;actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="167"/>
        <source>&amp;Nouvelle phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="168"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="170"/>
        <source>La base et ses sauvegardes sont chiffrées à nouveau ; cela peut prendre un moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="83"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="84"/>
        <source>Nature de l&apos;appui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="85"/>
        <source>Type de parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="86"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="87"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="88"/>
        <source>Suivis (mois après la sortie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="50"/>
        <source>Modifications simultanées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="55"/>
        <source>Ce dossier a été enregistré ailleurs{0} pendant que vous le modifiiez. Les changements qui ne se recoupent pas sont repris des deux côtés ; pour les champs ci-dessous, choisissez la version à garder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="63"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="63"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="63"/>
        <source>Votre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="63"/>
        <source>L&apos;autre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="92"/>
        <source>Vos autres changements sont gardés : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="101"/>
        <source>Enregistrer ces choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="102"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../workbench/ui/errors.py" line="63"/>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/errors.py" line="67"/>
        <source>Une erreur inattendue s&apos;est produite. Les données déjà enregistrées sont intactes.
Copiez le rapport ci-dessous et transmettez-le à votre support informatique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/errors.py" line="75"/>
        <source>Copier le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/errors.py" line="83"/>
        <source>Journal : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="98"/>
        <source>ex. Transitions Pro Auvergne-Rhône-Alpes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="210"/>
        <source>Déposer ailleurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="212"/>
        <source>Copier le dossier sélectionné pour le déposer auprès d&apos;un autre décideur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="249"/>
        <source>Déposer ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="249"/>
        <source>Nouveau décideur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="258"/>
        <source>Décision défavorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="260"/>
        <source>« {0} » a été refusé par {1}. Ajouter une action de repli au plan d&apos;action (recours, autre financeur, autre parcours) ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="287"/>
        <source>Filtrer les dossiers par nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="291"/>
        <source>Dossiers à exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="292"/>
        <source>Tout &amp;cocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="293"/>
        <source>Tout &amp;décocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="295"/>
        <source>Documents à produire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="305"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="306"/>
        <source>&amp;Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="322"/>
        <source>Date des documents :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="323"/>
        <source>Dossier de destination :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="332"/>
        <source>&lt;b&gt;Exporter des documents pour plusieurs dossiers&lt;/b&gt; — cochez les dossiers et les documents, puis choisissez où les enregistrer. Chaque document est un fichier PDF nommé d&apos;après la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="382"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="382"/>
        <source>Cochez au moins un dossier et un type de document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="400"/>
        <source>Export des documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="413"/>
        <source>&amp;Paramètres de la structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="415"/>
        <source>&amp;Exporter des documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="440"/>
        <source>Dossier de destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="445"/>
        <source>{0} document(s) écrit(s) dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="76"/>
        <source>Types de document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="83"/>
        <source>&amp;Enregistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="85"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="87"/>
        <source>Imprimer le document (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="88"/>
        <source>&amp;Ouvrir dans la visionneuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="96"/>
        <source>&amp;Document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="102"/>
        <source>&amp;Date du document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="166"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="179"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="190"/>
        <source>Enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="196"/>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="198"/>
        <source>L&apos;impression directe n&apos;est pas disponible sur ce poste. Le document va s&apos;ouvrir dans votre lecteur de PDF : imprimez-le depuis celui-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="212"/>
        <source>Préparation de l&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="254"/>
        <source>{0} page(s) — {1} Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="258"/>
        <source>L&apos;aperçu n&apos;est pas disponible sur ce poste (ni le module PDF de Qt, ni pdftoppm). Le document est prêt : enregistrez-le ou ouvrez-le dans votre lecteur de PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="267"/>
        <source>Aperçu impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="276"/>
        <source>Document envoyé à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraExperienceDialog</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="201"/>
        <source>ex. Club de football de la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="221"/>
        <source>MM/AAAA (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="223"/>
        <source>MM/AAAA (vide : en cours ou sans date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="224"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="225"/>
        <source>Activités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="226"/>
        <source>&amp;Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="227"/>
        <source>&amp;Fin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FichePage</name>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="117"/>
        <source>Fiche précédente (Alt+Gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="120"/>
        <source>Fiche suivante (Alt+Droite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="56"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="60"/>
        <source>Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="60"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="60"/>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="60"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="67"/>
        <source>Signaler les dossiers en cours sans contact depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="81"/>
        <source>Saisie rapide d&apos;un entretien UO1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="85"/>
        <source>Transmettre les dossiers d&apos;un conseiller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="99"/>
        <location filename="../../workbench/ui/follow_up_area.py" line="108"/>
        <location filename="../../workbench/ui/follow_up_area.py" line="119"/>
        <source>Transmettre des dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="100"/>
        <source>Dossiers en cours du conseiller :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="108"/>
        <source>Conseiller qui reprend les dossiers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="120"/>
        <source>{0} dossier(s) transmis à {1}, avec leur historique et leurs actions en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="144"/>
        <source>{0} élément(s) à traiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="153"/>
        <source>Date du contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="154"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="155"/>
        <source>Effets rapportés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="156"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../workbench/ui/forms.py" line="114"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSection</name>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="222"/>
        <source>Scénario de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="224"/>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="225"/>
        <source>Comparer une autre formation pour la même personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="226"/>
        <source>Renommer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="227"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="236"/>
        <source>Date de la vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="239"/>
        <source>Formation visée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="248"/>
        <source>Toutes les informations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="249"/>
        <source>Situation, entreprise, risques, période de reconversion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="254"/>
        <source>Scénario (formation comparée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="258"/>
        <source>Vérifier au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="272"/>
        <source>Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="272"/>
        <source>Montant · échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="273"/>
        <source>Verdicts par dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="285"/>
        <location filename="../../workbench/ui/funding_section.py" line="297"/>
        <source>Plan de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="289"/>
        <source>Financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="289"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="289"/>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="322"/>
        <source>Retenir l&apos;exposition déduite du ROME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="324"/>
        <source>Déduit de la fiche ROME du métier visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="332"/>
        <source>&lt;b&gt;À demander&lt;/b&gt; — chaque réponse met les verdicts à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="416"/>
        <source>Nouveau scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="416"/>
        <source>Formation comparée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="431"/>
        <source>Renommer le scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="431"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="444"/>
        <source>Supprimer le scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="445"/>
        <source>Supprimer le scénario « {0} » et la formation qu&apos;il décrit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="480"/>
        <source>Formation visée (nouvelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="553"/>
        <location filename="../../workbench/ui/funding_section.py" line="569"/>
        <source>Conditions manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="553"/>
        <location filename="../../workbench/ui/funding_section.py" line="570"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="553"/>
        <location filename="../../workbench/ui/funding_section.py" line="573"/>
        <source>À demander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="579"/>
        <source>Conditions remplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="581"/>
        <source>Décisions attendues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="582"/>
        <source>Points de vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="584"/>
        <source>Montants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="592"/>
        <source>Échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="595"/>
        <source>Pièces à réunir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="596"/>
        <source>À savoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="612"/>
        <source>Aucun plan possible avec ce qui est connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="621"/>
        <source>sous réserve de la décision attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="629"/>
        <source>Indiquez le coût pédagogique pour calculer le reste à charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="636"/>
        <source>Coût total : {0} · financé : {1} · &lt;b&gt;reste à charge : {2}&lt;/b&gt;{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="646"/>
        <source>Reste à charge si la réponse est non : &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="674"/>
        <source>Rien à demander : chaque dispositif a un verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="158"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="159"/>
        <source>Enregistrer les modifications (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="163"/>
        <source>Effacer définitivement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="165"/>
        <source>Droit à l&apos;effacement : supprime la personne et tout ce qui la concerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="192"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="229"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="241"/>
        <source>Donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="270"/>
        <location filename="../../workbench/ui/case_editor.py" line="291"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="332"/>
        <source>Restaurer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="332"/>
        <source>Archiver le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="335"/>
        <source>Dossier archivé : il n&apos;apparaît plus dans la liste des dossiers en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="383"/>
        <source>Le dossier n&apos;est pas enregistré : {0} à corriger ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="384"/>
        <source>un champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="386"/>
        <source>{0} champs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="408"/>
        <source>Effacer définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="410"/>
        <source>Tout ce qui concerne {0} sera effacé, sans retour possible (les sauvegardes déjà faites expirent avec leur rotation).
Tapez le nom de famille pour confirmer :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="62"/>
        <source>Date d&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="63"/>
        <source>Raison du passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="192"/>
        <source>&lt;h2&gt;Atelier CEP est verrouillé&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="193"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="196"/>
        <source>Les dossiers sont masqués après une période d&apos;inactivité.&lt;br&gt;Saisissez votre phrase de passe (ou, sur le serveur, votre mot de passe) pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="205"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="231"/>
        <source>Phrase de passe incorrecte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="107"/>
        <source>Atelier CEP — serveur de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="111"/>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="112"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="119"/>
        <source>indiquez l&apos;identifiant et le mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="85"/>
        <source>Données : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="187"/>
        <source>&amp;Nouveau dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="190"/>
        <source>&amp;Fermer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="193"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="196"/>
        <source>&amp;Sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="199"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="202"/>
        <source>Changer la &amp;phrase de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="205"/>
        <source>&amp;Emporter des dossiers sur ce poste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="207"/>
        <source>&amp;Rapporter les dossiers emportés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="211"/>
        <source>Verrouillage &amp;automatique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="228"/>
        <source>À &amp;propos d&apos;Atelier CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="253"/>
        <source>Phrase de passe changée ; sauvegardes chiffrées à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="262"/>
        <source>Chiffrement de la base et des sauvegardes avec la nouvelle phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="276"/>
        <source>Référentiel ROME actif : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="278"/>
        <source>Aucun référentiel ROME importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="282"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="284"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Poste de travail hors ligne des conseillers en évolution professionnelle.&lt;/p&gt;&lt;p&gt;{2}&lt;br&gt;Source : France Travail – ROME 4.0, Licence Ouverte / Open Licence (Etalab).&lt;/p&gt;&lt;p&gt;Données : {3}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingSection</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="275"/>
        <source>Importez d&apos;abord le référentiel ROME (menu Référentiel) pour saisir les expériences et calculer les pistes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="288"/>
        <source>Préparation du référentiel des compétences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="291"/>
        <source>Préparation de l&apos;appariement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="298"/>
        <source>Ajouter pro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="299"/>
        <source>Ajouter une expérience professionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="300"/>
        <source>Ajouter extra-pro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="302"/>
        <source>Ajouter une expérience extra-professionnelle (bénévolat, vie personnelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="304"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="308"/>
        <source>Expériences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="322"/>
        <source>neutre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="323"/>
        <source>apprécié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="324"/>
        <source>exclu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="332"/>
        <source>Contextes de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="353"/>
        <source>Proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="354"/>
        <source>Métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="355"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="356"/>
        <source>Acquis / à acquérir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="357"/>
        <source>Avis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="365"/>
        <source>Ça m&apos;intéresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="366"/>
        <source>Pas pour moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="367"/>
        <source>Voir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="368"/>
        <source>Pistes suivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="369"/>
        <source>Pistes précédentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="370"/>
        <source>Enregistrer un instantané</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="384"/>
        <source>Métier visé par la personne : code ROME (ex. K1909), puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="410"/>
        <source>Tous secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="411"/>
        <source>Tous centres d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="412"/>
        <source>Tous domaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="413"/>
        <source>Tous métiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="459"/>
        <source>Instantané des pistes enregistré dans le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="477"/>
        <source>sans date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="479"/>
        <source>pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="479"/>
        <source>extra-pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="538"/>
        <source>intéresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="538"/>
        <source>écarté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="540"/>
        <source>déjà exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="542"/>
        <source>contexte exclu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="559"/>
        <source>Ajoutez une expérience pour obtenir des pistes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="599"/>
        <source>Avis sur la piste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="599"/>
        <source>Pourquoi ? (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="625"/>
        <source>Métier visé introuvable dans le ROME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="177"/>
        <source>Entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="189"/>
        <source>ex. permanence de la mairie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="197"/>
        <source>Notes de l&apos;entretien (enregistrées au fil de la frappe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="199"/>
        <source>Enregistrer l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="200"/>
        <source>Enregistrer l&apos;entretien (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="204"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="205"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="206"/>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="207"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="208"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="209"/>
        <source>Thèmes abordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="266"/>
        <source>Entretien non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="268"/>
        <source>Entretien enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="287"/>
        <source>Notes non enregistrées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="294"/>
        <source>Notes fusionnées avec celles saisies sur un autre poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="296"/>
        <source>Notes enregistrées à {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="137"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="147"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="148"/>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="149"/>
        <source>Date de &amp;naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="153"/>
        <source>Créer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="154"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="68"/>
        <source>Atelier CEP — phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="74"/>
        <source>Les dossiers vont être chiffrés sur ce poste. Choisissez une phrase de passe d&apos;au moins 8 caractères : elle sera demandée à chaque ouverture et ne peut pas être retrouvée si elle est oubliée (les sauvegardes sont chiffrées avec elle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="80"/>
        <source>Première ouverture : choisissez la phrase de passe qui chiffrera les dossiers (au moins 8 caractères). Elle ne peut pas être retrouvée si elle est oubliée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="84"/>
        <source>Les dossiers sont chiffrés. Saisissez la phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="89"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="92"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProExperienceDialog</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="103"/>
        <source>Métier exercé : tapez pour chercher (ex. clerc d avocat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="110"/>
        <source>Toujours en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="115"/>
        <source>&amp;Métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="117"/>
        <source>&amp;Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="118"/>
        <source>&amp;Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="120"/>
        <source>&amp;Employeur (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="121"/>
        <source>Compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="147"/>
        <source>Savoir-faire principaux (cœur de métier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="151"/>
        <source>Savoir-faire secondaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="154"/>
        <source>Savoir-être professionnels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="43"/>
        <source>ex. Assistante commerciale (D1401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="46"/>
        <source>— à évaluer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="51"/>
        <source>Enregistrer le projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="52"/>
        <source>Enregistrer le projet (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="56"/>
        <source>Métier(s) visé(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="57"/>
        <source>Stratégie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="58"/>
        <source>Faisabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="59"/>
        <source>Conditions, réserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="87"/>
        <source>Projet enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="162"/>
        <source>Nom de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="176"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="177"/>
        <source>&amp;Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="178"/>
        <source>&amp;Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="179"/>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="180"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="183"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionArea</name>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="34"/>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="36"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="36"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="36"/>
        <source>Dernier contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="39"/>
        <source>Effacer ces dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="42"/>
        <source>Durée de conservation après le dernier contact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="66"/>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="68"/>
        <source>Effacer définitivement {0} dossier(s) sans contact depuis plus de {1} mois ? Cette action est irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="84"/>
        <source>Effacement des dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="98"/>
        <source>{0} dossier(s) à effacer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomeArea</name>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="179"/>
        <source>Rechercher un métier : « greffière », « clerc d avocat », M1805…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="186"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="187"/>
        <source>Parcourir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="190"/>
        <source>Importer une version du ROME…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="217"/>
        <source>Importer une version du ROME (dossier)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="218"/>
        <source>Importer une version du ROME (zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="241"/>
        <source>Aucun référentiel ROME : importez la publication officielle de France Travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="246"/>
        <source>Le référentiel des métiers n&apos;est pas encore importé. Utilisez « Importer une version du ROME… » avec le dossier ou le zip publié par France Travail (RefRomeCsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="257"/>
        <source>Tapez un métier dans la recherche ou parcourez les domaines, secteurs et centres d&apos;intérêt à gauche pour ouvrir sa fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="264"/>
        <source>{0} — {1} fiches, {2} appellations. Source : France Travail, Licence Ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="276"/>
        <source>Dossier de la publication ROME (RefRomeCsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="280"/>
        <source>Archive de la publication ROME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="294"/>
        <source>Import du référentiel ROME…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="303"/>
        <source>ROME {0} importé et activé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="338"/>
        <source>Domaines professionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="342"/>
        <source>Secteurs d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="346"/>
        <source>Centres d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="349"/>
        <source>Métiers d&apos;avenir et repères</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="108"/>
        <source>Exporter en CSV anonymisé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="110"/>
        <source>Bénéficiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="110"/>
        <source>Entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="111"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="119"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="121"/>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="123"/>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="125"/>
        <source>Répartition par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="156"/>
        <source>Exporter les statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="171"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="187"/>
        <source>Indiquez une période : la date de début précède la date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="197"/>
        <source>Période du {0} au {1}. Une personne passée par deux niveaux compte dans chacun ; le total compte chaque personne une fois.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureSettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="36"/>
        <source>Paramètres de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="48"/>
        <source>image PNG ou JPEG (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="49"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="58"/>
        <source>ex. Conseillère en évolution professionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="61"/>
        <source>ex. Service gratuit et confidentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="63"/>
        <source>qui répond aux demandes RGPD (adresse, courriel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="66"/>
        <source> an(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="72"/>
        <source>&amp;Nom de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="73"/>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="74"/>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="75"/>
        <source>&amp;Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="76"/>
        <source>Site &amp;web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="77"/>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="78"/>
        <source>&amp;Fonction sous la signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="79"/>
        <source>&amp;Pied de page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="80"/>
        <source>Contact &amp;données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="81"/>
        <source>&amp;Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="104"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="105"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="110"/>
        <source>Ces informations figurent en tête et en pied de chaque document remis aux bénéficiaires. Laissées vides, elles sont imprimées comme des zones à compléter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="170"/>
        <source>Choisir le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="170"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../workbench/ui/tasks.py" line="115"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first</name>
    <message>
        <location filename="../../workbench/ui/app.py" line="70"/>
        <source>Ouverture de la base des dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="39"/>
        <source>Sauvegarde automatique impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="57"/>
        <source>Entrer en {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="274"/>
        <source>Verrouillage automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="275"/>
        <source>Verrouiller après combien de minutes sans activité ? (0 : jamais)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
