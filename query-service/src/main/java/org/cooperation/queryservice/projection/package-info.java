/**
 * Projecting: the events topic into the read-model tables, each event once and in its agreement's
 * order; what cannot be applied goes to the dead letters. Depends on no other job.
 */
package org.cooperation.queryservice.projection;
