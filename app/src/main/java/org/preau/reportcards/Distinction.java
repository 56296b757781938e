package org.preau.reportcards;

/** What the conseil de classe may award, from the highest: félicitations, compliments, encouragements. */
public enum Distinction {
    FELICITATIONS, COMPLIMENTS, ENCOURAGEMENTS
}
