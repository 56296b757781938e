package org.preau.demo.internal;

import java.util.List;
import java.util.Random;

/** First and last names common in France, by generation: enough variety for a believable collège. */
final class FrenchNames {

    static final List<String> GIRLS = List.of("Emma", "Jade", "Louise", "Alice", "Chloé", "Lina", "Léa", "Rose",
            "Anna", "Mila", "Inès", "Ambre", "Julia", "Mia", "Léna", "Manon", "Juliette", "Lou", "Zoé", "Camille",
            "Agathe", "Jeanne", "Lucie", "Éva", "Nina", "Sarah", "Romane", "Inaya", "Charlotte", "Léonie",
            "Margaux", "Clémence", "Victoire", "Adèle", "Capucine", "Salomé", "Yasmine", "Maëlys", "Lola",
            "Clara", "Océane", "Anaïs", "Héloïse", "Apolline", "Maya", "Aya", "Iris", "Elsa", "Lise", "Margot");
    static final List<String> BOYS = List.of("Gabriel", "Léo", "Raphaël", "Arthur", "Louis", "Jules", "Adam",
            "Maël", "Lucas", "Hugo", "Noah", "Liam", "Gabin", "Sacha", "Paul", "Nathan", "Aaron", "Mohamed",
            "Ethan", "Tom", "Éden", "Léon", "Noé", "Tiago", "Théo", "Isaac", "Marius", "Victor", "Martin",
            "Nolan", "Axel", "Valentin", "Antoine", "Samuel", "Baptiste", "Mathis", "Timéo", "Enzo", "Clément",
            "Maxime", "Alexandre", "Rayan", "Yanis", "Naël", "Malo", "Oscar", "Côme", "Basile", "Simon", "Achille");
    static final List<String> WOMEN = List.of("Nathalie", "Isabelle", "Sylvie", "Catherine", "Valérie",
            "Sandrine", "Stéphanie", "Céline", "Sophie", "Aurélie", "Émilie", "Julie", "Caroline", "Virginie",
            "Laure", "Anne", "Christelle", "Delphine", "Karine", "Hélène", "Élodie", "Marie", "Claire", "Audrey",
            "Mélanie", "Séverine", "Vanessa", "Laetitia", "Amandine", "Fatima", "Nadia", "Samira", "Agnès",
            "Cécile", "Florence", "Pauline", "Marion", "Camille", "Charlotte", "Estelle");
    static final List<String> MEN = List.of("Nicolas", "Julien", "Sébastien", "Christophe", "Stéphane", "David",
            "Olivier", "Frédéric", "Laurent", "Thomas", "Guillaume", "Jérôme", "Vincent", "Pierre", "Mathieu",
            "Alexandre", "François", "Éric", "Cédric", "Arnaud", "Philippe", "Romain", "Benoît", "Damien",
            "Fabrice", "Grégory", "Karim", "Mehdi", "Yann", "Antoine", "Jean", "Franck", "Emmanuel", "Xavier",
            "Bruno", "Patrick", "Ludovic", "Sylvain", "Rachid", "Hervé");
    static final List<String> LAST = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
            "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
            "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche",
            "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
            "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît",
            "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy",
            "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps",
            "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris",
            "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard",
            "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
            "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin",
            "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
            "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier",
            "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
            "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Benard", "Marécha", "Humbert",
            "Diallo", "Traoré", "Benali", "Nguyen", "Haddad", "Bensaïd", "Cohen", "Ferreira", "Pereira");
    static final List<String> STREETS = List.of("rue de la Roquette", "rue Oberkampf", "boulevard Voltaire",
            "rue de Charonne", "avenue Parmentier", "rue du Faubourg Saint-Antoine", "rue Saint-Maur",
            "rue de Montreuil", "avenue de la République", "rue Popincourt", "rue de la Folie-Méricourt",
            "rue Amelot", "boulevard Richard-Lenoir", "rue Sedaine", "rue Keller", "passage Thiéré");

    private FrenchNames() {
    }

    static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
