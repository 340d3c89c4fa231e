/**
 * Calendar subscriptions: a secret, revocable feed URL per user, since calendar clients cannot
 * send a bearer token; each feed answers the deadlines its owner's token could read when it was
 * made, and nothing else.
 */
package org.cooperation.queryservice.reading.calendar;
