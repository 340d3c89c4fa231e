/**
 * The contract of the events topic: topic names, CloudEvents headers, the JSON form and schemas of each
 * event, and the upcasts from older versions.
 */
package org.cooperation.agreement.api.contract;
