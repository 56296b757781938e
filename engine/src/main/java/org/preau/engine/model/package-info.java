/**
 * The timetabling problem as immutable data: the week (days, periods, breaks), resources (teachers,
 * student sets, rooms), lessons and constraints. Identifiers are the strings the school uses; the solver
 * turns them into dense integer indexes of its own.
 */
package org.preau.engine.model;
