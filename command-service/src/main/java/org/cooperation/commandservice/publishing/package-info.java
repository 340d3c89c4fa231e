/**
 * Publishes each stored event to the events topic, in order per agreement, at least once; its health
 * and a replay for operators.
 */
package org.cooperation.commandservice.publishing;
