/**
 * One run from start to end: connect every fleet at the ramp's pace, hold the load for the given
 * time while measuring, stop sending, let what is owed arrive, read the relay's heap with every
 * socket still open, close everything, and account for every sample and action. Every phase has a
 * time limit, so a run always ends by itself.
 */
package dev.deskrelay.bench.run;
