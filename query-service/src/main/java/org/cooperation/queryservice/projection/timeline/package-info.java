/**
 * The portfolio through time ({@code agreement_timeline}): for every agreement, what its list
 * columns were as of each business date, as the record said from one instant to the next, so that
 * a list as of a day and as recorded at an instant is a query of rows, never a fold of histories.
 */
package org.cooperation.queryservice.projection.timeline;
