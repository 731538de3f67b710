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
        <location filename="../../workbench/ui/cep_section.py" line="135"/>
        <source>Dépend d&apos;une décision (financeur, jury, employeur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="139"/>
        <source>— aucun entretien en particulier —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="144"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="145"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="146"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="147"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="149"/>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="151"/>
        <source>Décidée lors de l&apos;entretien du</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllAttributesDialog</name>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="171"/>
        <source>Toutes les informations du financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="208"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="211"/>
        <source>Chaque réponse est enregistrée dès qu&apos;elle est saisie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="49"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="54"/>
        <source>Dossier : {0}
Les dix sauvegardes automatiques les plus récentes sont gardées ; les copies étiquetées (avant-restauration, avant-migration, endommagée) expirent avec elles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="59"/>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="60"/>
        <source>Restaurer la sauvegarde choisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="61"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="93"/>
        <source>Sauvegarde faite : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="103"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="105"/>
        <source>Remplacer la base des dossiers par la sauvegarde du {0:%d/%m/%Y %H:%M} ? Les dossiers ouverts seront fermés ; la base actuelle est gardée comme sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="115"/>
        <source>Restauration refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="118"/>
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
        <location filename="../../workbench/ui/case_list.py" line="211"/>
        <source>Rechercher un nom ou un n° de dossier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="214"/>
        <source>En cours et clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="217"/>
        <source>Archivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="218"/>
        <source>Tous, archivés compris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="221"/>
        <source>Tous les niveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="230"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="231"/>
        <source>Créer un dossier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="315"/>
        <source>Tous les conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="334"/>
        <source>{0} dossier(s) affiché(s) sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="338"/>
        <source>Aucun dossier pour l&apos;instant. Créez le premier avec « Nouveau dossier » (Ctrl+N) : le nom suffit, le reste se complète dans le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="345"/>
        <source>Aucun dossier ne correspond. Vérifiez l&apos;orthographe (les accents ne comptent pas), cherchez par n° de dossier, ou élargissez les filtres (statut, conseiller, niveau).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="124"/>
        <source>Archivé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="101"/>
        <source>Cette partie du dossier n&apos;a pas pu s&apos;ouvrir (voir le journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="127"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="128"/>
        <source>Le dossier {0} a des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="174"/>
        <source>dossier n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="178"/>
        <source>archivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="182"/>
        <source>&lt;span style=&apos;color:#8b1e1e&apos;&gt;emporté hors ligne ({0})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="245"/>
        <source>Ce dossier a été modifié par un collègue : vos saisies sont gardées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="247"/>
        <source> ; à l&apos;enregistrement, les deux versions vous seront montrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="249"/>
        <source> ; enregistrez-les pour voir ensuite la version du collègue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_view.py" line="264"/>
        <source>Ce dossier n&apos;est plus accessible depuis ce poste (réattribué ou effacé par un collègue) : vos saisies restent à l&apos;écran, copiez-les avant de fermer le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CepSection</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="530"/>
        <source>Clore l&apos;accompagnement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="531"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="533"/>
        <source>Étapes du niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="538"/>
        <source>Nouvel entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="544"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="544"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="544"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="544"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="544"/>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="551"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="552"/>
        <source>Supprimer l&apos;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="554"/>
        <source>Une action saisie par erreur (la suppression est journalisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="556"/>
        <source>Supprimer l&apos;entretien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="558"/>
        <source>Un entretien saisi par erreur (la suppression est journalisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="569"/>
        <source>Entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="577"/>
        <source>Suivis après la sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="608"/>
        <source>Plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="612"/>
        <source>Projet formalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="613"/>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="614"/>
        <source>Orientations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="666"/>
        <source>Parcours non commencé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="668"/>
        <source>clos le {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="679"/>
        <source>Entrer en {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="679"/>
        <source>Dernier niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="744"/>
        <source>Supprimer l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="745"/>
        <source>Supprimer l&apos;entretien du {0} et ses notes ? La suppression est journalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="770"/>
        <source>Supprimer l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="771"/>
        <source>Supprimer l&apos;action « {0} » ? La suppression est journalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="785"/>
        <source>Étapes de l&apos;{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="847"/>
        <source>fait le {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="852"/>
        <source>prévu le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="854"/>
        <source>À {0} mois — {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="152"/>
        <source>Changer la phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="155"/>
        <source>8 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="157"/>
        <source>Phrase &amp;actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="158"/>
        <source>&amp;Nouvelle phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="159"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="161"/>
        <source>La base et ses sauvegardes sont chiffrées à nouveau ; cela peut prendre un moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="95"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="96"/>
        <source>Nature de l&apos;appui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="97"/>
        <source>Type de parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="98"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="99"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="100"/>
        <source>Suivis (mois après la sortie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../workbench/ui/funding_compare.py" line="101"/>
        <source>Comparaison des parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_compare.py" line="122"/>
        <source>Ordre habituel : garder son contrat (PTP, période de reconversion, CPF) avant de le quitter (démission-reconversion, rupture conventionnelle). Indicatif : chaque financeur décide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_compare.py" line="128"/>
        <source>Imprimer la comparaison (PDF)…</source>
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
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="486"/>
        <source>Le serveur ne signale pas encore les modifications faites par les collègues : rouvrez un dossier pour le voir à jour, et demandez à l&apos;administrateur de relancer « workbench team init ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="498"/>
        <source>Serveur de la structure injoignable : nouvel essai toutes les 5 secondes ; ce qui est saisi reste à l&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="509"/>
        <source>Connexion au serveur rétablie.</source>
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
        <location filename="../../workbench/ui/cep_records.py" line="260"/>
        <source>ex. Transitions Pro Auvergne-Rhône-Alpes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="372"/>
        <source>Déposer ailleurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="374"/>
        <source>Copier le dossier sélectionné pour le déposer auprès d&apos;un autre décideur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="409"/>
        <source>Déposer ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="409"/>
        <source>Nouveau décideur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="419"/>
        <source>Décision défavorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="421"/>
        <source>« {0} » a été refusé par {1}. Ajouter une action de repli au plan d&apos;action (recours, autre financeur, autre parcours) ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="499"/>
        <source>Filtrer les dossiers par nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="503"/>
        <source>Dossiers à exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="504"/>
        <source>Tout &amp;cocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="505"/>
        <source>Tout &amp;décocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="507"/>
        <source>Documents à produire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="517"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="518"/>
        <source>&amp;Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="534"/>
        <source>Date des documents :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="535"/>
        <source>Dossier de destination :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="544"/>
        <source>&lt;b&gt;Exporter des documents pour plusieurs dossiers&lt;/b&gt; — cochez les dossiers et les documents, puis choisissez où les enregistrer. Chaque document est un fichier PDF nommé d&apos;après la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="594"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="594"/>
        <source>Cochez au moins un dossier et un type de document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="612"/>
        <source>Export des documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="625"/>
        <source>&amp;Paramètres de la structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="627"/>
        <source>&amp;Exporter des documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="652"/>
        <source>Dossier de destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="657"/>
        <source>{0} document(s) écrit(s) dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="94"/>
        <source>Types de document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="101"/>
        <source>&amp;Enregistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="103"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="105"/>
        <source>Imprimer le document (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="106"/>
        <source>&amp;Ouvrir dans la visionneuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="107"/>
        <source>&amp;Relire et reformuler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="109"/>
        <source>Reformuler les textes du document avant de l&apos;imprimer (le dossier n&apos;est pas modifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="111"/>
        <source>Re&amp;mettre le document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="113"/>
        <source>Garder dans le dossier le document tel qu&apos;il est remis (date, document, empreinte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="116"/>
        <source>Entretien du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="122"/>
        <source>Documents remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="124"/>
        <source>Entrée ou double-clic : ouvrir le document tel qu&apos;il a été remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="134"/>
        <source>&amp;Document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="141"/>
        <source>&amp;Date du document :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="145"/>
        <source>En&amp;tretien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="156"/>
        <source>Documents remis :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="238"/>
        <source>Relire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="238"/>
        <source>Ce document n&apos;a pas de texte libre à reformuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="250"/>
        <source>Remettre le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="251"/>
        <source>Remis à (la personne, ou l&apos;organisme destinataire) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="252"/>
        <source>la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="266"/>
        <source>Remis et gardé dans le dossier (empreinte SHA-256 {0}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="277"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="301"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="312"/>
        <source>Enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="318"/>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="320"/>
        <source>L&apos;impression directe n&apos;est pas disponible sur ce poste. Le document va s&apos;ouvrir dans votre lecteur de PDF : imprimez-le depuis celui-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="334"/>
        <source>Préparation de l&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="390"/>
        <source> (reformulé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="391"/>
        <source>Empreinte SHA-256 : {0} — {1} octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="411"/>
        <source>Attention — {0} : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="417"/>
        <source>{0} page(s) — {1} Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="421"/>
        <source>L&apos;aperçu n&apos;est pas disponible sur ce poste (ni le module PDF de Qt, ni pdftoppm). Le document est prêt : enregistrez-le ou ouvrez-le dans votre lecteur de PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="430"/>
        <source>Aperçu impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="439"/>
        <source>Document envoyé à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraExperienceDialog</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="304"/>
        <source>ex. Club de football de la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="324"/>
        <source>MM/AAAA (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="326"/>
        <source>MM/AAAA (vide : en cours ou sans date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="327"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="328"/>
        <source>Activités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="329"/>
        <source>&amp;Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="330"/>
        <source>&amp;Fin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeasibilityPointDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="60"/>
        <source>ex. Marché du travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="62"/>
        <source>Ce que vous avez constaté ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="65"/>
        <source>— à évaluer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="70"/>
        <source>Votre réserve sur ce point, s&apos;il y en a une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="71"/>
        <source>Point examiné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="72"/>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="73"/>
        <source>Appréciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="74"/>
        <source>Réserve du conseiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FichePage</name>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="159"/>
        <source>Fiche précédente (Alt+Gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="162"/>
        <source>Fiche suivante (Alt+Droite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="58"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="62"/>
        <source>Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="62"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="62"/>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="62"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="74"/>
        <source>Signaler les dossiers en cours sans contact depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="87"/>
        <source>&amp;Relances et actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="88"/>
        <source>&amp;Échéances de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="98"/>
        <source>Saisie rapide d&apos;un entretien UO1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="102"/>
        <source>Transmettre les dossiers d&apos;un conseiller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="116"/>
        <source>Réservé au responsable de la structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="122"/>
        <location filename="../../workbench/ui/follow_up_area.py" line="128"/>
        <location filename="../../workbench/ui/follow_up_area.py" line="144"/>
        <source>Transmettre des dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="122"/>
        <source>Dossiers en cours du conseiller :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="129"/>
        <source>Conseiller qui reprend les dossiers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="145"/>
        <source>{0} dossier(s) transmis à {1}, avec leur historique et leurs actions en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="169"/>
        <source>{0} élément(s) à traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="172"/>
        <source>Rien à relancer aujourd&apos;hui. Apparaîtront ici : les actions des plans d&apos;action dont l&apos;échéance est passée, les suivis à 1, 6 et 18 mois après la fin d&apos;un accompagnement quand ils arrivent, et les dossiers en cours sans entretien depuis {0} jours. Les échéances de financement sont dans l&apos;onglet voisin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="223"/>
        <source>Date du contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="224"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="225"/>
        <source>Effets rapportés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="226"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../workbench/ui/forms.py" line="147"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingCalendar</name>
    <message>
        <location filename="../../workbench/ui/funding_calendar.py" line="37"/>
        <source>Échéances de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_calendar.py" line="55"/>
        <source>Calcul des échéances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_calendar.py" line="82"/>
        <source>{0} échéance(s) de financement, dont {1} dans les 30 jours. Les dates des commissions de Transitions Pro se saisissent dans Outils &gt; Paramètres de la structure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSection</name>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="277"/>
        <source>Scénario de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="280"/>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="281"/>
        <source>Comparer une autre formation pour la même personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="282"/>
        <source>Renommer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="283"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="290"/>
        <source>Retenu pour les documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="292"/>
        <source>La synthèse, le récapitulatif de financement et la convention impriment ce scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="297"/>
        <source>Date de la vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="300"/>
        <source>Formation visée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="310"/>
        <source>Toutes les informations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="311"/>
        <source>Situation, entreprise, risques, période de reconversion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="316"/>
        <source>Scénario (formation comparée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="321"/>
        <source>Vérifier au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="335"/>
        <source>Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="335"/>
        <source>Montant · échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="336"/>
        <source>Verdicts par dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="352"/>
        <location filename="../../workbench/ui/funding_section.py" line="364"/>
        <source>Plan de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="356"/>
        <source>Financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="356"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="356"/>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="382"/>
        <source>&amp;Dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="383"/>
        <source>Comparer les &amp;parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="400"/>
        <source>Retenir l&apos;exposition déduite du ROME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="402"/>
        <source>Déduit de la fiche ROME du métier visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="410"/>
        <source>&lt;b&gt;À demander&lt;/b&gt; — chaque réponse met les verdicts à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="481"/>
        <source>{0} {1} (d&apos;après les dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="491"/>
        <source>Imprimer la comparaison des parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="493"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="546"/>
        <source>Nouveau scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="547"/>
        <source>Formation comparée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="565"/>
        <source>Renommer le scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="566"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="597"/>
        <source>Supprimer le scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="598"/>
        <source>Supprimer le scénario « {0} » et la formation qu&apos;il décrit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="633"/>
        <source>Formation visée (nouvelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="719"/>
        <location filename="../../workbench/ui/funding_section.py" line="735"/>
        <source>Conditions manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="719"/>
        <location filename="../../workbench/ui/funding_section.py" line="736"/>
        <source>À vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="719"/>
        <location filename="../../workbench/ui/funding_section.py" line="739"/>
        <source>À demander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="745"/>
        <source>Conditions remplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="747"/>
        <source>Décisions attendues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="748"/>
        <source>Points de vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="750"/>
        <source>Montants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="758"/>
        <source>Échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="761"/>
        <source>Pièces à réunir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="762"/>
        <source>À savoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="774"/>
        <source> (imprimé dans les documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="790"/>
        <source>Aucun plan possible avec ce qui est connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="799"/>
        <source>sous réserve de la décision attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="807"/>
        <source>Indiquez le coût pédagogique pour calculer le reste à charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="814"/>
        <source>Coût total : {0} · financé : {1} · &lt;b&gt;reste à charge : {2}&lt;/b&gt;{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="824"/>
        <source>Reste à charge si la réponse est non : &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/funding_section.py" line="852"/>
        <source>Rien à demander : chaque dispositif a un verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../workbench/ui/help.py" line="37"/>
        <source>Aide — Atelier CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="41"/>
        <source>Chercher un sigle ou un mot (ex. PTP, reconversion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="44"/>
        <source>Enregistrer en PDF pour la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="55"/>
        <source>Guide de l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="56"/>
        <source>Glossaire des sigles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="75"/>
        <source>Partout : F1 ouvre ce guide, Maj+F1 le glossaire des sigles ; Ctrl+Entrée valide un formulaire, Échap le ferme ; Tab passe au champ suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="95"/>
        <source>Glossaire en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="95"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="108"/>
        <source>Enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help.py" line="114"/>
        <source>Aucun sigle ne correspond ; essayez un autre mot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="159"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="160"/>
        <source>Enregistrer les modifications (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="164"/>
        <source>Effacer définitivement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="166"/>
        <source>Droit à l&apos;effacement : supprime la personne et tout ce qui la concerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="193"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="233"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="246"/>
        <source>Seul le responsable de la structure attribue un dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="249"/>
        <source>Donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="278"/>
        <location filename="../../workbench/ui/case_editor.py" line="299"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="340"/>
        <source>Restaurer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="340"/>
        <source>Archiver le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="343"/>
        <source>Dossier archivé : il n&apos;apparaît plus dans la liste des dossiers en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="388"/>
        <source>Le dossier n&apos;est pas enregistré : {0} à corriger ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="389"/>
        <source>un champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="391"/>
        <source>{0} champs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="416"/>
        <source>le nom tapé n&apos;est pas « {0} » : rien n&apos;est effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="422"/>
        <source>Effacer définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="424"/>
        <source>Tout ce qui concerne {0} sera effacé, sans retour possible (les sauvegardes qui la contiennent encore vous seront ensuite indiquées).
Tapez le nom de famille pour confirmer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_editor.py" line="435"/>
        <source>Dossier effacé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="178"/>
        <source>ex. Projet de transition professionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="180"/>
        <location filename="../../workbench/ui/cep_section.py" line="185"/>
        <source>Ce qu&apos;il faut retenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="183"/>
        <source>ex. transitionspro.fr, la permanence de la mairie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="184"/>
        <source>Sujet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="186"/>
        <source>Pour en savoir plus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../workbench/ui/item_list.py" line="108"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/item_list.py" line="109"/>
        <source>Modifier la ligne choisie (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/item_list.py" line="111"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/item_list.py" line="112"/>
        <source>Retirer la ligne choisie (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="74"/>
        <source>Date d&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="75"/>
        <source>Raison du passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="183"/>
        <source>&lt;h2&gt;Atelier CEP est verrouillé&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="184"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="187"/>
        <source>Les dossiers sont masqués après une période d&apos;inactivité.&lt;br&gt;Saisissez votre phrase de passe (ou, sur le serveur, votre mot de passe) pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="196"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="222"/>
        <source>Phrase de passe incorrecte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="99"/>
        <source>Atelier CEP — serveur de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="103"/>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="104"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="111"/>
        <source>indiquez l&apos;identifiant et le mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="94"/>
        <source>Données : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="158"/>
        <source>Référentiel ROME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="242"/>
        <source>&amp;Nouveau dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="245"/>
        <source>&amp;Fermer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="248"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="251"/>
        <source>&amp;Sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="254"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="257"/>
        <source>Changer la &amp;phrase de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="260"/>
        <source>&amp;Emporter des dossiers sur ce poste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="262"/>
        <source>&amp;Rapporter les dossiers emportés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="266"/>
        <source>Verrouillage &amp;automatique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="283"/>
        <source>&amp;Guide de l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="286"/>
        <source>G&amp;lossaire des sigles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="291"/>
        <source>&amp;Imprimer le glossaire pour la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="293"/>
        <source>À &amp;propos d&apos;Atelier CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="336"/>
        <source>Phrase de passe changée ; sauvegardes chiffrées à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="345"/>
        <source>Chiffrement de la base et des sauvegardes avec la nouvelle phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="370"/>
        <source>Référentiel ROME actif : {0}&lt;br&gt;{1}, Licence Ouverte / Open Licence (Etalab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="380"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Poste de travail hors ligne des conseillers en évolution professionnelle.&lt;/p&gt;&lt;p&gt;{2}&lt;/p&gt;&lt;p&gt;Fournie avec l&apos;application : la publication officielle de France Travail, sans modification. {3}, Licence Ouverte / Open Licence (Etalab).&lt;/p&gt;&lt;p&gt;Données : {4}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="398"/>
        <source>Le dossier n° {0} n&apos;est plus accessible depuis ce poste (réattribué ou effacé par un collègue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="374"/>
        <source>Aucun référentiel ROME importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="378"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingSection</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="389"/>
        <source>Importez d&apos;abord le référentiel ROME (menu Référentiel) pour saisir les expériences et calculer les pistes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="402"/>
        <source>Préparation du référentiel des compétences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="405"/>
        <source>Préparation de l&apos;appariement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="412"/>
        <source>Ajouter pro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="413"/>
        <source>Ajouter une expérience professionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="414"/>
        <source>Ajouter extra-pro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="416"/>
        <source>Ajouter une expérience extra-professionnelle (bénévolat, vie personnelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="418"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="419"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="429"/>
        <source>Expériences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="443"/>
        <source>neutre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="444"/>
        <source>apprécié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="445"/>
        <source>exclu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="460"/>
        <source>Contextes de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="473"/>
        <source>Niveau de diplôme pour exercer le métier, lu dans la rubrique « Accès » de la fiche : garde les métiers accessibles avec ce niveau ou moins (et ceux où il n&apos;est pas précisé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="482"/>
        <source>Afficher les métiers déjà exercés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="497"/>
        <source>Proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="498"/>
        <source>Métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="499"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="500"/>
        <source>Acquis / à acquérir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="501"/>
        <source>Avis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="515"/>
        <source>Ça m&apos;intéresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="516"/>
        <source>Pas pour moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="517"/>
        <source>Voir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="518"/>
        <source>Pistes suivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="519"/>
        <source>Pistes précédentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="520"/>
        <source>Enregistrer un instantané</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="534"/>
        <source>Métier visé par la personne : code ROME (ex. K1909), puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="544"/>
        <source>Détail du métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="545"/>
        <source>Compétences à acquérir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="555"/>
        <source>Métier visé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="575"/>
        <source>Tous secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="576"/>
        <source>Tous centres d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="577"/>
        <source>Tous domaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="578"/>
        <source>Tous métiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="581"/>
        <source>Tous niveaux de diplôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="582"/>
        <source>Accessible avec : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="643"/>
        <source>Instantané des pistes enregistré dans le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="668"/>
        <source>Double-clic ou Entrée : modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="692"/>
        <source>sans date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/matching_section.py" line="702"/>
        <source>extra-professionnelle : %n compétence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="704"/>
        <source>%1 savoir-faire principaux, %2 secondaires, %3 savoir-être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="718"/>
        <source>modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="718"/>
        <source>enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="720"/>
        <source>Expérience « %1 » %2 : %3. Les pistes sont recalculées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="733"/>
        <source>Retirer l&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="734"/>
        <source>Retirer « %s » du dossier ? Les pistes seront recalculées sans elle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="742"/>
        <source>Expérience « %s » retirée ; les pistes sont recalculées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="752"/>
        <source>Contextes enregistrés : %1 apprécié(s), %2 exclu(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="809"/>
        <source>Similarité %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="821"/>
        <source>Classes, les mêmes pour tous : Le plus proche ≥ %1 · Proche ≥ %2 de similarité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="827"/>
        <source>Seuils calibrés sur les paires de métiers d&apos;un même domaine professionnel : « Le plus proche » aussi proche que les 10 % de ces paires les plus proches, « Proche » que la moitié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="835"/>
        <source>Aucune expérience saisie. Ajoutez un métier exercé (« Ajouter pro… ») ou une activité bénévole ou personnelle (« Ajouter extra-pro… ») : les pistes apparaîtront ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="845"/>
        <source>Aucune piste avec ces filtres : élargissez-les (secteur, domaine, diplôme…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="938"/>
        <source>Ajoutez une expérience : les compétences à acquérir apparaîtront ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="1000"/>
        <source>Métier visé enregistré : %1 (%2). Ce qu&apos;il demande encore est dans « À apprendre ensuite ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="794"/>
        <source>intéresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="794"/>
        <source>écarté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="796"/>
        <source>déjà exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="798"/>
        <source>contexte exclu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="955"/>
        <source>Avis sur la piste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="955"/>
        <source>Pourquoi ? (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="962"/>
        <source>noté « Ça m&apos;intéresse »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="964"/>
        <source>noté « Pas pour moi » : les métiers qui lui ressemblent descendent aussi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="966"/>
        <source>avis retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="991"/>
        <source>Métier visé introuvable dans le ROME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="258"/>
        <source>Entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="274"/>
        <source>ex. permanence de la mairie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="320"/>
        <source>Enregistrer l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="321"/>
        <source>Enregistrer l&apos;entretien (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="282"/>
        <source>La demande ou l&apos;objectif de la personne, dans ses mots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="284"/>
        <source>Ce dont vous avez parlé (imprimé dans le compte rendu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="286"/>
        <source>Décisions prises ensemble, une par ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="296"/>
        <source>lieu, ou « par téléphone »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="299"/>
        <source>Notes privées (jamais imprimées ; enregistrées au fil de la frappe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="331"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="333"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="337"/>
        <source>Demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="338"/>
        <source>Ce dont nous avons parlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="339"/>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="344"/>
        <source>Prochain rendez-vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="346"/>
        <source>Notes privées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="347"/>
        <source>Compte rendu (imprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="348"/>
        <source>Informations données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="349"/>
        <source>Prochaines étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="350"/>
        <source>Thèmes abordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="443"/>
        <source>Entretien non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="446"/>
        <source>Entretien enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="462"/>
        <source>Prochaine étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="473"/>
        <source>Modifications non enregistrées (Ctrl+Entrée pour enregistrer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="496"/>
        <source>Notes non enregistrées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="503"/>
        <source>Notes fusionnées avec celles saisies sur un autre poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="505"/>
        <source>Notes enregistrées à {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="150"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="160"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="161"/>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="162"/>
        <source>Date de &amp;naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="166"/>
        <source>Créer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/case_list.py" line="167"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/lock.py" line="60"/>
        <source>Atelier CEP — phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="66"/>
        <source>Les dossiers vont être chiffrés sur ce poste. Choisissez une phrase de passe d&apos;au moins 8 caractères : elle sera demandée à chaque ouverture et ne peut pas être retrouvée si elle est oubliée (les sauvegardes sont chiffrées avec elle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="72"/>
        <source>Première ouverture : choisissez la phrase de passe qui chiffrera les dossiers (au moins 8 caractères). Elle ne peut pas être retrouvée si elle est oubliée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="76"/>
        <source>Les dossiers sont chiffrés. Saisissez la phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="81"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="84"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProExperienceDialog</name>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="163"/>
        <source>Métier exercé : tapez pour chercher (ex. clerc d avocat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="170"/>
        <source>Toujours en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="175"/>
        <source>&amp;Métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="177"/>
        <source>&amp;Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="178"/>
        <source>&amp;Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="180"/>
        <source>&amp;Employeur (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="181"/>
        <source>Compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="244"/>
        <source>Savoir-faire principaux (cœur de métier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="248"/>
        <source>Savoir-faire secondaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/matching_section.py" line="251"/>
        <source>Savoir-être professionnels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="104"/>
        <source>ex. Assistante commerciale (D1401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="107"/>
        <source>— à évaluer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="112"/>
        <source>Vos réserves d&apos;ensemble, imprimées comme telles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="134"/>
        <source>Accord exprès de la personne pour la santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="138"/>
        <source>Enregistrer le projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="139"/>
        <source>Enregistrer le projet (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="143"/>
        <source>Métier(s) visé(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="144"/>
        <source>Le projet (ses mots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="145"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="146"/>
        <source>Stratégie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="147"/>
        <source>Position de l&apos;employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="148"/>
        <source>Famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="149"/>
        <source>Mobilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="153"/>
        <source>Santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="154"/>
        <source>Faisabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="155"/>
        <source>Points de faisabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="156"/>
        <source>Réserves d&apos;ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="157"/>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="190"/>
        <source>Modifications non enregistrées (Ctrl+Entrée pour enregistrer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="248"/>
        <source>Projet enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="197"/>
        <source>Nom de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="210"/>
        <source>La demande de la personne, dans ses mots (imprimée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="217"/>
        <source>lieu, ou « par téléphone »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="223"/>
        <source>Notes privées (jamais imprimées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="225"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="226"/>
        <source>&amp;Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="227"/>
        <source>&amp;Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="228"/>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="229"/>
        <source>D&amp;emande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="230"/>
        <source>Informations données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="231"/>
        <source>Prochain &amp;rendez-vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/follow_up_area.py" line="232"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../workbench/ui/cep_records.py" line="345"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionArea</name>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="44"/>
        <source> an(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="45"/>
        <source>Paramètre de la structure, imprimé sur la notice RGPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="48"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="48"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="48"/>
        <source>Dernier contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="51"/>
        <source>Effacer ces dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="54"/>
        <source>Durée de conservation après le dernier contact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="82"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="95"/>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="97"/>
        <source>Effacer définitivement {0} dossier(s) sans contact depuis plus de {1} mois ? Cette action est irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="116"/>
        <source>Effacement des dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/retention_area.py" line="152"/>
        <source>{0} dossier(s) à effacer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="449"/>
        <source>Relire et reformuler le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="461"/>
        <source>Les textes reformulés valent pour ce document seulement : le dossier garde ce qui a été saisi. Un document remis après reformulation est signalé comme tel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomeArea</name>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="221"/>
        <source>Rechercher un métier : « greffière », « clerc d avocat », M1805…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="228"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="229"/>
        <source>Parcourir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="232"/>
        <source>Importer une version du ROME…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="260"/>
        <source>Importer une version du ROME (dossier)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="261"/>
        <source>Importer une version du ROME (zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="268"/>
        <source>Revenir à la version fournie avec l&apos;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="287"/>
        <source>Aucun référentiel ROME : importez la publication officielle de France Travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="292"/>
        <source>Le référentiel des métiers n&apos;est pas encore importé. « Référentiel &gt; Revenir à la version fournie avec l&apos;application » importe la publication officielle fournie ; « Importer une version du ROME… » importe le dossier ou le zip publié par France Travail (RefRomeCsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="312"/>
        <source>{0} — {1} fiches, {2} appellations. {3}, Licence Ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="304"/>
        <source>Tapez un métier dans la recherche ou parcourez les domaines, secteurs et centres d&apos;intérêt à gauche pour ouvrir sa fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="325"/>
        <source>Dossier de la publication ROME (RefRomeCsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="329"/>
        <source>Archive de la publication ROME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="345"/>
        <source>Import du référentiel ROME…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="395"/>
        <source>Domaines professionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="399"/>
        <source>Secteurs d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="403"/>
        <source>Centres d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/rome_browser.py" line="406"/>
        <source>Métiers d&apos;avenir et repères</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="109"/>
        <source>Exporter en CSV anonymisé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="112"/>
        <source>Effectifs agrégés seulement ; ceux de 1 à {0} sont remplacés par « {1} » pour que personne ne soit reconnaissable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="117"/>
        <source>Bénéficiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="117"/>
        <source>Entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="118"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="132"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="134"/>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="136"/>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="138"/>
        <source>Répartition par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="169"/>
        <source>Exporter les statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="184"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="200"/>
        <source>Indiquez une période : la date de début précède la date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/statistics_area.py" line="210"/>
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
        <source>une date par ligne, ex. 14/09/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="75"/>
        <source>Dates des commissions de Transitions Pro de votre région : « À relancer » montre la prochaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="81"/>
        <source>&amp;Nom de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="82"/>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="83"/>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="84"/>
        <source>&amp;Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="85"/>
        <source>Site &amp;web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="86"/>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="87"/>
        <source>&amp;Fonction sous la signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="88"/>
        <source>&amp;Pied de page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="89"/>
        <source>Contact &amp;données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="90"/>
        <source>&amp;Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="91"/>
        <source>Commissions Transitions &amp;Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="114"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="115"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="120"/>
        <source>Ces informations figurent en tête et en pied de chaque document remis aux bénéficiaires. Laissées vides, elles sont imprimées comme des zones à compléter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="181"/>
        <source>Choisir le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/structure_settings.py" line="181"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../workbench/ui/tasks.py" line="135"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first</name>
    <message>
        <location filename="../../workbench/ui/app.py" line="87"/>
        <source>Ouverture de la base des dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="40"/>
        <source>Sauvegarde automatique impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="134"/>
        <source>Effacer aussi des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="137"/>
        <source>
Effacer aussi la personne de ces sauvegardes ? Sinon elles la gardent jusqu&apos;à leur rotation (10 sauvegardes automatiques plus récentes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="145"/>
        <source>La personne est effacée aussi de {0} sauvegarde(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="150"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="154"/>
        <source>Effacement dans les sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups_dialog.py" line="160"/>
        <source>Recherche de la personne dans les sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cep_section.py" line="69"/>
        <source>Entrer en {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="270"/>
        <source>Verrouillage automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lock.py" line="271"/>
        <source>Verrouiller après combien de minutes sans activité ? (0 : jamais)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
