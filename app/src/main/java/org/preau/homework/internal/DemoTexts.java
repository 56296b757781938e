package org.preau.homework.internal;

import java.util.List;
import java.util.Map;

/**
 * What the demo collège's teachers write in the cahier de textes, per subject: lesson contents in the order of
 * a progression, and travail à faire as French teachers word it.
 */
final class DemoTexts {

    /** A piece of travail à faire: text, estimated minutes, and whether copies are handed in. */
    record Work(String text, int minutes, boolean handIn) {
    }

    record Subject(List<String> contents, List<Work> work, double homeworkRate) {
    }

    private static final Subject GENERIC = new Subject(
            List.of("Reprise de la séance précédente et correction des exercices", "Travail en groupes",
                    "Évaluation de fin de séquence"),
            List.of(new Work("Relire la leçon du jour", 10, false)), 0.3);

    static final Map<String, Subject> SUBJECTS = Map.ofEntries(
            Map.entry("FRANCAIS", new Subject(List.of(
                    "Lecture analytique du chapitre 3 : le portrait du personnage principal",
                    "Grammaire : les propositions subordonnées relatives",
                    "Étude de la langue : l'accord du participe passé avec avoir",
                    "Lecture cursive : présentation des romans du réseau",
                    "Expression écrite : préparation de la rédaction (brouillon guidé)",
                    "Poésie : étude du sonnet, versification et figures de style",
                    "Orthographe : dictée préparée et correction collective"), List.of(
                    new Work("Lire les chapitres 4 et 5 du roman", 40, false),
                    new Work("Apprendre la leçon sur les propositions relatives", 20, false),
                    new Work("Exercices 3, 4 et 6 p. 212 (accord du participe passé)", 25, false),
                    new Work("Rédaction : raconter un souvenir d'enfance en une page, en employant l'imparfait et "
                            + "le passé simple", 60, true),
                    new Work("Apprendre les huit premiers vers du poème pour la récitation", 30, false),
                    new Work("Préparer la dictée : revoir la liste de mots p. 98", 15, false)), 0.75)),
            Map.entry("MATHS", new Subject(List.of(
                    "Fractions : addition et soustraction de fractions de dénominateurs différents",
                    "Géométrie : le théorème de Pythagore, démonstration et premiers exemples",
                    "Calcul littéral : développer et factoriser",
                    "Proportionnalité : tableaux, produit en croix, pourcentages",
                    "Statistiques : moyenne, médiane et étendue d'une série",
                    "Équations du premier degré : méthode de résolution",
                    "Correction du devoir surveillé et remédiation"), List.of(
                    new Work("Exercices 12 à 15 p. 84", 25, false),
                    new Work("Apprendre la propriété de Pythagore et sa réciproque", 15, false),
                    new Work("Devoir maison n° 3 : problèmes de proportionnalité (rendre la copie scannée ou "
                            + "photographiée)", 45, true),
                    new Work("Exercices 31 et 32 p. 142 (développer puis réduire)", 20, false),
                    new Work("Fiche d'exercices sur les équations, exercices 1 à 5", 30, false),
                    new Work("Revoir le chapitre pour le devoir surveillé", 40, false)), 0.8)),
            Map.entry("ANGLAIS", new Subject(List.of(
                    "Unit 4 « Around the world » : compréhension orale",
                    "Grammar : present perfect vs preterit",
                    "Vocabulary : travelling and holidays",
                    "Expression orale : présenter sa ville en anglais",
                    "Lecture d'un article de presse : « Teenagers and social media »"), List.of(
                    new Work("Apprendre le vocabulaire de l'unité 4 p. 56", 20, false),
                    new Work("Workbook p. 34, exercices 1 à 3", 20, false),
                    new Work("Écrire un e-mail de 80 mots à un correspondant (present perfect)", 35, true),
                    new Work("Réécouter le document audio sur l'ENT et répondre aux questions", 20, false)), 0.65)),
            Map.entry("ESPAGNOL", new Subject(List.of(
                    "Unidad 3 « Mi vida diaria » : les verbes pronominaux",
                    "Compréhension écrite : un texte sur les fêtes en Espagne",
                    "Expression orale : décrire sa journée"), List.of(
                    new Work("Apprendre la conjugaison des verbes pronominaux au présent", 15, false),
                    new Work("Cahier d'activités p. 22, exercices 2 et 3", 20, false),
                    new Work("Enregistrer une présentation orale d'une minute sur sa journée type", 30, true)), 0.6)),
            Map.entry("ALLEMAND", new Subject(List.of(
                    "Lektion 3 « Meine Familie » : les possessifs",
                    "Compréhension orale : une famille allemande se présente",
                    "Les nombres et l'heure"), List.of(
                    new Work("Apprendre le vocabulaire de la famille p. 40", 15, false),
                    new Work("Arbeitsheft p. 18, exercices 1 et 4", 20, false)), 0.6)),
            Map.entry("HG", new Subject(List.of(
                    "Histoire : la Révolution française, de la prise de la Bastille à la Déclaration des droits "
                            + "de l'homme et du citoyen",
                    "Géographie : l'urbanisation du monde, étude de cas sur Lagos",
                    "EMC : la laïcité à l'école, étude de la Charte",
                    "Histoire : l'Empire napoléonien",
                    "Géographie : les espaces productifs en France, croquis"), List.of(
                    new Work("Apprendre la leçon sur la Révolution française (dates et définitions)", 25, false),
                    new Work("Compléter la frise chronologique p. 118", 20, false),
                    new Work("Réaliser le croquis de synthèse sur l'urbanisation (légende organisée)", 45, true),
                    new Work("Préparer l'exposé en groupe sur un personnage de la Révolution", 60, false),
                    new Work("Répondre aux questions 1 à 4 du document p. 154", 20, false)), 0.6)),
            Map.entry("SVT", new Subject(List.of(
                    "La respiration chez les êtres vivants : observations au microscope",
                    "La digestion : le rôle des enzymes, expérience in vitro",
                    "Géologie : les séismes et la tectonique des plaques",
                    "Nutrition des végétaux : la photosynthèse"), List.of(
                    new Work("Apprendre le bilan de la séance sur la digestion", 15, false),
                    new Work("Rédiger le compte rendu de l'expérience (hypothèse, protocole, résultats, "
                            + "conclusion)", 40, true),
                    new Work("Exercice 5 p. 77 : interpréter le graphique", 15, false)), 0.5)),
            Map.entry("PC", new Subject(List.of(
                    "Les états de la matière et les changements d'état",
                    "Circuits électriques : montage en série et en dérivation",
                    "La masse volumique : mesures au laboratoire",
                    "Les transformations chimiques : réactifs et produits"), List.of(
                    new Work("Apprendre les définitions du chapitre sur les changements d'état", 15, false),
                    new Work("Exercices 8 et 9 p. 63", 20, false),
                    new Work("Rédiger le compte rendu du TP sur la masse volumique", 40, true)), 0.5)),
            Map.entry("TECHNO", new Subject(List.of(
                    "Projet : cahier des charges d'un objet connecté",
                    "Programmation par blocs : algorithme d'un éclairage automatique",
                    "Analyse du fonctionnement d'un vélo à assistance électrique"), List.of(
                    new Work("Terminer la fiche d'analyse fonctionnelle", 20, false),
                    new Work("Rendre le fichier du programme de l'éclairage automatique", 30, true)), 0.35)),
            Map.entry("SCIENCES", new Subject(List.of(
                    "Les mélanges et les solutions : expériences de dissolution",
                    "Le vivant : classer les êtres vivants",
                    "Les objets techniques : fonction d'usage et fonction technique"), List.of(
                    new Work("Apprendre la leçon sur les mélanges", 15, false),
                    new Work("Exercices 2 et 3 p. 45", 20, false)), 0.5)),
            Map.entry("EPS", new Subject(List.of(
                    "Course de demi-fond : échauffement, travail de l'allure",
                    "Badminton : le service et le dégagé",
                    "Acrosport : construction des pyramides en groupes"), List.of(
                    new Work("Apporter sa tenue de sport et une bouteille d'eau", 0, false)), 0.1)),
            Map.entry("ARTS", new Subject(List.of(
                    "« Le paysage transformé » : présentation de la séquence et références artistiques",
                    "Pratique : collage et mise en couleur"), List.of(
                    new Work("Apporter des magazines à découper et de la colle", 5, false),
                    new Work("Terminer la production et la photographier", 30, true)), 0.25)),
            Map.entry("MUSIQUE", new Subject(List.of(
                    "Écoute comparée : deux interprétations du « Boléro » de Ravel",
                    "Chant : apprentissage du couplet"), List.of(
                    new Work("Apprendre les paroles du premier couplet", 15, false)), 0.2)));

    private DemoTexts() {
    }

    static Subject of(String subjectCode) {
        return SUBJECTS.getOrDefault(subjectCode, GENERIC);
    }
}
